"""Read an uploaded plan (Kế hoạch) into plain text: one paragraph a line.

Offsets into the text are shown to users, so the words are kept as written: each
paragraph is only NFC-normalised, its whitespace collapsed and trimmed. A table's row is
one line, its cells joined by `` | ``. The format is told by the bytes first and the
name second (a .docx saved as .txt still reads as a .docx). Every failure is a
:class:`PlanError` with a Vietnamese sentence that names the file and says what to do;
no library exception escapes.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from html.parser import HTMLParser

from etl.plan import patterns as P
from etl.plan.model import PlanText
from etl.plan.numbering import Numbering
from etl.read import safety
from etl.text import convert_legacy, detect_legacy

ACCEPTED = ("docx", "pdf", "txt", "html", "htm")  # what the upload page's drop zone accepts

MAX_DOCX_INFLATED = 200 * 1024 * 1024  # a plan's words fit in far less; beyond: refused
MIN_LETTERS_PER_PAGE = 20  # a PDF with fewer on average is a scan without a text layer
SHORT_LINE = 0.6  # a PDF line shorter than this share of a full line ends its paragraph

_WHAT_WE_READ = "Word (.docx), PDF có lớp chữ (.pdf), văn bản thuần (.txt) hoặc trang web (.html)"


class PlanError(Exception):
    """A plan file tiendo cannot read; .message is Vietnamese, names the file and says
    what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def read_plan(content: bytes, file_name: str) -> PlanText:
    """The plan's text, read the way its bytes say (magic bytes first, then the name)."""
    name = file_name or "(không tên)"
    if not content:
        raise PlanError(f'Tệp "{name}" rỗng (0 byte). Hãy chọn lại đúng tệp kế hoạch rồi tải lên.')
    kind = _sniff(content, name)
    if kind == "docx":
        lines = _read_docx(content, name)
    elif kind == "pdf":
        lines = _read_pdf(content, name)
    elif kind == "html":
        lines = _read_html(_decode_html(content), name)
    else:
        lines = _read_txt(content)
    text = "\n".join(_clean_all(lines))
    if not any(ch.isalnum() for ch in text):
        raise PlanError(
            f'Tệp "{name}" không có chữ nào để đọc. Hãy kiểm tra đúng tệp kế hoạch '
            f"({_WHAT_WE_READ}) rồi tải lên lại."
        )
    return PlanText(file_name=file_name, format=kind, text=text, content=content)


# ------------------------------------------------------------------ format detection

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF
    b"MM\x00*",
)
_IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "tif", "tiff", "bmp", "webp", "heic")
_BINARY_EXTENSIONS = ("docx", "pdf", "doc", "odt", "rtf", "xlsx", "xls", "zip", "docm")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _extension(file_name: str) -> str:
    return file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""


def _sniff(content: bytes, name: str) -> str:
    """docx | pdf | html | txt, or PlanError for what tiendo does not read (with how to
    turn it into something it does)."""
    ext = _extension(name)
    if content.startswith(_OLE_MAGIC):
        _refuse_ole(content, name)
    if content.startswith(_ZIP_MAGIC):
        return _sniff_zip(content, name)
    if b"%PDF-" in content[:1024]:  # some writers put a few bytes before it
        return "pdf"
    bare = next((content[len(b) :] for b in _BOMS if content.startswith(b)), content)
    if bare.lstrip()[:5] == b"{\\rtf":
        raise PlanError(
            f'Tệp "{name}" là văn bản RTF, tiendo không đọc định dạng này. Hãy mở bằng Word '
            "(Tệp > Lưu thành > Word Document (*.docx)) hoặc LibreOffice, lưu thành .docx "
            "rồi tải lên lại."
        )
    if content.startswith(_IMAGE_MAGIC) or content[8:12] == b"WEBP" or ext in _IMAGE_EXTENSIONS:
        raise PlanError(
            f'Tệp "{name}" là một hình ảnh (ảnh chụp hoặc ảnh quét), không có chữ để đọc. '
            "Hãy tải lên bản gốc của kế hoạch (.docx, hoặc PDF xuất từ Word), hoặc nhận dạng "
            "chữ (OCR) cho ảnh trước rồi tải lên tệp kết quả."
        )
    text = _decode_text(content)
    if text is None:
        raise PlanError(
            f'Tệp "{name}" không phải định dạng tiendo đọc được. Hãy tải lên kế hoạch dạng '
            f"{_WHAT_WE_READ}."
        )
    if _looks_like_html(text):
        return "html"  # also a "Word" .doc that a web portal exported as HTML
    if ext in _BINARY_EXTENSIONS:
        raise PlanError(
            f'Tệp "{name}" có đuôi .{ext} nhưng nội dung không phải tệp .{ext} (có thể đã bị '
            "hỏng hoặc bị đổi tên). Hãy mở tệp gốc bằng Word, lưu lại thành .docx rồi tải lên lại."
        )
    return "txt"


