"""The overview page: every goal against the data, freshness, and headline counts."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from dashboard.queries.filters import UnitFilter

# One query per measure (see etl.kinds.MEASURES). Each gets the goal's scope as
# $era / $scope_code predicate and $year (the deadline year, or the latest data year
# before it), and returns (value, data_year, batch_ids).
NTM_RANK = "CASE ntm_level WHEN 'NTM' THEN 1 WHEN 'NTM nâng cao' THEN 2 WHEN 'NTM kiểu mẫu' THEN 3 ELSE 0 END"

MEASURE_SQL: dict[str, str] = {
    "training_achieved": """
        SELECT sum(achieved), max(year), list(DISTINCT batch_id)
        FROM training_results
        WHERE {scope} AND category = $arg AND year <= $year""",
    "ntm_share": """
        WITH latest AS (
            SELECT * FROM commune_ntm WHERE {scope} AND year = (
                SELECT coalesce(max(year) FILTER (WHERE year <= $year), max(year))
                FROM commune_ntm WHERE {scope}))
        SELECT 100.0 * count(*) FILTER (WHERE recognized_year <= $year) / nullif(count(*), 0),
               max(year), list(DISTINCT batch_id)
        FROM latest""",
    "ntm_level_count": f"""
        WITH latest AS (
            SELECT * FROM commune_ntm WHERE {{scope}} AND year = (
                SELECT max(year) FROM commune_ntm WHERE {{scope}} AND year <= $year))
        SELECT count(DISTINCT commune_code) FILTER (WHERE {NTM_RANK} >= (
                   CASE $arg WHEN 'NTM' THEN 1 WHEN 'NTM nâng cao' THEN 2 ELSE 3 END)),
               max(year), list(DISTINCT batch_id)
        FROM latest""",
    "indicator_mean": """
        WITH latest AS (
            SELECT * FROM commune_indicators WHERE {scope} AND indicator = $arg AND year = (
                SELECT max(year) FROM commune_indicators
                WHERE {scope} AND indicator = $arg AND year <= $year))
        SELECT avg(value), max(year), list(DISTINCT batch_id) FROM latest""",
    "indicator_share": """
        WITH latest AS (
            SELECT * FROM commune_indicators WHERE {scope} AND indicator = $arg AND year = (
                SELECT max(year) FROM commune_indicators
                WHERE {scope} AND indicator = $arg AND year <= $year))
        SELECT 100.0 * avg(CASE WHEN value > 0 THEN 1 ELSE 0 END), max(year),
               list(DISTINCT batch_id)
        FROM latest""",
    "officer_count": """
        SELECT count(*), max(year(start_date)), list(DISTINCT batch_id)
        FROM officers
        WHERE {scope} AND program = $arg AND (start_date IS NULL OR year(start_date) <= $year)""",
    "officer_communes": """
        SELECT count(DISTINCT commune_code), max(year(start_date)), list(DISTINCT batch_id)
        FROM officers
        WHERE {scope} AND program = split_part($arg, '|', 1)
          AND position = split_part($arg, '|', 2)
          AND (start_date IS NULL OR start_date <= $deadline)""",
    "officer_placed_share": """
        SELECT 100.0 * count(placement_after) / nullif(count(*), 0),
               max(year(end_date)), list(DISTINCT batch_id)
        FROM officers
        WHERE {scope} AND program = $arg AND end_date IS NOT NULL AND end_date <= $deadline""",
}

EXPLAIN_VI: dict[str, str] = {
    "training_achieved": "Tổng số người đã đào tạo lĩnh vực '{arg}' từ đầu giai đoạn đến năm {year}.",
    "ntm_share": "Số xã được công nhận đạt chuẩn NTM đến năm {year} chia cho số xã có số liệu.",
    "ntm_level_count": "Số xã đạt mức '{arg}' trở lên trong số liệu năm gần nhất đến {year}.",
    "indicator_mean": "Bình quân '{arg}' của các xã, số liệu năm gần nhất đến {year}.",
    "indicator_share": "Tỷ lệ xã đạt '{arg}', số liệu năm gần nhất đến {year}.",
    "officer_count": "Số người thuộc '{arg}' bắt đầu công tác đến năm {year}.",
    "officer_communes": "Số xã có người thuộc chương trình giữ chức vụ ({arg}) đến thời hạn.",
    "officer_placed_share": "Tỷ lệ người thuộc '{arg}' đã kết thúc và được bố trí công tác.",
}

STATUS_MET, STATUS_IN_PROGRESS, STATUS_MISSED, STATUS_NO_DATA = (
    "met",
    "in_progress",
    "missed",
    "no_data",
)


def _scope_predicate(metric: str, level: str) -> str:
    """Rows within a goal's scope. Training views name a commune ``unit_code``."""
    column = {"province": "province_code", "district": "district_code"}.get(level)
    if column is None:
        column = "unit_code" if metric.startswith("training") else "commune_code"
    return f"era = $era AND {column} = $scope_code"


