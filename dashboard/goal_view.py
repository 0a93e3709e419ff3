"""How goals are shown, on the overview and on a unit's page: counts by status, the
scorecard (most urgent first), one goal in detail, the full table, and, under a district
or commune, its part of the province's count goals."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, fmt, plan_view, widgets
from dashboard.i18n import t
from dashboard.pages import BY_KEY
from dashboard.projection import BEHIND_RATIO
from dashboard.queries.goals import CONTRIBUTES
from etl.spec import comparisons
from etl.spec.measures import MEASURES


def split(goals: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(goals with a status, count goals of the province shown as this unit's part)."""
    part = goals.status == CONTRIBUTES
    return goals[~part], goals[part]


def status_counts(goals: pd.DataFrame, lang: str) -> None:
    """One tile per status present, in the order of urgency: the count, then the status's
    colour mark and its whole name (a badge would cut a long name short)."""
    counts = goals.status.value_counts()
    present = [s for s in charts.URGENCY if s in counts]
    if not present:
        return
    cols = st.columns(len(present))
    for col, status in zip(cols, present, strict=True):
        with col.container(border=True):
            st.markdown(f"### {fmt.number(counts[status], 0, lang)}")
            st.markdown(f":{charts.STATUS_BADGE[status]}[■] {charts.status_label(status, lang)}")


def status_help(g, lang: str) -> str:
    """How the status was reached, in words a leader can check."""
    text = f"{t('how_computed', lang)}: {MEASURES[g.metric].explanation(g.arg, lang)} "
    if g.final:
        text += t("final_note", lang).format(date=fmt.date(g.judged_on, lang)) + " "
    elif g.method in ("trend", "pace") and g.projected is not None and g.target_value:
        text += (
            t(f"explain_{g.method}", lang)
            .format(
                n=min(len(g.points), 5),
                slope=fmt.number(g.slope, 1, lang),
                unit=g.unit,
                projected=fmt.amount(g.projected, g.unit, lang),
                deadline=fmt.date(g.deadline, lang),
                ratio=fmt.percent(
                    100 * (comparisons.attainment(g.projected, g.target_value, _cmp(g)) or 0),
                    0,
                    lang,
                ),
            )
            .replace(
                f"{fmt.amount(g.projected, g.unit, lang)} {g.unit}",
                fmt.amount(g.projected, g.unit, lang),
            )
        )
        text += " "
    if g.final:
        return text
    rule = "explain_rule_ceiling" if comparisons.of(_cmp(g)).ceiling else "explain_rule"
    return text + t(rule, lang).format(behind=fmt.percent(100 * BEHIND_RATIO, 0, lang))


def _cmp(g) -> object:
    """A goal's comparison; a frame without one is read as a floor (comparisons.of)."""
    return getattr(g, "comparison", None)


def target_text(value, unit: str, comparison: object, lang: str) -> str:
    """A target as a reader says it: "2.500 người", "trên 90,0%", "không quá 4,0%"."""
    return f"{comparisons.words(comparison, lang)} {fmt.amount(value, unit, lang)}".strip()


def scorecard(goals: pd.DataFrame, lang: str, key: str) -> None:
    st.caption(t("most_urgent", lang))
    widgets.chart(charts.goal_progress_bar(goals, lang), key)


def _label(g) -> str:
    return f"{g.name} ({g.scope})"


