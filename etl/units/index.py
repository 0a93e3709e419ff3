"""Unit names and codes written in a spreadsheet -> units of the right era.

A written name is split into its type ("Xã", "X.", "TT", "P.", "H.", "TX", "TP"...) and
its bare name, then looked up in this order:

1. the exact bare name (NFC, one tone placement, any case) within its parent, of the
   type written if one was: "Hoằng Phụ" is not "Hoằng Phú", and "Thị trấn Thiệu Hóa" is
   not "Xã Thiệu Hòa";
2. only when nothing matches exactly: the name without its tone marks, and only if that
   leaves a single unit.

Names that differ only by a tone mark are different communes, often in one district
(about 44 pairs before 1/7/2025), so tones are never dropped before an exact match is
tried. Codes are looked up as they are, with their leading zeros put back by level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.text import clean, fold, fold_words

# Type words as written (folded words) -> the type they name.
_TYPES: dict[tuple[str, ...], str] = {
    ("thi", "tran"): "thi tran",
    ("thi", "xa"): "thi xa",
    ("thanh", "pho"): "thanh pho",
    ("dac", "khu"): "dac khu",
    ("tt",): "thi tran",
    ("tx",): "thi xa",
    ("tp",): "thanh pho",
    ("xa",): "xa",
    ("x",): "xa",
    ("phuong",): "phuong",
    ("p",): "phuong",
    ("huyen",): "huyen",
    ("h",): "huyen",
    ("quan",): "quan",
    ("q",): "quan",
    ("tinh",): "tinh",
}
_TYPE_NAMES = {
    "thi tran": "thị trấn",
    "thi xa": "thị xã",
    "thanh pho": "thành phố",
    "dac khu": "đặc khu",
    "xa": "xã",
    "phuong": "phường",
    "huyen": "huyện",
    "quan": "quận",
    "tinh": "tỉnh",
}
LEVEL_NAMES = {"province": "tỉnh", "district": "huyện", "commune": "xã"}
CODE_WIDTH = {"commune": 5, "district": 3, "province": 2}


def _has_marks(text: str) -> bool:
    """Whether a name is written with Vietnamese letters or tone marks ('hoằng phụ'),
    not plain ASCII ('hoang phu'), whose tones are only unknown."""
    return not text.isascii()


def split_name(text: object) -> tuple[str | None, str]:
    """(type, bare name) of a written unit name: 'TT. Mường Lát' -> ('thi tran',
    'mường lát'); 'Phường 1' -> ('phuong', 'phường 1'). The bare name is cleaned
    (NFC, one tone placement, single spaces) and in lower case."""
    words = (clean(re.sub(r"[.,]", ". ", str(text or ""))) or "").split()
    folded = [fold_words(w) for w in words]
    kind = None
    for size in (2, 1):
        if len(words) > size and tuple(folded[:size]) in _TYPES:
            kind = _TYPES[tuple(folded[:size])]
            words = words[size:]
            break
    bare = " ".join(w.rstrip(".") for w in words).strip(" .").lower()
    if kind and bare.isdigit():  # "Phường 1": the number alone names nothing
        bare = f"{_TYPE_NAMES[kind]} {bare}"
    return kind, bare


def name_key(name: object) -> str:
    """Folded name without its unit-type prefix: 'TT. Mường Lát' -> 'muonglat'."""
    return fold(split_name(name)[1])


@dataclass(frozen=True)
class Unit:
    era: str
    level: str
    code: str
    name: str
    province_code: str
    district_code: str | None
    type: str | None = None  # 'xa', 'phuong', 'thi tran', 'huyen'...


class UnitNotFound(LookupError):
    """Message (Vietnamese) names what was looked for and, if any, the candidates."""

    def __init__(self, message: str, candidates: tuple[Unit, ...] = ()):
        super().__init__(message)
        self.candidates = candidates


class UnitIndex:
    """Every unit of both eras, indexed by exact and by folded name within its parent."""

    def __init__(self, rows: list[tuple]):
        self._exact: dict[tuple[str, str, str, str], list[Unit]] = {}
        self._loose: dict[tuple[str, str, str, str], list[Unit]] = {}
        self.by_code: dict[tuple[str, str, str], Unit] = {}
        for era, level, code, name, short_name, parent, province, district in rows:
            kind, bare = split_name(name)
            unit = Unit(era, level, code, name, province, district, kind)
            self.by_code[(era, level, code)] = unit
            short = re.sub(r"\s*\(.*\)$", "", short_name)  # "Yên Viên (Thị trấn)"
            bares = {bare, split_name(short)[1]}
            parents = ["" if level == "province" else parent, "*"]
            if level == "commune" and district:
                parents.append(province)  # legacy communes: also within their province
            for p in parents:
                for b in bares:
                    self._exact.setdefault((era, level, p, b), []).append(unit)
                    self._loose.setdefault((era, level, p, fold(b)), []).append(unit)

    def within(self, era: str, level: str, province_code: str | None = None) -> list[Unit]:
        """The units of ``level`` in one era (of one province, if given), by code."""
        return sorted(
            (
                u
                for (e, lv, _code), u in self.by_code.items()
                if e == era and lv == level and province_code in (None, u.province_code)
            ),
            key=lambda u: u.code,
        )

    def describe(self, unit: Unit) -> str:
        """'Xã Hoằng Phụ (Huyện Hoằng Hóa, Tỉnh Thanh Hóa, mã 16003)'."""
        where = []
        if unit.district_code and unit.level == "commune":
            where.append(self.by_code[(unit.era, "district", unit.district_code)].name)
        if unit.level != "province":
            where.append(self.by_code[(unit.era, "province", unit.province_code)].name)
        return f"{unit.name} ({', '.join([*where, f'mã {unit.code}'])})"

    def find(self, era: str, level: str, parent: str, text: object, where: str = "") -> Unit:
        """The unit of ``level`` named ``text`` within ``parent`` (a code, or '' for
        provinces, '*' for anywhere); UnitNotFound says why not, with the candidates."""
        kind, bare = split_name(text)
        what = LEVEL_NAMES[level]

        def typed(units: list[Unit]) -> list[Unit]:
            return [u for u in units if u.type == kind] if kind else units

        exact = self._exact.get((era, level, parent, bare), [])
        loose = self._loose.get((era, level, parent, fold(bare)), [])
        for found in (typed(exact), typed(loose) if not typed(exact) else [], exact, loose):
            unique = list({u.code: u for u in found}.values())
            if len(unique) == 1:
                return unique[0]
            if len(unique) > 1:
                names = "; ".join(self.describe(u) for u in unique)
                if found is exact or found == typed(exact):
                    message = f"tên {what} '{clean(text)}'{where} trùng nhiều đơn vị: {names}"
                else:
                    message = (
                        f"tên {what} '{clean(text)}'{where} không khớp đúng tên nào; bỏ dấu thì "
                        f"trùng nhiều đơn vị: {names}. Hãy ghi đúng dấu"
                    )
                raise UnitNotFound(message, tuple(unique))
        raise UnitNotFound(f"không tìm thấy {what} '{clean(text)}'{where}")

    def code(self, era: str, level: str, written: str) -> Unit:
        """The unit of a code as written ('742' is commune 00742)."""
        code = written.zfill(CODE_WIDTH[level])
        unit = self.by_code.get((era, level, code))
        if unit is None:
            era_name = "trước 1/7/2025" if era == "legacy" else "từ 1/7/2025"
            raise UnitNotFound(
                f"mã {LEVEL_NAMES[level]} '{written}' không có trong danh mục đơn vị hành chính "
                f"({era_name})"
            )
        return unit

    def matches(self, unit: Unit, text: object) -> bool:
        """Whether a written name can be this unit's (exactly, or without tone marks)."""
        kind, bare = split_name(text)
        if kind and unit.type and kind != unit.type:
            return False
        own = split_name(unit.name)[1]
        if bare == own:
            return True
        if _has_marks(bare):  # written with its tones: they must be the unit's own
            return False  # (Hoằng Phú beside the code of Hoằng Phụ contradicts it)
        return fold(bare) == fold(own)
