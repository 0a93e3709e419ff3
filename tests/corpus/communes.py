"""Commune results: new-rural (NTM) criteria and other commune indicators.

Workbooks as districts and the province's NTM office send them: matrices of the 19 (or 10)
criteria under one merged header, named by numbers, TC1…TC19, names or under criterion
groups, with sub-criteria beside or instead of their criterion; one sheet per district with
or without a summary sheet; the year and the criteria set said only by the title, the
as-of line or the sheet's name; names of communes as clerks type them; every kind of mark.

Every file is written from the facts first (which criteria each commune met, its level,
its indicators), the way a clerk would type them, and the expectation comes from the same
facts and the reference data (``base.legacy_commune``, ``base.new_commune``).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tests.corpus.base import (
    MOTTO,
    MOTTO2,
    Case,
    case,
    legacy_commune,
    legacy_district,
    new_commune,
)

TH = "Thanh Hóa"
BOLD = Font(bold=True)
ITALIC = Font(italic=True)
WRAP = Alignment(wrap_text=True, horizontal="center", vertical="center")

# Names of the criteria as a clerk types them in a header: the annexes' names with the
# small liberties real files take (old tone placement, a dropped comma, line breaks).
NAMES_2016 = (
    "Quy hoạch",
    "Giao thông",
    "Thuỷ lợi",
    "Điện",
    "Trường học",
    "Cơ sở vật chất\nvăn hoá",
    "Cơ sở hạ tầng thương mại nông thôn",
    "Thông tin và\ntruyền thông",
    "Nhà ở dân cư",
    "Thu nhập",
    "Hộ nghèo",
    "Lao động có việc làm",
    "Tổ chức sản xuất",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Văn hoá",
    "Môi trường và an toàn thực phẩm",
    "Hệ thống chính trị và tiếp cận pháp luật",
    "Quốc phòng và An ninh",
)
NAMES_2021 = (
    "Quy hoạch",
    "Giao thông",
    "Thủy lợi và phòng chống thiên tai",
    "Điện",
    "Trường học",
    "Cơ sở vật chất văn hóa",
    "Cơ sở hạ tầng thương mại nông thôn",
    "Thông tin và Truyền thông",
    "Nhà ở dân cư",
    "Thu nhập",
    "Nghèo đa chiều",
    "Lao động",
    "Tổ chức sản xuất và phát triển kinh tế nông thôn",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Văn hóa",
    "Môi trường và an toàn thực phẩm",
    "Hệ thống chính trị và tiếp cận pháp luật",
    "Quốc phòng và An ninh",
)
NAMES_2026 = (
    "Quy hoạch",
    "Hạ tầng kinh tế - xã hội",
    "Phát triển kinh tế nông thôn",
    "Đào tạo nguồn nhân lực nông thôn",
    "Văn hóa, giáo dục, y tế",
    "Giảm nghèo và an sinh xã hội",
    "Khoa học công nghệ và chuyển đổi số",
    "Môi trường và cảnh quan nông thôn",
    "Xây dựng hệ thống chính trị và hành chính công",
    "Tiếp cận pháp luật và an ninh, quốc phòng",
)
# The five groups of the 19 criteria (both the 2016-2020 and 2021-2025 sets), with how
# many criteria each holds, in order.
GROUPS_19 = (
    ("Quy hoạch", 1),
    ("Hạ tầng kinh tế - xã hội", 8),
    ("Kinh tế và tổ chức sản xuất", 4),
    ("Văn hóa - Xã hội - Môi trường", 4),
    ("Hệ thống chính trị", 2),
)
SUB_2 = tuple(f"2.{i}" for i in range(1, 5))
SUB_17 = tuple(f"17.{i}" for i in range(1, 11))

MET_MARKS = ("x", "X", "x ", "Đ", "Đạt", "đạt", 1, "✓", "Có")
NOT_MET_MARKS = (None, 0, "-", "CĐ", "Chưa đạt", "Không đạt", "K", "Không")

GĐVH = "tỷ lệ gia đình văn hóa"
THON = "tỷ lệ thôn văn hóa"
NGHEO = "tỷ lệ hộ nghèo"
XVH = "xã văn hóa"
TRU_SO = "trụ sở kiên cố"


# ----------------------------------------------------------------- the facts


@dataclass
class Result:
    """What one commune reached in one year, and how its name is typed."""

    code: str
    written: str  # the commune's name as the clerk typed it
    year: int
    met: dict[int, bool] = field(default_factory=dict)  # criterion -> met (columns present)
    subs: dict[str, bool] = field(default_factory=dict)  # '17.10' -> met
    level: str | None = None
    recognized: int | None = None
    count: int | None = None  # "Số tiêu chí đạt" when the file has no criteria columns
    indicators: dict[str, float] = field(default_factory=dict)
    district: str = ""  # the district as the file writes it, where it writes one

    @property
    def criteria_met(self) -> int | None:
        if self.count is not None:
            return self.count
        return sum(self.met.values()) if self.met else None


def draw_met(rng: random.Random, n: int, k: int) -> dict[int, bool]:
    """k of n criteria met; criterion 1 (Quy hoạch) first, as it is everywhere."""
    others = rng.sample(range(2, n + 1), k - 1) if k > 0 else []
    chosen = {1, *others} if k > 0 else set()
    return {i: i in chosen for i in range(1, n + 1)}


def all_met(n: int = 19) -> dict[int, bool]:
    return dict.fromkeys(range(1, n + 1), True)


LEVEL_TEXT = {
    "NTM": ("Đạt chuẩn NTM", "NTM", "Đạt chuẩn"),
    "NTM nâng cao": ("NTM nâng cao", "Đạt chuẩn NTM nâng cao"),
    "NTM kiểu mẫu": ("NTM kiểu mẫu", "Đạt chuẩn NTM kiểu mẫu"),
}


def level_text(level: str | None, style: int = 0) -> str | None:
    if level is None:
        return None
    texts = LEVEL_TEXT[level]
    return texts[style % len(texts)]


def expect(
    results: list[Result],
    era: str,
    criteria_set: str,
    *,
    ntm: bool = True,
    criteria: bool = True,
    subs: bool = False,
    indicators: bool = False,
) -> dict[str, list[dict]]:
    """The rows the views must hold for these facts."""
    out: dict[str, list[dict]] = {}
    if ntm:
        out["commune_ntm"] = [
            {
                "era": era,
                "commune_code": r.code,
                "year": r.year,
                "criteria_set": criteria_set,
                "criteria_met": r.criteria_met,
                "ntm_level": r.level,
                "recognized_year": r.recognized,
            }
            for r in results
        ]
    if criteria:
        out["commune_ntm_criteria"] = [
            {"era": era, "commune_code": r.code, "year": r.year, "criterion_no": no, "met": m}
            for r in results
            for no, m in sorted(r.met.items())
        ]
    if subs:
        out["commune_ntm_subcriteria"] = [
            {
                "era": era,
                "commune_code": r.code,
                "year": r.year,
                "criterion_no": int(s.split(".")[0]),
                "sub_criterion": s,
                "met": m,
            }
            for r in results
            for s, m in r.subs.items()
        ]
    if indicators:
        out["commune_indicators"] = [
            {"era": era, "commune_code": r.code, "year": r.year, "indicator": k, "value": v}
            for r in results
            for k, v in r.indicators.items()
        ]
    return {view: rows for view, rows in out.items() if rows}


# ----------------------------------------------------------------- writing aids


def put(ws: Worksheet, row: int, col: int, values: list | tuple) -> None:
    for i, v in enumerate(values):
        if v is not None:
            ws.cell(row, col + i, v)


def merge(ws: Worksheet, r1: int, c1: int, r2: int, c2: int) -> None:
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def title_block(
    ws: Worksheet,
    *,
    left: tuple[str, ...],
    title: tuple[str, ...],
    width: int,
    col: int = 1,
    row: int = 1,
    right: tuple[str, ...] = (MOTTO, MOTTO2),
    corner: str | None = None,
) -> int:
    """Agency on the left, motto on the right, a bold title across; returns the row
    after the blank line that follows it."""
    rc = col + max(width - 7, width // 2)
    r = row
    if corner:
        ws.cell(r, col + width - 2, corner).font = ITALIC
        r += 1
    for i in range(max(len(left), len(right))):
        if i < len(left):
            ws.cell(r + i, col, left[i]).font = BOLD
            merge(ws, r + i, col, r + i, col + 2)
        if i < len(right):
            ws.cell(r + i, rc, right[i]).font = BOLD
            merge(ws, r + i, rc, r + i, col + width - 1)
    r += max(len(left), len(right)) + 1
    for i, line in enumerate(title):
        ws.cell(r, col, line).font = BOLD if i == 0 else ITALIC
        ws.cell(r, col).alignment = Alignment(horizontal="center")
        merge(ws, r, col, r, col + width - 1)
        r += 1
    return r + 1


def signature(
    ws: Worksheet,
    row: int,
    col: int,
    width: int,
    *,
    place_date: str,
    left: str = "NGƯỜI LẬP BIỂU",
    right: str = "CHỦ TỊCH",
    names: tuple[str, str] = ("Lê Thị Hà", "Phạm Văn Thành"),
) -> int:
    rc = col + max(width - 6, width // 2)
    ws.cell(row + 1, rc, place_date).font = ITALIC
    ws.cell(row + 2, col + 1, left).font = BOLD
    ws.cell(row + 2, rc, right).font = BOLD
    ws.cell(row + 3, col + 1, "(Ký, ghi rõ họ tên)").font = ITALIC
    ws.cell(row + 3, rc, "(Ký tên, đóng dấu)").font = ITALIC
    ws.cell(row + 7, col + 1, names[0]).font = BOLD
    ws.cell(row + 7, rc, names[1]).font = BOLD
    return row + 8


def matrix_head(
    ws: Worksheet,
    row: int,
    col: int,
    *,
    lead: tuple[str, ...],
    top: str,
    levels: list[list[tuple[object, int]]],
    tail: tuple[str, ...],
    down: dict[int, int] | None = None,
) -> tuple[int, int]:
    """Lead columns merged down, ``top`` merged across the criteria, then the rows in
    ``levels`` under it (each a list of (label, span)), then tail columns merged down.
    ``down`` merges a cell of the first level down to the last (by its index in that
    level), as a group of one criterion is often written. Returns (first data row, first
    criterion column)."""
    depth = 1 + len(levels)
    c = col
    for label in lead:
        ws.cell(row, c, label).font = BOLD
        merge(ws, row, c, row + depth - 1, c)
        c += 1
    first = c
    width = sum(span for _, span in levels[-1])
    ws.cell(row, first, top).font = BOLD
    merge(ws, row, first, row, first + width - 1)
    for depth_i, level in enumerate(levels):
        r = row + 1 + depth_i
        c = first
        for idx, (label, span) in enumerate(level):
            if label is not None:
                ws.cell(r, c, label).font = BOLD
            if depth_i == 0 and down and idx in down:
                merge(ws, r, c, r + down[idx], c + span - 1)
            else:
                merge(ws, r, c, r, c + span - 1)
            c += span
    c = first + width
    for label in tail:
        ws.cell(row, c, label).font = BOLD
        merge(ws, row, c, row + depth - 1, c)
        c += 1
    for r in range(row, row + depth):
        for cc in range(col, c):
            ws.cell(r, cc).alignment = WRAP
    return row + depth, first


def flat_head(ws: Worksheet, row: int, col: int, labels: list[str] | tuple[str, ...]) -> int:
    for i, label in enumerate(labels):
        cell = ws.cell(row, col + i, label)
        cell.font = BOLD
        cell.alignment = WRAP
    return row + 1


def mark(rng: random.Random, met: bool, yes: tuple = ("x",), no: tuple = (None,)) -> object:
    return rng.choice(yes) if met else rng.choice(no)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def widths(ws: Worksheet, col: int, name_col: int, n: int) -> None:
    for c in range(col, col + n):
        ws.column_dimensions[get_column_letter(c)].width = 6
    ws.column_dimensions[get_column_letter(name_col)].width = 22


def counts_row(results: list[Result], crits: list) -> list[int]:
    """A "Cộng" row: how many communes met each criterion column."""
    return [sum(1 for r in results if r.met.get(c, r.subs.get(str(c), False))) for c in crits]


# ----------------------------------------------------------------- section 3: matrices


@case("communes-matrix-numbers-quan-son-2022", "3 matrix numbers")
def matrix_numbers(folder: Path) -> Case:
    """The classic district matrix: numbers 1…19 under "Các tiêu chí đạt (đánh dấu x)",
    "Số tiêu chí đạt" and "Mức đạt chuẩn" merged down, a Cộng row, the year and the
    district only in the title block."""
    rng = random.Random(3101)
    names = ["Trung Xuân", "Trung Thượng", "Trung Tiến", "Trung Hạ", "Sơn Hà", "Tam Thanh"]
    ks = [12, 9, 15, 19, 11, 14]
    res = []
    for name, k in zip(names, ks, strict=True):
        met = draw_met(rng, 19, k)
        res.append(
            Result(
                legacy_commune(TH, "Quan Sơn", name),
                f"Xã {name}",
                2022,
                met=met,
                level="NTM" if k == 19 else None,
            )
        )
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    width = 2 + 19 + 3
    r = title_block(
        ws,
        left=("UBND HUYỆN QUAN SƠN", "BAN CHỈ ĐẠO CÁC CTMTQG"),
        title=(
            "KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI NĂM 2022",
            "(Kèm theo Báo cáo số 215/BC-BCĐ ngày 20/12/2022 của Ban Chỉ đạo huyện)",
        ),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("TT", "Tên xã"),
        top="Các tiêu chí đạt (đánh dấu x)",
        levels=[[(i, 1) for i in range(1, 20)]],
        tail=("Số tiêu chí đạt", "Mức đạt chuẩn", "Ghi chú"),
    )
    widths(ws, first, 2, 19)
    for i, x in enumerate(res, start=1):
        marks = [mark(rng, x.met[c]) for c in range(1, 20)]
        put(ws, r, 1, [i, x.written, *marks, x.criteria_met, level_text(x.level)])
        r += 1
    put(ws, r, 1, [None, "Cộng", *counts_row(res, list(range(1, 20)))])
    ws.cell(r, 2).font = BOLD
    signature(ws, r + 1, 1, width, place_date="Quan Sơn, ngày 20 tháng 12 năm 2022")
    path = folder / "ntm_quan_son_2022.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025"),
        note="matrix 1…19 (numbers) under a merged header; year and district from the title",
    )


@case("communes-matrix-tc-phu-yen-2018-2019", "3 matrix TC1…TC19")
def matrix_tc(folder: Path) -> Case:
    """TC1…TC19 under "Kết quả đánh giá theo từng tiêu chí", a Huyện and a Năm column,
    two years per commune, marks "Đạt"/"đạt"/"Chưa đạt", the year recognised."""
    rng = random.Random(3102)
    # (commune, criteria met in 2018, in 2019, year recognised)
    communes = [
        ("Xuân Phước", 19, 19, 2018),
        ("Xuân Quang 1", 14, 16, None),
        ("Xuân Quang 2", 12, 13, None),
        ("Đa Lộc", 17, 19, 2019),
        ("Xuân Long", 12, 12, None),
    ]
    res = []
    for name, k18, k19, rec in communes:
        code = legacy_commune("Phú Yên", "Đồng Xuân", name)
        met19 = draw_met(rng, 19, k19)
        dropped = rng.sample([c for c in range(2, 20) if met19[c]], k19 - k18)
        met18 = {c: m and c not in dropped for c, m in met19.items()}
        for year, met in ((2018, met18), (2019, met19)):
            full = all(met.values())
            res.append(
                Result(
                    code,
                    name,
                    year,
                    met=met,
                    level="NTM" if full else None,
                    recognized=rec if full else None,
                    district="Đồng Xuân",
                )
            )
    wb = Workbook()
    ws = wb.active
    ws.title = "NTM"
    width = 4 + 19 + 3
    r = title_block(
        ws,
        left=("UBND TỈNH PHÚ YÊN", "VĂN PHÒNG ĐIỀU PHỐI", "CHƯƠNG TRÌNH NTM TỈNH"),
        title=("KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ ĐẠT TIÊU CHÍ NÔNG THÔN MỚI CÁC XÃ",),
        width=width,
        corner="Biểu số 03",
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("STT", "Xã", "Huyện", "Năm"),
        top="Kết quả đánh giá theo từng tiêu chí",
        levels=[[(f"TC{i}", 1) for i in range(1, 20)]],
        tail=("Số TC đạt", "Mức đạt chuẩn", "Năm được công nhận"),
    )
    widths(ws, first, 2, 19)
    for i, x in enumerate(res, start=1):
        marks = [mark(rng, x.met[c], ("Đạt", "đạt"), ("Chưa đạt",)) for c in range(1, 20)]
        put(ws, r, 1, [i, x.written, x.district, x.year, *marks])
        put(ws, r, first + 19, [x.criteria_met, level_text(x.level), x.recognized])
        r += 1
    ws.cell(r + 1, 1, "Ghi chú: Năm 2018 đánh giá theo Quyết định số 1980/QĐ-TTg.")
    signature(ws, r + 2, 1, width, place_date="Tuy Hòa, ngày 05 tháng 01 năm 2020")
    path = folder / "ntm_dong_xuan_2018_2019.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2016-2020"),
        note="TC1…TC19, Huyện and Năm columns, two years per commune, Đạt/Chưa đạt marks",
    )


@case("communes-matrix-names-1980-ba-thuoc-2019", "3 matrix criterion names")
def matrix_names(folder: Path) -> Case:
    """The criteria named (2016-2020 names, with line breaks and old tone placement)
    under "Các tiêu chí đã đạt"; marks X, "x " and 1/0; no level column; year and set
    from the title; the table starts in column B."""
    rng = random.Random(3103)
    names = ["Điền Thượng", "Điền Hạ", "Điền Quang", "Thành Sơn", "Lương Ngoại", "Ái Thượng"]
    ks = [17, 19, 14, 10, 16, 12]
    res = [
        Result(legacy_commune(TH, "Bá Thước", n), f"xã {n}", 2019, met=draw_met(rng, 19, k))
        for n, k in zip(names, ks, strict=True)
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    col = 2
    width = 2 + 19 + 2
    r = title_block(
        ws,
        col=col,
        left=("UBND HUYỆN BÁ THƯỚC", "PHÒNG NÔNG NGHIỆP VÀ PTNT"),
        title=(
            "KẾT QUẢ THỰC HIỆN 19 TIÊU CHÍ NÔNG THÔN MỚI CÁC XÃ NĂM 2019",
            "(theo Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ)",
        ),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        col,
        lead=("TT", "Tên xã"),
        top="Các tiêu chí đã đạt",
        levels=[[(n, 1) for n in NAMES_2016]],
        tail=("Số tiêu chí đạt", "Ghi chú"),
    )
    ws.row_dimensions[r - 1].height = 90
    widths(ws, first, col + 1, 19)
    for i, x in enumerate(res, start=1):
        marks = [mark(rng, x.met[c], ("X", "x ", 1), (None, 0)) for c in range(1, 20)]
        put(ws, r, col, [i, x.written, *marks, x.criteria_met])
        r += 1
    signature(
        ws,
        r,
        col,
        width,
        place_date="Bá Thước, ngày 28 tháng 12 năm 2019",
        right="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
    )
    path = folder / "tieu_chi_ntm_ba_thuoc_2019.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2016-2020"),
        note="criteria named (1980 names) in the header; X/x /1/0 marks; year from title",
    )


@case("communes-matrix-groups-hoang-hoa-2024", "3 matrix criterion groups")
def matrix_groups(folder: Path) -> Case:
    """Three header levels: "Kết quả thực hiện các tiêu chí" over the five criterion
    groups over the criteria's names ("Quy hoạch" merged down: a group of one); a Năm
    column; marks ✓ and -; levels up to NTM kiểu mẫu and the year of recognition."""
    rng = random.Random(3104)
    rows = [
        ("Hoằng Xuân", 19, "NTM nâng cao", 2019),
        ("Hoằng Giang", 19, "NTM kiểu mẫu", 2018),
        ("Hoằng Kim", 19, "NTM", 2017),
        ("Hoằng Trung", 18, None, None),
        ("Hoằng Sơn", 19, "NTM nâng cao", 2016),
    ]
    res = [
        Result(
            legacy_commune(TH, "Hoằng Hóa", n),
            n,
            2024,
            met=draw_met(rng, 19, k),
            level=lv,
            recognized=rec,
        )
        for n, k, lv, rec in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoằng Hóa"
    width = 3 + 19 + 3
    r = title_block(
        ws,
        left=("UBND HUYỆN HOẰNG HÓA",),
        title=("BẢNG TỔNG HỢP MỨC ĐỘ ĐẠT CHUẨN NÔNG THÔN MỚI CÁC XÃ",),
        width=width,
    )
    names_row: list[tuple[object, int]] = [(None, 1)] + [(n, 1) for n in NAMES_2021[1:]]
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("STT", "Tên xã", "Năm"),
        top="Kết quả thực hiện các tiêu chí",
        levels=[list(GROUPS_19), names_row],
        tail=("Số tiêu chí đạt", "Mức đạt chuẩn", "Năm đạt chuẩn NTM"),
        down={0: 1},
    )
    widths(ws, first, 2, 19)
    for i, x in enumerate(res, start=1):
        marks = [mark(rng, x.met[c], ("✓",), ("-",)) for c in range(1, 20)]
        put(ws, r, 1, [i, x.written, x.year, *marks, x.criteria_met, level_text(x.level, 1)])
        put(ws, r, first + 21, [x.recognized])
        r += 1
    signature(ws, r, 1, width, place_date="Hoằng Hóa, ngày 15 tháng 12 năm 2024")
    path = folder / "ntm_hoang_hoa_nhom_tieu_chi.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025"),
        note="criteria under a third header level of criterion groups, names below",
    )


def _sub_facts(rng: random.Random, met: dict[int, bool], sub_of: dict[int, tuple[str, ...]]):
    """Sub-criteria consistent with their criterion: all met when it is met, else at least
    one missed."""
    subs: dict[str, bool] = {}
    for crit, names in sub_of.items():
        if met[crit]:
            subs.update(dict.fromkeys(names, True))
        else:
            missed = set(rng.sample(names, rng.randint(1, min(3, len(names)))))
            subs.update({s: s not in missed for s in names})
    return subs


@case("communes-matrix-subcriteria-beside-thieu-hoa-2024", "3 matrix sub-criteria beside")
def matrix_subs_beside(folder: Path) -> Case:
    """Sub-criteria 2.1…2.4 and 17.1…17.10 (text cells) each after their criterion's own
    column in the row of numbers."""
    rng = random.Random(3105)
    names = ["Thiệu Ngọc", "Thiệu Vũ", "Thiệu Phúc", "Thiệu Tiến", "Thiệu Công"]
    ks = [19, 17, 18, 16, 19]
    res = []
    for n, k in zip(names, ks, strict=True):
        met = draw_met(rng, 19, k)
        res.append(
            Result(
                legacy_commune(TH, "Thiệu Hóa", n),
                f"Xã {n}",
                2024,
                met=met,
                subs=_sub_facts(rng, met, {2: SUB_2, 17: SUB_17}),
                level="NTM nâng cao" if k == 19 else None,
            )
        )
    columns: list[object] = []
    for c in range(1, 20):
        columns.append(c)
        columns.extend({2: SUB_2, 17: SUB_17}.get(c, ()))
    wb = Workbook()
    ws = wb.active
    ws.title = "TH tiêu chí"
    width = 2 + len(columns) + 2
    r = title_block(
        ws,
        left=("UBND HUYỆN THIỆU HÓA", "VĂN PHÒNG ĐIỀU PHỐI NTM"),
        title=("KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ, CHỈ TIÊU XÃ NÔNG THÔN MỚI NĂM 2024",),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("TT", "Tên xã"),
        top="Các tiêu chí đạt (đánh dấu x)",
        levels=[[(c, 1) for c in columns]],
        tail=("Số tiêu chí đạt", "Mức đạt chuẩn"),
    )
    widths(ws, first, 2, len(columns))
    for i, x in enumerate(res, start=1):
        cells = [mark(rng, x.met[c] if isinstance(c, int) else x.subs[c], ("x",)) for c in columns]
        put(ws, r, 1, [i, x.written, *cells, x.criteria_met, level_text(x.level)])
        r += 1
    signature(ws, r, 1, width, place_date="Thiệu Hóa, ngày 18 tháng 12 năm 2024")
    path = folder / "ntm_thieu_hoa_chi_tieu.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025", subs=True),
        note="sub-criteria 2.x and 17.x beside their criterion",
    )


@case("communes-matrix-subcriteria-instead-muong-lat-2023", "3 matrix sub-criteria instead")
def matrix_subs_instead(folder: Path) -> Case:
    """Criteria 2 and 17 given only by their sub-criteria (2.1…2.4, 17.1…17.10): their
    own rows are derived, met when every sub-criterion is. A Năm column."""
    rng = random.Random(3106)
    names = ["Tam Chung", "Mường Lý", "Trung Lý", "Quang Chiểu", "Pù Nhi", "Nhi Sơn"]
    ks = [11, 8, 13, 9, 10, 7]
    res = []
    for n, k in zip(names, ks, strict=True):
        met = draw_met(rng, 19, k)
        res.append(
            Result(
                legacy_commune(TH, "Mường Lát", n),
                n,
                2023,
                met=met,
                subs=_sub_facts(rng, met, {2: SUB_2, 17: SUB_17}),
            )
        )
    columns: list[object] = []
    for c in range(1, 20):
        columns.extend({2: SUB_2, 17: SUB_17}.get(c, (str(c),)))
    wb = Workbook()
    ws = wb.active
    ws.title = "Mường Lát"
    width = 3 + len(columns) + 2
    r = title_block(
        ws,
        left=("UBND HUYỆN MƯỜNG LÁT",),
        title=("TỔNG HỢP KẾT QUẢ THỰC HIỆN TIÊU CHÍ, CHỈ TIÊU NÔNG THÔN MỚI",),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("STT", "Xã", "Năm"),
        top="Các tiêu chí, chỉ tiêu đạt",
        levels=[[(c, 1) for c in columns]],
        tail=("Số tiêu chí đạt", "Mức đạt chuẩn"),
    )
    widths(ws, first, 2, len(columns))
    for i, x in enumerate(res, start=1):
        cells = [mark(rng, x.subs[c] if "." in c else x.met[int(c)], ("x", "X")) for c in columns]
        put(ws, r, 1, [i, x.written, x.year, *cells, x.criteria_met])
        r += 1
    ws.cell(r + 1, 1, "* Tiêu chí 2 và 17 đạt khi đạt tất cả các chỉ tiêu.")
    path = folder / "ntm_muong_lat_chi_tieu_2023.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025", subs=True),
        note="sub-criteria instead of criteria 2 and 17: those criteria derived",
    )


@case("communes-matrix-2026-ten-criteria", "3 matrix 10 criteria 2026-2030")
def matrix_ten(folder: Path) -> Case:
    """The 2026-2030 set of 10 criteria, named ("1. Quy hoạch"…), communes of today's
    Thanh Hóa, no district column, year from the as-of line (era 2025)."""
    rng = random.Random(3107)
    rows = [("Quan Sơn", 7), ("Tam Lư", 5), ("Bá Thước", 8), ("Hoằng Phú", 10), ("Thiệu Hóa", 9)]
    res = [
        Result(
            new_commune(TH, n),
            f"Xã {n}",
            2026,
            met=draw_met(rng, 10, k),
            level="NTM" if k == 10 else None,
        )
        for n, k in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu 1"
    width = 2 + 10 + 2
    r = title_block(
        ws,
        left=("UBND TỈNH THANH HÓA", "VĂN PHÒNG ĐIỀU PHỐI NTM"),
        title=(
            "KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI GIAI ĐOẠN 2026-2030",
            "(theo Quyết định số 51/2025/QĐ-TTg của Thủ tướng Chính phủ)",
            "(Tính đến ngày 30/6/2026)",
        ),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("STT", "Tên xã"),
        top="Các tiêu chí đạt",
        levels=[[(f"{i}. {n}", 1) for i, n in enumerate(NAMES_2026, start=1)]],
        tail=("Số tiêu chí đạt", "Mức đạt chuẩn"),
    )
    widths(ws, first, 2, 10)
    for i, x in enumerate(res, start=1):
        marks = [mark(rng, x.met[c], ("x",), (None, "-")) for c in range(1, 11)]
        put(ws, r, 1, [i, x.written, *marks, x.criteria_met, level_text(x.level)])
        r += 1
    signature(ws, r, 1, width, place_date="Thanh Hóa, ngày 10 tháng 7 năm 2026")
    path = folder / "ntm_2026_10_tieu_chi.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "2025", "2026-2030"),
        note="10 criteria of Decision 51/2025, new communes, as-of 30/6/2026",
    )


# ----------------------------------------------------------------- section 3: per-unit sheets


def _list_sheet(
    ws: Worksheet,
    res: list[Result],
    *,
    left: tuple[str, ...],
    title: tuple[str, ...],
    labels: tuple[str, ...],
    cells,
    col: int = 1,
) -> int:
    """A simple list: title block, one header row, one row per result; returns the row of
    the first result."""
    r = title_block(ws, left=left, title=title, width=max(len(labels), 8), col=col)
    r = flat_head(ws, r, col, labels)
    first = r
    for i, x in enumerate(res, start=1):
        put(ws, r, col, [i, *cells(x)])
        r += 1
    return first


@case("communes-unit-sheets-districts-2023", "3 per-unit sheets")
def unit_sheets(folder: Path) -> Case:
    """One sheet per district named "Quan Sơn", "H. Bá Thước", "TX Nghi Sơn"; no district
    column; year in each sheet's title. "Thanh Sơn" is in two districts of Thanh Hóa."""
    sheets = {
        "Quan Sơn": ("Quan Sơn", [("Trung Xuân", 13), ("Sơn Thủy", 11), ("Mường Mìn", 9)]),
        "H. Bá Thước": ("Bá Thước", [("Điền Lư", 19), ("Lương Trung", 15), ("Cổ Lũng", 16)]),
        "TX Nghi Sơn": ("Nghi Sơn", [("Thanh Sơn", 19), ("Anh Sơn", 19), ("Ngọc Lĩnh", 17)]),
    }
    wb = Workbook()
    wb.remove(wb.active)
    res_all: list[Result] = []
    for sheet, (district, rows) in sheets.items():
        res = []
        for n, k in rows:
            full = k == 19
            res.append(
                Result(
                    legacy_commune(TH, district, n),
                    f"Xã {n}",
                    2023,
                    count=k,
                    level="NTM" if full else None,
                    recognized=2021 if full else None,
                )
            )
        ws = wb.create_sheet(sheet)
        _list_sheet(
            ws,
            res,
            left=("BAN CHỈ ĐẠO CTMTQG",),
            title=("KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2023",),
            labels=("STT", "Tên xã", "Số tiêu chí đạt", "Mức đạt chuẩn", "Năm công nhận"),
            cells=lambda x: [x.written, x.count, level_text(x.level), x.recognized],
        )
        res_all += res
    path = folder / "ntm_theo_huyen_2023.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res_all, "legacy", "2021-2025", criteria=False),
        note="one sheet per district (sheet names only), no district column",
    )


