"""Blank templates: what an analyst downloads, fills in and sends back must load as is."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from etl import loader, templates
from etl.spec import kinds


def filled_template(kind: str, tmp_path) -> bytes:
    """The blank template, with each sheet's sample row copied below it as real data."""
    path = templates.write_workbook(kind, tmp_path / f"{kind}.xlsx")
    wb = load_workbook(path)
    for sheet in kinds.KINDS[kind].sheets:
        ws = wb[sheet.title[:31]]
        example = templates.HEADER_ROW + 1
        assert ws.cell(example, 1).value == templates.EXAMPLE_MARK
        for c in range(1, ws.max_column + 1):
            ws.cell(example + 1, c, ws.cell(example, c).value)
        ws.cell(example + 1, 1, 1)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", list(kinds.KINDS))
def test_template_filled_in_loads_without_errors(kind, wh, tmp_path):
    content = filled_template(kind, tmp_path)
    result = loader.load_bytes(content, f"{kind}.xlsx", wh)
    assert result.status == "loaded", [e.message for e in result.errors]
    assert result.kind == kind
    examples = [w for w in result.warnings if "Dòng ví dụ" in w.message]
    assert len(examples) == len(kinds.KINDS[kind].sheets)  # the sample rows: never loaded
    with wh.read() as con:
        stored = con.execute("SELECT rows_read FROM batches").fetchone()[0]
    assert stored == len(kinds.KINDS[kind].sheets)


@pytest.mark.parametrize("kind", list(kinds.KINDS))
def test_blank_template_loads_nothing(kind, wh, tmp_path):
    path = templates.write_workbook(kind, tmp_path / f"{kind}.xlsx")
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    assert any("không có dòng số liệu" in e.message for e in result.errors)


def test_template_has_drop_downs_instructions_and_a_sample(tmp_path):
    wb = load_workbook(templates.write_workbook("officers", tmp_path / "o.xlsx"))
    assert wb.sheetnames[-1] == "Hướng dẫn"
    assert wb[templates.LISTS_SHEET].sheet_state == "hidden"
    provinces = [c.value for c in wb[templates.LISTS_SHEET]["A"][1:]]
    assert "Tỉnh Thanh Hóa" in provinces and len(provinces) >= 63 + 30
    ws = wb["Danh sách cán bộ"] if "Danh sách cán bộ" in wb.sheetnames else wb.worksheets[0]
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert any(templates.LISTS_SHEET in f for f in formulas)  # units
    assert '"Nam,Nữ"' in formulas  # a choice column
    assert ws.cell(templates.HEADER_ROW + 1, 1).value == templates.EXAMPLE_MARK
    assert ws.cell(templates.HEADER_ROW + 1, 2).value  # the sample is filled in
