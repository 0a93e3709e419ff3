"""Finding the table in a sheet: the rows around it, its header, the shape of its columns.

:mod:`sheet` tells title, header, data, group, total, note and signature rows apart;
:mod:`context` reads what the title block and the sheet's name say; :mod:`headers` maps
header cells to fields; :mod:`detect` decides which kind of data a workbook holds.
"""

from etl.layout.context import Context, SheetContext, find_as_of
from etl.layout.sheet import HEAD_ROWS, Group, Row, SheetHead, Table, classify, is_grand_total

__all__ = [
    "HEAD_ROWS",
    "Context",
    "Group",
    "Row",
    "SheetContext",
    "SheetHead",
    "Table",
    "classify",
    "find_as_of",
    "is_grand_total",
]
