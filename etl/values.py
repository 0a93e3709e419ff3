"""Cell values to typed values, with a Vietnamese reason when a value cannot be read.

Every value form districts write (shared/LAYOUTS.md, "Values") is read here: Excel dates
and Excel serial numbers in a date column, dd/mm written a dozen ways and never mm/dd,
Vietnamese numbers ("1.234,5", "79,3%"), marks ("x", "Đ", "CĐ", "Không đạt"), choices
loosely written ("NỮ", "F", "CC", "ĐH"), and unit codes that lost their leading zeros.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from etl.spec import kinds
from etl.spec.vocabulary import CHOICE_SYNONYMS
from etl.text import clean, fold, fold_words

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")
_WORDS = re.compile(r"(\d{1,2})\s*th[áa]ng\s*(\d{1,2})\s*n[ăa]m\s*(\d{4})", re.IGNORECASE)
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MARKS_YES = {"x", "co", "dat", "d", "1", "v", "yes", "true", "dadat", "+"}
_MARKS_NO = {"", "0", "khong", "chuadat", "khongdat", "cd", "k", "no", "false", "-", "chua"}
_TICKS = ("✓", "✔", "√", "☑", "✗")
# Abbreviations inside a written choice ("Đạt chuẩn NTM"); alone, "TC" or "CC" are levels.
_VALUE_ABBREVIATIONS = {
    "ntm": "nong thon moi",
    "llct": "ly luan chinh tri",
    "qlnn": "quan ly nha nuoc",
    "cmnv": "chuyen mon nghiep vu",
}
MIN_YEAR, MAX_YEAR = 1900, 2100
# Excel counts days from 30/12/1899 (its day 60 is a 29/2/1900 that never was; serials
# that small are no date anyone reports).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_LAST_SERIAL = (dt.date(MAX_YEAR, 12, 31) - _EXCEL_EPOCH).days


class ValueProblem(ValueError):
    """The message says, in Vietnamese, what is wrong and what is expected."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def display(value: object) -> str:
    """The value as an analyst would see it in Excel, for error messages."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def from_serial(number: float) -> dt.date:
    """An Excel serial number (31544) as the date it stands for (12/05/1986)."""
    if not float(number).is_integer() or not 61 <= number <= _LAST_SERIAL:
        raise ValueProblem(
            f"{display(number)} không phải ngày; hãy ghi theo dạng dd/mm/yyyy, ví dụ 15/06/2017"
        )
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


def parse_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _in_range(from_serial(value))
    text = str(value).strip()
    m = _DATE.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        if year < 100:
            year += 2000 if year < 50 else 1900
    elif m := _WORDS.search(text):  # "31 tháng 12 năm 2016"
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    elif text.isdigit() and len(text) == 5:  # a serial typed as text
        return _in_range(from_serial(int(text)))
    else:
        raise ValueProblem("không phải ngày; hãy ghi theo dạng dd/mm/yyyy, ví dụ 15/06/2017")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueProblem(f"ngày {day}/{month}/{year} không có trên lịch") from None
    return _in_range(date)


def _in_range(date: dt.date) -> dt.date:
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise ValueProblem(f"năm {date.year} nằm ngoài khoảng hợp lệ")
    return date


def parse_year(value: object) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        year = value
    elif isinstance(value, str) and _YEAR.match(value):
        year = int(value)
    else:
        raise ValueProblem("không phải năm; hãy ghi 4 chữ số, ví dụ 2020")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueProblem(f"năm {year} nằm ngoài khoảng hợp lệ")
    return year


def parse_number(value: object) -> float:
    """Numbers as Vietnamese write them: '1.234,5', '79,3%', or real numbers."""
    if isinstance(value, bool):
        raise ValueProblem("không phải số")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d+,\d+", text):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValueProblem("không phải số; ví dụ hợp lệ: 1.234 hoặc 79,3") from None


def parse_int(value: object) -> int:
    number = parse_number(value)
    if abs(number - round(number)) < 1e-9:  # a formula's 12.000000000001 shows as 12
        number = round(number)
    if not float(number).is_integer():
        raise ValueProblem("phải là số nguyên")
    if number < 0:
        raise ValueProblem("không được âm")
    return int(number)


def percent_of(number: float) -> float:
    """A fraction shown as a percent (0,79345 shown as 79,3%) as the percent itself,
    unrounded and without binary noise: 79.345, not 79.34500000000001."""
    return float(Decimal(repr(number)) * 100)


def parse_mark(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise ValueProblem("đánh dấu x nếu đạt, bỏ trống nếu không")
    text = str(value).strip()
    key = fold(text)
    if key in _MARKS_YES or text in _TICKS[:-1]:
        return True
    if key in _MARKS_NO or text == _TICKS[-1]:
        return False
    raise ValueProblem("đánh dấu x (hoặc Đ) nếu đạt, bỏ trống (hoặc CĐ) nếu không")


def _one_choice(words: str, choices: tuple[str, ...]) -> str | None:
    """The choice these folded words name exactly or by a synonym, or None."""
    key = words.replace(" ", "")
    expanded = " ".join(_VALUE_ABBREVIATIONS.get(w, w) for w in words.split())
    for choice in choices:
        if fold(choice) == key:
            return choice
    for choice in choices:
        synonyms = CHOICE_SYNONYMS.get(choice, ())
        if words in synonyms or expanded in synonyms:
            return choice
    return None


def parse_choice(value: object, choices: tuple[str, ...]) -> str:
    """One of ``choices`` however it is written: 'NỮ', 'F' -> 'Nữ'; 'CC', 'Cao cấp, cử
    nhân' -> 'cao cấp'. Two names of one choice side by side count as that choice."""
    words = fold_words(value)
    found = _one_choice(words, choices)
    if found is not None:
        return found
    split = words.split()
    if 1 < len(split) <= 8:  # "cao cap cu nhan": both halves name the same choice
        for cut in range(1, len(split)):
            left = _one_choice(" ".join(split[:cut]), choices)
            if left is not None and left == _one_choice(" ".join(split[cut:]), choices):
                return left
    raise ValueProblem("giá trị không hợp lệ; chọn một trong: " + ", ".join(choices))


