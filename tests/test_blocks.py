"""A long .xlsx sheet is read in two parts: its head from a cut copy of the workbook, the
rest as Arrow columns (fastexcel) when each column holds one cell type, as Python rows
(python-calamine) otherwise. Whichever way a sheet goes, the load must be the one the
plain python-calamine reading gives: same facts, same problems at the same cells."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from etl import layout, loader, templates
from etl.read import blocks, safety, xlsx_head
from tests.test_loader import _NTM_CELLS, ntm_row

HEADER = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Chức vụ",
    "Tỉnh",
    "Huyện",
    "Xã",
    "Ngày bổ nhiệm",
    "Đảng viên",
]


def person(i: int, **cells) -> list[object]:
    row = {
        "stt": float(i),
        "name": f"Lò Văn Bình {i}",
        "birth": dt.date(1970 + i % 30, 1 + i % 12, 1 + i % 28),
        "gender": "Nam" if i % 3 else "Nữ",
        "ethnicity": "Thái",
        "position": "Phó Chủ tịch UBND xã",
        "province": "Thanh Hóa",
        "district": "Mường Lát",
        "commune": "Tam Chung",
        "start": dt.date(2012, 1 + i % 12, 1),
        "party": "x" if i % 2 else None,
    }
    row.update(cells)
    return list(row.values())


def workbook(rows: list[list[object]], margin: int = 0, merges: tuple[str, ...] = ()) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    lines = [["DANH SÁCH CÁN BỘ CẤP XÃ"], ["(Tính đến ngày 30/06/2017)"], HEADER, *rows]
    for r, line in enumerate(lines, start=1):
        for c, value in enumerate(line, start=1 + margin):
            if value is not None:
                ws.cell(r, c, value)
    for cells in merges:
        ws.merge_cells(cells)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def outcome(content: bytes, name: str = "ds.xlsx"):
    """Facts per table, then errors and warnings, each in a fixed order."""
    prepared = loader.prepare(content, name)
    return (
        prepared.kind,
        prepared.era,
        prepared.as_of_date,
        prepared.rows_read,
        {t: sorted(f.to_pylist(), key=repr) for t, f in prepared.facts.items()},
        *(
            sorted((p.sheet, p.row or 0, p.column or "", p.value, p.message) for p in found)
            for found in (prepared.errors, prepared.warnings)
        ),
    )


@pytest.fixture
def blocks_read(monkeypatch):
    """What each Arrow read gave: a Block, or None when the sheet went the Python way."""
    seen: list[blocks.Block | None] = []
    original = blocks.read_block

    def spy(*args):
        seen.append(original(*args))
        return seen[-1]

    monkeypatch.setattr(blocks, "read_block", spy)
    return seen


def plain(monkeypatch, content: bytes):
    """The load as python-calamine alone gives it: no cut head, no Arrow block."""
    with monkeypatch.context() as m:
        m.setattr(blocks, "available", lambda: False)
        return outcome(content)


def test_long_flat_roster_is_read_as_arrow_and_loads_as_before(monkeypatch, blocks_read):
    rows = [person(i) for i in range(1, 301)]
    content = workbook(rows)
    fast = outcome(content)
    assert [b is not None for b in blocks_read] == [True]
    assert blocks_read[0].first_row == layout.HEAD_ROWS
    assert fast == plain(monkeypatch, content)
    facts = fast[4]["fact_officer"]
    assert len(facts) == 300 and not fast[5]
    row_of = {f["full_name"]: f["source_row"] for f in facts}
    assert row_of["Lò Văn Bình 1"] == 4 and row_of["Lò Văn Bình 300"] == 303
    assert {f["birth_date"] for f in facts if f["full_name"] == "Lò Văn Bình 250"} == {
        dt.date(1970 + 250 % 30, 1 + 250 % 12, 1 + 250 % 28)
    }


def test_progress_moves_through_the_arrow_rows(monkeypatch, blocks_read):
    from etl.facts import rows as rows_module

    monkeypatch.setattr(rows_module, "CHUNK_ROWS", 50)
    content = workbook([person(i) for i in range(1, 301)])
    seen: list[tuple[int, int]] = []
    loader.prepare(content, "ds.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert [b is not None for b in blocks_read] == [True]
    assert {total for _, total in seen} == {303}  # the sheet's height, from the cut
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 303
    assert len([d for d in done if layout.HEAD_ROWS < d < 303]) >= 4  # one per chunk


def test_a_column_that_mixes_types_below_the_head_goes_the_python_way(monkeypatch, blocks_read):
    """A text date among dates, far below the head: the Arrow read is refused and the
    sheet is read by python-calamine, with the bad cell reported where it is."""
    rows = [person(i) for i in range(1, 201)]
    rows[150] = person(151, birth="31/02/1980")
    content = workbook(rows)
    fast = outcome(content)
    assert blocks_read == [None]
    assert fast == plain(monkeypatch, content)
    assert [(e[1], e[2], e[3]) for e in fast[5]] == [(154, "C", "31/02/1980")]


def test_numbers_written_as_text_in_the_head_skip_the_arrow_read(monkeypatch, blocks_read):
    """Group rows numbered "I.", "II." in the STT column: the rows below will mix text
    and numbers there, so the sheet goes straight to python-calamine."""
    rows = [["I.", "HUYỆN MƯỜNG LÁT"]] + [person(i) for i in range(1, 120)]
    rows[60:60] = [["II.", "HUYỆN QUAN SƠN"]]
    content = workbook(rows)
    assert outcome(content) == plain(monkeypatch, content)
    assert blocks_read == []


def test_group_total_and_blank_rows_inside_the_arrow_rows(monkeypatch, blocks_read):
    """Rows without a number in STT, inside an Arrow block, are classified one by one:
    a district heading sets the context, a blank row is skipped, a total is checked and
    a signature ends the table."""
    rows = [person(i) for i in range(1, 121)]
    rows[80:80] = [[None, "HUYỆN QUAN SƠN"], [None] * 11]
    rows[90] = person(89, district=None, commune="Na Mèo")
    rows += [[None, "Cộng: 40 người"], [None, "Tổng cộng: 121 người"]]
    rows += [[None, "Người lập biểu", None, None, None, "GIÁM ĐỐC"], [None, "Nguyễn Văn A"]]
    content = workbook(rows)
    fast = outcome(content)
    assert [b is not None for b in blocks_read] == [True]
    assert fast == plain(monkeypatch, content)
    facts = {f["full_name"]: f for f in fast[4]["fact_officer"]}
    assert len(facts) == 120 and not fast[5]  # Na Mèo was found in Quan Sơn
    assert facts["Lò Văn Bình 89"]["commune_code"] != facts["Lò Văn Bình 1"]["commune_code"]
    assert [(w[1], w[4]) for w in fast[6]] == [
        (127, "Dòng 'Tổng cộng: 121 người' ghi 121 nhưng có 120 dòng số liệu ở trên.")
    ]


def test_form_right_of_column_a_and_merges_reaching_into_the_data(monkeypatch, blocks_read):
    rows = [person(i) for i in range(1, 101)]
    content = workbook(rows, margin=2, merges=("C1:F1",))
    assert outcome(content) == plain(monkeypatch, content)
    assert [b is not None for b in blocks_read] == [True]
    merged = workbook(rows, merges=("J60:J70",))  # a district name merged down
    blocks_read.clear()
    assert outcome(merged) == plain(monkeypatch, merged)
    assert blocks_read == []  # filled row by row, so never asked for as Arrow


def test_broken_sheet_body_is_a_clear_refusal(wh):
    """The head reads, the rest is not XML: refused with a message, nothing written."""
    content = workbook([person(i) for i in range(1, 200)])
    source = zipfile.ZipFile(io.BytesIO(content))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                at = data.index(b'<row r="150"')
                data = data[:at] + b"<row r=<<broken" + data[at:]
            copy.writestr(info.filename, data)
    result = loader.load_bytes(out.getvalue(), "hong.xlsx", wh)
    assert result.status == "refused"
    assert "hong.xlsx" in result.errors[0].message
    with wh.read() as con:
        assert con.execute("SELECT count(*) FROM officers").fetchone() == (0,)


def test_head_copy_keeps_merges_and_knows_the_height():
    rows = [person(i) for i in range(1, 200)]
    content = workbook(rows, merges=("A1:K1", "B2:D2"))
    head = xlsx_head.HeadCopy(10)
    safety.inspect(content, "x.xlsx", head.sink)
    copy, cuts = head.workbook()
    assert cuts == {"Danh sách": xlsx_head.SheetCut(True, 202)}
    import python_calamine as pc

    sheet = pc.CalamineWorkbook.from_filelike(io.BytesIO(copy)).get_sheet_by_name("Danh sách")
    assert len(list(sheet.iter_rows())) == 10
    assert sorted(sheet.merged_cell_ranges) == [((0, 0), (0, 10)), ((1, 1), (1, 3))]


_ODD = {
    "stt": st.sampled_from([None, "I.", "7", 3.0]),
    "name": st.sampled_from(["  Hà Thị  Hoà ", "", None, 12.0, True]),
    "birth": st.sampled_from(
        [
            1985,
            "02/03/1988",
            "30/02/1990",
            dt.datetime(1990, 5, 1, 12, 30),
            dt.time(12, 0),
            dt.date(1899, 12, 31),
            None,
        ]
    ),
    "gender": st.sampled_from(["nu", "khác", None, 1.0]),
    "commune": st.sampled_from(["xã Tam Chung", "Xã Không Có", None, 5.0]),
    "start": st.sampled_from(["01/03/2015", 2016, dt.datetime(2015, 1, 1, 8, 0), None]),
    "party": st.sampled_from(["X", "có", 1.0, False, None]),
}
_SPECIAL = st.sampled_from(
    [
        [None] * 11,
        [None, "HUYỆN QUAN SƠN"],
        [None, "Cộng: 4 người"],
        ["II.", "XÃ NA MÈO"],
        [None, "Ghi chú: số liệu tạm tính"],
    ]
)


@st.composite
def long_rosters(draw):
    """A roster long enough to pass the head, clean but for a few odd cells and rows."""
    n = draw(st.integers(min_value=8, max_value=40))
    rows = [person(i) for i in range(1, n + 1)]
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, n - 1))
        cells = draw(st.fixed_dictionaries({}, optional=_ODD))
        rows[at] = person(at + 1, **cells)
    for _ in range(draw(st.integers(0, 3))):
        rows.insert(draw(st.integers(0, len(rows))), draw(_SPECIAL))
    if draw(st.booleans()):
        rows += [[None, "Người lập biểu"], [None, "Lò Văn Ký"]]
    return rows


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(long_rosters(), st.integers(min_value=4, max_value=12))
def test_arrow_rows_and_python_rows_load_the_same_roster(monkeypatch, rows, head_rows):
    """Any roster, the head cut anywhere: the same load as python-calamine alone."""
    content = workbook(rows)
    with monkeypatch.context() as m:
        m.setattr(layout, "HEAD_ROWS", head_rows)
        fast = outcome(content)
    assert fast == plain(monkeypatch, content)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.fixed_dictionaries(_NTM_CELLS), min_size=6, max_size=14))
def test_arrow_rows_and_python_rows_load_the_same_ntm_sheet(tmp_path, monkeypatch, cells):
    """The same for commune sheets (NTM results), whose builder reads rows as dicts."""
    path = templates.write_workbook(
        "communes",
        tmp_path / "ntm.xlsx",
        {"ntm": [ntm_row(stt=i + 1, **row) for i, row in enumerate(cells)]},
    )
    content = path.read_bytes()
    with monkeypatch.context() as m:
        m.setattr(layout, "HEAD_ROWS", 8)
        fast = outcome(content, path.name)
    with monkeypatch.context() as m:
        m.setattr(blocks, "available", lambda: False)
        assert fast == outcome(content, path.name)
