"""The overview page: every goal against the data, freshness, and headline counts."""

from __future__ import annotations

import datetime as dt
import re

import duckdb
import pandas as pd

from dashboard.projection import project
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

# One query per measure (see etl.kinds.MEASURES) for all goals of that measure at once:
# each goal's value year by year, so the page can show the latest figure and project the
# trend. The goals come in as relation _g (goal_id, era, scope_level, scope_code, arg,
# dyear = the deadline's year, deadline); {scoped:VIEW} expands to the view's rows joined
# to the goals whose unit they fall in. Each query returns (goal_id, year, value,
# batch_ids). A query per goal was simple but took 11 s for a country's 1,000 goals.
NTM_RANK = "CASE ntm_level WHEN 'NTM' THEN 1 WHEN 'NTM nâng cao' THEN 2 WHEN 'NTM kiểu mẫu' THEN 3 ELSE 0 END"

SERIES_SQL: dict[str, str] = {
    "training_achieved": """
        WITH y AS (
            SELECT goal_id, year, sum(achieved) AS v, list(DISTINCT batch_id) AS b
            FROM {scoped:training_results}
            WHERE category = arg AND year <= dyear GROUP BY ALL)
        SELECT goal_id, year, sum(v) OVER (PARTITION BY goal_id ORDER BY year), b FROM y""",
    # Recognition years are read from the newest assessment, so a 2016 file still tells
    # how many communes had been recognised by 2015.
    "ntm_share": """
        WITH s AS (SELECT * FROM {scoped:commune_ntm}),
        latest AS (SELECT * FROM s QUALIFY year = max(year) OVER (PARTITION BY goal_id)),
        years AS (
            SELECT DISTINCT goal_id, y FROM (
                SELECT goal_id, year AS y, dyear FROM s
                UNION SELECT goal_id, recognized_year, dyear FROM latest)
            WHERE y IS NOT NULL AND y <= dyear)
        SELECT years.goal_id, y,
               100.0 * count(*) FILTER (WHERE l.recognized_year <= y) / count(*),
               list(DISTINCT l.batch_id)
        FROM years JOIN latest l USING (goal_id) GROUP BY ALL""",
    "ntm_level_count": f"""
        SELECT goal_id, year, count(DISTINCT commune_code) FILTER (WHERE {NTM_RANK} >= (
                   CASE arg WHEN 'NTM' THEN 1 WHEN 'NTM nâng cao' THEN 2 ELSE 3 END)),
               list(DISTINCT batch_id)
        FROM {{scoped:commune_ntm}} WHERE year <= dyear GROUP BY ALL""",
    # Both indicator measures in one pass over the indicators: mean, then share.
    "indicator": """
        SELECT goal_id, year, avg(value), 100.0 * avg(CASE WHEN value > 0 THEN 1 ELSE 0 END),
               list(DISTINCT batch_id)
        FROM {scoped:commune_indicators}
        WHERE indicator = arg AND year <= dyear GROUP BY ALL""",
    "officer_count": """
        WITH y AS (
            SELECT goal_id, year(start_date) AS year, count(*) AS v,
                   list(DISTINCT batch_id) AS b
            FROM {scoped:officers}
            WHERE program = arg AND year(start_date) <= dyear GROUP BY ALL)
        SELECT goal_id, year, sum(v) OVER (PARTITION BY goal_id ORDER BY year), b FROM y""",
    "officer_communes": """
        WITH c AS (
            SELECT goal_id, commune_code, min(year(start_date)) AS year,
                   list(DISTINCT batch_id) AS b
            FROM {scoped:officers}
            WHERE program = split_part(arg, '|', 1) AND position = split_part(arg, '|', 2)
              AND start_date <= deadline
            GROUP BY ALL),
        y AS (SELECT goal_id, year, count(*) AS v, list_distinct(flatten(list(b))) AS b
              FROM c GROUP BY ALL)
        SELECT goal_id, year, sum(v) OVER (PARTITION BY goal_id ORDER BY year), b FROM y""",
    "officer_placed_share": """
        WITH y AS (
            SELECT goal_id, year(end_date) AS year, count(placement_after) AS placed,
                   count(*) AS n, list(DISTINCT batch_id) AS b
            FROM {scoped:officers}
            WHERE program = arg AND end_date IS NOT NULL AND end_date <= deadline
            GROUP BY ALL)
        SELECT goal_id, year, 100.0 * sum(placed) OVER w / sum(n) OVER w, b
        FROM y WINDOW w AS (PARTITION BY goal_id ORDER BY year)""",
}

