"""Vietnamese formats, English as a switch."""

from __future__ import annotations

import datetime as dt

from dashboard import fmt


def test_vietnamese_formats():
    assert fmt.number(1234.5, 1) == "1.234,5"
    assert fmt.number(1234567) == "1.234.567"
    assert fmt.percent(79.3) == "79,3%"
    assert fmt.date(dt.date(2017, 6, 15)) == "15/06/2017"
    assert fmt.datetime(dt.datetime(2017, 6, 15, 8, 5)) == "15/06/2017 08:05"


def test_english_formats():
    assert fmt.number(1234.5, 1, "en") == "1,234.5"
    assert fmt.percent(79.3, 1, "en") == "79.3%"


def test_missing_values_show_a_dash():
    assert fmt.number(None) == fmt.percent(float("nan")) == fmt.date(None) == "—"


def test_a_goals_value_in_its_unit_one_percent_style_counts_without_decimals():
    assert fmt.amount(61.4135, "%") == "61,4%"
    assert fmt.amount(18.0, "xã") == "18 xã"
    assert fmt.amount(2499.6, "người") == "2.500 người"
    assert fmt.amount(None, "xã") == fmt.amount(float("nan"), "%") == "—"
    assert fmt.amount(61.4, "%", "en") == "61.4%"


def test_the_command_line_and_the_bench_write_numbers_as_the_dashboard_does():
    from bench.__main__ import vn
    from etl import fmt as core

    assert fmt.number is core.number  # one implementation
    assert vn(1234567.891, 1) == core.number(1234567.891, 1) == "1.234.567,9"
