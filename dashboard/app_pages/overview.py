"""Tổng quan: every goal against the data, headline counts, and data freshness."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, fmt, state
from dashboard.i18n import t
from dashboard.queries import overview as oq

filters: state.Filters | None = st.session_state.get("filters")
lang = filters.lang if filters else state.lang()
st.title(t("overview_title", lang))
if filters is None:
    st.stop()
state.demo_banner(filters)
st.caption(
    f"{t('unit', lang)}: **{filters.unit_label}**"
    + (
        f" · {t('period', lang)}: **{filters.years[0]}–{filters.years[1]}**"
        if filters.years
        else ""
    )
)

head = data.query(oq.headline, filters.unit, filters.years)
cols = st.columns(4)
cols[0].metric(t("headline_officers", lang), fmt.number(head["officers"], 0, lang))
cols[1].metric(t("headline_communes", lang), fmt.number(head["communes"], 0, lang))
cols[2].metric(t("headline_ntm", lang), fmt.number(head["ntm"], 0, lang))
cols[3].metric(t("headline_trained", lang), fmt.number(head["trained"], 0, lang))

goals = data.query(oq.goal_progress, filters.unit, filters.years)
st.subheader(t("goals", lang))
if goals.empty:
    st.warning(f"**{t('empty_title', lang)}.** {t('empty_body', lang)}")
else:
    for start in range(0, len(goals), 3):
        row = st.columns(3)
        for col, g in zip(row, goals.iloc[start : start + 3].itertuples(), strict=False):
            decimals = 1 if g.unit == "%" else 0
            with col.container(border=True):
                st.markdown(f"**{g.name}**")
                st.caption(f"{g.scope} · {t('deadline', lang)} {fmt.date(g.deadline, lang)}")
                st.metric(
                    t("current", lang),
                    f"{fmt.number(g.value, decimals, lang)} {g.unit}",
                    help=f"{t('how_computed', lang)}: {g.explain} "
                    f"{t('data_year', lang)}: {g.data_year or '—'}.",
                )
                st.progress(min(1.0, (g.pct or 0) / 100))
                color = charts.STATUS_BADGE[g.status]
                st.markdown(
                    f"{t('target', lang)}: {fmt.number(g.target_value, decimals, lang)} {g.unit}"
                    f" · {t('achieved_pct', lang)}: **{fmt.percent(g.pct, 1, lang)}**  \n"
                    f"{t('status', lang)}: :{color}[**{charts.status_label(g.status, lang)}**]"
                )
                st.caption(f"{t('source_document', lang)}: {g.source_document}")
    st.plotly_chart(charts.goal_progress_bar(goals, lang), width="stretch")

st.subheader(t("freshness", lang))
fresh = data.query(oq.freshness, filters.unit)
if fresh.empty:
    st.warning(f"**{t('empty_title', lang)}.** {t('empty_body', lang)}")
else:
    st.dataframe(
        {
            t("kind", lang): [t(f"kind_{k}", lang) for k in fresh.kind],
            t("batch", lang): fresh.batch_id,
            t("file", lang): fresh.file_name,
            t("as_of", lang): [fmt.date(d, lang) for d in fresh.as_of_date],
            t("loaded_at", lang): [fmt.datetime(d, lang) for d in fresh.loaded_at],
            t("rows", lang): [fmt.number(n, 0, lang) for n in fresh.rows_loaded],
            t("units_covered", lang): [", ".join(u) for u in fresh.unit_names],
        },
        hide_index=True,
        width="stretch",
    )

batch_ids = sorted(
    {b for ids in goals.get("batch_ids", []) for b in ids} | set(fresh.get("batch_id", []))
)
with st.expander(t("sources", lang)):
    st.caption(t("sources_help", lang))
    src = data.query(oq.batches, batch_ids)
    if not src.empty:
        st.dataframe(
            {
                t("batch", lang): src.batch_id,
                t("file", lang): src.file_name,
                t("kind", lang): [t(f"kind_{k}", lang) for k in src.kind],
                t("as_of", lang): [fmt.date(d, lang) for d in src.as_of_date],
                t("loaded_at", lang): [fmt.datetime(d, lang) for d in src.loaded_at],
                t("loaded_by", lang): src.loaded_by,
                t("rows", lang): [fmt.number(n, 0, lang) for n in src.rows_loaded],
            },
            hide_index=True,
            width="stretch",
        )
