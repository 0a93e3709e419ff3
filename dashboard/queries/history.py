"""Lịch sử nạp: every batch ever loaded, whatever became of it, and how the page says it.

The queries return what the warehouse holds; the ``*_table`` functions turn it into what
a reader sees. Any column a batch may leave empty (no 'as of' date, no period, not
replaced, a rejection without a row) is said as a dash or a blank, never as None, nan,
NaT or <NA>, and a missing value is never asked for its truth (issue 13: a roster with
no start dates made the page raise 'boolean value of NA is ambiguous').
"""

from __future__ import annotations

import datetime as dt
import re

import duckdb
import pandas as pd

from dashboard import fmt
from dashboard.i18n import t
from dashboard.upload_view import (
    blank_or_text,
    fact_value,
    indicator_value,
    missing,
    period_text,
    table_label,
    unit_name,
)
from etl.spec.tables import FACT_TABLES

__all__ = ["batches_list", "batches_table", "period_text", "readable_diff", "rejected"]

DASH = "—"


def batches_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All batches, newest first, with what replaced or restored them."""
    return con.execute(
        """
        SELECT b.batch_id, b.loaded_at, b.loaded_by, b.file_name, b.kind, b.unit_names,
               b.era, b.as_of_date, b.period_start, b.period_end, b.rows_read,
               b.rows_loaded, b.rows_rejected, b.status, b.superseded_by, l.scope_key
        FROM batches b JOIN load_batches l USING (batch_id)
        ORDER BY b.loaded_at DESC, b.batch_id DESC
        """
    ).df()


def rejected(con: duckdb.DuckDBPyConnection, batch_id: int) -> pd.DataFrame:
    return con.execute(
        'SELECT sheet, "row", "column", value, message FROM rejected_rows WHERE batch_id = ? '
        'ORDER BY sheet, "row"',
        [batch_id],
    ).df()


def _label(prefix: str, value: object, lang: str) -> str:
    """A code ('current', 'legacy', 'officers') in words; a dash when missing."""
    if missing(value):
        return DASH
    try:
        return t(f"{prefix}_{value}", lang)
    except KeyError:  # a value this version has no words for: as stored, not a traceback
        return str(value)


def _names(value: object) -> str:
    """A batch's unit names (a list, or an array from DuckDB) joined."""
    if value is None or isinstance(value, (str, float)):
        return DASH if missing(value) or not value else str(value)
    return ", ".join(str(v) for v in value) or DASH


def _or_dash(text: str) -> str:
    return text or DASH


def batches_table(frame: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """The batches as the page's table shows them: codes in words, the period as years,
    every column that may be empty as text with a dash (the period's two years become
    one column). Columns that are never empty (loaded_at, the row counts) stay typed,
    for the page's formats and the Excel copy."""
    return frame.drop(columns=["period_start", "period_end"]).assign(
        kind=[_label("kind", k, lang) for k in frame.kind],
        status=[_label("batch", s, lang) for s in frame.status],
        era=[_label("era", e, lang) for e in frame.era],
        unit_names=[_names(u) for u in frame.unit_names],
        loaded_by=[_or_dash(blank_or_text(u)) for u in frame.loaded_by],
        as_of_date=[fmt.date(d, lang) for d in frame.as_of_date],
        period=[
            _or_dash(period_text(a, b, lang))
            for a, b in zip(frame.period_start, frame.period_end, strict=True)
        ],
        superseded_by=[_or_dash(blank_or_text(b)) for b in frame.superseded_by],
    )


def rejected_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Rejected rows as text, blank where a rejection has no sheet, row or value."""
    return frame.assign(
        **{c: [blank_or_text(v) for v in frame[c]] for c in ("sheet", "row", "column", "value")}
    )


# ------------------------------------------------------------------ comparing batches

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _key_part(expression: str, value: str, level: str, era: str, lang: str) -> str:
    """One part of a row's natural key as a reader knows it: the name in title case, a
    date as dd/mm/yyyy, a unit by name ('Xã Tam Chung, Huyện Mường Lát')."""
    if expression.startswith("lower("):
        return " ".join(w[:1].upper() + w[1:] for w in value.split(" "))
    if _ISO.match(value):
        return fmt.date(dt.date.fromisoformat(value), lang)
    if expression == "commune_code":
        return unit_name(era, "commune", value)
    if expression == "unit_code":
        return unit_name(era, level, value)
    return value


def _key(table: str, key: str, era: str, lang: str) -> str:
    """'lò văn bình · 1987-05-14 · 14848' -> 'Lò Văn Bình · 14/05/1987 · Xã Tam Chung, ...'.
    A unit's level is left out: its name says it ('Huyện Tuy An')."""
    expressions = FACT_TABLES[table].natural_key
    parts = dict(zip(expressions, key.split(" · "), strict=False))
    if len(parts) != len(key.split(" · ")) or len(parts) != len(expressions):
        return key  # a value with ' · ' in it: the key as it is
    level = parts.get("unit_level", "")
    shown = [_key_part(e, v, level, era, lang) for e, v in parts.items() if e != "unit_level"]
    return " · ".join(s for s in shown if s)


def _detail_value(table: str, column: str, value: str, key: str, lang: str) -> str:
    if value == "∅":
        return t("empty_value", lang)
    if table == "fact_commune_indicator" and column == "value":
        return indicator_value(key.split(" · ")[-1], value, lang)
    return fact_value(table, column, value, lang) or t("empty_value", lang)


def _details(table: str, details: object, key: str, lang: str) -> str:
    """'start_date: 2012-03-01 → 2013-03-01' -> 'Ngày bổ nhiệm: 01/03/2012 → 01/03/2013'.

    The comparison writes 'column: old → new' joined by '; '; it is split on the table's
    own column names, so a '; ' inside a value does not cut it."""
    if missing(details) or not details:
        return ""
    declared = FACT_TABLES[table]
    names = "|".join(re.escape(c) for c in sorted(declared.column_names, key=len, reverse=True))
    pieces = re.split(rf"(?:^|; )({names}): ", str(details))
    if pieces[0]:  # not the comparison's own shape: shown as it is
        return str(details)
    out = []
    for column, change in zip(pieces[1::2], pieces[2::2], strict=True):
        old, _, new = change.partition(" → ")
        label = declared.column(column).label[lang == "en"] or column
        out.append(
            f"{label}: {_detail_value(table, column, old, key, lang)} → "
            f"{_detail_value(table, column, new, key, lang)}"
        )
    return "; ".join(out)


def readable_diff(diff: pd.DataFrame, era: str, lang: str = "vi") -> pd.DataFrame:
    """The comparison of two batches as the page shows it: the table and the change in
    words, each row by its person or unit, each change by its Vietnamese heading."""
    if diff.empty:
        return diff
    return diff.assign(
        change=[_label("change", c, lang) for c in diff.change],
        table=[table_label(x, lang) for x in diff.table],
        key=[_key(x, k, era, lang) for x, k in zip(diff.table, diff.key, strict=True)],
        details=[
            _details(x, d, k, lang)
            for x, d, k in zip(diff.table, diff.details, diff.key, strict=True)
        ],
    )