@case("communes-unit-title-district-sheet-year-2023", "3 per-unit district in title")
def unit_in_title(folder: Path) -> Case:
    """The district only in the title block ("UBND HUYỆN QUAN SƠN"), the year only in the
    sheet's name ("2023"); criteria headed "Tiêu chí 1"…"Tiêu chí 19"."""
    rng = random.Random(3109)
    rows = [("Tam Lư", 12), ("Na Mèo", 8), ("Sơn Điện", 10), ("Tam Thanh", 14)]
    res = [
        Result(legacy_commune(TH, "Quan Sơn", n), n, 2023, met=draw_met(rng, 19, k))
        for n, k in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "2023"
    width = 2 + 19 + 1
    r = title_block(
        ws,
        left=("UBND HUYỆN QUAN SƠN", "VĂN PHÒNG NTM"),
        title=("BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI",),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("TT", "Đơn vị"),
        top="Các tiêu chí đạt",
        levels=[[(f"Tiêu chí {i}", 1) for i in range(1, 20)]],
        tail=("Tổng số tiêu chí đạt",),
    )
    widths(ws, first, 2, 19)
    for i, x in enumerate(res, start=1):
        marks = [mark(rng, x.met[c], ("x",)) for c in range(1, 20)]
        put(ws, r, 1, [i, x.written, *marks, x.criteria_met])
        r += 1
    signature(ws, r, 1, width, place_date="Quan Sơn, ngày 29 tháng 12 năm 2023")
    path = folder / "quan_son_tieu_chi.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025"),
        note="district only in the title block, year only in the sheet name",
    )


