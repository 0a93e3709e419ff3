"""The national benchmark warehouse, built small: its data must reach the dashboard's views
and hold together (criteria flags add up, NTM progress never goes back)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from bench import national

VIEWS = (
    "officers",
    "commune_ntm",
    "commune_ntm_criteria",
    "training_results",
    "training_targets",
    "goals",
    "reporting_duties",
)


@pytest.fixture(scope="module")
def con(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    path = Path(tmp_path_factory.mktemp("national")) / "national.duckdb"
    counts = national.build(path, communes=60, officers=2000)
    assert counts["fact_officer"] == 2000
    assert counts["fact_commune_ntm"] == 60 * 10
    assert counts["fact_ntm_criterion"] == 60 * 10 * 19
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


@pytest.mark.parametrize("view", VIEWS)
def test_rows_reach_every_view(con, view):
    assert con.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0


def test_met_flags_add_up_to_criteria_met(con):
    mismatched = con.execute(
        """
        SELECT count(*)
        FROM commune_ntm n
        LEFT JOIN (SELECT era, commune_code, year, count(*) FILTER (WHERE met) AS flags,
                          count(*) AS criteria
                   FROM commune_ntm_criteria GROUP BY ALL) c USING (era, commune_code, year)
        WHERE c.flags IS DISTINCT FROM n.criteria_met OR c.criteria <> 19
        """
    ).fetchone()[0]
    assert mismatched == 0


def test_criteria_met_never_decreases(con):
    drops = con.execute(
        """
        SELECT count(*) FROM (
            SELECT criteria_met < lag(criteria_met) OVER (
                       PARTITION BY era, commune_code ORDER BY year) AS dropped
            FROM commune_ntm)
        WHERE dropped
        """
    ).fetchone()[0]
    assert drops == 0


def test_every_fact_batch_is_current(con):
    tables = " UNION ".join(f"SELECT DISTINCT batch_id FROM {t}" for t in national.FACT_TABLES)
    orphans = con.execute(
        f"""
        SELECT count(*) FROM ({tables}) f
        LEFT JOIN load_batches b USING (batch_id)
        WHERE b.status IS DISTINCT FROM 'current'
        """
    ).fetchone()[0]
    assert orphans == 0
