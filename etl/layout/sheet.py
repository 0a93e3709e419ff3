"""The shape of a real report sheet around its table.

Districts send sheets with a title block (UBND TỈNH ... / SỞ NỘI VỤ, "Biểu số ...", a bold
title, "(Tính đến ngày 31/12/...)"), a header over several merged rows, a row of column
numbers, data rows grouped under "I.", "1.", "a." or "HUYỆN ..." rows, "Cộng" and
"Tổng cộng" rows, notes, a header repeated after a page break, and a signature block.
This module tells those rows apart; :mod:`etl.layout.context` reads what the title block
says, :mod:`etl.layout.headers` what the header says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from etl.layout import headers
from etl.layout.context import LEVEL_WORDS, Context, SheetContext, read_context
from etl.read import Sheet
from etl.read.blocks import Block
from etl.spec import kinds
from etl.text import clean, convert_legacy, detect_legacy, fold_words

HEAD_ROWS = headers.SEARCH_ROWS + headers.MAX_HEADER_ROWS + 2

_GROUP = re.compile(
    r"^(?:[ivxlc]+|\d{1,2}|[a-z])?\s*(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran|tp|tx|tt)"
    r"\s+(.+)$"
)
_GROUP_MARK = re.compile(r"^\(?(?:[ivxlc]+|[a-z]|\d{1,2})[.)]?$", re.IGNORECASE)
TOTAL_LABEL = re.compile(
    r"^(?:tong cong|cong toan tinh|toan tinh|toan huyen|toan thi xa|toan thanh pho|tong so|"
    r"cong|tong)"
    r"(?:$| \d.*| (?:toan tinh|toan huyen|chung|cac|huyen|xa|thi xa|thanh pho|nhom|khu vuc|[ivx]+)\b.*)"
)
_NOTE = re.compile(r"^(?:ghi chu|chu thich|luu y|nguon)\b")
_SIGNATURE = re.compile(
    r"^(nguoi lap( bieu)?|thu truong( don vi| co quan)?|tm |kt |chu tich|pho chu tich|"
    r"giam doc|pho giam doc|truong phong|ky ten|ky ghi ro|noi nhan|xac nhan)\b"
    r"|\bngay \d{1,2} thang \d{1,2} nam \d{4}\b"
)


class Row(NamedTuple):
    """One row below the header. Data rows come as plain 5-tuples of the same shape
    (creating a NamedTuple costs more than reading the row), so read by position or
    unpack: ``kind, excel_row, cells, context, label = row``."""

    kind: str  # data | total | group | note | example | skip
    excel_row: int
    cells: list[object]
    context: Context
    label: str = ""


@dataclass
class Group:
    """One set of facts a row holds: its fields' columns and the values the header and
    the title give all of them (a cross-tab's year, the title's post)."""

    columns: dict[str, int]
    constants: dict[str, object]


@dataclass
class Table:
    """One sheet matched to a TableSpec, with its rows still to be read."""

    sheet: str
    spec: kinds.TableSpec
    header: headers.HeaderBlock
    context: SheetContext
    rows: Iterator[Row] = field(default_factory=lambda: iter(()))
    percent: dict[int, set[int]] = field(default_factory=dict)  # column -> rows shown as %

    @property
    def columns(self) -> dict[str, int]:
        return self.header.columns

    @property
    def fields(self) -> dict[str, kinds.Field]:
        return self.header.fields

    @property
    def header_row(self) -> int:
        return self.header.last_row + 1  # as Excel numbers it

    @property
    def as_of_date(self):
        return self.context.as_of

    def groups(self) -> list[Group]:
        """A list's one set of facts per row, or a cross-tab's several."""
        out = []
        values = self.context.values
        for dims, columns in self.header.groups():
            if headers.MEASURE in columns:  # a count under a category and level only:
                # a target when the title gives a period and no year, else a result
                timed = "period_start" in values and self.context.year_from in (None, "as_of")
                columns = dict(columns)
                columns["target" if timed else "achieved"] = columns.pop(headers.MEASURE)
            constants = dict(dims)
            for key, value in values.items():
                if key in self.spec.by_key and key not in columns and key not in constants:
                    constants[key] = value
            if "target" in columns and self.context.year_from == "as_of":
                constants.pop("year", None)  # a target's time is its period, not the as-of
            out.append(Group(columns, constants))
        return out

    def given(self) -> set[str]:
        """The fields this table gives, by a column, the header or the file."""
        found = set(self.columns)
        for group in self.groups():
            found |= set(group.columns) | set(group.constants)
        if {"birth_male", "birth_female"} & found:
            found |= {"birth", "gender"}
        units = self.context.units
        if units.commune or self.context.sheet_unit:
            found.add("commune")
        if units.district or units.province:
            found |= {"district", "province"}
        return found


class SheetHead:
    """A sheet's first rows, decoded and merge-filled, for header search."""

    def __init__(self, sheet: Sheet):
        self.sheet = sheet
        raw = list(islice(sheet.rows, HEAD_ROWS))
        self.encoding = sheet.encoding or detect_legacy(
            [v for row in raw for v in row if isinstance(v, str)]
        )
        self.raw = [self._decode(r) for r in raw]
        self.filled = _fill(self.raw, sheet.merged)

    @property
    def name(self) -> str:
        return self.sheet.name

    def _decode(self, row: list[object]) -> list[object]:
        if not self.encoding:
            return row
        return [convert_legacy(v, self.encoding) if isinstance(v, str) else v for v in row]

    def find_header(
        self, spec: kinds.TableSpec, choices: headers.Choices | None = None
    ) -> tuple[headers.HeaderBlock | None, headers.HeaderBlock | None]:
        return headers.find_header(self.filled, self.raw, self.sheet.merged, spec, choices)

    def context(self, header: headers.HeaderBlock) -> SheetContext:
        return read_context(self.filled[: header.first_row], self.sheet.name)

    def table(self, spec: kinds.TableSpec, header: headers.HeaderBlock) -> Table:
        table = Table(self.sheet.name, spec, header, self.context(header))
        table.percent = self.sheet.percent
        table.rows = self._rows(table)
        return table

    def _rows(self, table: Table) -> Iterator[Row]:
        try:
            yield from self._scan(table)
        finally:
            self.sheet.rows = iter(())  # drop the reader's copy of the sheet as soon as read

    def _scan(self, table: Table) -> Iterator[Row]:
        """Rows below the header, classified. Runs of plainly numbered data rows come as
        one item: ("batch", first Excel row, [cells...], context, "") when read as Python
        rows, ("block", first Excel row, Block, context, "") when read as Arrow columns.
        A big flat roster then costs a few C-level operations per run of rows instead of
        a Python step per row."""
        start = table.header.last_row + 1
        stt = table.columns.get("stt")
        merged_down = [m for m in self.sheet.merged if m[2] > m[0] and m[2] >= start]
        block = self.filled[table.header.first_row : table.header.last_row + 1]
        state = _ScanState(table.context.units, {_cell_key(v) for r in block for v in r} - {""})
        top: dict[tuple[int, int], object] = {}
        index = start

        def one_by_one(rows: list[list[object]]) -> Iterator[tuple]:
            nonlocal index
            for cells in rows:
                if merged_down:
                    cells = _fill_down(index, cells, merged_down, top)
                yield from state.row(index, cells, stt)
                if state.stopped:
                    return
                index += 1

        yield from one_by_one(self.filled[start:])  # the head's rows: always one by one
        if state.stopped:
            return
        rest = self.sheet.rest
        if (
            rest is not None
            and stt is not None
            and state.data_seen
            and not state.text_in_stt  # the rows below will mix types too: save a read
            and not self.encoding  # legacy text is converted cell by cell
            and not merged_down  # a merge reaching below the head is filled row by row
            and index == rest.first_row
            and (block := rest.block()) is not None
            and block.columns.get(stt, pa.nulls(0)).type == pa.float64()
        ):
            yield from _scan_block(block, state, stt)
            return
        rows = rest.rows() if rest is not None else self.sheet.rows
        fast = stt is not None and not merged_down
        while batch := list(islice(rows, 4096)):
            if self.encoding:
                batch = [self._decode(r) for r in batch]
            if (
                fast
                and state.data_seen
                # a text file's rows are as long as their lines: a blank or short line
                # has no STT cell (a workbook's rows all reach its last column)
                and min(map(len, batch)) > stt
                and set(map(type, map(itemgetter(stt), batch))) == {float}
            ):
                yield ("batch", index + 1, batch, state.context, "")
                index += len(batch)
                continue
            yield from one_by_one(batch)
            if state.stopped:
                return