@case("communes-unit-sheets-summary-tong-hop-2022", "3 per-unit sheets plus summary")
def unit_sheets_summary(folder: Path) -> Case:
    """A "Tổng hợp" sheet first, repeating every commune of the two district sheets
    ("Mường Lát", "Quan Sơn") under group rows named alone in the name column: each
    commune-year is stored once. Poverty rates as numbers."""
    data = {
        "Mường Lát": [("Tam Chung", 10, 21.4), ("Mường Chanh", 9, 30.15), ("Pù Nhi", 11, 26.8)],
        "Quan Sơn": [("Trung Thượng", 12, 18.2), ("Na Mèo", 8, 41.05), ("Sơn Hà", 13, 15.5)],
    }
    wb = Workbook()
    summary = wb.active
    summary.title = "Tổng hợp"
    labels = ("STT", "Tên xã", "Số tiêu chí đạt", "Mức đạt chuẩn", "Tỷ lệ hộ nghèo (%)")
    res_by: dict[str, list[Result]] = {}
    for district, rows in data.items():
        res = res_by[district] = [
            Result(
                legacy_commune(TH, district, n),
                f"Xã {n}",
                2022,
                count=k,
                indicators={NGHEO: p},
            )
            for n, k, p in rows
        ]
        ws = wb.create_sheet(district)
        _list_sheet(
            ws,
            res,
            left=(f"UBND HUYỆN {district.upper()}",),
            title=("KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI VÀ GIẢM NGHÈO NĂM 2022",),
            labels=labels,
            cells=lambda x: [x.written, x.count, None, x.indicators[NGHEO]],
        )
    r = title_block(
        summary,
        left=("UBND TỈNH THANH HÓA", "VĂN PHÒNG ĐIỀU PHỐI NTM"),
        title=("TỔNG HỢP KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI CÁC HUYỆN MIỀN NÚI NĂM 2022",),
        width=8,
    )
    r = flat_head(summary, r, 1, labels)
    i = 0
    for district, res in res_by.items():
        summary.cell(r, 2, f"Huyện {district}").font = BOLD
        r += 1
        for x in res:  # the same communes, typed without "Xã" this time
            i += 1
            put(summary, r, 1, [i, x.written[3:], x.count, None, x.indicators[NGHEO]])
            r += 1
    res_all = [x for res in res_by.values() for x in res]
    path = folder / "ntm_mien_nui_tong_hop_2022.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res_all, "legacy", "2021-2025", criteria=False, indicators=True),
        note="district sheets plus a 'Tổng hợp' sheet repeating them: stored once",
    )


