"""Tables to Excel: Vietnamese headers, real numbers and dates, and no formula injection."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.export import to_xlsx
from etl import error_workbook
from etl.problems import Problem

HOSTILE = ['=HYPERLINK("http://x","bấm")', "+1+1", "-2+3", "@SUM(A1)", "\\t=1", "=1+1"]


def sheet_xml(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        return z.read("xl/worksheets/sheet1.xml").decode()


def test_headers_numbers_dates_and_text_survive():
    frame = pd.DataFrame(
        {
            "full_name": ["Nguyễn Thị Hòa", None],
            "officers": [1234.5, 7.0],
            "deadline": [dt.date(2025, 12, 31), None],
            "pct": [pd.NA, 79.3],
        }
    )
    content = to_xlsx(
        frame,
        {"full_name": "Họ và tên", "officers": "Số cán bộ", "deadline": "Thời hạn"},
        title="Bảng thử",
    )
    ws = load_workbook(io.BytesIO(content)).active
    assert ws["A1"].value == "Bảng thử"
    assert [c.value for c in ws[3]] == ["Họ và tên", "Số cán bộ", "Thời hạn"]  # pct left out
    assert ws["A4"].value == "Nguyễn Thị Hòa" and ws["B4"].value == 1234.5
    assert ws["B4"].number_format == "#,##0.0" and ws["B5"].number_format == "#,##0"
    assert ws["C4"].value.date() == dt.date(2025, 12, 31)
    assert ws["C4"].number_format == "dd/mm/yyyy"
    assert ws["A5"].value is None and ws["C5"].value is None


@pytest.mark.parametrize("text", HOSTILE)
def test_text_that_looks_like_a_formula_stays_text(text):
    content = to_xlsx(pd.DataFrame({"note": [text]}))
    assert "<f>" not in sheet_xml(content)  # no formula anywhere in the sheet
    cell = load_workbook(io.BytesIO(content)).active["A2"]
    assert cell.value == text and cell.data_type == "s"
    if text[0] in "=+-@":
        assert cell.quotePrefix  # Excel shows it as typed, and never evaluates it


def test_error_workbook_keeps_hostile_values_as_text(officers_file):
    from tests.conftest import officer

    path = officers_file([officer(note="=1+1")])
    problem = Problem("Danh sách cán bộ", 6, "B", '=HYPERLINK("http://x")', "Thử.")
    name, content = error_workbook.build(path.read_bytes(), path.name, [problem], [])
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert name.endswith("_loi.xlsx") and not any("<f>" in x for x in sheets)
    summary = load_workbook(io.BytesIO(content))["Lỗi cần sửa"]
    assert summary["E2"].value == problem.value and summary["E2"].data_type == "s"
