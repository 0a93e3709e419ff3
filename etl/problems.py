"""One thing wrong with a file, located as the analyst sees it in Excel."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Problem:
    """One thing wrong with a file, located as the analyst sees it in Excel."""

    sheet: str
    row: int | None
    column: str | None
    value: str
    message: str