def _scan_block(block: Block, state: _ScanState, stt: int) -> Iterator[tuple]:
    """The rows of an Arrow block: each run of rows numbered in the STT column is one
    ("block", ...) item; every other row (blank, a group, a total, a signature) is
    turned into Python cells and classified like the rows above it."""
    others = pc.indices_nonzero(block.columns[stt].is_null()).to_pylist()
    done = 0
    for i in [*others, block.n]:
        if i > done:
            run = block.slice(done, i - done)
            yield ("block", run.first_row + 1, run, state.context, "")
        if i == block.n:
            return
        yield from state.row(block.first_row + i, block.cells(i), stt)
        if state.stopped:
            return
        done = i + 1


class _ScanState:
    """Where a sheet scan is: the group context so far, and whether data has begun."""

    def __init__(self, context: Context, header: set[str]):
        self.context = context
        self.header = header  # the header's cells, to know it when a page break repeats it
        self.data_seen = False
        self.stopped = False
        self.after_header = True  # right under a header: a row of column numbers may come
        # An STT cell written as text ("I.", "1", "a.") on a data or group row: the STT
        # column then mixes text and numbers, and an Arrow read would be refused.
        self.text_in_stt = False

    def row(self, index: int, cells: list[object], stt: int | None) -> Iterator[tuple]:
        if self.after_header and headers.is_numbering_row(cells):
            return  # a row of column numbers under a header
        if (
            self.data_seen
            and stt is not None
            and stt < len(cells)  # a blank or short line of a text file ends early
            and cells[stt].__class__ is float
        ):
            self.after_header = False
            yield ("data", index + 1, cells, self.context, "")
            return
        if not any(cells) and all(v in (None, "") for v in cells):
            return
        if self.header and _repeats_header(cells, self.header):
            self.after_header = True  # the header again, after a page break
            return
        self.after_header = False
        kind, label = classify(cells, stt)
        if (
            kind in ("data", "group")
            and stt is not None
            and stt < len(cells)
            and cells[stt].__class__ is str
            and cells[stt].strip()
        ):
            self.text_in_stt = True
        if kind == "signature":
            self.stopped = self.data_seen
            return
        if kind == "group":
            if label is not None:
                level, name = label
                self.context = self.context.with_unit(level, name)
            yield ("group", index + 1, cells, self.context, label[1] if label else "")
            return
        if kind == "data":
            self.data_seen = True
        yield (kind, index + 1, cells, self.context, label if isinstance(label, str) else "")


