"""How a prepared file is shown on the upload page: its problems as a table and its facts
with readable column names. Plain functions of a ``Prepared``, testable without a page."""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from etl.loader import Prepared
from etl.spec import kinds

# Columns that facts have but workbooks do not (they come from the loader).
_EXTRA = {
    "source_row": ("Dòng Excel", "Excel row"),
    "era": ("Thời kỳ đơn vị", "Unit era"),
    "commune_code": ("Mã xã", "Commune code"),
    "unit_code": ("Mã đơn vị", "Unit code"),
    "unit_level": ("Cấp đơn vị", "Unit level"),
    "scope_code": ("Mã đơn vị", "Unit code"),
    "scope_level": ("Cấp đơn vị", "Unit level"),
    "birth_date": ("Ngày sinh", "Birth date"),
    "birth_year": ("Năm sinh", "Birth year"),
    "criterion_no": ("Tiêu chí số", "Criterion"),
    "met": ("Đạt", "Met"),
    "criteria_set": ("Bộ tiêu chí", "Criteria set"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "value": ("Giá trị", "Value"),
}


def fact_headers(columns: list[str], lang: str = "vi") -> dict[str, str]:
    """Stored column -> the header an analyst knows (the template's, where there is one)."""
    known: dict[str, str] = {}
    for kind in kinds.KINDS.values():
        for sheet in kind.sheets:
            for f in sheet.fields:
                known.setdefault(f.key, f.header)
    out = {}
    for c in columns:
        if c in _EXTRA:
            out[c] = _EXTRA[c][1 if lang == "en" else 0]
        elif c in known and lang != "en":
            out[c] = known[c]
        else:
            out[c] = c
    return out


def problems_frame(prepared: Prepared, lang: str = "vi") -> pd.DataFrame:
    """Every error and warning, errors first: level, sheet, row, column, value, what to do."""
    rows = [
        (t(level, lang), p.sheet, p.row, p.column, p.value, p.message)
        for level, problems in (("error", prepared.errors), ("warning", prepared.warnings))
        for p in problems
    ]
    return pd.DataFrame(
        rows,
        columns=[
            t("level_of_problem", lang),
            t("sheet", lang),
            t("row", lang),
            t("column", lang),
            t("value", lang),
            t("what_to_fix", lang),
        ],
    )
