"""The same NTM results in two layouts districts really send load as the same rows.

Hypothesis draws a small set of facts (2-6 communes of a fixed pool, one year, which of the
19 criteria each met, a level for those meeting all 19) and two layouts drawn
independently: a flat list (TC1…TC19, Huyện and Năm columns) and a matrix (a merged "Các
tiêu chí" header over a row of numbers, the year outside the table, group rows by district).
Marks, wording, start column, numbering row, title block all vary. Both files must give the
same ``commune_ntm`` and ``commune_ntm_criteria`` rows, and those rows are the facts.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from etl import loader
from etl.store import Warehouse
from tests.corpus.base import MOTTO, MOTTO2, legacy_commune

PROVINCE = "Thanh Hóa"
# (district, commune) as the reference names them; all xã, unique in their district.
POOL = (
    ("Quan Sơn", "Trung Xuân"),
    ("Quan Sơn", "Sơn Thủy"),
    ("Quan Sơn", "Tam Lư"),
    ("Quan Sơn", "Na Mèo"),
    ("Bá Thước", "Điền Quang"),
    ("Bá Thước", "Lương Ngoại"),
    ("Bá Thước", "Cổ Lũng"),
    ("Bá Thước", "Văn Nho"),
)
CODES = {unit: legacy_commune(PROVINCE, *unit) for unit in POOL}

MET = ("x", "X", "x ", "Đ", "Đạt", "đạt", 1, "✓", "Có")
NOT_MET = (None, 0, "-", "CĐ", "Chưa đạt", "Không đạt", "K", "Không")
LEVELS = {
    "NTM": ("Đạt chuẩn NTM", "NTM"),
    "NTM nâng cao": ("NTM nâng cao", "Đạt chuẩn NTM nâng cao"),
    "NTM kiểu mẫu": ("NTM kiểu mẫu", "Đạt chuẩn NTM kiểu mẫu"),
}


@dataclass(frozen=True)
class Fact:
    unit: tuple[str, str]  # (district, commune)
    met: tuple[bool, ...]  # 19 criteria
    level: str | None


@st.composite
def facts(draw) -> tuple[int, list[Fact]]:
    picks = draw(st.lists(st.sampled_from(POOL), min_size=2, max_size=6, unique=True))
    year = draw(st.integers(2016, 2024))
    out = []
    for unit in picks:
        # a bit mask (not 19 booleans): quick to draw and to shrink; all 19 half the time
        bits = draw(st.one_of(st.just(2**19 - 1), st.integers(0, 2**19 - 1)))
        met = tuple(bool(bits >> i & 1) for i in range(19))
        level = draw(st.sampled_from(sorted(LEVELS))) if all(met) else None
        out.append(Fact(unit, met, level))
    return year, out


@dataclass(frozen=True)
class Style:
    """What a clerk chooses when typing a file."""

    col: int  # the table's first column
    title: bool  # a title block above (province, motto)
    name: str  # how a commune is written: "plain", "Xã", "X.", "caps"
    yes: tuple  # marks for met, used in turn
    no: tuple  # marks for not met, used in turn
    level_style: int
    count_col: bool  # a "Số tiêu chí đạt" column
    numbering: bool  # a row of column numbers under the header
    variant: int  # wording of headers and group rows, numbers as text or not
    where: int  # matrix: the year in the title, the as-of line, "Nam 2019" or "2019"


styles = st.builds(
    Style,
    col=st.integers(1, 3),
    title=st.booleans(),
    name=st.sampled_from(("plain", "Xã", "X.", "caps")),
    yes=st.lists(st.sampled_from(MET), min_size=1, max_size=3, unique=True).map(tuple),
    no=st.lists(st.sampled_from(NOT_MET), min_size=1, max_size=3, unique=True).map(tuple),
    level_style=st.integers(0, 1),
    count_col=st.booleans(),
    numbering=st.booleans(),
    variant=st.integers(0, 3),
    where=st.integers(0, 3),
)


def written(style: Style, commune: str) -> str:
    return {
        "plain": commune,
        "Xã": f"Xã {commune}",
        "X.": f"X. {commune}",
        "caps": f"XÃ {commune.upper()}",
    }[style.name]


class Marks:
    def __init__(self, style: Style):
        self.style, self.i, self.j = style, 0, 0

    def __call__(self, met: bool) -> object:
        if met:
            self.i += 1
            return self.style.yes[self.i % len(self.style.yes)]
        self.j += 1
        return self.style.no[self.j % len(self.style.no)]


def level_text(style: Style, level: str | None) -> str | None:
    return None if level is None else LEVELS[level][style.level_style]


def title(ws: Worksheet, style: Style, lines: list[str], width: int) -> int:
    """The title block, if the style has one; returns the header's row."""
    c = style.col
    if not style.title and not lines:
        return 1
    r = 1
    if style.title:
        ws.cell(1, c, "UBND TỈNH THANH HÓA")
        ws.cell(2, c, "VĂN PHÒNG ĐIỀU PHỐI NTM")
        ws.cell(1, c + width - 5, MOTTO)
        ws.cell(2, c + width - 5, MOTTO2)
        r = 4
    for line in lines:
        ws.cell(r, c, line)
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + width - 1)
        r += 1
    return r + 1


