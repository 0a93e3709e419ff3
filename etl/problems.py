"""What is wrong with a file, located as the analyst sees it in Excel, and the one
collector every step of a load reports to.

Reading, layout, unit resolution and the builders all take a :class:`Problems` and add
to it; none of them knows about the loader above them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter


@dataclass
class Problem:
    """One thing wrong with a file, located as the analyst sees it in Excel."""

    sheet: str
    row: int | None
    column: str | None
    value: str
    message: str


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA': columns as Excel names them."""
    return get_column_letter(index + 1)


@dataclass
class Problems:
    """The errors (a row or the file cannot be loaded) and warnings (loaded, but look)
    of one file."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def error(
        self,
        message: str,
        sheet: str = "",
        row: int | None = None,
        column: str | None = None,
        value: str = "",
    ) -> None:
        self.errors.append(Problem(sheet, row, column, value, message))

    def warn(
        self,
        message: str,
        sheet: str = "",
        row: int | None = None,
        column: str | None = None,
        value: str = "",
    ) -> None:
        self.warnings.append(Problem(sheet, row, column, value, message))

    def rows_with_errors(self) -> set[tuple[str, int]]:
        return {(e.sheet, e.row) for e in self.errors if e.row is not None}

    @property
    def whole_file(self) -> list[Problem]:
        """Errors about the file as a whole (no row): nothing of it can be loaded."""
        return [e for e in self.errors if e.row is None]
