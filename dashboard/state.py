"""Filters shared by every page: kept in session state and mirrored in the URL."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard import data
from dashboard.i18n import t
from dashboard.queries import filters as fq
from dashboard.queries import overview as oq
from etl.storage import WarehouseMissing


@dataclass(frozen=True)
class Filters:
    lang: str
    unit: fq.UnitFilter
    unit_label: str
    years: tuple[int, int] | None
    is_demo: bool


def lang() -> str:
    return st.session_state.get("lang", st.query_params.get("lang", "vi"))


def _param(name: str, default: str | None = None) -> str | None:
    return st.session_state.get(name, st.query_params.get(name, default))


def sidebar() -> Filters | None:
    """Draw the shared sidebar; None when there is no warehouse yet."""
    st.sidebar.radio(
        t("language", lang()),
        ["vi", "en"],
        key="lang",
        horizontal=True,
        format_func=lambda v: {"vi": "Tiếng Việt", "en": "English"}[v],
        index=0 if lang() == "vi" else 1,
    )
    current = lang()
    st.sidebar.header(t("filters", current))
    try:
        provinces = data.query(fq.provinces_with_data)
        bounds = data.query(fq.year_bounds)
        is_demo = data.query(oq.is_demo)
    except WarehouseMissing as exc:
        st.error(f"**{t('no_warehouse', current)}.** {exc}")
        return None

    options = [""] + [f"{r.era}:{r.code}" for r in provinces.itertuples()]
    names = {
        f"{r.era}:{r.code}": r.name + (" (từ 1/7/2025)" if r.era == "2025" else "")
        for r in provinces.itertuples()
    }
    wanted = _param("unit", "")
    province_key = wanted if wanted in options else ""
    province_key = st.sidebar.selectbox(
        t("unit", current),
        options,
        index=options.index(province_key),
        key="unit",
        format_func=lambda k: names.get(k, t("all_units", current)),
    )
    unit, label = fq.UnitFilter(), t("all_units", current)
    if province_key:
        era, code = province_key.split(":")
        unit, label = fq.UnitFilter(era, "province", code), names[province_key]
        if era == "legacy":
            districts = data.query(fq.districts_with_data, era, code)
            d_options = ["", *list(districts.code)]
            d_names = dict(zip(districts.code, districts.name, strict=True))
            wanted_d = _param("district", "")
            district = st.sidebar.selectbox(
                t("district", current),
                d_options,
                index=d_options.index(wanted_d) if wanted_d in d_options else 0,
                key="district",
                format_func=lambda c: d_names.get(c, t("all_districts", current)),
            )
            if district:
                unit, label = fq.UnitFilter(era, "district", district), d_names[district]
    district_key = unit.code if unit.level == "district" else ""
    years = None
    if bounds:
        lo, hi = bounds
        if lo < hi:
            years = st.sidebar.slider(t("period", current), lo, hi, (lo, hi), key="years")
        else:
            years = (lo, hi)
    st.query_params.update({"lang": current, "unit": province_key or "", "district": district_key})
    return Filters(current, unit, label, tuple(years) if years else None, is_demo)


def demo_banner(filters: Filters) -> None:
    if filters.is_demo:
        st.info(t("demo_banner", filters.lang), icon=":material/info:")
