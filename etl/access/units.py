"""A user's units, written as the report command writes them: ``38`` a pre-reform
province, ``384`` a pre-reform district, ``38123`` a pre-reform commune, and ``2025:38`` a
province from 1/7/2025 (which has no districts). Codes were reused across the reform, so
a unit is its code and its era."""

from __future__ import annotations

import re
from dataclasses import dataclass

LEGACY, NEW = "legacy", "2025"
_FORM = re.compile(r"^(?:(2025):)?(\d{2}|\d{3}|\d{5})$")
_LEVELS = {2: "province", 3: "district", 5: "commune"}


class UnitFormError(ValueError):
    """A unit written in a form tiendo does not know; the message is Vietnamese."""


@dataclass(frozen=True, order=True)
class UnitRef:
    era: str
    level: str
    code: str

    def __str__(self) -> str:
        return f"2025:{self.code}" if self.era == NEW else self.code


def parse(text: str) -> UnitRef:
    """``'384'`` → the pre-reform district 384; refuses what cannot be a unit."""
    m = _FORM.match(text.strip())
    if not m:
        raise UnitFormError(
            f"Đơn vị '{text}' không đúng dạng: ghi mã tỉnh (38), mã huyện (384) hoặc mã xã "
            "(5 chữ số) trước 1/7/2025, hoặc 2025:38 cho tỉnh sau 1/7/2025."
        )
    era = NEW if m.group(1) else LEGACY
    level = _LEVELS[len(m.group(2))]
    if era == NEW and level == "district":
        raise UnitFormError(f"Đơn vị '{text}': từ 1/7/2025 không còn cấp huyện.")
    return UnitRef(era, level, m.group(2))


def checked(text: str, known: set[tuple[str, str, str]]) -> UnitRef:
    """Parsed, and present in the reference units (``known``: (era, level, code))."""
    unit = parse(text)
    if (unit.era, unit.level, unit.code) not in known:
        era = "sau 1/7/2025" if unit.era == NEW else "trước 1/7/2025"
        raise UnitFormError(f"Không có đơn vị mã {unit.code} ({era}) trong danh mục đơn vị.")
    return unit


def reference_keys() -> set[tuple[str, str, str]]:
    """Every (era, level, code) of the packaged reference units."""
    from etl.units.reference import unit_rows

    rows = unit_rows()
    return set(zip(rows["era"], rows["level"], rows["code"], strict=True))
