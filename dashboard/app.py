"""tiendo's dashboard entry point: page config, the shared sidebar, then the router.

Run with ``make run`` or ``streamlit run dashboard/app.py [-- --db PATH]``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import state
from dashboard.app_pages import stubs
from dashboard.i18n import t

HERE = Path(__file__).parent
# Every page has an explicit url_path: an inferred one would follow the (translated) title,
# and switching language would then lose the page. The default page is served at "/".

st.set_page_config(
    page_title="Tiến độ",
    page_icon=":material/monitoring:",
    layout="wide",
    initial_sidebar_state="collapsed" if state.report_mode() else "auto",
)
if state.report_mode():
    state.report_style()

lang = state.lang()
pages = {
    t("section_dashboard", lang): [
        st.Page(
            HERE / "app_pages" / "overview.py",
            title=t("page_overview", lang),
            icon=":material/dashboard:",
            url_path="tong-quan",
            default=True,
        ),
        *(stubs.page(key, lang) for key in stubs.DASHBOARD_PAGES),
    ],
    t("section_data", lang): [stubs.page(key, lang) for key in stubs.DATA_PAGES],
}
navigation = st.navigation(pages)
st.session_state["filters"] = state.sidebar()
navigation.run()
