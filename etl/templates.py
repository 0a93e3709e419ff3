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

from etl.spec import kinds

HEADER_ROW = 5
EXAMPLE_MARK = "Ví dụ"  # STT of the sample row; the loader skips such a row (with a warning)
LISTS_SHEET = "Danh mục"

_D = dt.date
# One filled row per sheet, from the seed plans, so a template shows how to write each
# column. Its STT says "Ví dụ": the loader recognises it and never loads it.
EXAMPLES: dict[tuple[str, str], dict[str, object]] = {
    ("officers", "officers"): dict(
        full_name="Lò Văn Bình",
        birth=_D(1987, 5, 14),
        gender="Nam",
        ethnicity="Thái",
        party_member="x",
        education="Đại học",
        major="Luật",
        political_theory="Trung cấp",
        position="Phó Chủ tịch UBND xã",
        program="Dự án 600 Phó Chủ tịch xã",
        province="Thanh Hóa",
        district="Mường Lát",
        commune="Tam Chung",
        start_date=_D(2012, 3, 1),
        status="Đang công tác",
    ),
    ("communes", "ntm"): dict(
        province="Thanh Hóa",
        district="Mường Lát",
        commune="Tam Chung",
        year=2024,
        criteria_set="2021-2025",
        **{f"tc{i}": "x" for i in range(1, 15)},
        criteria_met=14,
    ),
    ("communes", "indicators"): dict(
        province="Phú Yên",
        district="Đồng Xuân",
        commune="Xuân Sơn Bắc",
        year=2015,
        cultural_families="85,3%",
        cultural_villages="80%",
        cultural_commune="x",
        poor_households="12,1%",
        solid_office="x",
    ),
    ("training", "targets"): dict(
        province="Phú Yên",
        category="lý luận chính trị",
        level="trung cấp",
        period_start=2011,
        period_end=2015,
        target=507,
    ),
    ("training", "results"): dict(
        province="Phú Yên",
        district="Tuy An",
        category="lý luận chính trị",
        level="trung cấp",
        year=2012,
        achieved=12,
    ),
    ("goals", "goals"): dict(
        goal_id="PY-LLCT",
        name="907 cán bộ, công chức cấp xã được đào tạo lý luận chính trị",
        measure="training_achieved:lý luận chính trị",
        province="Phú Yên",
        target_value=907,
        unit="người",
        deadline=_D(2015, 12, 31),
        source_document="Kế hoạch thực hiện CTr 04-CTr/TU ngày 24/6/2011",
    ),
    ("goals", "duties"): dict(
        duty_id="PY-BC-2015-1",
        province="Phú Yên",
        district="Tuy An",
        report_kind="training",
        report_name="Báo cáo tình hình xây dựng hệ thống chính trị cơ sở",
        period_label="năm 2015",
        due_date=_D(2015, 12, 5),
        recipient="Sở Nội vụ",
        source_document="Kế hoạch thực hiện CTr 04-CTr/TU ngày 24/6/2011",
    ),
}
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
    lists = _unit_lists(wb) if data is None else None
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
        _validations(ws, sheet, lists)
        if data is None:  # the blank template: one sample row to copy the style of
            rows = [{"stt": EXAMPLE_MARK, **EXAMPLES.get((kind, sheet.key), {})}]
        for r, row in enumerate(rows or [], start=HEADER_ROW + 1):
            for c, f in enumerate(sheet.fields, start=1):
                value = row.get(f.key)
                if value is None:
                    continue
                cell = ws.cell(r, c, value)
                if isinstance(value, str):
                    cell.data_type = "s"  # "=..." is a name or a note here, never a formula
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


def _unit_lists(wb: Workbook) -> dict[str, str]:
    """A hidden sheet with the province and district names, for the drop-downs; returns
    field key -> range. Communes (over 13,000) are left to typing: a list that long
    helps nobody."""
    from etl.units.reference import unit_records

    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    ranges = {}
    for c, (key, level, title) in enumerate(
        (("province", "province", "Tỉnh"), ("district", "district", "Huyện (trước 1/7/2025)")),
        start=1,
    ):
        names = sorted({r[3] for r in unit_records() if r[1] == level})
        ws.cell(1, c, title)
        for r, name in enumerate(names, start=2):
            ws.cell(r, c, name)
        letter = get_column_letter(c)
        ranges[key] = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(names) + 1}"
    return ranges


def _validations(ws, sheet: kinds.SheetSpec, lists: dict[str, str] | None = None) -> None:
    last = HEADER_ROW + 5000
    for c, f in enumerate(sheet.fields, start=1):
        letter = get_column_letter(c)
        if lists and f.key in lists:
            # a suggestion, not a rule: "Xã Tam Chung" and "Tam Chung" are both fine
            dv = DataValidation(type="list", formula1=lists[f.key], allow_blank=True)
            dv.errorStyle = "information"
            dv.error = f"Tên '{f.header}' không có trong danh mục; kiểm tra lại chính tả."
        elif f.choices:
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
            ws.cell(r, 2, "có" if f.identifying else "")
            ws.cell(r, 3, f.help + (" Giá trị: " + ", ".join(f.choices) if f.choices else ""))
            r += 1
        r += 1
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 90
