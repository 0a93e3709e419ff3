"""Filters shared by every page: widgets in the sidebar, mirrored in the URL.

The sidebar lives in the entry script, so its widgets (and their values) persist from
page to page; every value is also written to the query string, so a copied link opens
the same view. A drill-down (a click on a chart bar or a breadcrumb) cannot change a
widget that has already been drawn, so it is parked in ``_drill`` and applied here,
before the widgets are drawn, on the next run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import streamlit as st

from dashboard import data
from dashboard.i18n import t
from dashboard.queries import filters as fq
from dashboard.queries import overview as oq
from dashboard.queries.scope import Scope
from etl import config
from etl.store import WarehouseMissing
from etl.store import snapshots as snaps

DRILL = "_drill"


@dataclass(frozen=True)
class Filters:
    lang: str
    unit: fq.UnitFilter
    unit_label: str
    years: tuple[int, int] | None
    is_demo: bool
    scope: Scope = field(default_factory=Scope)
    path: tuple[tuple[str, str, str], ...] = ()  # breadcrumb: (level, code, name), top first


def lang() -> str:
    return st.session_state.get("lang", st.query_params.get("lang", "vi"))


def _param(name: str, default: str = "") -> str:
    if name in st.session_state:
        return st.session_state[name]
    return st.query_params.get(name, default)


def drill(level: str, code: str, era: str | None = None) -> None:
    """Ask for ``code`` (a province, district or '' for everything) on the next run."""
    st.session_state[DRILL] = (level, code, era)
    st.rerun()


def _apply_drill() -> None:
    pending = st.session_state.pop(DRILL, None)
    if not pending:
        return
    level, code, era = pending
    st.session_state.pop("commune", None)  # the unit page's commune belongs to the old unit
    st.query_params.pop("commune", None)
    era = era or (str(st.session_state.get("unit", "")).split(":")[0] or "legacy")
    if level == "all":
        st.session_state["unit"], st.session_state["district"] = "", ""
    elif level == "province":
        st.session_state["unit"], st.session_state["district"] = f"{era}:{code}", ""
    elif level == "district":
        province = data.query(fq.province_of, era, "district", code)
        st.session_state["unit"], st.session_state["district"] = f"{era}:{province}", code


def sidebar() -> Filters | None:
    """Draw the shared sidebar; None when there is no warehouse yet."""
    _apply_drill()
    st.sidebar.radio(
        t("language", lang()),
        ["vi", "en"],
        key="lang",
        horizontal=True,
        format_func=lambda v: t("language_name", v),  # each language in its own words
        index=0 if lang() == "vi" else 1,
    )
    current = lang()
    st.sidebar.header(t("filters", current))
    try:
        is_demo = data.query(oq.is_demo)
        bounds = data.query(fq.year_bounds, today())
    except WarehouseMissing as exc:
        st.error(f"**{t('no_warehouse', current)}.** {exc}")
        return None

    new_units = st.sidebar.toggle(
        t("new_units", current),
        value=_param("new", "0") in ("1", True),
        key="new",
        help=t("new_units_help", current),
    )
    provinces = data.query(fq.provinces_with_data, new_units)
    options = [""] + [f"{r.era}:{r.code}" for r in provinces.itertuples()]
    names = {
        f"{r.era}:{r.code}": r.name + (" (từ 1/7/2025)" if r.era == "2025" else "")
        for r in provinces.itertuples()
    }
    province_key = _select(
        t("unit", current), options, "unit", lambda k: names.get(k, t("all_units", current))
    )
    unit, label = fq.UnitFilter(), t("all_units", current)
    path: list[tuple[str, str, str]] = [("all", "", t("all_units", current))]
    district_key = ""
    if province_key:
        era, code = province_key.split(":")
        unit, label = fq.UnitFilter(era, "province", code), names[province_key]
        path.append(("province", code, names[province_key]))
        if era == "legacy":
            districts = data.query(fq.districts_with_data, era, code)
            d_options = ["", *list(districts.code)]
            d_names = dict(zip(districts.code, districts.name, strict=True))
            district_key = _select(
                t("district", current),
                d_options,
                "district",
                lambda c: d_names.get(c, t("all_districts", current)),
            )
            if district_key:
                unit, label = fq.UnitFilter(era, "district", district_key), d_names[district_key]
                path.append(("district", district_key, label))

    years = None
    if bounds:
        lo, hi = bounds
        if lo < hi:
            wanted_y = _years(_param("years"), lo, hi)
            years = st.sidebar.slider(t("period", current), lo, hi, wanted_y, key="years")
        else:
            years = (lo, hi)
    program = _select(
        t("program", current),
        ["", *data.query(fq.programs)],
        "program",
        lambda p: p or t("all_programs", current),
    )
    criteria_set = _select(
        t("criteria_set", current),
        ["", *data.query(fq.criteria_sets)],
        "cset",
        lambda c: c or t("all_criteria_sets", current),
    )
    years = tuple(years) if years else None
    st.query_params.from_dict(
        {
            k: v
            for k, v in {
                "lang": current,
                "unit": province_key,
                "district": district_key,
                "years": f"{years[0]}-{years[1]}" if years and bounds[0] < bounds[1] else "",
                "program": program,
                "cset": criteria_set,
                "new": "1" if new_units else "",
                "report": st.query_params.get("report", ""),
                "asof": st.query_params.get("asof", ""),
                "snapshot": st.query_params.get("snapshot", ""),
                # chosen on the pages themselves, after this: kept so a copied link
                # restores the whole view
                "commune": _param("commune") if province_key else "",
                "goal": _param("goal"),
                "batch": _param("batch"),
                "duty": _param("duty"),
            }.items()
            if v
        }
    )
    scope = Scope(unit, years, program or None, criteria_set or None, new_units)
    return Filters(current, unit, label, years, is_demo, scope, tuple(path))


def _select(label: str, options: list[str], key: str, format_func) -> str:
    """A sidebar choice that starts from the session or the URL; a value no longer on
    offer (a link from another warehouse, a filter that changed) falls back to ''."""
    wanted = _param(key)
    if wanted not in options:
        st.session_state.pop(key, None)
        wanted = ""
    return st.sidebar.selectbox(
        label, options, index=options.index(wanted), key=key, format_func=format_func
    )


def _years(value: object, lo: int, hi: int) -> tuple[int, int]:
    """The slider's value from session state (a tuple) or the URL ('2011-2015')."""
    if isinstance(value, (tuple, list)) and len(value) == 2:
        a, b = value
    else:
        try:
            a, b = (int(x) for x in str(value).split("-"))
        except ValueError:
            return (lo, hi)
    a, b = max(lo, min(a, hi)), max(lo, min(b, hi))
    return (min(a, b), max(a, b))


