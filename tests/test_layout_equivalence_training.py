"""A training cross-tab gives the same rows as the long list it pivots (LAYOUTS.md §3).

Hypothesis draws small training facts (2-5 districts of Phú Yên, 1-3 categories, a target
for 2011-2015 and results for 2-4 of those years, some of them zero or not known), writes
them once as long lists (a "Chỉ tiêu" sheet and a "Kết quả" sheet) and once as a cross-tab
with the categories across the header over "Chỉ tiêu 2011-2015 | 2011 | 2012 …", with or
without a TH/KH column, a numbering row, a title block, a total row, and starting in
column A, B or C. Both files, loaded into fresh warehouses, must give the same
training_targets and training_results rows, and those rows must be the facts.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from etl import loader
from tests.corpus.base import MOTTO, MOTTO2, legacy_district

try:
    from etl.store import Warehouse
except ImportError:  # the name the warehouse module had before etl/store/
    from etl.storage import Warehouse

PROVINCE = "Phú Yên"
START, END = 2011, 2015

# District -> the ways a clerk writes it in a table of districts (Đông Hòa was a huyện
# until 2020 and a thị xã after: only the bare name fits a 2011-2015 file and the
# reference both).
DISTRICTS = {
    "Sơn Hòa": ("Huyện Sơn Hòa", "Sơn Hòa", "H. Sơn Hòa", "Sơn Hoà"),
    "Sông Hinh": ("Huyện Sông Hinh", "Sông Hinh", "H. Sông Hinh"),
    "Đồng Xuân": ("Huyện Đồng Xuân", "Đồng Xuân", "H. Đồng Xuân"),
    "Tuy An": ("Huyện Tuy An", "Tuy An", "H. Tuy An"),
    "Phú Hòa": ("Huyện Phú Hòa", "Phú Hòa", "Phú Hoà"),
    "Tây Hòa": ("Huyện Tây Hòa", "Tây Hòa", "H. Tây Hòa"),
    "Đông Hòa": ("Đông Hòa", "Đông Hoà"),
    "Sông Cầu": ("Thị xã Sông Cầu", "TX Sông Cầu", "TX. Sông Cầu"),
    "Tuy Hòa": ("Thành phố Tuy Hòa", "TP Tuy Hòa", "TP. Tuy Hòa"),
}

# Category as stored -> how a header or a Lĩnh vực cell writes it.
CATEGORIES = {
    "chuyên môn nghiệp vụ": ("Chuyên môn nghiệp vụ", "CMNV", "Chuyên môn, nghiệp vụ"),
    "lý luận chính trị": ("Lý luận chính trị", "LLCT", "LÝ LUẬN CHÍNH TRỊ"),
    "quản lý nhà nước": ("Quản lý nhà nước", "QLNN", "Kiến thức QLNN"),
    "tin học": ("Tin học", "TIN HỌC"),
    "ngoại ngữ": ("Ngoại ngữ", "NGOẠI NGỮ"),
}


@functools.cache
def district_code(short: str) -> str:
    return legacy_district(PROVINCE, short)


@dataclass
class Facts:
    districts: list[str]
    categories: list[str]
    years: list[int]
    targets: dict[tuple[str, str], int]
    results: dict[tuple[str, str, int], int | None]  # None: not known, a blank cell


@st.composite
def achieved(draw) -> int | None:
    kind = draw(st.sampled_from(("count", "count", "count", "zero", "blank")))
    if kind == "count":
        return draw(st.integers(1, 150))
    return 0 if kind == "zero" else None


@st.composite
def training_facts(draw) -> Facts:
    districts = draw(
        st.lists(st.sampled_from(sorted(DISTRICTS)), min_size=2, max_size=5, unique=True)
    )
    categories = draw(
        st.lists(st.sampled_from(sorted(CATEGORIES)), min_size=1, max_size=3, unique=True)
    )
    years = sorted(draw(st.lists(st.integers(START, END), min_size=2, max_size=4, unique=True)))
    targets = {
        (d, c): draw(st.one_of(st.just(0), st.integers(1, 600)))
        for d in districts
        for c in categories
    }
    results = {(d, c, y): draw(achieved()) for d in districts for c in categories for y in years}
    return Facts(districts, categories, years, targets, results)


@dataclass
class CrossTab:
    """How one clerk laid the cross-tab out."""

    col0: int  # the table's first column
    title: bool  # title block above and signature below
    numbering: str | None  # "(1) | (2) …" or "A | B | 1 | 2 …" under the header
    total: tuple[str, str] | None  # ("top" or "bottom", its label)
    ratio: bool  # a TH/KH (%) column after each category's years
    year_style: str  # 2011 as a number, as text, or "Năm 2011"
    target_head: str
    unit_head: str
    dash: bool  # zero typed as "-"
    name_pick: int
    label_pick: int


crosstabs = st.builds(
    CrossTab,
    col0=st.integers(1, 3),
    title=st.booleans(),
    numbering=st.sampled_from((None, "paren", "letters")),
    total=st.one_of(
        st.none(),
        st.tuples(
            st.sampled_from(("top", "bottom")), st.sampled_from(("Toàn tỉnh", "Tổng cộng", "Cộng"))
        ),
    ),
    ratio=st.booleans(),
    year_style=st.sampled_from(("int", "text", "Năm")),
    target_head=st.sampled_from(
        ("Chỉ tiêu {a}-{b}", "Chỉ tiêu giai đoạn {a} - {b}", "Kế hoạch {a}-{b}", "KH {a}-{b}")
    ),
    unit_head=st.sampled_from(("Đơn vị", "Huyện", "Đơn vị, địa phương", "Tên đơn vị")),
    dash=st.booleans(),
    name_pick=st.integers(0, 10),
    label_pick=st.integers(0, 10),
)


# ----------------------------------------------------------------- writing the two files


def _title(ws: Worksheet, col0: int, width: int, title: str) -> int:
    ws.cell(1, col0, "UBND TỈNH PHÚ YÊN")
    ws.cell(2, col0, "SỞ NỘI VỤ")
    ws.cell(1, col0 + max(3, width - 3), MOTTO)
    ws.cell(2, col0 + max(3, width - 3), MOTTO2)
    ws.cell(4, col0, title)
    ws.merge_cells(start_row=4, start_column=col0, end_row=4, end_column=col0 + width - 1)
    ws.cell(5, col0 + width - 2, "Đơn vị tính: người")
    return 6


def _signature(ws: Worksheet, row: int, col0: int, width: int) -> None:
    right = col0 + max(3, width - 3)
    ws.cell(row, right, "Phú Yên, ngày 25 tháng 01 năm 2016")
    ws.cell(row + 1, col0, "NGƯỜI LẬP BIỂU")
    ws.cell(row + 1, right, "GIÁM ĐỐC")
    ws.cell(row + 5, col0, "Nguyễn Thị Lan")
    ws.cell(row + 5, right, "Trần Văn Hùng")


def write_list(path: Path, facts: Facts) -> None:
    """The long lists: one row per unit, category and period, then per unit, category and
    year; official names, full category names, zeros as 0, unknown results left out."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu"
    heads = ["STT", "Đơn vị", "Lĩnh vực", "Từ năm", "Đến năm", "Chỉ tiêu"]
    for k, text in enumerate(heads, start=1):
        ws.cell(1, k, text)
    row = 1
    for d in facts.districts:
        for c in facts.categories:
            row += 1
            values = [row - 1, DISTRICTS[d][0], CATEGORIES[c][0], START, END, facts.targets[(d, c)]]
            for k, v in enumerate(values, start=1):
                ws.cell(row, k, v)
    known = [(key, n) for key, n in facts.results.items() if n is not None]
    if known:
        ws = wb.create_sheet("Kết quả")
        for k, text in enumerate(["STT", "Đơn vị", "Lĩnh vực", "Năm", "Số người"], start=1):
            ws.cell(1, k, text)
        for row, ((d, c, y), n) in enumerate(known, start=2):
            for k, v in enumerate([row - 1, DISTRICTS[d][0], CATEGORIES[c][0], y, n], start=1):
                ws.cell(row, k, v)
    wb.save(path)


