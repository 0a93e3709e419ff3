"""Pages that later work fills in. Each says so, in the reader's language."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dashboard import state
from dashboard.i18n import t

DASHBOARD_STUBS = {
    "page_officers": ("can-bo", "👥"),
    "page_ntm": ("nong-thon-moi", "🌾"),
    "page_training": ("dao-tao", "🎓"),
    "page_unit": ("don-vi", "📍"),
}
DATA_STUBS = {
    "page_upload": ("tai-du-lieu", "⬆️"),
    "page_history": ("lich-su-nap", "🗂️"),
    "page_templates": ("bieu-mau", "📄"),
    "page_reports": ("bao-cao", "🖨️"),
}


def _render(key: str) -> Callable[[], None]:
    def render() -> None:
        filters: state.Filters | None = st.session_state.get("filters")
        lang = filters.lang if filters else state.lang()
        st.title(t(key, lang))
        if filters:
            state.demo_banner(filters)
        st.caption(t("stub_body", lang))

    render.__name__ = key
    return render


def page(key: str, lang: str) -> st.Page:
    url, icon = {**DASHBOARD_STUBS, **DATA_STUBS}[key]
    return st.Page(_render(key), title=t(key, lang), icon=icon, url_path=url)
