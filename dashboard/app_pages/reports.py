"""Báo cáo định kỳ: the reports made by ``python -m dashboard.report``, for download."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import streamlit as st

from dashboard import fmt, state
from dashboard.i18n import t
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


def archived(root: Path) -> list[tuple[Path, dict]]:
    """Every report folder with a manifest, newest first; unreadable ones are skipped."""
    out = []
    for manifest in sorted(root.glob("*/manifest.json"), reverse=True):
        try:
            out.append((manifest.parent, json.loads(manifest.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
    return out


def zipped(day: Path, files: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in files:
            z.write(day / name, name)
    return buf.getvalue()


reports = archived(folder) if folder.exists() else []
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
            if pdf.exists():
                cols[1].download_button(
                    t("download_pdf", lang),
                    pdf.read_bytes(),
                    file_name=pdf.name,
                    mime="application/pdf",
                    key=f"pdf_{day.name}_{i}",
                    icon=":material/picture_as_pdf:",
                    on_click="ignore",
                )
            pngs = [p["file"] for p in report.get("pages", []) if (day / p["file"]).exists()]
            if pngs:
                cols[2].download_button(
                    t("download_pngs", lang),
                    zipped(day, pngs),
                    file_name=f"{day.name}_{Path(report['pdf']).stem}_anh.zip",
                    mime="application/zip",
                    key=f"png_{day.name}_{i}",
                    icon=":material/image:",
                    on_click="ignore",
                )