@case("communes-unit-sheets-summary-disagrees-2022", "3 per-unit sheets plus summary")
def unit_sheets_disagree(folder: Path) -> Case:
    """Matrix sheets "H. Bá Thước" and "H. Quan Sơn", then a "TH" sheet with group rows
    by district that repeats the communes' counts, one of them wrong: a warning on that
    row of TH, and the unit sheet's figures stored."""
    rng = random.Random(3111)
    data = {
        "Bá Thước": [("Lũng Niêm", 14), ("Lũng Cao", 11), ("Hạ Trung", 15)],
        "Quan Sơn": [("Trung Tiến", 12), ("Tam Lư", 16)],
    }
    wb = Workbook()
    wb.remove(wb.active)
    res_all: list[Result] = []
    for district, rows in data.items():
        res = [
            Result(legacy_commune(TH, district, n), f"Xã {n}", 2022, met=draw_met(rng, 19, k))
            for n, k in rows
        ]
        ws = wb.create_sheet(f"H. {district}")
        r = title_block(
            ws,
            left=(f"UBND HUYỆN {district.upper()}",),
            title=("KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2022",),
            width=22,
        )
        r, first = matrix_head(
            ws,
            r,
            1,
            lead=("TT", "Tên xã"),
            top="Các tiêu chí đạt (đánh dấu x)",
            levels=[[(i, 1) for i in range(1, 20)]],
            tail=("Số tiêu chí đạt",),
        )
        for i, x in enumerate(res, start=1):
            put(ws, r, 1, [i, x.written, *[mark(rng, x.met[c]) for c in range(1, 20)]])
            put(ws, r, first + 19, [x.criteria_met])
            r += 1
        res_all += res
    th = wb.create_sheet("TH")
    r = title_block(
        th,
        left=("UBND TỈNH THANH HÓA",),
        title=("TỔNG HỢP SỐ TIÊU CHÍ NÔNG THÔN MỚI ĐẠT ĐƯỢC NĂM 2022",),
        width=6,
    )
    r = flat_head(th, r, 1, ("TT", "Đơn vị", "Số tiêu chí đạt", "Ghi chú"))
    wrong_row = None
    roman = ("I", "II")
    for g, (district, rows) in enumerate(data.items()):
        put(th, r, 1, [None, f"{roman[g]}. HUYỆN {district.upper()}"])
        r += 1
        for i, (n, _) in enumerate(rows, start=1):
            x = next(x for x in res_all if x.code == legacy_commune(TH, district, n))
            shown = x.criteria_met
            if n == "Lũng Cao":
                shown += 1  # the summary was not updated after a re-assessment
                wrong_row = r
            put(th, r, 1, [i, x.written, shown])
            r += 1
    path = folder / "ntm_2022_cac_huyen_th_lech.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res_all, "legacy", "2021-2025"),
        warn_at=[("TH", wrong_row)],
        note="summary sheet TH disagrees with a unit sheet on one commune: a warning there",
    )


