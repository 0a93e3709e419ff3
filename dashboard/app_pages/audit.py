"""Nhật ký truy cập: the audit log, for administrators. Read-only: the log is only ever
added to (etl.access.audit)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data, signin, state, widgets
from dashboard.i18n import t
from etl.access import audit

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_audit", lang))
signin.require("admin", lang)
if filters:
    state.demo_banner(filters)
st.caption(t("audit_help", lang))

left, middle, right = st.columns(3)
action = left.selectbox(
    t("audit_action", lang),
    ["", *audit.ACTIONS],
    key="audit_action",
    format_func=lambda a: t(f"audit_{a}", lang) if a else t("audit_all_actions", lang),
)
actor = middle.text_input(t("audit_actor", lang), key="audit_actor").strip() or None
since = right.date_input(t("audit_at", lang), value=None, key="audit_since", format="DD/MM/YYYY")

rows = audit.entries(data.db_path(), actor=actor, action=action or None, since=since)
if not rows:
    st.info(t("audit_none", lang))
    st.stop()
frame = pd.DataFrame(rows).assign(
    at=lambda f: pd.to_datetime(f["at"]),
    action=lambda f: [t(f"audit_{a}", lang) for a in f["action"]],
    outcome=lambda f: [t(f"audit_{o}", lang) for o in f["outcome"]],
)
widgets.table(
    frame,
    {
        "at": t("audit_at", lang),
        "actor": t("audit_actor", lang),
        "action": t("audit_action", lang),
        "target": t("audit_target", lang),
        "detail": t("audit_detail", lang),
        "origin": t("audit_origin", lang),
        "outcome": t("audit_outcome", lang),
    },
    "audit",
    lang,
    {"at": "datetime"},
    title=t("page_audit", lang),
    height=600,
)
