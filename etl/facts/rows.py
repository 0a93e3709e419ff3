"""A table's data rows, parsed column by column and a chunk at a time.

Each column is parsed once per distinct raw value (a district writes the same commune,
position and date many times), text is cleaned in bulk, and only CHUNK_ROWS rows are
Python objects at once, so a 500k-row roster loads in bounded memory.

A column whose cells all have one type and parse without a problem (most columns of
most files) is handled as an Arrow array: Arrow finds the distinct values, Python parses
each of them once, and Arrow spreads the results back over the rows. Any other column
takes the plain Python path, which records a problem per bad cell.

Rows arrive as Python cells (python-calamine) or, below a long sheet's head, as Arrow
columns (:mod:`etl.blocks`); a chunk may hold both, and a column stays Arrow when both
agree on its cell type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping

import pyarrow as pa
import pyarrow.compute as pc

from etl import fmt, layout, values
from etl.layout.sheet import Group
from etl.problems import Problems, column_letter
from etl.read import blocks
from etl.read.blocks import Block, calamine_value, calamine_values
from etl.read.workbook import EXCEL_CELL_CHARS
from etl.spec import kinds
from etl.text import clean_array, clean_many

_DASHES = {"-", "–", "—", "--"}
SUMMED = ("target", "achieved")


CHUNK_ROWS = 20_000

# The Arrow type of each field type's parsed values (YEAR_OR_DATE: see _typed_array).
ARROW_TYPES: dict[str, pa.DataType] = {
    kinds.TEXT: pa.string(),
    kinds.CHOICE: pa.string(),
    kinds.DATE: pa.date32(),
    kinds.YEAR: pa.int32(),
    kinds.INT: pa.int64(),
    kinds.NUMBER: pa.float64(),
    kinds.PERCENT: pa.float64(),
    kinds.MARK: pa.bool_(),
}
# Cell types that make one Arrow column (ints and floats are both numbers).
_ONE_TYPE = {
    frozenset(),
    frozenset({str}),
    frozenset({float}),
    frozenset({int}),
    frozenset({int, float}),
    frozenset({dt.date}),
    frozenset({dt.datetime}),
    frozenset({bool}),
}
_NOT_ARROW = (
    pa.ArrowInvalid,
    pa.ArrowTypeError,
    pa.ArrowNotImplementedError,
    OverflowError,
    UnicodeError,
)


class Columns(Mapping):
    """A chunk's parsed columns by field key, read as Python lists.

    Columns parsed on the Arrow path stay Arrow arrays until someone asks for a list
    (converted once, then kept); the officer builder reads the arrays directly.
    """

    def __init__(self) -> None:
        self.arrays: dict[str, pa.Array] = {}
        self.lists: dict[str, list] = {}
        self._order: dict[str, None] = {}

    def __setitem__(self, key: str, column: list | pa.Array) -> None:
        self._order[key] = None
        if isinstance(column, pa.Array):
            self.arrays[key] = column
            self.lists.pop(key, None)
        else:
            self.lists[key] = column
            self.arrays.pop(key, None)

    def __getitem__(self, key: str) -> list:
        if key not in self.lists:
            self.lists[key] = self.arrays[key].to_pylist()
        return self.lists[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, key: object) -> bool:
        return key in self._order

    def head(self, key: str, n: int) -> list:
        if key in self.lists:
            return self.lists[key][:n]
        return self.arrays[key].slice(0, n).to_pylist()

    def distinct(self, key: str) -> set:
        if key not in self._order:
            return set()
        if key in self.arrays:
            return set(self.arrays[key].unique().to_pylist())
        return set(self.lists[key])


class Located:
    """Problems recorded against the sheet, Excel row and column a user sees."""

    table: layout.Table
    problems: Problems
    columns: dict[str, int]

    def problem(self, row: int, key: str | None, value: object, message: str) -> None:
        self.problems.errors.append(self._located(row, key, value, message))

    def warn(self, row: int, key: str | None, value: object, message: str) -> None:
        self.problems.warnings.append(self._located(row, key, value, message))

    def _located(self, row, key, value, message):
        from etl.problems import Problem

        col = self.columns.get(key) if key else None
        letter = column_letter(col) if col is not None else None
        return Problem(self.table.sheet, row, letter, values.display(value), message)


class Chunk(Located):
    """Up to CHUNK_ROWS data rows of a table, parsed column by column.

    Values are parsed once per distinct raw value and column (a district writes the same
    commune, position and date many times). Working a chunk at a time keeps memory flat
    for a 500k-row file: only one chunk's cells are Python objects at once.
    """

    def __init__(
        self, owner: Rows, group: Group, pieces: list, excel_rows: list[int], contexts: list
    ):
        self.table = owner.table
        self.problems = owner.problems
        self.group = group
        self.columns = group.columns
        self.excel_rows = excel_rows
        self.contexts = contexts
        self.values = Columns()
        self.ok: list[bool] = []
        self.bad_cells: set[tuple[int, str]] = set()  # (index, key) of values that failed
        self._field_types = {
            key: ARROW_TYPES[f.type]
            for key, f in self.table.fields.items()
            if f.type in ARROW_TYPES
        }
        self._parse(pieces)

    def __len__(self) -> int:
        return len(self.excel_rows)

    def head(self, n: int) -> list[dict]:
        """The first ``n`` rows as dicts (field key -> value, plus _row, _ctx, _ok)."""
        columns = {k: self.values.head(k, n) for k in self.values}
        return [
            dict(
                {k: column[i] for k, column in columns.items()},
                _row=self.excel_rows[i],
                _ctx=self.contexts[i],
                _ok=self.ok[i],
            )
            for i in range(min(n, len(self)))
        ]

    def array(self, key: str, type: pa.DataType | None = None) -> pa.Array:
        """A parsed column as an Arrow array: of ``type`` when given, else of its field's
        type (so a column with no value at all is still typed)."""
        if type is None and key in self._field_types:
            type = self._field_types[key]
        if key not in self.values:  # a field this kind of table never has
            return pa.nulls(len(self), type or pa.null())
        column = self.values.arrays.get(key)
        if column is None:
            return pa.array(self.values[key], type)
        if type is not None and column.type != type:
            return column.cast(type)
        return column

    def _parse(self, pieces: list[list[list[object]] | Block]) -> None:
        n = len(self.excel_rows)
        self.ok = [True] * n
        fields = self.table.fields
        for key, f in fields.items():
            self.values[key] = pa.nulls(n, ARROW_TYPES.get(f.type, pa.null()))
        for key in ("birth_male", "birth_female"):
            self.values[key] = pa.nulls(n, pa.null())
        for key, value in self.group.constants.items():  # a cross-tab's year, the title's post
            self.values[key] = pa.array([value] * n, ARROW_TYPES.get(fields[key].type))
        parts = [p if isinstance(p, Block) else _Columns(p) for p in pieces if len(p)]
        for key, col in self.columns.items():
            if key == "stt":  # STT is never stored
                continue
            f = fields["birth"] if key in ("birth_male", "birth_female") else fields[key]
            raws = _column(parts, col, n)
            # only text is stored as it stands; a long cell elsewhere fails to parse anyway
            if f.type == kinds.TEXT and (long := _too_long(raws)) is not None:
                raws = self._refuse_long(key, raws, long)
            percent = self.table.percent.get(col)
            if percent and f.type in (kinds.NUMBER, kinds.PERCENT, kinds.INT):
                raws = _as_shown(raws, self.excel_rows, percent)
            self.values[key] = self._parse_column(f, col, key, raws)

    def _refuse_long(self, key: str, raws, i: int) -> list:
        """An error for a cell longer than Excel allows; the cell itself is dropped."""
        cells = calamine_values(raws) if isinstance(raws, pa.Array) else list(raws)
        length = fmt.number(len(cells[i]))
        self.problem(
            self.excel_rows[i],
            key,
            cells[i][:40] + "…",
            f"Ô dài {length} ký tự, vượt giới hạn 32.767 ký tự một ô của Excel: tệp không "
            "do Excel tạo ra hoặc đã bị sửa. Hãy rút ngắn ô này rồi gửi lại.",
        )
        self.ok[i] = False
        cells[i] = None
        return cells

    def _parse_column(self, f: kinds.Field, col: int, key: str, raws) -> list | pa.Array:
        required = key == f.key and _required_in_cell(self.table.spec, f)
        # "-" is zero in a count and "not met" in a mark; elsewhere it says nothing
        dash = 0 if f.key in SUMMED else (False if f.type == kinds.MARK else None)
        typed = _typed_array(f, raws, required, dash)
        if typed is not None:
            return typed
        if isinstance(raws, pa.Array):
            raws = calamine_values(raws)
        return self._parse_cells(f, col, key, raws, required, dash)

    def _parse_cells(self, f: kinds.Field, col: int, key: str, raws, required, dash) -> list:
        """The Python path: each distinct value parsed once, a problem per bad cell."""
        label = self.table.header.labels.get(col, f.header)
        try:
            distinct = set(raws)
        except TypeError:  # an unhashable cell value: parse one by one
            cache = None
        else:
            if f.type == kinds.TEXT:
                strings = [r for r in distinct if r.__class__ is str]
                cache = dict(zip(strings, clean_many(strings), strict=True))
                others = [r for r in distinct if r.__class__ is not str]
            else:
                cache, others = {}, distinct
            for raw in others:
                cache[raw] = _convert(f, raw, dash)
        if cache is None:
            out = [_convert(f, r, dash) for r in raws]
        elif f.type == kinds.TEXT and all(k == v for k, v in cache.items()):
            return list(raws)  # text already clean, as most is: a plain copy will do
        else:
            out = list(map(cache.__getitem__, raws))
        if cache is None:
            bad = True
        elif f.type == kinds.TEXT:  # text never fails to parse; only blanks matter
            bad = None in cache.values()
        else:
            bad = any(v is None or v.__class__ is values.ValueProblem for v in cache.values())
        if not bad:
            return out
        for i, value in enumerate(out):
            if value is None:
                if required:
                    self.problem(self.excel_rows[i], key, raws[i], f"Thiếu '{f.header}'.")
                    self.ok[i] = False
            elif value.__class__ is values.ValueProblem:
                self.problem(self.excel_rows[i], key, raws[i], f"'{label}': {value}.")
                self.ok[i] = False
                self.bad_cells.add((i, key))
                out[i] = None
        return out


class Rows(Located):
    """The data rows of one table, read and parsed a chunk at a time.

    Each chunk of rows is parsed once for each set of facts a row holds (one for a list,
    one per year or category for a cross-tab: see :meth:`layout.Table.groups`). The
    first chunk is read at once (the era may depend on it); the rest as a builder asks
    for them. Totals are checked when the last chunk has been read.
    """

    def __init__(
        self,
        table: layout.Table,
        problems: Problems,
        progress: Callable[[int], None] | None = None,
    ):
        self.table = table
        self.problems = problems
        self.columns = table.columns
        self.progress = progress
        self.groups = table.groups()
        self.n = 0
        self._summed: dict[tuple[int, str], list] = {}
        # a total row and the ranges of data rows (first, end index) it may sum: a plain
        # "Cộng" sums its group, or, after groups without subtotals, all rows above it
        self._totals: list[tuple[layout.Row, list[tuple[int, int | None]]]] = []
        self._source = self._read()
        self.first: list[Chunk] = next(self._source)
        self._done = False

    def __len__(self) -> int:
        return self.n

    def head(self, n: int) -> list[dict]:
        return self.first[0].head(n)

    def chunks(self) -> Iterator[Chunk]:
        """Every chunk of every set of facts, a chunk of rows at a time."""
        yield from self.first
        for parsed in self._source:
            yield from parsed
        if not self._done:
            self._done = True
            self._check_totals()

    def __iter__(self):
        for chunk in self.chunks():
            yield from chunk.head(len(chunk))

    def _read(self) -> Iterator[list[Chunk]]:
        """Data rows gathered into chunks; group rows give context; totals kept aside.
        A chunk's rows come as pieces: lists of Python rows, or Arrow blocks."""
        pieces: list[list[list[object]] | Block] = []
        cells: list[list[object]] = []  # the Python rows of the piece being gathered
        excel_rows: list[int] = []
        contexts: list = []
        group_start = last_total = 0
        progress, every, next_report = self.progress, 5000, 5000
        for row in self.table.rows:
            kind, excel_row, row_cells, context, label = row
            if progress and excel_row >= next_report:
                progress(excel_row)
                next_report = excel_row + every
            if kind == "data":
                cells.append(row_cells)
                excel_rows.append(excel_row)
                contexts.append(context)
            elif kind == "batch":  # consecutive numbered data rows, from excel_row on
                cells.extend(row_cells)
                excel_rows.extend(range(excel_row, excel_row + len(row_cells)))
                contexts.extend([context] * len(row_cells))
            elif kind == "block":  # the same as Arrow columns
                block: Block = row_cells
                while block.n:
                    if cells:
                        pieces.append(cells)
                        cells = []
                    room = CHUNK_ROWS - len(excel_rows)
                    part, block = block.slice(0, room), block.slice(room, block.n)
                    pieces.append(part)
                    excel_rows.extend(range(part.first_row + 1, part.first_row + 1 + part.n))
                    contexts.extend([context] * part.n)
                    if progress:
                        progress(part.first_row + part.n)
                    if len(excel_rows) >= CHUNK_ROWS:
                        yield self._chunk(pieces, excel_rows, contexts)
                        pieces, excel_rows, contexts = [], [], []
            elif kind == "group":
                group_start = self.n + len(excel_rows)
            elif kind == "example":
                self.warn(
                    excel_row, "stt", label, "Dòng ví dụ của biểu mẫu (STT 'Ví dụ'); đã bỏ qua."
                )
            elif kind == "note" and label:
                self.warn(
                    excel_row, None, label, "Dòng chỉ có một ô chữ, không phải số liệu; đã bỏ qua."
                )
            elif kind == "total":
                here = self.n + len(excel_rows)
                grand = layout.is_grand_total(label)
                if grand and here == 0:  # "Toàn tỉnh" above the units it sums
                    self._totals.append((layout.Row(*row), [(0, None)]))
                else:
                    ranges = [(0 if grand else group_start, here)]
                    if not grand and group_start > last_total:
                        ranges.append((last_total, here))
                    self._totals.append((layout.Row(*row), ranges))
                group_start = last_total = here
            if len(excel_rows) >= CHUNK_ROWS:
                yield self._chunk([*pieces, cells], excel_rows, contexts)
                pieces, cells, excel_rows, contexts = [], [], [], []
        self.table.rows = iter(())  # let the reader free the sheet
        if excel_rows or self.n == 0:
            yield self._chunk([*pieces, cells], excel_rows, contexts)

    def _chunk(self, pieces, excel_rows, contexts) -> list[Chunk]:
        chunks = [Chunk(self, g, pieces, excel_rows, contexts) for g in self.groups]
        self.n += len(excel_rows)
        for g, chunk in enumerate(chunks):
            for key in SUMMED:
                if key in chunk.columns:
                    self._summed.setdefault((g, key), []).extend(chunk.values[key])
        return chunks

    def _check_totals(self) -> None:
        """'Cộng'/'Tổng cộng' rows are never loaded; they are checked against the data.
        A total that agrees with any range of rows it may sum is right."""
        for row, ranges in self._totals:
            found = [self._total_problems(row, start, end) for start, end in ranges]
            if found and all(found):
                for col, value, message in found[0]:
                    self.problems.warn(
                        message, self.table.sheet, row.excel_row, col, values.display(value)
                    )

    def _total_problems(self, row, start: int, end: int | None) -> list[tuple]:
        """(column letter, cell, message) for each figure of ``row`` that disagrees with
        data rows ``start``..``end``."""
        end = self.n if end is None else end
        rows = end - start
        if rows == 0:
            return []
        out = []
        stated = re.search(r"(\d+)", row.label or "")
        if not self._summed and stated and int(stated.group(1)) != rows:
            out.append(
                (
                    None,
                    row.label,
                    f"Dòng '{row.label}' ghi {stated.group(1)} nhưng có {rows} dòng số liệu "
                    "ở trên.",
                )
            )
        for (g, key), summed in self._summed.items():
            col = self.groups[g].columns[key]
            if col >= len(row.cells) or values.is_blank(row.cells[col]):
                continue
            try:
                stated_sum = values.parse_number(row.cells[col])
            except values.ValueProblem:
                if str(row.cells[col]).strip() not in _DASHES:
                    continue
                stated_sum = 0.0
            actual = sum(v for v in summed[start:end] if v)
            if abs(stated_sum - actual) > 1e-6:
                out.append(
                    (
                        column_letter(col),
                        row.cells[col],
                        f"Dòng '{row.label}' ghi {values.display(row.cells[col])} nhưng "
                        f"cộng các dòng số liệu nó tổng hợp được {values.display(actual)}.",
                    )
                )
        return out


