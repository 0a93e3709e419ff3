"""Đào tạo, bồi dưỡng: target against achieved, cumulative progress and its projection."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, data, shares, state, widgets
from dashboard.i18n import t
from dashboard.queries import overview as oq
from dashboard.queries import training as q

filters = state.page_header("page_training")
lang, scope = filters.lang, filters.scope

categories = data.query(q.by_category, scope)
if categories.empty:
    widgets.empty(lang, "training")
    st.stop()

with_target = categories[categories.target.notna()]
if not with_target.empty:
    labels = [
        " · ".join(str(p) for p in (c, lv, f"{p0}–{p1}") if pd.notna(p))
        for c, lv, p0, p1 in zip(
            with_target.category,
            with_target.level,
            with_target.period_start,
            with_target.period_end,
            strict=True,
        )
    ]  # a category trained at no particular level has none; a plan period tells two apart
    long = with_target.assign(label=labels).melt("label", ["target", "achieved"], "what", "people")
    long["what"] = [t(w, lang) for w in long.what]
    widgets.chart(
        shares.count_axis(
            charts.bars(
                long,
                "label",
                "people",
                t("training_target_chart", lang),
                lang,
                color="what",
                horizontal=True,
                barmode="group",
            ),
            "x",
        ),
        "training_targets",
    )
widgets.table(
    categories,
    {
        "category": t("category", lang),
        "level": t("training_level", lang),
        "period_start": t("period_start", lang),
        "period_end": t("period_end", lang),
        "target": t("target", lang),
        "achieved": t("achieved", lang),
        "pct": t("achieved_pct", lang),
    },
    "training_categories",
    lang,
    {"target": "int", "achieved": "int", "pct": "pct"},
    title=t("training_target_chart", lang),
)

st.subheader(t("cumulative", lang))
cum = data.query(q.cumulative, scope)
if cum.empty:
    st.info(t("no_training_targets", lang))
else:
    proj = q.projections(cum, oq.as_of_day(filters.years, state.as_of_override()))
    widgets.chart(
        shares.count_axis(charts.cumulative_training(cum, proj, lang)), "training_cumulative"
    )
    widgets.table(
        proj.assign(status=[charts.status_label(s, lang) for s in proj.status]),
        {
            "category": t("category", lang),
            "period_start": t("period_start", lang),
            "period_end": t("period_end", lang),
            "target": t("target", lang),
            "current": t("current", lang),
            "projected": t("projected", lang),
            "slope": t("per_year", lang),
            "status": t("status", lang),
        },
        "training_projection",
        lang,
        {"target": "int", "current": "int", "projected": "int", "slope": "dec"},
        title=t("cumulative", lang),
    )
    st.caption(t("training_projection_help", lang))

st.subheader(t("by_year", lang))
per_year = data.query(q.by_year, scope)
widgets.chart(
    shares.count_axis(
        charts.bars(
            per_year.assign(year=per_year.year.astype(str)),
            "year",
            "achieved",
            t("training_year_chart", lang),
            lang,
            color="category",
        )
    ),
    "training_years",
)

st.subheader(t("by_unit", lang))
units = data.query(q.by_unit, scope)


def drill_unit(point: dict) -> None:
    code = point.get("customdata")
    if isinstance(code, list):
        code = code[0]
    row = units[units.code == code]
    if not row.empty and row.level.iloc[0] in ("province", "district"):
        state.drill(row.level.iloc[0], str(code), "2025" if scope.new_units else None)


totals = units.groupby(["code", "name"], as_index=False).achieved.sum()
widgets.chart(
    shares.count_axis(
        charts.bars(
            totals.sort_values("achieved", ascending=False).head(40),
            "name",
            "achieved",
            t("training_unit_chart", lang),
            lang,
            horizontal=True,
            customdata="code",
        ),
        "x",
    ),
    "training_units",
    on_click=drill_unit,
)
widgets.table(
    units,
    {
        "name": t("unit", lang),
        "category": t("category", lang),
        "achieved": t("achieved", lang),
    },
    "training_units",
    lang,
    {"achieved": "int"},
    title=t("training_unit_chart", lang),
)
widgets.sources(data.query(q.batch_ids, scope), lang)