def _cell_key(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return fold_words(value)


def _repeats_header(row: list[object], header: set[str]) -> bool:
    """A row made of the header's own labels (after a page break): at least two of them,
    and nothing else."""
    keys = {_cell_key(v) for v in row} - {""}
    return len(keys) >= 2 and keys <= header and any(isinstance(v, str) for v in row)


def _fill(rows: list[list[object]], merged) -> list[list[object]]:
    """Copy each merged range's top-left value into all its cells."""
    out = [list(r) for r in rows]
    for r0, c0, r1, c1 in merged:
        if r0 >= len(out):
            continue
        value = out[r0][c0] if c0 < len(out[r0]) else None
        if value in (None, ""):
            continue
        for r in range(r0, min(r1, len(out) - 1) + 1):
            row = out[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if row[c] in (None, ""):
                    row[c] = value
    return out


def _fill_down(index, cells, merged_down, top) -> list[object]:
    """Data rows: a cell merged down over several rows (a district name, say) counts for
    each of them."""
    cells = list(cells)
    for r0, c0, r1, c1 in merged_down:
        if index == r0 and c0 < len(cells):
            top[(r0, c0)] = cells[c0]
        elif r0 < index <= r1 and (r0, c0) in top:
            if len(cells) <= c1:
                cells.extend([""] * (c1 + 1 - len(cells)))
            for c in range(c0, c1 + 1):
                if cells[c] in (None, ""):
                    cells[c] = top[(r0, c0)]
    return cells


# What the templates (and many hand-made forms) write in the STT column of a sample row.
EXAMPLE_MARKS = {"vi du", "vd", "dong vi du", "mau"}


def classify(cells: list[object], stt_col: int | None) -> tuple[str, object]:
    """'data', 'total' (with its label), 'group' (with (level, name), or None when the
    group names no unit: "a) Các xã khu vực III"), 'note', 'example' (a template's
    sample row) or 'signature'. A row numbered in the STT column is data without further
    ado."""
    stt = cells[stt_col] if stt_col is not None and stt_col < len(cells) else None
    if stt.__class__ is float or stt.__class__ is int:
        return "data", None
    if isinstance(stt, str) and stt.strip().isdigit():
        return "data", None
    if isinstance(stt, str) and fold_words(stt) in EXAMPLE_MARKS:
        return "example", clean(stt)
    # a cell merged across the table (a note, a heading) reads as one cell
    filled = list(dict.fromkeys(v for v in cells if v not in (None, "")))
    texts = [v for v in filled if isinstance(v, str)]
    for text in texts[:3]:
        if _SIGNATURE.search(fold_words(text)):
            return "signature", None
    first = next(
        (fold_words(t) for t in texts if fold_words(t) and not _GROUP_MARK.match(t.strip())), ""
    )
    if first and TOTAL_LABEL.match(first):
        return "total", clean(next(t for t in texts if fold_words(t) == first))
    if (
        texts
        and (_NOTE.match(fold_words(texts[0])) or texts[0].lstrip().startswith("*"))
        and len(texts) == len(filled) <= 2
    ):
        return "skip", None  # "Ghi chú: ...", "* Số liệu chưa bao gồm ...": never data
    if len(filled) <= 2:
        label = fold_words(texts[-1]) if texts else ""
        if m := _GROUP.match(label):
            return "group", (LEVEL_WORDS[m.group(1)], m.group(2))
        marked = isinstance(stt, str) and _GROUP_MARK.match(stt.strip())
        if marked and texts and len(texts) == len(filled) and len(filled) == 2:
            return "group", None  # "a) | Các xã khu vực III": a heading without a unit
        if len(filled) <= 1 or stt not in (None, ""):
            return "note", clean(texts[-1]) if texts else ""
    return "data", None


def is_grand_total(label: str | None) -> bool:
    """'Tổng cộng', 'Cộng toàn tỉnh' sum the whole sheet; a plain 'Cộng' sums its group."""
    words = fold_words(label or "")
    return words.startswith(("tong cong", "toan tinh", "tong so", "toan huyen")) or (
        "toan tinh" in words or "toan huyen" in words
    )
