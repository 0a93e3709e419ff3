"""How a prepared file is shown on the upload page: its problems as a table and its facts
with readable column names. Plain functions of a ``Prepared``, testable without a page."""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from etl.loader import Prepared
from etl.spec.tables import FACT_TABLES


def fact_headers(table: str, columns: list[str], lang: str = "vi") -> dict[str, str]:
    """Stored column -> the header an analyst reads, as the fact table declares it."""
    declared = FACT_TABLES[table]
    return {c: declared.column(c).label[lang == "en"] or c for c in columns}


def table_label(table: str, lang: str = "vi") -> str:
    return FACT_TABLES[table].label[lang == "en"]


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
