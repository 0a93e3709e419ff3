"""Numbers and dates as a Vietnamese civil servant writes them (1.234,5 · 79,3% · dd/mm/yyyy),
in one place for the dashboard, the command line and the benchmark.

Babel carries the CLDR locale data for both languages, so nothing here hand-rolls
separators.
"""

from __future__ import annotations

import datetime as dt
import math

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

LOCALES = {"vi": "vi_VN", "en": "en_GB"}


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return math.isnan(value)  # type: ignore[arg-type]
    except TypeError:
        return str(value) in ("NaT", "<NA>")


def number(value: float | int | None, decimals: int = 0, lang: str = "vi") -> str:
    if _missing(value):
        return "—"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def percent(value: float | None, decimals: int = 1, lang: str = "vi") -> str:
    """``value`` is in percent points: 79.3 -> '79,3%'."""
    if _missing(value):
        return "—"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return format_percent(value / 100, format=pattern, locale=LOCALES[lang])


def date(value: dt.date | dt.datetime | None, lang: str = "vi") -> str:
    if _missing(value):
        return "—"
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value, format="dd/MM/yyyy", locale=LOCALES[lang])


def datetime(value: dt.datetime | None, lang: str = "vi") -> str:
    if _missing(value):
        return "—"
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return f"{date(value, lang)} {value:%H:%M}"


def amount(value: float | int | None, unit: str | None, lang: str = "vi") -> str:
    """A goal's value in its own unit: '61,4%' for a rate, '31 xã' for a count.

    Counts are whole things (people, communes) and are shown without decimals; the value
    itself stays exact (a weighted count under today's units may be fractional)."""
    if _missing(value):
        return "—"
    unit = (unit or "").strip()
    if unit == "%":
        return percent(value, 1, lang)
    return f"{number(value, 0, lang)} {unit}".strip()
