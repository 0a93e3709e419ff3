"""What a corpus case is, how it is registered, and reference lookups for expectations.

Expectations are written against the SQL views (README "Giao diện SQL"), never against
the loader's internals: a case lists, for each view it checks, the rows that view must
hold afterwards, each row a dict with the same keys (the columns compared). Every fact
view a case does not mention must be empty.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# The fact views a load can fill; a case's ``expect`` names the ones it checks.
FACT_VIEWS = (
    "officers",
    "commune_ntm",
    "commune_ntm_criteria",
    "commune_ntm_subcriteria",
    "commune_indicators",
    "training_targets",
    "training_results",
    "goals",
    "reporting_duties",
)


@dataclass
class Case:
    """One corpus file and what loading it must give."""

    path: Path
    expect: dict[str, list[dict]] = field(default_factory=dict)  # view -> rows
    status: str = "loaded"  # 'loaded' or 'refused'
    # For a refusal: the fields reported missing (names as --map takes them), if known.
    missing_fields: list[str] | None = None
    # (sheet or None for any, Excel row or None for any): a warning / error must be there.
    warn_at: list[tuple[str | None, int | None]] = field(default_factory=list)
    error_at: list[tuple[str | None, int | None]] = field(default_factory=list)
    error_contains: list[str] = field(default_factory=list)  # in some error's message
    # --map overrides to load with ("C" or header text -> field), when the case needs one.
    mapping: dict[str, str] = field(default_factory=dict)
    kind: str | None = None  # --kind, when the case gives one
    note: str = ""  # what the case is about, for a failing test's message


Builder = Callable[[Path], Case]
REGISTRY: dict[str, tuple[str, Builder]] = {}  # case id -> (LAYOUTS.md class, builder)


def case(case_id: str, layout_class: str) -> Callable[[Builder], Builder]:
    """Register a builder: ``layout_class`` names the LAYOUTS.md section it covers
    ("1 title block", "3 matrix", "7 csv utf-16"...)."""

    def register(builder: Builder) -> Builder:
        assert case_id not in REGISTRY, f"two corpus cases named {case_id}"
        REGISTRY[case_id] = (layout_class, builder)
        return builder

    return register


# ----------------------------------------------------------------- reference lookups
# Straight from the vietnamadminunits data file, so expectations never depend on the
# loader's own unit resolution.


@functools.lru_cache(maxsize=1)
def _db() -> sqlite3.Connection:
    spec = importlib.util.find_spec("vietnamadminunits")
    assert spec and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _pick(rows: list[tuple], what: str) -> tuple:
    found = sorted(set(rows))
    assert len(found) == 1, f"{what}: {len(found)} matches {found[:5]}"
    return found[0]


def legacy_commune(province: str, district: str, commune: str) -> str:
    """The legacy (before 1/7/2025) 5-digit code of a commune; names as the reference
    writes them, with or without their prefix ('Xã Tam Chung' or 'Tam Chung')."""
    rows = _db().execute(
        "SELECT wardCode, province, provinceShort, district, districtShort, ward, wardShort "
        "FROM admin_units_legacy WHERE wardCode IS NOT NULL"
    )
    hits = [
        (r[0],)
        for r in rows
        if _key(province) in (_key(r[1]), _key(r[2]))
        and _key(district) in (_key(r[3]), _key(r[4]))
        and _key(commune) in (_key(r[5]), _key(r[6]))
    ]
    return _pick(hits, f"{commune}, {district}, {province}")[0]


def legacy_district(province: str, district: str) -> str:
    rows = _db().execute(
        "SELECT DISTINCT districtCode, province, provinceShort, district, districtShort "
        "FROM admin_units_legacy"
    )
    hits = [
        (r[0],)
        for r in rows
        if _key(province) in (_key(r[1]), _key(r[2])) and _key(district) in (_key(r[3]), _key(r[4]))
    ]
    return _pick(hits, f"{district}, {province}")[0]


def province_code(province: str, era: str = "legacy") -> str:
    table = "admin_units_legacy" if era == "legacy" else "admin_units"
    rows = _db().execute(f"SELECT DISTINCT provinceCode, province, provinceShort FROM {table}")
    hits = [(r[0],) for r in rows if _key(province) in (_key(r[1]), _key(r[2]))]
    return _pick(hits, province)[0]


def new_commune(province: str, commune: str) -> str:
    """The 5-digit code of a commune or ward from 1/7/2025 (no districts)."""
    rows = _db().execute(
        "SELECT wardCode, province, provinceShort, ward, wardShort FROM admin_units"
    )
    hits = [
        (r[0],)
        for r in rows
        if _key(province) in (_key(r[1]), _key(r[2])) and _key(commune) in (_key(r[3]), _key(r[4]))
    ]
    return _pick(hits, f"{commune}, {province}")[0]


def legacy_communes_of(province: str, district: str | None = None) -> list[tuple[str, str, str]]:
    """(code, official commune name, official district name) of a province's (or a
    district's) legacy communes, in code order."""
    rows = _db().execute(
        "SELECT DISTINCT wardCode, ward, district, province, provinceShort, districtShort "
        "FROM admin_units_legacy WHERE wardCode IS NOT NULL ORDER BY wardCode"
    )
    return [
        (r[0], r[1], r[2])
        for r in rows
        if _key(province) in (_key(r[3]), _key(r[4]))
        and (district is None or _key(district) in (_key(r[2]), _key(r[5])))
    ]


# ----------------------------------------------------------------- small writing aids

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO2 = "Độc lập - Tự do - Hạnh phúc"


def d(day: int, month: int, year: int) -> dt.date:
    return dt.date(year, month, day)