def write_list(path: Path, year: int, rows: list[Fact], style: Style) -> None:
    """One row per commune: STT | Tên xã | Huyện | Năm | TC1…TC19 | [Số TC đạt] | Mức."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    tc = ("TC{}", "TC {}", "Tiêu chí {}", "TC{}")[style.variant]
    labels = ["STT", "Tên xã", "Huyện", "Năm", *(tc.format(i) for i in range(1, 20))]
    labels += ["Số tiêu chí đạt"] if style.count_col else []
    labels += ["Mức đạt chuẩn"]
    lines = ["KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI CÁC XÃ"] if style.title else []
    r = title(ws, style, lines, len(labels))
    c = style.col
    for i, label in enumerate(labels):
        ws.cell(r, c + i, label)
    r += 1
    if style.numbering:
        for i in range(len(labels)):
            ws.cell(r, c + i, f"({i + 1})")
        r += 1
    mark = Marks(style)
    district = ("{}", "Huyện {}", "H. {}", "{}")[style.variant]
    for n, f in enumerate(rows, start=1):
        cells = [n, written(style, f.unit[1]), district.format(f.unit[0]), year]
        cells += [mark(m) for m in f.met]
        cells += [sum(f.met)] if style.count_col else []
        cells += [level_text(style, f.level)]
        for i, v in enumerate(cells):
            if v is not None:
                ws.cell(r, c + i, v)
        r += 1
    wb.save(path)


def write_matrix(path: Path, year: int, rows: list[Fact], style: Style) -> None:
    """TT | Tên xã | [Các tiêu chí đạt] over 1…19 | [Số tiêu chí đạt] | Mức đạt chuẩn, the
    year in the title, the as-of line or the sheet's name, group rows by district."""
    wb = Workbook()
    ws = wb.active
    c = style.col
    width = 2 + 19 + (2 if style.count_col else 1)
    where = style.where
    ws.title = ("Biểu 01", "Biểu 01", f"Nam {year}", str(year))[where]
    lines = ["KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI"]
    if where == 0:
        lines[0] += f" NĂM {year}"
    elif where == 1:
        lines.append(f"(Tính đến ngày 31/12/{year})")
    r = title(ws, style, lines, width)
    top = ("Các tiêu chí đạt (đánh dấu x)", "Kết quả thực hiện các tiêu chí")[style.level_style]
    lead = ("TT", "Tên xã")
    tail = (["Số tiêu chí đạt"] if style.count_col else []) + ["Mức đạt chuẩn"]
    for i, label in enumerate(lead):
        ws.cell(r, c + i, label)
        ws.merge_cells(start_row=r, start_column=c + i, end_row=r + 1, end_column=c + i)
    ws.cell(r, c + 2, top)
    ws.merge_cells(start_row=r, start_column=c + 2, end_row=r, end_column=c + 20)
    for i in range(1, 20):
        ws.cell(r + 1, c + 1 + i, i if style.variant % 2 == 0 else str(i))
    for i, label in enumerate(tail):
        ws.cell(r, c + 21 + i, label)
        ws.merge_cells(start_row=r, start_column=c + 21 + i, end_row=r + 1, end_column=c + 21 + i)
    r += 2
    if style.numbering:
        for i in range(width):
            ws.cell(r, c + i, f"({i + 1})")
        r += 1
    mark = Marks(style)
    romans = ("I", "II")
    for g, district in enumerate(("Quan Sơn", "Bá Thước")):
        members = [f for f in rows if f.unit[0] == district]
        if not members:
            continue
        if style.variant == 0:  # "I | HUYỆN QUAN SƠN"
            ws.cell(r, c, romans[g])
            ws.cell(r, c + 1, f"HUYỆN {district.upper()}")
        else:  # alone in the name column
            text = (f"{g + 1}. Huyện {district}", f"HUYỆN {district.upper()}", f"Huyện {district}")
            ws.cell(r, c + 1, text[style.variant - 1])
        r += 1
        for n, f in enumerate(members, start=1):
            cells = [n, written(style, f.unit[1]), *(mark(m) for m in f.met)]
            cells += [sum(f.met)] if style.count_col else []
            cells += [level_text(style, f.level)]
            for i, v in enumerate(cells):
                if v is not None:
                    ws.cell(r, c + i, v)
            r += 1
    wb.save(path)


