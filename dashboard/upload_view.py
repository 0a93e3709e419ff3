"""How a prepared file is shown on the upload page: its problems as a table and its facts
as a reader reads them. Plain functions of a ``Prepared``, testable without a page.

The preview is the rows exactly as they will be stored, but said the way a clerk says
them: Vietnamese headings, the person or goal first and then its unit by name, dates as
dd/mm/yyyy, yes/no as words, years without a thousands separator and nothing at all
where a value is missing. A leader who sees "None", "legacy" or "2017-06-30" stops
trusting the figures behind them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import pandas as pd

from dashboard import fmt
from dashboard.i18n import LABELS, t
from etl.layout.detect import Layout
from etl.loader import Prepared
from etl.spec import kinds
from etl.spec.measures import MEASURES
from etl.spec.tables import FACT_TABLES
from etl.text import display_name
from etl.units.resolve import unit_index

UNSET, IGNORE = "", "-"  # a column's choice: not mapped / skipped
# What the upload desk accepts (the reader's own formats, see etl.read)
ACCEPTED_TYPES = ("xlsx", "xlsm", "xls", "ods", "csv", "tsv", "txt")

UNIT = "_unit"  # the preview's unit column, named from the code, level and era of a row
# Whole numbers that name a year or a place, not an amount: no thousands separator
_PLAIN_INTEGERS = {
    "year",
    "birth_year",
    "period_start",
    "period_end",
    "recognized_year",
    "criterion_no",
    "source_row",
}
# The code of a row's unit and the column that says its level (None: always a commune)
_UNIT_CODES = {"commune_code": None, "unit_code": "unit_level", "scope_code": "scope_level"}
# What a row is about, before its unit; the rest follows in the declared order
_LEADING = {
    "fact_officer": ("full_name",),
    "fact_goal": ("name", "goal_id"),
    "fact_reporting_duty": ("report_name", "duty_id"),
    "fact_commune_indicator": ("indicator",),
}
# Codes, and where a row came from: after what it says
_TRAILING = (*_UNIT_CODES, "source_row", "era")
# An indicator's value is a percentage or a yes/no mark, as its template column says
_INDICATOR_MARKS = {f.names[0]: f.type == kinds.MARK for f in kinds.INDICATOR_FIELDS if f.names}


def fact_headers(table: str, columns: list[str], lang: str = "vi") -> dict[str, str]:
    """Stored column -> the header an analyst reads, as the fact table declares it."""
    declared = FACT_TABLES[table]
    return {c: declared.column(c).label[lang == "en"] or c for c in columns}


def table_label(table: str, lang: str = "vi") -> str:
    return FACT_TABLES[table].label[lang == "en"]


def problems_frame(prepared: Prepared, lang: str = "vi") -> pd.DataFrame:
    """Every error and warning, errors first: level, sheet, row, column, value, what to do.

    Text throughout, blank where a problem has no place (a whole-file or whole-sheet
    problem): a missing row number would otherwise read 'None' or turn every row
    number into '7.0'."""
    rows = [
        (
            t(level, lang),
            *(blank_or_text(v) for v in (p.sheet, p.row, p.column, p.value)),
            p.message,
        )
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


# ------------------------------------------------------------------ values, as read


def missing(value: object) -> bool:
    """None, NaN, NaT and pandas' NA alike (``pd.isna`` of a list is not a bool)."""
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        return bool(pd.isna(value))  # numpy's NaN and NaT
    except (TypeError, ValueError):  # a list or an array is a value, not a gap
        return False


def blank_or_text(value: object) -> str:
    """A value as text, nothing where it is missing; whole numbers without '.0'."""
    if missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _decimals(value: float) -> int:
    """As many decimals as the value has, up to two: 907 -> 0, 85.3 -> 1."""
    return next((d for d in range(3) if round(value, d) == round(value, 2)), 2)


def _typed(sql: str, value: Any) -> Any:
    """A value of a column's type, also from its text (the history's comparison has only
    text: '2012-03-01', 'true', '907.0')."""
    if not isinstance(value, str) or sql == "VARCHAR":
        return value
    if sql == "DATE":
        return dt.date.fromisoformat(value)
    if sql == "BOOLEAN":
        return value.lower() == "true"
    return float(value) if sql == "DOUBLE" else int(value)


