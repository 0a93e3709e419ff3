"""The first rows of each sheet of an .xlsx file, without parsing the whole sheet.

A header search needs only a sheet's first few dozen rows and its merged ranges, but
every reader parses a whole sheet before it gives the first row: 0,8 s for a 100k-row
roster, more than the rest of the load. No library reads a sheet's head alone, so this
module makes a small copy of the workbook in which each worksheet's XML is cut after
its first rows (the merged ranges after the cell data are kept), and calamine reads that
copy as it reads any workbook: shared strings, styles and dates are still calamine's.

The copy is collected while :mod:`etl.safety` inflates the file's parts for its own
checks, so the XML is inflated once. Only plain text is touched: the cut is made before
the ``<row`` element that would be one too many, and everything from ``</sheetData>``
on is kept.
"""

from __future__ import annotations

import functools
import html
import io
import posixpath
import re
import zipfile
from collections import deque
from dataclasses import dataclass

_ROW = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")
_ROW_NUMBER = re.compile(rb'<(?:[\w.-]+:)?row\b[^>]*?\sr="(\d+)"')
_SHEET_DATA_END = re.compile(rb"</(?:[\w.-]+:)?sheetData>")
_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\b[^>]*/>")
_SHEET = re.compile(rb"<(?:[\w.-]+:)?sheet\b[^>]*>")
_ATTRIBUTE = re.compile(rb'([\w.:-]+)="([^"]*)"')
_RELATIONSHIP = re.compile(rb"<(?:[\w.-]+:)?Relationship\b[^>]*>")


@dataclass(frozen=True)
class SheetCut:
    """What the cut left out of one sheet."""

    cut: bool  # False: the sheet has no more rows than asked for, and the copy is whole
    height: int  # the last row's number (as Excel numbers it), for progress; 0 if unknown


class HeadCopy:
    """Collects, part by part as the file is inflated, a copy of the workbook whose
    worksheets stop after ``rows`` rows. Give :meth:`sink` to ``safety.inspect``."""

    def __init__(self, rows: int):
        self.rows = rows
        self.parts: dict[str, _Part] = {}

    def sink(self, name: str) -> _Part | None:
        if not name.endswith((".xml", ".rels")):
            return None  # pictures, printer settings, macros: calamine needs none of them
        is_sheet = name.startswith("xl/worksheets/") and "/_rels/" not in name
        part = _Sheet(self.rows) if is_sheet else _Part()
        self.parts[name] = part
        return part

    def workbook(self) -> tuple[bytes, dict[str, SheetCut]] | None:
        """The cut copy and, per sheet name, what was cut; None when this is not an .xlsx
        whose sheets were all found (calamine then reads the file itself)."""
        try:
            names = _sheet_names(self.parts["xl/workbook.xml"], self.parts[_RELS])
        except KeyError:
            return None
        if not names or not all(isinstance(self.parts.get(path), _Sheet) for path in names):
            return None
        if not all(p.whole for p in self.parts.values() if isinstance(p, _Sheet)):
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for name, part in self.parts.items():
                copy.writestr(name, part.value())
        cuts = {}
        for path, sheet_name in names.items():
            sheet = self.parts[path]
            assert isinstance(sheet, _Sheet)
            cuts[sheet_name] = SheetCut(sheet.cut, sheet.height)
        return out.getvalue(), cuts


_RELS = "xl/_rels/workbook.xml.rels"


class _Part:
    """A part kept whole."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def write(self, chunk: bytes) -> None:
        self.chunks.append(chunk)

    def value(self) -> bytes:
        return b"".join(self.chunks)


class _Sheet(_Part):
    """A worksheet part: its first rows and what follows its cell data.

    Only the last few inflated chunks are kept besides the head: what follows the cell
    data (merged ranges, print settings) is found in them once the part is whole.
    Searching every chunk for the end of the cell data would cost a scan of every byte.
    """

    KEPT_CHUNKS = 4  # of 1 MB: room for a sheet's merged ranges and settings

    def __init__(self, rows: int):
        super().__init__()
        self.rows = rows
        self.head = b""
        self.cut_at: int | None = None  # where the first row too many begins in head
        self.last: deque[bytes] = deque(maxlen=self.KEPT_CHUNKS)

    def write(self, chunk: bytes) -> None:
        self.last.append(chunk)
        if self.cut_at is None:
            self.head += chunk
            starts = _ROW.finditer(self.head)
            for _ in range(self.rows + 1):
                found = next(starts, None)
                if found is None:
                    break
            else:
                self.cut_at = found.start()

    @functools.cached_property
    def _end(self) -> tuple[bytes, int] | None:
        """The part's last kept bytes and where ``</sheetData>`` begins in them (asked
        once the part is whole)."""
        window = b"".join(self.last)
        end = window.rfind(b"sheetData>")
        if end < 0:
            return None
        start = window.rfind(b"<", 0, end)
        return (window, start) if _SHEET_DATA_END.match(window, start) else None

    @property
    def cut(self) -> bool:
        return self.cut_at is not None

    @property
    def whole(self) -> bool:
        """Whether :meth:`value` is a well-formed sheet: a short one kept whole, or a
        cut one whose end was found in the kept chunks."""
        return not self.cut or self._end is not None

    @property
    def height(self) -> int:
        found = self._end
        if found is None:
            return 0
        window, end = found
        numbers = _ROW_NUMBER.findall(window, max(0, end - 8192), end)
        return int(numbers[-1]) if numbers else 0

    def value(self) -> bytes:
        if self.cut_at is None:
            return self.head  # every chunk of a short sheet is in its head
        found = self._end
        assert found is not None, "check .whole first"
        window, end = found
        head = _DIMENSION.sub(b"", self.head[: self.cut_at], count=1)  # calamine sizes by it
        return head + window[end:]


def _sheet_names(workbook: _Part, rels: _Part) -> dict[str, str]:
    return sheet_paths(workbook.value(), rels.value())


def sheet_paths(workbook: bytes, rels: bytes) -> dict[str, str]:
    """Worksheet part path -> sheet name, from the workbook and its relationships."""
    targets = {}
    for tag in _RELATIONSHIP.findall(rels):
        attrs = dict(_ATTRIBUTE.findall(tag))
        if attrs.get(b"Type", b"").endswith(b"/worksheet") and b"Id" in attrs:
            # a damaged part may hold bytes that are not UTF-8: a name that cannot match
            # is better than a crash (the sheet is then read whole, by calamine)
            targets[attrs[b"Id"]] = html.unescape(
                attrs.get(b"Target", b"").decode(errors="replace")
            )
    names = {}
    for tag in _SHEET.findall(workbook):
        attrs = {k.split(b":")[-1]: v for k, v in _ATTRIBUTE.findall(tag)}
        target = targets.get(attrs.get(b"id", b""))
        if target and b"name" in attrs:
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            names[posixpath.normpath(path)] = html.unescape(attrs[b"name"].decode(errors="replace"))
    return names
