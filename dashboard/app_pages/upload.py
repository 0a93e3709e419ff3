"""Tải dữ liệu: drop files, see what was found and what would be stored, fix, confirm.

Nothing is written until the analyst presses the confirm button: each file is read and
checked with ``loader.prepare`` (which never writes), kept in the session, and written
by ``loader.commit`` in one transaction.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from dashboard import data, fmt, signin, state, widgets
from dashboard.i18n import t
from dashboard.upload_view import (
    ACCEPTED_TYPES,
    UNSET,
    current_choice,
    field_options,
    latest_per_name,
    mapping_layouts,
    needs_mapping,
    period_text,
    preview_frame,
    problems_frame,
    table_label,
    upload_limit_mb,
    uploader_style,
    uploader_text,
)
from etl import config, error_workbook, loader
from etl.access import uploads
from etl.spec import kinds
from etl.spec.tables import FACT_TABLES
from etl.store import WarehouseError, history, mappings

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_upload", lang))
signin.require("upload", lang)
signed_in = signin.current()
if filters:
    state.demo_banner(filters)
st.caption(t("upload_help", lang))

limit = config.max_upload_bytes()
left, middle, right = st.columns([2, 2, 3])
user = left.text_input(
    t("loaded_by", lang),
    value=signed_in.username if signed_in else config.current_user(),
    key="upload_user",
    disabled=signed_in is not None,  # a signed-in analyst loads under their own name
)
kind = middle.selectbox(
    t("kind", lang),
    ["", *kinds.KINDS],
    key="upload_kind",
    format_func=lambda k: t(f"kind_{k}", lang) if k else t("kind_auto", lang),
)
accept_valid = right.checkbox(
    t("accept_valid", lang), key="upload_accept_valid", help=t("accept_valid_help", lang)
)
# Streamlit's drop zone speaks English ('Upload', '1GB per file') and has no option to
# say it otherwise: its lines are hidden and the label says them in Vietnamese, with
# tiendo's own limit and types. The style is a constant (labels only, no file's data).
# The drop zone refuses a larger file itself (however the server was started); tiendo's
# own check below stays for whatever reaches the page.
st.html(uploader_style(lang))
files = st.file_uploader(
    uploader_text(limit, lang),
    type=list(ACCEPTED_TYPES),
    accept_multiple_files=True,
    key="uploads",
    max_upload_size=upload_limit_mb(limit),
)

prepared_cache: dict = st.session_state.setdefault("_prepared", {})
# the analyst's column choices, per file: column letter -> field name or "-"
chosen_maps: dict[str, dict[str, str]] = st.session_state.setdefault("_column_maps", {})


def saved_mappings() -> list:
    try:
        return mappings.saved(data.warehouse())
    except WarehouseError:
        return []


def pick(file_key: str, letter: str, widget: str) -> None:
    """A drop-down changed: keep the choice (or drop it: back to what tiendo reads)."""
    choice = st.session_state[widget]
    chosen = chosen_maps.setdefault(file_key, {})
    if choice == UNSET:
        chosen.pop(letter, None)
    else:
        chosen[letter] = choice


def mapping_panel(prepared: loader.Prepared, file_key: str) -> None:
    """Each column with its first values and a drop-down of fields; saved mappings."""
    layouts = mapping_layouts(prepared)
    if not layouts:
        return
    with st.expander(t("mapping_title", lang), expanded=needs_mapping(prepared)):
        st.caption(t("mapping_help", lang))
        for layout in layouts:
            if layout.saved_id:
                info, forget = st.columns([4, 1])
                info.info(t("mapping_saved_used", lang).format(id=layout.saved_id))
                if forget.button(
                    t("mapping_forget", lang).format(id=layout.saved_id),
                    key=f"forget_{file_key}_{layout.sheet}_{layout.saved_id}",
                ):
                    mappings.remove(data.warehouse(), layout.saved_id)
                    prepared_cache.clear()
                    st.rerun()
            st.markdown(
                "**"
                + t("mapping_sheet", lang).format(sheet=layout.sheet, row=layout.header_row)
                + "**"
            )
            if layout.missing:
                st.warning(t("mapping_missing", lang).format(fields=", ".join(layout.missing)))
            options = field_options(layout, lang)
            for column in layout.columns:
                letter, header, samples, field = st.columns([1, 4, 5, 4])
                letter.markdown(f"**{column.letter}**")
                header.markdown(column.label or "—")
                samples.caption(" · ".join(column.samples) or "—")
                widget = f"map_{file_key}_{layout.sheet}_{column.letter}"
                now = current_choice(column)
                field.selectbox(
                    t("mapping_field", lang),
                    list(options),
                    index=list(options).index(now) if now in options else 0,
                    format_func=options.__getitem__,
                    key=widget,
                    label_visibility="collapsed",
                    on_change=pick,
                    args=(file_key, column.letter, widget),
                )


results: dict = st.session_state.setdefault("_upload_results", {})
annotated_cache: dict = st.session_state.setdefault("_annotated", {})


def prepare(upload, content: bytes, sha: str, chosen: dict[str, str]) -> tuple:
    """Read and check a file once per content, kind and column choices (and saved
    mappings); returns the reading and its cache key."""
    saved = saved_mappings()
    scope = signed_in.scope if signed_in else None  # whose units the rows were checked for
    key = (
        sha,
        kind or "",
        tuple(sorted(chosen.items())),
        tuple(m.mapping_id for m in saved),
        scope,
    )
    if key not in prepared_cache:
        bar = st.progress(0.0, text=t("reading", lang))

        def progress(done: int, total: int) -> None:
            bar.progress(min(1.0, done / max(total, 1)), text=t("reading", lang))

        for stale in [k for k in prepared_cache if k[0] == sha]:
            del prepared_cache[stale]  # one reading per file: the latest choices
        prepared = loader.prepare(
            content, upload.name, kind or None, progress, chosen or None, saved
        )
        # rows outside the analyst's units refuse the file, each named (never loaded)
        uploads.refuse_outside(prepared, scope, lang)
        prepared_cache[key] = prepared
        bar.empty()
    return prepared_cache[key], key


def found(prepared: loader.Prepared) -> None:
    """What was found: kind, rows, problems, and the file's sheets, date, years, units."""
    cols = st.columns(4)
    cols[0].metric(t("kind", lang), t(f"kind_{prepared.kind}", lang) if prepared.kind else "—")
    cols[1].metric(t("rows_read", lang), fmt.number(prepared.rows_read, 0, lang))
    cols[2].metric(t("errors", lang), fmt.number(len(prepared.errors), 0, lang))
    cols[3].metric(t("warnings", lang), fmt.number(len(prepared.warnings), 0, lang))
    period = period_text(prepared.period_start, prepared.period_end, lang) or "—"
    st.markdown(
        f"**{t('sheets', lang)}:** {', '.join(prepared.sheets) or '—'} · "
        f"**{t('as_of', lang)}:** {fmt.date(prepared.as_of_date, lang)} · "
        f"**{t('period_years', lang)}:** {period} · "
        f"**{t('batch_era', lang)}:** {t('era_' + prepared.era, lang) if prepared.kind else '—'} · "
        f"**{t('units_covered', lang)}:** {', '.join(prepared.unit_names) or '—'}"
    )