def report_mode() -> bool:
    """``?report=1``: the page as a picture for an official report (see dashboard.report)."""
    return st.query_params.get("report") == "1"


def report_style() -> None:
    """A report shows what a reader needs and nothing to click: no sidebar, toolbar or
    widgets (a printed drop-down is noise). For print (``dashboard.report`` prints each
    page with Chromium) the page flows instead of scrolling in a window-high box, and no
    chart, table or row of columns is cut by a page break."""
    # Widgets a reader of a printed report cannot use, hidden with their containers so
    # they leave no gap.
    widgets = (
        "stSelectbox", "stMultiSelect", "stSlider", "stTextInput", "stTextArea",
        "stNumberInput", "stDateInput", "stDateTimeInput", "stTimeInput", "stRadio",
        "stCheckbox", "stButton", "stDownloadButton", "stFormSubmitButton", "stLinkButton",
        "stPageLink", "stPopover", "stFileUploader", "stColorPicker", "stButtonGroup",
        "stFeedback", "stExpander", "stForm",
    )  # fmt: skip
    hidden = ", ".join(f'[data-testid="{w}"]' for w in widgets)
    held = ", ".join(f'> [data-testid="{w}"]' for w in widgets)
    st.html(
        f"""<style>
        [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
        [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
        [data-testid="stElementToolbar"], [data-testid="stHeaderActionElements"],
        [data-testid="stBaseButton-tertiary"], {hidden} {{ display: none !important; }}
        [data-testid="stElementContainer"]:has({held}),
        [data-testid="stLayoutWrapper"]:has({held}) {{ display: none !important; }}
        .block-container {{ padding-top: 1rem !important; }}
        @media print {{
          html, body, [data-testid="stApp"], [data-testid="stAppViewContainer"],
          [data-testid="stMain"], [data-testid="stMainBlockContainer"] {{
            overflow: visible !important; height: auto !important; max-height: none !important;
          }}
          [data-testid="stMainBlockContainer"] {{ padding: 0 !important; }}
          [data-testid="stBottom"] {{ display: none !important; }}
          [data-testid="stElementContainer"], [data-testid="stLayoutWrapper"],
          [data-testid="stHorizontalBlock"], [data-testid="stPlotlyChart"],
          [data-testid="stDataFrame"], [data-testid="stTable"] tr, [data-testid="stMetric"],
          .js-plotly-plot {{ break-inside: avoid; }}
        }}
        </style>"""
    )


