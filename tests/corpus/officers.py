"""Officer rosters (danh sách cán bộ, đội viên): one row per person.

The files are typed the way district and provincial clerks type them: title and signature
blocks, notes, group and total rows, headers merged over several rows, units spelled every
way, dates typed every way. Each case lists the people the ``officers`` view must hold
afterwards, or the row a refusal must name. Codes always come from the reference lookups.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from .base import MOTTO, MOTTO2, Case, case, d, legacy_commune, new_commune

# ----------------------------------------------------------------- the people


@dataclass(frozen=True)
class Officer:
    """One person as the ``officers`` view must hold them."""

    name: str  # as stored: NFC, official tone placement, capitals kept as typed
    commune: str  # the official name ('Xã Tam Chung', 'Thị trấn Sơn Lư')
    district: str | None  # legacy district ('Mường Lát'); None in the 2025 era
    birth: dt.date | int | None = None  # a date, or a year alone
    gender: str | None = None
    ethnicity: str | None = None
    position: str | None = None
    program: str | None = None
    start_date: dt.date | None = None
    party_member: bool | None = None
    education: str | None = None
    major: str | None = None
    political_theory: str | None = None
    province: str = "Thanh Hóa"
    era: str = "legacy"

    @property
    def code(self) -> str:
        if self.era == "legacy":
            assert self.district is not None
            return legacy_commune(self.province, self.district, self.commune)
        return new_commune(self.province, self.commune)

    @property
    def short(self) -> str:
        """The commune's name without its type ('Tam Chung')."""
        return strip_type(self.commune)

    @property
    def birth_text(self) -> str:
        assert isinstance(self.birth, dt.date)
        return dmy(self.birth)


_TYPES = ("Thị trấn ", "Phường ", "Xã ")


def strip_type(name: str) -> str:
    for prefix in _TYPES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def commune_type(name: str) -> str:
    return next((p.strip() for p in _TYPES if name.startswith(p)), "Xã")


def facts(people: list[Officer], *extra: str) -> list[dict]:
    """The ``officers`` rows for ``people``: the columns every case compares, then
    ``extra`` (view column names, each an attribute of Officer)."""
    rows = []
    for p in people:
        full_date = isinstance(p.birth, dt.date)
        row = {
            "full_name": p.name,
            "era": p.era,
            "commune_code": p.code,
            "birth_date": p.birth if full_date else None,
            "birth_year": p.birth.year if full_date else p.birth,
            "gender": p.gender,
            "position": p.position,
            "program": p.program,
        }
        row.update({column: getattr(p, column) for column in extra})
        rows.append(row)
    return rows


ALL_EXTRA = (
    "ethnicity",
    "start_date",
    "party_member",
    "education",
    "major",
    "political_theory",
)

PCT = "Phó Chủ tịch UBND xã"
CT = "Chủ tịch UBND xã"
DA600 = "Dự án 600"

# ----------------------------------------------------------------- how clerks type

_OLD_TONE = {
    "òa": "oà",
    "óa": "oá",
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
    "òe": "oè",
    "óe": "oé",
    "ỏe": "oẻ",
    "õe": "oẽ",
    "ọe": "oẹ",
    "ùy": "uỳ",
    "úy": "uý",
    "ủy": "uỷ",
    "ũy": "uỹ",
    "ụy": "uỵ",
}
_OLD_TONE_RE = re.compile("(" + "|".join(_OLD_TONE) + r")(?![^\W\d_])", re.IGNORECASE)


def old_tone(text: str) -> str:
    """The tone mark where older keyboards put it: 'Hòa' -> 'Hoà', 'Thủy' -> 'Thuỷ'."""

    def swap(match: re.Match) -> str:
        typed = match.group(0)
        old = _OLD_TONE[typed.lower()]
        if typed.isupper():
            return old.upper()
        return old[0].upper() + old[1:] if typed[0].isupper() else old

    return _OLD_TONE_RE.sub(swap, unicodedata.normalize("NFC", text))


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def dmy(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


NBSP = "\u00a0"

# ----------------------------------------------------------------- writing aids

_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
DATE_FMT = "dd/mm/yyyy"


def put(
    ws: Worksheet,
    row: int,
    col: int,
    value: object,
    *,
    bold: bool = False,
    italic: bool = False,
    across: int = 1,
    down: int = 1,
    center: bool = False,
    fmt: str | None = None,
) -> None:
    """One cell, merged over ``across`` x ``down`` cells when asked."""
    cell = ws.cell(row=row, column=col, value=value)
    if bold or italic:
        cell.font = Font(name="Times New Roman", bold=bold, italic=italic)
    if center:
        cell.alignment = _CENTER
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FMT
    if across > 1 or down > 1:
        ws.merge_cells(
            start_row=row, start_column=col, end_row=row + down - 1, end_column=col + across - 1
        )


def put_row(ws: Worksheet, row: int, col: int, values: list, *, bold: bool = False) -> None:
    for i, value in enumerate(values):
        if value is not None and value != "":
            put(ws, row, col + i, value, bold=bold)


def header(
    ws: Worksheet,
    top: int,
    left: int,
    paths: list[tuple[str, ...]],
    *,
    depth: int | None = None,
    numbering: str | None = None,
) -> int:
    """A header block: each column named by its path of labels from the top row down
    (group label first). Equal labels side by side are merged across, a label repeated
    or a path shorter than ``depth`` is merged down (so a deeper ``depth`` leaves an empty
    row inside the merges). ``numbering``: 'paren' (1) (2)…, 'letters' A B 1 2…,
    'digits' 1 2 3…, written under the header. Returns the first row below."""
    depth = depth or max(len(p) for p in paths)
    grid = [[p[min(level, len(p) - 1)] for p in paths] for level in range(depth)]
    done = [[False] * len(paths) for _ in range(depth)]
    for level in range(depth):
        for i in range(len(paths)):
            if done[level][i]:
                continue
            label = grid[level][i]
            j = i
            while (
                j + 1 < len(paths)
                and not done[level][j + 1]
                and all(grid[k][j + 1] == grid[k][i] for k in range(level + 1))
            ):
                j += 1
            k = level
            while k + 1 < depth and all(grid[k + 1][c] == label for c in range(i, j + 1)):
                k += 1
            for rr in range(level, k + 1):
                for cc in range(i, j + 1):
                    done[rr][cc] = True
            put(
                ws,
                top + level,
                left + i,
                label,
                bold=True,
                center=True,
                across=j - i + 1,
                down=k - level + 1,
            )
    row = top + depth
    if numbering:
        for i, mark in enumerate(numbers(len(paths), numbering)):
            put(ws, row, left + i, mark, italic=True, center=True)
        row += 1
    return row


def numbers(n: int, style: str) -> list:
    if style == "paren":
        return [f"({i})" for i in range(1, n + 1)]
    if style == "letters":
        return ["A", "B", *range(1, n - 1)]
    return list(range(1, n + 1))


def title_block(
    ws: Worksheet,
    left: int,
    width: int,
    *,
    agency: tuple[str, ...] = ("UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"),
    title: tuple[str, ...] = (),
    below: tuple[str, ...] = (),
    form: str | None = None,
    unit_line: bool = False,
    gap: int = 1,
    top: int = 1,
) -> int:
    """Agency on the left, the motto on the right, then the form number, the bold title,
    the lines below it (as-of date, decision…) and the unit line. Returns the next row."""
    half = max(2, width // 2 - 1)
    row = top
    for i, line in enumerate(agency):
        put(ws, row + i, left, line, bold=i == len(agency) - 1, across=half, center=True)
    put(ws, row, left + width - half, MOTTO, bold=True, across=half, center=True)
    put(ws, row + 1, left + width - half, MOTTO2, bold=True, across=half, center=True)
    row += max(len(agency), 2)
    if form:
        put(ws, row, left + width - 2, form, italic=True, across=2)
        row += 1
    row += gap
    for line in title:
        put(ws, row, left, line, bold=True, across=width, center=True)
        row += 1
    for line in below:
        put(ws, row, left, line, italic=True, across=width, center=True)
        row += 1
    if unit_line:
        put(ws, row, left + width - 2, "Đơn vị tính: người", italic=True, across=2)
        row += 1
    return row


def signature(
    ws: Worksheet,
    row: int,
    left_col: int,
    right_col: int,
    *,
    place_date: str,
    left: tuple[str, ...] = ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"),
    left_name: str = "Nguyễn Thị Lan",
    right: tuple[str, ...] = ("GIÁM ĐỐC", "(Ký tên, đóng dấu)"),
    right_name: str = "Trịnh Văn Hùng",
    gap: int = 3,
) -> int:
    """Place and date, the two signers' titles, a gap for the signatures, their names."""
    put(ws, row, right_col, place_date, italic=True, across=3, center=True)
    row += 1
    for i in range(max(len(left), len(right))):
        if i < len(left):
            put(ws, row + i, left_col, left[i], bold=i == 0, italic=i > 0, center=True)
        if i < len(right):
            put(ws, row + i, right_col, right[i], bold=i == 0, italic=i > 0, across=3, center=True)
    row += max(len(left), len(right)) + gap
    put(ws, row, left_col, left_name, bold=True, center=True)
    put(ws, row, right_col, right_name, bold=True, across=3, center=True)
    return row + 1


def cache_formula_values(path: Path, sheet_index: int, values: dict[str, float]) -> None:
    """openpyxl saves formulas without the value Excel caches beside them; write the
    cached values in, as Excel itself would have saved the file."""
    member = f"xl/worksheets/sheet{sheet_index + 1}.xml"
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    out = []
    for info, data in items:
        if info.filename == member:
            text = data.decode("utf-8")
            for ref, value in values.items():
                # openpyxl writes the empty value as <v/> or, when lxml is installed, <v></v>
                pattern = re.compile(rf'(<c r="{ref}"[^>]*>)<f>(.*?)</f>(?:<v\s*/>|<v></v>)?(</c>)')

                def cached(m: re.Match, value: float = value) -> str:
                    return f"{m.group(1)}<f>{m.group(2)}</f><v>{value:g}</v>{m.group(3)}"

                text, n = pattern.subn(cached, text)
                assert n == 1, f"no formula at {ref}"
            data = text.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in out:
            zout.writestr(info, data)


def widths(ws: Worksheet, left: int, sizes: list[int]) -> None:
    for i, size in enumerate(sizes):
        ws.column_dimensions[get_column_letter(left + i)].width = size


# ----------------------------------------------------------------- 1. around the table


@case("officers-600-muonglat-title12", "1 title block of 12 rows, table from column C")
def muonglat_title12(folder: Path) -> Case:
    people = [
        Officer("Lò Văn Bình", "Xã Tam Chung", "Mường Lát", d(14, 5, 1987), "Nam", "Thái", CT),
        Officer("Vi Thị Hương", "Xã Pù Nhi", "Mường Lát", d(2, 9, 1988), "Nữ", "Thái", PCT),
        Officer("Giàng A Sình", "Xã Mường Lý", "Mường Lát", d(20, 11, 1986), "Nam", "Mông", PCT),
        Officer("Hà Văn Tuấn", "Xã Trung Lý", "Mường Lát", d(7, 1, 1989), "Nam", "Thái", PCT),
        Officer("Lương Thị Thu", "Xã Quang Chiểu", "Mường Lát", d(25, 6, 1987), "Nữ", "Mường", PCT),
    ]
    education = ["Đại học", "Đại học", "Đại học", "Thạc sĩ", "Đại học"]
    people = [
        replace(p, program=DA600, education=e) for p, e in zip(people, education, strict=True)
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 02"
    left = 3  # column C: A and B are narrow margins
    widths(ws, 1, [2, 2, 5, 24, 12, 12, 9, 14, 22, 14, 12, 30])
    row = title_block(
        ws,
        left,
        10,
        form="Biểu số 02/NV",
        title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 ĐANG CÔNG TÁC TẠI HUYỆN MƯỜNG LÁT",),
        below=(
            "(Kèm theo Báo cáo số 08/BC-SNV ngày 10/01/2017 của Sở Nội vụ tỉnh Thanh Hóa)",
            "(Tính đến ngày 31/12/2016)",
        ),
        gap=2,
    )
    put(ws, row + 1, left + 8, "Đơn vị tính: người", italic=True, across=2)
    row += 3
    assert row == 12, row  # the title block takes rows 1-11
    row = header(
        ws,
        row,
        left,
        [
            ("STT",),
            ("Họ và tên",),
            ("Ngày, tháng, năm sinh", "Nam"),
            ("Ngày, tháng, năm sinh", "Nữ"),
            ("Dân tộc",),
            ("Trình độ chuyên môn",),
            ("Chức vụ",),
            ("Xã",),
            ("Huyện",),
            ("Ghi chú",),
        ],
        numbering="paren",
    )
    notes = ["Được bầu Chủ tịch UBND xã từ tháng 7/2016", "", "", "Đang học cao học", ""]
    for i, p in enumerate(people):
        male = p.gender == "Nam"
        values = [
            i + 1,
            p.name,
            p.birth if male else None,
            None if male else p.birth,
            p.ethnicity,
            p.education,
            p.position,
            p.short,
            "Mường Lát",
            notes[i],
        ]
        put_row(ws, row, left, values)
        row += 1
    put_row(ws, row, left, [None, "Cộng: 5 đội viên", 3, 2], bold=True)
    row += 2
    put(
        ws,
        row,
        left,
        "Ghi chú: Đội viên Lò Văn Bình được bầu giữ chức Chủ tịch UBND xã Tam Chung từ tháng "
        "7/2016.",
        italic=True,
        across=10,
    )
    put(
        ws,
        row + 1,
        left,
        "* Số liệu chưa bao gồm 02 đội viên đã xin thôi việc năm 2015.",
        italic=True,
        across=10,
    )
    signature(
        ws,
        row + 3,
        left + 1,
        left + 7,
        place_date="Thanh Hóa, ngày 10 tháng 01 năm 2017",
    )
    path = folder / "doi_vien_600_muong_lat_2016.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity", "education")},
        note="12-row title block, table from column C, Nam/Nữ birth columns, numbering row "
        "(1)…, 'Cộng: 5 đội viên' with counts, notes naming an officer, signature block; "
        "programme from the title, post from the column",
    )


