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


def _workbook(content: bytes, file_name: str):
    suffix = Path(file_name).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            return load_workbook(io.BytesIO(content), keep_vba=suffix == ".xlsm"), suffix
        except Exception:
            pass
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in read.read_sheets(content, file_name):
        ws = wb.create_sheet(sheet.name[:31])
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value not in (None, ""):
                    ws.cell(r, c, value)
    return wb, ".xlsx"


def build(
    content: bytes, file_name: str, errors: list[Problem], warnings: list[Problem]
) -> tuple[str, bytes]:
    """The annotated copy as (file name, bytes): for a download, or :func:`write`."""
    wb, suffix = _workbook(content, file_name)
    notes: dict[tuple[str, str], list[tuple[str, Problem]]] = defaultdict(list)
    for level, problems in (("Lỗi", errors), ("Cảnh báo", warnings)):
        for p in problems:
            if p.sheet in wb.sheetnames and p.row:
                notes[(p.sheet, f"{p.column or 'A'}{p.row}")].append((level, p))
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
            if p.sheet in wb.sheetnames and p.row:
                ws.cell(r, 6).hyperlink = f"#'{p.sheet}'!{p.column or 'A'}{p.row}"
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
