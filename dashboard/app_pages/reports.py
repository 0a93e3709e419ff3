"""Báo cáo định kỳ: the reports made by ``python -m dashboard.report``, for download."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import streamlit as st

from dashboard import fmt, state
from dashboard.i18n import t
from dashboard.report import archive
from etl import config

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_reports", lang))
if filters:
    state.demo_banner(filters)
folder = Path(config.get("reports_dir"))
st.caption(t("reports_help", lang).format(folder=folder))
st.code(
    f"python -m dashboard.report --db {config.db_path()} --out {folder} --unit 38",
    language="bash",
)


reports = archive.listing(folder)
if not reports:
    st.info(t("no_reports", lang))
for day, manifest in reports:
    with st.container(border=True):
        st.subheader(
            fmt.date(dt.date.fromisoformat(day.name), lang) if day.name[:4].isdigit() else day.name
        )
        opts = manifest.get("options", {})
        st.caption(
            " · ".join(
                x
                for x in (
                    f"{t('period', lang)}: {opts['period']}" if opts.get("period") else "",
                    f"{t('unit', lang)}: {opts['unit']}" if opts.get("unit") else "",
                    f"{len(manifest.get('reports', []))} PDF",
                    f"{fmt.number(manifest.get('seconds'), 1, lang)} s",
                )
                if x
            )
        )
        for i, report in enumerate(manifest.get("reports", [])):
            cols = st.columns([3, 2, 2])
            cols[0].markdown(
                f"**{report['unit']}** — {t('as_of', lang)} "
                f"{fmt.date(dt.date.fromisoformat(report['as_of']), lang)}"
            )
            pdf = day / report["pdf"]
            if pdf.exists():  # files are read when downloaded, not each time the page runs
                cols[1].download_button(
                    t("download_pdf", lang),
                    pdf.read_bytes,
                    file_name=pdf.name,
                    mime="application/pdf",
                    key=f"pdf_{day.name}_{i}",
                    icon=":material/picture_as_pdf:",
                    on_click="ignore",
                )
            pngs = archive.pictures(day, report)
            if pngs:
                cols[2].download_button(
                    t("download_pngs", lang),
                    functools.partial(archive.zipped, day, pngs),
                    file_name=f"{day.name}_{Path(report['pdf']).stem}_anh.zip",
                    mime="application/zip",
                    key=f"png_{day.name}_{i}",
                    icon=":material/image:",
                    on_click="ignore",
                )
