"""How a prepared file is shown on the upload page: its problems as a table and its facts
with readable column names. Plain functions of a ``Prepared``, testable without a page."""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from etl.layout.detect import Layout
from etl.loader import Prepared
from etl.spec import kinds
from etl.spec.tables import FACT_TABLES

UNSET, IGNORE = "", "-"  # a column's choice: not mapped / skipped


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


def mapping_layouts(prepared: Prepared) -> list[Layout]:
    """The headers to show for mapping: the tables found, or the closest header when
    none was (the file is then refused until a column is mapped)."""
    if prepared.layouts:
        return prepared.layouts
    return [prepared.closest] if prepared.closest is not None else []


def needs_mapping(prepared: Prepared) -> bool:
    """Whether the mapping panel opens by itself: a field missing, a column not read,
    no table found, or a mapping (the analyst's or a saved one) in force."""
    return bool(
        prepared.missing_fields
        or prepared.unmapped_columns
        or (not prepared.layouts and prepared.closest is not None)
        or any(c.chosen for lay in mapping_layouts(prepared) for c in lay.columns)
    )


def field_options(layout: Layout, lang: str = "vi") -> dict[str, str]:
    """Choice -> label, for one header's drop-downs: not mapped, skip, then each field
    of its table by the name ``--map`` takes (a view column name)."""
    spec = next(s for s in kinds.KINDS[layout.kind].tables if s.key == layout.table)
    options = {UNSET: t("mapping_unset", lang), IGNORE: t("mapping_ignore", lang)}
    for f in spec.fields:
        options[f.map_names[0]] = f"{f.header} ({f.map_names[0]})"
    return options


def current_choice(column) -> str:
    """What a column is read as now, as a drop-down choice."""
    if column.field:
        return column.field
    return IGNORE if column.ignored else UNSET


def mapping_frame(layout: Layout, lang: str = "vi") -> pd.DataFrame:
    """Each column: letter, header, first values and what it is read as."""
    options = field_options(layout, lang)
    return pd.DataFrame(
        [
            (
                c.letter,
                c.label,
                " · ".join(c.samples),
                options.get(current_choice(c), current_choice(c)),
            )
            for c in layout.columns
        ],
        columns=[
            t("mapping_column", lang),
            t("mapping_header", lang),
            t("mapping_samples", lang),
            t("mapping_field", lang),
        ],
    )