@case("communes-unit-sheets-summary-toan-tinh-2021", "3 per-unit sheets plus summary")
def unit_sheets_toan_tinh(folder: Path) -> Case:
    """Unit sheets "Thiệu Hóa" and "Hoằng Hóa" and a "Toàn tỉnh" sheet, all matrices of
    numbers typed as text, the summary with "1. Huyện Thiệu Hóa" group rows. Year in the
    titles (2021, the 2021-2025 set by the year)."""
    rng = random.Random(3112)
    data = {
        "Thiệu Hóa": [("Thiệu Long", 19, "NTM"), ("Thiệu Giang", 19, "NTM nâng cao")],
        "Hoằng Hóa": [("Hoằng Cát", 18, None), ("Hoằng Hà", 19, "NTM"), ("Hoằng Đạt", 17, None)],
    }
    res_by: dict[str, list[Result]] = {}
    for district, rows in data.items():
        res_by[district] = [
            Result(
                legacy_commune(TH, district, n),
                n,
                2021,
                met=draw_met(rng, 19, k),
                level=lv,
            )
            for n, k, lv in rows
        ]
    marks_by: dict[str, list] = {
        x.code: [mark(rng, x.met[c], ("x",)) for c in range(1, 20)]
        for res in res_by.values()
        for x in res
    }

    def sheet(ws: Worksheet, title: str, left: str) -> tuple[int, int]:
        r = title_block(ws, left=(left,), title=(title,), width=23)
        return matrix_head(
            ws,
            r,
            1,
            lead=("STT", "Tên xã"),
            top="Kết quả thực hiện các tiêu chí",
            levels=[[(str(i), 1) for i in range(1, 20)]],
            tail=("Số tiêu chí đạt", "Mức đạt chuẩn"),
        )

    wb = Workbook()
    total = wb.active
    total.title = "Toàn tỉnh"
    for district, res in res_by.items():
        ws = wb.create_sheet(district)
        r, _ = sheet(
            ws,
            "KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI NĂM 2021",
            f"UBND HUYỆN {district.upper()}",
        )
        for i, x in enumerate(res, start=1):
            put(ws, r, 1, [i, x.written, *marks_by[x.code], x.criteria_met, level_text(x.level)])
            r += 1
    r, _ = sheet(
        total,
        "TỔNG HỢP KẾT QUẢ NÔNG THÔN MỚI GIAI ĐOẠN 2021-2025 TOÀN TỈNH NĂM 2021",
        "UBND TỈNH THANH HÓA",
    )
    for g, (district, res) in enumerate(res_by.items(), start=1):
        put(total, r, 1, [None, f"{g}. Huyện {district}"])
        r += 1
        for i, x in enumerate(res, start=1):
            put(
                total,
                r,
                1,
                [f"{g}.{i}", x.written, *marks_by[x.code], x.criteria_met, level_text(x.level)],
            )
            r += 1
    path = folder / "ntm_toan_tinh_2021.xlsx"
    wb.save(path)
    res_all = [x for res in res_by.values() for x in res]
    return Case(
        path,
        expect(res_all, "legacy", "2021-2025"),
        note="'Toàn tỉnh' summary repeating two district sheets with criteria: stored once",
    )


# ----------------------------------------------------------------- sections 3/4: year outside


@case("communes-year-sheet-names-cao-bang-2019-2020", "3 year in the sheet name")
def year_in_sheet_names(folder: Path) -> Case:
    """Two sheets "Nam 2019" and "Nam 2020", same communes, no Năm column; the province in
    the title block, the district in a Huyện column; the set from the year."""
    rows = [("Lý Bôn", 9, 11), ("Vĩnh Quang", 7, 8), ("Mông Ân", 5, 7), ("Thái Học", 8, 10)]
    wb = Workbook()
    wb.remove(wb.active)
    res_all: list[Result] = []
    for year, idx in ((2019, 1), (2020, 2)):
        res = [
            Result(
                legacy_commune("Cao Bằng", "Bảo Lâm", row[0]),
                f"Xã {row[0]}",
                year,
                count=row[idx],
                district="Bảo Lâm",
            )
            for row in rows
        ]
        ws = wb.create_sheet(f"Nam {year}")
        _list_sheet(
            ws,
            res,
            left=("UBND TỈNH CAO BẰNG", "BAN CHỈ ĐẠO CÁC CTMTQG"),
            title=("KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI HUYỆN BẢO LÂM",),
            labels=("STT", "Tên xã", "Huyện", "Số tiêu chí đạt", "Mức đạt chuẩn", "Ghi chú"),
            cells=lambda x: [x.written, x.district, x.count],
        )
        res_all += res
    path = folder / "ntm_bao_lam_2019_2020.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res_all, "legacy", "2016-2020", criteria=False),
        note="year only in the sheet names 'Nam 2019' / 'Nam 2020'",
    )


