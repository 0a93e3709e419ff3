"""Which cells a workbook shows as percents, so they are stored as Excel shows them.

A cell holding 0,793 with the number format ``0.0%`` shows 79,3%: the analyst typed
79,3% and expects 79.3 stored. calamine gives the value alone, so the formats are read
here: an .xlsx's styles (built-in formats 9 and 10 and any custom format with a ``%``
outside quotes) and the cells that use them, found by a plain-text scan of each sheet's
XML, only when a percent style is used at all; an .xls's formats through xlrd, the
reader that knows BIFF records. No library gives both formats and values quickly.
"""

from __future__ import annotations

import html
import io
import re
import zipfile

from etl.read import safety, xlsx_head

PercentCells = dict[str, dict[int, set[int]]]  # sheet name -> column (0-based) -> rows (1-based)

_BUILTIN_PERCENT = {9, 10}
_NUM_FMT = re.compile(rb'<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"')
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_NUM_FMT_ID = re.compile(rb'\bnumFmtId="(\d+)"')
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_STYLE = re.compile(rb'\bs="(\d+)"')


def is_percent_format(code: str) -> bool:
    """Whether a number format shows a percent: a ``%`` outside quotes and brackets."""
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code)
    return "%" in code


def percent_cells(content: bytes, kind: str) -> PercentCells:
    """The cells shown as percents, per sheet; empty when there are none or the
    container is not a workbook ('zip' is .xlsx/.xlsm, 'ole' is .xls)."""
    try:
        if kind == "zip":
            return _xlsx(content)
        if kind == "ole":
            return _xls(content)
    except Exception:
        return {}
    return {}


def _xlsx(content: bytes) -> PercentCells:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        try:
            styles = archive.read("xl/styles.xml")
        except KeyError:
            return {}
        percent_styles = _percent_styles(styles)
        if not percent_styles:
            return {}
        names = xlsx_head.sheet_paths(
            archive.read("xl/workbook.xml"), archive.read("xl/_rels/workbook.xml.rels")
        )
        markers = [b' s="%d"' % s for s in percent_styles]
        out: PercentCells = {}
        for path, name in names.items():
            try:
                xml = archive.read(path)
            except KeyError:
                continue
            if not any(m in xml for m in markers):
                continue  # the usual case: a plain-text search, no parsing
            cells = _cells_with_styles(xml, percent_styles)
            if cells:
                out[name] = cells
    return out


def _percent_styles(styles: bytes) -> set[int]:
    """Indexes of the cell formats (cellXfs) whose number format shows a percent."""
    percent_ids = set(_BUILTIN_PERCENT)
    for number, code in _NUM_FMT.findall(styles):
        if is_percent_format(html.unescape(code.decode("utf-8", "replace"))):
            percent_ids.add(int(number))
    found = _CELL_XFS.search(styles)
    if not found:
        return set()
    out = set()
    for index, attributes in enumerate(_XF.findall(found.group(1))):
        number = _NUM_FMT_ID.search(attributes)
        if number and int(number.group(1)) in percent_ids:
            out.add(index)
    return out


def _cells_with_styles(xml: bytes, styles: set[int]) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for attributes in _CELL.findall(xml):
        style = _STYLE.search(attributes)
        if not style or int(style.group(1)) not in styles:
            continue
        ref = _REF.search(attributes)
        if ref:
            out.setdefault(safety.column_number(ref.group(1)) - 1, set()).add(int(ref.group(2)))
    return out


def _xls(content: bytes) -> PercentCells:
    import xlrd  # only .xls needs it

    # xlrd writes its warnings about a damaged file to stdout unless told otherwise, and
    # stdout is the CLI's --json answer: keep them (found by fuzzing)
    book = xlrd.open_workbook(
        file_contents=content,
        formatting_info=True,
        on_demand=True,
        logfile=io.StringIO(),
    )
    percent_xfs = {
        i
        for i, xf in enumerate(book.xf_list)
        if (fmt := book.format_map.get(xf.format_key)) and is_percent_format(fmt.format_str)
    }
    out: PercentCells = {}
    if not percent_xfs:
        return out
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        cells: dict[int, set[int]] = {}
        for r in range(sheet.nrows):
            for c in range(sheet.ncols):
                if (
                    sheet.cell_type(r, c) == xlrd.XL_CELL_NUMBER
                    and sheet.cell_xf_index(r, c) in percent_xfs
                ):
                    cells.setdefault(c, set()).add(r + 1)
        if cells:
            out[sheet.name] = cells
        book.unload_sheet(index)
    return out