@case("officers-groups-roman-pagebreak", "1 group rows I/II, subtotals, header after page break")
def groups_roman(folder: Path) -> Case:
    start = d(1, 3, 2012)
    groups = {
        "HUYỆN THƯỜNG XUÂN": [
            Officer("Lê Văn Hùng", "Xã Xuân Cao", "Thường Xuân", d(3, 4, 1986), "Nam", "Kinh"),
            Officer("Cầm Thị Mai", "Xã Bát Mọt", "Thường Xuân", d(19, 8, 1988), "Nữ", "Thái"),
            Officer("Lò Văn Sáng", "Xã Yên Nhân", "Thường Xuân", d(30, 12, 1987), "Nam", "Thái"),
        ],
        "HUYỆN BÁ THƯỚC": [
            # Thành Sơn is a commune of Bá Thước and of Quan Hóa: only the group row tells.
            Officer("Hà Văn Long", "Xã Thành Sơn", "Bá Thước", d(11, 2, 1988), "Nam", "Mường"),
            Officer("Trương Thị Hiền", "Xã Lũng Cao", "Bá Thước", d(5, 5, 1989), "Nữ", "Mường"),
            Officer("Phạm Văn Định", "Xã Cổ Lũng", "Bá Thước", d(22, 10, 1986), "Nam", "Kinh"),
        ],
        "HUYỆN LANG CHÁNH": [
            Officer("Lữ Văn Thành", "Xã Yên Khương", "Lang Chánh", d(9, 9, 1987), "Nam", "Thái"),
            # typed with the old tone placement (Thuỳ), stored as Thùy
            Officer("Phạm Thị Thùy", "Xã Giao An", "Lang Chánh", d(14, 3, 1988), "Nữ", "Mường"),
        ],
    }
    notes = {"Lê Văn Hùng": "Đang học cao học", "Phạm Văn Định": "Quê quán: Hoằng Hóa"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS 600"
    widths(ws, 1, [6, 24, 12, 9, 9, 16, 20, 12, 22])
    row = title_block(
        ws, 1, 9, title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH XÃ NĂM 2015",), gap=0
    )
    assert row == 4  # a title block of three rows
    paths = [
        ("STT",),
        ("Họ và tên",),
        ("Ngày sinh",),
        ("Giới tính",),
        ("Dân tộc",),
        ("Xã",),
        ("Chức vụ",),
        ("Ngày bổ nhiệm",),
        ("Ghi chú",),
    ]
    row = header(ws, row, 1, paths, numbering="digits")
    people = []
    for g, (group, members) in enumerate(groups.items()):
        put(ws, row, 1, ["I", "II", "III"][g], bold=True, center=True)
        put(ws, row, 2, group, bold=True)
        row += 1
        for i, p in enumerate(members):
            p = replace(p, position=PCT, program=DA600, start_date=start)
            people.append(p)
            name = old_tone(p.name) if p.name == "Phạm Thị Thùy" else p.name
            values = [i + 1, name, p.birth_text, p.gender, p.ethnicity, p.short]
            values += [p.position, p.start_date, notes.get(p.name, "")]
            put_row(ws, row, 1, values)
            row += 1
            if p.name == "Trương Thị Hiền":  # the printed page ends here
                ws.row_breaks.append(Break(id=row - 1))
                row = header(ws, row, 1, paths, numbering="digits")
        put(ws, row, 2, f"Cộng: {len(members)} đội viên", bold=True)
        row += 1
    put(ws, row, 2, f"Tổng cộng: {len(people)} đội viên", bold=True)
    signature(
        ws,
        row + 2,
        2,
        6,
        place_date="Thanh Hóa, ngày 05 tháng 01 năm 2016",
        right=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
        right_name="Lê Quang Hưng",
        left_name="Đỗ Thị Thanh Nga",
    )
    path = folder / "ds_doi_vien_600_nam_2015.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity", "start_date")},
        note="3-row title block; group rows 'I | HUYỆN THƯỜNG XUÂN' give the district (Thành "
        "Sơn is in two districts); STT restarts per group; 'Cộng: n đội viên' subtotals and "
        "'Tổng cộng'; header and numbering row repeated after a page break; birth dates as text",
    )


@case("officers-groups-hidden-formulas", "1 group rows 1./a)/bare, hidden row+column+sheet")
def groups_hidden(folder: Path) -> Case:
    def o(name, commune, district, birth, gender, ethnicity, position, start):
        return Officer(name, commune, district, birth, gender, ethnicity, position, None, start)

    vp = "Công chức Văn phòng - Thống kê"
    dc = "Công chức Địa chính - Xây dựng"
    ba_thuoc = {
        "a) Các xã khu vực III": [
            o("Hà Thị Lan", "Xã Điền Thượng", "Bá Thước", d(2, 2, 1994), "Nữ", "Mường", vp,
              d(1, 8, 2019)),
            o("Phạm Bá Tùng", "Xã Thành Lâm", "Bá Thước", d(16, 6, 1993), "Nam", "Mường", dc,
              d(1, 8, 2019)),
        ],
        "b) Các xã khu vực II": [
            o("Trương Văn Lực", "Xã Ái Thượng", "Bá Thước", d(28, 4, 1992), "Nam", "Kinh", PCT,
              d(15, 5, 2021)),
            # this row is hidden (someone hid it to print): still a person
            o("Lò Thị Nhung", "Xã Lương Nội", "Bá Thước", d(9, 12, 1995), "Nữ", "Thái", vp,
              d(1, 3, 2020)),
        ],
    }  # fmt: skip
    quan_son = [
        o("Lữ Văn Kiên", "Xã Trung Xuân", "Quan Sơn", d(13, 7, 1991), "Nam", "Thái", dc,
          d(1, 8, 2019)),
        o("Phạm Thị Hà", "Xã Na Mèo", "Quan Sơn", d(21, 1, 1996), "Nữ", "Thái", vp,
          d(1, 10, 2021)),
    ]  # fmt: skip
    nghi_son = [
        o("Nguyễn Văn Hải", "Phường Hải Ninh", "Nghi Sơn", d(5, 10, 1990), "Nam", "Kinh", PCT,
          d(20, 6, 2021)),
        o("Lê Thị Hồng", "Xã Các Sơn", "Nghi Sơn", d(30, 3, 1993), "Nữ", "Kinh", dc,
          d(1, 8, 2019)),
        o("Mai Văn Tú", "Xã Định Hải", "Nghi Sơn", d(17, 11, 1994), "Nam", "Kinh", vp,
          d(1, 8, 2019)),
    ]  # fmt: skip
    wb = openpyxl.Workbook()
    lists = wb.active
    lists.title = "DanhMuc"  # the drop-down lists, hidden, first in the workbook
    for col, items in enumerate(
        [
            ["Chức vụ", CT, PCT, vp, dc, "Công chức Tư pháp - Hộ tịch"],
            ["Dân tộc", "Kinh", "Thái", "Mường", "Mông", "Dao"],
            ["Xã", "Xã Điền Thượng", "Xã Thành Lâm", "Xã Trung Xuân", "Phường Hải Ninh"],
            ["Họ và tên mẫu", "Nguyễn Văn A", "Trần Thị B"],
        ],
        start=1,
    ):
        for r, item in enumerate(items, start=1):
            lists.cell(row=r, column=col, value=item)
    lists.sheet_state = "hidden"
    ws = wb.create_sheet("Danh sách")
    wb.active = 1
    left = 2
    widths(ws, 1, [2, 8, 26, 12, 12, 9, 30, 13, 20, 20])
    row = title_block(
        ws,
        left,
        9,
        form="Biểu số 03/NV",
        title=("DANH SÁCH CÔNG CHỨC TRẺ CÔNG TÁC TẠI CÁC XÃ MIỀN NÚI, VEN BIỂN",),
        below=("(Tính đến ngày 30/6/2023)",),
    )
    row += 1
    row = header(
        ws,
        row,
        left,
        [
            ("STT",),
            ("Họ và tên",),
            ("Năm sinh", "Nam"),
            ("Năm sinh", "Nữ"),
            ("Dân tộc",),
            ("Chức vụ",),
            ("Ngày bổ nhiệm",),
            ("Xã",),
            ("Ghi chú",),
        ],
        numbering="letters",
    )
    ws.column_dimensions["H"].hidden = True  # Ngày bổ nhiệm: hidden to print, real data
    dv = DataValidation(type="list", formula1="=DanhMuc!$A$2:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    people: list[Officer] = []
    cached: dict[str, float] = {}
    subtotals: list[int] = []

    def person(p: Officer, stt: int) -> None:
        nonlocal row
        male = p.gender == "Nam"
        values = [stt, p.name, p.birth if male else None, None if male else p.birth]
        values += [p.ethnicity, p.position, p.start_date, p.short, None]
        put_row(ws, row, left, values)
        dv.add(f"G{row}")
        people.append(p)
        row += 1

    def subtotal(first: int, members: list[Officer]) -> None:
        nonlocal row
        put(ws, row, left + 1, "Cộng", bold=True, center=True)
        for col, gender in (("D", "Nam"), ("E", "Nữ")):
            put(
                ws,
                row,
                left + (2 if gender == "Nam" else 3),
                f"=COUNTA({col}{first}:{col}{row - 1})",
            )
            cached[f"{col}{row}"] = sum(p.gender == gender for p in members)
        subtotals.append(row)
        row += 1

    put(ws, row, left, "1. Huyện Bá Thước", bold=True, across=2)
    row += 1
    first = row
    stt = 0
    for group, members in ba_thuoc.items():
        put(ws, row, left + 1, group, italic=True)
        row += 1
        for p in members:
            stt += 1
            if p.name == "Lò Thị Nhung":
                ws.row_dimensions[row].hidden = True
            person(p, stt)
    subtotal(first, [p for ms in ba_thuoc.values() for p in ms])
    put(ws, row, left, "2. Huyện Quan Sơn", bold=True, across=2)
    row += 1
    first = row
    for i, p in enumerate(quan_son, start=1):
        person(p, i)
    subtotal(first, quan_son)
    put(ws, row, left + 1, "Thị xã Nghi Sơn", bold=True)  # alone in the name column
    row += 1
    first = row
    for i, p in enumerate(nghi_son, start=1):
        person(p, i)
    subtotal(first, nghi_son)
    put(ws, row, left + 1, "Tổng cộng", bold=True, center=True)
    for col, gender in (("D", "Nam"), ("E", "Nữ")):
        put(
            ws,
            row,
            left + (2 if gender == "Nam" else 3),
            "=" + "+".join(f"{col}{r}" for r in subtotals),
        )
        cached[f"{col}{row}"] = sum(p.gender == gender for p in people)
    signature(
        ws,
        row + 2,
        left + 1,
        left + 6,
        place_date="Thanh Hóa, ngày 05 tháng 7 năm 2023",
        left_name="Lê Thị Mai Phương",
        right_name="Nguyễn Đình Thắng",
    )
    path = folder / "cong_chuc_tre_6_thang_2023.xlsx"
    wb.save(path)
    cache_formula_values(path, 1, cached)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity", "start_date")},
        note="group rows '1. Huyện Bá Thước' (across STT and name), 'a) Các xã khu vực III', "
        "'Thị xã Nghi Sơn' alone in the name column; 'A | B | 1 | 2' numbering; COUNTA "
        "subtotals and a total as formulas with cached values; a hidden row and a hidden "
        "column (Ngày bổ nhiệm) hold data; a hidden first sheet of drop-down lists",
    )


