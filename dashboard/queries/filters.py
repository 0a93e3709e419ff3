"""The unit and period filters shared by every page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from etl import config

# Every fact view exposes era, province_code and district_code, so one predicate fits all.
FACT_VIEWS = (
    "officers",
    "commune_ntm",
    "commune_indicators",
    "training_results",
    "training_targets",
    "goals",
    "reporting_duties",
)


@dataclass(frozen=True)
class UnitFilter:
    """A province or district of one era; ``None`` values mean 'everything'."""

    era: str | None = None
    level: str | None = None  # 'province' | 'district' | 'commune'
    code: str | None = None

    def column(self, commune_column: str = "commune_code") -> str:
        """The fact column that holds this unit's code."""
        return {"province": "province_code", "district": "district_code"}.get(
            self.level or "", commune_column
        )

    def where(self, alias: str = "", commune_column: str = "commune_code") -> tuple[str, list]:
        """SQL predicate and parameters; views that name a commune otherwise (goals'
        ``scope_code``, duties' ``unit_code``) pass that column."""
        prefix = f"{alias}." if alias else ""
        if not self.code:
            return "TRUE", []
        column = self.column(commune_column)
        return f"{prefix}era = ? AND {prefix}{column} = ?", [self.era, self.code]


def provinces_with_data(con: duckdb.DuckDBPyConnection, new_units: bool = False) -> pd.DataFrame:
    """Provinces that appear in any current fact, with their era.

    With ``new_units`` pre-reform facts count for the provinces their communes belong to
    today, and only today's provinces are offered.
    """
    if new_units:
        from dashboard.queries.scope import COMMUNE_VIEWS, UNIT_VIEWS, Scope, facts

        views = [*COMMUNE_VIEWS, *UNIT_VIEWS]
        union = " UNION ".join(
            f"SELECT era, province_code FROM {facts(v, Scope(new_units=True))}" for v in views
        )
    else:
        union = " UNION ".join(f"SELECT era, province_code FROM {v}" for v in FACT_VIEWS)
    return con.execute(
        f"""
        SELECT DISTINCT p.era, p.code, p.name
        FROM ({union}) f
        JOIN units p ON p.era = f.era AND p.level = 'province' AND p.code = f.province_code
        ORDER BY p.era DESC, p.name
        """
    ).df()


def province_of(con: duckdb.DuckDBPyConnection, era: str, level: str, code: str) -> str | None:
    row = con.execute(
        "SELECT province_code FROM units WHERE era = ? AND level = ? AND code = ?",
        [era, level, code],
    ).fetchone()
    return row[0] if row else None


def programs(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT program FROM officers WHERE program IS NOT NULL ORDER BY 1"
        ).fetchall()
    ]


def criteria_sets(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [
        r[0]
        for r in con.execute("SELECT DISTINCT criteria_set FROM commune_ntm ORDER BY 1").fetchall()
    ]


def districts_with_data(con: duckdb.DuckDBPyConnection, era: str, province: str) -> pd.DataFrame:
    union = " UNION ".join(
        f"SELECT era, district_code FROM {v} WHERE era = $era AND province_code = $p"
        for v in FACT_VIEWS
    )
    return con.execute(
        f"""
        SELECT DISTINCT d.code, d.name
        FROM ({union}) f
        JOIN units d ON d.era = f.era AND d.level = 'district' AND d.code = f.district_code
        ORDER BY d.name
        """,
        {"era": era, "p": province},
    ).df()


def year_bounds(
    con: duckdb.DuckDBPyConnection, today: dt.date | None = None
) -> tuple[int, int] | None:
    """The years the period slider offers, and its default: every year with data, every
    goal's window (from its plan's issue to its deadline), and this year."""
    row = con.execute(
        """
        SELECT min(y), max(y) FROM (
            SELECT year AS y FROM commune_ntm UNION ALL
            SELECT year FROM commune_indicators UNION ALL
            SELECT year FROM training_results UNION ALL
            SELECT year(start_date) FROM officers UNION ALL
            SELECT year(deadline) FROM goals UNION ALL
            SELECT year(b.as_of_date) FROM goals g JOIN batches b USING (batch_id)
        ) WHERE y IS NOT NULL
        """
    ).fetchone()
    if row[0] is None:
        return None
    year = (today or config.today()).year
    return (min(int(row[0]), year), max(int(row[1]), year))


def communes_with_data(con: duckdb.DuckDBPyConnection, unit: UnitFilter) -> pd.DataFrame:
    """Communes inside a province or district that have officers or commune figures."""
    where, params = unit.where("c")
    return con.execute(
        f"""
        SELECT c.commune_code AS code, c.commune_name AS name, c.district_name
        FROM commune_names c
        WHERE {where} AND (c.era, c.commune_code) IN (
            SELECT (era, commune_code) FROM officers UNION
            SELECT (era, commune_code) FROM commune_ntm UNION
            SELECT (era, commune_code) FROM commune_indicators)
        ORDER BY c.district_name, c.commune_name
        """,
        params,
    ).df()
