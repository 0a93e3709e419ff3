"""Đơn vị: everything about one province, district or commune, and a way down and up.

The province and district come from the sidebar; a commune is chosen here. The table of
units one level down drills further on a click, and the breadcrumb goes back up.
"""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, fmt, goal_view, state, widgets
from dashboard.i18n import t
from dashboard.queries import filters as fq
from dashboard.queries import goals as gq
from dashboard.queries import ntm as nq
from dashboard.queries import officers as oq_
from dashboard.queries import training as tq
from dashboard.queries.scope import Scope

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_unit", lang))
if filters is None:
    st.stop()
state.demo_banner(filters)
scope = filters.scope

# A commune, chosen on this page, inside the province or district of the sidebar.
commune = None
if filters.unit.code and not scope.new_units:
    communes = data.query(fq.communes_with_data, filters.unit)
    if not communes.empty:
        names = dict(
            zip(
                communes.code,
                communes.name + " (" + communes.district_name.fillna("") + ")",
                strict=True,
            )
        )
        if "_commune_pick" in st.session_state:  # a click in the table below, last run
            st.session_state["commune"] = st.session_state.pop("_commune_pick")
        wanted = st.session_state.get("commune", st.query_params.get("commune", ""))
        options = ["", *communes.code]
        choice = st.selectbox(
            t("level_commune", lang),
            options,
            index=options.index(wanted) if wanted in options else 0,
            key="commune",
            format_func=lambda c: names.get(c, t("whole_unit", lang)),
        )
        if choice:
            st.query_params["commune"] = choice
            commune = (choice, communes.set_index("code").loc[choice, "name"])
        else:
            st.query_params.pop("commune", None)

extra = ("commune", commune[0], commune[1]) if commune else None
state.breadcrumb(filters, extra)
if commune:
    unit = fq.UnitFilter(filters.unit.era, "commune", commune[0])
    scope = Scope(unit, scope.years, scope.program, scope.criteria_set, False)
    label = commune[1]
else:
    unit, label = filters.unit, filters.unit_label
st.header(label)

batch_ids: set[int] = set()

# The goals of this unit, and those of the units above it measured on this one
goals = data.query(gq.goal_progress, unit, filters.years, state.today())
st.subheader(t("goals", lang))
if goals.empty:
    st.caption(t("no_goals_here", lang))
else:
    batch_ids |= {b for ids in goals.batch_ids for b in ids}
    judged, parts = goal_view.split(goals)
    if unit.level in ("district", "commune"):
        st.caption(
            t("inherited_goals", lang).format(parent=t("level_province", lang).lower(), unit=label)
        )
    if not judged.empty:
        goal_view.status_counts(judged, lang)
        goal_view.table(judged, lang, "unit_goals", f"{t('goals', lang)} — {label}")
    if not parts.empty:
        goal_view.contributions(
            parts, lang, "unit_goal_parts", f"{t('contributions', lang)} — {label}"
        )

# Officers
st.subheader(t("page_officers", lang))
mix = data.query(oq_.composition, scope)
if not mix["officers"]:
    st.caption(t("no_officers_here", lang))
else:
    cols = st.columns(4)
    cols[0].metric(t("officers_total", lang), fmt.number(mix["officers"], 0, lang))
    mix["women"].metric(cols[1], t("share_women", lang), lang)
    mix["minority"].metric(cols[2], t("share_minority", lang), lang)
    mix["theory_mid"].metric(cols[3], t("share_theory_mid", lang), lang)
    batch_ids |= set(data.query(oq_.batch_ids, scope))
    if not commune:
        level = oq_.child_level(scope)
        children = data.query(oq_.by_unit, scope)
        st.caption(t("children_help", lang))
        picked = widgets.table(
            children,
            {
                "name": t(f"level_{level}", lang),
                "total": t("officers_total", lang),
                "serving": t("serving", lang),
                "women": t("women", lang),
            },
            "unit_children",
            lang,
            {"total": "int", "serving": "int", "women": "int"},
            title=f"{t('by_unit', lang)} — {label}",
            selectable=True,
        )
        if picked is not None:
            code = str(children.iloc[picked].code)
            if level == "commune":
                st.session_state["_commune_pick"] = code
                st.rerun()
            else:
                state.drill(level, code, "2025" if scope.new_units else None)
    else:
        widgets.table(
            data.query(oq_.roster, scope, ""),
            {
                "full_name": t("full_name", lang),
                "gender": t("gender", lang),
                "birth_year": t("birth_year", lang),
                "position": t("position", lang),
                "program": t("program", lang),
                "start_date": t("start_date", lang),
                "end_date": t("end_date", lang),
                "status": t("status", lang),
            },
            "unit_roster",
            lang,
            {"start_date": "date", "end_date": "date"},
            title=f"{t('roster', lang)} — {label}",
        )

# New rural
st.subheader(t("page_ntm", lang))
if commune:
    history = data.query(nq.commune_history, unit.era, commune[0])
    if history.empty:
        st.caption(t("no_ntm_here", lang))
    else:
        widgets.chart(charts.criteria_heatmap(history, lang), "unit_history")
else:
    levels = data.query(nq.levels_by_year, scope)
    if levels.empty:
        st.caption(t("no_ntm_here", lang))
    else:
        widgets.chart(
            charts.levels_by_year(levels, data.query(nq.ntm_goals, scope), lang), "unit_levels"
        )
        year = int(levels.year.max())
        near = data.query(nq.near_misses, scope, year)
        if not near.empty:
            st.markdown(f"**{t('near_misses', lang)} ({year})**")
            widgets.table(
                near,
                {
                    "commune_name": t("level_commune", lang),
                    "district_name": t("level_district", lang),
                    "criteria_met": t("criteria_met", lang),
                    "missing_criteria": t("missing_criteria", lang),
                },
                "unit_near",
                lang,
                {"criteria_met": "int"},
                title=f"{t('near_misses', lang)} — {label}",
            )
batch_ids |= set(data.query(nq.batch_ids, scope))

# Training
st.subheader(t("page_training", lang))
training = data.query(tq.by_category, scope)
if training.empty:
    st.caption(t("no_training_here", lang))
else:
    widgets.table(
        training,
        {
            "category": t("category", lang),
            "level": t("training_level", lang),
            "target": t("target", lang),
            "achieved": t("achieved", lang),
            "pct": t("achieved_pct", lang),
        },
        "unit_training",
        lang,
        {"target": "int", "achieved": "int", "pct": "pct"},
        title=f"{t('page_training', lang)} — {label}",
    )
    batch_ids |= set(data.query(tq.batch_ids, scope))

widgets.sources(sorted(batch_ids), lang)
