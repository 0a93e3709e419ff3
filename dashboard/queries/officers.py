"""Cán bộ: who holds which post where, what they are like, and how long they stay.

Every figure counts officer assignments active in the chosen period (started by its last
year, not ended before its first) and weighs each by ``w`` (see :mod:`scope`).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dashboard.queries.scope import Scope, facts, run, unit_predicate, year_bounds

AGE_BANDS = ("Dưới 30", "30–39", "40–49", "50 trở lên")
ROSTER_LIMIT = 2000  # rows shown; the search narrows it down


def _base(scope: Scope) -> tuple[str, dict]:
    """The officers in scope, as a CTE body."""
    where, params = unit_predicate(scope)
    y0, y1 = year_bounds(scope)
    program = "AND f.program = $program" if scope.program else ""
    if scope.program:
        params["program"] = scope.program
    params.update(y0=y0, y1=y1)
    params["ref_year"] = min(y1, dt.date.today().year)  # ages are counted at this year's end
    sql = f"""
        SELECT * FROM {facts("officers", scope)} f
        WHERE {where} {program}
          AND (f.start_date IS NULL OR year(f.start_date) <= $y1)
          AND (f.end_date IS NULL OR year(f.end_date) >= $y0)"""
    return sql, params


def child_level(scope: Scope) -> str:
    """The level one step down from the chosen unit, as displayed."""
    level = scope.unit.level if scope.unit.code else None
    if level is None:
        return "province"
    if level == "province":
        return "commune" if scope.new_units or scope.unit.era == "2025" else "district"
    return "commune"


def by_unit(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Assignments per unit one level down, by status: the drill-down table."""
    base, params = _base(scope)
    level = child_level(scope)
    return run(
        con,
        f"""
        WITH o AS ({base})
        SELECT {level}_code AS code, {level}_name AS name, '{level}' AS level,
               coalesce(sum(w) FILTER (WHERE end_date IS NULL OR year(end_date) > $y1), 0)
                   AS serving,
               sum(w) AS total,
               coalesce(sum(w) FILTER (WHERE gender = 'Nữ'), 0) AS women,
               count(DISTINCT commune_code) AS communes
        FROM o WHERE {level}_code IS NOT NULL
        GROUP BY ALL ORDER BY total DESC, name
        """,
        params,
    ).df()