def goal_progress(
    con: duckdb.DuckDBPyConnection,
    unit: UnitFilter = UnitFilter(),
    years: tuple[int, int] | None = None,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """One row per goal in the filter: current value, target, % achieved and status."""
    where, params = unit.where("g")
    goals = con.execute(
        f"SELECT g.* FROM goals g WHERE {where} ORDER BY g.deadline, g.goal_id", params
    ).df()
    if years:
        goals = goals[goals.deadline.dt.year.between(*years)]
    today = today or dt.date.today()
    out = []
    for g in goals.itertuples():
        metric, _, arg = g.measure.partition(":")
        deadline = g.deadline.date()
        year = deadline.year
        sql = MEASURE_SQL[metric].format(scope=_scope_predicate(metric, g.scope_level))
        bind = {
            "era": g.era,
            "scope_code": g.scope_code,
            "year": year,
            "arg": arg.strip(),
            "deadline": deadline,
        }
        bind = {k: v for k, v in bind.items() if f"${k}" in sql}
        value, data_year, batch_ids = con.execute(sql, bind).fetchone()
        value = None if value is None else float(value)
        pct = None if value is None or not g.target_value else 100.0 * value / g.target_value
        if value is None:
            status = STATUS_NO_DATA
        elif value >= g.target_value:
            status = STATUS_MET
        elif deadline < today:
            status = STATUS_MISSED
        else:
            status = STATUS_IN_PROGRESS
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
                data_year=data_year,
                pct=pct,
                status=status,
                explain=EXPLAIN_VI[metric].format(arg=arg, year=year),
                batch_ids=[*sorted(set(batch_ids or [])), int(g.batch_id)],
            )
        )
    return pd.DataFrame(
        out,
        columns=[
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
            "explain",
            "batch_ids",
        ],
    )


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
) -> dict[str, float | None]:
    """Four headline counts for the filter."""
    where, params = unit.where()
    y0, y1 = years or (1900, 2100)
    officers = con.execute(
        f"SELECT count(*) FROM officers WHERE {where} AND "
        "(start_date IS NULL OR year(start_date) <= ?) AND (end_date IS NULL OR year(end_date) >= ?)",
        [*params, y1, y0],
    ).fetchone()[0]
    communes, ntm = con.execute(
        f"""
        WITH latest AS (
            SELECT * FROM commune_ntm WHERE {where} AND year BETWEEN ? AND ?
            QUALIFY year = max(year) OVER (PARTITION BY era, commune_code))
        SELECT count(DISTINCT commune_code), count(DISTINCT commune_code) FILTER
               (WHERE ntm_level IS NOT NULL)
        FROM latest""",
        [*params, y0, y1],
    ).fetchone()
    trained = con.execute(
        f"SELECT sum(achieved) FROM training_results WHERE {where} AND year BETWEEN ? AND ?",
        [*params, y0, y1],
    ).fetchone()[0]
    return {"officers": officers, "communes": communes, "ntm": ntm, "trained": trained}


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
