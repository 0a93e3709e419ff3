"""Cán bộ: assignments by unit, program, post and status; composition; tenure; roster."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, data, fmt, shares, state, widgets
from dashboard.i18n import t
from dashboard.queries import officers as q

filters = state.page_header("page_officers")
lang, scope = filters.lang, filters.scope

prof = data.query(q.profile, scope)  # every breakdown on the page, in one query
mix = q.composition_of(prof)
if not mix["officers"]:
    widgets.empty(lang, "officers")
    st.stop()

if not data.restriction().personal:  # the leader's role: said, not left as "unknown"
    st.caption(t("personal_hidden", lang))

# Each ratio over the officers whose attribute is known, its denominator beneath it
cols = st.columns(6)
cols[0].metric(t("officers_total", lang), shares.count(mix["officers"], lang))
for col, key in zip(
    cols[1:], ("women", "minority", "university", "theory_mid", "party"), strict=True
):
    mix[key].metric(col, t(f"share_{key}", lang), lang)

st.subheader(t("by_unit", lang))
units = data.query(q.by_unit, scope)
level = q.child_level(scope)


def drill_unit(point: dict) -> None:
    code = point.get("customdata")
    if isinstance(code, list):
        code = code[0]
    if code and level in ("province", "district"):
        state.drill(level, str(code), "2025" if scope.new_units else None)


if units.empty:
    widgets.empty(lang, "officers")
else:
    widgets.chart(
        shares.count_axis(
            charts.bars(
                units.head(40),
                "name",
                "total",
                t("officers_by_unit", lang),
                lang,
                horizontal=True,
                customdata="code",
                labels={"total": t("officers_total", lang)},
            ),
            "x",
        ),
        "officers_units",
        on_click=drill_unit if level in ("province", "district") else None,
    )
    if level in ("province", "district"):
        st.caption(t("click_to_drill", lang))
    picked = widgets.table(
        units,
        {
            "name": t(f"level_{level}", lang),
            "total": t("officers_total", lang),
            "serving": t("serving", lang),
            "women": t("women", lang),
            "communes": t("communes_with_officers", lang),
        },
        "officers_units",
        lang,
        {"total": "int", "serving": "int", "women": "int", "communes": "int"},
        title=t("officers_by_unit", lang),
        selectable=level in ("province", "district"),
    )
    if picked is not None:
        state.drill(level, str(units.iloc[picked].code), "2025" if scope.new_units else None)

st.subheader(t("by_program", lang))
posts = q.posts_of(prof)
widgets.chart(
    shares.count_axis(
        charts.bars(
            posts.groupby(["position", "status"], as_index=False).officers.sum(),
            "position",
            "officers",
            t("officers_by_post", lang),
            lang,
            color="status",
            horizontal=True,
        ),
        "x",
    ),
    "officers_posts",
)
widgets.table(
    posts,
    {
        "program": t("program", lang),
        "position": t("position", lang),
        "status": t("status", lang),
        "officers": t("officers_total", lang),
    },
    "officers_posts",
    lang,
    {"officers": "int"},
    title=t("by_program", lang),
)

st.subheader(t("composition", lang))
left, right = st.columns(2)
for i, column in enumerate(("gender", "age_band", "ethnicity", "education", "political_theory")):
    frame = q.breakdown_of(prof, column).head(12)
    frame = frame.assign(
        value=[t("not_given", lang) if v == q.NOT_GIVEN else v for v in frame.value]
    )
    fig = charts.bars(
        frame,
        "value",
        "officers",
        t(f"breakdown_{column}", lang),
        lang,
        horizontal=True,
        labels={"officers": t("officers_total", lang)},
    )
    if not frame.empty:
        shares.bar_labels(fig, frame.officers, frame.share, lang)  # "224 · 66,3%"
    with left if i % 2 == 0 else right:
        widgets.chart(shares.count_axis(fig, "x"), f"officers_{column}")
        if not frame.empty:  # what the percentages are of: the known, out of everyone
            basis = shares.denominator(frame.known.iloc[0], frame.total.iloc[0], "people", lang)
            st.caption(t("shares_basis", lang).format(basis=basis))

st.subheader(t("tenure", lang))
timeline = data.query(q.tenure_timeline, scope)
if not timeline.empty:
    long = timeline.melt("year", ["serving", "started", "ended"], "what", "officers")
    long["what"] = [t(w, lang) for w in long.what]
    long["year"] = long.year.astype(str)  # a year a bar, no "2012,5" tick
    widgets.chart(
        shares.count_axis(
            charts.bars(
                long,
                "year",
                "officers",
                t("tenure_chart", lang),
                lang,
                color="what",
                barmode="group",
            )
        ),
        "officers_tenure",
    )
placed = q.breakdown_of(prof, "placement").rename(columns={"value": "placement"})
if not placed.empty:
    widgets.chart(
        shares.count_axis(
            charts.bars(
                placed.head(15),
                "placement",
                "officers",
                t("placement_chart", lang),
                lang,
                horizontal=True,
            ),
            "x",
        ),
        "officers_placement",
    )

st.subheader(t("roster", lang))
search = st.text_input(t("roster_search", lang), key="roster_q", placeholder="Nguyễn Văn …")
roster = data.query(q.roster, scope, search)
st.caption(
    t("roster_count", lang).format(n=fmt.number(len(roster), 0, lang))
    + (
        f" {t('roster_limit', lang).format(n=fmt.number(q.ROSTER_LIMIT, 0, lang))}"
        if len(roster) >= q.ROSTER_LIMIT
        else ""
    )
)
widgets.table(
    roster,
    {
        "full_name": t("full_name", lang),
        "gender": t("gender", lang),
        "birth_year": t("birth_year", lang),
        "ethnicity": t("ethnicity", lang),
        "position": t("position", lang),
        "program": t("program", lang),
        "commune_name": t("level_commune", lang),
        "district_name": t("level_district", lang),
        "province_name": t("level_province", lang),
        "start_date": t("start_date", lang),
        "end_date": t("end_date", lang),
        "status": t("status", lang),
        "education": t("education", lang),
        "political_theory": t("political_theory", lang),
        "placement_after": t("placement_after", lang),
    },
    "roster",
    lang,
    {"start_date": "date", "end_date": "date"},
    title=t("roster", lang),
    height=420,
)
widgets.sources(data.query(q.batch_ids, scope), lang)
