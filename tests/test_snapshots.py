"""Time travel in embedded mode: the data as it stood at a past moment, rebuilt from the
batch history (loads, supersedes, rollbacks and restores, each with its time)."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import duckdb
import pytest
from conftest import etl_cli, officer

from etl import loader
from etl.store import Warehouse, goal_series, history, migrations, snapshots
from etl.store.snapshots import TZ, MomentError, parse_moment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-30T17:00", dt.datetime(2026, 11, 30, 17, 0, tzinfo=TZ)),
        ("2026-11-30 17:00:05", dt.datetime(2026, 11, 30, 17, 0, 5, tzinfo=TZ)),
        ("30/11/2026 17:00", dt.datetime(2026, 11, 30, 17, 0, tzinfo=TZ)),
        ("2026-11-30", dt.datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=TZ)),
        ("30/11/2026", dt.datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=TZ)),
        ("2026-11-30T10:00Z", dt.datetime(2026, 11, 30, 17, 0, tzinfo=TZ)),
        ("2026-11-30T17:00+07:00", dt.datetime(2026, 11, 30, 17, 0, tzinfo=TZ)),
    ],
)
def test_a_moment_is_vietnam_time_and_a_bare_date_its_end(text, expected):
    assert parse_moment(text) == expected
    assert snapshots.local_naive(parse_moment(text)) == expected.replace(tzinfo=None)


@pytest.mark.parametrize("text", ["", "30/11", "2026-13-01", "hôm qua", "2026-11-31"])
def test_a_moment_that_cannot_be_read_says_how_to_write_it(text):
    with pytest.raises(MomentError, match="2026-11-30T17:00"):
        parse_moment(text)


def _tick() -> dt.datetime:
    """A moment strictly between two writes."""
    time.sleep(0.02)
    moment = dt.datetime.now(TZ)
    time.sleep(0.02)
    return moment


def _officers(wh: Warehouse, snapshot) -> list[str]:
    with wh.read(snapshot) as con:
        return sorted(r[0] for r in con.execute("SELECT full_name FROM officers").fetchall())


def _statuses(wh: Warehouse, snapshot) -> dict[int, str]:
    with wh.read(snapshot) as con:
        return dict(con.execute("SELECT batch_id, status FROM batches").fetchall())


def test_each_past_moment_shows_the_batches_current_then(wh, officers_file):
    before = _tick()
    a = loader.load_file(officers_file([officer()], "a.xlsx"), wh)
    after_a = _tick()
    b = loader.load_file(officers_file([officer(full_name="Hà Thị Lan")], "b.xlsx"), wh)
    after_b = _tick()
    history.rollback(wh, b.batch_id)
    after_rollback = _tick()
    c = loader.load_file(officers_file([officer(full_name="Vi Văn Tú")], "c.xlsx"), wh)

    assert b.replaced_batch_ids == [a.batch_id]
    expect = {
        before: ([], {}),
        after_a: (["Lò Văn Bình"], {a.batch_id: "current"}),
        after_b: (["Hà Thị Lan"], {a.batch_id: "superseded", b.batch_id: "current"}),
        after_rollback: (["Lò Văn Bình"], {a.batch_id: "current", b.batch_id: "rolled_back"}),
    }
    for moment, (names, statuses) in expect.items():
        snapshot = wh.pin(moment)
        assert snapshot.filtered and snapshot.at == moment
        assert _officers(wh, snapshot) == names, moment
        assert _statuses(wh, snapshot) == statuses, moment
    latest = wh.pin()
    assert not latest.filtered
    assert _officers(wh, latest) == ["Vi Văn Tú"]
    assert _statuses(wh, latest) == {
        a.batch_id: "superseded",
        b.batch_id: "rolled_back",
        c.batch_id: "current",
    }
    # a moment still to come is the present
    assert not wh.pin(dt.datetime.now(TZ) + dt.timedelta(days=1)).filtered
    # the batch list keeps when each stopped being current
    with wh.read() as con:
        times = dict(
            (r[0], r[1:])
            for r in con.execute(
                "SELECT batch_id, superseded_at, rolled_back_at FROM batches"
            ).fetchall()
        )
    assert times[a.batch_id][0] is not None and times[a.batch_id][1] is None
    assert times[b.batch_id][1] is not None
    # a was superseded last by c, loaded after the rollback had made it current again
    assert times[a.batch_id][0] > snapshots.local_naive(after_rollback)


def test_goal_figures_are_measured_on_the_past_data_not_read_from_todays_store(demo_copy):
    """Goal series are stored for today's batches; at a past moment they are measured
    again on the batches of then (the stored ones would be today's figures)."""
    from dashboard.queries.goals import goal_progress

    wh = Warehouse(demo_copy)
    with wh.read() as con:
        last = con.execute("SELECT max(loaded_at) FROM batches").fetchone()[0]
    past = wh.pin(last.replace(tzinfo=TZ) - dt.timedelta(seconds=1))
    day = dt.date(2026, 12, 1)
    with wh.read(past) as con:
        assert not goal_series.is_fresh(con)  # so the figures are measured, not read
        then = goal_progress(con, today=day)
        batches_then = con.execute("SELECT count(*) FROM current_batches").fetchone()[0]
    with wh.read(wh.pin()) as con:
        assert goal_series.is_fresh(con)
        now = goal_progress(con, today=day)
        batches_now = con.execute("SELECT count(*) FROM current_batches").fetchone()[0]
    assert batches_then == batches_now - 1
    assert len(then) == len(now)  # the same goals (the last batch is not a goals file)
    assert not then.equals(now)  # but not the same figures


def test_an_old_warehouse_gets_its_history_back(tmp_path, officers_file):
    """A warehouse from before the history: its supersedes are dated by the load that
    replaced them, so time travel works on the data it already had."""
    wh = Warehouse(tmp_path / "w.duckdb")
    a = loader.load_file(officers_file([officer()], "a.xlsx"), wh)
    b = loader.load_file(officers_file([officer(full_name="Hà Thị Lan")], "b.xlsx"), wh)
    con = duckdb.connect(str(wh.path))
    con.execute(
        "UPDATE load_batches SET loaded_at = TIMESTAMP '2020-01-01 08:00' WHERE batch_id = ?",
        [a.batch_id],
    )
    con.execute(
        "UPDATE load_batches SET loaded_at = TIMESTAMP '2021-01-01 08:00' WHERE batch_id = ?",
        [b.batch_id],
    )
    con.execute("DROP TABLE batch_events")
    con.execute("ALTER TABLE load_batches DROP COLUMN superseded_at")
    con.execute("ALTER TABLE load_batches DROP COLUMN rolled_back_at")
    # a warehouse of release 3: nor the later migrations' tables
    con.execute("DROP TABLE batch_plans")
    con.execute("DELETE FROM schema_migrations WHERE version >= 4")
    con.close()
    with wh.read() as con:
        assert migrations.current_version(con) == migrations.LATEST
    assert _officers(wh, wh.pin(parse_moment("2020-06-30"))) == ["Lò Văn Bình"]
    assert _officers(wh, wh.pin(parse_moment("2021-06-30"))) == ["Hà Thị Lan"]
    assert _officers(wh, wh.pin(parse_moment("2019-12-31"))) == []


def test_the_batches_command_lists_them_as_at_a_moment(tmp_path, officers_file):
    db = tmp_path / "w.duckdb"
    wh = Warehouse(db)
    a = loader.load_file(officers_file([officer()], "a.xlsx"), wh)
    between = _tick()
    loader.load_file(officers_file([officer(full_name="Hà Thị Lan")], "b.xlsx"), wh)
    moment = between.strftime("%Y-%m-%dT%H:%M:%S")
    done = etl_cli("batches", "--db", str(db), "--json", "--snapshot", moment)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    # whole seconds: the moment may fall a little before `between`, never after b's load
    assert [r["batch_id"] for r in rows] in ([a.batch_id], [])
    done = etl_cli("batches", "--db", str(db), "--snapshot", "31/02/2026")
    assert done.returncode != 0 and "Không hiểu thời điểm" in done.stderr


def _overview(db, monkeypatch, **params):
    from streamlit.testing.v1 import AppTest

    app = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
    monkeypatch.setenv("TIENDO_DB", str(db))
    at = AppTest.from_file(app, default_timeout=120)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def _officer_metric(at) -> int:
    metrics = {m.label: m.value for m in at.metric}
    return int(metrics["Cán bộ, đội viên"].replace(".", ""))


def _texts(at) -> str:
    return "\n".join(str(e.value) for e in (*at.markdown, *at.warning, *at.info, *at.error))


def test_the_dashboard_shows_a_past_moment_and_says_so(demo_db, monkeypatch):
    """``?snapshot=`` on the overview: the figures of then, a banner saying so on every
    page, the choice kept in the URL; an unreadable value is said, not a traceback."""
    now = _overview(demo_db, monkeypatch)
    assert not now.exception and "Đang xem số liệu như tại" not in _texts(now)
    with Warehouse(demo_db).read() as con:
        # the day before the demo's last officers file was loaded
        day = con.execute(
            "SELECT max(loaded_at)::DATE - 1 FROM batches WHERE kind = 'officers'"
        ).fetchone()[0]
        expected = con.execute(
            f"SELECT count(*) FROM officers WHERE batch_id IN (SELECT batch_id FROM batches "
            f"WHERE loaded_at <= TIMESTAMP '{day} 23:59:59')"
        ).fetchone()[0]
    past = _overview(demo_db, monkeypatch, snapshot=day.isoformat())
    assert not past.exception and not past.error
    assert f"Đang xem số liệu như tại {day:%d/%m/%Y} 23:59" in _texts(past)
    assert _officer_metric(past) == expected < _officer_metric(now)
    assert past.query_params["snapshot"] == day.isoformat()
    past.switch_page("app_pages/officers.py").run()
    assert not past.exception
    assert "Đang xem số liệu như tại" in _texts(past)

    bad = _overview(demo_db, monkeypatch, snapshot="hôm qua")
    assert not bad.exception
    assert "Không hiểu thời điểm 'hôm qua'" in _texts(bad)
    assert _officer_metric(bad) == _officer_metric(now)


def test_an_exported_table_says_the_moment_it_is_as_at():
    import io

    import pandas as pd
    from openpyxl import load_workbook

    from dashboard import export

    content = export.to_xlsx(
        pd.DataFrame({"a": [1]}), {"a": "A"}, title="Bảng", note="Số liệu như tại 30/11/2026 17:00"
    )
    ws = load_workbook(io.BytesIO(content)).active
    assert ws["A1"].value == "Bảng" and ws["A2"].value == "Số liệu như tại 30/11/2026 17:00"
    assert ws["A3"].value == "A" and ws["A4"].value == 1