def _label_or(key: str, value: str, lang: str) -> str:
    return t(key, lang) if key in LABELS else value


def _measure_text(value: str, lang: str) -> str:
    """'training_achieved:lý luận chính trị' as the sentence that explains it."""
    key, _, arg = value.partition(":")
    measure = MEASURES.get(key.strip())
    return measure.explanation(arg, lang) if measure else value


def fact_value(table: str, column: str, value: Any, lang: str = "vi") -> str:
    """One stored value as a reader reads it: '' when missing, dd/mm/yyyy, 'Có'/'Không',
    1.234 for an amount, 2015 for a year, an era, level or kind in words."""
    if missing(value):
        return ""
    sql = FACT_TABLES[table].column(column).sql
    try:
        value = _typed(sql, value)
    except ValueError:
        return str(value)
    if sql == "DATE":
        return fmt.date(value, lang)
    if sql == "BOOLEAN":
        return t("yes" if value else "no", lang)
    if sql == "INTEGER":
        return str(int(value)) if column in _PLAIN_INTEGERS else fmt.number(value, 0, lang)
    if sql == "DOUBLE":
        return fmt.number(value, _decimals(float(value)), lang)
    if column == "era":
        return _label_or(f"era_{value}", value, lang)
    if column in ("unit_level", "scope_level"):
        return _label_or(f"level_{value}", value, lang)
    if column == "report_kind":
        return _label_or(f"kind_{value}", value, lang)
    if column == "measure":
        return _measure_text(value, lang)
    return str(value)


def period_text(start: object, end: object, lang: str = "vi") -> str:
    """The years a file or batch covers: '2011–2015', '2015' (not '2015–2015'), 'từ
    2012' or 'đến 2017' with one end, '' with none (a roster as of a date)."""
    a, b = (None if missing(y) else int(y) for y in (start, end))  # type: ignore[arg-type]
    if a is not None and b is not None:
        return str(a) if a == b else f"{a}–{b}"
    if a is not None:
        return t("period_from", lang).format(year=a)
    if b is not None:
        return t("period_until", lang).format(year=b)
    return ""


def indicator_value(indicator: object, value: Any, lang: str = "vi") -> str:
    """A commune indicator's value: 'Có'/'Không' for a mark, '85,3%' for a rate."""
    if missing(value):
        return ""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    if _INDICATOR_MARKS.get(str(indicator)):
        return t("yes" if value else "no", lang)
    return fmt.percent(value, _decimals(value), lang)


def unit_name(era: object, level: object, code: object) -> str:
    """'Xã Tam Chung, Huyện Mường Lát' for a unit code; the code itself when the
    reference does not know it (it always should: the loader resolved it)."""
    if missing(code):
        return ""
    units = unit_index().by_code
    unit = units.get((str(era), str(level or "commune"), str(code)))
    if unit is None:
        return str(code)
    if unit.level == "commune":
        parent = (
            units.get((unit.era, "district", unit.district_code))
            if unit.district_code
            else units.get((unit.era, "province", unit.province_code))
        )
        return f"{unit.name}, {parent.name}" if parent else unit.name
    return unit.name


def preview_columns(table: str, columns: Sequence[str]) -> list[str]:
    """The preview's order: what a row is about, its unit (by name), everything else as
    the table declares it, then where the row came from. A unit's level is said by its
    name ('Huyện ...'), so the level column is left out."""
    levels = {lvl for code, lvl in _UNIT_CODES.items() if code in columns and lvl}
    lead = [c for c in _LEADING.get(table, ()) if c in columns]
    unit = [UNIT] if any(c in columns for c in _UNIT_CODES) else []
    tail = [c for c in _TRAILING if c in columns]
    rest = [c for c in columns if c not in {*lead, *tail, *levels}]
    return [*lead, *unit, *rest, *tail]


def _units(table: str, head: pd.DataFrame) -> list[str]:
    """Each row's unit by name, from whichever code column the table has."""
    code = next(c for c in _UNIT_CODES if c in head.columns)
    level = _UNIT_CODES[code]
    levels = head[level] if level else ["commune"] * len(head)
    eras = head["era"] if "era" in head.columns else [None] * len(head)
    return [unit_name(e, lv, c) for e, lv, c in zip(eras, levels, head[code], strict=True)]


