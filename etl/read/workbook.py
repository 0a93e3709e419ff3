"""Read a workbook's or CSV file's sheets as rows of cell values, with their merges.

Reading uses python-calamine (Rust): many times faster than openpyxl, and one reader for
.xlsx, .xlsm, .xls and .ods. Formulas are never evaluated and macros never run: calamine
only reads cached values. Rows come lazily (``iter_rows``), so a 500k-row sheet is never
held as Python objects all at once. Bytes are checked by :mod:`etl.safety` first.

An .xlsx sheet longer than its head is read in two parts when the caller asks for a
head of ``head_rows`` rows: the head from a cut copy of the workbook
(:mod:`etl.xlsx_head`), and the rest on demand (:class:`SheetRest`), as Arrow columns
when every column holds one cell type (:mod:`etl.blocks`) or as Python rows otherwise.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import python_calamine as pc
from openpyxl.utils import get_column_letter

from etl.read import blocks, safety, xlsx_head
from etl.text import encoding_for_font


class ReadError(ValueError):
    """The file as a whole cannot be read; the message is Vietnamese."""


@dataclass
class Sheet:
    name: str
    rows: Iterator[list[object]]  # row i is Excel row i + 1
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    encoding: str | None = None  # legacy font encoding used in the sheet, if any
    height: int = 0  # number of rows, for progress
    rest: SheetRest | None = None  # set when ``rows`` holds only the sheet's head
    # cells whose number format shows them as a percent: column -> Excel rows
    percent: dict[int, set[int]] = field(default_factory=dict)


class SheetRest:
    """The rows of an .xlsx sheet below its head, read only when asked for."""

    def __init__(self, content: bytes, file_name: str, sheet: str, first_row: int):
        self.content, self.file_name, self.sheet = content, file_name, sheet
        self.first_row = first_row

    def block(self) -> blocks.Block | None:
        """The rows as Arrow columns, or None when some column mixes cell types."""
        return blocks.read_block(self.content, self.sheet, self.first_row)

    def rows(self) -> Iterator[list[object]]:
        """The rows as python-calamine gives them (the whole sheet is parsed)."""
        with _read_errors(self.file_name):
            workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(self.content))
            sheet = workbook.get_sheet_by_name(self.sheet)
        return islice(_from_column_a(sheet), self.first_row, None)


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA': columns as Excel names them."""
    return get_column_letter(index + 1)


def read_sheets(
    content: bytes, file_name: str, head_rows: int | None = None, hidden_only: bool = False
) -> list[Sheet]:
    """All visible sheets of a workbook, or the one table of a CSV file. With
    ``head_rows``, a long .xlsx sheet's ``rows`` stop after its head, and its ``rest``
    reads the others. ``hidden_only`` gives the hidden sheets instead (to tell an
    analyst that the data sit on one)."""
    if hidden_only:
        try:
            container = safety.inspect(content, file_name)
        except safety.UnsafeFile as exc:
            raise ReadError(str(exc)) from exc
        if container.kind == "text":
            return []
        return _sheets(content, file_name, None, None, None, hidden=True)
    head = xlsx_head.HeadCopy(head_rows) if head_rows and blocks.available() else None
    try:
        container = safety.inspect(content, file_name, head.sink if head else None)
    except safety.UnsafeFile as exc:
        raise ReadError(str(exc)) from exc
    if container.kind == "text":
        return [_read_csv(content, file_name)]
    font_encoding = _legacy_font(content) if container.kind == "zip" else None
    cut = head.workbook() if head and container.kind == "zip" else None
    if cut is not None:
        with contextlib.suppress(ReadError):  # the copy is ours: let the file itself decide
            return _sheets(content, file_name, font_encoding, cut, head_rows)
    return _sheets(content, file_name, font_encoding, None, None)


def _sheets(
    content: bytes,
    file_name: str,
    font_encoding: str | None,
    cut: tuple[bytes, dict[str, xlsx_head.SheetCut]] | None,
    head_rows: int | None,
    hidden: bool = False,
) -> list[Sheet]:
    """The visible worksheets, read from the cut copy when there is one."""
    with _read_errors(file_name):
        workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(cut[0] if cut else content))
        sheets = []
        for meta in workbook.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet or hidden == (
                meta.visible == pc.SheetVisibleEnum.Visible
            ):
                continue  # hidden sheets hold drop-down lists and scratch work, not data
            sheet = workbook.get_sheet_by_name(meta.name)
            merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
            read = Sheet(
                meta.name, _from_column_a(sheet), merged, font_encoding, sheet.total_height
            )
            part = cut[1].get(meta.name) if cut else None
            if part and part.cut and head_rows:
                read.rows = islice(read.rows, head_rows)
                read.height = part.height
                read.rest = SheetRest(content, file_name, meta.name, head_rows)
            sheets.append(read)
    return sheets


@contextlib.contextmanager
def _read_errors(file_name: str) -> Iterator[None]:
    """calamine's errors as a ReadError with a Vietnamese message."""
    try:
        yield
    except pc.PasswordError as exc:
        raise ReadError(
            f"Tệp {file_name} được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel rồi gửi lại."
        ) from exc
    except Exception as exc:  # calamine raises several types for unreadable files
        raise ReadError(
            f"Không đọc được tệp {file_name}: đây không phải bảng tính Excel hợp lệ "
            f"hoặc tệp đã hỏng ({type(exc).__name__}: {exc})."
        ) from exc


def _from_column_a(sheet: pc.CalamineSheet) -> Iterator[list[object]]:
    """Rows with their cells where Excel has them. calamine starts each row at the
    sheet's first used column, while merged ranges (and the column letters users see)
    count from A: a table that begins in column B would otherwise be read one column off."""
    rows = sheet.iter_rows()
    first_column = sheet.start[1] if sheet.start else 0
    if not first_column:
        return rows
    margin = [""] * first_column
    return (margin + row for row in rows)


_FONT_NAME = re.compile(rb'<(?:\w+:)?name val="([^"]+)"')


def _legacy_font(content: bytes) -> str | None:
    """'tcvn3' or 'vni' when the workbook's styles use a legacy Vietnamese font."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            styles = archive.read("xl/styles.xml")
    except (KeyError, zipfile.BadZipFile):
        return None
    for name in _FONT_NAME.findall(styles):
        encoding = encoding_for_font(name.decode("utf-8", "replace"))
        if encoding:
            return encoding
    return None


def _read_csv(content: bytes, file_name: str) -> Sheet:
    """CSV in UTF-8 (with or without BOM) or Windows-1258, comma or semicolon separated."""
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes nearly any byte string
        raise ReadError(f"Không đọc được tệp {file_name}: mã ký tự không nhận ra.")
    if "\x00" in text:
        raise ReadError(
            f"Không đọc được tệp {file_name}: tệp CSV không ở mã UTF-8 hay Windows-1258 "
            "(có thể là UTF-16). Hãy lưu lại với 'CSV UTF-8'."
        )
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    return Sheet(Path(file_name).stem, iter(rows), height=len(rows))