# Measures that share a query, and which of its value columns each reads.
QUERY_OF = {"indicator_mean": "indicator", "indicator_share": "indicator"}
VALUE_COLUMN = {"indicator_share": 1}

_SCOPED = re.compile(r"\{scoped:(\w+)\}")


_LEVEL_COLUMNS = {"province": "province_code", "district": "district_code"}


def _scoped(view: str, levels: list[str]) -> str:
    """The view's rows, each joined to the goals whose unit it falls in.

    The view is read once. With goals at one level (the usual case: a plan's goals are
    for its province) that is a plain equality join; with several, each row is paired
    with its code at each of those levels, so one equality join still finds them all.
    Rows outside the goals' provinces are dropped first, with a list parameter DuckDB
    pushes into the view's scan (a subquery there is not pushed down and costs twice
    the time)."""
    commune = "unit_code" if view.startswith("training") else "commune_code"
    columns = [_LEVEL_COLUMNS.get(level, commune) for level in levels]
    narrowed = f"""SELECT * FROM {view}
              WHERE (era = 'legacy' AND list_contains($legacy_provinces, province_code))
                 OR (era = '2025' AND list_contains($new_provinces, province_code))"""
    if len(levels) == 1:
        return f"""(
            SELECT f.*, g.goal_id, g.arg, g.dyear, g.deadline
            FROM ({narrowed}) f
            JOIN _g g ON f.era = g.era AND f.{columns[0]} = g.scope_code)"""
    return f"""(
        SELECT f.* EXCLUDE (scope_levels, scope_codes), g.goal_id, g.arg, g.dyear, g.deadline
        FROM (SELECT *, unnest({levels!r}) AS scope_levels,
                        unnest([{", ".join(columns)}]) AS scope_codes
              FROM ({narrowed})) f
        JOIN _g g ON f.era = g.era AND f.scope_levels = g.scope_level
                 AND f.scope_codes = g.scope_code)"""


# Cumulative counts start from nothing when the plan is issued: a single figure then
# already gives a pace.
CUMULATIVE = {"training_achieved", "officer_count", "officer_communes"}

EXPLAIN: dict[str, tuple[str, str]] = {
    "training_achieved": (
        "Cộng dồn số người được đào tạo lĩnh vực '{arg}' qua các năm.",
        "People trained in '{arg}', added up year by year.",
    ),
    "ntm_share": (
        "Số xã được công nhận đạt chuẩn NTM đến từng năm (theo năm công nhận trong số liệu "
        "mới nhất) chia cho số xã có số liệu.",
        "Communes recognised as NTM by each year (recognition year in the newest data) "
        "over the communes assessed.",
    ),
    "ntm_level_count": (
        "Số xã đạt mức '{arg}' trở lên trong số liệu từng năm.",
        "Communes at level '{arg}' or above in each year's data.",
    ),
    "indicator_mean": (
        "Bình quân '{arg}' của các xã trong số liệu từng năm.",
        "Mean of '{arg}' over the communes, year by year.",
    ),
    "indicator_share": (
        "Tỷ lệ xã đạt '{arg}' trong số liệu từng năm.",
        "Share of communes with '{arg}', year by year.",
    ),
    "officer_count": (
        "Cộng dồn số người thuộc '{arg}' theo năm bắt đầu công tác.",
        "People in '{arg}', added up by the year they started.",
    ),
    "officer_communes": (
        "Số xã có người thuộc chương trình giữ chức vụ ({arg}), cộng dồn theo năm.",
        "Communes with someone from the programme in the post ({arg}), year by year.",
    ),
    "officer_placed_share": (
        "Tỷ lệ người thuộc '{arg}' đã kết thúc và được bố trí công tác.",
        "Share of people in '{arg}' who finished and were given a post.",
    ),
}


def as_of_day(years: tuple[int, int] | None, today: dt.date | None = None) -> dt.date:
    """The day goals are judged on: today, or the end of the chosen period if earlier."""
    today = today or config.today()
    if years and years[1] < today.year:
        return dt.date(years[1], 12, 31)
    return today


