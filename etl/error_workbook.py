"""The analyst's copy of a refused file: bad cells highlighted, a comment on each.

For .xlsx/.xlsm the uploaded workbook itself is annotated (openpyxl keeps its layout,
merges and formats; macros are kept but never run). An .xls or CSV file is copied cell by
cell into a new .xlsx first, since openpyxl cannot write the old formats. A first sheet,
"Lỗi cần sửa", lists every problem with a link to its cell.
"""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

from etl import read
from etl.loader import Problem

ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")  # Excel's own "bad" red
WARNING_FILL = PatternFill("solid", fgColor="FFEB9C")  # and "neutral" yellow
SUMMARY = "Lỗi cần sửa"


_NOT_IN_TITLES = str.maketrans({c: "_" for c in "[]:*?/\\"})


def sheet_title(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\."""
    return (name.translate(_NOT_IN_TITLES)[:31]) or "Sheet1"


def _workbook(content: bytes, file_name: str):
    suffix = Path(file_name).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            return load_workbook(io.BytesIO(content), keep_vba=suffix == ".xlsm"), suffix
        except Exception:
            pass
    wb = Workbook()
    wb.remove(wb.active)
    try:
        sheets = read.read_sheets(content, file_name)
    except read.ReadError:
        return wb, ".xlsx"  # unreadable: the summary sheet alone says what is wrong
    for sheet in sheets:
        ws = wb.create_sheet(sheet_title(sheet.name))
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value not in (None, ""):
                    cell = ws.cell(r, c, value)
                    if isinstance(value, str):
                        cell.data_type = "s"  # "=HYPERLINK(...)" in a CSV stays text
    return wb, ".xlsx"


def _target(wb, sheet: str, ref: str):
    """The cell a note goes on: a merged range's top-left cell, the only one Excel shows
    (the others cannot hold a comment)."""
    ws = wb[sheet]
    for merged in ws.merged_cells.ranges:
        if ref in merged:
            return ws.cell(merged.min_row, merged.min_col)
    return ws[ref]


def build(
    content: bytes, file_name: str, errors: list[Problem], warnings: list[Problem]
) -> tuple[str, bytes]:
    """The annotated copy as (file name, bytes): for a download, or :func:`write`."""
    wb, suffix = _workbook(content, file_name)
    notes: dict[tuple[str, str], list[tuple[str, Problem]]] = defaultdict(list)
    titles = {name: name for name in wb.sheetnames}
    titles.update(
        {
            n: t
            for n in {p.sheet for p in (*errors, *warnings)}
            if (t := sheet_title(n)) in wb.sheetnames
        }
    )
    for level, problems in (("Lỗi", errors), ("Cảnh báo", warnings)):
        for p in problems:
            if p.sheet in titles and p.row:
                cell = _target(wb, titles[p.sheet], f"{p.column or 'A'}{p.row}")
                notes[(titles[p.sheet], cell.coordinate)].append((level, p))
    for (sheet, ref), items in notes.items():
        cell = wb[sheet][ref]
        cell.fill = ERROR_FILL if any(level == "Lỗi" for level, _ in items) else WARNING_FILL
        text = "\n".join(f"{level}: {p.message}" for level, p in items)
        cell.comment = Comment(text, "tiendo", width=320, height=120)

    ws = wb.create_sheet(SUMMARY, 0)
    ws.append(["Mức", "Trang", "Dòng", "Cột", "Giá trị", "Cần sửa"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    r = 1
    for level, problems in (("Lỗi", errors), ("Cảnh báo", warnings)):
        for p in problems:
            r += 1
            for c, value in enumerate([level, p.sheet, p.row, p.column, p.value, p.message], 1):
                cell = ws.cell(r, c, value)
                if isinstance(value, str):
                    cell.data_type = "s"  # a value such as "=SUM(...)" stays text
            if p.sheet in titles and p.row:
                ws.cell(r, 6).hyperlink = f"#'{titles[p.sheet]}'!{p.column or 'A'}{p.row}"
    for column, width in zip("ABCDEF", (9, 18, 7, 6, 22, 90), strict=True):
        ws.column_dimensions[column].width = width
    wb.active = 0
    out = io.BytesIO()
    wb.save(out)
    return f"{Path(file_name).stem}_loi{suffix}", out.getvalue()


def write(
    content: bytes,
    file_name: str,
    errors: list[Problem],
    warnings: list[Problem],
    out_dir: str | Path,
) -> Path:
    """Write ``<name>_loi.xlsx`` (or .xlsm) into ``out_dir`` and return its path."""
    name, data = build(content, file_name, errors, warnings)
    out = Path(out_dir) / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out