def preview_frame(table: str, head: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """Stored rows as a clerk reads them: Vietnamese headings in the preview's order and
    every value as text (see :func:`fact_value`); names in capitals in title case."""
    headers = {**fact_headers(table, list(head.columns), lang), UNIT: t("unit_of_row", lang)}
    out: dict[str, list[str]] = {}
    for column in preview_columns(table, list(head.columns)):
        label = headers[column]
        if label in out:  # two columns one heading: keep both, never drop one silently
            label = f"{label} ({column})"
        if column == UNIT:
            out[label] = _units(table, head)
            continue
        values: Iterable[Any] = head[column]
        if column == "full_name":
            values = (display_name(v) for v in values)
        if table == "fact_commune_indicator" and column == "value":
            shown = [
                indicator_value(i, v, lang) for i, v in zip(head.indicator, values, strict=True)
            ]
        else:
            shown = [fact_value(table, column, v, lang) for v in values]
        out[label] = shown
    return pd.DataFrame(out, index=range(len(head)))


# ------------------------------------------------------------------ the uploader

Upload = TypeVar("Upload")


def latest_per_name(files: Iterable[Upload]) -> list[tuple[Upload, int]]:
    """One upload per file name, the latest, where the first one stood; with how many
    earlier uploads of that name it replaces. A clerk who fixes a refused file and drops
    it again means the new one: two cards and two buttons for one file invite loading
    the wrong one (issue 13)."""
    latest: dict[str, tuple[Upload, int]] = {}
    for upload in files:
        name = upload.name  # type: ignore[attr-defined]
        earlier = latest[name][1] + 1 if name in latest else 0
        latest[name] = (upload, earlier)
    return list(latest.values())


def upload_limit_mb(limit_bytes: int) -> int:
    """tiendo's limit as Streamlit takes it: whole megabytes, at least one."""
    return max(1, math.ceil(limit_bytes / 2**20))


def uploader_text(limit_bytes: int, lang: str = "vi") -> str:
    """'Kéo thả tệp vào đây hoặc bấm Chọn tệp · tối đa 50 MB mỗi tệp · .xlsx, ...': what
    Streamlit's drop zone says in English, from tiendo's own limit and types."""
    return t("upload_drop", lang).format(
        mb=fmt.number(limit_bytes / 2**20, _decimals(limit_bytes / 2**20), lang),
        types=", ".join(f".{x}" for x in ACCEPTED_TYPES),
    )


def uploader_style(lang: str = "vi") -> str:
    """CSS for the upload desk's uploader only (``.st-key-uploads``): Streamlit's English
    drop-zone lines are hidden (the label says it in Vietnamese), its 'Upload' button
    reads 'Chọn tệp', and a file it refuses (too large, wrong type) says so in
    Vietnamese. A constant: labels only, never anything from a file."""
    scope = ".st-key-uploads"
    browse = t("upload_browse", lang).replace('"', "")
    refused = t("upload_refused_chip", lang).replace('"', "")
    zone = f'{scope} [data-testid="stFileUploaderDropzone"]'
    browse_button = f'{zone} > span > button[data-testid="stBaseButton-secondary"]'
    refusal = f'{scope} [data-testid="stFileChip"][aria-invalid="true"] [role="alert"]'
    return f"""<style>
{zone} [data-testid="stFileUploaderDropzoneInstructions"] {{ display: none; }}
{browse_button} [data-testid="stMarkdownContainer"] {{ display: none; }}
{browse_button} [data-has-shortcut]::after {{ content: "{browse}"; }}
{scope} [data-testid="stFileChip"][aria-invalid="true"] {{ flex-wrap: wrap; }}
{refusal} {{
  position: static; width: 100%; height: auto; margin: 0; padding: 0;
  clip: auto; clip-path: none; overflow: visible; white-space: normal; font-size: 0;
}}
{refusal}::after {{ content: "{refused}"; font-size: 0.75rem; }}
</style>"""
