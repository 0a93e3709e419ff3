"""What a periodic report needs to know about the warehouse: the unit asked for, the
data's as-of date, the batches behind it, and the districts for a burst."""

from __future__ import annotations

import datetime as dt

import duckdb

from dashboard.queries.filters import UnitFilter


def find_unit(con: duckdb.DuckDBPyConnection, code: str) -> tuple[UnitFilter, str, str] | None:
    """``38``, ``legacy:38`` or ``384`` -> (unit, its name, its province's name).

    A bare code is looked up among provinces, then districts, pre-reform first (codes were
    reused after the reform; ``2025:38`` asks for today's unit)."""
    era, _, bare = code.rpartition(":")
    row = con.execute(
        """
        SELECT u.era, u.level, u.code, u.name, p.name
        FROM units u JOIN units p ON p.era = u.era AND p.level = 'province'
                                 AND p.code = u.province_code
        WHERE u.code = $code AND u.level IN ('province', 'district')
          AND ($era = '' OR u.era = $era)
        ORDER BY u.level = 'district', u.era = '2025'
        LIMIT 1
        """,
        {"code": bare, "era": era},
    ).fetchone()
    if row is None:
        return None
    return UnitFilter(row[0], row[1], row[2]), row[3], row[4]


def _covering(unit: UnitFilter) -> tuple[str, dict]:
    """Current batches whose units include the chosen one, its province or its districts."""
    if not unit.code:
        return "b.status = 'current'", {}
    return (
        """b.status = 'current' AND b.era = $era AND EXISTS (
               SELECT 1 FROM units u
               WHERE u.era = b.era AND list_contains(b.unit_codes, u.code)
                 AND u.level IN ('province', 'district')
                 AND (u.code = $code OR u.province_code = $code
                      OR (u.level = 'province' AND u.code = (
                          SELECT province_code FROM units
                          WHERE era = $era AND level = $level AND code = $code))))""",
        {"era": unit.era, "code": unit.code, "level": unit.level},
    )


def sources(con: duckdb.DuckDBPyConnection, unit: UnitFilter) -> list[tuple[int, str]]:
    """(batch id, file name) of the current batches behind a report on ``unit``."""
    where, params = _covering(unit)
    return con.execute(
        f"SELECT batch_id, file_name FROM batches b WHERE {where} ORDER BY batch_id", params
    ).fetchall()


def as_of(con: duckdb.DuckDBPyConnection, unit: UnitFilter) -> dt.date | None:
    """The newest as-of date of the data behind the report: 'Tính đến ngày …'."""
    where, params = _covering(unit)
    row = con.execute(
        f"SELECT max(as_of_date) FROM batches b WHERE {where} AND kind <> 'goals'", params
    ).fetchone()
    return row[0] if row else None


def districts(con: duckdb.DuckDBPyConnection, province: UnitFilter | None) -> list[tuple]:
    """(era, code, name) of the districts with data, within a province if one is given."""
    where = "TRUE" if province is None or not province.code else "d.province_code = $p"
    return con.execute(
        f"""
        SELECT DISTINCT d.era, d.code, d.name FROM units d
        JOIN (SELECT era, district_code FROM officers UNION
              SELECT era, district_code FROM commune_ntm UNION
              SELECT era, district_code FROM training_results) f
          ON f.era = d.era AND f.district_code = d.code
        WHERE d.level = 'district' AND {where}
        ORDER BY d.name
        """,
        {"p": province.code} if province is not None and province.code else {},
    ).fetchall()