@case("officers-notes-merged-district", "1 notes inside the table, district merged down")
def notes_inside(folder: Path) -> Case:
    quan_hoa = [
        Officer("Hà Văn Thanh", "Xã Thành Sơn", "Quan Hóa", d(8, 8, 1987), "Nam", "Thái"),
        Officer("Phạm Thị Nga", "Xã Trung Sơn", "Quan Hóa", d(12, 12, 1988), "Nữ", "Mường"),
        Officer("Ngân Văn Quyết", "Xã Phú Lệ", "Quan Hóa", d(1, 6, 1986), "Nam", "Thái"),
    ]
    nhu_xuan = [
        # typed 'Hoá Quỳ' and 'Xuân Hoà' with the old tone placement
        Officer("Lê Thị Thanh Hòa", "Xã Hóa Quỳ", "Như Xuân", d(27, 2, 1989), "Nữ", "Kinh"),
        Officer("Vi Văn Toản", "Xã Xuân Hòa", "Như Xuân", d(15, 10, 1987), "Nam", "Thổ"),
    ]
    people = [replace(p, position=PCT, program=DA600) for p in quan_hoa + nhu_xuan]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    widths(ws, 1, [5, 24, 12, 9, 9, 16, 18, 20, 24])
    row = title_block(
        ws,
        1,
        9,
        title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600", "HUYỆN QUAN HÓA VÀ HUYỆN NHƯ XUÂN"),
        below=("(Tính đến ngày 31/12/2016)",),
    )
    row += 1
    row = header(
        ws,
        row,
        1,
        [
            ("TT",),
            ("Họ và tên",),
            ("Ngày sinh",),
            ("Giới tính",),
            ("Dân tộc",),
            ("Huyện",),
            ("Xã",),
            ("Chức vụ",),
            ("Ghi chú",),
        ],
    )
    stt = 0
    for block, district in ((people[:3], "Huyện Quan Hóa"), (people[3:], "Huyện Như Xuân")):
        put(ws, row, 6, district, center=True, down=len(block))
        for p in block:
            stt += 1
            commune = old_tone(p.short)
            values = [stt, p.name, p.birth, p.gender, p.ethnicity, None, commune, p.position]
            put_row(ws, row, 1, values)
            row += 1
        if district == "Huyện Quan Hóa":
            put(
                ws,
                row,
                1,
                "* Đội viên Phạm Thị Nga nghỉ chế độ thai sản từ ngày 01/11/2016.",
                italic=True,
                across=9,
            )
            row += 2  # and a blank row
    row += 1
    put(
        ws,
        row,
        1,
        "Ghi chú: Danh sách gồm 05 đội viên; 01 đội viên đã có quyết định thôi việc không "
        "đưa vào danh sách.",
        italic=True,
        across=9,
    )
    signature(
        ws,
        row + 2,
        2,
        6,
        place_date="Thanh Hóa, ngày 12 tháng 01 năm 2017",
        left_name="Lê Thị Hằng",
        right_name="Nguyễn Văn Thắng",
    )
    path = folder / "doi_vien_600_quan_hoa_nhu_xuan.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity")},
        note="a note row merged across the table between two districts, a blank row, the "
        "district cell merged down over its people, old tone placement in commune names "
        "(Hoá Quỳ, Xuân Hoà), the signer's name under the name column",
    )


# ----------------------------------------------------------------- 2. headers


@case("officers-header-4rows-hometown", "2 four header rows, empty row inside merges, Quê quán")
def header_4rows(folder: Path) -> Case:
    people = [
        Officer("Hà Văn Dũng", "Xã Điền Hạ", "Bá Thước", d(4, 3, 1987), "Nam", "Mường"),
        Officer("Bùi Thị Yến", "Xã Lương Ngoại", "Bá Thước", d(23, 9, 1988), "Nữ", "Mường"),
        Officer("Lê Văn Cường", "Xã Kỳ Tân", "Bá Thước", d(10, 1, 1986), "Nam", "Kinh"),
        Officer("Lang Văn Tâm", "Xã Xuân Cao", "Thường Xuân", d(19, 4, 1989), "Nam", "Thái"),
        Officer("Cầm Thị Diệp", "Xã Luận Khê", "Thường Xuân", d(6, 6, 1987), "Nữ", "Thái"),
        Officer("Nguyễn Hữu Nam", "Xã Vạn Xuân", "Thường Xuân", d(29, 8, 1988), "Nam", "Kinh"),
    ]
    # hometowns: real communes, never the one the person works in
    hometown = [
        "Xã Hoằng Phụ, huyện Hoằng Hóa",
        "Thiệu Hòa - Thiệu Hóa",
        "Xã Yên Nhân, Thường Xuân",
        "Điền Lư, Bá Thước",  # works in Thường Xuân, from another district of the file
        "Xã Luận Thành, huyện Thường Xuân",
        "Phường Đông Vệ, TP Thanh Hóa",
    ]
    training = [
        ("Đại học", "Luật", "Trung cấp"),
        ("Đại học", "Kinh tế nông nghiệp", "Sơ cấp"),
        ("Thạc sĩ", "Quản lý đất đai", "Trung cấp"),
        ("Đại học", "Nông học", None),
        ("Đại học", "Sư phạm Ngữ văn", "Sơ cấp"),
        ("Đại học", "Công nghệ thông tin", "Trung cấp"),
    ]
    people = [
        replace(p, program=DA600, position=PCT, education=e, major=m, political_theory=t)
        for p, (e, m, t) in zip(people, training, strict=True)
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Trích ngang"
    left = 2
    widths(ws, 1, [2, 5, 24, 12, 12, 9, 30, 11, 22, 12, 16, 14, 16])
    row = title_block(
        ws,
        left,
        12,
        title=("DANH SÁCH TRÍCH NGANG ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ",),
        below=("(Tính đến ngày 31/12/2014)",),
        unit_line=True,
    )
    row = header(
        ws,
        row,
        left,
        [
            ("STT",),
            ("Họ và tên",),
            ("Ngày, tháng, năm sinh", "Ngày, tháng, năm sinh", "Nam"),
            ("Ngày, tháng, năm sinh", "Ngày, tháng, năm sinh", "Nữ"),
            ("Dân tộc",),
            ("Quê quán",),
            ("Trình độ đào tạo", "Chuyên môn"),
            ("Trình độ đào tạo", "Chuyên ngành"),
            ("Trình độ đào tạo", "Lý luận chính trị"),
            ("Đơn vị công tác", "Xã"),
            ("Đơn vị công tác", "Huyện"),
            ("Ghi chú",),
        ],
        depth=4,
    )
    for i, p in enumerate(people):
        male = p.gender == "Nam"
        values = [i + 1, p.name, p.birth if male else None, None if male else p.birth]
        values += [p.ethnicity, hometown[i], p.education, p.major, p.political_theory]
        values += [p.short, f"Huyện {p.district}", ""]
        put_row(ws, row, left, values)
        row += 1
    signature(
        ws,
        row + 1,
        left + 1,
        left + 8,
        place_date="Thanh Hóa, ngày 08 tháng 01 năm 2015",
        left_name="Hoàng Thị Vân",
        right_name="Trịnh Văn Hùng",
    )
    path = folder / "trich_ngang_doi_vien_600_2014.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity", "education", "major", "political_theory")},
        note="four header rows with an empty row inside the merges; 'Ngày, tháng, năm sinh' "
        "merged over Nam | Nữ; 'Trình độ đào tạo' over Chuyên môn | Chuyên ngành | Lý luận "
        "chính trị; 'Đơn vị công tác' over Xã | Huyện; a Quê quán column naming other real "
        "communes, left of the work commune; post and programme from the title",
    )