def parse_code(value: object) -> str:
    """A unit code's digits as written ('742', '00742'); zeros are put back by level."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    text = str(value).strip().replace(" ", "")
    if text.isdigit() and len(text) <= 5:
        return text
    raise ValueProblem("mã đơn vị hành chính phải là số (2, 3 hoặc 5 chữ số)")


def parse(field: kinds.Field, value: object) -> object:
    """Typed value for a non-blank cell, or ValueProblem."""
    t = field.type
    if t == kinds.TEXT:
        return clean(display(value) if not isinstance(value, str) else value)
    if t == kinds.DATE:
        return parse_date(value)
    if t == kinds.YEAR:
        return parse_year(value)
    if t == kinds.YEAR_OR_DATE:
        if isinstance(value, int | float) and not isinstance(value, bool) and value > MAX_YEAR:
            return _in_range(from_serial(value))  # a date typed as a General number
        try:
            return parse_year(value)
        except ValueProblem:
            if isinstance(value, str) and _DATE.match(value):
                return parse_date(value)  # its own message says what is wrong with the date
            try:
                return parse_date(value)
            except ValueProblem:
                raise ValueProblem(
                    "không phải ngày hoặc năm; ghi dd/mm/yyyy hoặc năm 4 chữ số"
                ) from None
    if t == kinds.INT:
        return parse_int(value)
    if t in (kinds.NUMBER, kinds.PERCENT):
        number = parse_number(value)
        if t == kinds.PERCENT and not 0 <= number <= 100:
            raise ValueProblem("tỷ lệ phải từ 0 đến 100")
        return number
    if t == kinds.MARK:
        return parse_mark(value)
    if t == kinds.CHOICE:
        return parse_choice(value, field.choices)
    if t == kinds.CODE:
        return parse_code(value)
    raise AssertionError(f"unknown field type {t}")
