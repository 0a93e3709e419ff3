"""Lịch sử nạp: every batch, its original file, roll back, and compare two batches."""

from __future__ import annotations

import streamlit as st

from dashboard import data, fmt, signin, state, widgets
from dashboard.i18n import t
from dashboard.queries import history as hq
from etl.store import WarehouseError, history

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_history", lang))
if filters is None:
    st.stop()
state.demo_banner(filters)

restriction = data.restriction()
batches = data.query(hq.batches_list)
if batches.empty:
    widgets.empty(lang)
    st.stop()

left, right = st.columns(2)
kind = left.selectbox(
    t("kind", lang),
    ["", *sorted(set(batches.kind))],
    key="history_kind",
    format_func=lambda k: t(f"kind_{k}", lang) if k else t("all_kinds", lang),
)
status = right.selectbox(
    t("status", lang),
    ["", "current", "superseded", "rolled_back"],
    key="history_status",
    format_func=lambda s: t(f"batch_{s}", lang) if s else t("all_statuses", lang),
)
shown = batches
if kind:
    shown = shown[shown.kind == kind]
if status:
    shown = shown[shown.status == status]
shown = shown.reset_index(drop=True)
st.caption(t("history_help", lang))
picked = widgets.table(
    hq.batches_table(shown, lang),
    {
        "batch_id": t("batch", lang),
        "loaded_at": t("loaded_at", lang),
        "loaded_by": t("loaded_by", lang),
        "file_name": t("file", lang),
        "kind": t("kind", lang),
        "unit_names": t("units_covered", lang),
        "era": t("batch_era", lang),
        "as_of_date": t("as_of", lang),
        "period": t("period_years", lang),
        "rows_loaded": t("rows", lang),
        "rows_rejected": t("rows_rejected", lang),
        "status": t("status", lang),
        "superseded_by": t("superseded_by", lang),
    },
    "history",
    lang,
    {"loaded_at": "datetime", "rows_loaded": "int", "rows_rejected": "int"},
    title=t("page_history", lang),
    selectable=True,
    height=420,
)

# A batch is chosen by a click on its row or in the list below (the list also serves
# keyboards and screen readers). A new click wins; otherwise the list keeps its choice.
if picked is not None and st.session_state.get("_history_clicked") != picked:
    st.session_state["_history_clicked"] = picked
    st.session_state["history_batch"] = int(shown.iloc[picked].batch_id)
choices = [None, *[int(b) for b in shown.batch_id]]
if st.session_state.get("history_batch") not in choices:
    st.session_state.pop("history_batch", None)
chosen = st.selectbox(
    t("pick_batch", lang),
    choices,
    key="history_batch",
    format_func=lambda b: (
        t("pick_batch_none", lang)
        if b is None
        else f"{b} · {shown.set_index('batch_id').loc[b, 'file_name']}"
    ),
)

if chosen is not None:
    batch = shown.set_index("batch_id").loc[chosen]
    batch_id = int(chosen)
    st.subheader(t("batch_detail", lang).format(batch=batch_id, file=batch.file_name))
    wh = data.warehouse()
    cols = st.columns(3)
    try:
        if not restriction.personal:  # the file holds birth dates and party membership
            raise WarehouseError(t("personal_hidden", lang))
        name, content = history.original_file(wh, batch_id, restriction.units)
        cols[0].download_button(
            t("download_original", lang),
            content,
            file_name=name,
            key=f"orig_{batch_id}",
            icon=":material/download:",
            on_click=signin.log,
            args=("export", name, {"batch": batch_id, "original": True}),
        )
    except WarehouseError as exc:
        cols[0].caption(str(exc))
    if batch.status == "current" and signin.may("upload"):
        sure = cols[1].checkbox(t("rollback_sure", lang), key=f"sure_{batch_id}")
        if cols[2].button(
            t("rollback", lang),
            key=f"rollback_{batch_id}",
            disabled=not sure,
            icon=":material/undo:",
        ):
            try:
                done = history.rollback(wh, batch_id, restriction.units)
            except WarehouseError as exc:
                signin.log("rollback", str(batch_id), {"error": str(exc)[:300]}, "refused")
                st.error(str(exc))
            else:
                signin.log("rollback", str(batch_id), {"restored": done.restored})
                st.session_state["_history_message"] = t("rolled_back", lang).format(
                    batch=done.batch_id,
                    restored=", ".join(map(str, done.restored)) or t("none", lang),
                )
                st.rerun()
    rejected = data.query(hq.rejected, batch_id)
    if not rejected.empty:
        st.markdown(f"**{t('rejected_rows', lang)}**")
        widgets.table(
            hq.rejected_table(rejected),
            {
                "sheet": t("sheet", lang),
                "row": t("row", lang),
                "column": t("column", lang),
                "value": t("value", lang),
                "message": t("what_to_fix", lang),
            },
            f"rejected_{batch_id}",
            lang,
            title=t("rejected_rows", lang),
        )

message = st.session_state.pop("_history_message", None)
if message:
    st.success(message)

if not restriction.personal:  # a comparison shows the rows, birth dates and all
    st.stop()
st.subheader(t("compare", lang))
st.caption(t("compare_help", lang))
labels = {
    int(b.batch_id): f"{b.batch_id} · {b.file_name} · {fmt.datetime(b.loaded_at, lang)} · "
    f"{t(f'batch_{b.status}', lang)}"
    for b in batches.itertuples()
}
ids = list(labels)
c1, c2 = st.columns(2)
old = c1.selectbox(
    t("compare_old", lang),
    ids,
    key="compare_old",
    index=min(1, len(ids) - 1),
    format_func=labels.get,
)
same_kind = [
    i
    for i in ids
    if batches.set_index("batch_id").loc[i, "kind"]
    == batches.set_index("batch_id").loc[old, "kind"]
    and i != old
] or ids
new = c2.selectbox(t("compare_new", lang), same_kind, key="compare_new", format_func=labels.get)
if st.button(t("compare_run", lang), key="compare_run", icon=":material/difference:"):
    try:
        diff = history.compare(data.warehouse(), old, new, restriction.units)
        st.session_state["_diff"] = (old, new, diff)
    except WarehouseError as exc:
        st.error(str(exc))
shown_diff = st.session_state.get("_diff")
if shown_diff and shown_diff[:2] == (old, new):
    diff = shown_diff[2]
    counts = diff.change.value_counts() if not diff.empty else {}
    cols = st.columns(3)
    for col, change in zip(cols, ("added", "removed", "changed"), strict=True):
        col.metric(t(f"change_{change}", lang), fmt.number(counts.get(change, 0), 0, lang))
    if diff.empty:
        st.info(t("no_differences", lang))
    else:
        widgets.table(
            hq.readable_diff(diff, batches.set_index("batch_id").loc[new, "era"], lang),
            {
                "change": t("change", lang),
                "table": t("table", lang),
                "key": t("row_key", lang),
                "details": t("details", lang),
            },
            f"diff_{old}_{new}",
            lang,
            title=t("compare", lang) + f" {old} → {new}",
            height=400,
        )
