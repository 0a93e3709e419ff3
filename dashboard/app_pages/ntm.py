"""Nông thôn mới: levels per year against the goal, criteria heatmap, near misses, map."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, fmt, shares, state, widgets
from dashboard.i18n import t
from dashboard.queries import ntm as q

filters = state.page_header("page_ntm")
lang, scope = filters.lang, filters.scope

years = data.query(q.years, scope)
if not years:
    widgets.empty(lang, "communes")
    st.stop()

levels = data.query(q.levels_by_year, scope)
goals = data.query(q.ntm_goals, scope)
widgets.chart(charts.levels_by_year(levels, goals, lang), "ntm_levels")
st.caption(t("shares_basis", lang).format(basis=t("ntm_share_basis", lang)))

year = st.select_slider(t("ntm_year", lang), years, value=years[-1], key="ntm_year")
# The share of communes recognised is of those whose level is known, and says so
ntm_share = q.share_of_year(levels, year)
cols = st.columns(4)
cols[0].metric(t("communes_assessed", lang), shares.count(ntm_share.total, lang))
cols[1].metric(t("communes_ntm", lang), shares.count(ntm_share.hit, lang))
ntm_share.metric(cols[2], t("share_ntm", lang), lang)
trend = data.query(q.trend, scope)
this_year = trend[trend.year == year]
cols[3].metric(
    t("mean_criteria", lang),
    fmt.number(this_year.mean_met.iloc[0] if not this_year.empty else None, 1, lang),
)
if scope.new_units:
    st.caption(t("ntm_own_units_note", lang))

st.subheader(t("near_misses", lang))
st.caption(t("near_misses_help", lang))
near = data.query(q.near_misses, scope, year)
if near.empty:
    st.info(t("no_near_misses", lang))
else:
    widgets.table(
        near,
        {
            "commune_name": t("level_commune", lang),
            "district_name": t("level_district", lang),
            "province_name": t("level_province", lang),
            "criteria_met": t("criteria_met", lang),
            "missing": t("criteria_missing", lang),
            "missing_criteria": t("missing_criteria", lang),
        },
        "ntm_near",
        lang,
        {"criteria_met": "int", "missing": "int"},
        title=f"{t('near_misses', lang)} {year}",
    )

st.subheader(t("heatmap", lang))
criteria_set = scope.criteria_set or data.query(q.criteria_set_of, scope, year)
cells = data.query(q.heatmap, scope, year, criteria_set) if criteria_set else None
if cells is None or cells.empty:
    st.info(t("no_heatmap", lang))
else:
    st.caption(
        t("heatmap_help", lang).format(
            set=criteria_set,
            n=fmt.number(cells.commune_code.nunique(), 0, lang),
            limit=q.HEATMAP_LIMIT,
        )
    )
    widgets.chart(charts.criteria_heatmap(cells, lang), "ntm_heatmap")

left, right = st.columns(2)
with left:
    dist = data.query(q.distribution, scope, year)
    widgets.chart(
        shares.count_axis(
            charts.bars(
                # "15", not "15.0": the criteria met are whole numbers
                dist.assign(criteria_met=[str(int(c)) for c in dist.criteria_met]),
                "criteria_met",
                "communes",
                t("distribution_chart", lang).format(year=year),
                lang,
                labels={"communes": t("communes", lang)},
            )
        ),
        "ntm_distribution",
    )
with right:
    means = charts.bars(
        trend.assign(year=trend.year.astype(str)),
        "year",
        "mean_met",
        t("trend_chart", lang),
        lang,
        labels={"mean_met": t("mean_criteria", lang)},
    )
    for trace in means.data:  # a mean, not a count: one decimal, as the metric above
        trace.text = [fmt.number(v, 1, lang) for v in trace.y]
        trace.hovertemplate = "%{x}: %{text}<extra></extra>"
    widgets.chart(means, "ntm_trend")

st.subheader(t("map", lang))
points = data.query(q.map_points, scope, year)
if points.empty:
    st.info(t("no_coordinates", lang))
else:
    widgets.chart(charts.commune_map(points, lang), "ntm_map")
    st.caption(t("map_help", lang))

widgets.table(
    levels.assign(
        year=levels.year.astype(str),
        level=[t("level_unknown", lang) if lv is None or lv != lv else lv for lv in levels.level],
    ),
    {
        "year": t("year", lang),
        "level": t("level", lang),
        "communes": t("communes", lang),
        "share": t("share", lang),
    },
    "ntm_levels",
    lang,
    {"communes": "int", "share": "pct"},  # counts whole on screen, exact in the export
    title=t("ntm_levels_chart", lang),
)
widgets.sources(data.query(q.batch_ids, scope), lang)
