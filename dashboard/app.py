"""tiendo's dashboard entry point: page config, the shared sidebar, then the router.

Run with ``make run`` or ``streamlit run dashboard/app.py [-- --db PATH]``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import errors, state
from dashboard.i18n import t
from dashboard.pages import PAGES, SECTIONS

# Every page has an explicit url_path: an inferred one would follow the (translated) title,
# and switching language would then lose the page. The default page is served at "/".

st.set_page_config(
    page_title="Tiến độ",
    page_icon=str(Path(__file__).parent / "static" / "favicon.svg"),  # local: works offline
    layout="wide",
    initial_sidebar_state="collapsed" if state.report_mode() else "auto",
)
if state.report_mode():
    state.report_style()

lang = state.lang()
pages = {
    t(f"section_{section}", lang): [
        st.Page(
            p.path,
            title=t(p.label, lang),
            icon=p.icon,
            url_path=p.url_path,
            default=p.default,
        )
        for p in PAGES
        if p.section == section
    ]
    for section in SECTIONS
}
navigation = st.navigation(pages)
with errors.boundary(lang, navigation.url_path):  # a logged reference, never a traceback
    st.session_state["filters"] = state.sidebar()
    navigation.run()
