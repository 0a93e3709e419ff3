"""The unit and period filters shared by every page."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

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
    level: str | None = None  # 'province' | 'district'
    code: str | None = None

    def where(self, alias: str = "") -> tuple[str, list]:
        prefix = f"{alias}." if alias else ""
        if not self.code:
            return "TRUE", []
        column = "province_code" if self.level == "province" else "district_code"
        return f"{prefix}era = ? AND {prefix}{column} = ?", [self.era, self.code]


def provinces_with_data(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Provinces that appear in any current fact, with their era."""
    union = " UNION ".join(f"SELECT era, province_code FROM {v}" for v in FACT_VIEWS)
    return con.execute(
        f"""
        SELECT DISTINCT p.era, p.code, p.name
        FROM ({union}) f
        JOIN units p ON p.era = f.era AND p.level = 'province' AND p.code = f.province_code
        ORDER BY p.era DESC, p.name
        """
    ).df()


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


def year_bounds(con: duckdb.DuckDBPyConnection) -> tuple[int, int] | None:
    row = con.execute(
        """
        SELECT min(y), max(y) FROM (
            SELECT year AS y FROM commune_ntm UNION ALL
            SELECT year FROM commune_indicators UNION ALL
            SELECT year FROM training_results UNION ALL
            SELECT year(start_date) FROM officers UNION ALL
            SELECT year(deadline) FROM goals
        ) WHERE y IS NOT NULL
        """
    ).fetchone()
    return None if row[0] is None else (int(row[0]), int(row[1]))
