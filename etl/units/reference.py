"""Reference data built from what a package ships, never typed by hand.

Administrative units of both eras, their coordinates and the old->new crosswalk come from
the ``vietnamadminunits`` package (MIT): its SQLite dataset (``admin_units_legacy``: 63
provinces, ~700 districts, ~10,000 communes as they stood before 1/7/2025;
``admin_units``: 34 provinces, 3,321 communes) and its converter mapping. We read the
package's data files directly rather than calling its address parser, which is built for
one address at a time.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import pandas as pd

from etl.spec import criteria
from etl.text import fold

LEGACY = "legacy"
NEW = "2025"
ERA_CHANGE = dt.date(2025, 7, 1)  # the first day of NEW: districts abolished
ERA_START_2025 = "2025-07-01"


def _package_data(name: str) -> Path:
    """A data file of the vietnamadminunits package, found without importing it: its
    __init__ loads several large JSON parser tables we do not need."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the vietnamadminunits package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / name


def _read_sqlite(sql: str) -> pd.DataFrame:
    import pandas as pd

    con = sqlite3.connect(f"file:{_package_data('dataset.db')}?mode=ro", uri=True)
    try:
        return pd.read_sql_query(sql, con)
    finally:
        con.close()


def _units(
    df: pd.DataFrame,
    era: str,
    level: str,
    prefix: str,
    parent: str | None,
    district: str | None = None,
) -> pd.DataFrame:
    """Rows of one level from the package's flat table, whose columns are named
    ``<prefix>``, ``<prefix>Code``, ``<prefix>Short``, ``<prefix>Type``, ``<prefix>Lat``..."""
    import pandas as pd

    df = df[df[f"{prefix}Code"].notna()].drop_duplicates(f"{prefix}Code")
    return pd.DataFrame(
        {
            "era": era,
            "level": level,
            "code": df[f"{prefix}Code"],
            "name": df[prefix],
            "short_name": df[f"{prefix}Short"],
            "unit_type": df[f"{prefix}Type"],
            "parent_code": df[parent] if parent else None,
            "province_code": df["provinceCode"],
            "district_code": df[district] if district else None,
            "latitude": df[f"{prefix}Lat"],
            "longitude": df[f"{prefix}Lon"],
        }
    )


UNIT_RECORDS_SQL = """
SELECT DISTINCT 'legacy', 'province', provinceCode, province, provinceShort, NULL,
       provinceCode, NULL FROM admin_units_legacy
UNION SELECT DISTINCT 'legacy', 'district', districtCode, district, districtShort,
       provinceCode, provinceCode, NULL FROM admin_units_legacy
UNION SELECT DISTINCT 'legacy', 'commune', wardCode, ward, wardShort, districtCode,
       provinceCode, districtCode FROM admin_units_legacy WHERE wardCode IS NOT NULL
UNION SELECT DISTINCT '2025', 'province', provinceCode, province, provinceShort, NULL,
       provinceCode, NULL FROM admin_units
UNION SELECT DISTINCT '2025', 'commune', wardCode, ward, wardShort, provinceCode,
       provinceCode, NULL FROM admin_units
"""


def unit_records() -> list[tuple]:
    """(era, level, code, name, short_name, parent, province, district) for every unit:
    what name resolution needs, read straight from SQLite (no pandas on the load path)."""
    con = sqlite3.connect(f"file:{_package_data('dataset.db')}?mode=ro", uri=True)
    try:
        return con.execute(UNIT_RECORDS_SQL).fetchall()
    finally:
        con.close()


