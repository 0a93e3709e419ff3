"""No feature differs between the two modes: the demo loaded into a lake (DuckLake over a
real PostgreSQL) gives every page query the same answer as the demo file, every page
renders on it, and time travel works on it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.pages import PAGES
from dashboard.queries import goals, ntm, officers, overview, training
from dashboard.queries.filters import UnitFilter
from dashboard.queries.scope import Scope
from etl import demo
from etl.store import Warehouse, history
from etl.store.snapshots import TZ
from tests.conftest import local_postgres

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
pytestmark = [pytest.mark.xdist_group("lake")]


@pytest.fixture(scope="module")
def lake_demo(tmp_path_factory):
    """The demo, loaded through the lake, in a server of this module's own."""
    base = tmp_path_factory.mktemp("lake_pages")
    with local_postgres(base / "pg") as pg, pytest.MonkeyPatch.context() as mp:
        for key, value in pg.env(base / "lake").items():
            mp.setenv(key, value)
        mp.delenv("TIENDO_DB", raising=False)
        results = demo.build(base / "ignored.duckdb", base / "sources")
        assert all(r.status == "loaded" for r in results)
        yield mp


def _both(demo_db, fn, *args):
    """``fn(con, *args)`` on the demo file and on the lake."""
    with Warehouse(demo_db).read() as con:
        embedded = fn(con, *args)
    with Warehouse().read() as con:
        lake = fn(con, *args)
    return embedded, lake


SCOPES = [
    Scope(UnitFilter()),
    Scope(UnitFilter("legacy", "province", "38")),
    Scope(UnitFilter("legacy", "district", "384")),
    Scope(UnitFilter(), None, None, None, True),  # today's units
]
QUERIES = [
    ("goal_progress", lambda con, s: goals.goal_progress(con, s.unit, s.years)),
    ("headline", lambda con, s: pd.DataFrame([overview.headline(con, s.unit, s.years, s)])),
    ("officers.profile", lambda con, s: officers.profile(con, s)),
    ("officers.by_unit", lambda con, s: officers.by_unit(con, s)),
    ("ntm.levels_by_year", lambda con, s: ntm.levels_by_year(con, s)),
    ("training.by_category", lambda con, s: training.by_category(con, s)),
]


def _frame(result) -> pd.DataFrame:
    frame = result if isinstance(result, pd.DataFrame) else pd.DataFrame([result])
    frame = frame.reset_index(drop=True)
    if not len(frame):
        return frame
    # rows in a stable order whatever the engine returned (ties included): by every cell
    order = frame.map(str).agg("|".join, axis=1).argsort(kind="stable")
    return frame.iloc[order.to_numpy()].reset_index(drop=True)


@pytest.mark.parametrize("scope", SCOPES, ids=["country", "province", "district", "new-units"])
@pytest.mark.parametrize("name", [q[0] for q in QUERIES])
def test_every_page_query_answers_the_same_in_both_modes(lake_demo, demo_db, scope, name):
    fn = dict(QUERIES)[name]
    embedded, lake = _both(demo_db, fn, scope)
    if scope is SCOPES[0]:
        assert len(_frame(embedded)) > 0  # the demo has something of each for the country
    pd.testing.assert_frame_equal(_frame(embedded), _frame(lake), check_dtype=False)


@pytest.mark.parametrize("page", [p for p in PAGES], ids=[p.url_path or "overview" for p in PAGES])
def test_every_page_renders_on_the_lake(lake_demo, page):
    at = AppTest.from_file(APP, default_timeout=180).run()
    if page.script != PAGES[0].script:
        at.switch_page(f"app_pages/{page.script}").run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def test_time_travel_and_rollback_on_the_lake(lake_demo):
    """The demo's batches are dated in the past (loaded today): before the lake existed a
    moment is read from the batch history; a rollback shows at once, and a moment just
    before it still shows the batch."""
    wh = Warehouse()
    with wh.read() as con:
        last, loaded = con.execute(
            "SELECT batch_id, loaded_at FROM batches ORDER BY loaded_at DESC LIMIT 1"
        ).fetchone()
        total = con.execute("SELECT count(*) FROM current_batches").fetchone()[0]
    past = wh.pin(loaded.replace(tzinfo=TZ) - dt.timedelta(seconds=1))
    assert past.filtered  # the lake did not exist then: the batch history answers
    with wh.read(past) as con:
        assert con.execute("SELECT count(*) FROM current_batches").fetchone()[0] == total - 1
    before = dt.datetime.now(TZ)
    history.rollback(wh, last)
    with wh.read() as con:
        assert con.execute("SELECT count(*) FROM current_batches").fetchone()[0] == total - 1
    then = wh.pin(before)
    assert not then.filtered and then.version is not None  # the lake's own snapshot
    with wh.read(then) as con:
        status = con.execute("SELECT status FROM batches WHERE batch_id = ?", [last]).fetchone()
    assert status == ("current",)