def today() -> dt.date:
    """The day goals are judged on: ``?asof=`` for a report, else TIENDO_TODAY or today."""
    return as_of_override() or config.today()


def as_of_override() -> dt.date | None:
    """``?asof=YYYY-MM-DD``: judge goals on that day instead of today, so a report made
    twice from the same warehouse shows the same thing."""
    value = st.query_params.get("asof")
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def snapshot_moment() -> dt.datetime | None:
    """``?snapshot=2026-11-30T17:00`` (Vietnam time; a bare date is the end of that day):
    show the data as it stood then. An unreadable value is said by the banner."""
    value = st.query_params.get("snapshot")
    try:
        return snaps.parse_moment(value) if value else None
    except snaps.MomentError:
        return None


def snapshot_control(language: str) -> None:
    """The sidebar's way to ``?snapshot=``: a day and a time, and back to current data."""
    moment = snapshot_moment()
    with st.sidebar.expander(t("snapshot_control", language), expanded=moment is not None):
        with st.form("snapshot_form", border=False):
            local = moment.astimezone(snaps.TZ) if moment else None
            day = st.date_input(
                t("snapshot_day", language),
                value=local.date() if local else config.today(),
                format="DD/MM/YYYY",
                help=t("snapshot_help", language),
            )
            hour = st.time_input(
                t("snapshot_time", language),
                value=local.time().replace(second=0, microsecond=0) if local else dt.time(23, 59),
                step=dt.timedelta(minutes=15),
            )
            if st.form_submit_button(t("snapshot_show", language)) and day:
                st.query_params["snapshot"] = f"{day.isoformat()}T{hour:%H:%M}"
                st.rerun()
        if st.query_params.get("snapshot") and st.button(t("snapshot_latest", language)):
            del st.query_params["snapshot"]
            st.rerun()


def snapshot_banner(language: str) -> None:
    """Say, on every page, that the data shown is not the current data."""
    value = st.query_params.get("snapshot")
    if not value or report_mode():  # a report says it once, in its footer
        return
    moment = data.moment()
    if moment is not None:
        st.warning(
            t("snapshot_banner", language).format(moment=snaps.show(moment)),
            icon=":material/history:",
        )
    elif snapshot_moment() is None:
        st.warning(t("snapshot_bad", language).format(value=value), icon=":material/warning:")


def current() -> Filters | None:
    return st.session_state.get("filters")


def page_header(title_key: str) -> Filters | None:
    """Title, demo banner, breadcrumb and the filters in words; None stops the page."""
    filters = current()
    language = filters.lang if filters else lang()
    st.title(t(title_key, language))
    snapshot_banner(language)
    if filters is None:
        st.stop()
        return None
    demo_banner(filters)
    breadcrumb(filters)
    return filters


def breadcrumb(filters: Filters, extra: tuple[str, str, str] | None = None) -> None:
    """'Tất cả đơn vị › Tỉnh … › Huyện …': each step above the current one goes back up."""
    path = [*filters.path, *([extra] if extra else [])]
    cols = st.columns([3] * len(path) + [max(1, 12 - 3 * len(path))])
    for i, (level, code, name) in enumerate(path):
        last = i == len(path) - 1
        label = ("› " if i else "") + name
        if last:
            cols[i].markdown(f"**{label}**")
        elif cols[i].button(label, key=f"crumb_{i}_{code}", type="tertiary"):
            drill(level, code, filters.unit.era)
    parts = []
    if filters.years:
        parts.append(f"{t('period', filters.lang)}: {filters.years[0]}–{filters.years[1]}")
    if filters.scope.program:
        parts.append(f"{t('program', filters.lang)}: {filters.scope.program}")
    if filters.scope.criteria_set:
        parts.append(f"{t('criteria_set', filters.lang)}: {filters.scope.criteria_set}")
    if filters.scope.new_units:
        parts.append(t("new_units_short", filters.lang))
    if parts:
        cols[-1].caption(" · ".join(parts))


def demo_banner(filters: Filters) -> None:
    if filters.is_demo:
        st.info(t("demo_banner", filters.lang), icon=":material/info:")