@case("officers-abbrev-party", "2 abbreviated headers TT/TĐCM/LLCT/QLNN/PCT, Đảng viên marks")
def abbrev_party(folder: Path) -> Case:
    base = [
        ("Lữ Văn Hải", "Xã Trung Xuân", 1987, "Nam", "Thái", "x", True, "Trung cấp"),
        ("Phạm Thị Loan", "Xã Trung Thượng", 1988, "Nữ", "Thái", "X", True, "Sơ cấp"),
        ("Hà Văn Cương", "Xã Sơn Hà", 1986, "Nam", "Thái", "", False, None),
        ("Lê Thị Mận", "Xã Tam Thanh", 1989, "Nữ", "Kinh", "Có", True, "Sơ cấp"),
        ("Vi Văn Khánh", "Xã Sơn Điện", 1987, "Nam", "Thái", "-", False, "Sơ cấp"),
        ("Lương Văn Đông", "Xã Mường Mìn", 1988, "Nam", "Thái", 0, False, None),
    ]
    starts = [d(5, 3, 2012), d(5, 3, 2012), d(12, 4, 2012), d(12, 4, 2012), d(2, 7, 2012),
              d(2, 7, 2012)]  # fmt: skip
    lives = [
        "Khu 1, thị trấn Sơn Lư",
        "Bản Xia, xã Trung Thượng",
        "Bản Hậu, xã Sơn Hà",
        "Khu 3, thị trấn Sơn Lư",
        "Bản Na Nghịu, xã Sơn Điện",
        "Bản Mìn, xã Sơn Điện",  # lives in Sơn Điện, works in Mường Mìn
    ]
    people = []
    for (name, commune, year, gender, ethnicity, _, party, theory), start in zip(
        base, starts, strict=True
    ):
        born = Officer(name, commune, "Quan Sơn", year, gender, ethnicity, PCT, DA600, start)
        people.append(
            replace(born, party_member=party, education="Đại học", political_theory=theory)
        )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Quan Son"
    widths(ws, 1, [4, 22, 8, 8, 8, 8, 10, 10, 12, 14, 18, 14, 28])
    row = title_block(
        ws,
        1,
        13,
        agency=("UBND HUYỆN QUAN SƠN", "PHÒNG NỘI VỤ"),
        title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ",),
        below=("Năm 2013",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [
            ("TT",),
            ("Họ tên",),
            ("Năm sinh",),
            ("Giới tính",),
            ("Dân tộc",),
            ("Đảng viên",),
            ("Trình độ", "TĐCM"),
            ("Trình độ", "LLCT"),
            ("Trình độ", "QLNN"),
            ("Ngày được bầu giữ chức PCT UBND xã",),
            ("Xã/phường/thị trấn",),
            ("Số điện thoại",),
            ("Nơi ở hiện nay",),
        ],
    )
    phones = ["0912 345 678", "0987.112.334", "", "0373 556 210", "0945678123", ""]
    for i, p in enumerate(people):
        values = [i + 1, p.name, p.birth, p.gender, p.ethnicity, base[i][5], p.education]
        values += [p.political_theory, "Chuyên viên" if i % 2 else "", p.start_date, p.short]
        values += [phones[i], lives[i]]
        put_row(ws, row, 1, values)
        ws.cell(row=row, column=12).number_format = "@"
        row += 1
    put(ws, row, 2, "Tổng số: 06 đội viên", bold=True)
    signature(
        ws,
        row + 2,
        2,
        10,
        place_date="Quan Sơn, ngày 20 tháng 12 năm 2013",
        right=("TRƯỞNG PHÒNG",),
        right_name="Lò Văn Thịnh",
        left_name="Phạm Thị Hoa",
    )
    path = folder / "doi_vien_600_quan_son_2013.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={
            "officers": facts(
                people, "ethnicity", "start_date", "party_member", "education", "political_theory"
            )
        },
        note="abbreviated headers (TT, Họ tên, TĐCM, LLCT, QLNN, 'Ngày được bầu giữ chức PCT "
        "UBND xã'); Năm sinh as years only; Đảng viên marks x/X/blank/Có/-/0; Số điện thoại "
        "and Nơi ở hiện nay (another commune) hold no facts; district from 'UBND HUYỆN QUAN "
        "SƠN'",
    )


_COMMUNE_HEADERS = {
    "xa-phuong": "Xã, phường",
    "phuong-xa": "Phường Xã",
    "phuong-slash-xa": "Phường/Xã",
    "ten-xa-phuong-thi-tran": "Tên xã, phường, thị trấn",
    "dvhc-cap-xa": "Đơn vị hành chính cấp xã",
}

# Towns, wards and communes of Thanh Hóa, 2021-2024: (name, gender, birth, commune, district)
_TOWN_POOL = [
    ("Nguyễn Văn Hải", "Nam", d(5, 10, 1990), "Phường Hải Ninh", "Nghi Sơn"),
    ("Lê Thị Hoa", "Nữ", d(14, 2, 1992), "Xã Các Sơn", "Nghi Sơn"),
    ("Mai Văn Tùng", "Nam", d(30, 7, 1989), "Phường Hải Thanh", "Nghi Sơn"),
    ("Trịnh Minh Đức", "Nam", d(2, 1, 1991), "Phường Đông Vệ", "Thanh Hóa"),
    ("Đỗ Thị Ngọc Ánh", "Nữ", d(19, 11, 1993), "Phường Hàm Rồng", "Thanh Hóa"),
    ("Lê Đình Khoa", "Nam", d(8, 5, 1988), "Xã Đông Hoàng", "Thanh Hóa"),
    ("Hà Văn Thắng", "Nam", d(25, 12, 1990), "Thị trấn Sơn Lư", "Quan Sơn"),
    ("Phạm Thị Hương Giang", "Nữ", d(11, 3, 1994), "Xã Tam Lư", "Quan Sơn"),
    ("Vũ Thị Lan", "Nữ", d(7, 9, 1987), "Thị trấn Cành Nàng", "Bá Thước"),
    ("Trương Công Sơn", "Nam", d(16, 4, 1992), "Xã Lũng Niêm", "Bá Thước"),
]
_DISTRICT_SPELLINGS = {
    "Nghi Sơn": ["Thị xã Nghi Sơn", "TX Nghi Sơn", "TX. Nghi Sơn"],
    "Thanh Hóa": ["Thành phố Thanh Hóa", "TP. Thanh Hóa", "TP Thanh Hóa"],
    "Quan Sơn": ["Huyện Quan Sơn", "Quan Sơn", "H. Quan Sơn"],
    "Bá Thước": ["Huyện Bá Thước", "Bá Thước", "H. Bá Thước"],
}
_ABBR = {"Xã": "X.", "Phường": "P.", "Thị trấn": "TT."}
_HOMETOWNS = [
    "Xã Hoằng Lộc, huyện Hoằng Hóa",
    "Thiệu Vũ, Thiệu Hóa",
    "Xã Điền Lư - Bá Thước",
    "Xã Yên Khương, huyện Lang Chánh",
    "Xã Xuân Cao, Thường Xuân",
    "Thị trấn Mường Lát, huyện Mường Lát",
]
_POSTS = {
    "Xã": [CT, PCT, "Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội"],
    "Phường": ["Chủ tịch UBND phường", "Phó Chủ tịch UBND phường", "Công chức Tư pháp - Hộ tịch"],
    "Thị trấn": ["Phó Chủ tịch UBND thị trấn", "Công chức Văn phòng - Thống kê"],
}


def _commune_header_case(slug: str, label: str, seed: int) -> None:
    @case(f"officers-commune-header-{slug}", f"2 commune column named '{label}'")
    def build(folder: Path) -> Case:
        rnd = random.Random(seed)
        picked = rnd.sample(_TOWN_POOL, rnd.randint(4, 6))
        people = [
            Officer(
                name,
                commune,
                district,
                birth,
                gender,
                position=rnd.choice(_POSTS[commune_type(commune)]),
            )
            for name, gender, birth, commune, district in picked
        ]
        as_of = rnd.choice([d(31, 12, 2021), d(30, 6, 2022), d(31, 12, 2023), d(30, 9, 2024)])
        left = rnd.randint(1, 3)
        namnu = rnd.random() < 0.5
        grouped = rnd.random() < 0.5  # 'Đơn vị công tác' over commune | district
        district_label = rnd.choice(["Huyện", "Huyện, thị xã, thành phố", "Huyện/TX/TP"])
        paths: list[tuple[str, ...]] = [("STT",), ("Họ và tên",)]
        paths += (
            [("Ngày sinh", "Nam"), ("Ngày sinh", "Nữ")]
            if namnu
            else [("Ngày, tháng, năm sinh",), ("Giới tính",)]
        )
        paths += [("Quê quán",), ("Chức vụ",)]
        paths += (
            [("Đơn vị công tác", label), ("Đơn vị công tác", district_label)]
            if grouped
            else [(label,), (district_label,)]
        )
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = rnd.choice(["Sheet1", "DS", "Danh sach"])
        extra_title = rnd.randint(0, 3)
        row = title_block(
            ws,
            left,
            len(paths),
            form="Biểu số 02/NV" if extra_title > 1 else None,
            title=("DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ LÀ NGƯỜI CÓ TRÌNH ĐỘ ĐẠI HỌC",),
            below=(f"(Tính đến ngày {dmy(as_of)})",),
            unit_line=extra_title > 0,
            gap=extra_title,
        )
        row = header(
            ws,
            row,
            left,
            paths,
            numbering=rnd.choice([None, "paren", "digits"]),
        )
        hometowns = rnd.sample(_HOMETOWNS, len(people))
        for i, p in enumerate(people):
            commune = rnd.choice(
                [p.commune, p.short, f"{_ABBR[commune_type(p.commune)]} {p.short}"]
            )
            district = rnd.choice(_DISTRICT_SPELLINGS[p.district])
            values: list = [i + 1, p.name]
            if namnu:
                male = p.gender == "Nam"
                values += [p.birth if male else None, None if male else p.birth]
            else:
                values += [p.birth_text if rnd.random() < 0.5 else p.birth, p.gender]
            values += [hometowns[i], p.position, commune, district]
            put_row(ws, row, left, values)
            row += 1
        put(ws, row, left + 1, f"Tổng cộng: {len(people)} người", bold=True)
        signature(
            ws,
            row + 2,
            left + 1,
            left + len(paths) - 3,
            place_date=f"Thanh Hóa, ngày {as_of.day:02d} tháng {as_of.month:02d} năm {as_of.year}",
            left_name=rnd.choice(["Lê Thị Hằng", "Nguyễn Thị Thu Trang", "Hoàng Văn Bình"]),
            right_name=rnd.choice(["Trịnh Văn Hùng", "Lê Quang Hưng"]),
        )
        path = folder / f"can_bo_dai_hoc_{slug.replace('-', '_')}.xlsx"
        wb.save(path)
        return Case(
            path,
            expect={"officers": facts(people)},
            note=f"commune column headed '{label}' (wards, towns and communes), district as "
            "'TX Nghi Sơn', 'TP. Thanh Hóa'…, a Quê quán column naming other real communes; "
            f"{'Nam | Nữ birth columns' if namnu else 'a Giới tính column'}"
            f"{', under Đơn vị công tác' if grouped else ''}",
        )