class _Columns:
    """Python rows as columns, the short rows padded."""

    def __init__(self, rows: list[list[object]]):
        self.n = len(rows)
        widths = set(map(len, rows))
        width = max(widths, default=0)
        if len(widths) > 1:
            rows = [list(r) + [None] * (width - len(r)) for r in rows]
        # rows are padded above, so zip needs no strict= (which costs 40% here)
        self.columns = list(zip(*rows))  # noqa: B905

    def get(self, col: int) -> tuple:
        return self.columns[col] if col < len(self.columns) else (None,) * self.n


def _column(parts: list[_Columns | Block], col: int, n: int) -> tuple | list | pa.Array:
    """Column ``col`` of a chunk's parts: an Arrow array when the parts that are Arrow
    blocks and the Python rows among them agree on one cell type, else a Python list of
    the cells as python-calamine gives them."""
    if not parts:
        return (None,) * n
    if len(parts) == 1 and isinstance(parts[0], _Columns):
        return parts[0].get(col)
    arrays = [p.columns.get(col) for p in parts if isinstance(p, Block)]
    arrow_type = next((a.type for a in arrays if a is not None), pa.string())
    pieces: list[pa.Array] = []
    for part in parts:
        if isinstance(part, Block):
            column = part.columns.get(col)
            pieces.append(pa.nulls(part.n, arrow_type) if column is None else column)
            continue
        column = blocks.python_as_arrow(part.get(col), arrow_type)
        if column is None:  # the Python rows hold another cell type: all go as Python
            return [v for p in parts for v in _python_cells(p, col)]
        pieces.append(column)
    return pa.concat_arrays(pieces) if len(pieces) > 1 else pieces[0]


