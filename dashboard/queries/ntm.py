"""Nông thôn mới: how many communes reach each level, which criteria hold them back.

Shares and counts follow the scope's units (and the crosswalk when ``new_units``). The
commune-by-commune views (heatmap, near misses, map) stay in the units the communes were
assessed in: a criterion is met or not by one commune, and averaging it over merged
communes would describe no real commune.
"""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pandas as pd

from dashboard.queries.scope import Scope, facts, run, unit_predicate, year_bounds
from dashboard.shares import Share

LEVELS = ("Chưa đạt", "NTM", "NTM nâng cao", "NTM kiểu mẫu")
UNKNOWN_LEVEL = "Chưa có thông tin"  # on the map: an assessment row that gives no figure
# A commune's level is known when the file gives it, or gives its criteria count with the
# level blank ("Bỏ trống nếu chưa đạt", says the template): not yet recognised. A row with
# neither says nothing about the level and is left out of the shares' denominator.
LEVEL_SQL = f"""CASE WHEN ntm_level IS NOT NULL THEN ntm_level
                     WHEN criteria_met IS NOT NULL THEN '{LEVELS[0]}' END"""
HEATMAP_LIMIT = 400  # communes drawn in one heatmap; more is unreadable on a page


def _base(scope: Scope, own_units: bool = False) -> tuple[str, dict]:
    """The assessments in scope. ``own_units`` keeps each commune as it was assessed; with
    today's units chosen it then takes the pre-reform communes that went into the chosen
    province (and its own post-reform ones)."""
    s = replace(scope, new_units=False) if own_units else scope
    where, params = unit_predicate(s)
    if own_units and scope.new_units and scope.unit.code and scope.unit.era == "2025":
        where = """((f.era = '2025' AND f.province_code = $u_code)
                    OR (f.era = 'legacy' AND f.commune_code IN (
                        SELECT old_code FROM ref_unit_crosswalk
                        WHERE new_province_code = $u_code)))"""
    y0, y1 = year_bounds(scope)
    params.update(y0=y0, y1=y1)
    crit = ""
    if scope.criteria_set:
        crit, params["cset"] = "AND f.criteria_set = $cset", scope.criteria_set
    sql = f"""SELECT * FROM {facts("commune_ntm", s)} f
              WHERE {where} AND f.year BETWEEN $y0 AND $y1 {crit}"""
    return sql, params


