"""One roster, two layouts: the same people whatever the layout a clerk chose.

Hypothesis draws a small roster of real people and communes, then two layouts
independently (title block, start column, header depth and merges, gender column or Nam/Nữ
birth columns, numbering row, district by group rows or by column, totals, signature
block, how names and units are typed). Both files must load to the same ``officers``
rows, and those rows must be the roster.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from hypothesis import given, note
from hypothesis import strategies as st

from etl import loader
from etl.store import Warehouse
from tests.corpus.base import d, legacy_commune
from tests.corpus.officers import (
    NBSP,
    PCT,
    commune_type,
    header,
    nfd,
    old_tone,
    put,
    put_row,
    signature,
    strip_type,
    title_block,
)

# (name, gender, birth, commune as the reference names it, district) in Thanh Hóa, 2021.
POOL = [
    ("Lò Văn Bình", "Nam", d(14, 5, 1987), "Xã Tam Chung", "Huyện Mường Lát"),
    ("Vi Thị Hòa", "Nữ", d(2, 9, 1988), "Xã Pù Nhi", "Huyện Mường Lát"),
    ("Hà Văn Tuấn", "Nam", d(7, 1, 1989), "Thị trấn Mường Lát", "Huyện Mường Lát"),
    ("Lữ Thị Thủy", "Nữ", d(21, 3, 1990), "Xã Sơn Thủy", "Huyện Quan Sơn"),
    ("Phạm Văn Khỏe", "Nam", d(9, 9, 1986), "Thị trấn Sơn Lư", "Huyện Quan Sơn"),
    ("Lương Thị Ngọc", "Nữ", d(30, 6, 1991), "Xã Na Mèo", "Huyện Quan Sơn"),
    ("Hà Văn Long", "Nam", d(11, 2, 1988), "Xã Thành Sơn", "Huyện Bá Thước"),
    ("Trương Thị Hiền", "Nữ", d(5, 5, 1989), "Xã Thành Sơn", "Huyện Quan Hóa"),
    ("Lê Thị Hoa", "Nữ", d(17, 8, 1991), "Phường Hải Hòa", "Thị xã Nghi Sơn"),
    ("Mai Văn Tú", "Nam", d(24, 12, 1993), "Xã Thanh Thủy", "Thị xã Nghi Sơn"),
    ("Lê Văn Phú", "Nam", d(4, 2, 1990), "Xã Hoằng Phú", "Huyện Hoằng Hóa"),
    ("Lê Thị Phụng", "Nữ", d(15, 6, 1991), "Xã Hoằng Phụ", "Huyện Hoằng Hóa"),
]

COMMUNE_LABELS = ["Xã", "Xã, phường", "Phường/Xã", "Xã/phường/thị trấn", "Tên xã, phường, thị trấn"]
HOMETOWNS = ["Xã Hoằng Lộc, huyện Hoằng Hóa", "Thiệu Vũ, Thiệu Hóa", "Xã Yên Khương, Lang Chánh"]
_DISTRICT_ABBR = {"Huyện": "H.", "Thị xã": "TX"}
_COMMUNE_ABBR = {"Xã": "X.", "Phường": "P.", "Thị trấn": "TT."}


@dataclass(frozen=True)
class Person:
    name: str  # as stored: capitals kept when typed in capitals
    gender: str
    birth: dt.date
    commune: str
    district: str

    def fact(self) -> tuple:
        code = legacy_commune("Thanh Hóa", self.district, self.commune)
        return (self.name, "legacy", code, self.birth, self.birth.year, self.gender, PCT, None)


@dataclass(frozen=True)
class Layout:
    agency: bool  # 'UBND TỈNH THANH HÓA / SỞ NỘI VỤ' and the motto
    extra_title: int  # form number, attachment line, unit line, blank rows
    as_of: str
    left: int  # the table's first column
    gender: str  # 'column' (Giới tính) or 'namnu' (two birth-date columns)
    birth: str  # 'date' (an Excel date), 'text' (dd/mm/yyyy), 'serial' (the number)
    depth: int  # header rows
    unit_group: bool  # 'Đơn vị công tác' over commune | district
    numbering: str | None
    districts: str  # 'column', 'roman' (I | HUYỆN …), 'arabic' (1. Huyện …), 'bare'
    totals: str | None  # None, 'group', 'grand', 'both'
    signature: bool
    names: str  # 'nfc', 'nfd', 'old' (old tone placement), 'spaces'
    communes: str  # 'full', 'bare', 'abbr'
    district_names: str  # 'full', 'bare', 'abbr'
    commune_label: str
    position: str  # 'column' (Chức vụ) or 'title'
    hometown: bool  # a Quê quán column naming other communes
    note_column: bool


layouts = st.builds(
    Layout,
    agency=st.booleans(),
    extra_title=st.integers(0, 4),
    as_of=st.sampled_from(
        ["(Tính đến ngày 31/12/2021)", "Tính đến ngày 31 tháng 12 năm 2021", "Năm 2021"]
    ),
    left=st.integers(1, 3),
    gender=st.sampled_from(["column", "namnu"]),
    birth=st.sampled_from(["date", "text", "serial"]),
    depth=st.integers(1, 3),
    unit_group=st.booleans(),
    numbering=st.sampled_from([None, "paren", "letters", "digits"]),
    districts=st.sampled_from(["column", "roman", "arabic", "bare"]),
    totals=st.sampled_from([None, "group", "grand", "both"]),
    signature=st.booleans(),
    names=st.sampled_from(["nfc", "nfd", "old", "spaces"]),
    communes=st.sampled_from(["full", "bare", "abbr"]),
    district_names=st.sampled_from(["full", "bare", "abbr"]),
    commune_label=st.sampled_from(COMMUNE_LABELS),
    position=st.sampled_from(["column", "title"]),
    hometown=st.booleans(),
    note_column=st.booleans(),
)


@st.composite
def rosters(draw) -> list[Person]:
    picked = draw(
        st.lists(
            st.tuples(st.sampled_from(range(len(POOL))), st.booleans()),
            min_size=2,
            max_size=8,
            unique_by=lambda t: t[0],
        )
    )
    return [
        Person(name.upper() if caps else name, gender, birth, commune, district)
        for (name, gender, birth, commune, district), caps in ((POOL[i], c) for i, c in picked)
    ]


def typed(text: str, style: str) -> str:
    """A name or unit as the clerk's keyboard typed it."""
    if style == "nfd":
        return nfd(text)
    if style == "old":
        return old_tone(text)
    if style == "spaces":
        return " " + text.replace(" ", "  ", 1) + NBSP
    return text


