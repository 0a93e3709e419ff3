"""A sheet's rows below its head as Arrow columns, read by fastexcel in one pass.

fastexcel is calamine too, but it hands a sheet straight to Arrow instead of building a
Python object per cell: a 100k-row roster is read in about 0,55 s against 1 s. It has
two limits, and this module keeps to the ground where neither matters:

- It gives no merged ranges and cannot read only a sheet's first rows; those come from
  :mod:`etl.xlsx_head`, and only the rows below the head are read here.
- A column that mixes cell types (numbers and text, say) comes back as text, and the
  number 1,234 becomes the text "1.234", which a Vietnamese reader takes for 1234. So a
  block is asked for in strict mode, where such a column is refused, and the caller
  reads the sheet with python-calamine instead. A refused block costs one extra parse.

Every value a block holds is the value python-calamine would give for that cell
(:func:`calamine_value`), so both readers lead to the same load: the property tests in
``tests/test_blocks.py`` hold them to it.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

try:  # a wheel for every platform tiendo runs on; without it the sheet is read in Python
    import fastexcel
except ImportError:  # pragma: no cover
    fastexcel = None

# "Could not determine dtype for column N, falling back to string": an empty column,
# which is expected below a table; not something for the user's terminal.
logging.getLogger("fastexcel.types.dtype").setLevel(logging.ERROR)

_FIRST_DAY = dt.datetime(1900, 1, 1)
_MIDNIGHT = dt.time()
# The Python class python-calamine gives for a cell in a block column of each Arrow type
# (timestamps aside: a date or a date-time, see calamine_value).
_PYTHON_CLASS: dict[pa.DataType, tuple[type, ...]] = {
    pa.float64(): (float,),
    pa.string(): (str,),
    pa.large_string(): (str,),
    pa.bool_(): (bool,),
}


@dataclass
class Block:
    """Rows ``first_row``… of a sheet (0-based, as Excel row first_row + 1 on), by
    absolute column index (0 is column A). A column with no cell is left out."""

    columns: dict[int, pa.Array]
    n: int
    first_row: int

    def __len__(self) -> int:
        return self.n

    def slice(self, start: int, length: int) -> Block:
        return Block(
            {c: a.slice(start, length) for c, a in self.columns.items()},
            max(0, min(length, self.n - start)),
            self.first_row + start,
        )

    def cells(self, i: int) -> list[object]:
        """Row ``i`` as python-calamine gives a row: from column A, '' for no value."""
        row: list[object] = [""] * self.width
        for c, column in self.columns.items():
            value = column[i].as_py()
            row[c] = "" if value is None else calamine_value(value)
        return row

    @property
    def width(self) -> int:
        return max(self.columns, default=-1) + 1


def available() -> bool:
    return fastexcel is not None


def read_block(content: bytes, sheet: str, first_row: int) -> Block | None:
    """Rows ``first_row``… of ``sheet`` in a workbook's bytes, each column of one cell
    type; None when a column mixes types or holds something python-calamine would give
    differently (a time of day, a date before 1900), or fastexcel cannot read it."""
    if fastexcel is None:
        return None
    try:
        loaded = fastexcel.read_excel(content).load_sheet(
            sheet,
            header_row=None,
            skip_rows=first_row,
            dtype_coercion="strict",
            schema_sample_rows=None,  # every row decides a column's type, not the first 1000
        )
        batch = loaded.to_arrow()
        positions = [c.absolute_index for c in loaded.available_columns()]
    except Exception:  # strict refusal, or anything else fastexcel cannot do
        return None
    columns: dict[int, pa.Array] = {}
    for position, column in zip(positions, batch.columns, strict=True):
        if not _as_calamine(column):
            return None
        if column.null_count < len(column):
            columns[position] = column
    return Block(columns, batch.num_rows, first_row)


def _as_calamine(column: pa.Array) -> bool:
    """Whether python-calamine would give each of the column's cells as the same Python
    value (after :func:`calamine_value`)."""
    kind = column.type
    if pa.types.is_timestamp(kind):
        earliest = pc.min(column).as_py()
        return earliest is None or earliest >= _FIRST_DAY  # before: calamine gives a time
    return kind == pa.null() or kind in _PYTHON_CLASS


def calamine_value(value: object) -> object:
    """A block's Python value as python-calamine gives the cell: a date-time at midnight
    is a date."""
    if value.__class__ is dt.datetime and value.time() == _MIDNIGHT:
        return value.date()
    return value


def calamine_values(column: pa.Array) -> list[object]:
    """A block column as python-calamine's cells: '' for no value, dates as dates."""
    if pa.types.is_timestamp(column.type):
        return ["" if v is None else calamine_value(v) for v in column.to_pylist()]
    return ["" if v is None else v for v in column.to_pylist()]


def python_as_arrow(cells: list | tuple, arrow_type: pa.DataType) -> pa.Array | None:
    """python-calamine cells as a column of a block's type, so rows read both ways can
    share one Arrow column; None when a cell has another type (the column then goes the
    Python way). A blank cell ('' or None) is null, as in a block."""
    if pa.types.is_timestamp(arrow_type):
        wanted: tuple[type, ...] = (dt.date, dt.datetime)
    else:
        wanted = _PYTHON_CLASS.get(arrow_type, ())
    out = []
    for value in cells:
        if value is None or value == "":
            out.append(None)
        elif value.__class__ not in wanted:
            return None
        elif value.__class__ is dt.date:
            out.append(dt.datetime.combine(value, _MIDNIGHT))
        elif value.__class__ is dt.datetime and value.microsecond % 1000:
            return None  # finer than a block's milliseconds
        else:
            out.append(value)
    try:
        return pa.array(out, arrow_type)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
