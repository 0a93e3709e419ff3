"""Reading an uploaded plan into text (etl.plan.read): every file is made here, in code.

Each format gives paragraphs in document order, one a line, NFC; a table's rows as
" | " lines in their place. Whatever tiendo cannot read is a PlanError in Vietnamese
naming the file and saying what to do, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile

import docx
import pypdf
import pytest
from PIL import Image

from etl.plan import read
from etl.plan.read import ACCEPTED, PlanError, read_plan
from tests.browser_marks import BROWSER_MARKS

TITLE = "KẾ HOẠCH"
SUBTITLE = "Đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm 2025"
NUMBER = "Số: 12/KH-UBND"
INTRO = (
    "Thực hiện Nghị quyết số 05/NQ-HĐND của Hội đồng nhân dân tỉnh, Ủy ban nhân dân "
    "tỉnh ban hành Kế hoạch đào tạo, bồi dưỡng như sau:"
)
ITEMS = [
    "- Phấn đấu 100% cán bộ cấp xã đạt chuẩn chuyên môn, nghiệp vụ;",
    "- Hằng quý, Ủy ban nhân dân cấp huyện báo cáo kết quả về Sở Nội vụ.",
]
TABLE = [
    ("Chỉ tiêu", "Năm 2025", "Ghi chú"),
    ("Tỷ lệ cán bộ đạt chuẩn", "100%", "Toàn tỉnh"),
    ("Số lượt bồi dưỡng", "1.250 lượt", "Cấp xã"),
]
CLOSING = "Giao Sở Nội vụ chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch này./."


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def refused(content: bytes, file_name: str) -> str:
    """The message of the PlanError reading ``content`` must raise: Vietnamese, naming
    the file."""
    with pytest.raises(PlanError) as caught:
        read_plan(content, file_name)
    message = caught.value.message
    assert message == str(caught.value)
    assert file_name in message
    assert "Tệp" in message and "hãy" in message.lower()  # Vietnamese, saying what to do
    return message


# ------------------------------------------------------------------ docx


def plan_docx() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Đầu trang: không phải nội dung"
    document.add_paragraph(TITLE)
    document.add_paragraph(SUBTITLE)
    document.add_paragraph(NUMBER)
    document.add_paragraph(nfd(INTRO))  # typed decomposed: read back NFC
    for item in ITEMS:
        document.add_paragraph(item)
    table = document.add_table(rows=len(TABLE), cols=3)
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    paragraph = document.add_paragraph("Thời gian   thực hiện:\t")
    paragraph.add_run("năm 2025 ")
    document.add_paragraph("   ")  # an empty paragraph: no line
    document.add_paragraph(CLOSING)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


EXPECTED_DOCX = [
    TITLE,
    SUBTITLE,
    NUMBER,
    INTRO,
    *ITEMS,
    "Chỉ tiêu | Năm 2025 | Ghi chú",
    "Tỷ lệ cán bộ đạt chuẩn | 100% | Toàn tỉnh",
    "Số lượt bồi dưỡng | 1.250 lượt | Cấp xã",
    "Thời gian thực hiện: năm 2025",
    CLOSING,
]


def test_docx_paragraphs_and_table_rows_in_order():
    content = plan_docx()
    plan = read_plan(content, "ke_hoach_12.docx")
    assert plan.format == "docx"
    assert plan.file_name == "ke_hoach_12.docx"
    assert plan.content == content
    assert plan.text.split("\n") == EXPECTED_DOCX
    assert unicodedata.is_normalized("NFC", plan.text)
    assert "Đầu trang" not in plan.text  # headers and footers are not the plan's words
    start = plan.text.index("100% | Toàn")  # offsets point into the text as shown
    assert plan.around(start, start + 4)[0] == "Tỷ lệ cán bộ đạt chuẩn | "


def test_docx_merged_cells_once_and_line_breaks():
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Chỉ tiêu giai đoạn 2021 - 2025"
    table.cell(1, 0).text = "Đạt chuẩn"
    cell = table.cell(1, 1)
    cell.text = "95%"
    cell.add_paragraph("(cấp xã)")  # a cell's paragraphs: one line, joined by a space
    paragraph = document.add_paragraph("ỦY BAN NHÂN DÂN")
    paragraph.add_run().add_break()  # Shift+Enter: a line of its own
    paragraph.add_run("TỈNH THANH HÓA")
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_plan(buffer.getvalue(), "kh.docx").text
    assert text.split("\n") == [
        "Chỉ tiêu giai đoạn 2021 - 2025",
        "Đạt chuẩn | 95% (cấp xã)",
        "ỦY BAN NHÂN DÂN",
        "TỈNH THANH HÓA",
    ]


def test_docx_named_txt_is_read_as_docx():
    plan = read_plan(plan_docx(), "ke_hoach.txt")
    assert plan.format == "docx"
    assert plan.text.split("\n") == EXPECTED_DOCX


def test_truncated_docx_is_refused():
    content = plan_docx()
    message = refused(content[: len(content) // 2], "ke_hoach.docx")
    assert "hỏng" in message and ".docx" in message


def test_zip_that_is_not_a_docx_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ghi_chu.txt", "Kế hoạch")
    message = refused(buffer.getvalue(), "ke_hoach.docx")
    assert ".docx" in message


def test_docx_over_the_inflation_limit_is_refused(monkeypatch):
    content = plan_docx()
    monkeypatch.setattr(read, "MAX_DOCX_INFLATED", 1024)
    assert "MB" in refused(content, "ke_hoach.docx")
    monkeypatch.undo()
    # the spreadsheet upload's guard (bounded inflation) applies too
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(buffer, "w") as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item))
        bomb.writestr("word/media/anh.bin", b"\0" * (3 << 20), zipfile.ZIP_DEFLATED)
    monkeypatch.setenv("TIENDO_MAX_INFLATED_MB", "2")
    assert "giải nén" in refused(buffer.getvalue(), "bom.docx")


# ------------------------------------------------------------------ pdf


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with a real text layer (Helvetica, ASCII), one list of lines a page."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for lines in pages:
        shown = b" T* ".join(
            b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj"
            for line in lines
        )
        stream = b"BT /F1 11 Tf 14 TL 72 760 Td " + shown + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


PDF_PAGES = [
    [
        "KE HOACH DAO TAO",
        "So: 12/KH-UBND",
        "I. MUC DICH, YEU CAU",
        "Thuc hien Nghi quyet cua Hoi dong nhan dan tinh ve dao tao, boi duong can bo",
        "cong chuc cap xa giai doan 2021 - 2025, Uy ban nhan dan tinh ban hanh ke hoach",
        "nay nham nang cao chat luong doi ngu can bo, cong chuc cap xa tren dia ban.",
        "- Phan dau 100% can bo cap xa dat chuan chuyen mon, nghiep vu theo quy dinh",
        "cua Bo Noi vu;",
        "- Hang quy bao cao ket qua ve So Noi vu truoc ngay 15 cua thang cuoi quy va",
        "1",
    ],
    [
        "2",
        "gui ban tong hop cho Uy ban nhan dan tinh theo dung thoi han quy dinh tren.",
        "a) Cap huyen tong hop;",
        "2.To chuc thuc hien",
    ],
]


def test_pdf_lines_reflow_into_paragraphs():
    plan = read_plan(text_pdf(PDF_PAGES), "ke_hoach.pdf")
    assert plan.format == "pdf"
    assert plan.text.split("\n") == [
        "KE HOACH DAO TAO",
        "So: 12/KH-UBND",  # short: a paragraph of its own
        "I. MUC DICH, YEU CAU",
        "Thuc hien Nghi quyet cua Hoi dong nhan dan tinh ve dao tao, boi duong can bo "
        "cong chuc cap xa giai doan 2021 - 2025, Uy ban nhan dan tinh ban hanh ke hoach "
        "nay nham nang cao chat luong doi ngu can bo, cong chuc cap xa tren dia ban.",
        "- Phan dau 100% can bo cap xa dat chuan chuyen mon, nghiep vu theo quy dinh cua Bo Noi vu;",
        # over the page break, without the page numbers
        "- Hang quy bao cao ket qua ve So Noi vu truoc ngay 15 cua thang cuoi quy va "
        "gui ban tong hop cho Uy ban nhan dan tinh theo dung thoi han quy dinh tren.",
        "a) Cap huyen tong hop;",
        "2.To chuc thuc hien",
    ]


def test_pdf_with_an_empty_user_password_is_read_and_with_a_password_refused():
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(text_pdf(PDF_PAGES))))
    writer.encrypt(user_password="", owner_password="chu-so-huu", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert pypdf.PdfReader(io.BytesIO(buffer.getvalue())).is_encrypted
    assert "So: 12/KH-UBND" in read_plan(buffer.getvalue(), "mo.pdf").text

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(text_pdf(PDF_PAGES))))
    writer.encrypt(user_password="bi-mat", owner_password="chu-so-huu", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "mật khẩu" in refused(buffer.getvalue(), "khoa.pdf")


def test_scanned_pdf_is_refused_with_what_to_do():
    pages = [Image.new("RGB", (600, 800), "white") for _ in range(2)]
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:])
    message = refused(buffer.getvalue(), "KH 12 scan.pdf")
    assert '"KH 12 scan.pdf"' in message
    assert "quét" in message and "OCR" in message and ".docx" in message


def test_truncated_pdf_is_refused():
    content = text_pdf(PDF_PAGES)
    message = refused(content[:300], "cat.pdf")
    assert "PDF" in message


def test_damaged_files_give_a_plan_error_never_a_traceback():
    """Truncated and bit-flipped .docx and .pdf: read or refused, nothing else."""
    import random

    rnd = random.Random(12)
    for name, good in (("kh.docx", plan_docx()), ("kh.pdf", text_pdf(PDF_PAGES))):
        for attempt in range(150):
            damaged = bytearray(good[: rnd.randrange(1, len(good))] if attempt % 2 else good)
            for _ in range(rnd.randint(0, 6)):
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
            try:
                plan = read_plan(bytes(damaged), name)
            except PlanError as exc:
                assert name in exc.message
            else:
                assert plan.text


@pytest.fixture
def chromium_pdf(browser):
    """Print an HTML page to PDF as the report does: Debian's chromium."""

    def make(html: str, **options) -> bytes:
        page = browser.new_page()
        try:
            page.set_content(html)
            return page.pdf(format="A4", **options)
        finally:
            page.close()

    return make