def _looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    return head.startswith("<") and any(tag in head for tag in ("<html", "<body", "<p", "<div"))


def _refuse_ole(content: bytes, name: str) -> None:
    """An OLE2 compound file: a Word 97-2003 .doc, or a password-protected .docx."""
    ext = _extension(name)
    if "EncryptedPackage".encode("utf-16-le") in content:
        raise PlanError(
            f'Tệp "{name}" được đặt mật khẩu nên tiendo không đọc được. Hãy mở bằng Word, '
            "gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu), lưu thành .docx rồi tải lên lại."
        )
    if ext in ("xls", "ppt"):
        raise PlanError(
            f'Tệp "{name}" là tệp Office 97-2003 (.{ext}), không phải văn bản kế hoạch. Hãy '
            f"tải lên kế hoạch dạng {_WHAT_WE_READ}."
        )
    raise PlanError(
        f'Tệp "{name}" là văn bản Word 97-2003 (.doc) cũ, tiendo không đọc được. Hãy mở tệp '
        "bằng Word (Tệp > Lưu thành > Word Document (*.docx)) hoặc LibreOffice (Lưu thành > "
        "Word 2007-365 (.docx)), lưu thành .docx rồi tải lên lại."
    )


def _sniff_zip(content: bytes, name: str) -> str:
    ext = _extension(name)
    try:
        names = set(zipfile.ZipFile(io.BytesIO(content)).namelist())
    except Exception as exc:  # a damaged archive raises many kinds (see safety._ZIP_ERRORS)
        kind = ".docx" if ext in ("docx", "txt", "") else f".{ext}"
        raise PlanError(
            f'Tệp "{name}" bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng), '
            f"không mở được như tệp {kind}. Hãy mở tệp gốc bằng Word, lưu lại thành .docx "
            "rồi tải lên lại."
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names or ext == "odt":
        raise PlanError(
            f'Tệp "{name}" là văn bản OpenDocument (.odt), tiendo không đọc định dạng này. '
            "Hãy mở bằng LibreOffice Writer hoặc Word, lưu thành Word (.docx) rồi tải lên lại."
        )
    if "xl/workbook.xml" in names:
        raise PlanError(
            f'Tệp "{name}" là bảng tính Excel, không phải văn bản kế hoạch (bảng tính được nạp '
            f"ở trang Tải dữ liệu). Ở đây hãy tải lên kế hoạch dạng {_WHAT_WE_READ}."
        )
    raise PlanError(
        f'Tệp "{name}" là tệp nén (zip) nhưng không phải văn bản Word .docx. Hãy tải lên kế '
        f"hoạch dạng {_WHAT_WE_READ}."
    )


# ------------------------------------------------------------------ docx

_W = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict Open XML
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Word elements whose text is not the document's: deleted or moved-away revisions,
# field codes, properties.
_SKIP = {"del", "moveFrom", "delText", "instrText", "rPr", "pPr", "tblPr", "sectPr", "tcPr"}


def _read_docx(content: bytes, name: str) -> list[str]:
    """The body's paragraphs and tables in order (headers and footers are other parts)."""
    _check_zip(content, name)
    try:
        body = _docx_body(content)
        return _blocks(body, _numbering(content))
    except PlanError:
        raise
    except Exception as exc:
        raise PlanError(
            f'Tệp "{name}" bị hỏng, không đọc được như văn bản Word .docx. Hãy mở bằng Word, '
            "lưu lại thành .docx rồi tải lên lại."
        ) from exc


def _check_zip(content: bytes, name: str) -> None:
    """The spreadsheet upload's zip-bomb guard (bounded inflation, no DOCTYPE), then a
    lower limit for a document."""
    try:
        inflated = safety.inspect(content, name).inflated_bytes
    except safety.UnsafeFile as exc:
        message = str(exc)
        if "DOCTYPE" in message:  # the guard's advice there is about Excel
            message = (
                f'Tệp "{name}" chứa khai báo DOCTYPE/ENTITY mà tiendo không xử lý. Hãy mở bằng '
                "Word và lưu lại thành tệp .docx mới rồi tải lên lại."
            )
        raise PlanError(message) from exc
    if inflated > MAX_DOCX_INFLATED:
        raise PlanError(
            f'Tệp "{name}" khi giải nén lớn tới {inflated // (1024 * 1024)} MB, vượt giới hạn '
            f"{MAX_DOCX_INFLATED // (1024 * 1024)} MB cho một văn bản. Hãy xóa bớt ảnh trong "
            "văn bản (hoặc chỉ để lại phần chữ) rồi tải lên lại."
        )


def _docx_body(content: bytes):
    """The document's w:body through python-docx; a macro-enabled (.docm), template or
    Strict file python-docx will not open is parsed from its main part directly, with the
    same parser (entities never resolved)."""
    import docx
    from docx.oxml.parser import parse_xml

    try:
        return docx.Document(io.BytesIO(content)).element.body
    except (ValueError, KeyError):
        root = parse_xml(zipfile.ZipFile(io.BytesIO(content)).read("word/document.xml"))
        body = next((el for el in root if _wname(el) == "body"), None)
        if body is None:
            raise ValueError("no w:body") from None
        return body


def _numbering(content: bytes) -> Numbering:
    """The document's automatic list numbers (etl.plan.numbering), read with the same
    parser as its body; a list Word cannot describe is left unnumbered."""
    from docx.oxml.parser import parse_xml

    try:
        return Numbering.of(zipfile.ZipFile(io.BytesIO(content)), parse_xml, _wname)
    except Exception:  # a damaged numbering part: the text is still the text
        return Numbering()


def _wname(el) -> str | None:
    """An element's local name when it is in Word's namespace (else None)."""
    if not isinstance(el.tag, str) or not el.tag.startswith("{"):
        return None
    ns, _, local = el.tag[1:].partition("}")
    return local if ns in _W else None


def _blocks(parent, numbering: Numbering) -> list[str]:
    """Lines of the paragraphs and tables under ``parent``, in document order; content
    controls and custom XML around them are looked through."""
    lines: list[str] = []
    for el in parent:
        name = _wname(el)
        if name == "p":
            lines.extend(_paragraph(el, numbering))
        elif name == "tbl":
            lines.extend(_table(el, numbering))
        elif name is not None and name not in _SKIP:
            lines.extend(_blocks(el, numbering))  # sdt, sdtContent, customXml, ins...
    return lines


def _paragraph(p, numbering: Numbering) -> list[str]:
    """A paragraph's text, after the number Word shows before it ("II.", "a)", "-"); a
    manual line break (Shift+Enter) starts a new line, and the text of a text box anchored
    in it follows as lines of its own."""
    label = numbering.label(p, _wname)
    lines: list[list[str]] = [[f"{label} "]] if label else [[]]
    boxes: list[str] = []

    def walk(el) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            name = _wname(child)
            if name is None:
                if child.tag != f"{{{_MC}}}Fallback":  # the same text box, drawn for old Word
                    walk(child)
            elif name == "t":
                lines[-1].append(child.text or "")
            elif name in ("tab", "ptab"):
                lines[-1].append(" ")
            elif name in ("br", "cr"):
                lines.append([])
            elif name == "noBreakHyphen":
                lines[-1].append("-")
            elif name == "txbxContent":
                boxes.extend(_blocks(child, numbering))
            elif name not in _SKIP:
                walk(child)

    walk(p)
    return ["".join(parts) for parts in lines] + boxes


# A table that only lays a page out: the header ("ỦY BAN NHÂN DÂN / TỈNH X / Số: ..." beside
# "CỘNG HÒA ... / <nơi>, ngày ...") and the signature block ("Nơi nhận:" beside "TM. ỦY BAN
# NHÂN DÂN"), as official documents are set in Word (Nghị định 30/2020/NĐ-CP)
_LAYOUT = re.compile(
    r"cong hoa xa hoi chu nghia|doc lap\s*-\s*tu do|\bnoi nhan\b|\btm\.\s*(?:uy ban|ubnd)|"
    r"\bkt\.\s*chu tich"
)


def _table(tbl, numbering: Numbering) -> list[str]:
    """One line per row, its non-empty cells joined by " | "; a cell's paragraphs (and
    any table inside it) joined by spaces. A merged cell is one w:tc, so it appears
    once; a vertically merged cell's continuation is empty and left out. A table that
    lays out the header or the signature gives its cells' paragraphs as lines, cell by
    cell, as the text they are."""
    rows = []
    for row in _children(tbl, "tr"):
        cells = [
            _blocks(cell, numbering)
            for cell in _children(row, "tc")
            if not _legacy_merge_continues(cell)
        ]
        rows.append([[line for line in cell if line.strip()] for cell in cells])
    everything = " ".join(line for row in rows for cell in row for line in cell)
    if _LAYOUT.search(P.fold(everything)):
        return [line for row in rows for cell in row for line in cell]
    lines = []
    for row in rows:
        cells = [" ".join(" ".join(cell).split()) for cell in row]
        if any(cells):
            lines.append(" | ".join(c for c in cells if c))
    return lines


def _children(parent, wanted: str) -> Iterable:
    """``parent``'s w:<wanted> children, also those wrapped in content controls."""
    for el in parent:
        name = _wname(el)
        if name == wanted:
            yield el
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from _children(el, wanted)


def _legacy_merge_continues(cell) -> bool:
    """A cell that continues a horizontal merge written the old way (w:hMerge)."""
    for prop in cell:
        if _wname(prop) == "tcPr":
            for el in prop:
                if _wname(el) == "hMerge":
                    return not any(
                        k.endswith("}val") and v == "restart" for k, v in el.attrib.items()
                    )
    return False


# ------------------------------------------------------------------ pdf


def _read_pdf(content: bytes, name: str) -> list[str]:
    """Each page's text, lines re-flowed into paragraphs. No text: a scan, refused."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(content))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PlanError(
                f'Tệp "{name}" là PDF được đặt mật khẩu nên tiendo không mở được. Hãy gỡ mật '
                "khẩu (hoặc xuất lại PDF từ văn bản gốc, không đặt mật khẩu) rồi tải lên lại, "
                "hoặc tải lên bản .docx gốc."
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except PlanError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        if type(exc).__name__ in ("FileNotDecryptedError", "DependencyError"):
            raise PlanError(
                f'Tệp "{name}" là PDF được mã hóa nên tiendo không mở được. Hãy gỡ mật khẩu '
                "(hoặc xuất lại PDF từ văn bản gốc) rồi tải lên lại, hoặc tải lên bản .docx gốc."
            ) from exc
        raise PlanError(
            f'Tệp "{name}" bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng), '
            "không đọc được như tệp PDF. Hãy xuất lại PDF từ Word (Tệp > Lưu thành > PDF) "
            "hoặc tải lên bản .docx gốc."
        ) from exc
    if not pages:
        raise PlanError(
            f'Tệp "{name}" là PDF không có trang nào. Hãy xuất lại PDF từ văn bản gốc hoặc tải '
            "lên bản .docx gốc."
        )
    letters = sum(ch.isalpha() for page in pages for ch in page)
    if letters < MIN_LETTERS_PER_PAGE * len(pages):
        raise PlanError(
            f'Tệp "{name}" là bản quét (ảnh chụp văn bản), không có lớp chữ nên tiendo không '
            "đọc được nội dung. Hãy tải lên bản .docx gốc, hoặc in/xuất văn bản ra PDF từ Word "
            "(Tệp > Lưu thành > PDF), hoặc chạy nhận dạng chữ (OCR) cho tệp trước rồi tải lên lại."
        )
    return reflow(pages)


_PAGE_NUMBER = re.compile(r"(?i)^[-–—]?\s*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–—]?$")
_SENTENCE_END = re.compile(r"[.:;!?…][\"'”’)\]]*$")
_NEW_ITEM = re.compile(
    r"""^(?:
        [-–—+*]\s                                  # - item, + item, * item
      | -(?=[^\W\d_])                              # -item (no space)
      | [•●○■□▪◦·]                                 # bullets
      | \(?[a-zđ]\)(?=\s)                          # a) b) (c)
      | \(\d{1,2}\)(?=\s)                          # (1)
      | \d{1,2}(?:\.\d{1,2})*[.)](?=\s|[^\W\d_]|$) # 1. 2.Tổ chức 1.2. 3)
      | [IVX]{1,5}[.)](?=\s|[^\W\d_]|$)            # I. II.
      | (?:Điều|Chương|Phần|Mục)\s+[\dIVX]+\b       # Điều 3
    )""",
    re.VERBOSE,
)


def _is_heading(line: str) -> bool:
    """A line in capitals ("KẾ HOẠCH", "MỤC ĐÍCH, YÊU CẦU"): a paragraph of its own."""
    letters = sum(ch.isalpha() for ch in line)
    return letters >= 6 and len(line.split()) >= 2 and line == line.upper()


def reflow(pages: list[str]) -> list[str]:
    """A PDF's lines back into paragraphs: a line continues the one before unless that
    one ends a sentence, is a heading or is short (a paragraph's last line), or the line
    begins an item or a heading. Page numbers alone on a page's first or last line are
    dropped; blank lines end paragraphs."""
    lines: list[str] = []
    for page in pages:
        page_lines = [" ".join(line.split()) for line in page.splitlines()]
        filled = [i for i, line in enumerate(page_lines) if line]
        numbers = {i for i in filled[:1] + filled[-1:] if _PAGE_NUMBER.match(page_lines[i])}
        # a paragraph may go on over the page break
        lines.extend(line for i, line in enumerate(page_lines) if i not in numbers)
    # a line well short of a full one ends its paragraph ("Số: 12/KH-UBND", a last line)
    lengths = sorted(len(line) for line in lines if line)
    full = lengths[(len(lengths) - 1) * 3 // 4] if lengths else 0
    paragraphs: list[str] = []
    open_paragraph = False
    previous = ""
    for line in lines:
        if not line:
            open_paragraph = False
            continue
        if (
            open_paragraph
            and len(previous) >= SHORT_LINE * full
            and not _SENTENCE_END.search(paragraphs[-1])
            and not _is_heading(paragraphs[-1])
            and not _NEW_ITEM.match(line)
            and not _is_heading(line)
        ):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
            open_paragraph = True
        previous = line
    return paragraphs


# ------------------------------------------------------------------ txt


def _decode_text(content: bytes) -> str | None:
    """Text from bytes: UTF-8 (BOM or not), UTF-16/32 with a BOM (or plainly UTF-16),
    else a one-byte Vietnamese encoding: TCVN3/VNI bytes (kept as Latin-1, converted
    later) or Windows-1258. None: binary, not text."""
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if content.startswith(bom):
            return content.decode(codec, errors="replace")
    sample = content[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:  # UTF-16 without a BOM
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > 0.3 * len(sample) // 2 and min(even, odd) == 0:
            return content.decode("utf-16-le" if odd > even else "utf-16-be", errors="replace")
        return None
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    latin = content.decode("latin-1")
    if detect_legacy(latin.splitlines()):
        return latin  # TCVN3/VNI: _clean_all converts it
    return content.decode("cp1258", errors="replace")


def _read_txt(content: bytes) -> list[str]:
    text = _decode_text(content) or ""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# ------------------------------------------------------------------ html

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def _decode_html(content: bytes) -> str:
    """The page's text: a BOM, else the charset its <meta> declares, else UTF-8 (or the
    one-byte Vietnamese encodings a plain text file may be in)."""
    if not content.startswith(_BOMS):
        found = _META_CHARSET.search(content[:8192])
        if found:
            try:
                return content.decode(found.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass  # an encoding Python does not know: guess as for text
    return _decode_text(content) or ""


class _HtmlText(HTMLParser):
    """Paragraphs of an HTML page: block elements end one, a table gives a line a row."""

    # block elements: each ends the paragraph before it and its own
    BLOCKS = frozenset(
        "p div li ul ol h1 h2 h3 h4 h5 h6 br tr table blockquote pre section article "  # noqa: SIM905
        "header footer dt dd hr center address caption".split()
    )
    SKIP = frozenset(("script", "style", "head", "title", "template", "noscript"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.text: list[str] = []  # the paragraph being read
        self.skipping: list[str] = []
        self.tables: list[list[str]] = []  # per open table: its current row's cells
        self.cell: list[str] | None = None  # the outermost table's current cell

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body":
            self.skipping.clear()  # a <head> never closed ends here
        if tag in self.SKIP:
            self.skipping.append(tag)
        if tag == "table":
            if self.cell is None:
                self._flush()
            self.tables.append([])
        elif tag in ("td", "th") and len(self.tables) == 1:
            self._end_cell()
            self.cell = []
        elif tag == "tr" and len(self.tables) == 1:
            self._end_row()
        elif tag in self.BLOCKS or tag in ("td", "th"):  # td: a table in a cell
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
            return
        if tag == "table" and self.tables:
            if len(self.tables) == 1:
                self._end_row()
            self.tables.pop()
        elif tag in ("td", "th") and len(self.tables) == 1:
            self._end_cell()
        elif tag == "tr" and len(self.tables) == 1:
            self._end_row()
        elif tag in self.BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        (self.cell if self.cell is not None else self.text).append(data)

    def _break(self) -> None:
        if self.cell is not None:
            self.cell.append(" ")  # a cell's paragraphs are joined by a space
        elif not self.tables:
            self._flush()

    def _flush(self) -> None:
        line = "".join(self.text)
        if line.strip():
            self.lines.append(line)
        self.text = []

    def _end_cell(self) -> None:
        if self.cell is not None and self.tables:
            text = " ".join("".join(self.cell).split())
            if text:
                self.tables[0].append(text)
        self.cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self.tables and self.tables[0]:
            self.lines.append(" | ".join(self.tables[0]))
            self.tables[0].clear()

    def close(self) -> None:
        super().close()
        if self.tables:
            self._end_row()
        self._flush()


def _read_html(text: str, name: str) -> list[str]:
    parser = _HtmlText()
    try:
        parser.feed(text)
        parser.close()
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise PlanError(
            f'Tệp "{name}" là trang web bị hỏng, không đọc được. Hãy mở trang bằng trình '
            "duyệt, lưu lại (hoặc sao chép nội dung sang Word, lưu .docx) rồi tải lên lại."
        ) from exc
    return parser.lines


# ------------------------------------------------------------------ common


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def _clean_all(lines: list[str]) -> list[str]:
    """Legacy TCVN3/VNI text converted to Unicode; then each line NFC, its whitespace
    collapsed, control characters dropped, trimmed; empty lines left out."""
    encoding = detect_legacy([line for line in lines if line.strip()][:2000])
    if encoding:
        lines = [convert_legacy(line, encoding) for line in lines]
    out = []
    for line in lines:
        cleaned = unicodedata.normalize("NFC", " ".join(_CONTROL.sub("", line).split()))
        if cleaned:
            out.append(cleaned)
    return unbreak(out)


# words a line cannot end a sentence with: the next line goes on with it
_GOES_ON = re.compile(
    r"\s(?:về|và|của|cho|với|các|những|tại|ở|theo|trong|đến|từ|là|được|có|để|do|bằng|"
    r"hoặc|cùng|trên|dưới|giữa|thuộc|gồm|như|khi)$",
    re.I,
)


def unbreak(lines: list[str]) -> list[str]:
    """Lines as the plan's sentences run: a PDF (or a copy from one) breaks a sentence
    at the page's edge and puts page numbers between its lines. A line that does not
    end a sentence is joined to the next when that one goes on with it (a lower-case
    word or a number, not a new item); a line that is only a page number goes. Written
    here because no PDF library rebuilds paragraphs from a text layer this way."""
    out: list[str] = []
    for line in lines:
        if _PAGE_NUMBER.match(line):  # "2", "- 2 -", "Trang 2", "Trang 2/7"
            continue
        prev = out[-1] if out else ""
        if (
            prev
            and not _SENTENCE_END.search(prev)
            and " | " not in prev
            and " | " not in line
            and not prev.isupper()
            and (
                line[:1].islower()
                or line[:1].isdigit()
                or _GOES_ON.search(prev)  # "báo cáo về" / "Văn phòng Điều phối ..."
            )
            and not _NEW_ITEM.match(line)
        ):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out