for _seed, (_slug, _label) in enumerate(_COMMUNE_HEADERS.items(), start=2601):
    _commune_header_case(_slug, _label, _seed)


# ----------------------------------------------------------------- 3. shapes: sheets


def _simple_sheet(
    ws: Worksheet,
    people: list[Officer],
    *,
    agency: tuple[str, ...],
    title: tuple[str, ...],
    as_of: str,
    commune_label: str = "Xã",
    position_col: bool = True,
    total: str | None = "Cộng",
    place_date: str = "Thanh Hóa, ngày 10 tháng 01 năm 2017",
) -> None:
    """One roster sheet: title block, one header row, the people, a total, signatures."""
    paths = [("STT",), ("Họ và tên",), ("Ngày sinh",), ("Giới tính",), (commune_label,)]
    if position_col:
        paths.append(("Chức vụ",))
    widths(ws, 1, [5, 24, 12, 9, 18, 16, 22])
    row = title_block(ws, 1, len(paths), agency=agency, title=title, below=(as_of,))
    row = header(ws, row + 1, 1, paths)
    for i, p in enumerate(people, start=1):
        values = [i, p.name, p.birth, p.gender, p.short]
        if position_col:
            values.append(p.position)
        put_row(ws, row, 1, values)
        row += 1
    if total:
        put(ws, row, 2, f"{total}: {len(people)} người", bold=True)
    signature(ws, row + 2, 2, 5, place_date=place_date, right_name="Lê Văn Phúc")


@case("officers-sheet-per-district", "3 per-unit sheets: the district only in the sheet name")
def sheet_per_district(folder: Path) -> Case:
    vp = "Công chức Văn phòng - Thống kê"
    sheets = {
        "Mường Lát": [
            Officer("Lò Thị Xuân", "Xã Tam Chung", "Mường Lát", d(3, 3, 1995), "Nữ", position=vp),
            Officer("Hà Văn Sơn", "Thị trấn Mường Lát", "Mường Lát", d(12, 7, 1993), "Nam",
                    position=PCT),
            Officer("Giàng A Chử", "Xã Nhi Sơn", "Mường Lát", d(21, 1, 1994), "Nam",
                    position=vp),
        ],
        "H. Quan Sơn": [
            Officer("Phạm Văn Bảo", "Xã Sơn Thủy", "Quan Sơn", d(9, 10, 1992), "Nam",
                    position=PCT),
            Officer("Lữ Thị Ngân", "Xã Na Mèo", "Quan Sơn", d(30, 5, 1996), "Nữ", position=vp),
        ],
        "TX Nghi Sơn": [
            Officer("Nguyễn Thị Thu Hà", "Phường Hải Hòa", "Nghi Sơn", d(17, 8, 1991), "Nữ",
                    position=vp),
            Officer("Lê Văn Chiến", "Xã Thanh Thủy", "Nghi Sơn", d(6, 2, 1990), "Nam",
                    position=PCT),
            Officer("Đào Duy Tùng", "Xã Anh Sơn", "Nghi Sơn", d(24, 12, 1993), "Nam",
                    position=vp),
        ],
    }  # fmt: skip
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, people in sheets.items():
        ws = wb.create_sheet(name)
        _simple_sheet(
            ws,
            people,
            agency=("UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"),
            title=("DANH SÁCH CÔNG CHỨC CẤP XÃ LÀ TRÍ THỨC TRẺ",),
            as_of="(Tính đến ngày 31/12/2021)",
            commune_label="Xã, thị trấn",
            place_date="Thanh Hóa, ngày 07 tháng 01 năm 2022",
        )
    lists = wb.create_sheet("DM")
    for r, item in enumerate(["Xã Tam Chung", "Xã Sơn Thủy", "Phường Hải Hòa", "Nam", "Nữ"], 1):
        lists.cell(row=r, column=1, value=item)
    lists.sheet_state = "hidden"
    path = folder / "cong_chuc_tre_theo_huyen_2021.xlsx"
    wb.save(path)
    everyone = [p for people in sheets.values() for p in people]
    return Case(
        path,
        expect={"officers": facts(everyone)},
        note="one sheet per district named 'Mường Lát', 'H. Quan Sơn', 'TX Nghi Sơn', no "
        "district column and no district in the titles; a hidden list sheet",
    )


@case("officers-sheet-per-district-title-xls", "3 per-unit sheets (.xls): district from the title")
def sheet_per_district_xls(folder: Path) -> Case:
    sheets = {
        "UBND HUYỆN MƯỜNG LÁT": [
            Officer("Lò Văn Hặc", "Xã Mường Chanh", "Mường Lát", d(18, 2, 1987), "Nam", "Thái"),
            Officer("Vi Thị Lả", "Xã Quang Chiểu", "Mường Lát", d(1, 11, 1988), "Nữ", "Thái"),
            Officer("Sùng A Lềnh", "Xã Pù Nhi", "Mường Lát", d(9, 6, 1986), "Nam", "Mông"),
        ],
        "UBND HUYỆN QUAN SƠN": [
            Officer("Lương Văn Pẩng", "Xã Trung Tiến", "Quan Sơn", d(23, 3, 1988), "Nam", "Thái"),
            Officer("Hà Thị Bích", "Xã Trung Hạ", "Quan Sơn", d(4, 8, 1989), "Nữ", "Thái"),
        ],
    }
    wb = xlwt.Workbook(encoding="utf-8")
    bold = xlwt.easyxf("font: bold on, name Times New Roman; align: horiz center, wrap on")
    italic = xlwt.easyxf("font: italic on, name Times New Roman; align: horiz center")
    plain = xlwt.easyxf("font: name Times New Roman")
    date = xlwt.easyxf("font: name Times New Roman", num_format_str="dd/mm/yyyy")
    everyone = []
    for n, (agency, people) in enumerate(sheets.items(), start=1):
        ws = wb.add_sheet(f"Sheet{n}")
        ws.write_merge(0, 0, 0, 2, agency, plain)
        ws.write_merge(1, 1, 0, 2, "PHÒNG NỘI VỤ", bold)
        ws.write_merge(0, 0, 3, 5, MOTTO, bold)
        ws.write_merge(1, 1, 3, 5, MOTTO2, bold)
        ws.write_merge(3, 3, 0, 5, "DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ", bold)
        ws.write_merge(4, 4, 0, 5, "(Tính đến ngày 30/6/2016)", italic)
        for c, label in enumerate(["STT", "Họ và tên", "Ngày sinh", "Nam/Nữ", "Dân tộc", "Xã"]):
            ws.write(6, c, label, bold)
        r = 7
        for i, p in enumerate(people, start=1):
            p = replace(p, position=PCT, program=DA600)
            everyone.append(p)
            for c, value in enumerate([i, p.name, p.birth, p.gender, p.ethnicity, p.short]):
                ws.write(r, c, value, date if isinstance(value, dt.date) else plain)
            r += 1
        ws.write(r, 1, "Cộng", bold)
        ws.write(r, 3, len(people), plain)
        ws.write(r + 2, 4, "TRƯỞNG PHÒNG", bold)
        ws.write(r + 2, 1, "NGƯỜI LẬP BIỂU", bold)
        ws.write(r + 6, 1, "Hà Thị Thoa", bold)
        ws.write(r + 6, 4, "Lò Văn Minh", bold)
    path = folder / "doi_vien_600_hai_huyen.xls"
    wb.save(str(path))
    return Case(
        path,
        expect={"officers": facts(everyone, "ethnicity")},
        note="old .xls; sheets named Sheet1/Sheet2, each district given only by its title "
        "'UBND HUYỆN MƯỜNG LÁT' / 'UBND HUYỆN QUAN SƠN' (no province anywhere); post and "
        "programme from the title; 'Cộng' with the count under Nam/Nữ",
    )


def _summary_rows(ws: Worksheet, people: list[Officer], *, title: str, groups: bool) -> None:
    """A summary sheet repeating the people of the unit sheets, by district."""
    if groups:
        paths = [("STT",), ("Họ và tên",), ("Ngày sinh",), ("Giới tính",), ("Xã",)]
    else:
        paths = [("STT",), ("Họ và tên",), ("Ngày sinh",), ("Giới tính",), ("Xã",), ("Huyện",)]
    row = title_block(ws, 1, len(paths), title=(title,), below=("(Tính đến ngày 31/12/2016)",))
    row = header(ws, row + 1, 1, paths, numbering="paren")
    districts = list(dict.fromkeys(p.district for p in people))
    for g, district in enumerate(districts):
        members = [p for p in people if p.district == district]
        if groups:
            put(ws, row, 1, ["I", "II", "III", "IV"][g], bold=True)
            put(ws, row, 2, f"HUYỆN {district.upper()}", bold=True)
            row += 1
        for i, p in enumerate(members, start=1):
            values = [i, p.name, p.birth, p.gender, p.short]
            if not groups:
                values.append(district)
            put_row(ws, row, 1, values)
            row += 1
    put(ws, row, 2, f"Tổng cộng: {len(people)} đội viên", bold=True)


_BA_THUOC = [
    Officer("Hà Văn Hưởng", "Xã Thành Sơn", "Bá Thước", d(2, 5, 1987), "Nam", program=DA600),
    Officer("Trương Thị Thắm", "Xã Lương Trung", "Bá Thước", d(28, 8, 1988), "Nữ", program=DA600),
    Officer("Lê Văn Quang", "Xã Văn Nho", "Bá Thước", d(15, 12, 1986), "Nam", program=DA600),
]
_QUAN_HOA = [
    Officer("Phạm Văn Tiến", "Xã Thành Sơn", "Quan Hóa", d(7, 7, 1987), "Nam", program=DA600),
    Officer("Ngân Thị Huệ", "Xã Nam Tiến", "Quan Hóa", d(13, 1, 1989), "Nữ", program=DA600),
]


@case("officers-summary-th", "3 per-district sheets plus a summary sheet 'TH'")
def summary_th(folder: Path) -> Case:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, people in (("Bá Thước", _BA_THUOC), ("Quan Hóa", _QUAN_HOA)):
        _simple_sheet(
            wb.create_sheet(name),
            people,
            agency=("UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"),
            title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600",),
            as_of="(Tính đến ngày 31/12/2016)",
            position_col=False,
        )
    _summary_rows(
        wb.create_sheet("TH"),
        _BA_THUOC + _QUAN_HOA,
        title="TỔNG HỢP DANH SÁCH ĐỘI VIÊN DỰ ÁN 600",
        groups=False,
    )
    path = folder / "doi_vien_600_tong_hop_2016.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(_BA_THUOC + _QUAN_HOA)},
        note="sheets 'Bá Thước' and 'Quan Hóa' (each with a Xã Thành Sơn) and a summary 'TH' "
        "repeating everyone with a Huyện column: each person stored once",
    )


