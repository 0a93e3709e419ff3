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
