"""Lịch sử nạp survives every batch the loader can write: files without a date or a
period, replaced and rolled-back batches, rejected rows without a row number. Each is
loaded through the real loader and the page opened through AppTest; nothing a reader
sees is a traceback or a raw value (None, nan, NaT, <NA>, 'legacy', an ISO date)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard.queries import history as hq
from etl import loader
from etl.store import history
from tests.conftest import officer
from tests.test_upload_desk import broken, leaks, open_page

NO_DATES = dict(start_date=None, end_date=None, status=None)


def status(wh, batch_id: int) -> str:
    with wh.read() as con:
        return con.execute(
            "SELECT status FROM load_batches WHERE batch_id = ?", [batch_id]
        ).fetchone()[0]


def roster_without_start_dates(officers_file):
    """An ordinary roster: birth dates, no start or end dates, no 'as of' date. Its
    batch has no date and no period at all (issue 13)."""
    return officers_file(
        [officer(**NO_DATES), officer(stt=2, full_name="Hà Thị Mai", gender="Nữ", **NO_DATES)],
        as_of=None,
    )


def test_roster_without_start_dates_opens_and_rolls_back_from_the_page(
    wh, officers_file, monkeypatch
):
    loaded = loader.load_file(roster_without_start_dates(officers_file), wh)
    assert loaded.status == "loaded", loaded.errors
    with wh.read() as con:  # the batch the page must survive: every nullable column empty
        row = con.execute(
            "SELECT as_of_date, period_start, period_end, superseded_by FROM batches"
        ).fetchone()
    assert row == (None, None, None, None)

    at = open_page(wh.path, monkeypatch, "history.py")
    assert not leaks(at), leaks(at)
    at.selectbox(key="history_batch").set_value(loaded.batch_id).run()
    assert not broken(at), broken(at)
    at.checkbox(key=f"sure_{loaded.batch_id}").check().run()
    at.button(key=f"rollback_{loaded.batch_id}").click().run()
    assert not broken(at), broken(at)
    assert status(wh, loaded.batch_id) == "rolled_back"
    assert f"Đã hoàn tác lô {loaded.batch_id}" in " ".join(s.value for s in at.success)

    at = open_page(wh.path, monkeypatch, "history.py")  # after the rollback, afresh
    assert not leaks(at), leaks(at)
    at.selectbox(key="history_batch").set_value(loaded.batch_id).run()
    assert not broken(at), broken(at)
    assert not [b for b in at.button if b.key == f"rollback_{loaded.batch_id}"]
    shown = at.dataframe[0].value
    assert shown.loc[0, "Trạng thái"] == "Đã hoàn tác"


def test_every_empty_column_of_a_batch_is_shown_as_a_dash(wh, officers_file):
    """Each column a batch may leave empty, alone and together, through the page's own
    table function: a dash, never None/nan/NaT/<NA>; a period with one end says that end."""
    first = loader.load_file(roster_without_start_dates(officers_file), wh)
    second = loader.load_file(
        officers_file([officer(full_name="Lò Văn Bằng")], name="b.xlsx", as_of=None), wh
    )
    third = loader.load_file(
        officers_file([officer()], name="c.xlsx", as_of=dt.date(2017, 6, 30)), wh
    )
    assert {first.status, second.status, third.status} == {"loaded"}
    with wh.write() as con:  # one end of a period missing, in each direction
        con.execute(
            "UPDATE load_batches SET period_start = 2012, period_end = NULL WHERE batch_id = ?",
            [second.batch_id],
        )
        con.execute(
            "UPDATE load_batches SET period_start = NULL, period_end = 2017, "
            "superseded_by = ? WHERE batch_id = ?",
            [second.batch_id, third.batch_id],
        )
    with wh.read() as con:
        frame = hq.batches_list(con)
    for lang in ("vi", "en"):
        shown = hq.batches_table(frame, lang)
        for column in shown.columns:
            for value in shown[column]:
                assert not pd.isna(value), (column, value)
                assert str(value) not in {"None", "nan", "NaT", "<NA>", "legacy", "2025"}
    shown = hq.batches_table(frame, "vi").set_index("batch_id")
    assert shown.loc[first.batch_id, "period"] == "—"
    assert shown.loc[second.batch_id, "period"] == "từ 2012"
    assert shown.loc[third.batch_id, "period"] == "đến 2017"
    assert shown.loc[third.batch_id, "superseded_by"] == str(second.batch_id)  # not '2.0'
    assert shown.loc[first.batch_id, "superseded_by"] == "—"
    assert shown.loc[first.batch_id, "era"] == "trước 1/7/2025"
    assert hq.period_text(2015, 2015) == "2015" and hq.period_text(2011, 2015) == "2011–2015"


def test_rejected_rows_without_a_row_number_show_blanks(wh, officers_file, monkeypatch):
    bad = officers_file([officer(), officer(stt=2, birth="31/02/1990", commune="Không Có")])
    prepared = loader.prepare(bad.read_bytes(), bad.name)
    loaded = loader.commit(prepared, wh, accept_valid=True)
    assert loaded.status == "loaded"
    with wh.write() as con:  # a rejection the loader may keep without place or value
        con.execute(
            "INSERT INTO batch_rejections VALUES (?, NULL, NULL, NULL, NULL, 'Cả tệp')",
            [loaded.batch_id],
        )
    at = open_page(wh.path, monkeypatch, "history.py")
    at.selectbox(key="history_batch").set_value(loaded.batch_id).run()
    assert not broken(at), broken(at)
    assert not leaks(at), leaks(at)
    rejected = at.dataframe[1].value
    assert "7" in set(rejected["Dòng"])  # Excel's row number, not '7.0'


def test_compare_from_the_page_in_vietnamese(wh, officers_file, monkeypatch):
    """A corrected roster against the first: the page says what changed with the
    column headings a clerk knows and dates as dd/mm/yyyy."""
    a = loader.load_file(officers_file([officer(), officer(stt=2, full_name="Hà Thị Mai")]), wh)
    b = loader.load_file(
        officers_file(
            [officer(start_date=dt.date(2013, 3, 1)), officer(stt=2, full_name="Hà Thị Hoa")],
            name="b.xlsx",
        ),
        wh,
    )
    assert set(history.compare(wh, a.batch_id, b.batch_id).change) == {
        "added",
        "removed",
        "changed",
    }
    at = open_page(wh.path, monkeypatch, "history.py")
    at.selectbox(key="compare_old").set_value(a.batch_id).run()
    at.selectbox(key="compare_new").set_value(b.batch_id).run()
    at.button(key="compare_run").click().run()
    assert not broken(at), broken(at)
    assert not leaks(at), leaks(at)
    diff = at.dataframe[-1].value
    assert set(diff["Bảng"]) == {"cán bộ"}
    changed = diff[diff["Thay đổi"] == "Dòng sửa"]
    assert list(changed["Chi tiết"]) == ["Ngày bổ nhiệm: 01/03/2012 → 01/03/2013"]
    assert "Lò Văn Bình" in changed["Dòng (khóa)"].iloc[0]
    assert "14/05/1987" in changed["Dòng (khóa)"].iloc[0]
    assert "Xã Tam Chung" in changed["Dòng (khóa)"].iloc[0]
    assert {m.label: m.value for m in at.metric} == {
        "Dòng thêm": "1",
        "Dòng bớt": "1",
        "Dòng sửa": "1",
    }
