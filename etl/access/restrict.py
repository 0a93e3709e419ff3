"""Scope enforced where data is read: a connection restricted to a user's units.

Every page, export and report reads the warehouse's views (``officers``, ``goals``…).
:func:`restrict` puts a temporary view of the same name in front of each one on this
connection, holding only the rows inside the user's units, so no query, filter or URL
parameter can reach past them: DuckDB resolves an unqualified name to the temporary
view first, including inside the warehouse's own views that read these. Temporary
objects live in memory, so this works on a read-only connection and changes nothing in
the file.

A row is inside when its unit is one of the user's units or below one: a pre-reform
district covers its communes; a province of today also covers the pre-reform communes
that crosswalk into it, and their districts and provinces.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from etl.access.units import NEW, UnitRef


@dataclass(frozen=True)
class Restriction:
    """What a session may read: its units (None: every unit) and personal data."""

    units: tuple[UnitRef, ...] | None
    personal: bool

    @property
    def key(self) -> tuple:
        return (self.units, self.personal)


OPEN = Restriction(None, True)  # no accounts, an administrator, the command line

# Views whose rows name a commune (era, commune_code).
COMMUNE_VIEWS = (
    "officers",
    "commune_ntm",
    "commune_ntm_criteria",
    "commune_ntm_subcriteria",
    "commune_indicators",
)
# Views whose rows name a unit of any level: (era, level column, code column).
UNIT_VIEWS = {
    "training_targets": ("unit_level", "unit_code"),
    "training_results": ("unit_level", "unit_code"),
    "goals": ("scope_level", "scope_code"),
    "reporting_duties": ("unit_level", "unit_code"),
}
# Personal data a role without it does not see: (view, column, SQL type).
PERSONAL = (
    ("officers", "birth_date", "DATE"),
    ("officers", "birth_year", "INTEGER"),
    ("officers", "party_member", "BOOLEAN"),
)
# Columns that make an export hold personal data (its download is logged as such).
PERSONAL_FIELDS = frozenset(
    {
        "full_name",
        "birth_date",
        "birth_year",
        "gender",
        "ethnicity",
        "party_member",
        "annual_rating",
        "education",
        "note",
    }
)
RESTRICTED = (*COMMUNE_VIEWS, *UNIT_VIEWS, "batches", "rejected_rows")


def _unit_sql(unit: UnitRef) -> tuple[str, list]:
    """Reference units inside one user unit, as a predicate over ``ref_units r``."""
    column = {"province": "province_code", "district": "district_code"}.get(unit.level)
    below = f" OR r.{column} = ?" if column else ""
    return (
        f"(r.era = ? AND (r.level = ? AND r.code = ?{below}))",
        [unit.era, unit.level, unit.code, *([unit.code] if column else [])],
    )


def scope_units(
    con: duckdb.DuckDBPyConnection,
    units: tuple[UnitRef, ...],
    ref_units: str = "ref_units",
    crosswalk: str = "ref_unit_crosswalk",
) -> None:
    """The temporary table ``_scope_units`` (era, level, code): every reference unit
    inside ``units``. The reference units ship with tiendo and never change, so the list
    is worked out once per set of units and then only copied in."""
    rows = _SCOPE_ROWS.get(units)
    if rows is None:
        rows = _SCOPE_ROWS[units] = _scope_rows(con, units, ref_units, crosswalk)
    con.register("_scope_rows", rows)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _scope_units AS SELECT * FROM _scope_rows")
    finally:
        con.unregister("_scope_rows")


_SCOPE_ROWS: dict[tuple[UnitRef, ...], pa.Table] = {}


@functools.lru_cache(maxsize=1)
def _reference() -> tuple:
    from etl.units.reference import crosswalk_rows, unit_rows

    return unit_rows(), crosswalk_rows()


def reference_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory connection with the packaged reference units as ``ref_units`` and
    ``ref_unit_crosswalk``: unit questions answered without the warehouse's lock."""
    con = duckdb.connect()
    ref_units, crosswalk = _reference()
    con.register("ref_units", ref_units)
    con.register("ref_unit_crosswalk", crosswalk)
    return con


@functools.lru_cache(maxsize=256)
def covered(units: tuple[UnitRef, ...]) -> frozenset[tuple[str, str, str]]:
    """Every (era, level, code) inside ``units``."""
    con = reference_connection()
    try:
        scope_units(con, units)
        return frozenset(con.execute("SELECT era, level, code FROM _scope_units").fetchall())
    finally:
        con.close()


