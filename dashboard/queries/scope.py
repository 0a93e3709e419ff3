"""What every page's figures are about: a unit, a period, a program, a criteria set, an era.

Page queries do not read the fact views directly; they read :func:`facts`, a subquery over
a view in the units the reader chose, with a weight column ``w``:

- in the data's own units (the default) every row weighs 1;
- with ``new_units`` (today's 34 provinces, no districts) a pre-reform row is moved to its
  successor commune through the crosswalk and weighs the crosswalk's share, so a commune
  split in three counts a third in each part and the totals are unchanged. Rows for a
  pre-reform province or district go to the new province(s) its communes went to, split
  by their shares.

Aggregates then use ``sum(w)`` where they would use ``count(*)``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import duckdb

from dashboard.queries.filters import UnitFilter

COMMUNE_VIEWS = ("officers", "commune_ntm", "commune_indicators")
UNIT_VIEWS = ("training_results", "training_targets")  # rows per province or district


@dataclass(frozen=True)
class Scope:
    unit: UnitFilter = field(default_factory=UnitFilter)
    years: tuple[int, int] | None = None
    program: str | None = None
    criteria_set: str | None = None
    new_units: bool = False

    def era_label(self) -> str:
        return "2025" if self.new_units else (self.unit.era or "")


# Legacy province/district -> new province, weighted by the shares of its communes.
_UNIT_TO_NEW_PROVINCE = """
    WITH parts AS (
        SELECT 'province' AS level, x.old_province_code AS code, x.new_province_code AS np,
               sum(x.share) AS s
        FROM ref_unit_crosswalk x GROUP BY 1, 2, 3
        UNION ALL
        SELECT 'district', c.district_code, x.new_province_code, sum(x.share)
        FROM ref_unit_crosswalk x
        JOIN ref_units c ON c.era = 'legacy' AND c.level = 'commune' AND c.code = x.old_code
        WHERE c.district_code IS NOT NULL
        GROUP BY 1, 2, 3)
    SELECT level, code, np, s / sum(s) OVER (PARTITION BY level, code) AS share FROM parts
"""


@functools.lru_cache(maxsize=1)
def source_provinces() -> dict[str, list[str]]:
    """Today's province code -> the pre-reform provinces whose communes went into it."""
    from etl.units.reference import crosswalk_rows

    rows = crosswalk_rows()
    pairs = rows[["new_province_code", "old_province_code"]].drop_duplicates()
    return {new: sorted(part.old_province_code) for new, part in pairs.groupby("new_province_code")}


def _narrowed(scope: Scope) -> str:
    """With a province of today chosen, read only the rows of the provinces that went into
    it: a filter on the mapped province cannot be pushed into the scan, this one can."""
    u = scope.unit
    if not (u.code and u.era == "2025"):
        return "TRUE"
    province = u.code if u.level == "province" else None
    if province is None:
        return "TRUE"
    sources = [c for c in source_provinces().get(province, []) if c.isalnum()]
    listed = ", ".join(f"'{c}'" for c in sources) or "''"  # reference codes: digits only
    return f"(v.era = '2025' OR v.province_code IN ({listed}))"


def facts(view: str, scope: Scope) -> str:
    """SQL for ``view``'s rows in the scope's units, with weight ``w`` (no filters yet)."""
    if not scope.new_units:
        return f"(SELECT v.*, 1.0 AS w FROM {view} v)"
    if view in COMMUNE_VIEWS:
        return f"""(
            SELECT v.* REPLACE (
                       '2025' AS era,
                       coalesce(x.new_code, v.commune_code) AS commune_code,
                       coalesce(n.commune_name, v.commune_name) AS commune_name,
                       coalesce(n.province_code, v.province_code) AS province_code,
                       coalesce(n.province_name, v.province_name) AS province_name,
                       CAST(NULL AS VARCHAR) AS district_code,
                       CAST(NULL AS VARCHAR) AS district_name),
                   coalesce(x.share, 1.0) AS w
            FROM {view} v
            -- equality conditions only: a constant in the ON clause turns the hash join
            -- into a nested loop (seconds instead of milliseconds)
            LEFT JOIN (SELECT 'legacy' AS era, * FROM ref_unit_crosswalk) x
                   ON x.era = v.era AND x.old_code = v.commune_code
            LEFT JOIN commune_names n ON n.era = '2025' AND n.commune_code = x.new_code
            WHERE (v.era = '2025' OR x.old_code IS NOT NULL) AND {_narrowed(scope)})"""
    if view in UNIT_VIEWS:
        return f"""(
            SELECT v.* REPLACE (
                       '2025' AS era,
                       coalesce(m.np, v.province_code) AS province_code,
                       CAST(NULL AS VARCHAR) AS district_code,
                       coalesce(p.name, v.unit_name) AS unit_name,
                       'province' AS unit_level,
                       coalesce(m.np, v.unit_code) AS unit_code),
                   coalesce(m.share, 1.0) AS w
            FROM {view} v
            LEFT JOIN (SELECT 'legacy' AS era, * FROM ({_UNIT_TO_NEW_PROVINCE})) m
                   ON m.era = v.era AND m.level = v.unit_level AND m.code = v.unit_code
            LEFT JOIN ref_units p ON p.era = '2025' AND p.level = 'province' AND p.code = m.np
            WHERE (v.era = '2025' OR m.np IS NOT NULL) AND {_narrowed(scope)})"""
    raise ValueError(f"no era mapping for view {view}")


def unit_predicate(
    scope: Scope, alias: str = "f", commune_column: str = "commune_code"
) -> tuple[str, dict]:
    """Rows inside the chosen unit (any level), as displayed; like UnitFilter.where, with
    named parameters so query builders can share one dict."""
    u = scope.unit
    if not u.code:
        return "TRUE", {}
    return f"{alias}.era = $u_era AND {alias}.{u.column(commune_column)} = $u_code", {
        "u_era": u.era,
        "u_code": u.code,
    }


def year_bounds(scope: Scope) -> tuple[int, int]:
    return scope.years or (1900, 2100)


_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")


def run(con: duckdb.DuckDBPyConnection, sql: str, params: dict) -> duckdb.DuckDBPyConnection:
    """Execute with only the named parameters the SQL uses (DuckDB refuses extra ones),
    so query builders can share one parameter dict."""
    used = set(_PARAM.findall(sql))
    return con.execute(sql, {k: v for k, v in params.items() if k in used})
