"""Tổng quan: every goal against the data and where its trend leads, who reported on time,
and how fresh the data is."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, fmt, state, widgets
from dashboard.i18n import t
from dashboard.projection import BEHIND_RATIO
from dashboard.queries import overview as oq

MAX_CARDS = 18
URGENCY = ("at_risk", "behind", "no_trend", "missed", "on_track", "no_data", "met")

filters = state.page_header("overview_title")
lang = filters.lang
as_of = oq.as_of_day(filters.years, state.as_of_override())
st.caption(t("judged_on", lang).format(date=fmt.date(as_of, lang)))

head = data.query(oq.headline, filters.unit, filters.years, filters.scope)
# Goals, duties and files are read in the units the plans named (see oq.plan_units).
units = oq.plan_units(filters.scope)
if filters.scope.new_units and len(units) > 1:
    st.caption(t("plans_in_own_units", lang))


def gather(fn, *args):
    frames = [data.query(fn, unit, *args) for unit in units]
    frames = [f for f in frames if not f.empty] or frames[:1]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


cols = st.columns(4)
cols[0].metric(t("headline_officers", lang), fmt.number(head["officers"], 0, lang))
cols[1].metric(t("headline_communes", lang), fmt.number(head["communes"], 0, lang))
cols[2].metric(t("headline_ntm", lang), fmt.number(head["ntm"], 0, lang))
cols[3].metric(t("headline_trained", lang), fmt.number(head["trained"], 0, lang))


def status_help(g) -> str:
    """How the status was reached, in words a leader can check."""
    decimals = 1 if g.unit == "%" else 0
    text = f"{t('how_computed', lang)}: {g.explain} "
    if g.method == "trend":
        text += t("explain_trend", lang).format(
            n=len(g.points[-5:]),
            slope=fmt.number(g.slope, 1, lang),
            unit=g.unit,
            projected=fmt.number(g.projected, decimals, lang),
            deadline=fmt.date(g.deadline, lang),
            ratio=fmt.percent(100 * g.projected / g.target_value, 0, lang),
        )
    elif g.method == "pace":
        text += t("explain_pace", lang).format(
            slope=fmt.number(g.slope, 1, lang),
            unit=g.unit,
            projected=fmt.number(g.projected, decimals, lang),
            deadline=fmt.date(g.deadline, lang),
            ratio=fmt.percent(100 * g.projected / g.target_value, 0, lang),
        )
    return (
        text + " " + t("explain_rule", lang).format(behind=fmt.percent(100 * BEHIND_RATIO, 0, lang))
    )


goals = gather(oq.goal_progress, filters.years, as_of, lang)
st.subheader(t("goals", lang))
if goals.empty:
    widgets.empty(lang, "goals")
else:
    counts = goals.status.value_counts()
    badges = " · ".join(
        f":{charts.STATUS_BADGE[s]}[**{charts.status_label(s, lang)}: {counts[s]}**]"
        for s in charts.STATUS_COLORS
        if s in counts
    )
    st.markdown(badges)
    # A province has a dozen goals; the whole country has a thousand. Cards and the chart
    # show the ones that need attention first; the table below lists them all.
    urgency = {s: i for i, s in enumerate(URGENCY)}
    shown = goals
    if len(goals) > MAX_CARDS:
        shown = (
            goals.assign(_u=goals.status.map(urgency))
            .sort_values(["_u", "deadline"], kind="stable")
            .head(MAX_CARDS)
        )
        st.caption(
            t("cards_capped", lang).format(n=MAX_CARDS, total=fmt.number(len(goals), 0, lang))
        )
    for start in range(0, len(shown), 3):
        row = st.columns(3)
        for col, g in zip(row, shown.iloc[start : start + 3].itertuples(), strict=False):
            decimals = 1 if g.unit == "%" else 0
            with col.container(border=True):
                st.markdown(f"**{g.name}**")
                st.caption(f"{g.scope} · {t('deadline', lang)} {fmt.date(g.deadline, lang)}")
                st.metric(
                    t("current", lang),
                    f"{fmt.number(g.value, decimals, lang)} {g.unit}",
                    help=f"{t('data_year', lang)}: {g.data_year or '—'}.",
                )
                st.progress(min(1.0, (g.pct or 0) / 100))
                st.markdown(
                    f"{t('target', lang)}: {fmt.number(g.target_value, decimals, lang)} {g.unit}"
                    f" · {t('achieved_pct', lang)}: **{fmt.percent(g.pct, 1, lang)}**"
                )
                st.markdown(
                    f"{t('status', lang)}: :{charts.STATUS_BADGE[g.status]}"
                    f"[**{charts.status_label(g.status, lang)}**]",
                    help=status_help(g),
                )
                st.caption(f"{t('source_document', lang)}: {g.source_document}")
    widgets.chart(charts.goal_progress_bar(shown, lang), "goals")
    with_points = shown[shown.points.map(len) > 0]
    if not with_points.empty:
        chosen = st.selectbox(
            t("goal_trend_pick", lang),
            list(with_points.goal_id),
            format_func=lambda i: with_points.set_index("goal_id").loc[i, "name"],
            key="goal_trend",
        )
        goal = next(g for g in with_points.itertuples() if g.goal_id == chosen)
        widgets.chart(charts.goal_trend(goal, lang), "goal_trend")
    widgets.table(
        goals.assign(status=[charts.status_label(s, lang) for s in goals.status]),
        {
            "name": t("goal", lang),
            "scope": t("scope", lang),
            "target_value": t("target", lang),
            "unit": t("unit_of_measure", lang),
            "deadline": t("deadline", lang),
            "value": t("current", lang),
            "pct": t("achieved_pct", lang),
            "projected": t("projected", lang),
            "status": t("status", lang),
            "source_document": t("source_document", lang),
        },
        "goals",
        lang,
        {
            "target_value": "dec",
            "value": "dec",
            "pct": "pct",
            "projected": "dec",
            "deadline": "date",
        },
        title=t("goals", lang),
    )

st.subheader(t("reporting", lang))
report_years = sorted({y for unit in units for y in data.query(oq.reporting_years, unit)})
if not report_years:
    st.caption(t("no_duties", lang))
    report = None
else:
    due = [y for y in report_years if y <= as_of.year] or report_years
    year = st.selectbox(
        t("reporting_year", lang),
        report_years,
        index=report_years.index(due[-1]),
        key="report_year",
    )
    report = gather(oq.reporting, year, as_of)
    left, right = st.columns([1, 2])
    with left:
        widgets.chart(charts.reporting_bar(report, lang), "reporting")
    with right:
        widgets.table(
            report.assign(status=[t(f"report_{s}", lang) for s in report.status]),
            {
                "unit_name": t("unit", lang),
                "report_name": t("report_name", lang),
                "period_label": t("period_label", lang),
                "due_date": t("due_date", lang),
                "sent_at": t("sent_at", lang),
                "status": t("status", lang),
                "days_late": t("days_late", lang),
                "file_name": t("file", lang),
                "recipient": t("recipient", lang),
            },
            "reporting",
            lang,
            {"due_date": "date", "sent_at": "datetime", "days_late": "int"},
            title=t("reporting", lang),
        )

st.subheader(t("freshness", lang))
fresh = gather(oq.freshness)
if fresh.empty:
    widgets.empty(lang)
else:
    widgets.table(
        fresh.assign(
            kind=[t(f"kind_{k}", lang) for k in fresh.kind],
            unit_names=[", ".join(u) for u in fresh.unit_names],
        ),
        {
            "kind": t("kind", lang),
            "batch_id": t("batch", lang),
            "file_name": t("file", lang),
            "as_of_date": t("as_of", lang),
            "loaded_at": t("loaded_at", lang),
            "rows_loaded": t("rows", lang),
            "unit_names": t("units_covered", lang),
        },
        "freshness",
        lang,
        {"as_of_date": "date", "loaded_at": "datetime", "rows_loaded": "int"},
        title=t("freshness", lang),
    )

batch_ids = {b for ids in goals.get("batch_ids", []) for b in ids} | set(fresh.get("batch_id", []))
if report is not None:
    batch_ids |= {int(b) for b in report.batch_id.dropna()} | set(report.duty_batch_id)
widgets.sources(sorted(batch_ids), lang)