@case("communes-asof-318-title-phu-yen-2023", "4 year and criteria set outside the table")
def asof_and_318(folder: Path) -> Case:
    """No Năm column: the year from "(Tính đến ngày 31/12/2023)", the set from "THEO
    QUYẾT ĐỊNH 318/QĐ-TTg" in the title; a list of counts, levels and years recognised."""
    rows = [
        ("An Dân", 19, "NTM nâng cao", 2017),
        ("An Ninh Tây", 19, "NTM", 2020),
        ("An Thạch", 17, None, None),
        ("An Định", 19, "NTM", 2022),
        ("An Nghiệp", 15, None, None),
        ("An Xuân", 12, None, None),
    ]
    res = [
        Result(
            legacy_commune("Phú Yên", "Tuy An", n),
            n,
            2023,
            count=k,
            level=lv,
            recognized=rec,
            district="Tuy An",
        )
        for n, k, lv, rec in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 2"
    r = title_block(
        ws,
        left=("UBND TỈNH PHÚ YÊN", "SỞ NÔNG NGHIỆP VÀ PTNT"),
        title=(
            "BÁO CÁO KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI "
            "THEO QUYẾT ĐỊNH 318/QĐ-TTg",
            "(Tính đến ngày 31/12/2023)",
        ),
        width=7,
        corner="Biểu số 02",
    )
    r = flat_head(
        ws,
        r,
        1,
        (
            "TT",
            "Tên đơn vị",
            "Huyện",
            "Số tiêu chí đạt",
            "Mức đạt chuẩn",
            "Năm được công nhận đạt chuẩn",
            "Ghi chú",
        ),
    )
    for i, x in enumerate(res, start=1):
        put(ws, r, 1, [i, x.written, x.district, x.count, level_text(x.level, 1), x.recognized])
        r += 1
    put(ws, r, 1, [None, "Cộng: 6 xã", None, None, "3 xã đạt chuẩn"])
    signature(ws, r + 1, 1, 7, place_date="Phú Yên, ngày 08 tháng 01 năm 2024", right="GIÁM ĐỐC")
    path = folder / "ntm_tuy_an_31_12_2023.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025", criteria=False),
        note="year from the as-of line, criteria set from '318/QĐ-TTg' in the title",
    )


@case("communes-year-2021-set-2016-2020-title", "4 criteria set from the title")
def set_from_title(folder: Path) -> Case:
    """Year 2021 in the title, but assessed "theo Bộ tiêu chí ... giai đoạn 2016-2020"
    (Decision 318 came in 2022): the title's set wins over the year's."""
    rng = random.Random(3115)
    rows = [("Ban Công", 14), ("Kỳ Tân", 12), ("Văn Nho", 16), ("Thiết Ống", 19)]
    res = [
        Result(
            legacy_commune(TH, "Bá Thước", n),
            f"Xã {n}",
            2021,
            met=draw_met(rng, 19, k),
            level="NTM" if k == 19 else None,
            recognized=2021 if k == 19 else None,
        )
        for n, k in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "KQ 2021"
    width = 2 + 19 + 3
    r = title_block(
        ws,
        left=("UBND HUYỆN BÁ THƯỚC",),
        title=(
            "KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ MỨC ĐỘ ĐẠT TIÊU CHÍ NÔNG THÔN MỚI NĂM 2021",
            "(theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020)",
        ),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("TT", "Tên xã"),
        top="Các tiêu chí đạt",
        levels=[[(f"TC {i}", 1) for i in range(1, 20)]],
        tail=("Số tiêu chí đạt", "Mức đạt chuẩn", "Năm công nhận"),
    )
    widths(ws, first, 2, 19)
    for i, x in enumerate(res, start=1):
        marks = [mark(rng, x.met[c], ("Đ",), ("CĐ",)) for c in range(1, 20)]
        put(ws, r, 1, [i, x.written, *marks, x.criteria_met, level_text(x.level), x.recognized])
        r += 1
    signature(ws, r, 1, width, place_date="Bá Thước, ngày 24 tháng 12 năm 2021")
    path = folder / "ntm_ba_thuoc_2021_bo_tc_cu.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2016-2020"),
        note="year 2021 but set 2016-2020 from the title; Đ/CĐ marks",
    )


# ----------------------------------------------------------------- section 1: around the table


@case("communes-groups-numbering-asof-2023", "1 group rows and numbering row")
def groups_and_numbering(folder: Path) -> Case:
    """A province file starting in column C: the criteria numbers typed as text, then a
    numbering row (1)…(23) under the header (not data); group rows "I | HUYỆN QUAN SƠN",
    "II | HUYỆN BÁ THƯỚC" with subtotal rows "Cộng huyện", a "Tổng cộng" row; the year
    from the as-of line."""
    rng = random.Random(3116)
    data = {
        "Quan Sơn": [("Trung Xuân", 14), ("Sơn Thủy", 12), ("Tam Thanh", 15)],
        "Bá Thước": [("Điền Trung", 19), ("Lương Nội", 13), ("Thành Lâm", 16)],
    }
    col = 3
    width = 2 + 19 + 2
    wb = Workbook()
    ws = wb.active
    ws.title = "TH NTM"
    r = title_block(
        ws,
        col=col,
        left=("UBND TỈNH THANH HÓA", "VĂN PHÒNG ĐIỀU PHỐI NTM TỈNH"),
        title=(
            "TỔNG HỢP KẾT QUẢ ĐẠT TIÊU CHÍ NÔNG THÔN MỚI CÁC XÃ MIỀN NÚI",
            "(Tính đến ngày 31/12/2023)",
        ),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        col,
        lead=("STT", "Đơn vị"),
        top="Kết quả thực hiện các tiêu chí",
        levels=[[(str(i), 1) for i in range(1, 20)]],
        tail=("Tổng số tiêu chí đạt", "Mức đạt chuẩn"),
    )
    put(ws, r, col, [f"({i})" for i in range(1, width + 1)])
    r += 1
    widths(ws, first, col + 1, 19)
    res_all: list[Result] = []
    for roman, (district, rows) in zip(("I", "II"), data.items(), strict=True):
        put(ws, r, col, [roman, f"HUYỆN {district.upper()}"])
        ws.cell(r, col + 1).font = BOLD
        r += 1
        res = []
        for i, (n, k) in enumerate(rows, start=1):
            x = Result(
                legacy_commune(TH, district, n),
                f"Xã {n}",
                2023,
                met=draw_met(rng, 19, k),
                level="NTM" if k == 19 else None,
            )
            yes, no = ("Đ", "x"), (None, "-")
            marks = [mark(rng, x.met[c], yes, no) for c in range(1, 20)]
            put(ws, r, col, [i, x.written, *marks, x.criteria_met, level_text(x.level)])
            r += 1
            res.append(x)
        put(ws, r, col, [None, "Cộng huyện", *counts_row(res, list(range(1, 20)))])
        r += 1
        res_all += res
    put(ws, r, col, [None, "Tổng cộng", *counts_row(res_all, list(range(1, 20)))])
    ws.cell(r + 2, col, "Ghi chú: Số liệu do các huyện báo cáo, chưa thẩm định.")
    signature(ws, r + 3, col, width, place_date="Thanh Hóa, ngày 12 tháng 01 năm 2024")
    path = folder / "ntm_mien_nui_2023.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res_all, "legacy", "2021-2025"),
        note="group rows by district, numbering row, subtotals, as-of year, starts at C",
    )


@case("communes-list-ab-numbering-notes-2020", "1 title, notes, A|B numbering, totals")
def around_list(folder: Path) -> Case:
    """A list with a long title block ("Biểu số", "Đơn vị tính"), an "A | B | 1 | 2 …"
    numbering row, a header repeated after a page break, a "Tổng cộng" row with counts,
    notes and a signature block with names."""
    rows = [
        ("Trung Xuân", 13, 92.5, "Đạt"),
        ("Trung Thượng", 11, 88.0, "Chưa đạt"),
        ("Trung Tiến", 12, 90.25, "Đạt"),
        ("Trung Hạ", 15, 95.1, "Đạt"),
        ("Tam Lư", 14, 93.0, "Chưa đạt"),
        ("Mường Mìn", 9, 84.6, "Chưa đạt"),
    ]
    res = [
        Result(
            legacy_commune(TH, "Quan Sơn", n),
            f"Xã {n}",
            2020,
            count=k,
            indicators={GĐVH: g, XVH: 1.0 if xvh == "Đạt" else 0.0},
        )
        for n, k, g, xvh in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 05"
    labels = (
        "STT",
        "Tên xã",
        "Số tiêu chí NTM đạt",
        "Mức đạt chuẩn",
        "Tỷ lệ gia đình văn hóa (%)",
        "Xã văn hóa",
        "Ghi chú",
    )
    r = title_block(
        ws,
        left=("UBND TỈNH THANH HÓA", "UBND HUYỆN QUAN SƠN", "PHÒNG VĂN HÓA - THÔNG TIN"),
        title=(
            "KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI, GIA ĐÌNH VĂN HÓA, XÃ VĂN HÓA NĂM 2020",
            "(Kèm theo Báo cáo số 12/BC-VHTT ngày 05/01/2021)",
            "Đơn vị tính: tiêu chí, %",
        ),
        width=len(labels),
        corner="Biểu số 05/VH",
    )
    r = flat_head(ws, r, 1, labels)
    put(ws, r, 1, ["A", "B", *range(1, len(labels) - 1)])
    r += 1
    for i, x in enumerate(res, start=1):
        if i == 4:  # page break: the header printed again
            r = flat_head(ws, r, 1, labels)
        xvh = "Đạt" if x.indicators[XVH] else "Chưa đạt"
        put(ws, r, 1, [i, x.written, x.count, None, x.indicators[GĐVH], xvh])
        r += 1
    put(ws, r, 1, [None, "Tổng cộng: 6 xã", None, None, None, 3])
    ws.cell(r + 1, 1, "Ghi chú: - Tỷ lệ gia đình văn hóa tính trên tổng số hộ.")
    ws.cell(r + 2, 1, "* Số liệu chưa bao gồm thị trấn Sơn Lư.")
    signature(
        ws,
        r + 3,
        1,
        len(labels),
        place_date="Quan Sơn, ngày 05 tháng 01 năm 2021",
        left="NGƯỜI LẬP BIỂU",
        right="TRƯỞNG PHÒNG",
        names=("Hà Văn Tuấn", "Lò Thị Mai"),
    )
    path = folder / "ntm_vh_quan_son_2020.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2016-2020", criteria=False, indicators=True),
        note="A|B|1|2 numbering row, repeated header, Tổng cộng, notes, signature names",
    )


