"""Văn bản kế hoạch: the plan kept with a goals batch, every saved sentence highlighted.

``?batch=N&goal=GOAL_ID`` (or ``&duty=DUTY_ID``) opens batch N's plan at that goal's
sentence: a dashboard goal links here (a link naming only the goal finds its batch).
Without them, the reader picks a plan. What the page computes is in
:mod:`dashboard.plan_view` and :mod:`dashboard.queries.plans`.
"""

from __future__ import annotations

import streamlit as st

from dashboard import data, fmt, plan_view, state
from dashboard.i18n import t
from dashboard.queries import plans as pq
from etl.store import WarehouseError

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_plan", lang))
if filters:
    state.demo_banner(filters)


def _batch_param() -> tuple[int | None, bool]:
    """The batch the URL asks for (and True), or the batch of the goal (or duty) it names
    (and False: a goal from a workbook has no plan, and that needs no saying). A batch
    number that is not one is said, not raised."""
    value = str(st.query_params.get("batch", "") or "").strip()
    if value:
        if value.isdigit():
            return int(value), True
        said = plan_view.markdown_text(value[:40])  # from the URL: shown, never read as markdown
        st.info(t("plan_unknown_batch", lang).format(batch=said), icon=":material/info:")
        return None, False
    goal, duty = st.query_params.get("goal"), st.query_params.get("duty")
    if goal:
        return data.query(pq.batch_of_goal, goal), False
    if duty:
        return data.query(pq.batch_of_duty, duty), False
    return None, False


def _forget_item() -> None:
    """Another plan was picked: the goal or duty of the link belongs to the one before."""
    for name in ("goal", "duty"):
        st.query_params.pop(name, None)
    st.query_params["batch"] = str(st.session_state["plan_batch"])


try:
    listed = data.query(pq.plans)
    wanted, asked = _batch_param()
except WarehouseError:  # no warehouse yet: the sidebar says so
    st.stop()

ids = [int(b) for b in listed.batch_id]
if wanted is not None and wanted not in ids:
    if asked:
        st.info(t("plan_unknown_batch", lang).format(batch=wanted), icon=":material/info:")
    wanted = None
if not ids:
    st.info(t("plan_none", lang), icon=":material/article:")
    st.stop()

by_id = listed.set_index("batch_id")


def _reference(batch: int) -> str:
    """How the plan names itself ("KH 45/KH-UBND ngày 15/03/2011"), or "Kế hoạch"."""
    found = by_id.loc[batch, "reference"]
    return found if isinstance(found, str) and found else t("plan_no_reference", lang)


if st.session_state.get("plan_batch") not in ids:
    st.session_state.pop("plan_batch", None)
current = st.session_state.get("plan_batch", wanted)  # picked here first, then the link's
chosen = st.selectbox(
    t("plan_pick_batch", lang),
    ids,
    index=ids.index(current) if current in ids else None,
    key="plan_batch",
    format_func=lambda b: t("plan_batch_label", lang).format(
        batch=b,
        file=by_id.loc[b, "file_name"],
        reference=_reference(b),
    ),
    placeholder=t("plan_pick_placeholder", lang),
    on_change=_forget_item,
)
if chosen is None:
    st.stop()
batch_id = int(chosen)
st.query_params["batch"] = str(batch_id)

plan = data.query(pq.plan, batch_id)
if plan is None:  # gone since the list was read
    st.info(t("plan_unknown_batch", lang).format(batch=batch_id), icon=":material/info:")
    st.stop()
row = by_id.loc[batch_id]
left, right = st.columns([3, 1])
left.markdown(
    f"**{t('plan_reference', lang)}:** {plan_view.markdown_text(_reference(batch_id))} · "
    f"**{t('file', lang)}:** {plan_view.markdown_text(row.file_name)} · "
    f"**{t('batch', lang)}:** {batch_id} ({t(f'batch_{row.status}', lang).lower()}) · "
    f"**{t('loaded_at', lang)}:** {fmt.datetime(row.loaded_at, lang)}"
)
if plan.content:
    right.download_button(
        t("plan_download", lang),
        plan.content,
        file_name=plan.file_name,
        key=f"plan_file_{batch_id}",
        icon=":material/download:",
        on_click="ignore",
    )

saved = data.query(pq.sentences, batch_id)
spans = {(r.kind, r.id): plan_view.locate(plan.text, r.quote) for r in saved.itertuples()}
names = {(r.kind, r.id): r.name for r in saved.itertuples()}
goal, duty = st.query_params.get("goal"), st.query_params.get("duty")
target = ("goal", goal) if goal else ("duty", duty) if duty else None
strong = anchor = None
if target is not None:
    kind, ident = target
    if target not in spans:
        st.info(
            t(f"plan_{kind}_not_in_batch", lang).format(
                id=plan_view.markdown_text(ident[:80]), batch=batch_id
            ),
            icon=":material/info:",
        )
    elif spans[target] is None:
        st.info(
            t("plan_quote_missing", lang).format(id=plan_view.markdown_text(ident)),
            icon=":material/info:",
        )
    else:
        strong, anchor = spans[target], f"{kind}-{ident}"
        st.markdown(
            t(f"plan_showing_{kind}", lang).format(
                id=plan_view.markdown_text(ident),
                name=plan_view.markdown_text(names[target] or ident),
            )
        )
        st.html(plan_view.paragraph_html(plan, *strong))

st.subheader(t("plan_text", lang))
found = sorted({s for s in spans.values() if s is not None})  # a duty's rows share one
st.caption(t("plan_marked", lang).format(n=fmt.number(len(found), 0, lang)))
long = plan.text.count("\n") > 30  # a long plan scrolls in its own box
with st.container(height=600 if long else "content", border=True):
    st.html(plan_view.text_html(plan.text, found, strong, anchor))
