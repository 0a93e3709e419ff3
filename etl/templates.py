"""Blank workbook templates, one per kind, written with openpyxl.

The same writer makes the demo workbooks, so the demo goes through exactly the files an
analyst would fill in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from etl import kinds

HEADER_ROW = 5
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")


def write_workbook(
    kind: str,
    path: str | Path,
    data: Mapping[str, Iterable[Mapping[str, object]]] | None = None,
    *,
    reporting_unit: str = "",
    as_of: dt.date | None = None,
    title_suffix: str = "",
) -> Path:
    """Write a workbook of ``kind``; ``data`` maps a sheet key to rows (field key -> value).

    With no data this is the blank template. Sheets of the kind without data are left out
    when some data is given, as a district would send only what it has.
    """
    spec = kinds.KINDS[kind]
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in spec.sheets:
        rows = None if data is None else data.get(sheet.key)
        if data is not None and rows is None:
            continue
        ws = wb.create_sheet(sheet.title[:31])
        _title_block(ws, sheet, reporting_unit, as_of, title_suffix)
        for c, f in enumerate(sheet.fields, start=1):
            cell = ws.cell(HEADER_ROW, c, f.header)
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            cell.border = _BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            ws.column_dimensions[get_column_letter(c)].width = f.width
            if f.type == kinds.DATE:
                ws.column_dimensions[get_column_letter(c)].number_format = "dd/mm/yyyy"
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
        _validations(ws, sheet)
        for r, row in enumerate(rows or [], start=HEADER_ROW + 1):
            for c, f in enumerate(sheet.fields, start=1):
                value = row.get(f.key)
                if value is None:
                    continue
                cell = ws.cell(r, c, value)
                if isinstance(value, dt.date):
                    cell.number_format = "dd/mm/yyyy"
    _instructions(wb, spec)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _title_block(ws, sheet: kinds.SheetSpec, unit: str, as_of: dt.date | None, suffix: str):
    ws["A1"] = "Đơn vị báo cáo:"
    ws["C1"] = unit
    ws["A2"] = (sheet.title + (f" {suffix}" if suffix else "")).upper()
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Tính đến ngày:"
    if as_of:
        ws["C3"] = as_of
        ws["C3"].number_format = "dd/mm/yyyy"


def _validations(ws, sheet: kinds.SheetSpec) -> None:
    last = HEADER_ROW + 5000
    for c, f in enumerate(sheet.fields, start=1):
        letter = get_column_letter(c)
        if f.choices:
            formula = '"' + ",".join(f.choices) + '"'
            if len(formula) > 255:  # Excel's limit for an inline list
                continue
            dv = DataValidation(type="list", formula1=formula, allow_blank=True)
            dv.error = f"Chọn một giá trị trong danh sách cho cột '{f.header}'."
        elif f.type == kinds.MARK:
            dv = DataValidation(type="list", formula1='"x"', allow_blank=True)
            dv.error = "Đánh x nếu đạt, bỏ trống nếu không."
        else:
            continue
        dv.errorTitle = "Giá trị không hợp lệ"
        ws.add_data_validation(dv)
        dv.add(f"{letter}{HEADER_ROW + 1}:{letter}{last}")


def _instructions(wb: Workbook, spec: kinds.Kind) -> None:
    ws = wb.create_sheet("Hướng dẫn")
    ws["A1"] = f"HƯỚNG DẪN ĐIỀN BIỂU MẪU: {spec.label.upper()}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = spec.help
    ws["A3"] = (
        "Điền từ dòng ngay dưới dòng tiêu đề; không đổi tên cột. Ghi ngày theo dạng "
        "dd/mm/yyyy và số theo kiểu Việt Nam (1.234,5). Ghi 'Tính đến ngày' ở đầu trang."
    )
    r = 5
    for sheet in spec.sheets:
        ws.cell(r, 1, f"Trang '{sheet.title}'").font = Font(bold=True)
        r += 1
        for name, text in (("Cột", "Bắt buộc"),):
            ws.cell(r, 1, name).font = Font(bold=True)
            ws.cell(r, 2, text).font = Font(bold=True)
            ws.cell(r, 3, "Cách ghi").font = Font(bold=True)
        r += 1
        for f in sheet.fields:
            ws.cell(r, 1, f.header)
            ws.cell(r, 2, "có" if f.required else "")
            ws.cell(r, 3, f.help + (" Giá trị: " + ", ".join(f.choices) if f.choices else ""))
            r += 1
        r += 1
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 90
