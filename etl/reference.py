"""Reference data built from what a package ships, never typed by hand.

Administrative units of both eras, their coordinates and the old->new crosswalk come from
the ``vietnamadminunits`` package (MIT): its SQLite dataset (``admin_units_legacy``: 63
provinces, ~700 districts, ~10,000 communes as they stood before 1/7/2025;
``admin_units``: 34 provinces, 3,321 communes) and its converter mapping. We read the
package's data files directly rather than calling its address parser, which is built for
one address at a time.
"""

from __future__ import annotations

import json
import sqlite3
from importlib import resources

import duckdb
import pandas as pd

from etl import ntm_criteria
from etl.text import fold

LEGACY = "legacy"
NEW = "2025"
ERA_START_2025 = "2025-07-01"


def _package_data(name: str):
    return resources.files("vietnamadminunits").joinpath("data", name)


def _read_sqlite(sql: str) -> pd.DataFrame:
    with resources.as_file(_package_data("dataset.db")) as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return pd.read_sql_query(sql, con)
        finally:
            con.close()


def unit_rows() -> pd.DataFrame:
    """Every unit of both eras as rows of ``ref_units``."""
    legacy = _read_sqlite("SELECT * FROM admin_units_legacy")
    new = _read_sqlite("SELECT * FROM admin_units")
    frames = []

    def add(df, era, level, code, name, short, utype, parent, prov, dist, lat, lon):
        part = pd.DataFrame(
            {
                "era": era,
                "level": level,
                "code": df[code],
                "name": df[name],
                "short_name": df[short],
                "unit_type": df[utype] if utype else None,
                "parent_code": df[parent] if parent else None,
                "province_code": df[prov],
                "district_code": df[dist] if dist else None,
                "latitude": df[lat],
                "longitude": df[lon],
            }
        )
        frames.append(part.drop_duplicates(subset=["code"]))

    lp = legacy.drop_duplicates("provinceCode").copy()
    lp["provinceType"] = lp["province"].str.split(" ").str[0].replace({"Thành": "Thành phố"})
    add(
        lp,
        LEGACY,
        "province",
        "provinceCode",
        "province",
        "provinceShort",
        "provinceType",
        None,
        "provinceCode",
        None,
        "provinceLat",
        "provinceLon",
    )
    ld = legacy.drop_duplicates("districtCode")
    add(
        ld,
        LEGACY,
        "district",
        "districtCode",
        "district",
        "districtShort",
        "districtType",
        "provinceCode",
        "provinceCode",
        None,
        "districtLat",
        "districtLon",
    )
    lw = legacy[legacy["wardCode"].notna()]
    add(
        lw,
        LEGACY,
        "commune",
        "wardCode",
        "ward",
        "wardShort",
        "wardType",
        "districtCode",
        "provinceCode",
        "districtCode",
        "wardLat",
        "wardLon",
    )
    np_ = new.drop_duplicates("provinceCode").copy()
    np_["provinceType"] = np_["province"].str.split(" ").str[0].replace({"Thành": "Thành phố"})
    add(
        np_,
        NEW,
        "province",
        "provinceCode",
        "province",
        "provinceShort",
        "provinceType",
        None,
        "provinceCode",
        None,
        "provinceLat",
        "provinceLon",
    )
    add(
        new,
        NEW,
        "commune",
        "wardCode",
        "ward",
        "wardShort",
        "wardType",
        "provinceCode",
        "provinceCode",
        None,
        "wardLat",
        "wardLon",
    )
    units = pd.concat(frames, ignore_index=True)
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
    with resources.as_file(_package_data("converter_2025.json")) as path:
        data = json.loads(path.read_text(encoding="utf-8"))

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
    return pd.DataFrame(list(rows.values()))


def load_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the ref_* tables (replacing what is there) inside the caller's transaction."""
    units = unit_rows()
    crosswalk = crosswalk_rows()
    criteria = pd.DataFrame(
        ntm_criteria.rows(), columns=["criteria_set", "number", "name", "decision"]
    )
    for table, frame in (
        ("ref_units", units),
        ("ref_unit_crosswalk", crosswalk),
        ("ref_ntm_criteria", criteria),
    ):
        con.execute(f"DELETE FROM {table}")
        con.register("_frame", frame)
        cols = ", ".join(frame.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _frame")
        con.unregister("_frame")
