"""Nhập kế hoạch: drop a plan document, confirm, edit or drop what tiendo proposes, save.

Each proposed goal and reporting duty is shown with the sentence it came from. Nothing
is written until the analyst presses "Lưu vào kho": reading and proposing never touch
the warehouse, and the reading is kept in the session per file content. The kept rows
are saved with :func:`etl.plan.save.save` as one goals batch, the plan file kept with
it. What the page computes is in :mod:`dashboard.plan_view`.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import data, fmt, plan_view, signin, state
from dashboard.i18n import t
from dashboard.upload_view import upload_limit_mb, uploader_style
from etl import config
from etl.plan import save as plan_save
from etl.plan.model import COMPARISONS, FREQUENCIES, SCOPE_LEVELS, Proposals
from etl.plan.read import ACCEPTED
from etl.spec.kinds import REPORT_KINDS
from etl.store import WarehouseError

EARLIEST, LATEST = dt.date(1945, 9, 2), dt.date(2100, 12, 31)  # what the date box offers

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_plan_import", lang))
signin.require("upload", lang)
signed_in = signin.current()
if filters:
    state.demo_banner(filters)
st.caption(t("plan_import_help", lang))

limit = config.max_upload_bytes()
# The upload desk's Vietnamese drop zone (see upload_view.uploader_style): its style is
# scoped to an element keyed "uploads", here the uploader's container.
st.html(uploader_style(lang))
with st.container(key="uploads"):
    upload = st.file_uploader(
        t("plan_drop", lang).format(
            mb=fmt.number(limit / 2**20, 0, lang), types=", ".join(f".{x}" for x in ACCEPTED)
        ),
        type=[*ACCEPTED, "doc"],  # a .doc is refused by the reader, in words saying what to do
        key="plan_upload",
        max_upload_size=upload_limit_mb(limit),
    )
if upload is None:
    st.stop()
content = upload.getvalue()
if len(content) > limit:
    st.error(
        t("too_big", lang).format(
            name=upload.name,
            size=fmt.number(len(content) / 2**20, 1, lang),
            mb=fmt.number(limit / 2**20, 0, lang),
        )
    )
    st.stop()

sha = plan_view.file_key(content)
key = sha[:12]
readings: dict = st.session_state.setdefault("_plan_readings", {})
if sha not in readings:
    readings.clear()  # one plan at a time: the latest file's reading only
    with st.spinner(t("plan_reading", lang)):
        try:
            known = plan_save.programmes(data.warehouse())  # reads only
        except WarehouseError:  # no warehouse yet: the sidebar says so; nothing to offer
            known = []
        readings[sha] = (plan_view.read_proposals(content, upload.name, known), known)
found, known = readings[sha]
if isinstance(found, str):  # the reader's own Vietnamese sentence: what to do
    st.error(plan_view.markdown_text(found), icon=":material/error:")
    st.stop()
proposals: Proposals = found
plan = proposals.plan
doc = proposals.document

# -- the document ------------------------------------------------------------------------
st.subheader(t("plan_document", lang))
st.caption(
    t("plan_file", lang).format(
        file=plan_view.markdown_text(plan.file_name),
        format=plan.format.upper(),
        n=fmt.number(len(plan.text.splitlines()), 0, lang),
    )
)
c1, c2, c3, c4 = st.columns(4)
number = c1.text_input(t("plan_number", lang), doc.number or "", key=f"plan_number_{key}")
issued = c2.date_input(
    t("plan_date", lang),
    value=doc.date if doc.date and EARLIEST <= doc.date <= LATEST else None,
    format="DD/MM/YYYY",
    min_value=EARLIEST,
    max_value=LATEST,
    key=f"plan_date_{key}",
)
issuer = c3.text_input(t("plan_issuer", lang), doc.issuer or "", key=f"plan_issuer_{key}")
province = c4.text_input(
    t("plan_province", lang),
    doc.province.name if doc.province and doc.province.name else "",
    key=f"plan_province_{key}",
)
document = plan_view.edited_document(
    doc, number, issued if isinstance(issued, dt.date) else None, issuer, province
)


def _editor(frame: pd.DataFrame, editor_key: str, columns: dict) -> pd.DataFrame:
    """A table of proposals to keep, edit or drop: one row each, none added."""
    keep = st.column_config.CheckboxColumn(t("plan_keep", lang), default=True)
    return st.data_editor(
        frame,
        key=editor_key,
        hide_index=True,
        num_rows="fixed",
        placeholder="",  # a blank cell, not "None"
        width="stretch",
        column_config={"keep": keep, **columns},
    )


# -- the goals ---------------------------------------------------------------------------
st.subheader(t("plan_goals", lang))
goals = plan_view.goals_frame(proposals.goals)
if proposals.goals:
    st.caption(t("plan_goals_help", lang))
    comparisons, levels = plan_view.comparison_names(lang), plan_view.level_names(lang)
    goals = _editor(
        goals,
        f"plan_goals_{key}",
        {
            "name": st.column_config.TextColumn(t("plan_col_name", lang), width="large"),
            "value": st.column_config.NumberColumn(t("plan_col_value", lang)),
            "value_max": st.column_config.NumberColumn(t("plan_col_value_max", lang)),
            "comparison": st.column_config.SelectboxColumn(
                t("plan_col_comparison", lang),
                options=list(COMPARISONS),
                format_func=comparisons.get,
                required=True,
            ),
            "unit": st.column_config.TextColumn(t("plan_col_unit", lang)),
            "deadline": st.column_config.DateColumn(
                t("plan_col_deadline", lang), format="DD/MM/YYYY"
            ),
            "recurring": st.column_config.CheckboxColumn(t("plan_col_recurring", lang)),
            "scope_level": st.column_config.SelectboxColumn(
                t("plan_col_scope_level", lang),
                options=list(SCOPE_LEVELS),
                format_func=levels.get,
                required=True,
            ),
            "scope_name": st.column_config.TextColumn(t("plan_col_scope_name", lang)),
            "measure": st.column_config.SelectboxColumn(
                t("plan_col_measure", lang),
                options=plan_view.measure_options(known, [g.measure for g in proposals.goals]),
                width="large",
                help=t("plan_col_measure_help", lang),
            ),
        },
    )
else:
    st.info(t("plan_no_goals", lang), icon=":material/info:")

# -- the reporting duties ----------------------------------------------------------------
st.subheader(t("plan_duties", lang))
duties = plan_view.duties_frame(proposals.duties)
if proposals.duties:
    st.caption(t("plan_duties_help", lang))
    frequencies, kinds = plan_view.frequency_names(lang), plan_view.kind_names(lang)
    duties = _editor(
        duties,
        f"plan_duties_{key}",
        {
            "report_name": st.column_config.TextColumn(
                t("plan_col_report_name", lang), width="large"
            ),
            "frequency": st.column_config.SelectboxColumn(
                t("plan_col_frequency", lang),
                options=list(FREQUENCIES),
                format_func=frequencies.get,
                required=True,
            ),
            "due": st.column_config.TextColumn(
                t("plan_col_due", lang), help=t("plan_col_due_help", lang)
            ),
            "recipient": st.column_config.TextColumn(t("plan_col_recipient", lang)),
            "reporter": st.column_config.TextColumn(
                t("plan_col_reporter", lang), help=t("plan_col_reporter_help", lang)
            ),
            "report_kind": st.column_config.SelectboxColumn(
                t("plan_col_report_kind", lang),
                options=list(REPORT_KINDS),
                format_func=kinds.get,
                required=True,
            ),
        },
    )
else:
    st.info(t("plan_no_duties", lang), icon=":material/info:")

# -- the sentence each came from ---------------------------------------------------------
chosen_span: tuple[int, int] | None = None
anchor: str | None = None
offered = plan_view.items(proposals)
if offered:
    st.subheader(t("plan_source", lang))
    picked = st.selectbox(
        t("plan_pick", lang),
        offered,
        format_func=lambda k: plan_view.item_label(proposals, k, lang),
        key=f"plan_item_{key}",
    )
    shown = plan_view.item(proposals, picked)
    chosen_span, anchor = (shown.start, shown.end), f"plan-{picked}"
    st.html(plan_view.paragraph_html(plan, shown.start, shown.end))
with st.expander(t("plan_full_text", lang)):
    st.html(
        plan_view.text_html(plan.text, plan_view.proposal_spans(proposals), chosen_span, anchor)
    )

# -- saving ------------------------------------------------------------------------------
saved: dict = st.session_state.setdefault("_plan_saved", {})
who = signed_in.username if signed_in else config.current_user()
st.caption(t("plan_save_help", lang).format(user=who))
if st.button(t("plan_save", lang), key=f"plan_save_{key}", type="primary", icon=":material/save:"):
    chosen, problems = plan_view.kept(proposals, document, goals, duties, lang)
    if problems:
        saved[sha] = (
            "error",
            "\n".join([t("plan_fix_first", lang), *(f"- {p}" for p in problems)]),
            [],
        )
    elif not chosen.goals and not chosen.duties:
        saved[sha] = ("warning", t("plan_nothing_kept", lang), [])
    else:
        try:
            result = plan_save.save(chosen, data.warehouse(), who)
        except WarehouseError as exc:
            signin.log("upload", plan.file_name, {"plan": True, "error": str(exc)[:300]}, "refused")
            saved[sha] = ("error", str(exc), [])
        else:
            signin.log(
                "upload",
                plan.file_name,
                {
                    "plan": True,
                    "batch": result.batch_id,
                    "status": result.status,
                    "rows": result.rows,
                    "replaced": result.replaced_batch_ids,
                },
                "ok" if result.status != "refused" else "refused",
            )
            level, message = plan_view.saved_message(result, lang)
            saved[sha] = (level, message, [w.message for w in result.warnings])
if sha in saved:
    level, message, notes = saved[sha]
    getattr(st, level)(message)
    if notes:
        st.warning("\n".join(f"- {plan_view.markdown_text(n)}" for n in dict.fromkeys(notes)))