def detail(goals: pd.DataFrame, lang: str, key: str = "goal") -> None:
    """One goal: its figures, status in words, explanation and trend. The choice is kept
    in the URL as ``goal=GOAL_ID``."""
    ordered = charts.by_urgency(goals)
    ids = list(dict.fromkeys(ordered.goal_id))
    wanted = st.session_state.get(key, st.query_params.get(key, ""))
    chosen = st.selectbox(
        t("goal_pick", lang),
        ids,
        index=ids.index(wanted) if wanted in ids else 0,
        format_func=lambda i: _label(next(ordered[ordered.goal_id == i].itertuples())),
        key=key,
    )
    st.query_params[key] = chosen
    g = next(ordered[ordered.goal_id == chosen].itertuples())
    left, right = st.columns([2, 3])
    with left:
        st.markdown(f"**{g.name}**")
        st.caption(f"{g.scope} · {t('deadline', lang)} {fmt.date(g.deadline, lang)}")
        st.markdown(
            f"{t('status', lang)}: :{charts.STATUS_BADGE[g.status]}-badge"
            f"[{charts.status_label(g.status, lang)}]"
        )
        st.markdown(
            f"{t('current', lang)}: **{fmt.amount(g.value, g.unit, lang)}** · "
            f"{t('target', lang)}: {target_text(g.target_value, g.unit, _cmp(g), lang)} · "
            f"{t('achieved_pct', lang)}: **{fmt.percent(g.pct, 1, lang)}**"
        )
        st.caption(
            f"{t('judged_at', lang)}: {fmt.date(g.judged_on, lang)}"
            + (
                f" · {t('data_year', lang)}: {int(g.data_year)}"
                if g.data_year == g.data_year and g.data_year
                else ""
            )
        )
        st.caption(status_help(g, lang))
        st.caption(f"{t('source_document', lang)}: {g.source_document}")
        source(g, lang)
    with right:
        if g.points:
            widgets.chart(charts.goal_trend(g, lang), f"{key}_trend")
        else:
            st.caption(t("status_no_data", lang))


def source(g, lang: str) -> None:
    """The plan's sentence a goal came from, and a link to it highlighted in the plan
    (goals from a workbook, or frames from before sentences were kept, have none)."""
    quote = getattr(g, "quote", None)
    batch = getattr(g, "batch_id", None)
    if not isinstance(quote, str) or not quote.strip():
        return
    st.caption(plan_view.quote_caption(quote))
    if batch is None or batch != batch:  # NaN: a frame put together from several
        return
    st.page_link(
        str(BY_KEY["plan"].path),
        label=t("plan_link", lang),
        icon=":material/article:",
        query_params=plan_view.plan_link(int(batch), g.goal_id),
    )


def table(goals: pd.DataFrame, lang: str, key: str, title: str) -> None:
    """Every goal, as text in the reader's formats (the Excel export keeps the numbers)."""
    ordered = charts.by_urgency(goals)
    shown = ordered.assign(
        status=[charts.status_label(s, lang) for s in ordered.status],
        value_text=[
            fmt.amount(v, u, lang) for v, u in zip(ordered.value, ordered.unit, strict=True)
        ],
        target_text=[
            target_text(v, u, c, lang)
            for v, u, c in zip(
                ordered.target_value,
                ordered.unit,
                ordered.get("comparison", [None] * len(ordered)),
                strict=True,
            )
        ],
        projected_text=[
            fmt.amount(v, u, lang) for v, u in zip(ordered.projected, ordered.unit, strict=True)
        ],
    )
    widgets.table(
        shown,
        {
            "name": t("goal", lang),
            "scope": t("scope", lang),
            "status": t("status", lang),
            "value_text": t("current", lang),
            "target_text": t("target", lang),
            "pct": t("achieved_pct", lang),
            "deadline": t("deadline", lang),
            "projected_text": t("projected", lang),
            "judged_on": t("judged_at", lang),
            "source_document": t("source_document", lang),
        },
        key,
        lang,
        {"pct": "pct", "deadline": "date", "judged_on": "date"},
        title=title,
    )


def contributions(parts: pd.DataFrame, lang: str, key: str, title: str) -> None:
    """A district's or commune's part of the province's count goals."""
    shown = parts.assign(
        value_text=[fmt.amount(v, u, lang) for v, u in zip(parts.value, parts.unit, strict=True)],
        province_text=[
            fmt.amount(v, u, lang) for v, u in zip(parts.province_value, parts.unit, strict=True)
        ],
        target_text=[
            fmt.amount(v, u, lang) for v, u in zip(parts.target_value, parts.unit, strict=True)
        ],
    )
    widgets.table(
        shown,
        {
            "name": t("goal", lang),
            "value_text": t("unit_value", lang),
            "province_text": t("province_value", lang),
            "part_pct": t("part_pct", lang),
            "target_text": t("target", lang),
            "deadline": t("deadline", lang),
        },
        key,
        lang,
        {"part_pct": "pct", "deadline": "date"},
        title=title,
    )
