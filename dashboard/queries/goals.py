"""Every goal against the data: its value, where its trend leads, and its status today.

A goal is judged on the earliest of today, its deadline and the end of the chosen period:
a goal whose deadline has passed is met or missed on the value reached by its deadline; a
goal still running is projected (see :mod:`dashboard.projection`). A period shows the
goals whose window, from the plan's issue (the goals file's "Tính đến ngày") to the
deadline, overlaps it.

Under a district or a commune, the province's goals are evaluated on that unit wherever
the measure can be measured there: a rate against the province's target, a count as the
unit's part of the province's total (no target of its own unless it has one on file).
How each measure is computed is declared once, in :mod:`etl.spec.measures`; the series
are computed when data is loaded (:mod:`etl.store.goal_series`).
"""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import duckdb
import pandas as pd

from dashboard.projection import project
from dashboard.queries.filters import UnitFilter
from etl import config
from etl.spec import comparisons
from etl.spec.measures import MEASURES
from etl.store import goal_series

GOAL_COLUMNS = [
    "goal_id",
    "name",
    "scope",
    "measure",
    "metric",
    "arg",
    "target_value",
    "comparison",  # ">=" (a floor), ">", "<=" or "<" (a ceiling): etl.spec.comparisons
    "unit",
    "deadline",
    "issued",
    "source_document",
    "value",
    "data_year",
    "pct",
    "status",
    "projected",
    "slope",
    "method",
    "judged_on",
    "final",
    "evaluated_on",
    "province_value",
    "part_pct",
    "points",
    "batch_ids",
    "batch_id",  # the goal's own batch (its plan, when it came from one: Văn bản kế hoạch)
    "quote",  # the plan's sentence it came from; None for a goal typed in a workbook
]
# A count goal of the province under one of its units: no status of its own.
CONTRIBUTES = "contributes"


def judge_day(deadline: dt.date, today: dt.date, years: tuple[int, int] | None) -> dt.date:
    """The earliest of today, the deadline and the end of the chosen period."""
    end = dt.date(years[1], 12, 31) if years else deadline
    return min(today, deadline, end)


def _dated(series: list, deadline: dt.date, judged: dt.date) -> list:
    """Yearly figures dated at their year's end (or the deadline, if earlier); the
    judging year's figure is the value as known on the judging day."""
    out = []
    for year, value, ids in series:
        if year > judged.year:
            continue
        day = min(dt.date(year, 12, 31), deadline)
        out.append((min(day, judged), value, ids))
    return out


def _goals(con: duckdb.DuckDBPyConnection, unit: UnitFilter) -> list[SimpleNamespace]:
    """The goals of the unit and those below it, plus (for a district or commune) the
    goals of the units above it, marked ``inherited``. Plain rows: a thousand goals go
    through Python one by one, and pandas' per-row access costs more than the SQL."""
    own, params = unit.where("g", commune_column="scope_code")
    above = "FALSE"
    if unit.code and unit.level in ("district", "commune"):
        above = """(g.era = $era AND g.province_code = u.province_code AND (
                        g.scope_level = 'province'
                        OR (g.scope_level = 'district' AND g.scope_code = u.district_code
                            AND $level = 'commune')))"""
    named = {f"p{i}": v for i, v in enumerate(params)}
    own_named = own
    for i in range(len(params)):
        own_named = own_named.replace("?", f"$p{i}", 1)
    sql = f"""
        WITH u AS (SELECT * FROM units WHERE era = $era AND level = $level AND code = $code)
        SELECT g.goal_id, g.name, g.measure, g.scope, g.target_value, g.comparison, g.unit,
               g.deadline, g.source_document, g.quote, g.batch_id, g.era, g.scope_level, g.scope_code,
               g.province_code, b.as_of_date::DATE AS issued,
               NOT coalesce(({own_named}), FALSE) AS inherited
        FROM goals g JOIN batches b USING (batch_id) LEFT JOIN u ON TRUE
        WHERE ({own_named}) OR {above}
        ORDER BY g.deadline, g.goal_id"""
    values = {**named, "era": unit.era or "", "level": unit.level or "", "code": unit.code or ""}
    used = set(re.findall(r"\$(\w+)", sql))
    cursor = con.execute(sql, {k: v for k, v in values.items() if k in used})
    names = [d[0] for d in cursor.description]
    return [SimpleNamespace(**dict(zip(names, row, strict=True))) for row in cursor.fetchall()]


