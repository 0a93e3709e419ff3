"""Loading template-shaped workbooks: validation, all-or-nothing, idempotence, replacement."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import loader, templates
from etl.spec import tables
from tests.conftest import officer

FACT_TABLES = (*tables.FACT_TABLES, "load_batches", "batch_files")


def table_counts(wh) -> dict[str, int]:
    with wh.read() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FACT_TABLES}


def test_officers_round_trip(wh, officers_file):
    rows = [
        officer(),
        officer(
            stt=2,
            full_name="Hà Thị Lan",
            gender="Nữ",
            birth=1990,
            district="Quan Sơn",
            commune="xã Na Mèo",
            start_date=None,
            end_date=None,
            status="Đang công tác",
        ),
    ]
    result = loader.load_file(officers_file(rows), wh)
    assert result.status == "loaded", result.errors
    assert (result.kind, result.rows, result.replaced_batch_ids) == ("officers", 2, [])
    with wh.read() as con:
        got = con.execute(
            "SELECT full_name, birth_date, birth_year, gender, commune_code, commune_name, "
            "district_name, province_name, start_date, batch_id FROM officers ORDER BY full_name"
        ).fetchall()
        batch = con.execute("SELECT * FROM batches").df().iloc[0]
    assert got[0][:8] == (
        "Hà Thị Lan",
        None,
        1990,
        "Nữ",
        got[0][4],
        "Xã Na Mèo",
        "Huyện Quan Sơn",
        "Tỉnh Thanh Hóa",
    )
    assert got[1][:4] == ("Lò Văn Bình", dt.date(1987, 5, 14), 1987, "Nam")
    assert got[1][5:8] == ("Xã Tam Chung", "Huyện Mường Lát", "Tỉnh Thanh Hóa")
    assert all(len(r[4]) == 5 and r[4].isdigit() for r in got)
    assert {r[9] for r in got} == {result.batch_id}
    assert batch.era == "legacy" and batch.as_of_date.date() == dt.date(2017, 6, 30)
    assert sorted(batch.unit_names) == ["Huyện Mường Lát", "Huyện Quan Sơn"]
    assert batch.rows_loaded == 2 and batch.status == "current"


def test_errors_name_sheet_row_column_and_nothing_is_written(wh, officers_file):
    rows = [
        officer(),
        officer(stt=2, birth="31/02/1990"),
        officer(stt=3, gender="Không rõ"),
        officer(stt=4, commune="Xã Không Tồn Tại"),
        officer(stt=5, full_name=None),
    ]
    before = table_counts(wh)
    result = loader.load_file(officers_file(rows), wh)
    assert result.status == "refused" and result.batch_id is None
    found = {(e.sheet, e.row, e.column) for e in result.errors}
    assert found == {
        ("Danh sách cán bộ", 7, "C"),
        ("Danh sách cán bộ", 8, "D"),
        ("Danh sách cán bộ", 9, "O"),
        ("Danh sách cán bộ", 10, "B"),
    }
    by_row = {e.row: e for e in result.errors}
    assert "không có trên lịch" in by_row[7].message and by_row[7].value == "31/02/1990"
    assert "Nam, Nữ" in by_row[8].message
    assert "không tìm thấy xã" in by_row[9].message.lower()
    assert "Huyện Mường Lát" in by_row[9].message
    assert "Thiếu 'Họ và tên'" in by_row[10].message
    assert table_counts(wh) == before


def test_ambiguous_commune_names_the_candidates(wh, tmp_path):
    # 'Thanh Sơn' exists in several districts of Thanh Hóa; without a district it is ambiguous
    path = templates.write_workbook(
        "goals",
        tmp_path / "g.xlsx",
        {
            "goals": [
                dict(
                    goal_id="G1",
                    name="Thử",
                    measure="ntm_share",
                    province="Thanh Hóa",
                    commune="Thanh Sơn",
                    target_value=1,
                    unit="xã",
                    deadline=dt.date(2020, 1, 1),
                    source_document="KH 1",
                )
            ]
        },
        as_of=dt.date(2019, 1, 1),
    )
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    (error,) = result.errors
    assert "trùng nhiều đơn vị" in error.message and error.message.count("mã ") >= 2
    # the column, and each candidate with its district and province
    assert error.column == "G"
    assert "Xã Thanh Sơn (Huyện Như Xuân, Tỉnh Thanh Hóa, mã 16222)" in error.message


def test_same_file_twice_is_unchanged(wh, officers_file):
    path = officers_file([officer()])
    first = loader.load_file(path, wh)
    second = loader.load_file(path, wh)
    assert (first.status, second.status) == ("loaded", "unchanged")
    assert second.batch_id == first.batch_id
    assert table_counts(wh)["fact_officer"] == 1


def test_corrected_file_replaces_the_earlier_batch(wh, officers_file):
    first = loader.load_file(officers_file([officer()], name="v1.xlsx"), wh)
    fixed = [officer(full_name="Lò Văn Bính"), officer(stt=2, full_name="Vi Thị Hoa", gender="Nữ")]
    second = loader.load_file(officers_file(fixed, name="v2.xlsx"), wh)
    assert second.status == "loaded" and second.replaced_batch_ids == [first.batch_id]
    with wh.read() as con:
        names = [r[0] for r in con.execute("SELECT full_name FROM officers ORDER BY 1").fetchall()]
        history = con.execute(
            "SELECT batch_id, status, superseded_by FROM batches ORDER BY batch_id"
        ).fetchall()
        kept = con.execute("SELECT count(*) FROM fact_officer").fetchone()[0]
    assert names == ["Lò Văn Bính", "Vi Thị Hoa"]
    assert history == [
        (first.batch_id, "superseded", second.batch_id),
        (second.batch_id, "current", None),
    ]
    assert kept == 3  # history is kept; the view shows the newest


def test_another_as_of_date_is_another_period_and_both_stay(wh, officers_file):
    a = loader.load_file(officers_file([officer()], name="a.xlsx", as_of=dt.date(2016, 12, 31)), wh)
    b = loader.load_file(officers_file([officer()], name="b.xlsx", as_of=dt.date(2017, 6, 30)), wh)
    assert b.replaced_batch_ids == [] and a.status == b.status == "loaded"


def test_new_era_file_resolves_2025_units(wh, tmp_path):
    with wh.read() as con:  # today's commune that old Hòa Tân (Cầu Kè, Trà Vinh) went into
        new_name, new_code = con.execute(
            "SELECT new_name, new_code FROM unit_crosswalk WHERE old_name = 'Xã Hòa Tân' "
            "AND old_district_name = 'Huyện Cầu Kè'"
        ).fetchone()
    path = templates.write_workbook(
        "communes",
        tmp_path / "vl.xlsx",
        {
            "ntm": [
                dict(
                    province="Vĩnh Long",
                    commune=new_name,
                    year=2025,
                    criteria_set="2021-2025",
                    criteria_met=19,
                    ntm_level="NTM",
                    recognized_year=2021,
                )
            ]
        },
        as_of=dt.date(2025, 12, 31),
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded", result.errors
    with wh.read() as con:
        row = con.execute(
            "SELECT era, commune_code, commune_name, district_name, province_name FROM commune_ntm"
        ).fetchone()
    assert row == ("2025", new_code, new_name, None, "Tỉnh Vĩnh Long")


def test_district_column_after_the_reform_is_an_error(wh, tmp_path):
    path = templates.write_workbook(
        "communes",
        tmp_path / "x.xlsx",
        {"ntm": [dict(province="Vĩnh Long", district="Cầu Kè", commune="Cầu Kè", year=2025)]},
        as_of=dt.date(2025, 12, 31),
    )
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    assert "không còn cấp huyện" in result.errors[0].message


def ntm_row(**kw):
    row = dict(province="Phú Yên", district="Sơn Hòa", commune="Sơn Hà", year=2019)
    row.update(kw)
    return row


def test_ntm_marks_count_and_criteria_rows(wh, tmp_path):
    marks = {f"tc{n}": "x" for n in (1, 2, 3, 5, 8)}
    path = templates.write_workbook(
        "communes",
        tmp_path / "n.xlsx",
        {"ntm": [ntm_row(**marks), ntm_row(year=2020, criteria_met=4, **marks)]},
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded", result.errors
    (warning,) = [w for w in result.warnings if "Số tiêu chí đạt" in w.message]
    assert warning.row == 7 and "có 5 tiêu chí" in warning.message
    with wh.read() as con:
        met = con.execute(
            "SELECT year, criteria_set, criteria_met FROM commune_ntm ORDER BY year"
        ).fetchall()
        crit = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE met) "
            "FROM commune_ntm_criteria WHERE year = 2019"
        ).fetchone()
    assert met == [(2019, "2016-2020", 5), (2020, "2016-2020", 4)]
    assert crit == (19, 5)


def test_mark_beyond_a_ten_criteria_set_is_refused(wh, tmp_path):
    path = templates.write_workbook(
        "communes",
        tmp_path / "n.xlsx",
        {"ntm": [dict(province="Gia Lai", commune="Ia Grai", year=2026, tc11="x")]},
        as_of=dt.date(2026, 6, 30),
    )
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    assert "chỉ có 10 tiêu chí" in result.errors[0].message
    assert result.errors[0].column is not None


def test_same_commune_year_twice_is_kept_once_and_different_figures_are_refused(wh, tmp_path):
    path = templates.write_workbook(
        "communes", tmp_path / "d.xlsx", {"ntm": [ntm_row(), ntm_row(commune="xã Sơn Hà")]}
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded" and result.rows == 1
    assert [(w.row, "dòng 6" in w.message) for w in result.warnings] == [(7, True)]
    other = templates.write_workbook(
        "communes", tmp_path / "e.xlsx", {"ntm": [ntm_row(), ntm_row(criteria_met=12)]}
    )
    result = loader.load_file(other, wh)
    assert result.status == "refused"
    assert [(e.row, "dòng 6" in e.message) for e in result.errors] == [(7, True)]


def test_indicators_become_long_rows(wh, tmp_path):
    path = templates.write_workbook(
        "communes",
        tmp_path / "i.xlsx",
        {
            "indicators": [
                dict(
                    province="Phú Yên",
                    district="Sơn Hòa",
                    commune="Sơn Hà",
                    year=2015,
                    cultural_families="92,5",
                    cultural_villages=81,
                    cultural_commune=None,
                    poor_households="12,3",
                )
            ]
        },
    )
    assert loader.load_file(path, wh).status == "loaded"
    with wh.read() as con:
        got = dict(con.execute("SELECT indicator, value FROM commune_indicators").fetchall())
    assert got == {
        "tỷ lệ gia đình văn hóa": 92.5,
        "tỷ lệ thôn văn hóa": 81.0,
        "tỷ lệ hộ nghèo": 12.3,
    }  # blank marks are unknown: no row, never a silent zero


def test_training_units_at_any_level(wh, tmp_path):
    path = templates.write_workbook(
        "training",
        tmp_path / "t.xlsx",
        {
            "targets": [
                dict(
                    province="Phú Yên",
                    category="Chuyên môn nghiệp vụ",
                    period_start=2011,
                    period_end=2015,
                    target=431,
                )
            ],
            "results": [
                dict(
                    province="Phú Yên",
                    district="Đồng Xuân",
                    category="lý luận chính trị",
                    level="Trung cấp",
                    year=2012,
                    achieved=40,
                ),
                dict(
                    province="Phú Yên",
                    district="Đồng Xuân",
                    commune="Xuân Sơn Bắc",
                    category="tin học",
                    year=2013,
                    achieved=3,
                ),
            ],
        },
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded", result.errors
    with wh.read() as con:
        targets = con.execute("SELECT unit_name, category, target FROM training_targets").fetchall()
        results = con.execute(
            "SELECT unit_name, category, level, achieved FROM training_results ORDER BY achieved"
        ).fetchall()
        units = con.execute("SELECT unit_names FROM batches").fetchone()[0]
    assert targets == [("Tỉnh Phú Yên", "chuyên môn nghiệp vụ", 431)]
    assert results == [
        ("Xã Xuân Sơn Bắc", "tin học", None, 3),
        ("Huyện Đồng Xuân", "lý luận chính trị", "trung cấp", 40),
    ]
    assert units == ["Tỉnh Phú Yên"]  # a province-wide file speaks for the province


def test_goals_and_duties(wh, tmp_path):
    path = templates.write_workbook(
        "goals",
        tmp_path / "g.xlsx",
        {
            "goals": [
                dict(
                    goal_id="PY-1",
                    name="431 cán bộ được đào tạo",
                    province="Phú Yên",
                    measure="training_achieved:chuyên môn nghiệp vụ",
                    target_value=431,
                    unit="người",
                    deadline=dt.date(2015, 12, 31),
                    source_document="KH",
                )
            ],
            "duties": [
                dict(
                    duty_id="D1",
                    province="Thanh Hóa",
                    district="Mường Lát",
                    report_kind="officers",
                    report_name="Báo cáo tổng kết",
                    period_label="năm 2017",
                    due_date="15/06/2017",
                    recipient="Sở Nội vụ",
                    source_document="KH tổng kết",
                )
            ],
        },
        as_of=dt.date(2011, 7, 1),
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded", result.errors
    with wh.read() as con:
        goal = con.execute("SELECT goal_id, scope, target_value, deadline FROM goals").fetchone()
        duty = con.execute("SELECT unit_name, due_date FROM reporting_duties").fetchone()
    assert goal == ("PY-1", "Tỉnh Phú Yên", 431.0, dt.date(2015, 12, 31))
    assert duty == ("Huyện Mường Lát", dt.date(2017, 6, 15))


def test_unknown_measure_is_refused(wh, tmp_path):
    path = templates.write_workbook(
        "goals",
        tmp_path / "g.xlsx",
        {
            "goals": [
                dict(
                    goal_id="X",
                    name="x",
                    province="Phú Yên",
                    measure="so_dep",
                    target_value=1,
                    unit="x",
                    deadline=dt.date(2015, 1, 1),
                    source_document="x",
                )
            ]
        },
    )
    result = loader.load_file(path, wh)
    assert result.status == "refused" and "Cách đo" in result.errors[0].message


@pytest.mark.parametrize("content", [b"", b"not a spreadsheet at all", b"PK\x03\x04broken"])
def test_unreadable_file_is_refused_cleanly(wh, tmp_path, content):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(content)
    before = table_counts(wh)
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    assert "hong.xlsx" in result.errors[0].message
    assert table_counts(wh) == before


def test_workbook_without_a_known_table_is_refused(wh, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Cột lạ", "Cột khác"])
    wb.save(tmp_path / "la.xlsx")
    result = loader.load_file(tmp_path / "la.xlsx", wh)
    assert result.status == "refused"
    # it says what it looked for, not only that nothing was found
    assert "Không thấy dòng tiêu đề cột" in result.errors[0].message
    assert "Họ và tên" in result.errors[0].message


def test_missing_optional_column_warns_and_unknown_column_warns(wh, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "DS"
    ws.append(["STT", "Họ và tên", "Giới tính", "Chức vụ", "Tỉnh", "Huyện", "Xã", "Cột lạ"])
    ws.append([1, "Lò Văn A", "Nam", "PCT", "Thanh Hóa", "Mường Lát", "Tam Chung", "0912"])
    wb.save(tmp_path / "thieu.xlsx")
    result = loader.load_file(tmp_path / "thieu.xlsx", wh, kind="officers")
    assert result.status == "loaded", result.errors
    assert any("Ngày sinh" in w.message and w.row == 1 for w in result.warnings)
    assert any(w.column == "H" and "Cột lạ" in w.message for w in result.warnings)
    assert result.unmapped_columns == [{"sheet": "DS", "column": "H", "header": "Cột lạ"}]
    with wh.read() as con:
        assert con.execute("SELECT birth_date, birth_year FROM officers").fetchall() == [
            (None, None)
        ]


def test_missing_identifying_column_is_refused_with_the_fields_missing(wh, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "DS"
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Số điện thoại"])
    ws.append([1, "Lò Văn A", "12/03/1987", "Nam", "PCT", "0912"])
    wb.save(tmp_path / "thieu.xlsx")
    result = loader.load_file(tmp_path / "thieu.xlsx", wh, kind="officers")
    assert result.status == "refused"
    assert result.missing_fields == ["commune_name"]
    assert any("commune_name" in e.message and e.sheet == "DS" for e in result.errors)
    # a phone number is known to hold no facts: not reported as unknown
    assert result.unmapped_columns == []


def test_template_loads_back_with_no_rows_as_a_clear_refusal(wh, tmp_path):
    for kind in ("officers", "communes", "training", "goals"):
        path = templates.write_workbook(kind, tmp_path / f"{kind}.xlsx")
        result = loader.load_file(path, wh)
        assert result.kind == kind
        assert result.status == "refused"
        assert result.errors[0].message == "Tệp không có dòng số liệu nào."


def test_csv_file_loads(wh, tmp_path):
    path = tmp_path / "can_bo.csv"
    path.write_text(
        "STT;Họ và tên;Ngày sinh;Giới tính;Chức vụ;Tỉnh;Huyện;Xã\n"
        "1;Lò Văn Bình;14/05/1987;Nam;Phó Chủ tịch UBND xã;Thanh Hóa;Mường Lát;Tam Chung\n",
        encoding="utf-8-sig",
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded", result.errors
    assert result.kind == "officers" and result.rows == 1


def test_csv_with_nul_bytes_is_refused_with_a_reason(wh, tmp_path):
    """UTF-16 is read (Excel's "Unicode Text"); a text file with stray NUL bytes that is
    neither is refused, and the message says how to save it."""
    path = tmp_path / "can_bo.csv"
    path.write_bytes(b"Ho va ten;Xa\nNguyen;Tam\x00\x00\x00Chung\n")
    result = loader.load_file(path, wh)
    assert result.status == "refused" and "UTF-8" in result.errors[0].message


def load_outcome(monkeypatch, path, chunk_rows: int, arrow: bool = True):
    """prepare() with chunks of ``chunk_rows``; ``arrow=False`` sends every column through
    the Python path. Facts per table, then errors and warnings, each in a fixed order."""
    from etl.facts import rows as rows_module

    with monkeypatch.context() as m:
        m.setattr(rows_module, "CHUNK_ROWS", chunk_rows)
        if not arrow:
            m.setattr(rows_module, "_typed_array", lambda *args: None)
        prepared = loader.prepare(path.read_bytes(), path.name)
    return (
        {name: sorted(t.to_pylist(), key=repr) for name, t in prepared.facts.items()},
        *(
            sorted((p.sheet, p.row or 0, p.column or "", p.value, p.message) for p in found)
            for found in (prepared.errors, prepared.warnings)
        ),
    )


def test_chunks_and_column_paths_give_the_same_load(officers_file, monkeypatch):
    """Clean columns are parsed as Arrow arrays, odd ones cell by cell. Whichever path a
    column takes in a chunk, the facts, errors and warnings must be the same as when the
    whole roster is one chunk."""
    roster = [
        officer(stt=1),
        officer(stt=2, full_name="Hà Thị Lan", gender="Nữ", commune="Na Mèo", district="Quan Sơn"),
        officer(stt=3, full_name="Vi Văn Hoà", ethnicity="  Mường  "),
        officer(stt=4, full_name="Lương  Văn Thuỷ", birth=1990),  # a bare year among dates
        officer(stt=5, full_name="Cầm Thị Yến", start_date="31/02/2019"),  # not a date
        officer(stt=6, full_name="Lò Thị Mai", commune="Xã Không Có"),  # unknown commune
        officer(stt=7, full_name="Phạm Văn An", start_date=dt.date(2018, 1, 1)),  # ends first
        officer(stt=8),  # the same person as row 1
        officer(stt=9, full_name="Hà Văn Quân", party_member="x"),
    ]
    path = officers_file(roster)

    whole = load_outcome(monkeypatch, path, 100)
    assert whole == load_outcome(monkeypatch, path, 3)
    tables, errors, warnings = whole
    facts = tables["fact_officer"]
    by_name = {f["full_name"]: f for f in facts}
    assert by_name["Lương Văn Thủy"]["birth_year"] == 1990
    assert by_name["Lương Văn Thủy"]["birth_date"] is None
    assert by_name["Vi Văn Hòa"]["ethnicity"] == "Mường"
    assert by_name["Hà Văn Quân"]["party_member"] is True
    first = 6  # Excel row of roster[0]: the template's title and header come first
    assert [(e[1] - first, e[2]) for e in errors] == [(4, "P"), (5, "O"), (6, "Q")]
    assert "không có trên lịch" in errors[0][4] and "Xã Không Có" in errors[1][4]
    assert {f["source_row"] - first for f in facts} == {0, 1, 2, 3, 7, 8}
    assert [(w[1] - first, w[4]) for w in warnings] == [
        (7, f"Trùng người với dòng {first} (cùng họ tên, ngày sinh, xã).")
    ]


_CELLS = {
    "full_name": st.sampled_from(
        ["Lò Văn Bình", "  Hà Thị  Hoà ", "Vi Văn Thuỷ", "Cầm\u00a0Thị Yến", "", None, 12.0]
    ),
    "birth": st.sampled_from(
        [dt.date(1987, 5, 14), dt.date(1990, 1, 2), 1985, "02/03/1988", "1979", "30/02/1990", None]
    ),
    "gender": st.sampled_from(["Nam", "Nữ", "nu", "NAM", "khác", None]),
    "ethnicity": st.sampled_from(["Thái", " Mường", "Kinh", None, 3.0]),
    "commune": st.sampled_from(["Tam Chung", "xã Tam Chung", "Trung Lý", "Xã Không Có", None]),
    "start_date": st.sampled_from(
        [dt.date(2012, 3, 1), dt.date(2018, 1, 1), "01/03/2015", "31/02/2019", 2016, None]
    ),
    "party_member": st.sampled_from(["x", "X", "", "có", None, 1.0, "hmm"]),
}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.fixed_dictionaries(_CELLS), min_size=1, max_size=8))
def test_arrow_and_python_paths_agree_on_any_roster(officers_file, monkeypatch, cells):
    """Whatever mix of types and bad values a roster has, the Arrow path (whole columns)
    and the Python path (cell by cell) load the same facts and report the same problems."""
    path = officers_file(
        [officer(stt=i + 1, **row) for i, row in enumerate(cells)], name="ngau_nhien.xlsx"
    )
    assert load_outcome(monkeypatch, path, 3) == load_outcome(monkeypatch, path, 3, arrow=False)


_NTM_CELLS = {
    "commune": st.sampled_from(["Sơn Hà", "xã Sơn Hà", "Suối Bạc", "Không Có", None]),
    "year": st.sampled_from([2019, 2020.0, "2018", "20x9", None]),
    "criteria_set": st.sampled_from(["2016-2020", "2021-2025", "", None, 2020.0]),
    "tc1": st.sampled_from(["x", "X", "Đạt", "✓", "", None, 1.0, "?"]),
    "tc2": st.sampled_from(["x", None, 0.0, "không"]),
    "tc11": st.sampled_from(["x", None]),
    "criteria_met": st.sampled_from([1, 2.0, "3", "-", None, -1, 2.5]),
    "ntm_level": st.sampled_from(["NTM", "đạt chuẩn", "nâng cao", "", None, "khác"]),
    "recognized_year": st.sampled_from([2019, "2020", None, 1800]),
}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.fixed_dictionaries(_NTM_CELLS), min_size=1, max_size=6))
def test_arrow_and_python_paths_agree_on_any_ntm_sheet(tmp_path, monkeypatch, cells):
    """The same for commune sheets, whose builders read rows as dicts."""
    path = templates.write_workbook(
        "communes",
        tmp_path / "ntm.xlsx",
        {"ntm": [ntm_row(stt=i + 1, **row) for i, row in enumerate(cells)]},
    )
    assert load_outcome(monkeypatch, path, 2) == load_outcome(monkeypatch, path, 2, arrow=False)


def _clerk_roster(path, stated: int):
    """Two groups (I, II) without subtotals, then one 'Cộng: N người' for all of them."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["UBND HUYỆN MƯỜNG LÁT"])
    ws.append(["DANH SÁCH CÁN BỘ CẤP XÃ NĂM 2019"])
    ws.append(["STT", "Họ và tên", "Giới tính", "Xã"])
    ws.append(["I", "XÃ TAM CHUNG"])
    ws.append([1, "Lò Văn Bình", "Nam", "Tam Chung"])
    ws.append([2, "Hà Thị Mai", "Nữ", "Tam Chung"])
    ws.append(["II", "XÃ PÙ NHI"])
    ws.append([3, "Giàng A Sình", "Nam", "Pù Nhi"])
    ws.append([None, f"Cộng: {stated} người"])
    ws.append(["* Số liệu chưa bao gồm 02 công chức đang đi học dài hạn."])
    wb.save(path)
    return path


def test_a_last_total_after_groups_sums_them_all(wh, tmp_path):
    """'Cộng: 3 người' after groups without subtotals counts every row above it: no
    warning; 'Cộng: 5 người' is wrong for any range it may sum: one warning. A '*' note
    is skipped without a word."""
    right = loader.load_file(_clerk_roster(tmp_path / "a.xlsx", 3), wh)
    assert right.status == "loaded"
    # one warning only: the fields a roster is expected to have and this one lacks
    assert [w.message for w in right.warnings] == [
        "Trang 'Sheet' không có Ngày sinh, Chức vụ; các thông tin này để trống."
    ]
    wrong = loader.prepare((_clerk_roster(tmp_path / "b.xlsx", 5)).read_bytes(), "b.xlsx")
    assert [w.row for w in wrong.warnings] == [3, 9]
    assert "ghi 5 nhưng có" in wrong.warnings[1].message


def test_unit_words_in_any_order_and_a_district_total(wh, tmp_path):
    """'Tên xã, thị trấn' names the commune column; 'Toàn huyện' is a total, not a commune;
    percent cells are stored as shown; mapping by letter ignores the as-of line above."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["UBND HUYỆN BÁ THƯỚC"])
    ws.append(["MỘT SỐ CHỈ TIÊU VĂN HÓA CẤP XÃ NĂM 2019"])
    ws.append(["(Tính đến ngày 31/12/2019)"])
    ws.append(["STT", "Tên xã, thị trấn", "Tỷ lệ gia đình văn hóa (%)", "Ghi chép riêng"])
    for i, (name, rate) in enumerate([("Điền Thượng", 0.8534), ("Điền Hạ", 0.7925)], 1):
        ws.append([i, name, rate, "x"])
        ws.cell(ws.max_row, 3).number_format = "0.0%"
    ws.append([None, "Toàn huyện", 0.823])
    path = tmp_path / "chi_tieu.xlsx"
    wb.save(path)
    result = loader.load_file(path, wh, mapping={"D": "-"})
    assert result.status == "loaded", result.errors
    assert result.unmapped_columns == []
    with wh.read() as con:
        got = con.execute(
            "SELECT commune_name, year, value FROM commune_indicators ORDER BY commune_name"
        ).fetchall()
    assert got == [("Xã Điền Hạ", 2019, 79.25), ("Xã Điền Thượng", 2019, 85.34)]