def write_crosstab(path: Path, facts: Facts, lay: CrossTab) -> None:
    """Categories across the header over the target and the years, districts down the side."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 1"
    years = facts.years
    per = 1 + len(years) + (1 if lay.ratio else 0)
    width = 2 + per * len(facts.categories)
    c0 = lay.col0
    h = 1
    if lay.title:
        h = _title(
            ws,
            c0,
            width,
            f"KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC CẤP XÃ GIAI ĐOẠN {START}-{END}",
        )

    def year_head(y: int) -> object:
        return {"int": y, "text": str(y), "Năm": f"Năm {y}"}[lay.year_style]

    for k, text in enumerate(("STT", lay.unit_head)):
        ws.cell(h, c0 + k, text)
        ws.merge_cells(start_row=h, start_column=c0 + k, end_row=h + 1, end_column=c0 + k)
    for i, cat in enumerate(facts.categories):
        c = c0 + 2 + i * per
        labels = CATEGORIES[cat]
        ws.cell(h, c, labels[(lay.label_pick + i) % len(labels)])
        if per > 1:
            ws.merge_cells(start_row=h, start_column=c, end_row=h, end_column=c + per - 1)
        ws.cell(h + 1, c, lay.target_head.format(a=START, b=END))
        for j, y in enumerate(years):
            ws.cell(h + 1, c + 1 + j, year_head(y))
        if lay.ratio:
            ws.cell(h + 1, c + per - 1, "TH/KH (%)")
    row = h + 1
    if lay.numbering:
        row += 1
        marks = (
            [f"({k + 1})" for k in range(width)]
            if lay.numbering == "paren"
            else ["A", "B", *(str(k + 1) for k in range(width - 2))]
        )
        for k, mark in enumerate(marks):
            ws.cell(row, c0 + k, mark)

    def typed(n: int | None) -> object:
        return "-" if n == 0 and lay.dash else n

    def values(units: list[str]) -> list[object]:
        out: list[object] = []
        for cat in facts.categories:
            target = sum(facts.targets[(u, cat)] for u in units)
            done = []
            for y in years:
                known = [facts.results[(u, cat, y)] for u in units]
                known = [n for n in known if n is not None]
                done.append(sum(known) if known else None)
            out += [typed(target), *(typed(n) for n in done)]
            if lay.ratio:
                out.append(round(sum(n or 0 for n in done) * 100 / target, 1) if target else None)
        return out

    def total_row() -> None:
        nonlocal row
        row += 1
        ws.cell(row, c0 + 1, lay.total[1])
        for k, v in enumerate(values(facts.districts)):
            ws.cell(row, c0 + 2 + k, v)

    if lay.total and lay.total[0] == "top":
        total_row()
    for n, d in enumerate(facts.districts, start=1):
        row += 1
        names = DISTRICTS[d]
        ws.cell(row, c0, n)
        ws.cell(row, c0 + 1, names[(lay.name_pick + n) % len(names)])
        for k, v in enumerate(values([d])):
            ws.cell(row, c0 + 2 + k, v)
    if lay.total and lay.total[0] == "bottom":
        total_row()
    if lay.title:
        _signature(ws, row + 2, c0, width)
    wb.save(path)


# ----------------------------------------------------------------- loading and comparing

TARGET_COLUMNS = "era, unit_level, unit_code, category, level, period_start, period_end, target"
RESULT_COLUMNS = "era, unit_level, unit_code, category, level, year, achieved"


def _sorted(rows) -> list[tuple]:
    return sorted((tuple(r) for r in rows), key=lambda t: tuple((v is None, str(v)) for v in t))


def expected(facts: Facts) -> tuple[list[tuple], list[tuple]]:
    targets = [
        ("legacy", "district", district_code(d), c, None, START, END, n)
        for (d, c), n in facts.targets.items()
    ]
    results = [
        ("legacy", "district", district_code(d), c, None, y, n)
        for (d, c, y), n in facts.results.items()
        if n is not None
    ]
    return _sorted(targets), _sorted(results)


def load(path: Path, db: Path, empty: Path) -> tuple[list[tuple], list[tuple]]:
    """Load ``path`` into a fresh warehouse at ``db`` (a copy of an empty one: creating the
    schema and the reference units for every example would take most of the test's time)."""
    shutil.copy(empty, db)
    wh = Warehouse(db)
    result = loader.load_file(path, wh)
    problems = [(e.sheet, e.row, e.column, e.value, e.message) for e in result.errors]
    assert result.status == "loaded", f"{path.name}: {result.status} {problems}"
    assert not result.errors, f"{path.name}: {problems}"
    with wh.read() as con:
        targets = con.execute(f"SELECT {TARGET_COLUMNS} FROM training_targets").fetchall()
        results = con.execute(f"SELECT {RESULT_COLUMNS} FROM training_results").fetchall()
    return _sorted(targets), _sorted(results)


@given(facts=training_facts(), layout=crosstabs)
def test_crosstab_and_list_give_the_same_training_rows(
    _empty_warehouse_file: Path, facts: Facts, layout: CrossTab
) -> None:
    empty = _empty_warehouse_file  # session fixture (conftest): schema and units, no facts
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_list(folder / "danh_sach.xlsx", facts)
        write_crosstab(folder / "bieu_tong_hop.xlsx", facts, layout)
        from_list = load(folder / "danh_sach.xlsx", folder / "list.duckdb", empty)
        from_crosstab = load(folder / "bieu_tong_hop.xlsx", folder / "crosstab.duckdb", empty)
    want = expected(facts)
    assert from_list == want, "the long lists do not give the facts"
    assert from_crosstab == from_list, f"the cross-tab ({layout}) differs from the list"
