"""The shape of a real report sheet around its table.

Districts send sheets with a title block (UBND TỈNH ... / SỞ NỘI VỤ, "Biểu số ...", a bold
title, "(Tính đến ngày 31/12/...)"), a header over several merged rows, a row of column
numbers, data rows grouped under "I.", "1.", "a." or "HUYỆN ..." rows, "Cộng" and
"Tổng cộng" rows, and a signature block. This module tells those rows apart and reads
what the title block and group rows say about the units and the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from etl import values
from etl.layout import headers
from etl.read import Sheet
from etl.read.blocks import Block
from etl.spec import kinds
from etl.text import clean, convert_legacy, detect_legacy, fold_words

HEAD_ROWS = headers.SEARCH_ROWS + headers.MAX_HEADER_ROWS + 2

_AS_OF = re.compile(
    r"(?:t[ií]nh\s+đ[ếe]n(?:\s+ng[àa]y)?|t[ạa]i\s+th[ờo]i\s+đi[ểe]m|đ[ếe]n\s+ng[àa]y)\s*:?\s*",
    re.IGNORECASE,
)
_UNIT_LINE = re.compile(
    r"^(?:uy ban nhan dan|ubnd|hdnd|so noi vu|huyen doan|phong noi vu|don vi bao cao)?\s*"
    r"(tinh|thanh pho|huyen|thi xa|quan)\s+(?!den |toi |tu |theo )([a-z][a-z0-9 ]*)$"
)
_GROUP = re.compile(
    r"^(?:[ivxlc]+|\d{1,2}|[a-z])?\s*(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran|tp|tt)\s+(.+)$"
)
_TOTAL = re.compile(r"^(tong cong|cong toan tinh|toan tinh|cong|tong so|tong)\b")
_SIGNATURE = re.compile(
    r"^(nguoi lap( bieu)?|thu truong( don vi| co quan)?|tm |kt |chu tich|pho chu tich|"
    r"giam doc|pho giam doc|truong phong|ky ten|ky ghi ro|noi nhan|xac nhan)\b"
    r"|\bngay \d{1,2} thang \d{1,2} nam \d{4}\b"
)
_LEVEL_WORDS = {
    "tinh": "province",
    "thanh pho": "city",
    "huyen": "district",
    "thi xa": "district",
    "quan": "district",
    "tp": "city",
    "xa": "commune",
    "phuong": "commune",
    "thi tran": "commune",
    "tt": "commune",
}


@dataclass
class Context:
    """Units a sheet speaks for without naming them on each row."""

    province: str | None = None
    district: str | None = None
    commune: str | None = None

    def with_unit(self, level: str, name: str) -> Context:
        if level == "province":
            return Context(name)
        if level == "district":
            return Context(self.province, name)
        if level == "city":  # a city is a province (Hà Nội) or a district-level unit
            return Context(self.province, name) if self.province else Context(name)
        return Context(self.province, self.district, name)


class Row(NamedTuple):
    """One row below the header. Data rows come as plain 5-tuples of the same shape
    (creating a NamedTuple costs more than reading the row), so read by position or
    unpack: ``kind, excel_row, cells, context, label = row``."""

    kind: str  # data | total | group | note
    excel_row: int
    cells: list[object]
    context: Context
    label: str = ""


@dataclass
class Table:
    """One sheet matched to a SheetSpec, with its rows still to be read."""

    sheet: str
    spec: kinds.SheetSpec
    header: headers.HeaderBlock
    context: Context
    as_of_date: dt.date | None
    rows: Iterator[Row] = field(default_factory=lambda: iter(()))

    @property
    def columns(self) -> dict[str, int]:
        return self.header.columns

    @property
    def header_row(self) -> int:
        return self.header.last_row + 1  # as Excel numbers it


class SheetHead:
    """A sheet's first rows, decoded and merge-filled, for header search."""

    def __init__(self, sheet: Sheet):
        self.sheet = sheet
        raw = list(islice(sheet.rows, HEAD_ROWS))
        self.encoding = sheet.encoding or detect_legacy(
            [v for row in raw for v in row if isinstance(v, str)]
        )
        self.raw = [self._decode(r) for r in raw]
        self.filled = _fill(self.raw, sheet.merged, across=True)

    def _decode(self, row: list[object]) -> list[object]:
        if not self.encoding:
            return row
        return [convert_legacy(v, self.encoding) if isinstance(v, str) else v for v in row]

    def table(self, spec: kinds.SheetSpec, header: headers.HeaderBlock) -> Table:
        above = self.filled[: header.first_row]
        context = title_context(above)
        sheet_name = clean(self.sheet.name) or ""
        if sheet_name and not re.fullmatch(r"(sheet|trang|bieu|biểu)\s*\d*", sheet_name.lower()):
            context = Context(context.province, context.district or f"?{sheet_name}")
        table = Table(self.sheet.name, spec, header, context, find_as_of(above))
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
        state = _ScanState(
            Context(
                table.context.province,
                None if (table.context.district or "").startswith("?") else table.context.district,
            )
        )
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
            if fast and state.data_seen and set(map(type, map(itemgetter(stt), batch))) == {float}:
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

    def __init__(self, context: Context):
        self.context = context
        self.data_seen = False
        self.stopped = False
        # An STT cell written as text ("I.", "1", "a.") on a data or group row: the STT
        # column then mixes text and numbers, and an Arrow read would be refused.
        self.text_in_stt = False

    def row(self, index: int, cells: list[object], stt: int | None) -> Iterator[tuple]:
        if self.data_seen and stt is not None and cells[stt].__class__ is float:
            yield ("data", index + 1, cells, self.context, "")
            return
        if not any(cells) and all(v in (None, "") for v in cells):
            return
        if not self.data_seen and headers.is_numbering_row(cells):
            return
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
            level, name = label
            self.context = self.context.with_unit(level, name)
            yield ("group", index + 1, cells, self.context, name)
            return
        self.data_seen = True
        yield (kind, index + 1, cells, self.context, label if isinstance(label, str) else "")


