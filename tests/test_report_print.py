"""The print layout of a report, without a browser: where sheet breaks go (never inside a
block, a heading with what follows it), how big text prints, and the heads and footers
laid over every sheet."""

from __future__ import annotations

import re

import pytest

from dashboard.report import document, printing
from dashboard.report.printing import Block, paginate

SHEET = 100.0


def stack(*heights: float, heading: tuple[int, ...] = (), charts: tuple[int, ...] = ()):
    """Blocks one under the other, 10 px apart."""
    out, top = [], 0.0
    for i, h in enumerate(heights):
        out.append(Block(top, top + h, charts=["c"] if i in charts else [], heading=i in heading))
        top += h + 10
    return out


def sheets(blocks: list[Block], plan: printing.Plan) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(max(plan.sheet_of) + 1)]
    for i, s in enumerate(plan.sheet_of):
        out[s].append(i)
    return out


def test_no_sheet_holds_more_than_fits_and_no_block_is_cut():
    blocks = stack(30, 30, 30, 50, 40, 70, 20, 20, 95)
    plan = paginate(blocks, SHEET)
    assert plan.sheet_of == sorted(plan.sheet_of)  # in page order
    for on in sheets(blocks, plan):
        assert blocks[on[-1]].bottom - blocks[on[0]].top <= SHEET
    assert plan.breaks == [
        i for i in range(1, len(blocks)) if plan.sheet_of[i] != plan.sheet_of[i - 1]
    ]
    assert plan.sheets == len(set(plan.sheet_of)) and not plan.too_tall


def test_a_heading_goes_to_the_next_sheet_with_what_it_heads():
    # heading (20) + caption (15) at the foot of sheet 1, then a chart that needs a sheet
    blocks = stack(40, 20, 15, 40, heading=(1,), charts=(3,))
    plan = paginate(blocks, SHEET)
    assert plan.breaks == [1]
    assert plan.sheet_of == [0, 1, 1, 1]


def test_the_line_that_introduces_a_chart_goes_with_it():
    blocks = stack(50, 20, 60, charts=(2,))
    assert paginate(blocks, SHEET).breaks == [1]


def test_a_heading_that_cannot_fit_with_its_block_stays_behind():
    blocks = stack(10, 20, 95, heading=(1,), charts=(2,))
    plan = paginate(blocks, SHEET)
    assert plan.breaks == [2] and not plan.too_tall


def test_a_block_taller_than_a_sheet_is_reported_and_counted():
    blocks = stack(20, 250, 20)
    plan = paginate(blocks, SHEET)
    assert plan.too_tall == [1]
    assert plan.sheets == 4  # the tall one runs over two more sheets


def test_an_empty_page_is_one_sheet():
    assert paginate([], SHEET).sheets == 1


def test_text_sizes_on_paper():
    """The page's own text, chart labels and the line under a chart title print at 9 pt or
    more; the print width keeps Streamlit's columns side by side (it stacks below 640 px)."""
    assert printing.PRINT_WIDTH >= 640
    assert printing.points(printing.MIN_PX) >= 9
    assert printing.points(16 * 0.7) >= 9  # Plotly's <sup> under a 16 px title
    assert printing.points(14) >= 10.5 and printing.points(16) >= 12.5
    assert pytest.approx(703, abs=1) == printing.CONTENT_WIDTH
    assert pytest.approx(255 * printing.MM) == printing.SHEET_HEIGHT * printing.SCALE


def test_heads_and_footers_number_the_whole_report():
    heads = ["", "Tổng quan · Tỉnh Thanh Hóa · Giai đoạn (năm) 2021–2025", "Cán bộ · <b>"]
    text = document.margins_html(heads, "Số liệu tính đến 31/12/2024", "Trang")
    assert text.count("class='sheet'") == 3
    assert re.findall(r"Trang \d/\d", text) == ["Trang 1/3", "Trang 2/3", "Trang 3/3"]
    assert text.count("class='top'") == 2  # the cover has no head
    assert "&lt;b&gt;" in text and "<b>" not in text  # text, never markup
    sizes = [float(x) for x in re.findall(r"font-size: ([\d.]+)pt", document._MARGINS_CSS)]
    assert sizes and min(sizes) >= 9