def _python_cells(part: _Columns | Block, col: int) -> list | tuple:
    if isinstance(part, _Columns):
        return part.get(col)
    column = part.columns.get(col)
    return [""] * part.n if column is None else calamine_values(column)


def _required_in_cell(spec: kinds.TableSpec, f: kinds.Field) -> bool:
    """Whether a blank cell in this field's column is an error: the field identifies a
    fact and nothing else can stand for it (a name; not a commune, which a code or a
    group row may give, nor a count, whose blank only means unknown)."""
    return f.identifying and len(spec.groups[f.group]) == 1


def _too_long(raws) -> int | None:
    """The index of the first cell longer than Excel allows (32,767 characters), if any.
    An Arrow column is measured in C; Python cells are measured once per distinct text."""
    if isinstance(raws, pa.Array):
        if not (pa.types.is_string(raws.type) or pa.types.is_large_string(raws.type)):
            return None
        lengths = pc.utf8_length(raws)
        longest = pc.max(lengths).as_py()
        if longest is None or longest <= EXCEL_CELL_CHARS:
            return None
        return pc.index(lengths, longest).as_py()
    try:  # a text column holds text and blanks: measured in C
        if max(map(len, filter(None, raws)), default=0) <= EXCEL_CELL_CHARS:
            return None
    except TypeError:  # a number or a date among the text: measure the text alone
        if not any(v.__class__ is str and len(v) > EXCEL_CELL_CHARS for v in raws):
            return None
    for i, value in enumerate(raws):
        if value.__class__ is str and len(value) > EXCEL_CELL_CHARS:
            return i
    return None