# ----------------------------------------------------------------- section 5: units


@case("communes-tone-pairs-hoang-hoa-2022", "5 names differing by a tone mark")
def tone_pairs(folder: Path) -> Case:
    """Hoằng Phú / Hoằng Phụ, Hoằng Đồng / Hoằng Đông, Hoằng Quỳ / Hoằng Quý in one
    district, typed in capitals, NFD, with and without "Xã"/"X.": each resolves exactly."""
    rows = [
        ("Hoằng Phú", "Xã Hoằng Phú", 17, 96.2),
        ("Hoằng Phụ", "Hoằng Phụ", 19, 97.4),
        ("Hoằng Đồng", "XÃ HOẰNG ĐỒNG", 18, 95.0),
        ("Hoằng Đông", nfd("Hoằng Đông"), 19, 98.15),
        ("Hoằng Quỳ", "X. Hoằng Quỳ", 16, 93.8),
        ("Hoằng Quý", "HOẰNG QUÝ", 19, 96.9),
    ]
    res = [
        Result(
            legacy_commune(TH, "Hoằng Hóa", n),
            written,
            2022,
            count=k,
            level="NTM nâng cao" if k == 19 else None,
            indicators={GĐVH: g},
        )
        for n, written, k, g in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    r = title_block(
        ws,
        left=("UBND HUYỆN HOẰNG HÓA",),
        title=("KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI VÀ GIA ĐÌNH VĂN HÓA CÁC XÃ",),
        width=7,
    )
    labels = ("STT", "Xã", "Năm", "Số tiêu chí đạt", "Mức đạt chuẩn", "Tỷ lệ gia đình văn hóa")
    r = flat_head(ws, r, 1, labels)
    for i, x in enumerate(res, start=1):
        put(ws, r, 1, [i, x.written, x.year, x.count, level_text(x.level), x.indicators[GĐVH]])
        r += 1
    path = folder / "hoang_hoa_cap_dau.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025", criteria=False, indicators=True),
        note="tone-only pairs in one district (Hoằng Phú/Phụ, Đồng/Đông, Quỳ/Quý)",
    )


@case("communes-thieu-hoa-commune-and-town-2020", "5 names: commune vs district town")
def commune_vs_town(folder: Path) -> Case:
    """Xã Thiệu Hòa and Thị trấn Thiệu Hóa in one district, both in old tone placement
    ("X. Thiệu Hoà", "Thị trấn Thiệu Hoá"); "TT. Hậu Hiền"; wards of "TX Nghi Sơn" as
    "P. Hải Hòa" and "Phường Hải Châu"; stray, double and non-breaking spaces. Indicators
    only: no NTM rows."""
    # (district as the reference names it, as written, commune, as written, GĐVH, thôn VH,
    # trụ sở kiên cố)
    rows = [
        ("Thiệu Hóa", "Thiệu Hóa", "Xã Thiệu Hòa", "X. Thiệu Hoà", 91.3, 100.0, 1.0),
        ("Thiệu Hóa", "Thiệu Hoá", "Thị trấn Thiệu Hóa", "Thị trấn Thiệu Hoá", 94.6, 88.9, 1.0),
        ("Thiệu Hóa", "Thiệu Hóa", "Thị trấn Hậu Hiền", "TT. Hậu Hiền", 89.25, 75.0, 0.0),
        ("Thiệu Hóa", "H. Thiệu Hóa", "Thiệu Ngọc", " Thiệu  Ngọc ", 92.0, 83.3, 1.0),
        ("Thiệu Hóa", "Thiệu Hóa", "Thiệu Vũ", "Thiệu\u00a0Vũ", 90.4, 80.0, 0.0),
        ("Nghi Sơn", "TX Nghi Sơn", "Phường Hải Hòa", "P. Hải Hoà", 93.5, 90.0, 1.0),
        ("Nghi Sơn", "TX Nghi Sơn", "Phường Hải Châu", "Phường Hải Châu", 95.2, 100.0, 1.0),
    ]
    res = [
        Result(
            legacy_commune(TH, district, n),
            written,
            2020,
            indicators={GĐVH: g, THON: t, TRU_SO: ts},
            district=district_written,
        )
        for district, district_written, n, written, g, t, ts in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "GĐVH 2020"
    labels = (
        "TT",
        "Xã, phường, thị trấn",
        "Huyện, thị xã",
        "Năm",
        "Tỷ lệ hộ gia đình văn hóa (%)",
        "Tỷ lệ thôn, tổ dân phố văn hóa (%)",
        "Trụ sở UBND kiên cố",
    )
    r = title_block(
        ws,
        left=("UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
        title=("KẾT QUẢ XÂY DỰNG GIA ĐÌNH VĂN HÓA, THÔN, TỔ DÂN PHỐ VĂN HÓA",),
        width=len(labels),
    )
    r = flat_head(ws, r, 1, labels)
    for i, x in enumerate(res, start=1):
        ts = "Có" if x.indicators[TRU_SO] else "Không"
        put(ws, r, 1, [i, x.written, x.district, 2020, x.indicators[GĐVH], x.indicators[THON]])
        put(ws, r, 7, [ts])
        r += 1
    path = folder / "gdvh_thieu_hoa_nghi_son_2020.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2016-2020", ntm=False, criteria=False, indicators=True),
        note="Xã Thiệu Hòa vs Thị trấn Thiệu Hóa (old tone placement), P./Phường, odd spaces",
    )


@case("communes-nghe-an-nam-can-nam-can-2020", "5 names: tone pair, NFD text")
def nam_can(folder: Path) -> Case:
    """Nậm Cắn and Nậm Càn in Kỳ Sơn (Nghệ An), all names in NFD, the province only in
    the title block, poverty rates as text "79,3%"."""
    rows = [
        ("Nậm Cắn", 8, "52,4%"),
        ("Nậm Càn", 7, "61,35%"),
        ("Mỹ Lý", 6, "70%"),
        ("Tà Cạ", 11, "38,6%"),
        ("Huồi Tụ", 5, "79,3%"),
    ]
    res = [
        Result(
            legacy_commune("Nghệ An", "Kỳ Sơn", n),
            nfd(f"Xã {n}"),
            2020,
            count=k,
            indicators={NGHEO: float(p.rstrip("%").replace(",", "."))},
            district=nfd("Kỳ Sơn"),
        )
        for n, k, p in rows
    ]
    texts = {x.code: p for x, (_, _, p) in zip(res, rows, strict=True)}
    wb = Workbook()
    ws = wb.active
    ws.title = nfd("Kỳ Sơn")
    labels = ("STT", "Tên xã", "Huyện", "Năm", "Số tiêu chí đạt", "Tỷ lệ hộ nghèo")
    r = title_block(
        ws,
        left=(nfd("UBND TỈNH NGHỆ AN"), nfd("BAN DÂN TỘC")),
        title=(nfd("KẾT QUẢ NÔNG THÔN MỚI VÀ GIẢM NGHÈO CÁC XÃ ĐẶC BIỆT KHÓ KHĂN"),),
        width=len(labels),
    )
    r = flat_head(ws, r, 1, [nfd(t) for t in labels])
    for i, x in enumerate(res, start=1):
        put(ws, r, 1, [i, x.written, x.district, x.year, x.count, texts[x.code]])
        r += 1
    path = folder / "ky_son_nam_can.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2016-2020", criteria=False, indicators=True),
        note="Nậm Cắn / Nậm Càn, NFD everywhere, '79,3%' text",
    )


