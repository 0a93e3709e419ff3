"""Cell values to typed values, with a Vietnamese reason when a value cannot be read."""

from __future__ import annotations

import datetime as dt
import re

from etl.spec import kinds
from etl.text import clean, fold

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")
_WORDS = re.compile(r"(\d{1,2})\s*th[áa]ng\s*(\d{1,2})\s*n[ăa]m\s*(\d{4})", re.IGNORECASE)
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MARKS_YES = {"x", "co", "dat", "1", "v", "yes", "true"}
_MARKS_NO = {"", "0", "khong", "chuadat", "no", "false", "-"}
MIN_YEAR, MAX_YEAR = 1900, 2100


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


def parse_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
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
    else:
        raise ValueProblem("không phải ngày; hãy ghi theo dạng dd/mm/yyyy, ví dụ 15/06/2017")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueProblem(f"ngày {day}/{month}/{year} không có trên lịch") from None
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
    if not float(number).is_integer():
        raise ValueProblem("phải là số nguyên")
    if number < 0:
        raise ValueProblem("không được âm")
    return int(number)


def parse_mark(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise ValueProblem("đánh dấu x nếu đạt, bỏ trống nếu không")
    key = fold(value)
    if key in _MARKS_YES or str(value).strip() in ("✓", "✔"):
        return True
    if key in _MARKS_NO:
        return False
    raise ValueProblem("đánh dấu x nếu đạt, bỏ trống nếu không")


# Other ways the same choice is written (folded, abbreviations expanded).
CHOICE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "NTM": ("dat chuan", "dat chuan nong thon moi", "dat", "xa nong thon moi", "nong thon moi"),
    "NTM nâng cao": ("nang cao", "dat chuan nong thon moi nang cao", "nong thon moi nang cao"),
    "NTM kiểu mẫu": ("kieu mau", "dat chuan nong thon moi kieu mau", "nong thon moi kieu mau"),
    "Nữ": ("n",),
    "cao cấp": ("cao cap ly luan chinh tri", "cu nhan chinh tri"),
}


def parse_choice(value: object, choices: tuple[str, ...]) -> str:
    from etl.layout.headers import normalize_label

    key = fold(value)
    words = normalize_label(value)
    for choice in choices:
        if fold(choice) == key or normalize_label(choice) == words:
            return choice
    for choice in choices:
        if words in CHOICE_SYNONYMS.get(choice, ()):
            return choice
    raise ValueProblem("giá trị không hợp lệ; chọn một trong: " + ", ".join(choices))


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
    raise AssertionError(f"unknown field type {t}")