def _as_shown(raws, excel_rows: list[int], percent: set[int]) -> list:
    """A column's cells with the numbers Excel shows as percents (0,793 shown as 79,3%)
    turned into those percents (79.3)."""
    cells = calamine_values(raws) if isinstance(raws, pa.Array) else list(raws)
    for i, row in enumerate(excel_rows):
        value = cells[i]
        if row in percent and value.__class__ in (float, int):
            cells[i] = values.percent_of(value)
    return cells


def _typed_array(f: kinds.Field, raws, required: bool, dash: object) -> pa.Array | None:
    """The Arrow path for one column; None when the Python path must decide (mixed cell
    types, a value that does not parse, a required value missing). ``raws`` are Python
    cells, or an Arrow array from a block (one cell type by construction)."""
    arrow_input = isinstance(raws, pa.Array)
    try:
        if f.type == kinds.TEXT:  # Arrow refuses any cell that is not text (readers give
            # str, never bytes), and the Python path turns numbers and dates into text
            if arrow_input and not pa.types.is_string(raws.type):
                return None
            encoded = (raws if arrow_input else pa.array(raws, pa.string())).dictionary_encode()
            typed = clean_array(encoded.dictionary).take(encoded.indices)
            return None if required and typed.null_count else typed
        if arrow_input:
            encoded = raws.dictionary_encode()
        else:
            # Arrow would coerce a mixed column silently (a year 1990 among dates becomes
            # the 1990th day after 1970), so only columns of one Python type go this way.
            classes = set(map(type, raws))
            classes.discard(type(None))
            if frozenset(classes) not in _ONE_TYPE:
                return None
            encoded = pa.array(raws).dictionary_encode()
    except _NOT_ARROW:
        return None
    distinct = encoded.dictionary.to_pylist()
    if arrow_input and pa.types.is_timestamp(raws.type):
        distinct = [calamine_value(v) for v in distinct]
    parsed = [_convert(f, raw, dash) for raw in distinct]
    if any(v.__class__ is values.ValueProblem for v in parsed):
        return None
    if required and (encoded.indices.null_count or None in parsed):
        return None
    arrow_type = ARROW_TYPES.get(f.type)
    if arrow_type is None:  # YEAR_OR_DATE: one Arrow type only when all are years or all dates
        kinds_seen = {v.__class__ for v in parsed if v is not None}
        arrow_type = (
            pa.date32() if kinds_seen <= {dt.date} else pa.int32() if kinds_seen <= {int} else None
        )
        if arrow_type is None:
            return None
    try:
        return pa.array(parsed, arrow_type).take(encoded.indices)
    except _NOT_ARROW:
        return None


def _convert(f: kinds.Field, raw: object, dash: object) -> object:
    """Typed value, None for blank, or a ValueProblem instance (returned, not raised)."""
    if isinstance(raw, str):
        stripped = raw.strip()
        if not stripped:
            return None
        if stripped in _DASHES:
            return dash
    elif raw is None:
        return None
    try:
        return values.parse(f, raw)
    except values.ValueProblem as problem:
        return problem
