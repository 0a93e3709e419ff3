"""Finding the table in a sheet: the rows around it, its header, the shape of its columns.

:mod:`sheet` tells title, header, data, group, total, note and signature rows apart and
reads what the title block says; :mod:`headers` maps header cells to fields.
"""

from etl.layout.sheet import (
    HEAD_ROWS,
    Context,
    Row,
    SheetHead,
    Table,
    classify,
    find_as_of,
    is_grand_total,
    title_context,
)

__all__ = [
    "HEAD_ROWS",
    "Context",
    "Row",
    "SheetHead",
    "Table",
    "classify",
    "find_as_of",
    "is_grand_total",
    "title_context",
]