@case("officers-summary-toan-tinh-first", "3 summary sheet 'Toàn tỉnh' first, grouped by district")
def summary_toan_tinh(folder: Path) -> Case:
    muong_lat = [
        Officer("Lò Văn Pọm", "Xã Trung Lý", "Mường Lát", d(1, 1, 1988), "Nam", program=DA600),
        Officer("Hà Thị Yên", "Xã Mường Lý", "Mường Lát", d(5, 5, 1987), "Nữ", program=DA600),
    ]
    quan_son = [
        Officer("Lữ Văn Tình", "Xã Sơn Điện", "Quan Sơn", d(9, 9, 1986), "Nam", program=DA600),
        Officer("Vi Thị Mơ", "Xã Tam Lư", "Quan Sơn", d(12, 12, 1989), "Nữ", program=DA600),
    ]
    thuong_xuan = [
        Officer("Lê Thị Huyền", "Xã Lương Sơn", "Thường Xuân", d(4, 4, 1988), "Nữ", program=DA600),
        Officer("Cầm Bá Hùng", "Xã Xuân Lẹ", "Thường Xuân", d(6, 6, 1987), "Nam", program=DA600),
    ]
    everyone = muong_lat + quan_son + thuong_xuan
    wb = openpyxl.Workbook()
    _summary_rows(
        wb.active,
        everyone,
        title="DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 TOÀN TỈNH",
        groups=True,
    )
    wb.active.title = "Toàn tỉnh"
    for name, people in (
        ("Mường Lát", muong_lat),
        ("Quan Sơn", quan_son),
        ("Thường Xuân", thuong_xuan),
    ):
        _simple_sheet(
            wb.create_sheet(name),
            people,
            agency=("UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"),
            title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600",),
            as_of="(Tính đến ngày 31/12/2016)",
            position_col=False,
            total="Cộng",
        )
    path = folder / "doi_vien_600_toan_tinh.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(everyone)},
        note="summary sheet 'Toàn tỉnh' first, grouped by 'I | HUYỆN MƯỜNG LÁT' rows, then "
        "one sheet per district: each person once",
    )


@case("officers-summary-missing-person", "3 summary sheet 'Tổng hợp' missing one person: warning")
def summary_missing(folder: Path) -> Case:
    muong_lat = [
        Officer("Lò Văn Đôi", "Xã Tam Chung", "Mường Lát", d(3, 8, 1987), "Nam", program=DA600),
        Officer("Vi Văn Kiểm", "Xã Pù Nhi", "Mường Lát", d(17, 4, 1988), "Nam", program=DA600),
        Officer("Hà Thị Pâng", "Xã Nhi Sơn", "Mường Lát", d(25, 10, 1989), "Nữ", program=DA600),
    ]
    quan_son = [
        Officer("Lương Thị Nhàn", "Xã Trung Xuân", "Quan Sơn", d(2, 2, 1988), "Nữ", program=DA600),
        Officer("Phạm Bá Thiêm", "Xã Sơn Hà", "Quan Sơn", d(11, 11, 1986), "Nam", program=DA600),
        Officer("Hà Văn Chung", "Xã Mường Mìn", "Quan Sơn", d(30, 6, 1987), "Nam", program=DA600),
        Officer("Lò Thị Hiên", "Xã Tam Thanh", "Quan Sơn", d(14, 2, 1989), "Nữ", program=DA600),
    ]
    everyone = muong_lat + quan_son
    wb = openpyxl.Workbook()
    _summary_rows(
        wb.active,
        [p for p in everyone if p.name != "Phạm Bá Thiêm"],  # forgotten in the summary
        title="TỔNG HỢP ĐỘI VIÊN DỰ ÁN 600",
        groups=False,
    )
    wb.active.title = "Tổng hợp"
    for name, people in (("Mường Lát", muong_lat), ("Quan Sơn", quan_son)):
        _simple_sheet(
            wb.create_sheet(name),
            people,
            agency=("UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"),
            title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600",),
            as_of="(Tính đến ngày 31/12/2016)",
            position_col=False,
        )
    path = folder / "doi_vien_600_tong_hop_thieu.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(everyone)},
        warn_at=[("Tổng hợp", None)],
        note="summary 'Tổng hợp' leaves out one person of the Quan Sơn sheet: the unit sheets "
        "are stored, the summary disagrees, a warning on it",
    )


# ----------------------------------------------------------------- 4. left out


@case("officers-title-600-pct-caobang", "4 post and programme from the title, province too")
def title_600_caobang(folder: Path) -> Case:
    def o(name, commune, district, birth, gender, ethnicity, major):
        return Officer(
            name, commune, district, birth, gender, ethnicity, PCT, DA600, major=major,
            province="Cao Bằng",
        )  # fmt: skip

    # Bảo Lâm is also a district of Lâm Đồng: the title block says which province.
    people = [
        o("Nông Văn Thành", "Xã Lý Bôn", "Bảo Lâm", d(10, 10, 1987), "Nam", "Tày", "Luật"),
        o("Lý Thị Mai", "Xã Nam Quang", "Bảo Lâm", d(3, 6, 1988), "Nữ", "Dao", "Kế toán"),
        o("Hoàng Văn Tú", "Xã Quảng Lâm", "Bảo Lâm", d(22, 2, 1986), "Nam", "Nùng", "Nông học"),
        o("Đàm Thị Hạnh", "Xã Cần Yên", "Hà Quảng", d(15, 8, 1989), "Nữ", "Tày", "Kinh tế"),
        o("Lục Văn Hoan", "Xã Lương Thông", "Hà Quảng", d(7, 4, 1987), "Nam", "Nùng", "Lâm sinh"),
        o("Triệu Văn Quý", "Xã Triệu Nguyên", "Nguyên Bình", d(1, 9, 1988), "Nam", "Dao",
          "Chăn nuôi - Thú y"),
        o("Mã Thị Lan", "Xã Canh Tân", "Thạch An", d(19, 12, 1987), "Nữ", "Tày",
          "Quản lý đất đai"),
    ]  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DV600"
    widths(ws, 1, [5, 24, 12, 9, 9, 22, 18, 16])
    row = title_block(
        ws,
        1,
        8,
        agency=("UBND TỈNH CAO BẰNG", "SỞ NỘI VỤ"),
        title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ",),
        below=("(Tính đến ngày 31/12/2015)",),
        unit_line=True,
    )
    row = header(
        ws,
        row,
        1,
        [
            ("STT",),
            ("Họ và tên",),
            ("Ngày sinh",),
            ("Giới tính",),
            ("Dân tộc",),
            ("Chuyên ngành đào tạo",),
            ("Xã",),
            ("Huyện",),
        ],
        numbering="paren",
    )
    for i, p in enumerate(people, start=1):
        values = [i, p.name, p.birth_text, p.gender, p.ethnicity, p.major, p.short, p.district]
        put_row(ws, row, 1, values)
        row += 1
    put(ws, row, 2, "Cộng: 07 đội viên", bold=True)
    signature(
        ws,
        row + 2,
        2,
        6,
        place_date="Cao Bằng, ngày 15 tháng 01 năm 2016",
        left_name="Bế Thị Thu",
        right_name="Nông Văn Chí",
    )
    path = folder / "doi_vien_600_cao_bang_2015.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity", "major")},
        note="no Chức vụ column: 'DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ' gives the "
        "post and the programme; the province only in 'UBND TỈNH CAO BẰNG' (Bảo Lâm is also in "
        "Lâm Đồng)",
    )


@case("officers-title-two-posts", "4 title naming two posts: position unknown, still loads")
def title_two_posts(folder: Path) -> Case:
    people = [
        Officer("Hà Văn Minh", "Xã Thành Sơn", "Quan Hóa", d(6, 3, 1972), "Nam", "Thái"),
        Officer("Phạm Thị Tươi", "Xã Trung Sơn", "Quan Hóa", d(17, 5, 1980), "Nữ", "Mường"),
        Officer("Lò Văn Hùng", "Thị trấn Hồi Xuân", "Quan Hóa", d(29, 9, 1976), "Nam", "Thái"),
        Officer("Ngân Văn Thuận", "Xã Phú Lệ", "Quan Hóa", d(3, 12, 1983), "Nam", "Thái"),
        Officer("Hà Thị Hương", "Xã Nam Xuân", "Quan Hóa", d(20, 1, 1985), "Nữ", "Thái"),
    ]
    written = ["Thành Sơn", "Trung Sơn", "TT Hồi Xuân", "Phú Lệ", "Nam Xuân"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CT, PCT"
    widths(ws, 1, [5, 24, 12, 9, 9, 18])
    row = title_block(
        ws,
        1,
        6,
        agency=("UBND HUYỆN QUAN HÓA", "PHÒNG NỘI VỤ"),
        title=("DANH SÁCH CHỦ TỊCH, PHÓ CHỦ TỊCH UBND XÃ", "NHIỆM KỲ 2021 - 2026"),
        below=("(Tính đến ngày 31/12/2022)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [("STT",), ("Họ và tên",), ("Ngày sinh",), ("Giới tính",), ("Dân tộc",), ("Xã, thị trấn",)],
    )
    for i, p in enumerate(people):
        put_row(ws, row, 1, [i + 1, p.name, p.birth, p.gender, p.ethnicity, written[i]])
        row += 1
    signature(
        ws,
        row + 1,
        2,
        4,
        place_date="Quan Hóa, ngày 06 tháng 01 năm 2023",
        right=("TRƯỞNG PHÒNG",),
        right_name="Lương Văn Tư",
        left_name="Hà Thị Ánh",
    )
    path = folder / "ct_pct_ubnd_xa_quan_hoa.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity")},
        note="title names two posts (CHỦ TỊCH, PHÓ CHỦ TỊCH UBND XÃ) and there is no Chức vụ "
        "column: position NULL, no refusal; district only from 'UBND HUYỆN QUAN HÓA' (Thành "
        "Sơn is also in Bá Thước)",
    )