@case("communes-new-era-2025-thanh-hoa", "5 units of the 2025 era")
def new_era(folder: Path) -> Case:
    """Year 2025 with "(Tính đến ngày 31/12/2025)": today's communes and wards of Thanh Hóa
    (Xã Hoằng Phú of 2025 is not the old Xã Hoằng Phú), no district column; 2021-2025 set
    by the year; poverty rates in a percent-formatted column."""
    rows = [
        ("Xã Hoằng Phú", 19, "NTM nâng cao", 0.0125),
        ("Xã Quan Sơn", 15, None, 0.1842),
        ("Xã Tam Chung", 11, None, 0.2967),
        ("Xã Thiệu Hóa", 19, "NTM", 0.021),
        ("Xã Bá Thước", 16, None, 0.0955),
    ]
    res = [
        Result(
            new_commune(TH, n),
            n,
            2025,
            count=k,
            level=lv,
            indicators={NGHEO: p * 100},
        )
        for n, k, lv, p in rows
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu 01"
    labels = ("STT", "Xã, phường", "Số tiêu chí đạt", "Mức đạt chuẩn", "Tỷ lệ hộ nghèo (%)")
    r = title_block(
        ws,
        left=("UBND TỈNH THANH HÓA", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"),
        title=(
            "KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2025",
            "(Tính đến ngày 31/12/2025)",
        ),
        width=6,
    )
    r = flat_head(ws, r, 1, labels)
    for i, ((_, _, _, p), x) in enumerate(zip(rows, res, strict=True), start=1):
        put(ws, r, 1, [i, x.written, x.count, level_text(x.level, 1), p])
        ws.cell(r, 5).number_format = "0.00%"
        r += 1
    signature(ws, r, 1, 6, place_date="Thanh Hóa, ngày 15 tháng 01 năm 2026", right="GIÁM ĐỐC")
    path = folder / "ntm_thanh_hoa_2025_don_vi_moi.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "2025", "2021-2025", criteria=False, indicators=True),
        note="2025-era communes, no district, year 2025 (as-of after 1/7/2025)",
    )


@case("communes-ma-xa-codes-cao-bang-2022", "5 official codes")
def commune_codes(folder: Path) -> Case:
    """A "Mã xã" column typed as numbers (01366 shows as 1366) and a "Mã huyện" column,
    beside the names; a Năm column."""
    names = ["Cần Yên", "Cần Nông", "Lương Thông", "Đa Thông", "Ngọc Động"]
    ks = [14, 12, 19, 10, 11]
    res = [
        Result(
            legacy_commune("Cao Bằng", "Hà Quảng", n),
            f"Xã {n}",
            2022,
            count=k,
            level="NTM" if k == 19 else None,
            recognized=2022 if k == 19 else None,
        )
        for n, k in zip(names, ks, strict=True)
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    labels = (
        "STT",
        "Mã huyện",
        "Mã xã",
        "Tên xã",
        "Năm",
        "Số tiêu chí đạt",
        "Mức đạt chuẩn",
        "Năm công nhận",
    )
    r = title_block(
        ws,
        left=("UBND TỈNH CAO BẰNG",),
        title=("DANH SÁCH CÁC XÃ VÀ KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI",),
        width=len(labels),
    )
    r = flat_head(ws, r, 1, labels)
    district_code = int(legacy_district("Cao Bằng", "Hà Quảng"))
    for i, x in enumerate(res, start=1):
        put(
            ws,
            r,
            1,
            [i, district_code, int(x.code), x.written, x.year, x.count, level_text(x.level)],
        )
        put(ws, r, 8, [x.recognized])
        r += 1
    path = folder / "ntm_ha_quang_ma_xa.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025", criteria=False),
        note="Mã xã and Mã huyện as numbers (leading zeros lost)",
    )


# ----------------------------------------------------------------- section 6: values


@case("communes-marks-every-kind-2023", "6 criterion marks")
def every_mark(folder: Path) -> Case:
    """Every mark for met (x, X, "x ", Đ, Đạt, đạt, 1, ✓, Có) and not met (blank, 0, -,
    CĐ, Chưa đạt, Không đạt, K, Không) in one matrix; no "Số tiêu chí đạt" column, so
    criteria_met is the number marked."""
    rng = random.Random(3123)
    rows = [("Trung Xuân", 19), ("Na Mèo", 9), ("Mường Mìn", 10), ("Sơn Điện", 11)]
    res = [
        Result(
            legacy_commune(TH, "Quan Sơn", n),
            n,
            2023,
            met=all_met() if k == 19 else draw_met(rng, 19, k),
            level="NTM" if k == 19 else None,
        )
        for n, k in rows
    ]
    yes = list(MET_MARKS)
    no = list(NOT_MET_MARKS)
    wb = Workbook()
    ws = wb.active
    ws.title = "Quan Sơn 2023"
    width = 2 + 19 + 1
    r = title_block(
        ws,
        left=("UBND HUYỆN QUAN SƠN",),
        title=("KẾT QUẢ ĐÁNH GIÁ TIÊU CHÍ NÔNG THÔN MỚI NĂM 2023",),
        width=width,
    )
    r, first = matrix_head(
        ws,
        r,
        1,
        lead=("TT", "Xã"),
        top="Các tiêu chí",
        levels=[[(i, 1) for i in range(1, 20)]],
        tail=("Mức đạt chuẩn",),
    )
    widths(ws, first, 2, 19)
    yi = ni = 0
    for i, x in enumerate(res, start=1):
        cells = []
        for c in range(1, 20):
            if x.met[c]:
                cells.append(yes[yi % len(yes)])
                yi += 1
            else:
                cells.append(no[ni % len(no)])
                ni += 1
        put(ws, r, 1, [i, x.written, *cells, level_text(x.level)])
        r += 1
    assert yi >= len(yes) and ni >= len(no)
    path = folder / "ntm_quan_son_moi_kieu_danh_dau.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2021-2025"),
        note="every met / not-met mark; criteria_met counted from the marks",
    )


@case("communes-indicator-values-2019", "6 indicator values")
def indicator_values(folder: Path) -> Case:
    """Percentages as percent-formatted cells (0,793 → 79.3; 0,79345 → 79.345), as text
    "79,3%" and "92,5", as plain numbers; Xã văn hóa and Trụ sở kiên cố as marks; blank
    cells give no row. No NTM columns: only commune_indicators."""
    B, M = "Bá Thước", "Mường Lát"
    # (district, commune, gia đình VH cell, thôn VH cell, hộ nghèo cell, xã VH, trụ sở)
    rows = [
        (B, "Điền Thượng", ("pct1", 0.793), ("num", 85.0), ("txt", "12,4%"), "Đạt", "Có"),
        (B, "Điền Hạ", ("pct2", 0.79345), ("txt", "92,5"), ("num", 9.75), "x", 1),
        (B, "Điền Quang", ("txt", "79,3%"), ("pct1", 0.667), (None, None), "Chưa đạt", "K"),
        (M, "Tam Chung", ("num", 88.6), (None, None), ("pct2", 0.3125), None, "Không"),
        (M, "Trung Lý", (None, None), ("txt", "70,0%"), ("txt", "45,18"), "K", 0),
    ]
    marks_xvh = {"Đạt": 1.0, "x": 1.0, "Chưa đạt": 0.0, "K": 0.0}
    marks_ts = {"Có": 1.0, 1: 1.0, "K": 0.0, "Không": 0.0, 0: 0.0}

    def value(cell: tuple[str | None, object]) -> float | None:
        kind, v = cell
        if kind is None:
            return None
        if kind.startswith("pct"):
            return float(v) * 100
        if kind == "txt":
            return float(str(v).rstrip("%").replace(",", "."))
        return float(v)

    res = []
    for district, n, g, t, p, xvh, ts in rows:
        ind = {GĐVH: value(g), THON: value(t), NGHEO: value(p)}
        ind[XVH] = marks_xvh.get(xvh) if xvh is not None else None
        ind[TRU_SO] = marks_ts.get(ts) if ts is not None else None
        res.append(
            Result(
                legacy_commune(TH, district, n),
                n,
                2019,
                indicators={k: v for k, v in ind.items() if v is not None},
                district=district,
            )
        )
    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu xã"
    labels = (
        "STT",
        "Tên xã",
        "Huyện",
        "Năm",
        "Tỷ lệ gia đình văn hóa (%)",
        "Tỷ lệ thôn, bản văn hóa (%)",
        "Tỷ lệ hộ nghèo (%)",
        "Xã văn hóa",
        "Trụ sở kiên cố",
    )
    r = title_block(
        ws,
        left=("UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"),
        title=("MỘT SỐ CHỈ TIÊU VĂN HÓA - XÃ HỘI CẤP XÃ",),
        width=len(labels),
    )
    r = flat_head(ws, r, 1, labels)
    for i, (row, x) in enumerate(zip(rows, res, strict=True), start=1):
        district, _, g, t, p, xvh, ts = row
        put(ws, r, 1, [i, x.written, district, 2019])
        for c, (kind, v) in zip((5, 6, 7), (g, t, p), strict=True):
            if kind is None:
                continue
            cell = ws.cell(r, c, v)
            if kind == "pct1":
                cell.number_format = "0.0%"
            elif kind == "pct2":
                cell.number_format = "0.00%"
        put(ws, r, 8, [xvh, ts])
        r += 1
    path = folder / "chi_tieu_xa_2019.xlsx"
    wb.save(path)
    return Case(
        path,
        expect(res, "legacy", "2016-2020", ntm=False, criteria=False, indicators=True),
        note="percent cells, '79,3%', '92,5', numbers, marks; blanks give no row",
    )
