"""Each goal's value year by year, on its own unit and on every unit below it.

A goal's figure is an aggregate over thousands of facts, and the dashboard asks for all
goals of the country at once, and for a province's goals measured on any of its districts
or communes. Measuring that on every page view took half a second at national scale, so
the series are computed when the data changes (in the same transaction as a load or a
rollback) and stored in ``goal_series``. Each refresh records a fingerprint of the current
batches; a reader whose fingerprint differs (facts changed some other way) measures live
with the same SQL, so a stale figure is never shown.

What each measure computes is declared in :mod:`etl.spec.measures`; this module only runs
those queries for a set of evaluations: (goal, level, code) triples.
"""

from __future__ import annotations

import re

import duckdb
import pandas as pd

from etl.spec.measures import MEASURES

_SCOPED = re.compile(r"\{scoped:(\w+)\}")
_LEVEL_COLUMNS = {"province": "province_code", "district": "district_code"}
EVAL_COLUMNS = [
    "goal_batch",
    "goal_id",
    "metric",
    "era",
    "scope_level",
    "scope_code",
    "province_code",
    "arg",
    "dyear",
    "deadline",
]
TABLE_DDL = """
CREATE TABLE IF NOT EXISTS goal_series (
    goal_batch INTEGER NOT NULL,   -- the goals file's batch
    goal_id    VARCHAR NOT NULL,   -- unique within its batch
    level      VARCHAR NOT NULL,   -- the unit it is measured on: province | district | commune
    code       VARCHAR NOT NULL,
    year       INTEGER NOT NULL,
    value      DOUBLE NOT NULL,
    batch_ids  INTEGER[]           -- the data batches behind the figure
)"""


def _scoped(view: str, levels: list[str]) -> str:
    """The view's rows, each joined to the evaluations whose unit it falls in.

    The view is read once. With evaluations at one level that is a plain equality join;
    with several, each row is paired with its code at each of those levels, so one
    equality join still finds them all. Rows outside the evaluations' provinces are
    dropped first, with a list parameter DuckDB pushes into the view's scan."""
    commune = "unit_code" if view.startswith("training") else "commune_code"
    columns = [_LEVEL_COLUMNS.get(level, commune) for level in levels]
    narrowed = f"""SELECT * FROM {view}
              WHERE (era = 'legacy' AND list_contains($legacy_provinces, province_code))
                 OR (era = '2025' AND list_contains($new_provinces, province_code))"""
    if len(levels) == 1:
        return f"""(
            SELECT f.*, g.goal_id, g.arg, g.dyear, g.deadline
            FROM ({narrowed}) f
            JOIN _goal_evals g ON f.era = g.era AND f.{columns[0]} = g.scope_code)"""
    return f"""(
        SELECT f.* EXCLUDE (scope_levels, scope_codes), g.goal_id, g.arg, g.dyear, g.deadline
        FROM (SELECT *, unnest({levels!r}) AS scope_levels,
                        unnest([{", ".join(columns)}]) AS scope_codes
              FROM ({narrowed})) f
        JOIN _goal_evals g ON f.era = g.era AND f.scope_levels = g.scope_level
                 AND f.scope_codes = g.scope_code)"""


def _run(con: duckdb.DuckDBPyConnection, metric: str, part: pd.DataFrame, into: str | None):
    """One measure's query over ``part`` (its rows keyed by index); with ``into`` the
    figures go straight into that table, else they are returned."""
    keys = part.assign(key=part.index)
    columns = [c for c in EVAL_COLUMNS if c != "metric"]  # one query per measure
    frame = keys[["key", *columns]].rename(columns={"goal_id": "gid", "key": "goal_id"})
    con.register("_goal_evals", frame)
    levels = sorted(set(part.scope_level))
    sql = _SCOPED.sub(lambda m: _scoped(m.group(1), levels), MEASURES[metric].sql)
    params = {
        "legacy_provinces": sorted(set(part.province_code[part.era == "legacy"])),
        "new_provinces": sorted(set(part.province_code[part.era == "2025"])),
    }
    try:
        if into:
            con.execute(
                f"""INSERT INTO {into}
                    SELECT g.goal_batch, g.gid, g.scope_level, g.scope_code, r.y, r.v, r.b
                    FROM ({sql}) r(k, y, v, b) JOIN _goal_evals g ON g.goal_id = r.k
                    WHERE r.v IS NOT NULL AND r.y IS NOT NULL""",
                params,
            )
            return []
        return con.execute(f"{sql} ORDER BY 1, 2", params).fetchall()
    finally:
        con.unregister("_goal_evals")


def measure(con: duckdb.DuckDBPyConnection, evals: pd.DataFrame) -> dict[int, list]:
    """Year-by-year (year, value, batch_ids) of each evaluation, keyed by its row number
    in ``evals`` (columns EVAL_COLUMNS), one query per measure."""
    evals = evals.reset_index(drop=True)
    out: dict[int, list] = {}
    for metric, part in evals.groupby("metric"):
        for key, year, value, ids in _run(con, metric, part, None):
            if value is not None and year is not None:
                out.setdefault(key, []).append((int(year), float(value), list(ids or [])))
    return out


Provinces = list[tuple[str, str]]  # (era, province code)


def current_goals(
    con: duckdb.DuckDBPyConnection, provinces: Provinces | None = None
) -> pd.DataFrame:
    """The current goals whose measure is known (of those provinces, when given), with
    the parts of their measure."""
    where = "TRUE"
    if provinces is not None:
        where = "list_contains($wanted, era || ':' || province_code)"
    goals = con.execute(
        f"""SELECT batch_id AS goal_batch, goal_id, era, scope_level, scope_code,
                   province_code, district_code, measure, deadline
            FROM goals WHERE {where}""",
        {"wanted": [f"{e}:{c}" for e, c in provinces]} if provinces is not None else {},
    ).df()
    parsed = [m.partition(":") for m in goals.measure]
    goals = goals.assign(
        metric=[p[0].strip() for p in parsed],
        arg=[p[2].strip() for p in parsed],
        deadline=pd.to_datetime(goals.deadline).dt.date,
    )
    goals["dyear"] = [d.year for d in goals.deadline]
    return goals[goals.metric.isin(list(MEASURES))].reset_index(drop=True)