def district_text(district: str, style: str) -> str:
    kind = "Thị xã" if district.startswith("Thị xã") else "Huyện"
    name = district.removeprefix(f"{kind} ")
    if style == "bare":
        return name
    if style == "abbr":
        return f"{_DISTRICT_ABBR[kind]} {name}"
    return district


def commune_text(commune: str, style: str) -> str:
    if style == "bare":
        return strip_type(commune)
    if style == "abbr":
        return f"{_COMMUNE_ABBR[commune_type(commune)]} {strip_type(commune)}"
    return commune


def write(path: Path, people: list[Person], lay: Layout, rnd: random.Random) -> None:
    """The roster in one layout, as a clerk would lay it out."""
    by_column = lay.districts == "column"
    paths: list[tuple[str, ...]] = [("STT",), ("Họ và tên",)]
    if lay.gender == "namnu":
        paths += [("Ngày, tháng, năm sinh", "Nam"), ("Ngày, tháng, năm sinh", "Nữ")]
    else:
        paths += [("Ngày sinh",), ("Giới tính",)]
    if lay.hometown:
        paths.append(("Quê quán",))
    if lay.position == "column":
        paths.append(("Chức vụ",))
    units = [(lay.commune_label,), ("Huyện",)] if by_column else [(lay.commune_label,)]
    if lay.unit_group:
        units = [("Đơn vị công tác", *u) for u in units]
    paths += units
    if lay.note_column:
        paths.append(("Ghi chú",))
    depth = max(lay.depth, max(len(p) for p in paths))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = rnd.choice(["Sheet1", "Danh sách", "DS"])
    width = len(paths)
    title = (
        "DANH SÁCH PHÓ CHỦ TỊCH UBND XÃ LÀ TRÍ THỨC TRẺ"
        if lay.position == "title"
        else "DANH SÁCH CÁN BỘ, CÔNG CHỨC TRẺ CẤP XÃ"
    )
    below = [lay.as_of]
    if lay.extra_title > 1:
        below.append("(Kèm theo Báo cáo số 15/BC-SNV ngày 10/01/2022 của Sở Nội vụ)")
    if lay.agency:
        row = title_block(
            ws,
            lay.left,
            width,
            form="Biểu số 02/NV" if lay.extra_title > 2 else None,
            title=(title,),
            below=tuple(below),
            unit_line=lay.extra_title > 0,
            gap=lay.extra_title % 2,
        )
    else:
        put(ws, 1, lay.left, title, bold=True, across=width)
        for i, line in enumerate(below, start=2):
            put(ws, i, lay.left, line, italic=True, across=width)
        row = 2 + len(below) + lay.extra_title % 2
    row = header(ws, row, lay.left, paths, depth=depth, numbering=lay.numbering)

    groups: dict[str, list[Person]] = {}
    for p in people:
        groups.setdefault(p.district, []).append(p)
    order = list(groups)
    rnd.shuffle(order)
    count = 0
    for g, district in enumerate(order):
        members = groups[district]
        if lay.districts == "roman":
            put(ws, row, lay.left, ["I", "II", "III", "IV", "V", "VI", "VII"][g], bold=True)
            put(ws, row, lay.left + 1, typed(district.upper(), lay.names), bold=True)
            row += 1
        elif lay.districts == "arabic":
            put(ws, row, lay.left, f"{g + 1}. {typed(district, lay.names)}", bold=True, across=2)
            row += 1
        elif lay.districts == "bare":
            put(ws, row, lay.left + 1, typed(district, lay.names), bold=True)
            row += 1
        for p in members:
            count += 1
            birth: object = p.birth
            if lay.birth == "text":
                birth = f"{p.birth.day:02d}/{p.birth.month:02d}/{p.birth.year}"
            elif lay.birth == "serial":
                birth = (p.birth - dt.date(1899, 12, 30)).days
            values: list = [count if by_column else members.index(p) + 1, typed(p.name, lay.names)]
            if lay.gender == "namnu":
                values += [birth, None] if p.gender == "Nam" else [None, birth]
            else:
                values += [birth, p.gender]
            if lay.hometown:
                values.append(rnd.choice(HOMETOWNS))
            if lay.position == "column":
                values.append(PCT)
            values.append(typed(commune_text(p.commune, lay.communes), lay.names))
            if by_column:
                values.append(typed(district_text(district, lay.district_names), lay.names))
            if lay.note_column:
                values.append(rnd.choice([None, "Đang học cao học", "Nghỉ thai sản"]))
            put_row(ws, row, lay.left, values)
            if lay.birth == "serial":
                for col in range(lay.left + 2, lay.left + 4):
                    ws.cell(row=row, column=col).number_format = "General"
            row += 1
        if lay.totals in ("group", "both") and not by_column:
            put(ws, row, lay.left + 1, f"Cộng: {len(members)} đội viên", bold=True)
            row += 1
    if lay.totals in ("grand", "both"):
        if lay.gender == "namnu":  # the men and women counted under Nam and Nữ
            men = sum(p.gender == "Nam" for p in people)
            put_row(
                ws, row, lay.left + 1, [rnd.choice(["Tổng cộng", "Cộng"]), men, len(people) - men]
            )
        else:
            total = rnd.choice(["Tổng cộng: {} đội viên", "Cộng: {} người", "Tổng số: {} người"])
            put(ws, row, lay.left + 1, total.format(len(people)), bold=True)
        row += 1
    if lay.signature:
        signature(
            ws,
            row + 1,
            lay.left + 1,
            lay.left + max(2, width - 3),
            place_date="Thanh Hóa, ngày 10 tháng 01 năm 2022",
            left_name=rnd.choice(["Nguyễn Thị Lan", "Lê Văn Thắng"]),
        )
    wb.save(path)


def load(path: Path, db: Path) -> list[tuple]:
    result = loader.load_file(path, Warehouse(db))
    problems = [(e.sheet, e.row, e.column, e.value, e.message) for e in result.errors]
    assert result.status == "loaded", problems
    with Warehouse(db).read() as con:
        rows = con.execute(
            "SELECT full_name, era, commune_code, birth_date, birth_year, gender, position, "
            "program FROM officers"
        ).fetchall()
    return sorted(rows, key=repr)


@given(
    people=rosters(),
    first=layouts,
    second=layouts,
    rnd=st.randoms(use_true_random=False),
)
def test_a_roster_loads_the_same_in_any_layout(people, first, second, rnd):
    expected = sorted((p.fact() for p in people), key=repr)
    with tempfile.TemporaryDirectory() as tmp:
        loaded = []
        for n, layout in enumerate((first, second)):
            path = Path(tmp) / f"roster_{n}.xlsx"
            write(path, people, layout, rnd)
            note(f"layout {n}: {layout}")
            loaded.append(load(path, Path(tmp) / f"w{n}.duckdb"))
    assert loaded[0] == loaded[1]
    assert loaded[0] == expected