@case("officers-minimal-columns", "4 only STT, name, commune and district")
def minimal_columns(folder: Path) -> Case:
    people = [
        Officer("Lê Văn Toàn", "Xã Luận Thành", "Thường Xuân"),
        Officer("Nguyễn Thị Thanh", "Xã Ngọc Phụng", "Thường Xuân"),
        Officer("Lò Văn Khải", "Xã Bãi Trành", "Như Xuân"),
        Officer("Phạm Thị Thu Hằng", "Thị trấn Yên Cát", "Như Xuân"),
        Officer("Hà Văn Dương", "Xã Tam Văn", "Lang Chánh"),
    ]
    written = [
        ("Luận Thành", "Thường Xuân"),
        ("Ngọc Phụng", "Thường Xuân"),
        ("Bãi Trành", "Như Xuân"),
        ("TT Yên Cát", "Như Xuân"),
        ("Tam Văn", "Lang Chánh"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Luân chuyển 2024"
    widths(ws, 1, [5, 26, 18, 16])
    row = title_block(
        ws,
        1,
        4,
        title=("DANH SÁCH CÔNG CHỨC CẤP XÃ ĐƯỢC LUÂN CHUYỂN",),
        below=("Năm 2024",),
        gap=0,
    )
    row = header(ws, row + 1, 1, [("STT",), ("Họ và tên",), ("Xã",), ("Huyện",)])
    for i, (p, (commune, district)) in enumerate(zip(people, written, strict=True), start=1):
        put_row(ws, row, 1, [i, p.name, commune, district])
        row += 1
    path = folder / "luan_chuyen_2024.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, *ALL_EXTRA)},
        warn_at=[(None, None)],
        note="only STT, Họ và tên, Xã, Huyện: loads, every other column NULL (no party "
        "column: party_member unknown) with a warning for the file; province only from the "
        "title block",
    )


# ----------------------------------------------------------------- 5. units


@case("officers-unit-spellings", "5 units with and without type, abbreviations, spaces, NFD")
def unit_spellings(folder: Path) -> Case:
    people_written = [
        (Officer("Lò Văn Thịnh", "Xã Tam Chung", "Mường Lát", d(1, 4, 1990), "Nam"),
         "Xã Tam Chung", "Huyện Mường Lát"),
        (Officer("Vi Thị Phương", "Xã Pù Nhi", "Mường Lát", d(9, 9, 1991), "Nữ"),
         "X. Pù Nhi", "H. Mường Lát"),
        (Officer("Giàng A Páo", "Xã Mường Lý", "Mường Lát", d(14, 1, 1992), "Nam"),
         "xã  Mường Lý", "Mường Lát"),
        (Officer("Hà Văn Khởi", "Thị trấn Sơn Lư", "Quan Sơn", d(30, 4, 1989), "Nam"),
         "TT. Sơn Lư", "H. Quan Sơn"),
        (Officer("Lữ Thị Vân", "Xã Sơn Thủy", "Quan Sơn", d(2, 9, 1993), "Nữ"),
         nfd("Sơn Thuỷ"), f"Quan{NBSP}Sơn"),
        (Officer("Trương Văn Mạnh", "Thị trấn Cành Nàng", "Bá Thước", d(19, 5, 1990), "Nam"),
         "Thị trấn Cành Nàng", "H.Bá Thước"),
        (Officer("Nguyễn Thị Quỳnh", "Phường Đông Vệ", "Thanh Hóa", d(7, 7, 1994), "Nữ"),
         "P. Đông Vệ", "TP. Thanh Hóa"),
        (Officer("Lê Hữu Tài", "Phường Hải Hòa", "Nghi Sơn", d(11, 11, 1988), "Nam"),
         "P. Hải Hoà", "TX Nghi Sơn"),
        (Officer("Mai Thị Hạnh", "Xã Thanh Thủy", "Nghi Sơn", d(26, 3, 1992), "Nữ"),
         f" Thanh Thủy{NBSP}", "Thị xã  Nghi Sơn "),
        (Officer("Phạm Văn Nhất", "Xã Thành Sơn", "Bá Thước", d(13, 6, 1991), "Nam"),
         "Thành Sơn", nfd("Huyện Bá Thước")),
    ]  # fmt: skip
    people = [p for p, _, _ in people_written]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tăng cường"
    widths(ws, 1, [5, 24, 12, 9, 20, 18, 20])
    row = title_block(
        ws,
        1,
        7,
        title=("DANH SÁCH CÁN BỘ TRẺ ĐƯỢC TĂNG CƯỜNG VỀ XÃ",),
        below=("(Tính đến ngày 31/12/2022)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [
            ("STT",),
            ("Họ và tên",),
            ("Ngày sinh",),
            ("Giới tính",),
            ("Xã",),
            ("Huyện",),
            ("Ghi chú",),
        ],
        numbering="digits",
    )
    for i, (p, commune, district) in enumerate(people_written, start=1):
        put_row(ws, row, 1, [i, p.name, p.birth, p.gender, commune, district])
        row += 1
    signature(ws, row + 1, 2, 5, place_date="Thanh Hóa, ngày 10 tháng 01 năm 2023")
    path = folder / "can_bo_tang_cuong_2022.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people)},
        note="'Xã Tam Chung', 'X. Pù Nhi', 'xã  Mường Lý', 'TT. Sơn Lư', 'P. Đông Vệ', "
        "'P. Hải Hoà', 'Thành Sơn'; districts 'H. Mường Lát', 'H.Bá Thước', 'TP. Thanh Hóa', "
        "'TX Nghi Sơn', 'Thị xã  Nghi Sơn '; non-breaking spaces, NFD text, old tone placement",
    )


@case("officers-tone-pairs", "5 communes differing only by a tone mark, commune named as its town")
def tone_pairs(folder: Path) -> Case:
    vhxh = "Công chức Văn hóa - Xã hội"

    def o(name, commune, district, birth, gender):
        return Officer(name, commune, district, birth, gender, position=vhxh)

    people = [
        o("Lê Văn Phú", "Xã Hoằng Phú", "Hoằng Hóa", d(4, 2, 1990), "Nam"),
        o("Lê Thị Phụng", "Xã Hoằng Phụ", "Hoằng Hóa", d(15, 6, 1991), "Nữ"),
        o("Nguyễn Văn Đồng", "Xã Hoằng Đồng", "Hoằng Hóa", d(23, 8, 1989), "Nam"),
        o("Nguyễn Thị Đông", "Xã Hoằng Đông", "Hoằng Hóa", d(8, 12, 1992), "Nữ"),
        o("Lê Đình Quỳ", "Xã Hoằng Quỳ", "Hoằng Hóa", d(17, 3, 1988), "Nam"),
        o("Hoàng Thị Quý", "Xã Hoằng Quý", "Hoằng Hóa", d(29, 10, 1993), "Nữ"),
        o("Trịnh Văn Hòa", "Xã Thiệu Hòa", "Thiệu Hóa", d(1, 5, 1990), "Nam"),
        o("Lê Thị Hóa", "Thị trấn Thiệu Hóa", "Thiệu Hóa", d(12, 9, 1991), "Nữ"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "VH-XH"
    widths(ws, 1, [5, 24, 12, 9, 16, 14, 28])
    row = title_block(
        ws,
        1,
        7,
        title=("DANH SÁCH CÔNG CHỨC VĂN HÓA - XÃ HỘI CẤP XÃ",),
        below=("(Tính đến ngày 30/6/2023)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [
            ("TT",),
            ("Họ và tên",),
            ("Ngày sinh",),
            ("Giới tính",),
            ("Xã",),
            ("Huyện",),
            ("Chức vụ",),
        ],
    )
    for i, p in enumerate(people, start=1):
        put_row(ws, row, 1, [i, p.name, p.birth, p.gender, p.short, p.district, p.position])
        row += 1
    signature(ws, row + 1, 2, 5, place_date="Thanh Hóa, ngày 05 tháng 7 năm 2023")
    path = folder / "cong_chuc_vhxh_2023.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people)},
        note="Hoằng Phú / Hoằng Phụ, Hoằng Đồng / Hoằng Đông, Hoằng Quỳ / Hoằng Quý in one "
        "district, and 'Thiệu Hòa' (xã) / 'Thiệu Hóa' (thị trấn) written bare: the exact name "
        "decides, each to its own code",
    )


_HA_GIANG = [
    ("Sùng Mí Chá", "Thị trấn Phố Bảng", "Đồng Văn", d(12, 2, 1990), "Nam", "Mông"),
    ("Lò Thị Dính", "Xã Lũng Cú", "Đồng Văn", d(1, 8, 1992), "Nữ", "Lô Lô"),
    ("Vàng Seo Dình", "Xã Má Lé", "Đồng Văn", d(20, 4, 1991), "Nam", "Mông"),
    ("Lý Thị Mỷ", "Thị trấn Mèo Vạc", "Mèo Vạc", d(5, 11, 1993), "Nữ", "Dao"),
    ("Giàng Mí Lử", "Xã Thượng Phùng", "Mèo Vạc", d(18, 6, 1989), "Nam", "Mông"),
    ("Nguyễn Thị Thoa", "Xã Kim Thạch", "Vị Xuyên", d(27, 9, 1990), "Nữ", "Tày"),
]


@case("officers-codes-numbers-hagiang", "5 Mã xã as numbers that lost their leading zeros")
def codes_numbers(folder: Path) -> Case:
    people = [
        Officer(n, c, dist, b, g, e, province="Hà Giang") for n, c, dist, b, g, e in _HA_GIANG
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    widths(ws, 1, [5, 24, 12, 9, 9, 9, 18, 14])
    row = title_block(
        ws,
        1,
        8,
        agency=("UBND TỈNH HÀ GIANG", "SỞ NỘI VỤ"),
        title=("DANH SÁCH CÔNG CHỨC TRẺ CẤP XÃ CÁC HUYỆN VÙNG CAO",),
        below=("(Tính đến ngày 31/12/2018)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [
            ("STT",),
            ("Họ và tên",),
            ("Ngày sinh",),
            ("Giới tính",),
            ("Dân tộc",),
            ("Mã xã",),
            ("Tên xã",),
            ("Huyện",),
        ],
    )
    for i, p in enumerate(people, start=1):
        values = [i, p.name, p.birth, p.gender, p.ethnicity, int(p.code), p.short, p.district]
        put_row(ws, row, 1, values)
        row += 1
    path = folder / "cong_chuc_tre_ha_giang_2018.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people, "ethnicity")},
        note="a Mã xã column typed as numbers (712 for 00712) beside the commune names",
    )


@case(
    "officers-codes-text-hanoi", "5 Mã ĐVHC as text beside the name, a ward name in two provinces"
)
def codes_text(folder: Path) -> Case:
    people = [
        Officer("Nguyễn Thu Trang", "Phường Ngọc Hà", "Ba Đình", d(3, 3, 1990), "Nữ"),
        Officer("Trần Đức Minh", "Phường Điện Biên", "Ba Đình", d(16, 7, 1988), "Nam"),
        Officer("Phùng Văn Lợi", "Thị trấn Tây Đằng", "Ba Vì", d(24, 1, 1991), "Nam"),
        Officer("Đỗ Thị Hồng Nhung", "Xã Cổ Đô", "Ba Vì", d(9, 10, 1992), "Nữ"),
        Officer("Kiều Văn Toàn", "Xã Minh Trí", "Sóc Sơn", d(30, 12, 1989), "Nam"),
    ]
    people = [replace(p, province="Hà Nội") for p in people]
    written_code = [people[0].code, people[1].code, people[2].code, "", people[4].code]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS"
    widths(ws, 1, [5, 24, 12, 9, 10, 24, 16])
    row = title_block(
        ws,
        1,
        7,
        agency=("UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ"),
        title=("DANH SÁCH CÔNG CHỨC TRẺ CẤP XÃ, PHƯỜNG, THỊ TRẤN",),
        below=("(Tính đến ngày 31/12/2023)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [
            ("STT",),
            ("Họ và tên",),
            ("Ngày sinh",),
            ("Giới tính",),
            ("Mã ĐVHC",),
            ("Xã, phường, thị trấn",),
            ("Quận, huyện",),
        ],
    )
    for i, p in enumerate(people):
        prefix = "Quận" if p.district == "Ba Đình" else "Huyện"
        values = [i + 1, p.name, p.birth, p.gender, written_code[i], p.commune]
        values.append(f"{prefix} {p.district}")
        put_row(ws, row, 1, values)
        ws.cell(row=row, column=5).number_format = "@"
        row += 1
    path = folder / "cong_chuc_tre_ha_noi_2023.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people)},
        note="'Mã ĐVHC' as text with its leading zeros ('00016') beside the name, one row "
        "without a code; Phường Ngọc Hà and Phường Điện Biên also exist in other provinces",
    )


