"""Reading uploaded bytes: container checks, then sheets as rows of cell values.

:mod:`safety` checks the bytes before any parser sees them; :mod:`workbook` reads .xlsx,
.xlsm, .xls, .ods and text files; :mod:`xlsx_head` and :mod:`blocks` let a long sheet be
read as a small head plus Arrow columns.
"""

from etl.read.workbook import ReadError, Sheet, SheetRest, column_letter, read_sheets

__all__ = ["ReadError", "Sheet", "SheetRest", "column_letter", "read_sheets"]
