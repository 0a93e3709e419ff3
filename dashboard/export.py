"""Any table on the dashboard as an Excel workbook, with Vietnamese headers and formats.

Text that Excel would read as a formula (starting with = + - @, or a tab or carriage
return) is written as plain text with Excel's quote prefix, so an exported name such as
"=HYPERLINK(...)" stays text and never runs when the file is opened.
"""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"


def _cell_value(value: object) -> object:
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    if value is None or pd.isna(value):  # None, NaN, NaT and pandas' NA alike
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()  # numpy scalars
    return value


def to_xlsx(
    frame: pd.DataFrame,
    headers: dict[str, str] | None = None,
    sheet: str = "Dữ liệu",
    title: str | None = None,
    note: str | None = None,
) -> bytes:
    """The frame as .xlsx bytes. ``headers`` maps columns to the labels shown (and picks
    and orders them); ``title`` goes in a first row above the table, ``note`` (the past
    moment the data is as at, say) under it."""
    headers = headers or {c: str(c) for c in frame.columns}
    columns = [c for c in headers if c in frame.columns]
    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    row = 1
    if title:
        ws.cell(row, 1, title).font = Font(bold=True, size=13)
        row += 2
    if note:
        ws.cell(row - 1 if title else row, 1, note).font = Font(italic=True)
        row += 0 if title else 2
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row, c, headers[col])
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    header_row = row
    for values in frame[columns].itertuples(index=False):
        row += 1
        for c, value in enumerate(values, start=1):
            value = _cell_value(value)
            cell = ws.cell(row, c)
            if isinstance(value, str):
                cell.value = value
                cell.data_type = "s"  # never a formula, whatever it starts with
                if value.startswith(FORMULA_START):
                    cell.quotePrefix = True
                continue
            cell.value = value
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, float):
                cell.number_format = "#,##0" if value.is_integer() else "#,##0.0"
            elif isinstance(value, int) and not isinstance(value, bool):
                cell.number_format = "#,##0"
    for c, col in enumerate(columns, start=1):
        width = max([len(str(headers[col]))] + [len(str(v)) for v in frame[col].head(200)])
        ws.column_dimensions[get_column_letter(c)].width = min(60, max(8, width + 2))
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
