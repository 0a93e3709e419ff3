"""Báo cáo định kỳ: make a report of what the sidebar shows, see it progress, find it in
the archive with the others (``python -m dashboard.report``), and the cron line that
makes the same report every month."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import streamlit as st

from dashboard import data, fmt, signin, state
from dashboard.i18n import t
from dashboard.report import archive, jobs
from etl import config

SEEN = "_report_jobs_seen"  # jobs this session watched run: a rerun shows their report

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_reports", lang))
if filters:
    state.demo_banner(filters)
folder = Path(config.get("reports_dir"))
st.caption(t("reports_help", lang).format(folder=folder))


def _when(status: dict) -> str:
    return fmt.datetime(dt.datetime.fromtimestamp(status.get("at", 0)), lang)


def _in_words(f: state.Filters) -> str:
    """'Tỉnh Thanh Hóa · Giai đoạn (năm) 2021–2025 · Tiếng Việt'."""
    parts = [f.unit_label]
    if f.years:
        parts.append(f"{t('period', lang)} {f.years[0]}–{f.years[1]}")
    if f.scope.new_units:
        parts.append(t("new_units_short", lang))
    parts.append({"vi": "Tiếng Việt", "en": "English"}[f.lang])
    return " · ".join(parts)


def _progress(req: jobs.Request) -> None:
    """The running report's progress bar; when it ends, the whole page runs again so the
    new report is in the list."""
    status = jobs.status(req) or {}
    seen = st.session_state.setdefault(SEEN, set())
    if status.get("state") in jobs.RUNNING:
        seen.add(req.key)
        total = max(1, int(status.get("total") or 1))
        done = min(total, int(status.get("done") or 0))
        step = status.get("step") or t("report_step_start", lang)
        st.progress(
            done / total,
            text=t("report_running", lang).format(step=step, done=done, total=total),
        )
        st.caption(t("report_background", lang))
    elif req.key in seen:  # it has just ended: show it in the list below
        seen.discard(req.key)
        st.rerun(scope="app")
    elif status.get("state") == "done":
        st.success(t("report_done", lang).format(time=_when(status)), icon=":material/task_alt:")
    elif status.get("state") == "failed":
        st.error(
            t("report_failed", lang).format(time=_when(status), message=status.get("message")),
            icon=":material/error:",
        )


def maker(f: state.Filters) -> None:
    """The button, the progress of the report it started, and the cron line."""
    st.header(t("report_make_title", lang))
    st.markdown(t("report_for", lang).format(filters=_in_words(f)))
    if f.scope.program or f.scope.criteria_set:
        st.caption(t("report_ignored", lang))
    user = signin.current()
    req = jobs.request(
        f.unit,
        f.years,
        f.lang,
        config.db_path(),
        folder,
        f.scope.new_units,
        user.username if user else None,  # the report sees what this reader sees
        # and the data as at the moment the pages show, if a past one
        st.query_params.get("snapshot") if state.snapshot_moment() else None,
    )
    # Started in the click's callback, before this run: the button is drawn off at once.
    # A report already running for these options (another tab) is not started twice.
    running = (jobs.status(req) or {}).get("state") in jobs.RUNNING
    st.button(
        t("report_make", lang),
        type="primary",
        icon=":material/print:",
        disabled=running,
        key=f"make_{req.key}",
        on_click=jobs.start,
        args=(req,),
    )
    st.fragment(_progress, run_every=1.0 if running else None)(req)
    st.subheader(t("report_cron_title", lang))
    st.caption(t("report_cron_help", lang))
    st.code(jobs.cron_line(req), language="bash", wrap_lines=True)


def listing() -> None:
    """Every report made, newest first, with its PDF and pictures to download."""
    st.header(t("report_archive", lang))
    reader = data.restriction()
    reports = [
        (day, manifest)
        for day, manifest in archive.listing(folder)
        if archive.visible(manifest, reader.units, reader.personal)
    ]
    if not reports:
        st.info(t("no_reports", lang))
    for day, manifest in reports:
        with st.container(border=True):
            made = archive.made_on(day)
            st.subheader(fmt.date(made, lang) if made else day.name)
            _entry(day, manifest)


def _entry(day: Path, manifest: dict) -> None:
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
                file_name=f"{day.name}_{pdf.name}",
                mime="application/pdf",
                key=f"pdf_{day.name}_{i}",
                icon=":material/picture_as_pdf:",
                on_click=signin.log,
                args=("export", f"{day.name}/{report['pdf']}", {"report": True}),
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
                on_click=signin.log,
                args=("export", f"{day.name}/{Path(report['pdf']).stem}_anh.zip", {"report": True}),
            )


if filters:
    maker(filters)
listing()