GOAL_COLUMNS = [
    "goal_id",
    "name",
    "scope",
    "measure",
    "target_value",
    "unit",
    "deadline",
    "source_document",
    "value",
    "data_year",
    "pct",
    "status",
    "projected",
    "slope",
    "method",
    "explain",
    "points",
    "batch_ids",
]


def _series(con: duckdb.DuckDBPyConnection, query: str, part: pd.DataFrame) -> dict[int, list]:
    """Year-by-year values of the goals in ``part`` (all of one query), keyed by row."""
    # goal ids are unique within a plan, not across plans: key the rows by position
    keys = part.assign(goal_id=part.index)
    columns = ["goal_id", "era", "scope_level", "scope_code", "province_code", "arg", "dyear"]
    con.register("_g", keys[[*columns, "deadline"]])
    levels = sorted(set(part.scope_level))
    sql = _SCOPED.sub(lambda m: _scoped(m.group(1), levels), SERIES_SQL[query])
    column = dict(zip(part.index, (VALUE_COLUMN.get(m, 0) for m in part.metric), strict=True))
    provinces = {
        "legacy_provinces": sorted(set(part.province_code[part.era == "legacy"])),
        "new_provinces": sorted(set(part.province_code[part.era == "2025"])),
    }
    series: dict[int, list] = {}
    try:
        for goal_id, year, *values, ids in con.execute(
            f"{sql} ORDER BY 1, 2", provinces
        ).fetchall():
            value = values[column[goal_id]]
            if value is not None:
                series.setdefault(goal_id, []).append((int(year), float(value), ids or []))
    finally:
        con.unregister("_g")
    return series


def goal_progress(
    con: duckdb.DuckDBPyConnection,
    unit: UnitFilter = UnitFilter(),
    years: tuple[int, int] | None = None,
    today: dt.date | None = None,
    lang: str = "vi",
) -> pd.DataFrame:
    """One row per goal in the filter: the latest value, % of target, the trend projected
    to the deadline and the status it gives (see :mod:`dashboard.projection`)."""
    where, params = unit.where("g", commune_column="scope_code")
    goals = con.execute(
        f"""SELECT g.*, b.as_of_date AS issued FROM goals g
            JOIN batches b USING (batch_id)
            WHERE {where} ORDER BY g.deadline, g.goal_id""",
        params,
    ).df()
    if years:
        goals = goals[goals.deadline.dt.year.between(*years)]
    as_of = as_of_day(years, today)
    goals = goals.reset_index(drop=True).assign(
        metric=[m.partition(":")[0] for m in goals.measure],
        arg=[m.partition(":")[2].strip() for m in goals.measure],
        dyear=goals.deadline.dt.year,
        deadline=goals.deadline.dt.date,
    )
    goals["query"] = [QUERY_OF.get(m, m) for m in goals.metric]
    series: dict[int, list] = {}
    for query, part in goals.groupby("query"):
        series.update(_series(con, query, part))
    out = []
    for g in goals.itertuples():
        metric, arg, deadline = g.metric, g.arg, g.deadline
        points = [(min(dt.date(y, 12, 31), deadline), v, b) for y, v, b in series.get(g.Index, [])]
        issued = None if pd.isna(g.issued) else pd.Timestamp(g.issued).date()
        start = (issued, 0.0) if metric in CUMULATIVE and issued else None
        p = project([(d, v) for d, v, _ in points], g.target_value, deadline, as_of, start)
        seen = [s for s in points if s[0] <= as_of]
        value = p.current
        pct = None if value is None or not g.target_value else 100.0 * value / g.target_value
        vi, en = EXPLAIN[metric]
        out.append(
            dict(
                goal_id=g.goal_id,
                name=g.name,
                scope=g.scope,
                measure=g.measure,
                target_value=g.target_value,
                unit=g.unit,
                deadline=deadline,
                source_document=g.source_document,
                value=value,
                data_year=seen[-1][0].year if seen else None,
                pct=pct,
                status=p.status,
                projected=p.projected,
                slope=p.slope,
                method=p.method,
                explain=(en if lang == "en" else vi).format(arg=arg.strip()),
                points=[(d, v) for d, v, _ in seen],
                batch_ids=[
                    *sorted({int(b) for _, _, ids in seen for b in ids}),
                    int(g.batch_id),
                ],
            )
        )
    return pd.DataFrame(out, columns=GOAL_COLUMNS)


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