def goal_progress(
    con: duckdb.DuckDBPyConnection,
    unit: UnitFilter = UnitFilter(),
    years: tuple[int, int] | None = None,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """One row per goal in the filter: the value on its judging day, % of target, the
    trend projected to the deadline and the status it gives."""
    today = today or config.today()
    below = bool(unit.code) and unit.level in ("district", "commune")
    goals = []
    for g in _goals(con, unit):
        g.metric, _, arg = g.measure.partition(":")
        g.metric, g.arg = g.metric.strip(), arg.strip()
        if g.metric not in MEASURES:
            continue
        if years and not (
            g.deadline.year >= years[0] and (g.issued or g.deadline).year <= years[1]
        ):
            continue  # the goal's window [issued, deadline] does not overlap the period
        if below and g.inherited and unit.level not in MEASURES[g.metric].levels:
            continue
        g.dyear = g.deadline.year
        goals.append(g)
    if not goals:
        return pd.DataFrame(columns=GOAL_COLUMNS)
    evals = _evaluations(goals, unit)
    series = goal_series.read(con, pd.DataFrame(evals, columns=goal_series.EVAL_COLUMNS))
    by_goal: dict[tuple[int, str], list] = {}
    for key, e in enumerate(evals):
        by_goal[(e["goal_row"], e["role"])] = series.get(key, [])
    out = [
        _judge(g, by_goal.get((i, "unit"), []), by_goal.get((i, "province")), unit, today, years)
        for i, g in enumerate(goals)
    ]
    return pd.DataFrame(out, columns=GOAL_COLUMNS)


def _evaluations(goals: list[SimpleNamespace], unit: UnitFilter) -> list[dict]:
    """What to measure: each goal on its own unit, or, when inherited, on the chosen unit
    (and a count also on its own unit, for the unit's part of the total)."""
    rows = []
    for i, g in enumerate(goals):
        base = dict(
            goal_row=i,
            goal_batch=int(g.batch_id),
            goal_id=g.goal_id,
            metric=g.metric,
            era=g.era,
            province_code=g.province_code,
            arg=g.arg,
            dyear=g.dyear,
            deadline=g.deadline,
        )
        own = {**base, "scope_level": g.scope_level, "scope_code": g.scope_code}
        if not g.inherited:
            rows.append({**own, "role": "unit"})
            continue
        rows.append({**base, "role": "unit", "scope_level": unit.level, "scope_code": unit.code})
        if MEASURES[g.metric].kind == "count":
            rows.append({**own, "role": "province"})
    return rows


def _judge(g, series: list, province: list | None, unit: UnitFilter, today: dt.date, years) -> dict:
    measure = MEASURES[g.metric]
    judged = judge_day(g.deadline, today, years)
    points = _dated(series, g.deadline, judged)
    start = (g.issued, 0.0) if measure.cumulative and g.issued else None
    contributes = bool(g.inherited) and measure.kind == "count"
    target = g.target_value
    p = project([(d, v) for d, v, _ in points], target, g.deadline, judged, start, g.comparison)
    value = p.current
    province_value = part = None
    status = p.status
    if contributes:
        status = CONTRIBUTES if value is not None else "no_data"
        whole = _dated(province or [], g.deadline, judged)
        province_value = whole[-1][1] if whole else None
        if value is not None and province_value:
            part = 100.0 * value / province_value
        target = None
    share = (
        None if value is None or not target else comparisons.attainment(value, target, g.comparison)
    )
    pct = None if share is None else 100.0 * share
    return dict(
        goal_id=g.goal_id,
        name=g.name,
        scope=g.scope,
        measure=g.measure,
        metric=g.metric,
        arg=g.arg,
        target_value=g.target_value,
        comparison=g.comparison,
        unit=g.unit,
        deadline=g.deadline,
        issued=g.issued,
        source_document=g.source_document,
        value=value,
        data_year=points[-1][0].year if points else None,
        pct=pct,
        status=status,
        projected=None if contributes else p.projected,
        slope=None if contributes else p.slope,
        method="none" if contributes else p.method,
        judged_on=judged,
        final=judged >= g.deadline,
        evaluated_on=unit.code if g.inherited else None,
        province_value=province_value,
        part_pct=part,
        points=[(d, v) for d, v, _ in points],
        batch_ids=[*sorted({int(b) for _, _, ids in points for b in ids}), int(g.batch_id)],
        batch_id=int(g.batch_id),
        quote=g.quote,
    )