def expected(year: int, rows: list[Fact]) -> tuple[list[tuple], list[tuple]]:
    cset = "2016-2020" if year <= 2020 else "2021-2025"
    ntm = sorted(("legacy", CODES[f.unit], year, cset, sum(f.met), f.level, None) for f in rows)
    crit = sorted(
        ("legacy", CODES[f.unit], year, no, m) for f in rows for no, m in enumerate(f.met, start=1)
    )
    return ntm, crit


def loaded(path: Path, empty: Path, db: Path) -> tuple[list[tuple], list[tuple]]:
    shutil.copy(empty, db)  # a fresh warehouse (schema and units, no facts), quickly
    wh = Warehouse(db)
    result = loader.load_file(path, wh)
    errors = [(e.sheet, e.row, e.column, e.value, e.message) for e in result.errors]
    assert result.status == "loaded", f"{path.name}: {errors}"
    with wh.read() as con:
        ntm = con.execute(
            "SELECT era, commune_code, year, criteria_set, criteria_met, ntm_level, "
            "recognized_year FROM commune_ntm"
        ).fetchall()
        crit = con.execute(
            "SELECT era, commune_code, year, criterion_no, met FROM commune_ntm_criteria"
        ).fetchall()
    return sorted(ntm, key=str), sorted(crit, key=str)


@given(drawn=facts(), data=st.data(), list_style=styles, matrix_style=styles)
def test_list_and_matrix_give_the_same_ntm_rows(
    _empty_warehouse_file, drawn, data, list_style, matrix_style
):
    year, rows = drawn
    list_rows = data.draw(st.permutations(rows), label="list order")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_list(folder / "danh_sach.xlsx", year, list_rows, list_style)
        write_matrix(folder / "ma_tran.xlsx", year, rows, matrix_style)
        empty = _empty_warehouse_file
        from_list = loaded(folder / "danh_sach.xlsx", empty, folder / "a.duckdb")
        from_matrix = loaded(folder / "ma_tran.xlsx", empty, folder / "b.duckdb")
    ntm, crit = expected(year, rows)
    assert from_list == from_matrix
    assert from_list == (sorted(ntm, key=str), sorted(crit, key=str))