LONG = (
    "Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về đào tạo, bồi dưỡng đội ngũ cán "
    "bộ, công chức cấp xã giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh ban hành kế hoạch "
    "nhằm nâng cao chất lượng, hiệu quả hoạt động của chính quyền cơ sở, bảo đảm tỷ lệ "
    "cán bộ đạt chuẩn chuyên môn nghiệp vụ trên địa bàn toàn tỉnh đạt 100% vào cuối năm "
    "2025, trong đó ưu tiên các xã đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số."
)
PDF_ITEMS = [
    "- Phấn đấu 95% công chức cấp xã được bồi dưỡng kiến thức quản lý nhà nước;",
    "- Hằng năm, Ủy ban nhân dân cấp huyện báo cáo kết quả trước ngày 15 tháng 12.",
]


def with_browser(test):
    for mark in BROWSER_MARKS:
        test = mark(test)
    return test


@with_browser
def test_pdf_printed_by_chromium_keeps_vietnamese_paragraphs_whole(chromium_pdf):
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
        body {{ font-family: 'Times New Roman', serif; font-size: 14pt; width: 13cm; }}
        </style></head><body>
        <p style="text-align:center"><b>{TITLE}</b></p>
        <p>{NUMBER}</p>
        <p>{LONG}</p>
        {"".join(f"<p>{item}</p>" for item in PDF_ITEMS)}
        <p style="break-before: page">{CLOSING}</p>
        </body></html>"""
    content = chromium_pdf(
        html,
        display_header_footer=True,
        header_template="<span></span>",
        footer_template='<div style="font-size:9px;width:100%;text-align:center">'
        '<span class="pageNumber"></span></div>',
        margin={"top": "2cm", "bottom": "2cm"},
    )
    reader = pypdf.PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 2
    raw = reader.pages[0].extract_text()
    assert raw.rstrip().endswith("\n1")  # the footer's page number is in the text layer
    assert LONG not in raw  # the PDF wraps it over several lines...
    assert LONG in " ".join(raw.split())

    plan = read_plan(content, "ke_hoach.pdf")
    assert plan.format == "pdf"
    lines = plan.text.split("\n")
    assert LONG in lines  # ...and it comes back as one paragraph, its words intact
    assert lines == [TITLE, NUMBER, LONG, *PDF_ITEMS, CLOSING]  # no page numbers
    assert unicodedata.is_normalized("NFC", plan.text)


# ------------------------------------------------------------------ txt


BODY = "\n".join([TITLE, NUMBER, INTRO, *ITEMS])


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: a base letter (ê, ơ, ư...) then a tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(m for m in parts if m in TONES)
            base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONES))
            out += (base + tone).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),  # with a BOM, as Notepad's "Unicode"
        lambda t: t.replace("\n", "\r\n").encode("utf-16-le"),  # no BOM
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        cp1258,
    ],
    ids=["utf-8", "utf-8-sig", "utf-16", "utf-16-le-no-bom", "crlf", "cp1258"],
)
def test_txt_encodings(encode):
    content = encode(BODY)
    if encode is cp1258:
        assert b"\xcc" in content or b"\xec" in content  # really a tone mark byte
    plan = read_plan(content, "ke_hoach.txt")
    assert plan.format == "txt"
    assert plan.text == BODY


def test_txt_in_tcvn3_is_converted():
    from viparse.normalize.tcvn3 import TCVN3

    to_tcvn3 = {}
    for legacy, letter in TCVN3.pairs:
        to_tcvn3.setdefault(letter, legacy)
    lines = [  # TCVN3 has no capital letters with tone marks: .VnTimeH draws them
        SUBTITLE,
        "Phấn đấu 100% cán bộ cấp xã đạt chuẩn chuyên môn, nghiệp vụ;",
        "Hằng quý, ủy ban nhân dân cấp huyện báo cáo kết quả về Sở Nội vụ.",
    ]
    content = "\r\n".join("".join(to_tcvn3.get(ch, ch) for ch in line) for line in lines)
    plan = read_plan(content.encode("latin-1"), "vntime.txt")
    assert plan.text.split("\n") == lines


def test_txt_whitespace_collapsed_and_nfc():
    content = ("  " + nfd(INTRO).replace(" ", " \t ") + "  \n\n\n" + TITLE).encode()
    assert read_plan(content, "a.txt").text == INTRO + "\n" + TITLE


# ------------------------------------------------------------------ html


def test_html_blocks_tables_entities_and_no_script():
    html = f"""<!DOCTYPE html>
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
    <title>Tiêu đề trang</title><style>p {{ color: red }}</style></head>
    <body><script>document.write("<p>không phải nội dung</p>")</script>
    <h1>{TITLE}</h1><p>{NUMBER}<br>Hà Nội, ngày 10 tháng 01 năm 2025</p>
    <div>Sở Nội vụ &amp; Ủy ban&nbsp;nhân   dân &lt;cấp huyện&gt; &#272;ồng &quot;ý&quot;</div>
    <table border=1>
      <tr><th>Chỉ tiêu</th><th colspan="2">Năm 2025</th></tr>
      <tr><td><p>Tỷ lệ</p><p>đạt chuẩn</p></td><td>100%</td><td></td></tr>
    </table>
    <ul><li>{ITEMS[0]}</li><li>{ITEMS[1]}</li></ul>
    <p>{CLOSING}</p></body></html>"""
    plan = read_plan(cp1258(html), "ke_hoach.htm")
    assert plan.format == "html"
    assert plan.text.split("\n") == [
        TITLE,
        NUMBER,
        "Hà Nội, ngày 10 tháng 01 năm 2025",
        'Sở Nội vụ & Ủy ban nhân dân <cấp huyện> Đồng "ý"',
        "Chỉ tiêu | Năm 2025",
        "Tỷ lệ đạt chuẩn | 100%",
        *ITEMS,
        CLOSING,
    ]
    assert unicodedata.is_normalized("NFC", plan.text)


def test_text_that_starts_like_a_magic_number_is_still_text():
    content = "BM-01\nPK 2025: Kế hoạch kiểm tra\n".encode()
    assert read_plan(content, "bieu_mau.txt").text == "BM-01\nPK 2025: Kế hoạch kiểm tra"


def test_html_utf8_by_default_and_named_doc():
    # web portals' "export to Word": HTML in a file named .doc
    html = f"<html><body><p>{INTRO}</p><p>{CLOSING}</p></body></html>".encode()
    plan = read_plan(html, "xuat_tu_cong.doc")
    assert plan.format == "html"
    assert plan.text == INTRO + "\n" + CLOSING


# ------------------------------------------------------------------ refusals


def test_old_word_doc_is_refused_saying_save_as_docx():
    content = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)
    message = refused(content, "ke_hoach_cu.doc")
    assert "97-2003" in message and ".docx" in message and "Lưu thành" in message


def test_password_protected_docx_says_so():
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plan_docx())).encrypt("matkhau", out)
    assert out.getvalue().startswith(b"\xd0\xcf\x11\xe0")  # Word wraps it in OLE2
    message = refused(out.getvalue(), "khoa.docx")
    assert "mật khẩu" in message and "97-2003" not in message


@pytest.mark.parametrize(
    ("content", "file_name", "word"),
    [
        (b"{\\rtf1\\ansi Ke hoach}", "kh.rtf", ".docx"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "anh_chup.png", "OCR"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "anh_chup.jpg", "OCR"),
        (b"\xff\xd8\xff\xe0" + bytes(100), "anh_chup.pdf", "OCR"),  # by content
        (b"\x00\x01\x02\x03\xfe" * 50, "kh.bin", ".docx"),
        (b"Ke hoach dao tao can bo cap xa", "kh.pdf", "đổi tên"),
    ],
)
def test_other_formats_are_refused_with_what_to_do(content, file_name, word):
    assert word in refused(content, file_name)


def test_odt_is_refused_saying_save_as_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    message = refused(buffer.getvalue(), "ke_hoach.odt")
    assert ".odt" in message and ".docx" in message


@pytest.mark.parametrize(
    ("content", "file_name"),
    [(b"", "rong.docx"), (b" \r\n\t\n", "trang.txt"), (b"<html><body></body></html>", "t.html")],
)
def test_empty_files_are_refused(content, file_name):
    refused(content, file_name)


def test_accepted_formats():
    assert ACCEPTED == ("docx", "pdf", "txt", "html", "htm")


def test_broken_lines_are_joined_and_page_numbers_dropped():
    """A text copied from a PDF: sentences broken at the page's edge, "2" and "Trang 2"
    between them. Items, headings and table rows stay lines of their own."""
    from etl.plan.read import unbreak

    lines = [
        "KẾ HOẠCH",
        "Thực hiện Chương trình xây dựng nông thôn",
        "mới trên địa bàn tỉnh năm 2017",
        "- Tỷ lệ hộ gia đình đạt danh hiệu văn hóa năm 2017",
        "2",
        "Trang 2",
        "đạt từ 80% trở lên.",
        "2. Các sở báo cáo về",
        "Văn phòng Điều phối nông thôn mới tỉnh như sau:",
        "+ Báo cáo năm: gửi trước ngày 10/11/2017.",
        "a) Cấp huyện tổng hợp",
        "STT | Chỉ tiêu | Năm 2026",
        "1 | Số xã | 5",
    ]
    assert unbreak(lines) == [
        "KẾ HOẠCH",
        "Thực hiện Chương trình xây dựng nông thôn mới trên địa bàn tỉnh năm 2017",
        "- Tỷ lệ hộ gia đình đạt danh hiệu văn hóa năm 2017 đạt từ 80% trở lên.",
        "2. Các sở báo cáo về Văn phòng Điều phối nông thôn mới tỉnh như sau:",
        "+ Báo cáo năm: gửi trước ngày 10/11/2017.",
        "a) Cấp huyện tổng hợp",
        "STT | Chỉ tiêu | Năm 2026",
        "1 | Số xã | 5",
    ]
    txt = read_plan("\n".join(lines).encode("utf-8"), "ke_hoach.txt")
    assert "năm 2017 đạt từ 80% trở lên." in txt.text and "Trang 2" not in txt.text


NUMBERING_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="7">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
<w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%5."/></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="7"/>
<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
</w:numbering>"""