def _fill(rows: list[list[object]], merged, across: bool) -> list[list[object]]:
    """Copy each merged range's top-left value into all its cells."""
    out = [list(r) for r in rows]
    for r0, c0, r1, c1 in merged:
        if r0 >= len(out):
            continue
        value = out[r0][c0] if c0 < len(out[r0]) else None
        if value in (None, ""):
            continue
        for r in range(r0, min(r1, len(out) - 1) + 1):
            if not across and r == r0:
                continue
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
    """'data', 'total' (with its label), 'group' (with (level, name)), 'note',
    'example' (a template's sample row) or 'signature'. A row numbered in the STT column is data without further ado."""
    stt = cells[stt_col] if stt_col is not None and stt_col < len(cells) else None
    if stt.__class__ is float or stt.__class__ is int:
        return "data", None
    if isinstance(stt, str) and stt.strip().isdigit():
        return "data", None
    if isinstance(stt, str) and fold_words(stt) in EXAMPLE_MARKS:
        return "example", clean(stt)
    filled = [v for v in cells if v not in (None, "")]
    texts = [v for v in filled if isinstance(v, str)]
    for text in texts[:3]:
        if _SIGNATURE.search(fold_words(text)):
            return "signature", None
    if texts and _TOTAL.match(fold_words(texts[0])):
        return "total", clean(texts[0])
    if len(filled) <= 2:
        label = fold_words(texts[-1]) if texts else ""
        if m := _GROUP.match(label):
            return "group", (_LEVEL_WORDS[m.group(1)], m.group(2))
        if len(filled) <= 1 or stt not in (None, ""):
            return "note", clean(texts[-1]) if texts else ""
    return "data", None


def title_context(rows: list[list[object]]) -> Context:
    """Units named in the title block: 'UBND TỈNH THANH HÓA', 'UBND HUYỆN MƯỜNG LÁT'..."""
    context = Context()
    for row in rows:
        for value in row:
            if not isinstance(value, str):
                continue
            for line in value.splitlines():
                words = fold_words(line)
                if m := _UNIT_LINE.search(words):
                    level = _LEVEL_WORDS[m.group(1)]
                    if level == "commune":
                        continue
                    if level == "province" and context.province:
                        continue
                    context = context.with_unit(level, m.group(2))
    return context


def find_as_of(rows: list[list[object]]) -> dt.date | None:
    """The date in '(Tính đến ngày 31/12/2016)', or in the cell after such a label."""
    for row in rows:
        for c, cell in enumerate(row):
            text = clean(cell) if isinstance(cell, str) else None
            if not text or not _AS_OF.search(text):
                continue
            rest = _AS_OF.split(text, maxsplit=1)[1].strip(" :)(")
            candidates: list[object] = [rest] if rest else []
            candidates += [v for v in row[c + 1 :] if not values.is_blank(v)][:1]
            for candidate in candidates:
                try:
                    return values.parse_date(
                        candidate.strip(" :)(.") if isinstance(candidate, str) else candidate
                    )
                except values.ValueProblem:
                    continue
    return None


def is_grand_total(label: str | None) -> bool:
    """'Tổng cộng', 'Cộng toàn tỉnh' sum the whole sheet; a plain 'Cộng' sums its group."""
    words = fold_words(label or "")
    return words.startswith(("tong cong", "toan tinh", "tong so")) or "toan tinh" in words
