"""Đào tạo, bồi dưỡng: people trained against the plan's targets, by category and level.

Targets are set for a whole plan period (2011–2015, say) and results are reported per
year, so progress is cumulative: what has been achieved since the period began, against
the period's target, and where the yearly pace leads by the period's end.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dashboard.projection import project
from dashboard.queries.scope import Scope, facts, run, unit_predicate, year_bounds


def _results(scope: Scope, since_start: bool = False) -> tuple[str, dict]:
    """Results in the chosen years; ``since_start`` keeps the years before them too, for
    progress against a period target, which counts from the period's first year."""
    where, params = unit_predicate(scope, commune_column="unit_code")
    y0, y1 = year_bounds(scope)
    params.update(r0=-1 if since_start else y0, y0=y0, y1=y1)
    sql = f"""SELECT * FROM {facts("training_results", scope)} f
              WHERE {where} AND f.year BETWEEN $r0 AND $y1"""
    return sql, params


def _targets(scope: Scope) -> tuple[str, dict]:
    where, params = unit_predicate(scope, commune_column="unit_code")
    y0, y1 = year_bounds(scope)
    params.update(y0=y0, y1=y1)
    sql = f"""SELECT * FROM {facts("training_targets", scope)} f
              WHERE {where} AND f.period_end >= $y0 AND f.period_start <= $y1"""
    return sql, params


def by_category(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Target against achieved by category and level: achieved counts from the start of
    each target's period to the end of the chosen years.

    ``pct`` is achieved of the target, NULL (shown "—") where no target is set or it is
    0: never 0% or infinity for an unknown target. A category trained at no particular
    level (tin học) has level NULL on both sides and still meets its target."""
    results, params = _results(scope, since_start=True)
    targets, _ = _targets(scope)
    return run(
        con,
        f"""
        WITH t AS (SELECT category, level, period_start, period_end, sum(w * target) AS target
                   FROM ({targets}) GROUP BY ALL),
        r AS (SELECT category, level, year, sum(w * achieved) AS achieved
              FROM ({results}) GROUP BY ALL),
        matched AS (
            SELECT coalesce(t.category, r.category) AS category,
                   coalesce(t.level, r.level) AS level,
                   t.period_start, t.period_end, any_value(t.target) AS target,
                   sum(r.achieved) AS achieved
            FROM t FULL JOIN r ON r.category = t.category
                              AND r.level IS NOT DISTINCT FROM t.level
                              AND r.year BETWEEN t.period_start AND t.period_end
            GROUP BY ALL)
        SELECT category, level, period_start, period_end, target,
               coalesce(achieved, 0) AS achieved,
               100 * coalesce(achieved, 0) / nullif(target, 0) AS pct
        FROM matched ORDER BY category, level NULLS LAST, period_start NULLS LAST
        """,
        params,
    ).df()


def by_year(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    results, params = _results(scope)
    return run(
        con,
        f"""SELECT year, category, sum(w * achieved) AS achieved FROM ({results})
            GROUP BY ALL ORDER BY year, category""",
        params,
    ).df()


def by_unit(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Achieved by reporting unit and category, for the drill-down."""
    results, params = _results(scope)
    return run(
        con,
        f"""SELECT unit_level AS level, unit_code AS code, unit_name AS name, category,
                   sum(w * achieved) AS achieved
            FROM ({results}) GROUP BY ALL ORDER BY name, category""",
        params,
    ).df()


def cumulative(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Per category and period: achieved so far each year against the period target,
    counted from the period's start whatever years are chosen."""
    results, params = _results(scope, since_start=True)
    targets, _ = _targets(scope)
    return run(
        con,
        f"""
        WITH t AS (SELECT category, period_start, period_end, sum(w * target) AS target
                   FROM ({targets}) GROUP BY ALL),
        r AS (SELECT category, year, sum(w * achieved) AS achieved FROM ({results})
              GROUP BY ALL)
        SELECT * FROM (
            SELECT t.category, t.period_start, t.period_end, t.target, r.year,
                   sum(r.achieved) OVER (PARTITION BY t.category, t.period_start
                                         ORDER BY r.year) AS cumulative
            FROM t JOIN r ON r.category = t.category
                         AND r.year BETWEEN t.period_start AND t.period_end)
        WHERE year >= $y0  -- shown in the chosen years, counted from the period's start
        ORDER BY category, period_start, year
        """,
        params,
    ).df()


def projections(cum: pd.DataFrame, as_of: dt.date) -> pd.DataFrame:
    """Each category's cumulative count projected to the end of its period.

    Counts start from 0 on 1 January of the period's first year, so one reported year
    already gives a pace.
    """
    rows = []
    for (category, p0, p1), g in cum.groupby(["category", "period_start", "period_end"]):
        points = [
            (dt.date(int(y), 12, 31), float(v)) for y, v in zip(g.year, g.cumulative, strict=True)
        ]
        target = float(g.target.iloc[0])
        p = project(
            points, target, dt.date(int(p1), 12, 31), as_of, start=(dt.date(int(p0), 1, 1), 0.0)
        )
        rows.append(
            dict(
                category=category,
                period_start=int(p0),
                period_end=int(p1),
                target=target,
                current=p.current,
                projected=p.projected,
                slope=p.slope,
                status=p.status,
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "category",
            "period_start",
            "period_end",
            "target",
            "current",
            "projected",
            "slope",
            "status",
        ],
    )


def batch_ids(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[int]:
    results, params = _results(scope)
    targets, _ = _targets(scope)
    return [
        r[0]
        for r in run(
            con,
            f"""SELECT batch_id FROM ({results}) UNION SELECT batch_id FROM ({targets})
                ORDER BY 1""",
            params,
        ).fetchall()
    ]
