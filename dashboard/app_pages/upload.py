"""Tải dữ liệu: drop files, see what was found and what would be stored, fix, confirm.

Nothing is written until the analyst presses the confirm button: each file is read and
checked with ``loader.prepare`` (which never writes), kept in the session, and written
by ``loader.commit`` in one transaction.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from dashboard import data, fmt, state, widgets
from dashboard.i18n import t
from dashboard.upload_view import (
    UNSET,
    current_choice,
    fact_headers,
    field_options,
    mapping_layouts,
    needs_mapping,
    problems_frame,
    table_label,
)
from etl import config, error_workbook, loader
from etl.spec import kinds
from etl.spec.tables import FACT_TABLES
from etl.store import WarehouseError, history, mappings

filters = state.current()
lang = filters.lang if filters else state.lang()
st.title(t("page_upload", lang))
if filters:
    state.demo_banner(filters)
st.caption(t("upload_help", lang))

limit = config.max_upload_bytes()
left, middle, right = st.columns([2, 2, 3])
user = left.text_input(t("loaded_by", lang), value=config.current_user(), key="upload_user")
kind = middle.selectbox(
    t("kind", lang),
    ["", *kinds.KINDS],
    key="upload_kind",
    format_func=lambda k: t(f"kind_{k}", lang) if k else t("kind_auto", lang),
)
accept_valid = right.checkbox(
    t("accept_valid", lang), key="upload_accept_valid", help=t("accept_valid_help", lang)
)
files = st.file_uploader(
    t("upload_files", lang).format(mb=fmt.number(limit / 2**20, 0, lang)),
    type=["xlsx", "xlsm", "xls", "ods", "csv", "tsv", "txt"],
    accept_multiple_files=True,
    key="uploads",
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

for upload in files or []:
    content = upload.getvalue()
    with st.container(border=True):
        st.subheader(upload.name)
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
        saved = saved_mappings()
        key = (sha, kind or "", tuple(sorted(chosen.items())), tuple(m.mapping_id for m in saved))
        if key not in prepared_cache:
            bar = st.progress(0.0, text=t("reading", lang))

            def progress(done: int, total: int, bar=bar) -> None:
                bar.progress(min(1.0, done / max(total, 1)), text=t("reading", lang))

            for stale in [k for k in prepared_cache if k[0] == sha]:
                del prepared_cache[stale]  # one reading per file: the latest choices
            prepared_cache[key] = loader.prepare(
                content, upload.name, kind or None, progress, chosen or None, saved
            )
            bar.empty()
        prepared: loader.Prepared = prepared_cache[key]
        done = results.get(prepared.sha256 + (kind or ""))

        # What was found
        cols = st.columns(4)
        cols[0].metric(t("kind", lang), t(f"kind_{prepared.kind}", lang) if prepared.kind else "—")
        cols[1].metric(t("rows_read", lang), fmt.number(prepared.rows_read, 0, lang))
        cols[2].metric(t("errors", lang), fmt.number(len(prepared.errors), 0, lang))
        cols[3].metric(t("warnings", lang), fmt.number(len(prepared.warnings), 0, lang))
        period = f"{prepared.period_start}–{prepared.period_end}" if prepared.period_start else "—"
        st.markdown(
            f"**{t('sheets', lang)}:** {', '.join(prepared.sheets) or '—'} · "
            f"**{t('as_of', lang)}:** {fmt.date(prepared.as_of_date, lang)} · "
            f"**{t('period_years', lang)}:** {period} · "
            f"**{t('era', lang)}:** {t('era_' + prepared.era, lang) if prepared.kind else '—'} · "
            f"**{t('units_covered', lang)}:** {', '.join(prepared.unit_names) or '—'}"
        )

        mapping_panel(prepared, file_key)

        # Problems, with the annotated workbook to fix and send back
        problems = problems_frame(prepared, lang)
        if not problems.empty:
            widgets.table(
                problems,
                {c: c for c in problems.columns},
                f"problems_{prepared.sha256[:12]}",
                lang,
                title=f"{t('problems', lang)}: {upload.name}",
                height=min(400, 36 * (len(problems) + 1)),
            )
            marked = [p for p in (*prepared.errors, *prepared.warnings) if p.row is not None]
            if marked:  # an unreadable file has nothing to mark: its message says it all
                # annotating re-reads and rewrites the whole workbook: once per file,
                # not on every rerun of the page
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

        # The rows exactly as they will be stored
        for table, frame in prepared.facts.items():
            with st.expander(
                t("preview", lang).format(
                    table=table_label(table, lang), n=fmt.number(len(frame), 0, lang)
                ),
                expanded=FACT_TABLES[table].preview_open,
            ):
                head = frame.slice(0, 200).to_pandas()
                headers = fact_headers(table, list(head.columns), lang)
                st.dataframe(head.rename(columns=headers), hide_index=True, width="stretch")
                if len(frame) > 200:
                    st.caption(t("preview_first", lang).format(n=200))

        # What committing would do
        try:
            wh = data.warehouse()
            with wh.read() as con:
                effect = history.would_replace(con, prepared.scope_key, prepared.sha256)
        except WarehouseError:
            effect = {"same": None, "replaced": None}
        if effect["same"]:
            st.info(t("same_file", lang).format(batch=effect["same"][0], file=effect["same"][1]))
        elif effect["replaced"] is not None and not effect["replaced"].empty:
            ids = ", ".join(str(b) for b in effect["replaced"].batch_id)
            st.warning(t("will_replace", lang).format(batches=ids))

        whole_file = [e for e in prepared.errors if e.row is None]
        blocked = bool(whole_file) or (bool(prepared.errors) and not accept_valid)
        if done:
            st.success(done)
            continue
        if whole_file:  # the file as a whole: say why, in the loader's own words
            st.error("\n\n".join([t("cannot_load", lang), *(e.message for e in whole_file)]))
        elif blocked:
            st.error(t("fix_or_accept", lang))
        save_choice = bool(chosen) and st.checkbox(
            t("mapping_save", lang), value=True, key=f"save_map_{file_key}"
        )
        if st.button(
            t("confirm_load", lang),
            key=f"confirm_{prepared.sha256[:12]}",
            type="primary",
            disabled=blocked or bool(effect["same"]),
            icon=":material/cloud_upload:",
        ):
            try:
                result = loader.commit(prepared, data.warehouse(), user or None, accept_valid)
            except WarehouseError as exc:
                st.error(str(exc))
            else:
                if save_choice and result.status != "refused":
                    ids = [
                        mappings.save(
                            data.warehouse(), lay.kind, lay.signature, lay.labels, fields, user
                        )
                        for lay, fields in prepared.choices()
                    ]
                    if ids:
                        st.toast(t("mapping_saved_ok", lang).format(ids=", ".join(map(str, ids))))
                if result.status == "loaded":
                    message = t("loaded_ok", lang).format(
                        batch=result.batch_id, n=fmt.number(result.rows, 0, lang)
                    )
                    if result.replaced_batch_ids:
                        message += " " + t("replaced_ok", lang).format(
                            batches=", ".join(map(str, result.replaced_batch_ids))
                        )
                elif result.status == "unchanged":
                    message = t("same_file", lang).format(batch=result.batch_id, file="")
                else:
                    message = t("cannot_load", lang)
                results[prepared.sha256 + (kind or "")] = message
                st.rerun()