def _scope_rows(
    con: duckdb.DuckDBPyConnection, units: tuple[UnitRef, ...], ref_units: str, crosswalk: str
) -> pa.Table:
    parts, params = zip(*(_unit_sql(u) for u in units), strict=True) if units else ((), ())
    where = " OR ".join(parts) or "FALSE"
    today = [u.code for u in units if u.era == NEW and u.level == "province"]
    return con.execute(
        f"""WITH direct AS (SELECT era, level, code FROM {ref_units} r WHERE {where}),
            -- today's provinces: the pre-reform communes that crosswalk into them ...
            moved AS (
                SELECT DISTINCT c.era, c.level, c.code, c.district_code, c.province_code
                FROM {crosswalk} x
                JOIN {ref_units} n ON n.era = '2025' AND n.level = 'commune'
                     AND n.code = x.new_code
                JOIN {ref_units} c ON c.era = 'legacy' AND c.level = 'commune'
                     AND c.code = x.old_code
                WHERE list_contains(?, n.province_code)),
            -- ... and the districts and provinces those communes made up
            above AS (
                SELECT r.era, r.level, r.code FROM {ref_units} r JOIN moved m
                  ON r.era = 'legacy' AND (r.level = 'district' AND r.code = m.district_code
                     OR r.level = 'province' AND r.code = m.province_code))
            SELECT * FROM direct
            UNION SELECT era, level, code FROM moved
            UNION SELECT * FROM above""",
        [*(p for group in params for p in group), today],
    ).to_arrow_table()


def restrict(
    con: duckdb.DuckDBPyConnection, units: tuple[UnitRef, ...] | None, personal: bool
) -> None:
    """Limit this connection to ``units`` (None: every unit), and hide personal data
    unless ``personal``."""
    if units is None and personal:
        return
    db = con.execute("SELECT current_database()").fetchone()[0].replace('"', '""')

    def base(view: str) -> str:
        return f'"{db}".main.{view}'

    if units is not None:
        scope_units(con, units, base("ref_units"), base("ref_unit_crosswalk"))
    hidden: dict[str, list[str]] = {}
    if not personal:
        for view, column, sql_type in PERSONAL:
            hidden.setdefault(view, []).append(f"CAST(NULL AS {sql_type}) AS {column}")
    for view in RESTRICTED:
        select = f"SELECT * REPLACE ({', '.join(hidden[view])})" if view in hidden else ("SELECT *")
        if view == "rejected_rows" and not personal:
            select = "SELECT * REPLACE (CAST(NULL AS VARCHAR) AS value)"  # raw cell values
        where = "TRUE" if units is None else _inside(view)
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {view} AS {select} FROM {base(view)} v WHERE {where}"
        )


def _inside(view: str) -> str:
    if view in COMMUNE_VIEWS:
        return """(v.era, v.commune_code) IN (
                      SELECT (era, code) FROM _scope_units WHERE level = 'commune')"""
    if view in UNIT_VIEWS:
        level, code = UNIT_VIEWS[view]
        return f"(v.era, v.{level}, v.{code}) IN (SELECT (era, level, code) FROM _scope_units)"
    # a batch is inside when every unit its file covers is
    return _BATCH_INSIDE.replace("{batch}", "v.batch_id")


_BATCH_INSIDE = """{batch} IN (
    SELECT b.batch_id FROM load_batches b
    WHERE len(b.unit_codes) > 0 AND list_has_all(
        (SELECT list(s.code) FROM _scope_units s WHERE s.era = b.era), b.unit_codes))"""


# Fact tables as the loader builds them: the columns naming each row's unit.
_FACT_UNITS = {
    "fact_officer": (None, "commune_code"),
    "fact_commune_ntm": (None, "commune_code"),
    "fact_ntm_criterion": (None, "commune_code"),
    "fact_ntm_subcriterion": (None, "commune_code"),
    "fact_commune_indicator": (None, "commune_code"),
    "fact_training_target": ("unit_level", "unit_code"),
    "fact_training_result": ("unit_level", "unit_code"),
    "fact_goal": ("scope_level", "scope_code"),
    "fact_reporting_duty": ("unit_level", "unit_code"),
}


def outside_rows(
    con: duckdb.DuckDBPyConnection, facts: dict, units: tuple[UnitRef, ...]
) -> list[tuple[int | None, str, str]]:
    """Rows of a checked file (the loader's Arrow tables) outside ``units``: (Excel row,
    level, code), in row order. Reference units are fixed, so checking before the write
    is as good as checking during it."""
    scope_units(con, units)
    found: set[tuple[int | None, str, str]] = set()
    for table, frame in facts.items():
        if table not in _FACT_UNITS:
            raise ValueError(f"no unit columns known for {table}")
        level, code = _FACT_UNITS[table]
        con.register("_rows", frame)
        try:
            level_sql = f"f.{level}" if level else "'commune'"
            row_sql = "f.source_row" if "source_row" in frame.column_names else "NULL"
            found.update(
                con.execute(
                    f"""SELECT DISTINCT {row_sql}, {level_sql}, f.{code} FROM _rows f
                        WHERE (f.era, {level_sql}, f.{code}) NOT IN (
                            SELECT (era, level, code) FROM _scope_units)"""
                ).fetchall()
            )
        finally:
            con.unregister("_rows")
    return sorted(found, key=lambda r: (r[0] is None, r[0] or 0, r[2]))


def batch_within(con: duckdb.DuckDBPyConnection, batch_id: int, units: tuple[UnitRef, ...]) -> bool:
    """Whether every unit a batch's file covers is inside ``units``."""
    scope_units(con, units)
    sql = _BATCH_INSIDE.replace("{batch}", "?")
    return bool(con.execute(f"SELECT {sql}", [batch_id]).fetchone()[0])
