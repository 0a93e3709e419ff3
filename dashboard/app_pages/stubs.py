"""The pages after Tổng quan: their scripts, URL paths and icons, in menu order."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.i18n import t

HERE = Path(__file__).parent

# label key -> (script, url path, icon)
DASHBOARD_PAGES = {
    "page_officers": ("officers.py", "can-bo", ":material/groups:"),
    "page_ntm": ("ntm.py", "nong-thon-moi", ":material/agriculture:"),
    "page_training": ("training.py", "dao-tao", ":material/school:"),
    "page_unit": ("unit.py", "don-vi", ":material/location_on:"),
}
DATA_PAGES = {
    "page_upload": ("upload.py", "tai-du-lieu", ":material/upload_file:"),
    "page_history": ("history.py", "lich-su-nap", ":material/history:"),
    "page_templates": ("templates.py", "bieu-mau", ":material/description:"),
    "page_reports": ("reports.py", "bao-cao", ":material/print:"),
}


def page(key: str, lang: str) -> st.Page:
    script, url, icon = {**DASHBOARD_PAGES, **DATA_PAGES}[key]
    return st.Page(HERE / script, title=t(key, lang), icon=icon, url_path=url)