def all_evaluations(
    con: duckdb.DuckDBPyConnection, provinces: Provinces | None = None
) -> pd.DataFrame:
    """Every goal (of those provinces) on its own unit and on each unit below it where
    its measure can be measured."""
    goals = current_goals(con, provinces)
    if goals.empty:
        return pd.DataFrame(columns=EVAL_COLUMNS)
    con.register("_goals", goals[["goal_batch", "goal_id", "era", "scope_level", "scope_code"]])
    try:
        below = con.execute(
            """SELECT g.goal_batch, g.goal_id, u.level AS eval_level, u.code AS eval_code
               FROM _goals g JOIN ref_units u ON u.era = g.era AND (
                    (g.scope_level = 'province' AND u.province_code = g.scope_code
                     AND u.level IN ('district', 'commune'))
                 OR (g.scope_level = 'district' AND u.district_code = g.scope_code
                     AND u.level = 'commune'))"""
        ).df()
    finally:
        con.unregister("_goals")
    own = goals.assign(eval_level=goals.scope_level, eval_code=goals.scope_code)
    more = below.merge(goals, on=["goal_batch", "goal_id"])
    evals = pd.concat([own, more], ignore_index=True)
    allowed = [
        lv in MEASURES[m].levels or lv == s
        for lv, m, s in zip(evals.eval_level, evals.metric, evals.scope_level, strict=True)
    ]
    evals = evals[allowed]
    return (
        evals.drop(columns=["scope_level", "scope_code"])
        .rename(columns={"eval_level": "scope_level", "eval_code": "scope_code"})[EVAL_COLUMNS]
        .reset_index(drop=True)
    )


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """Changes whenever the set of current batches does."""
    n, total, top = con.execute(
        "SELECT count(*), coalesce(sum(batch_id), 0), coalesce(max(batch_id), 0) "
        "FROM load_batches WHERE status = 'current'"
    ).fetchone()
    return f"{n}:{total}:{top}"


def provinces_of(con: duckdb.DuckDBPyConnection, batch_ids: list[int]) -> Provinces:
    """The (era, province) pairs the batches' units lie in: a batch changes nothing else."""
    return [
        (era, code)
        for era, code in con.execute(
            """SELECT DISTINCT b.era, u.province_code
               FROM (SELECT era, unnest(unit_codes) AS code FROM load_batches
                     WHERE list_contains($ids, batch_id)) b
               JOIN ref_units u ON u.era = b.era AND u.code = b.code
               WHERE u.province_code IS NOT NULL""",
            {"ids": [int(b) for b in batch_ids]},
        ).fetchall()
    ]


def refresh(con: duckdb.DuckDBPyConnection, provinces: Provinces | None = None) -> None:
    """Recompute the series (of the goals of those provinces, or of all), inside the
    caller's transaction, straight from SQL into ``goal_series``."""
    con.execute(TABLE_DDL)
    if provinces is None:
        con.execute("DELETE FROM goal_series")
    elif provinces:
        # the province's goals, current or not: a rolled-back goals file leaves none
        con.execute(
            """DELETE FROM goal_series s USING fact_goal g, ref_units u
               WHERE g.batch_id = s.goal_batch AND g.goal_id = s.goal_id
                 AND u.era = g.era AND u.level = g.scope_level AND u.code = g.scope_code
                 AND list_contains($wanted, g.era || ':' || u.province_code)""",
            {"wanted": [f"{e}:{c}" for e, c in provinces]},
        )
    if provinces is None or provinces:
        evals = all_evaluations(con, provinces)
        for metric, part in evals.groupby("metric"):
            _run(con, metric, part, "goal_series")
    from etl.store.migrations import set_meta

    set_meta(con, "goal_series_fingerprint", fingerprint(con))


def is_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT value FROM meta WHERE key = 'goal_series_fingerprint'").fetchone()
    return bool(row) and row[0] == fingerprint(con)


def read(con: duckdb.DuckDBPyConnection, evals: pd.DataFrame) -> dict[int, list]:
    """The series of ``evals`` (keyed by row number): stored when fresh, else measured."""
    evals = evals.reset_index(drop=True)
    if evals.empty:
        return {}
    if not is_fresh(con):
        return measure(con, evals)
    keys = evals[["goal_batch", "goal_id", "scope_level", "scope_code"]].assign(key=evals.index)
    con.register("_want", keys)
    try:
        # the level and batch filters are pushed into the scan: most of the table is
        # communes, and a national overview wants its goals' own provinces
        rows = con.execute(
            """SELECT w.key, s.year, s.value, s.batch_ids
               FROM _want w JOIN (
                   SELECT * FROM goal_series
                   WHERE list_contains($levels, level) AND list_contains($batches, goal_batch)
               ) s ON s.goal_batch = w.goal_batch AND s.goal_id = w.goal_id
                  AND s.level = w.scope_level AND s.code = w.scope_code
               ORDER BY 1, 2""",
            {
                "levels": sorted(set(keys.scope_level)),
                "batches": sorted({int(b) for b in keys.goal_batch}),
            },
        ).fetchall()
    finally:
        con.unregister("_want")
    out: dict[int, list] = {}
    for key, year, value, ids in rows:
        out.setdefault(key, []).append((int(year), float(value), list(ids or [])))
    return out