def years(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[int]:
    base, params = _base(scope)
    return [
        r[0] for r in run(con, f"SELECT DISTINCT year FROM ({base}) ORDER BY 1", params).fetchall()
    ]


def levels_by_year(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Per year and level: communes (weighted, exact) and their share of the communes
    whose level is known (see :data:`LEVEL_SQL`); ``known`` and ``assessed`` are that
    year's denominator and all its communes. Communes of unknown level are a row with
    level NULL and no share."""
    base, params = _base(scope)
    return run(
        con,
        f"""
        WITH n AS ({base}),
        y AS (SELECT year, {LEVEL_SQL} AS level, sum(w) AS communes FROM n GROUP BY ALL),
        t AS (SELECT *,
                     sum(CASE WHEN level IS NOT NULL THEN communes END)
                         OVER (PARTITION BY year) AS known,
                     sum(communes) OVER (PARTITION BY year) AS assessed
              FROM y)
        SELECT year, level, communes,
               CASE WHEN level IS NOT NULL THEN 100 * communes / known END AS share,
               coalesce(known, 0) AS known, assessed
        FROM t
        ORDER BY year, CASE level WHEN 'Chưa đạt' THEN 0 WHEN 'NTM' THEN 1
                                  WHEN 'NTM nâng cao' THEN 2 WHEN 'NTM kiểu mẫu' THEN 3
                                  ELSE 4 END, level
        """,
        params,
    ).df()


def share_of_year(levels: pd.DataFrame, year: int) -> Share:
    """Communes recognised (any NTM level) in ``year``, of those whose level is known,
    out of all assessed: from :func:`levels_by_year`."""
    part = levels[levels.year == year]
    if part.empty:
        return Share.of(0, 0, 0, "communes")
    recognised = part[part.level.notna() & (part.level != LEVELS[0])].communes.sum()
    return Share.of(recognised, part.known.iloc[0], part.assessed.iloc[0], "communes")


def ntm_goals(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Goals on the NTM share in the chosen unit (or any, with no unit): the target line."""
    where, params = unit_predicate(Scope(scope.unit), "g")
    return run(
        con,
        f"""
        SELECT goal_id, name, scope, target_value, deadline, batch_id
        FROM goals g WHERE measure = 'ntm_share' AND {where} ORDER BY deadline
        """,
        params,
    ).df()


def trend(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Average and median criteria met per year, with the communes assessed."""
    base, params = _base(scope)
    return run(
        con,
        f"""
        WITH n AS ({base})
        SELECT year, criteria_set,
               sum(w * criteria_met) / sum(w) FILTER (WHERE criteria_met IS NOT NULL)
                   AS mean_met,
               median(criteria_met) AS median_met, sum(w) AS communes
        FROM n GROUP BY ALL ORDER BY year
        """,
        params,
    ).df()


def distribution(con: duckdb.DuckDBPyConnection, scope: Scope, year: int) -> pd.DataFrame:
    """Communes by number of criteria met in one year (those whose count is known)."""
    base, params = _base(scope)
    params["year"] = year
    return run(
        con,
        f"""
        WITH n AS ({base})
        SELECT criteria_met, sum(w) AS communes FROM n
        WHERE year = $year AND criteria_met IS NOT NULL
        GROUP BY ALL ORDER BY criteria_met
        """,
        params,
    ).df()


def criteria_set_of(con: duckdb.DuckDBPyConnection, scope: Scope, year: int) -> str | None:
    base, params = _base(scope, own_units=True)
    params["year"] = year
    row = run(
        con,
        f"SELECT mode(criteria_set) FROM ({base}) WHERE year = $year",
        params,
    ).fetchone()
    return row[0] if row else None


def heatmap(
    con: duckdb.DuckDBPyConnection, scope: Scope, year: int, criteria_set: str
) -> pd.DataFrame:
    """Communes × criteria, 1 met / 0 not met, for one year and criteria set.

    The communes furthest from the finish come first; at most HEATMAP_LIMIT of them.
    """
    base, params = _base(scope, own_units=True)
    params.update(year=year, hset=criteria_set, limit=HEATMAP_LIMIT)
    return run(
        con,
        f"""
        WITH n AS (
            SELECT * FROM ({base}) WHERE year = $year AND criteria_set = $hset
            ORDER BY criteria_met, province_name, district_name, commune_name
            LIMIT $limit)
        SELECT n.commune_code, n.commune_name, n.district_name, n.province_name,
               n.criteria_met, c.criterion_no, c.criterion_name, c.met::INTEGER AS met
        FROM n JOIN commune_ntm_criteria c
          ON c.era = n.era AND c.commune_code = n.commune_code AND c.year = n.year
         AND c.criteria_set = n.criteria_set AND c.batch_id = n.batch_id
        ORDER BY n.criteria_met, n.province_name, n.district_name, n.commune_name,
                 c.criterion_no
        """,
        params,
    ).df()


def near_misses(
    con: duckdb.DuckDBPyConnection, scope: Scope, year: int, within: int = 2
) -> pd.DataFrame:
    """Communes not yet recognised that miss only 1–``within`` criteria: where to act."""
    base, params = _base(scope, own_units=True)
    params.update(year=year, within=within)
    return run(
        con,
        f"""
        WITH n AS (SELECT * FROM ({base}) WHERE year = $year AND ntm_level IS NULL),
        total AS (SELECT criteria_set, count(*) AS criteria FROM ntm_criteria GROUP BY ALL)
        SELECT n.commune_code, n.commune_name, n.district_name, n.province_name,
               n.criteria_met, t.criteria - n.criteria_met AS missing,
               string_agg(c.criterion_no || '. ' || c.criterion_name, '; '
                          ORDER BY c.criterion_no) AS missing_criteria,
               n.batch_id
        FROM n JOIN total t USING (criteria_set)
        LEFT JOIN commune_ntm_criteria c
          ON c.era = n.era AND c.commune_code = n.commune_code AND c.year = n.year
         AND c.batch_id = n.batch_id AND NOT c.met
        WHERE t.criteria - n.criteria_met BETWEEN 1 AND $within
        GROUP BY ALL
        ORDER BY missing, province_name, district_name, commune_name
        """,
        params,
    ).df()


def map_points(con: duckdb.DuckDBPyConnection, scope: Scope, year: int) -> pd.DataFrame:
    """Communes with coordinates, their level and criteria met, for the offline map."""
    base, params = _base(scope, own_units=True)
    params["year"] = year
    return run(
        con,
        f"""
        WITH n AS (SELECT * FROM ({base}) WHERE year = $year)
        SELECT n.commune_code, n.commune_name, n.district_name, n.province_name,
               coalesce({LEVEL_SQL}, '{UNKNOWN_LEVEL}') AS level, n.criteria_met,
               u.latitude, u.longitude
        FROM n JOIN commune_names u ON u.era = n.era AND u.commune_code = n.commune_code
        WHERE u.latitude IS NOT NULL AND u.longitude IS NOT NULL
        ORDER BY n.commune_code
        """,
        params,
    ).df()


def batch_ids(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[int]:
    base, params = _base(scope)
    return [
        r[0]
        for r in run(con, f"SELECT DISTINCT batch_id FROM ({base}) ORDER BY 1", params).fetchall()
    ]


def commune_history(con: duckdb.DuckDBPyConnection, era: str, code: str) -> pd.DataFrame:
    """One commune's criteria year by year, shaped like :func:`heatmap` (a row a year)."""
    return con.execute(
        """
        SELECT c.year::VARCHAR AS commune_code, c.year::VARCHAR || ' (' || c.criteria_set
                   || ')' AS commune_name, '' AS district_name, '' AS province_name,
               n.criteria_met, c.criterion_no, c.criterion_name, c.met::INTEGER AS met
        FROM commune_ntm_criteria c
        JOIN commune_ntm n ON n.era = c.era AND n.commune_code = c.commune_code
                          AND n.year = c.year AND n.batch_id = c.batch_id
        WHERE c.era = ? AND c.commune_code = ?
        ORDER BY c.year DESC, c.criterion_no
        """,
        [era, code],
    ).df()
