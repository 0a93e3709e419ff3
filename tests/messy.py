"""Workbooks shaped like the ones districts really send, built by code for the tests.

Title and signature blocks, headers merged over several rows with group headers, a row
of column numbers, STT and group rows, subtotals, blank and hidden rows, NFD text and old
tone placement, legacy TCVN3/VNI fonts, .xls, CSV in Windows-1258. Every builder returns
the path it wrote and the facts the file holds, so tests compare what was loaded.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import xlwt
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, range_boundaries

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"

# (district, commune as written, commune official name, name, birth, gender, ethnicity,
#  education, political theory, position, start)
PEOPLE = [
    (
        "Mường Lát",
        "X. Tam Chung",
        "Xã Tam Chung",
        "Lò Văn Thắng",
        "12/03/1987",
        "Nam",
        "Thái",
        "Đại học",
        "Trung cấp",
        "Phó Chủ tịch UBND xã",
        dt.date(2012, 3, 1),
    ),
    (
        "Mường Lát",
        "xã Trung Lý",
        "Xã Trung Lý",
        "Hà Thị Hoà",
        "1989",
        "Nữ",
        "Mường",
        "Đại học",
        "Sơ cấp",
        "Phó Chủ tịch UBND xã",
        "05/04/2012",
    ),
    (
        "Mường Lát",
        "TT Mường Lát",
        "Thị trấn Mường Lát",
        "Vi Văn Thuỷ",
        dt.date(1986, 1, 30),
        "Nam",
        "Thái",
        "Thạc sĩ",
        "Trung cấp",
        "Chủ tịch UBND xã",
        "1/3/12",
    ),
    (
        "Quan Sơn",
        "Na Mèo",
        "Xã Na Mèo",
        "Lương Thị Khoẻ",
        "30/11/1988",
        "Nữ",
        "Thái",
        "Đại học",
        "",
        "Phó Chủ tịch UBND xã",
        dt.date(2012, 2, 20),
    ),
    (
        "Quan Sơn",
        "Sơn Thủy",
        "Xã Sơn Thủy",
        "Phạm Quý Long",
        "02/02/1985",
        "Nam",
        "Kinh",
        "Đại học",
        "Trung cấp",
        "Phó Chủ tịch UBND xã",
        dt.date(2012, 2, 20),
    ),
]


def expected_people() -> list[tuple]:
    """(name, birth_date, birth_year, gender, commune_name, district_name) as loaded."""
    out = []
    for d, _, commune, name, birth, gender, *_ in PEOPLE:
        if isinstance(birth, dt.date):
            bdate = birth
        elif len(birth) == 4:
            bdate = None
        else:
            day, month, year = (int(x) for x in birth.split("/"))
            bdate = dt.date(year, month, day)
        byear = bdate.year if bdate else int(birth)
        name = name.replace("Hoà", "Hòa").replace("Thuỷ", "Thủy").replace("Khoẻ", "Khỏe")
        out.append((name, bdate, byear, gender, commune, f"Huyện {d}"))
    return sorted(out)


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def officers_report(
    path: Path,
    *,
    hidden_row: bool = True,
    encode=None,
    font: str | None = None,
    with_gender_column: bool = False,
    margin: int = 0,
) -> Path:
    """A Project-600 roster as a district office would type it, with every layout habit.
    ``margin`` empty columns on the left move the whole form right, as some offices do."""
    enc = encode or (lambda s: s)
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    rows: list[list[object]] = [
        ["UBND TỈNH THANH HÓA", None, None, None, None, None, None, MOTTO],
        ["SỞ NỘI VỤ", None, None, None, None, None, None, None],
        [None, None, None, None, None, None, None, None],
        ["Biểu số 01/DA600", None, None, None, None, None, None, None],
        ["DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH XÃ", None, None, None, None, None, None, None],
        ["(Tính đến ngày 31/12/2016)", None, None, None, None, None, None, None],
        [None] * 8,
    ]
    if with_gender_column:
        header1 = [
            "STT",
            "Họ và tên",
            "Ngày, tháng,\nnăm sinh",
            "Giới tính",
            "Dân tộc",
            "Trình độ",
            None,
            "Chức vụ",
            "Đơn vị công tác",
            None,
            "Ngày bổ nhiệm",
            "Ghi chú",
        ]
        header2 = [
            None,
            None,
            None,
            None,
            None,
            "TĐCM",
            "LLCT",
            None,
            "Xã, phường, thị trấn",
            "Huyện",
            None,
            None,
        ]
    else:
        header1 = [
            "TT",
            "Họ  tên",
            "Ngày sinh",
            None,
            "Dân tộc",
            "Trình độ",
            None,
            "Chức vụ",
            "Đơn vị công tác",
            None,
            "Ngày bổ nhiệm",
            "Ghi chú",
        ]
        header2 = [
            None,
            None,
            "Nam",
            "Nữ",
            None,
            "Chuyên môn",
            "Lý luận chính trị",
            None,
            "Xã",
            "Huyện",
            None,
            None,
        ]
    numbers = [f"({i})" for i in range(1, 13)]
    rows += [header1, header2, numbers]
    data_start = len(rows) + 1
    current = None
    group_no = 0
    count = 0
    for person in PEOPLE:
        district, commune_written, _, name, birth, gender, eth, edu, llct, pos, start = person
        if district != current:
            if current is not None:
                rows.append([None, f"Cộng: {count} đội viên"] + [None] * 10)
            group_no += 1
            rows.append(["I" * group_no + ".", f"HUYỆN {district.upper()}"] + [None] * 10)
            current, count = district, 0
            rows.append([None] * 12)  # a blank row inside the table
        count += 1
        if with_gender_column:
            birth_cells = [birth, gender]
        else:
            birth_cells = [birth, None] if gender == "Nam" else [None, birth]
        rows.append(
            [
                count,
                _nfd(name) if count == 2 else f"  {name} ",
                *birth_cells,
                eth,
                edu,
                llct,
                pos,
                commune_written,
                district,
                start,
                None,
            ]
        )
    rows.append([None, f"Cộng: {count} đội viên"] + [None] * 10)
    rows.append([None, "Tổng cộng: 5 đội viên"] + [None] * 10)
    rows += [
        [None] * 12,
        [
            None,
            "Người lập biểu",
            None,
            None,
            None,
            None,
            None,
            "Thanh Hóa, ngày 10 tháng 01 năm 2017",
        ],
        [None, "(Ký, ghi rõ họ tên)", None, None, None, None, None, "GIÁM ĐỐC"],
        [None, None, None, None, None, None, None, "Nguyễn Văn Giám"],
    ]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(r, c + margin, enc(value) if isinstance(value, str) else value)
            if font:
                cell.font = Font(name=font)

    def merge(cells: str) -> None:
        c0, r0, c1, r1 = range_boundaries(cells)
        ws.merge_cells(start_row=r0, start_column=c0 + margin, end_row=r1, end_column=c1 + margin)

    merge("A1:C1")
    merge("H1:L1")
    merge("A8:A9")
    merge("B8:B9")
    if with_gender_column:
        merge("C8:C9")
        merge("D8:D9")
    else:
        merge("C8:D8")
    merge("E8:E9")
    merge("F8:G8")
    merge("H8:H9")
    merge("I8:J8")
    merge("K8:K9")
    merge("L8:L9")
    if hidden_row:
        ws.row_dimensions[data_start + 2].hidden = True  # a data row someone hid
        ws.column_dimensions[get_column_letter(12 + margin)].hidden = True
    wb.save(path)
    return path


def officers_xls(path: Path) -> Path:
    """The same roster as an old .xls file (Excel 97-2003)."""
    src = officers_report(path.with_suffix(".tmp.xlsx"))
    from openpyxl import load_workbook

    ws_in = load_workbook(src).active
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Bieu 01")
    date_style = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    merged_tops = set()
    for rng in ws_in.merged_cells.ranges:
        top = ws_in.cell(rng.min_row, rng.min_col).value
        sheet.write_merge(rng.min_row - 1, rng.max_row - 1, rng.min_col - 1, rng.max_col - 1, top)
        merged_tops.add((rng.min_row, rng.min_col))
    for row in ws_in.iter_rows():
        for cell in row:
            if cell.value is None or (cell.row, cell.column) in merged_tops:
                continue
            if isinstance(cell.value, dt.datetime | dt.date):
                sheet.write(cell.row - 1, cell.column - 1, cell.value, date_style)
            else:
                sheet.write(cell.row - 1, cell.column - 1, cell.value)
    book.save(str(path))
    src.unlink()
    return path


def legacy_encoder(name: str):
    """Unicode -> TCVN3 or VNI, by inverting viparse's conversion table."""
    from viparse.normalize.tcvn3 import TCVN3
    from viparse.normalize.vni import VNI

    table = {"tcvn3": TCVN3, "vni": VNI}[name]
    reverse = {}
    for legacy, uni in table.pairs:
        reverse.setdefault(unicodedata.normalize("NFC", uni), legacy)

    def encode(text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        return "".join(reverse.get(ch, ch) for ch in text)

    return encode


def ntm_report(path: Path) -> tuple[Path, dict]:
    """NTM results: criteria as numbers under a 'Các tiêu chí' group, marks of every kind."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Quan Sơn"  # one sheet per district, no district column
    ws["A1"] = "UBND TỈNH THANH HÓA"
    ws["A3"] = "KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI NĂM 2019"
    ws["A4"] = "(Tính đến ngày 31 tháng 12 năm 2019)"
    ws.append([])
    header1 = (
        ["STT", "Xã", "Năm", "Các tiêu chí đạt"]
        + [None] * 18
        + ["Số tiêu chí đạt", "Mức đạt chuẩn"]
    )
    header2 = [None, None, None, *list(range(1, 20)), None, None]
    ws.append(header1)
    ws.append(header2)
    ws.merge_cells(start_row=6, start_column=4, end_row=6, end_column=22)
    marks = ["x", "X", "Đạt", "✓", "x"]
    expected = {}
    communes = [("Na Mèo", 7), ("Sơn Thủy", 19), ("Tam Lư", 12)]
    for i, (commune, met) in enumerate(communes, start=1):
        row = [i, commune, 2019] + [marks[n % len(marks)] if n < met else None for n in range(19)]
        row += [met, "Đạt chuẩn NTM" if met == 19 else None]
        ws.append(row)
        expected[f"Xã {commune}"] = met
    ws.append(["", "Cộng", None] + [None] * 19 + [sum(m for _, m in communes), None])
    wb.save(path)
    return path, expected


def training_report(path: Path) -> Path:
    """Training results by district with a subtotal, '-' for none, and Vietnamese numbers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Kết quả"
    ws["A1"] = "UBND TỈNH PHÚ YÊN"
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A3"] = "KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2013"
    ws.append([])
    ws.append(["STT", "Đơn vị", None, "Lĩnh vực", "Trình độ", "Năm", "Số đã đào tạo (người)"])
    ws.append([None, "Huyện", "Xã", None, None, None, None])
    ws.merge_cells("B5:C5")
    ws.append(["A", "B", "C", "1", "2", "3", "4"])
    ws.append([1, "Sơn Hòa", None, "Chuyên môn nghiệp vụ", "Trung cấp", 2013, "1.020"])
    ws.append([2, "H. Sông Hinh", None, "LLCT", "Sơ cấp", 2013, "-"])
    ws.append([3, "Đồng Xuân", "X. Xuân Sơn Bắc", "Tin học", None, 2013, 3])
    ws.append([None, "Tổng cộng", None, None, None, None, "1.023"])
    wb.save(path)
    return path
