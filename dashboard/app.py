"""tiendo's dashboard entry point: page config, the shared sidebar, then the router.

Run with ``make run`` or ``streamlit run dashboard/app.py [-- --db PATH]``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data, errors, signin, state
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
passed = False
with errors.boundary(lang, "dang-nhap"):
    data.check_file()  # a damaged warehouse is said at once, not as a query's failure
    user, guarded = signin.identify()  # nothing drawn yet
    passed = True
if not passed:  # the sign-in itself failed: its message is shown, and nothing else
    st.stop()
rights = user.rights if user else None
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
        if p.section == section and p.allowed(rights)
    ]
    for section in SECTIONS
}
# Declared before the sign-in form, hidden until signed in: the address asked for (say
# /can-bo) is kept and opens once the reader has signed in.
navigation = st.navigation(pages, position="sidebar" if user or not guarded else "hidden")
with errors.boundary(lang, navigation.url_path):  # a logged reference, never a traceback
    signin.gate(lang, user, guarded)  # only the sign-in form, until the reader signs in
    signin.sidebar(user, lang)
    data.pin(state.snapshot_moment())  # every query of this run reads this one snapshot
    st.session_state["filters"] = state.sidebar()
    state.snapshot_control(lang)
    navigation.run()
