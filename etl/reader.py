"""Read a workbook's sheets into header-mapped rows with their Excel row numbers.

Reading uses python-calamine (Rust), which is many times faster than openpyxl for large
files and reads .xlsx, .xlsm, .xls and .ods alike. Formulas are never evaluated and macros
never run: calamine only reads the cached cell values.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as pc

from etl import kinds, values
from etl.text import clean, fold

HEADER_SEARCH_ROWS = 30
_AS_OF = re.compile(r"t[ií]nh\s+đ[ếe]n\s+ng[àa]y", re.IGNORECASE)


class ReadError(ValueError):
    """The file as a whole cannot be read; the message is Vietnamese."""


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]  # rows[i] is Excel row i + 1


@dataclass
class Table:
    """One sheet matched to a SheetSpec: which column holds which field."""

    sheet: str
    spec: kinds.SheetSpec
    header_row: int  # Excel row number
    columns: dict[str, int]  # field key -> 0-based column
    unmapped: list[tuple[int, str]]  # (0-based column, header text)
    rows: list[tuple[int, list[object]]] = field(default_factory=list)  # (Excel row, cells)
    as_of_date: dt.date | None = None


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA': columns as Excel names them."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def read_sheets(content: bytes, file_name: str) -> list[Sheet]:
    """All visible sheets of a workbook, or the one table of a CSV file."""
    if Path(file_name).suffix.lower() == ".csv":
        return [_read_csv(content, file_name)]
    try:
        workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(content))
        sheets = []
        for meta in workbook.sheets_metadata:
            if (
                meta.visible != pc.SheetVisibleEnum.Visible
                or meta.typ != pc.SheetTypeEnum.WorkSheet
            ):
                continue
            data = workbook.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            sheets.append(Sheet(meta.name, data))
    except Exception as exc:  # calamine raises several types for unreadable files
        raise ReadError(
            f"Không đọc được tệp {file_name}: đây không phải bảng tính Excel hợp lệ "
            f"hoặc tệp đã hỏng ({type(exc).__name__}: {exc})."
        ) from exc
    return sheets


def _read_csv(content: bytes, file_name: str) -> Sheet:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"Không đọc được tệp {file_name}: tệp CSV không ở mã UTF-8 "
            f"(byte lạ ở vị trí {exc.start}). Hãy lưu lại với 'CSV UTF-8'."
        ) from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return Sheet(Path(file_name).stem, [list(r) for r in csv.reader(io.StringIO(text), dialect)])


def _header_keys(spec: kinds.SheetSpec) -> dict[str, str]:
    keys = {}
    for f in spec.fields:
        for text in (f.header, *f.aliases):
            keys[fold(text)] = f.key
    return keys


def match_table(sheet: Sheet, spec: kinds.SheetSpec) -> Table | None:
    """Find the header row for ``spec`` in the first rows of ``sheet``."""
    keys = _header_keys(spec)
    required = {f.key for f in spec.fields if f.required}
    best: Table | None = None
    best_score = 0
    for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        unmapped: list[tuple[int, str]] = []
        for c, cell in enumerate(row):
            if values.is_blank(cell):
                continue
            key = keys.get(fold(cell))
            if key and key not in columns:
                columns[key] = c
            else:
                unmapped.append((c, str(cell)))
        hits = len(required & columns.keys())
        if required and hits * 2 < len(required):
            continue
        if hits > best_score or (
            hits == best_score and len(columns) > len(best.columns if best else {})
        ):
            best_score = hits
            best = Table(sheet.name, spec, r + 1, columns, unmapped)
    if best is None or not best.columns:
        return None
    best.as_of_date = find_as_of(sheet.rows[: best.header_row - 1])
    best.rows = [
        (i + 1, row)
        for i, row in enumerate(sheet.rows[best.header_row :], start=best.header_row)
        if any(not values.is_blank(v) for v in row)
    ]
    return best


def find_as_of(rows: list[list[object]]) -> dt.date | None:
    """The date in a '(Tính đến ngày 31/12/2016)' line, or in the cell after that label."""
    for row in rows:
        for c, cell in enumerate(row):
            if not isinstance(cell, str) or not _AS_OF.search(clean(cell) or ""):
                continue
            rest = _AS_OF.split(clean(cell), maxsplit=1)[1].strip(" :)(")
            candidates = [rest] if rest else []
            candidates += [v for v in row[c + 1 :] if not values.is_blank(v)][:1]
            for candidate in candidates:
                try:
                    return values.parse_date(
                        candidate.strip(" :)(") if isinstance(candidate, str) else candidate
                    )
                except values.ValueProblem:
                    continue
    return None
