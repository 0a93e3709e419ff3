"""Resolve unit names written in a spreadsheet to codes of the right era."""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from etl.text import fold, fold_words

# Prefixes people write before a unit's name, longest first ("thị trấn" before "thị").
_PREFIXES = sorted(
    [
        "tinh",
        "thanh pho",
        "tp",
        "thi xa",
        "tx",
        "huyen",
        "h",
        "quan",
        "q",
        "xa",
        "x",
        "phuong",
        "p",
        "thi tran",
        "tt",
        "dac khu",
    ],
    key=len,
    reverse=True,
)
_PREFIX_RE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in _PREFIXES) + r")\s+(?=\D)")


def name_key(name: object) -> str:
    """Folded name without its unit-type prefix: 'TT. Mường Lát' -> 'muonglat'."""
    words = fold_words(name)
    stripped = _PREFIX_RE.sub("", words, count=1)
    return fold(stripped)


@dataclass(frozen=True)
class Unit:
    era: str
    level: str
    code: str
    name: str
    province_code: str
    district_code: str | None


class UnitNotFound(LookupError):
    """Message (Vietnamese) names what was looked for and, if any, the candidates."""


class UnitIndex:
    """Every unit of both eras, indexed by folded name within its parent."""

    def __init__(self, rows: list[tuple]):
        self._by_parent: dict[tuple[str, str, str, str], list[Unit]] = {}
        self.by_code: dict[tuple[str, str, str], Unit] = {}
        for era, level, code, name, short_name, parent, province, district in rows:
            unit = Unit(era, level, code, name, province, district)
            self.by_code[(era, level, code)] = unit
            parent_key = "" if level == "province" else parent
            keys = {name_key(name), fold(short_name), fold(name)}
            for key in keys:
                self._by_parent.setdefault((era, level, parent_key, key), []).append(unit)
            if level == "commune" and district:
                # legacy communes are also findable within their province
                for key in keys:
                    self._by_parent.setdefault((era, "commune", province, key), []).append(unit)
            if level == "district":
                # and districts anywhere, for sheets that never name their province
                for key in keys:
                    self._by_parent.setdefault((era, "district", "*", key), []).append(unit)

    @classmethod
    def from_connection(cls, con: duckdb.DuckDBPyConnection) -> UnitIndex:
        rows = con.execute(
            "SELECT era, level, code, name, short_name, parent_code, province_code, "
            "district_code FROM ref_units"
        ).fetchall()
        return cls(rows)

    def _find(self, era: str, level: str, parent: str, text: str) -> list[Unit]:
        found: dict[str, Unit] = {}
        for key in {name_key(text), fold(text)}:
            for unit in self._by_parent.get((era, level, parent, key), []):
                found[unit.code] = unit
        return list(found.values())

    def province(self, era: str, text: str) -> Unit:
        return self._one(self._find(era, "province", "", text), "tỉnh", text, "")

    def district(self, era: str, province: Unit, text: str) -> Unit:
        if era != "legacy":
            raise UnitNotFound(
                f"từ 1/7/2025 không còn cấp huyện; hãy bỏ trống cột Huyện (ghi '{text}')"
            )
        where = f" thuộc {province.name}"
        return self._one(self._find(era, "district", province.code, text), "huyện", text, where)

    def district_anywhere(self, era: str, text: str) -> Unit:
        return self._one(self._find(era, "district", "*", text), "huyện", text, "")

    def commune(self, era: str, province: Unit, district: Unit | None, text: str) -> Unit:
        parent = district or province
        where = f" thuộc {parent.name}"
        return self._one(self._find(era, "commune", parent.code, text), "xã", text, where)

    @staticmethod
    def _one(candidates: list[Unit], what: str, text: str, where: str) -> Unit:
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise UnitNotFound(f"không tìm thấy {what} '{text}'{where}")
        names = "; ".join(f"{u.name} (mã {u.code})" for u in candidates)
        raise UnitNotFound(
            f"tên {what} '{text}'{where} trùng nhiều đơn vị: {names}. Hãy ghi thêm huyện"
        )