@case("officers-code-contradicts-name", "5 a code contradicting the name on its row: refused")
def code_contradicts(folder: Path) -> Case:
    people = [
        Officer(n, c, dist, b, g, e, province="Hà Giang") for n, c, dist, b, g, e in _HA_GIANG
    ]
    lung_tao = legacy_commune("Hà Giang", "Đồng Văn", "Lũng Táo")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sach"
    row = title_block(
        ws,
        1,
        7,
        agency=("UBND TỈNH HÀ GIANG", "SỞ NỘI VỤ"),
        title=("DANH SÁCH CÔNG CHỨC TRẺ CẤP XÃ",),
        below=("(Tính đến ngày 31/12/2019)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [("STT",), ("Họ và tên",), ("Ngày sinh",), ("Giới tính",), ("Mã xã",), ("Xã",), ("Huyện",)],
    )
    bad_row = None
    for i, p in enumerate(people, start=1):
        code = p.code
        if p.commune == "Xã Má Lé":  # the code of Lũng Táo, the name of Má Lé
            code, bad_row = lung_tao, row
        values = [i, p.name, p.birth, p.gender, code, p.short, p.district]
        put_row(ws, row, 1, values)
        ws.cell(row=row, column=5).number_format = "@"
        row += 1
    path = folder / "cong_chuc_tre_ha_giang_sai_ma.xlsx"
    wb.save(path)
    return Case(
        path,
        status="refused",
        error_at=[("Danh sach", bad_row)],
        note="Mã xã 00724 (Lũng Táo) on the row of 'Má Lé' (00718): an error naming both, "
        "at that row",
    )


@case("officers-2025-new-communes", "5 a roster after 1/7/2025: new communes, no district")
def roster_2025(folder: Path) -> Case:
    def o(name, commune, birth, gender, position):
        return Officer(name, commune, None, birth, gender, position=position, era="2025")

    people = [
        o("Lê Văn Thành", "Xã Pù Luông", d(5, 5, 1980), "Nam", "Chủ tịch UBND xã"),
        o("Hà Thị Nguyệt", "Xã Quý Lương", d(12, 8, 1984), "Nữ", "Phó Chủ tịch UBND xã"),
        o("Nguyễn Huy Hoàng", "Phường Hạc Thành", d(20, 1, 1978), "Nam", "Chủ tịch UBND phường"),
        o("Lữ Văn Tâm", "Xã Quan Sơn", d(3, 11, 1982), "Nam", "Chủ tịch UBND xã"),
        o("Phạm Thị Thu", "Xã Linh Sơn", d(27, 6, 1986), "Nữ", "Phó Chủ tịch UBND xã"),
        o("Lò Văn Tuyên", "Xã Mường Lát", d(14, 9, 1983), "Nam", "Chủ tịch UBND xã"),
        o("Trương Thị Hiền", "Xã Văn Phú", d(9, 2, 1988), "Nữ", "Phó Chủ tịch UBND xã"),
    ]
    written = ["Pù Luông", "Xã Quý Lương", "P. Hạc Thành", "Quan Sơn", "Xã Linh Sơn",
               "Mường Lát", "xã Văn Phú"]  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lãnh đạo UBND"
    widths(ws, 1, [5, 24, 12, 9, 26, 20])
    row = title_block(
        ws,
        1,
        6,
        title=("DANH SÁCH LÃNH ĐẠO UBND XÃ, PHƯỜNG SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH",),
        below=("(Tính đến ngày 15/10/2025)",),
        form="Biểu số 01",
    )
    row = header(
        ws,
        row + 1,
        1,
        [("STT",), ("Họ và tên",), ("Ngày sinh",), ("Giới tính",), ("Chức vụ",), ("Xã, phường",)],
    )
    for i, p in enumerate(people):
        put_row(ws, row, 1, [i + 1, p.name, p.birth_text, p.gender, p.position, written[i]])
        row += 1
    signature(ws, row + 1, 2, 4, place_date="Thanh Hóa, ngày 20 tháng 10 năm 2025")
    path = folder / "lanh_dao_ubnd_xa_2025.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people)},
        note="as of 15/10/2025: no district column, communes of the 2025 era (Pù Luông, Hạc "
        "Thành, Xã Quan Sơn, Xã Mường Lát that was a thị trấn before): era '2025' and the "
        "2025 codes",
    )


# ----------------------------------------------------------------- 6. values


@case("officers-date-and-gender-forms", "6 birth dates and genders typed every way, capitals")
def date_forms(folder: Path) -> Case:
    # (stored name, typed name, birth as stored, birth as typed, gender, typed gender)
    rows = [
        ("Lò Văn Hải", "Lò Văn Hải", d(12, 5, 1986), d(12, 5, 1986), "Nam", "Nam"),
        ("Vi Thị Lan", "Vi Thị Lan", d(12, 5, 1986), 31544, "Nữ", "Nữ"),
        ("Hà Văn Kiên", "Hà Văn Kiên", d(12, 3, 1990), "12/3/1990", "Nam", "nam"),
        ("Lương Thị Nụ", "Lương Thị Nụ", d(5, 11, 1988), "05/11/88", "Nữ", "nữ"),
        ("NGUYỄN THỊ HÒA", "NGUYỄN THỊ HOÀ", d(3, 12, 1990), "03-12-1990", "Nữ", "NỮ"),
        ("Phạm Văn Tú", "Phạm Văn Tú", d(21, 7, 1987), "21.07.1987", "Nam", "M"),
        ("Lê Thị Thủy", "Lê Thị Thuỷ", d(2, 9, 1989), "ngày 2 tháng 9 năm 1989", "Nữ", "F"),
        ("HÀ VĂN TUẤN", "HÀ VĂN TUẤN", 1990, "1990", "Nam", "NAM"),
        ("Cầm Thị Vân", "Cầm  Thị   Vân ", 1991, 1991, "Nữ", " Nữ"),
        ("Lữ Văn Đức", nfd("Lữ Văn Đức"), d(30, 1, 1992), "30/01/1992", "Nam", "Nam"),
    ]
    communes = ["Tam Chung", "Pù Nhi", "Mường Lý", "Trung Lý", "Quang Chiểu", "Nhi Sơn",
                "Mường Chanh", "Tam Chung", "Pù Nhi", "Mường Lý"]  # fmt: skip
    people = [
        Officer(name, f"Xã {c}", "Mường Lát", birth, gender, position=PCT, program=DA600)
        for (name, _, birth, _, gender, _), c in zip(rows, communes, strict=True)
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mường Lát"
    widths(ws, 1, [5, 26, 24, 10, 16, 16])
    row = title_block(
        ws,
        1,
        6,
        agency=("UBND HUYỆN MƯỜNG LÁT", "PHÒNG NỘI VỤ"),
        title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ",),
        below=("(Tính đến ngày 31/12/2017)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [("STT",), ("Họ và tên",), ("Ngày, tháng, năm sinh",), ("Giới tính",), ("Xã",), ("Huyện",)],
    )
    for i, (_, typed, _, birth, _, gender) in enumerate(rows):
        put_row(ws, row, 1, [i + 1, typed, birth, gender, communes[i], "Mường Lát"])
        if isinstance(birth, int):
            ws.cell(row=row, column=3).number_format = "General"
        row += 1
    path = folder / "doi_vien_600_ngay_sinh.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": facts(people)},
        note="birth as an Excel date, the serial 31544, '12/3/1990', '05/11/88', "
        "'03-12-1990', '21.07.1987', 'ngày 2 tháng 9 năm 1989', '1990' and 1991 (year only); "
        "gender Nam/nam/nữ/NỮ/M/F/NAM; names in capitals kept as typed, old tone placement, "
        "NFD and stray spaces normalised",
    )


@case("officers-birth-in-future-xls", "6 a birth date in the future (.xls): refused at its row")
def birth_future(folder: Path) -> Case:
    people = [
        ("Lò Văn Chiến", d(2, 2, 1987), "Nam", "Tam Chung"),
        ("Hà Thị Mai", d(15, 4, 2031), "Nữ", "Pù Nhi"),  # typed 2031 for 1991
        ("Vi Văn Hòa", d(8, 8, 1988), "Nam", "Trung Lý"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("DS can bo")
    bold = xlwt.easyxf("font: bold on; align: horiz center")
    date = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    ws.write_merge(0, 0, 0, 2, "UBND HUYỆN MƯỜNG LÁT")
    ws.write_merge(1, 1, 0, 2, "PHÒNG NỘI VỤ", bold)
    ws.write_merge(0, 0, 3, 5, MOTTO, bold)
    ws.write_merge(2, 2, 0, 5, "DANH SÁCH ĐỘI VIÊN DỰ ÁN 600", bold)
    ws.write_merge(3, 3, 0, 5, "(Tính đến ngày 31/12/2016)")
    for c, label in enumerate(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Xã", "Huyện"]):
        ws.write(5, c, label, bold)
    bad_row = None
    for i, (name, birth, gender, commune) in enumerate(people):
        r = 6 + i
        for c, value in enumerate([i + 1, name, birth, gender, commune, "Mường Lát"]):
            ws.write(r, c, value, date if isinstance(value, dt.date) else xlwt.Style.default_style)
        if birth.year > 2026:
            bad_row = r + 1  # the row number Excel shows
    path = folder / "doi_vien_600_sai_nam_sinh.xls"
    wb.save(str(path))
    return Case(
        path,
        status="refused",
        error_at=[("DS can bo", bad_row)],
        note="a birth date in 2031 in an .xls file: refused, the error at its row",
    )


@case("officers-birth-age-limits", "6 ages under 16 and over 80 at the as-of date: refused")
def age_limits(folder: Path) -> Case:
    rows = [
        ("Lữ Văn Minh", "12/06/1987", "Nam", "Trung Xuân"),
        ("Hà Thị Ngọc", "10/02/2003", "Nữ", "Sơn Hà"),  # 13 years old on 31/12/2016
        ("Phạm Văn Khang", "20/11/1988", "Nam", "Na Mèo"),
        ("Lương Văn Sinh", "01/07/1932", "Nam", "Tam Lư"),  # 84 years old
        ("Vi Thị Hạnh", "05/05/1989", "Nữ", "Mường Mìn"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    row = title_block(
        ws,
        1,
        6,
        agency=("UBND HUYỆN QUAN SƠN", "PHÒNG NỘI VỤ"),
        title=("DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ",),
        below=("(Tính đến ngày 31/12/2016)",),
    )
    row = header(
        ws,
        row + 1,
        1,
        [("STT",), ("Họ và tên",), ("Ngày sinh",), ("Giới tính",), ("Xã",)],
        numbering="paren",
    )
    bad = []
    for i, (name, birth, gender, commune) in enumerate(rows, start=1):
        put_row(ws, row, 1, [i, name, birth, gender, commune])
        if birth.endswith(("2003", "1932")):
            bad.append(("Sheet1", row))
        row += 1
    path = folder / "doi_vien_600_quan_son_tuoi.xlsx"
    wb.save(path)
    return Case(
        path,
        status="refused",
        error_at=bad,
        note="one person 13 and one 84 years old at the as-of date 31/12/2016: refused, an "
        "error at each row",
    )
