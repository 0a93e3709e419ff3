"""What every builder of one file shares, and the registry of builders.

A builder turns one table's checked rows into fact rows: it yields ``(fact table, fact,
unit covered, years)``, where a fact is one row (a dict) or, for officer rosters, whole
columns (an Arrow table). After the last table, ``finish`` looks across the file's
sheets (the same person on two sheets, the same commune-year twice).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pyarrow as pa

from etl import config
from etl.facts.rows import Rows
from etl.problems import Problems
from etl.units.index import Unit
from etl.units.resolve import Resolver

Fact = tuple[str, "dict | pa.Table | None", "Unit | None", list[int]]


@dataclass
class Build:
    """One file's load in progress, shared by the builders of its tables."""

    resolver: Resolver
    problems: Problems
    as_of: dt.date | None = None  # the file's "Tính đến ngày", for ages
    persons: list[pa.Table] = field(default_factory=list)  # officers of the sheets so far
    # a fact's natural key -> (sheet, Excel row, its values): the same fact twice
    seen: dict[tuple, tuple[str, int, tuple]] = field(default_factory=dict)

    @property
    def on(self) -> dt.date:
        """The day ages are counted at: the file's as-of date, or today."""
        return self.as_of or config.today()

    def once(self, rows: Rows, row: int, key: tuple, facts: tuple, column: str, value) -> bool:
        """Whether a fact with this natural key is new in the file. The same fact again
        (on another sheet, say) is a warning and is kept once; the same key with other
        figures is an error on the later row."""
        earlier = self.seen.get(key)
        if earlier is None:
            self.seen[key] = (rows.table.sheet, row, facts)
            return True
        sheet, at, old = earlier
        where = f"dòng {at}" + (f" trang '{sheet}'" if sheet != rows.table.sheet else "")
        if old == facts:
            rows.warn(row, column, value, f"Số liệu này đã có ở {where}; chỉ lưu một lần.")
        else:
            rows.problem(
                row, column, value, f"Đã có số liệu khác cho cùng đơn vị và năm ở {where}."
            )
        return False


Builder = Callable[[Rows, Build], Iterator[Fact]]


def builders() -> dict[str, tuple[Builder, Callable[[Build], None]]]:
    """Kind -> (builder of one table, what is checked across the file's tables)."""
    from etl.facts import communes, goals, officers, training

    return {
        "officers": (officers.build, officers.finish),
        "communes": (communes.build, _nothing),
        "training": (training.build, _nothing),
        "goals": (goals.build, _nothing),
    }


def _nothing(build: Build) -> None:
    return None