def auto_numbered_docx(items: list[tuple[str, int | None, str]]) -> bytes:
    """A .docx whose lists Word numbers itself: (text, level or None, numId) per paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for text, level, num_id in items:
        p = document.add_paragraph(text)
        if level is None:
            continue
        num_pr = OxmlElement("w:numPr")
        ilvl, num = OxmlElement("w:ilvl"), OxmlElement("w:numId")
        ilvl.set(qn("w:val"), str(level))
        num.set(qn("w:val"), num_id)
        num_pr.append(ilvl)
        num_pr.append(num)
        p._p.get_or_add_pPr().append(num_pr)
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != "word/numbering.xml":
                zout.writestr(info, zin.read(info.filename))
        zout.writestr("word/numbering.xml", NUMBERING_XML)
    return out.getvalue()


def test_words_automatic_list_numbers_are_read_as_shown():
    """Headings and items numbered by Word itself ("II.", "2.", "a)", a bullet), which the
    text of the paragraphs does not hold: read as the reader of the document sees them."""
    content = auto_numbered_docx(
        [
            ("KẾ HOẠCH", None, ""),
            ("MỤC ĐÍCH, YÊU CẦU", 0, "3"),
            ("MỤC TIÊU", 0, "3"),
            ("Mục tiêu chung", 1, "3"),
            ("Mục tiêu cụ thể", 1, "3"),
            ("Năm 2026", 2, "3"),
            ("Đào tạo 300 cán bộ, công chức cấp xã.", 3, "3"),
            ("Đến năm 2030", 2, "3"),
            ("Chỉ tiêu phụ", 4, "3"),
            ("TỔ CHỨC THỰC HIỆN", 0, "3"),
            ("KINH PHÍ", 0, "4"),  # another list of the same kind, starting at IV
        ]
    )
    assert read_plan(content, "ke_hoach.docx").text.split("\n") == [
        "KẾ HOẠCH",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. MỤC TIÊU",
        "1. Mục tiêu chung",
        "2. Mục tiêu cụ thể",
        "a) Năm 2026",
        "- Đào tạo 300 cán bộ, công chức cấp xã.",
        "b) Đến năm 2030",
        "2.1. Chỉ tiêu phụ",
        "III. TỔ CHỨC THỰC HIỆN",
        "IV. KINH PHÍ",
    ]


def test_a_goal_under_an_auto_numbered_heading_takes_its_deadline():
    from etl.plan import extract

    content = auto_numbered_docx(
        [
            ("ỦY BAN NHÂN DÂN", None, ""),
            ("TỈNH THANH HÓA", None, ""),
            ("Số: 12/KH-UBND", None, ""),
            ("Thanh Hóa, ngày 10 tháng 01 năm 2026", None, ""),
            ("KẾ HOẠCH", None, ""),
            ("Đào tạo cán bộ, công chức cấp xã giai đoạn 2026-2030", None, ""),
            ("Căn cứ Nghị định số 171/2025/NĐ-CP ngày 30/6/2025 của Chính phủ;", None, ""),
            ("MỤC TIÊU", 0, "3"),
            ("Mục tiêu cụ thể", 1, "3"),
            ("Năm 2027", 2, "3"),
            ("Đào tạo lý luận chính trị cho 300 cán bộ, công chức cấp xã.", 3, "3"),
        ]
    )
    p = extract.propose(read_plan(content, "ke_hoach.docx"))
    (goal,) = p.goals
    assert goal.value == 300 and goal.deadline == dt.date(2027, 12, 31)  # "a) Năm 2027"
    assert goal.measure == "training_achieved:lý luận chính trị"


def test_the_header_and_signature_tables_read_as_their_lines():
    """Official documents set their header ("ỦY BAN NHÂN DÂN / HUYỆN X / Số: ..." beside
    "CỘNG HÒA ... / <nơi>, ngày ...") and signature in borderless tables: read as the
    lines they are, not as rows of a table of targets, so the date, the issuer and the
    district are found."""
    from etl.plan import extract

    document = docx.Document()

    def side_by_side(left: list[str], right: list[str]) -> None:
        table = document.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)

    side_by_side(
        ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG LÁT", "Số: 12/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Mường Lát, ngày 12 tháng 3 năm 2019",
        ],
    )
    for line in (
        "KẾ HOẠCH",
        "Xây dựng nông thôn mới trên địa bàn huyện năm 2019",
        "Căn cứ Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ;",
        "II. MỤC TIÊU",
        "- Phấn đấu đến năm 2020 có 02 xã đạt chuẩn nông thôn mới.",
    ):
        document.add_paragraph(line)
    side_by_side(
        ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Nam"],
    )
    raw = io.BytesIO()
    document.save(raw)
    plan = read_plan(raw.getvalue(), "ke_hoach.docx")
    lines = plan.text.split("\n")
    assert lines[:4] == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN MƯỜNG LÁT",
        "Số: 12/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]
    assert "Nơi nhận:" in lines and "TM. ỦY BAN NHÂN DÂN" in lines
    assert not any(" | " in line for line in lines)
    p = extract.propose(plan)
    doc = p.document
    assert (doc.number, doc.date, doc.issuer) == (
        "12/KH-UBND",
        dt.date(2019, 3, 12),
        "UBND huyện Mường Lát",
    )
    assert doc.province.name == "Thanh Hóa"
    (goal,) = p.goals
    assert (goal.value, goal.scope.level, goal.scope.name) == (2, "district", "Huyện Mường Lát")
