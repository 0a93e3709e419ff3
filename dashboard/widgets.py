"""The pieces every page repeats: a table with its Excel export, a chart that drills down,
the 'Nguồn dữ liệu' expander and the empty state."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import data, export, fmt, signin, state
from dashboard.i18n import t
from dashboard.queries import overview as oq
from etl.access.restrict import PERSONAL_FIELDS
from etl.store import snapshots
from etl.text import slug

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}


def display(frame: pd.DataFrame, formats: dict[str, str], lang: str) -> pd.DataFrame:
    """Numbers and dates as text in the reader's conventions (1.234,5 · 79,3% · dd/mm/yyyy)."""
    out = frame.copy()
    for column, kind in formats.items():
        if column not in out:
            continue
        if kind == "int":
            out[column] = [fmt.number(v, 0, lang) for v in out[column]]
        elif kind == "dec":
            out[column] = [fmt.number(v, 1, lang) for v in out[column]]
        elif kind == "pct":
            out[column] = [fmt.percent(v, 1, lang) for v in out[column]]
        elif kind == "date":
            out[column] = [fmt.date(v, lang) for v in out[column]]
        elif kind == "datetime":
            out[column] = [fmt.datetime(v, lang) for v in out[column]]
    return out


def table(
    frame: pd.DataFrame,
    headers: dict[str, str],
    key: str,
    lang: str,
    formats: dict[str, str] | None = None,
    title: str | None = None,
    selectable: bool = False,
    height: int | str = "auto",
):
    """A table with Vietnamese headers and formats, and a button to take it to Excel.

    With ``selectable`` a click on a row is returned (the index of the selected row).
    """
    columns = [c for c in headers if c in frame.columns]
    shown = display(frame[columns], formats or {}, lang).rename(columns=headers)
    event = st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        height=height,
        key=f"tbl_{key}",
        on_select="rerun" if selectable else "ignore",
        selection_mode="single-row" if selectable else "multi-row",
    )
    st.download_button(
        t("export_excel", lang),
        data=export.to_xlsx(
            frame, {c: headers[c] for c in columns}, title=title, note=snapshot_note(lang)
        ),
        file_name=f"{slug(title or key, '_')[:60] or 'bang'}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"xlsx_{key}",
        icon=":material/download:",
        on_click=exported,  # logged: who took which table, and whether it held personal data
        args=(title or key, list(frame.columns), len(frame)),
    )
    if selectable and event and event.selection.rows:
        return event.selection.rows[0]
    return None


def snapshot_note(lang: str) -> str | None:
    """'Số liệu như tại 30/11/2026 17:00' for a table exported from a past snapshot."""
    moment = data.moment()
    return t("snapshot_note", lang).format(moment=snapshots.show(moment)) if moment else None


def exported(what: str, columns: list[str], rows: int) -> None:
    """An export's audit line."""
    personal = sorted(PERSONAL_FIELDS.intersection(columns))
    signin.log("export", what, {"rows": rows, "personal": personal})


def chart(fig: go.Figure, key: str, on_click: Callable[[dict], None] | None = None) -> None:
    """A plotly figure, its title followed by the unit and period it shows (a picture
    copied into a report must say what it is about); with ``on_click`` a click on a
    point calls it with the point."""
    context = chart_context()
    title = fig.layout.title.text if fig.layout.title else None
    if context and title and "<br>" not in title:
        fig.update_layout(title=dict(text=f"{title}<br><sup>{context}</sup>"), margin_t=70)
    event = st.plotly_chart(
        fig,
        width="stretch",
        key=f"fig_{key}",
        config=PLOTLY_CONFIG,
        on_select="rerun" if on_click else "ignore",
        selection_mode="points",
    )
    if on_click and event and event.selection and event.selection.points:
        on_click(event.selection.points[0])


def chart_context() -> str:
    """'Tỉnh Thanh Hóa · 2026–2030': what the sidebar's filters show."""
    filters = state.current()
    if filters is None:
        return ""
    parts = [filters.unit_label]
    if filters.years:
        parts.append(f"{filters.years[0]}–{filters.years[1]}")
    return " · ".join(parts)


def sources(batch_ids: list[int], lang: str) -> None:
    """Every figure traces back to the files it came from."""
    with st.expander(t("sources", lang), icon=":material/source:"):
        st.caption(t("sources_help", lang))
        src = data.query(oq.batches, sorted({int(b) for b in batch_ids}))
        if src.empty:
            st.caption(t("no_sources", lang))
            return
        src = src.assign(kind=[t(f"kind_{k}", lang) for k in src.kind])
        table(
            src.assign(unit_names=[", ".join(u) for u in src.unit_names]),
            {
                "batch_id": t("batch", lang),
                "file_name": t("file", lang),
                "kind": t("kind", lang),
                "as_of_date": t("as_of", lang),
                "loaded_at": t("loaded_at", lang),
                "loaded_by": t("loaded_by", lang),
                "rows_loaded": t("rows", lang),
                "unit_names": t("units_covered", lang),
            },
            f"sources_{abs(hash(tuple(batch_ids)))}",
            lang,
            {"as_of_date": "date", "loaded_at": "datetime", "rows_loaded": "int"},
            title=t("sources", lang),
        )


def empty(lang: str, kind: str | None = None) -> None:
    """Say there is nothing to show, and what to upload to change that."""
    what = t(f"kind_{kind}", lang) if kind else ""
    st.warning(
        f"**{t('empty_title', lang)}{': ' + what if what else ''}.** {t('empty_body', lang)}",
        icon=":material/upload_file:",
    )