def by_program_position(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    base, params = _base(scope)
    return run(
        con,
        f"""
        WITH o AS ({base})
        SELECT coalesce(program, '(không ghi)') AS program,
               coalesce(position, '(không ghi)') AS position,
               coalesce(status, '(không ghi)') AS status, sum(w) AS officers
        FROM o GROUP BY ALL ORDER BY officers DESC, program, position, status
        """,
        params,
    ).df()


def composition(con: duckdb.DuckDBPyConnection, scope: Scope) -> dict[str, float | None]:
    """The ratios cadre plans track, in percent of the officers in scope."""
    base, params = _base(scope)
    row = run(
        con,
        f"""
        WITH o AS ({base})
        SELECT sum(w),
               100 * sum(w) FILTER (WHERE gender = 'Nữ') / nullif(sum(w), 0),
               100 * sum(w) FILTER (WHERE ethnicity IS NOT NULL AND ethnicity <> 'Kinh')
                   / nullif(sum(w) FILTER (WHERE ethnicity IS NOT NULL), 0),
               100 * sum(w) FILTER (WHERE education IN ('Đại học', 'Thạc sĩ', 'Tiến sĩ'))
                   / nullif(sum(w) FILTER (WHERE education IS NOT NULL), 0),
               100 * sum(w) FILTER (WHERE political_theory IN ('Trung cấp', 'Cao cấp',
                   'Cử nhân'))
                   / nullif(sum(w), 0),
               100 * sum(w) FILTER (WHERE party_member)
                   / nullif(sum(w) FILTER (WHERE party_member IS NOT NULL), 0)
        FROM o
        """,
        params,
    ).fetchone()
    keys = ("officers", "women", "minority", "university", "theory_mid", "party")
    return {k: (None if v is None else float(v)) for k, v in zip(keys, row, strict=True)}


def breakdown(con: duckdb.DuckDBPyConnection, scope: Scope, column: str) -> pd.DataFrame:
    """Officers by one attribute: gender, ethnicity, education, political theory, age band."""
    allowed = {"gender", "ethnicity", "education", "political_theory", "state_management"}
    base, params = _base(scope)
    if column == "age_band":
        expr = f"""CASE WHEN birth_year IS NULL THEN NULL
                        WHEN $ref_year - birth_year < 30 THEN '{AGE_BANDS[0]}'
                        WHEN $ref_year - birth_year < 40 THEN '{AGE_BANDS[1]}'
                        WHEN $ref_year - birth_year < 50 THEN '{AGE_BANDS[2]}'
                        ELSE '{AGE_BANDS[3]}' END"""
    elif column in allowed:
        expr = column
    else:
        raise ValueError(column)
    return run(
        con,
        f"""
        WITH o AS ({base})
        SELECT coalesce({expr}, '(không ghi)') AS value, sum(w) AS officers
        FROM o GROUP BY ALL ORDER BY officers DESC, value
        """,
        params,
    ).df()


def tenure_timeline(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Per year: officers serving at the end of the year, started and ended that year."""
    base, params = _base(scope)
    return run(
        con,
        f"""
        WITH o AS ({base}),
        span AS (
            SELECT min(year(start_date)) AS lo,
                   greatest(max(year(start_date)), max(year(end_date))) AS hi FROM o),
        years AS (
            SELECT unnest(range(greatest(lo, $y0), least(hi, $y1) + 1)) AS year FROM span)
        SELECT y.year,
               coalesce(sum(o.w) FILTER (WHERE year(o.start_date) <= y.year
                   AND (o.end_date IS NULL OR year(o.end_date) > y.year)), 0) AS serving,
               coalesce(sum(o.w) FILTER (WHERE year(o.start_date) = y.year), 0) AS started,
               coalesce(sum(o.w) FILTER (WHERE year(o.end_date) = y.year), 0) AS ended
        FROM years y LEFT JOIN o ON TRUE
        GROUP BY y.year ORDER BY y.year
        """,
        params,
    ).df()


def placement(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Where officers went after their term or project ended."""
    base, params = _base(scope)
    return run(
        con,
        f"""
        WITH o AS ({base})
        SELECT coalesce(placement_after, 'Chưa bố trí / chưa ghi') AS placement,
               sum(w) AS officers
        FROM o WHERE end_date IS NOT NULL OR placement_after IS NOT NULL
        GROUP BY ALL ORDER BY officers DESC
        """,
        params,
    ).df()


def roster(con: duckdb.DuckDBPyConnection, scope: Scope, search: str = "") -> pd.DataFrame:
    """The officers themselves, newest first; ``search`` matches name, commune or post
    without regard to case or tone marks."""
    base, params = _base(scope)
    match = ""
    if search.strip():
        match = "AND strip_accents(lower(replace(replace(full_name || ' ' || commune_name || ' ' || coalesce(position, ''), 'đ', 'd'), 'Đ', 'D'))) LIKE $q"
        params["q"] = "%" + _fold(search) + "%"
    return run(
        con,
        f"""
        WITH o AS ({base})
        SELECT full_name, gender, birth_year, ethnicity, position, program, commune_name,
               district_name, province_name, start_date, end_date, status, education,
               political_theory, placement_after, batch_id
        FROM o WHERE TRUE {match}
        -- a person counted in several successor communes is listed once
        QUALIFY row_number() OVER (PARTITION BY batch_id, source_row ORDER BY w DESC) = 1
        ORDER BY start_date DESC NULLS LAST, province_name, district_name, commune_name,
                 full_name
        LIMIT {ROSTER_LIMIT}
        """,
        params,
    ).df()


def batch_ids(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[int]:
    base, params = _base(scope)
    return [
        r[0]
        for r in run(
            con, f"WITH o AS ({base}) SELECT DISTINCT batch_id FROM o ORDER BY 1", params
        ).fetchall()
    ]


def _fold(text: str) -> str:
    from etl.text import fold_words

    return " ".join(fold_words(text).split())