def problems(prepared: loader.Prepared, upload, content: bytes, key: tuple) -> None:
    """Problems, with the annotated workbook to fix and send back."""
    frame = problems_frame(prepared, lang)
    if frame.empty:
        return
    widgets.table(
        frame,
        {c: c for c in frame.columns},
        f"problems_{prepared.sha256[:12]}",
        lang,
        title=f"{t('problems', lang)}: {upload.name}",
        height=min(400, 36 * (len(frame) + 1)),
    )
    marked = [p for p in (*prepared.errors, *prepared.warnings) if p.row is not None]
    if not marked:  # an unreadable file has nothing to mark: its message says it all
        return
    # annotating re-reads and rewrites the whole workbook: once per file, not on every
    # rerun of the page
    if key not in annotated_cache:
        annotated_cache[key] = error_workbook.build(
            content, upload.name, prepared.errors, prepared.warnings
        )
    name, annotated = annotated_cache[key]
    st.download_button(
        t("download_errors", lang),
        annotated,
        file_name=name,
        key=f"errwb_{prepared.sha256[:12]}",
        icon=":material/error:",
        on_click="ignore",
    )


def preview(prepared: loader.Prepared) -> None:
    """The rows exactly as they will be stored, as a clerk reads them."""
    for table, frame in prepared.facts.items():
        with st.expander(
            t("preview", lang).format(
                table=table_label(table, lang), n=fmt.number(len(frame), 0, lang)
            ),
            expanded=FACT_TABLES[table].preview_open,
        ):
            head = preview_frame(table, frame.slice(0, 200).to_pandas(), lang)
            st.dataframe(head, hide_index=True, width="stretch")
            if len(frame) > 200:
                st.caption(t("preview_first", lang).format(n=200))


