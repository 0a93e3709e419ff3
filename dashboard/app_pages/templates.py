"""Biểu mẫu: a blank template for each kind of workbook, ready to fill in."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from dashboard import state
from dashboard.i18n import t
from etl import templates
from etl.spec import kinds

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_templates", lang))
if filters:
    state.demo_banner(filters)
st.caption(t("templates_help", lang))


@st.cache_data(show_spinner=False)
def template_bytes(kind: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return templates.write_workbook(kind, Path(tmp) / f"{kind}.xlsx").read_bytes()


for key, kind in kinds.KINDS.items():
    with st.container(border=True):
        st.subheader(t(f"kind_{key}", lang))
        st.markdown(kind.help)
        st.caption(
            t("template_sheets", lang)
            + ": "
            + "; ".join(
                f"**{s.title}** ({', '.join(f.header for f in s.fields if f.identifying)})"
                for s in kind.sheets
            )
        )
        st.download_button(
            t("download_template", lang),
            template_bytes(key),
            file_name=f"bieu_mau_{key}.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"template_{key}",
            icon=":material/download:",
            on_click="ignore",
        )
