"""Tổng quan: on the first screen, how many goals are met, on track, behind or at risk,
and every goal with the most urgent first; below, one goal in detail, who reported on
time, and how fresh the data is."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, fmt, goal_view, state, widgets
from dashboard.i18n import t
from dashboard.queries import goals as gq
from dashboard.queries import overview as oq

filters = state.page_header("overview_title")
lang = filters.lang
today = state.today()
as_of = oq.as_of_day(filters.years, today)

# Goals, duties and files are read in the units the plans named (see oq.plan_units).
units = oq.plan_units(filters.scope)


def gather(fn, *args):
    frames = [data.query(fn, unit, *args) for unit in units]
    frames = [f for f in frames if not f.empty] or frames[:1]
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


# First screen: how many goals are in each status, then every goal, most urgent first.
goals = gather(gq.goal_progress, filters.years, today)
judged, parts = goal_view.split(goals)
st.subheader(t("goals", lang))
st.caption(t("judged_on", lang).format(date=fmt.date(today, lang)))
if filters.scope.new_units and len(units) > 1:
    st.caption(t("plans_in_own_units", lang))
if goals.empty:
    st.info(t("no_goals_anywhere", lang), icon=":material/flag:")
if not judged.empty:
    goal_view.status_counts(judged, lang)
    goal_view.scorecard(judged, lang, "goals")
if filters.unit.level in ("district", "commune") and not goals.empty:
    st.caption(
        t("inherited_goals", lang).format(
            parent=t("level_province", lang).lower(), unit=filters.unit_label
        )
    )
if not parts.empty:
    goal_view.contributions(
        parts, lang, "goal_parts", f"{t('contributions', lang)} — {filters.unit_label}"
    )

# Below the first screen: one goal in detail, then the full table and the other figures.
if not judged.empty:
    st.subheader(t("goal_detail", lang))
    goal_view.detail(judged, lang)
    st.subheader(t("all_goals", lang))
    goal_view.table(judged, lang, "goals_table", t("goals", lang))

st.subheader(t("headline", lang))
head = data.query(oq.headline, filters.unit, filters.years, filters.scope)
cols = st.columns(4)
cols[0].metric(t("headline_officers", lang), fmt.number(head["officers"], 0, lang))
cols[1].metric(t("headline_communes", lang), fmt.number(head["communes"], 0, lang))
cols[2].metric(t("headline_ntm", lang), fmt.number(head["ntm"], 0, lang))
cols[3].metric(t("headline_trained", lang), fmt.number(head["trained"], 0, lang))

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