def unit_rows() -> pd.DataFrame:
    """Every unit of both eras as rows of ``ref_units``."""
    import pandas as pd

    # only the columns used: the package's table also carries bounds and keyword lists
    common = (
        "province, provinceShort, provinceCode, provinceLat, provinceLon, "
        "ward, wardShort, wardType, wardCode, wardLat, wardLon"
    )
    legacy = _read_sqlite(
        f"SELECT {common}, district, districtShort, districtType, districtCode, districtLat, "
        "districtLon FROM admin_units_legacy"
    )
    new = _read_sqlite(f"SELECT {common} FROM admin_units")
    for df in (legacy, new):  # the package has no province type column: 'Tỉnh' or 'Thành phố'
        df["provinceType"] = df["province"].str.extract(r"^(Tỉnh|Thành phố)", expand=False)
    units = pd.concat(
        [
            _units(legacy, LEGACY, "province", "province", None),
            _units(legacy, LEGACY, "district", "district", "provinceCode"),
            _units(legacy, LEGACY, "commune", "ward", "districtCode", "districtCode"),
            _units(new, NEW, "province", "province", None),
            _units(new, NEW, "commune", "ward", "provinceCode"),
        ],
        ignore_index=True,
    )
    units["unit_type"] = units["unit_type"].where(units["unit_type"].notna(), None)
    units["name_key"] = units["short_name"].map(fold)
    return units


def crosswalk_rows() -> pd.DataFrame:
    """Legacy commune -> 2025 commune pairs with the share of the old commune in each.

    The converter lists, per new commune, the old communes that went into it whole, and per
    old commune that was divided, the new communes it went to. It carries no areas for
    the divided parts, so a divided commune's share is split equally between its
    successors (``share_basis = 'equal split'``); the reference data's own default
    successor is kept in ``is_default``.
    """
    legacy = _read_sqlite(
        "SELECT DISTINCT provinceKey, districtKey, wardKey, wardCode, provinceCode "
        "FROM admin_units_legacy WHERE wardCode IS NOT NULL"
    )
    new = _read_sqlite(
        "SELECT DISTINCT provinceKey, wardKey, wardCode, provinceCode FROM admin_units"
    )
    old_code = {
        f"{r.provinceKey}_{r.districtKey}_{r.wardKey}": (r.wardCode, r.provinceCode)
        for r in legacy.itertuples()
    }
    new_code = {
        (r.provinceKey, fold(r.wardKey)): (r.wardCode, r.provinceCode) for r in new.itertuples()
    }
    data = json.loads(_package_data("converter_2025.json").read_text(encoding="utf-8"))

    rows: dict[tuple[str, str], dict] = {}
    for new_prov, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, old_keys in wards.items():
            target = new_code.get((new_prov, fold(new_ward)))
            for old_key in old_keys:
                source = old_code.get(old_key)
                if target and source:
                    rows[(source[0], target[0])] = dict(
                        old_code=source[0],
                        new_code=target[0],
                        old_province_code=source[1],
                        new_province_code=target[1],
                        share=1.0,
                        share_basis="whole",
                        is_default=True,
                    )
    for new_prov, divided in data["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, successors in divided.items():
            source = old_code.get(old_key)
            targets = [
                (new_code.get((new_prov, fold(s["newWardKey"]))), bool(s["isDefaultNewWard"]))
                for s in successors
            ]
            targets = [(t, d) for t, d in targets if t]
            if not source or not targets:
                continue
            for target, is_default in targets:
                rows[(source[0], target[0])] = dict(
                    old_code=source[0],
                    new_code=target[0],
                    old_province_code=source[1],
                    new_province_code=target[1],
                    share=1.0 / len(targets),
                    share_basis="equal split",
                    is_default=is_default,
                )
    import pandas as pd

    return pd.DataFrame(list(rows.values()))


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the ref_* tables (replacing what is there) inside the caller's transaction."""
    import pandas as pd

    units = unit_rows()
    crosswalk = crosswalk_rows()
    criteria_frame = pd.DataFrame(
        criteria.rows(), columns=["criteria_set", "number", "name", "decision"]
    )
    for table, frame in (
        ("ref_units", units),
        ("ref_unit_crosswalk", crosswalk),
        ("ref_ntm_criteria", criteria_frame),
    ):
        con.execute(f"DELETE FROM {table}")
        con.register("_frame", frame)
        cols = ", ".join(frame.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _frame")
        con.unregister("_frame")