def effect_of(prepared: loader.Prepared) -> bool:
    """What committing would do: nothing (the same file is current: True), or replace
    batches."""
    try:
        with data.warehouse().read() as con:
            effect = history.would_replace(con, prepared.scope_key, prepared.sha256)
    except WarehouseError:
        effect = {"same": None, "replaced": None}
    if effect["same"]:
        st.info(t("same_file", lang).format(batch=effect["same"][0], file=effect["same"][1]))
    elif effect["replaced"] is not None and not effect["replaced"].empty:
        ids = ", ".join(str(b) for b in effect["replaced"].batch_id)
        st.warning(t("will_replace", lang).format(batches=ids))
    return bool(effect["same"])


def loaded_message(result: loader.LoadResult) -> str:
    """The one true sentence about a confirmed file."""
    if result.status == "loaded":
        message = t("loaded_ok", lang).format(
            batch=result.batch_id, n=fmt.number(result.rows, 0, lang)
        )
        if result.replaced_batch_ids:
            message += " " + t("replaced_ok", lang).format(
                batches=", ".join(map(str, result.replaced_batch_ids))
            )
        return message
    if result.status == "unchanged":
        return t("already_loaded", lang).format(batch=result.batch_id)
    return t("cannot_load", lang)


def confirm(prepared: loader.Prepared, chosen: dict, file_key: str, same: bool) -> None:
    """Why the file cannot be loaded yet, or the button that loads it."""
    whole_file = [e for e in prepared.errors if e.row is None]
    blocked = bool(whole_file) or (bool(prepared.errors) and not accept_valid)
    if whole_file:  # the file as a whole: say why, in the loader's own words
        st.error("\n\n".join([t("cannot_load", lang), *(e.message for e in whole_file)]))
    elif blocked:
        st.error(t("fix_or_accept", lang))
    save_choice = bool(chosen) and st.checkbox(
        t("mapping_save", lang), value=True, key=f"save_map_{file_key}"
    )
    if not st.button(
        t("confirm_load", lang),
        key=f"confirm_{prepared.sha256[:12]}",
        type="primary",
        disabled=blocked or same,
        icon=":material/cloud_upload:",
    ):
        return
    who = (user or "").strip() or config.current_user()  # never blank, never 'unknown'
    if signed_in:  # rows outside its units were refused when the file was read
        who = signed_in.username
    try:
        result = loader.commit(prepared, data.warehouse(), who, accept_valid)
    except WarehouseError as exc:
        signin.log("upload", prepared.file_name, {"error": str(exc)[:300]}, "refused")
        st.error(str(exc))
        return
    signin.log(
        "upload",
        prepared.file_name,
        {
            "batch": result.batch_id,
            "status": result.status,
            "rows": result.rows,
            "replaced": result.replaced_batch_ids,
        },
        "ok" if result.status != "refused" else "refused",
    )
    if save_choice and result.status != "refused":
        ids = [
            mappings.save(data.warehouse(), lay.kind, lay.signature, lay.labels, fields, who)
            for lay, fields in prepared.choices()
        ]
        if ids:
            st.toast(t("mapping_saved_ok", lang).format(ids=", ".join(map(str, ids))))
    results[prepared.sha256 + (kind or "")] = loaded_message(result)
    st.rerun()


# One card per file name: a file dropped again (corrected after a refusal) replaces the
# earlier upload of that name, so there is one preview and one button for it.
for upload, earlier in latest_per_name(files or []):
    content = upload.getvalue()
    with st.container(border=True):
        st.subheader(upload.name)
        if earlier:
            st.caption(t("upload_newer", lang))
        if len(content) > limit:
            st.error(
                t("too_big", lang).format(
                    name=upload.name,
                    size=fmt.number(len(content) / 2**20, 1, lang),
                    mb=fmt.number(limit / 2**20, 0, lang),
                )
            )
            continue
        sha = hashlib.sha256(content).hexdigest()
        file_key = sha[:12]
        chosen = dict(chosen_maps.get(file_key, {}))
        prepared, key = prepare(upload, content, sha, chosen)
        found(prepared)
        mapping_panel(prepared, file_key)
        problems(prepared, upload, content, key)
        preview(prepared)
        done = results.get(prepared.sha256 + (kind or ""))
        if done:  # confirmed: only what happened, not what loading it again would do
            st.success(done)
            continue
        confirm(prepared, chosen, file_key, effect_of(prepared))
