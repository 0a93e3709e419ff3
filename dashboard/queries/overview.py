"""The overview page: freshness, reporting duties and headline counts (the goals
themselves are evaluated in dashboard.queries.goals)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dashboard.queries.filters import UnitFilter
from dashboard.queries.scope import (
    Scope,
    facts,
    run,
    source_provinces,
    unit_predicate,
    year_bounds,
)
from etl import config


def as_of_day(years: tuple[int, int] | None, today: dt.date | None = None) -> dt.date:
    """The day a page's figures are judged on: today, or the end of the chosen period if
    earlier (each goal is judged on its own day, see dashboard.queries.goals)."""
    today = today or config.today()
    if years and years[1] < today.year:
        return dt.date(years[1], 12, 31)
    return today


def freshness(con: duckdb.DuckDBPyConnection, unit: UnitFilter = UnitFilter()) -> pd.DataFrame:
    """The newest current batch of each kind (within the unit when one is chosen).

    A district sees its own files and the province-wide ones; a province sees its own
    files and those of its districts.
    """
    if unit.code and unit.level == "district":
        predicate = "cu.code = $code OR (cu.level = 'province' AND cu.code = $province)"
    elif unit.code:
        predicate = "cu.province_code = $code"
    else:
        predicate = "TRUE"
    params = {"era": unit.era, "code": unit.code, "province": _province_of(con, unit)}
    params = {k: v for k, v in params.items() if f"${k}" in predicate}
    era = "AND b.era = $era" if unit.code else ""
    if unit.code:
        params["era"] = unit.era
    return con.execute(
        f"""
        WITH covered AS (
            SELECT b.batch_id, b.era, unnest(b.unit_codes) AS code
            FROM batches b WHERE b.status = 'current' {era}),
        cu AS (
            SELECT c.batch_id, u.level, u.code, u.province_code
            FROM covered c
            JOIN units u ON u.era = c.era AND u.code = c.code
                        AND u.level IN ('province', 'district'))
        SELECT kind, batch_id, file_name, as_of_date, loaded_at, loaded_by, rows_loaded,
               unit_names
        FROM batches
        WHERE batch_id IN (SELECT batch_id FROM cu WHERE {predicate})
        QUALIFY row_number() OVER (PARTITION BY kind ORDER BY loaded_at DESC, batch_id DESC) = 1
        ORDER BY kind
        """,
        params,
    ).df()


def _province_of(con: duckdb.DuckDBPyConnection, unit: UnitFilter) -> str | None:
    if not unit.code:
        return None
    row = con.execute(
        "SELECT province_code FROM units WHERE era = ? AND level = ? AND code = ?",
        [unit.era, unit.level, unit.code],
    ).fetchone()
    return row[0] if row else None


def headline(
    con: duckdb.DuckDBPyConnection,
    unit: UnitFilter = UnitFilter(),
    years: tuple[int, int] | None = None,
    scope: Scope | None = None,
) -> dict[str, float | None]:
    """Four headline counts for the filter (``scope``, when given, adds the programme,
    the criteria set and the era switch)."""
    scope = scope or Scope(unit, years)
    where, params = unit_predicate(scope)
    y0, y1 = year_bounds(scope)
    params.update(y0=y0, y1=y1, program=scope.program, cset=scope.criteria_set)
    program = "AND f.program = $program" if scope.program else ""
    cset = "AND f.criteria_set = $cset" if scope.criteria_set else ""
    officers = run(
        con,
        f"""SELECT coalesce(sum(w), 0) FROM {facts("officers", scope)} f
            WHERE {where} {program}
              AND (f.start_date IS NULL OR year(f.start_date) <= $y1)
              AND (f.end_date IS NULL OR year(f.end_date) >= $y0)""",
        params,
    ).fetchone()[0]
    communes, ntm = run(
        con,
        f"""
        WITH latest AS (
            SELECT * FROM {facts("commune_ntm", scope)} f
            WHERE {where} AND f.year BETWEEN $y0 AND $y1 {cset}
            QUALIFY year = max(year) OVER (PARTITION BY era, commune_code))
        SELECT coalesce(sum(w), 0), coalesce(sum(w) FILTER (WHERE ntm_level IS NOT NULL), 0)
        FROM latest""",
        params,
    ).fetchone()
    # training is reported per province or district: a commune is its unit_code
    t_where, _ = unit_predicate(scope, commune_column="unit_code")
    trained = run(
        con,
        f"""SELECT sum(w * achieved) FROM {facts("training_results", scope)} f
            WHERE {t_where} AND f.year BETWEEN $y0 AND $y1""",
        params,
    ).fetchone()[0]
    return {"officers": officers, "communes": communes, "ntm": ntm, "trained": trained}


def plan_units(scope: Scope) -> list[UnitFilter]:
    """The units whose goals, duties and files belong to the chosen one. Plans name the
    units of their time; with today's units chosen, a province's plans include those of
    the pre-reform provinces that went into it."""
    unit = scope.unit
    if not (scope.new_units and unit.code and unit.era == "2025" and unit.level == "province"):
        return [unit]
    return [unit] + [
        UnitFilter("legacy", "province", p) for p in source_provinces().get(unit.code, [])
    ]


def batches(con: duckdb.DuckDBPyConnection, batch_ids: list[int]) -> pd.DataFrame:
    """The batches behind a set of figures, for the 'Nguồn dữ liệu' expander."""
    if not batch_ids:
        return pd.DataFrame()
    return con.execute(
        """
        SELECT batch_id, file_name, kind, as_of_date, loaded_at, loaded_by, rows_loaded,
               unit_names
        FROM batches WHERE batch_id IN (SELECT unnest(?::INTEGER[])) ORDER BY batch_id
        """,
        [sorted(set(batch_ids))],
    ).df()


def is_demo(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
    return bool(row and row[0] == "true")


REPORT_STATUSES = ("on_time", "late", "missing", "not_due")


def reporting_years(con: duckdb.DuckDBPyConnection, unit: UnitFilter = UnitFilter()) -> list[int]:
    where, params = unit.where("d", commune_column="unit_code")
    return [
        r[0]
        for r in con.execute(
            f"SELECT DISTINCT year(due_date) FROM reporting_duties d WHERE {where} ORDER BY 1",
            params,
        ).fetchall()
    ]


def reporting(
    con: duckdb.DuckDBPyConnection,
    unit: UnitFilter = UnitFilter(),
    year: int | None = None,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """Which units sent the report each plan asks of them, on time or late.

    A duty is answered by the first file (any batch, even one replaced since) of the same
    kind ('other' accepts any data file) that covers the unit and whose data reaches the
    duty's year. Sent on or before the due date is on time; nothing sent by today is
    missing, unless the due date is still ahead.
    """
    where, params = unit.where("d", commune_column="unit_code")
    today = today or config.today()
    year_sql = "AND year(d.due_date) = ?" if year else ""
    return con.execute(
        f"""
        WITH d AS (
            SELECT d.* FROM reporting_duties d WHERE {where} {year_sql}),
        -- a file covers a unit when it names it, its district or its province: both sides
        -- unnested to one code a row, so the match is an equality (hash) join
        dk AS (SELECT d.*, unnest([d.unit_code, d.district_code, d.province_code]) AS code
               FROM d),
        bk AS (SELECT b.*, unnest(b.unit_codes) AS code FROM load_batches b),
        sent AS (
            SELECT d.duty_id, b.batch_id, b.file_name, b.loaded_at
            FROM dk d JOIN bk b
              ON b.era = d.era AND b.code = d.code
             AND (b.kind = d.report_kind OR (d.report_kind = 'other' AND b.kind <> 'goals'))
             AND year(d.due_date) BETWEEN coalesce(b.period_start, year(b.as_of_date))
                 AND greatest(coalesce(b.period_end, year(b.as_of_date)), year(b.as_of_date))
            QUALIFY row_number() OVER (PARTITION BY d.duty_id ORDER BY b.loaded_at,
                                       b.batch_id) = 1)
        SELECT d.duty_id, d.unit_name, d.report_kind, d.report_name, d.period_label,
               d.due_date, d.recipient, d.source_document, s.loaded_at AS sent_at,
               s.batch_id, s.file_name,
               CASE WHEN s.loaded_at IS NOT NULL AND s.loaded_at::DATE <= d.due_date
                        THEN 'on_time'
                    WHEN s.loaded_at IS NOT NULL THEN 'late'
                    WHEN d.due_date < ? THEN 'missing'
                    ELSE 'not_due' END AS status,
               CASE WHEN s.loaded_at::DATE > d.due_date
                    THEN date_diff('day', d.due_date, s.loaded_at::DATE) END AS days_late,
               d.batch_id AS duty_batch_id
        FROM d LEFT JOIN sent s USING (duty_id)
        ORDER BY d.due_date, d.unit_name, d.report_name
        """,
        [*params, *([year] if year else []), today],
    ).df()
