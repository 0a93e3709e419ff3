"""AppTest of every dashboard page under the filters that change what it shows.

Each case opens the app on the demo warehouse, goes to a page, sets the sidebar the way a
reader would, and checks that the page renders cleanly, carries its title, and shows the
figures SQL on the views gives for that filter (so a filter that is silently ignored, or
applied twice, fails).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.pages import PAGES as REGISTRY
from etl.store import Warehouse

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
PAGES = {p.key: (p.script, p.heading) for p in REGISTRY if p.reportable}
PROGRAM = "Dự án 600 Phó Chủ tịch xã"  # Thanh Hóa and Cao Bằng
PY_PROGRAM = "Thu hút trí thức trẻ (NQ 153/2010/NQ-HĐND)"  # Phú Yên
# Today's Đắk Lắk took in Phú Yên's communes (each old commune wholly, if split among new
# ones): which old communes and provinces it holds, read off the crosswalk by hand.
IN_DAK_LAK = (
    "era = 'legacy' AND commune_code IN "
    "(SELECT old_code FROM ref_unit_crosswalk WHERE new_province_code = '66')"
)
IN_DAK_LAK_UNITS = (
    "era = 'legacy' AND province_code IN (SELECT old_province_code FROM ref_unit_crosswalk "
    "WHERE new_province_code = '66')"
)


@dataclass(frozen=True)
class Combo:
    """A sidebar setting and what it means, written out as SQL on the views."""

    steps: tuple = ()  # (widget kind, key, value) set in the sidebar, in order
    where: str = "TRUE"  # the unit, on officers / commune_ntm
    where_units: str = "TRUE"  # the unit, on training_results (rows per province/district)
    unit: tuple[str, str, str] | None = None  # (era, level, code) whose name must show
    years: tuple[int, int] | None = None
    program: str | None = None
    cset: str | None = None
    lang: str = "vi"


def legacy(province: str, district: str | None = None) -> Combo:
    steps = [("selectbox", "unit", f"legacy:{province}")]
    if district:
        steps.append(("selectbox", "district", district))
        where = f"era = 'legacy' AND district_code = '{district}'"
        return Combo(tuple(steps), where, where, ("legacy", "district", district))
    where = f"era = 'legacy' AND province_code = '{province}'"
    return Combo(tuple(steps), where, where, ("legacy", "province", province))


NONE = Combo()
NEW_UNITS = Combo(
    (("toggle", "new", True), ("selectbox", "unit", "2025:66")),
    IN_DAK_LAK,
    IN_DAK_LAK_UNITS,
    ("2025", "province", "66"),
)
ENGLISH = Combo((("radio", "lang", "en"),), lang="en")


def period(y0: int, y1: int) -> Combo:
    return Combo((("slider", "years", (y0, y1)),), years=(y0, y1))


COMBOS = {
    "none": NONE,
    "province": legacy("38"),
    "district": legacy("38", "384"),
    "new_units": NEW_UNITS,
    "program": Combo((("selectbox", "program", PROGRAM),), program=PROGRAM),
    "criteria_set": Combo((("selectbox", "cset", "2016-2020"),), cset="2016-2020"),
    "english": ENGLISH,
}
# Where each page's data lies: training is Phú Yên's (Thanh Hóa has none, so its province
# case shows the empty state), officers start 2010–2012 and Thanh Hóa's end in 2017, NTM
# runs 2016–2025, training 2011–2015.
PAGE_COMBOS = {
    "overview": {"years": period(2011, 2013)},
    "officers": {"years": period(2018, 2025)},
    "ntm": {"years": period(2017, 2019)},
    "training": {
        "district": legacy("54", "563"),
        "years": period(2013, 2015),
    },
    "unit": {"years": period(2018, 2025)},
}


def combo_for(page: str, name: str) -> Combo:
    return PAGE_COMBOS[page].get(name) or COMBOS[name]


def open_app(db: Path, monkeypatch, query: dict | None = None) -> AppTest:
    monkeypatch.setenv("TIENDO_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=120)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    return at.run()


def open_page(db: Path, monkeypatch, page: str, combo: Combo) -> AppTest:
    at = open_app(db, monkeypatch)
    if page != "overview":
        at.switch_page(f"app_pages/{PAGES[page][0]}").run()
    for kind, key, value in combo.steps:
        getattr(at.sidebar, kind)(key=key).set_value(value).run()
    return at


def text(at: AppTest) -> str:
    parts = [
        e.value
        for e in (*at.markdown, *at.caption, *at.info, *at.warning, *at.header, *at.subheader)
    ]
    return "\n".join([*map(str, parts), *(b.label for b in at.button)])


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def number(n, lang: str = "vi") -> str:
    """A whole number as the reader writes it: 1.487 (vi) or 1,487 (en)."""
    s = f"{round(n):,}"
    return s.replace(",", ".") if lang == "vi" else s


def parse(s: str) -> float:
    return float(s.replace(".", "").replace(",", "")) if s not in ("—", "") else 0.0


def table(at: AppTest, *headers: str):
    """The first table on the page with these column headers."""
    for frame in at.dataframe:
        if set(headers) <= set(frame.value.columns):
            return frame.value
    raise AssertionError(f"no table with {headers}")


def values(array) -> list:
    """A plotly JSON array: a plain list, or typed bytes ({'dtype', 'bdata'})."""
    if isinstance(array, dict):
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def chart_spec(at: AppTest, title: str) -> dict:
    for el in at.get("plotly_chart"):
        spec = json.loads(el.proto.spec)
        # the title, before the unit and period widgets.chart adds under it
        if spec["layout"].get("title", {}).get("text", "").split("<br>")[0] == title:
            return spec
    raise AssertionError(f"no chart titled {title}")


def unit_name(con, unit: tuple[str, str, str]) -> str:
    era, level, code = unit
    return con.execute(
        "SELECT name FROM units WHERE era = ? AND level = ? AND code = ?", [era, level, code]
    ).fetchone()[0]


# ------------------------------------------------------------------ SQL for each filter


def officers_in(con, c: Combo) -> int:
    y0, y1 = c.years or (1900, 2100)
    program = "AND program = ?" if c.program else ""
    return con.execute(
        f"""SELECT count(*) FROM officers WHERE {c.where} {program}
            AND (start_date IS NULL OR year(start_date) <= ?)
            AND (end_date IS NULL OR year(end_date) >= ?)""",
        [*([c.program] if c.program else []), y1, y0],
    ).fetchone()[0]


def ntm_latest(con, c: Combo) -> tuple[int, int, int] | None:
    """(latest year, communes assessed that year, communes recognised) in the filter."""
    y0, y1 = c.years or (1900, 2100)
    cset = "AND criteria_set = ?" if c.cset else ""
    params = [y0, y1, *([c.cset] if c.cset else [])]
    base = f"FROM commune_ntm WHERE {c.where} AND year BETWEEN ? AND ? {cset}"
    year = con.execute(f"SELECT max(year) {base}", params).fetchone()[0]
    if year is None:
        return None
    n, ntm = con.execute(
        f"SELECT count(*), count(ntm_level) {base} AND year = ?", [*params, year]
    ).fetchone()
    return year, n, ntm


def ntm_years(con, c: Combo) -> list[int]:
    y0, y1 = c.years or (1900, 2100)
    cset = "AND criteria_set = ?" if c.cset else ""
    return [
        r[0]
        for r in con.execute(
            f"SELECT DISTINCT year FROM commune_ntm WHERE {c.where} AND year BETWEEN ? AND ? "
            f"{cset} ORDER BY 1",
            [y0, y1, *([c.cset] if c.cset else [])],
        ).fetchall()
    ]


def trained_in(con, c: Combo) -> tuple[float | None, list[str]]:
    """People trained in the filter, and the reporting units' names."""
    y0, y1 = c.years or (1900, 2100)
    total, names = con.execute(
        f"""SELECT sum(achieved), list(DISTINCT unit_name) FROM training_results
            WHERE {c.where_units} AND year BETWEEN ? AND ?""",
        [y0, y1],
    ).fetchone()
    return total, sorted(names or [])


# ------------------------------------------------------------------ what each page shows
# For each page: what SQL says it must show under a filter, and what it does show, as two
# dicts with the same keys.


def overview_expected(con, c: Combo) -> dict:
    officers = officers_in(con, Combo(where=c.where, years=c.years))  # no program here
    trained, _ = trained_in(con, c)
    return {
        t("headline_officers", c.lang): number(officers, c.lang),
        t("headline_trained", c.lang): number(trained, c.lang) if trained is not None else "—",
    }


def overview_shown(at: AppTest, con, c: Combo) -> dict:
    shown = metrics(at)
    return {
        k: shown.get(k) for k in (t("headline_officers", c.lang), t("headline_trained", c.lang))
    }


def officers_expected(con, c: Combo) -> dict:
    n = officers_in(con, c)
    return {t("officers_total", c.lang): number(n, c.lang), "by_unit_sum": n}


def officers_shown(at: AppTest, con, c: Combo) -> dict:
    label = t("officers_total", c.lang)
    units = table(at, label)  # the drill-down table adds up to the total
    total = sum(parse(v) for v in units[label])
    n = parse(metrics(at).get(label, ""))
    # with today's units a split commune's officers count in shares, each row rounded
    if c.unit and c.unit[0] == "2025" and abs(total - n) <= 0.5 * len(units):
        total = n
    return {label: metrics(at).get(label), "by_unit_sum": total}


def ntm_expected(con, c: Combo) -> dict:
    _, n, ntm = ntm_latest(con, c)
    return {
        t("communes_assessed", c.lang): number(n, c.lang),
        t("communes_ntm", c.lang): number(ntm, c.lang),
        "chart_years": ntm_years(con, c),
    }


def chart_years(at: AppTest, lang: str) -> list[int]:
    spec = chart_spec(at, t("ntm_levels_chart", lang))
    return sorted({x for tr in spec["data"] if tr["type"] == "bar" for x in values(tr["x"])})


def ntm_shown(at: AppTest, con, c: Combo) -> dict:
    shown = metrics(at)
    keys = (t("communes_assessed", c.lang), t("communes_ntm", c.lang))
    return {**{k: shown.get(k) for k in keys}, "chart_years": chart_years(at, c.lang)}


def training_expected(con, c: Combo) -> dict:
    trained, names = trained_in(con, c)
    if c.unit and c.unit[0] == "2025":  # reported per today's province
        names = [unit_name(con, c.unit)]
    return {"trained": trained, "units": names if trained is not None else None}


def training_shown(at: AppTest, con, c: Combo) -> dict:
    if t("empty_title", c.lang) in text(at):
        return {"trained": None, "units": None}
    units = table(at, t("unit", c.lang), t("category", c.lang), t("achieved", c.lang))
    assert len(table(at, t("category", c.lang), t("training_level", c.lang))) >= 1
    return {
        "trained": sum(parse(v) for v in units[t("achieved", c.lang)]),
        "units": sorted(set(units[t("unit", c.lang)])),
    }


def unit_expected(con, c: Combo) -> dict:
    return {
        "header": unit_name(con, c.unit) if c.unit else t("all_units", c.lang),
        t("officers_total", c.lang): number(officers_in(con, c), c.lang),
        "chart_years": ntm_years(con, c),
    }


def unit_shown(at: AppTest, con, c: Combo) -> dict:
    label = t("officers_total", c.lang)
    return {
        "header": at.main.header[0].value.split(" (từ ")[0],
        label: metrics(at).get(label),
        "chart_years": chart_years(at, c.lang) if ntm_years(con, c) else [],
    }


CHECKS = {
    "overview": (overview_expected, overview_shown),
    "officers": (officers_expected, officers_shown),
    "ntm": (ntm_expected, ntm_shown),
    "training": (training_expected, training_shown),
    "unit": (unit_expected, unit_shown),
}

CASES = [
    *(
        pytest.param("overview", c)
        for c in ("none", "province", "district", "new_units", "years", "english")
    ),
    *(
        pytest.param("officers", c)
        for c in ("none", "province", "district", "new_units", "program", "years", "english")
    ),
    *(
        pytest.param("ntm", c)
        for c in ("none", "province", "district", "new_units", "criteria_set", "years", "english")
    ),
    *(
        pytest.param("training", c)
        for c in ("none", "province", "district", "new_units", "years", "english")
    ),
    *(
        pytest.param("unit", c)
        for c in (
            "none",
            "province",
            "district",
            "new_units",
            "program",
            "criteria_set",
            "years",
            "english",
        )
    ),
]


@pytest.fixture(scope="module")
def con(demo_db):
    with Warehouse(demo_db).read() as connection:
        yield connection


@pytest.mark.parametrize(("page", "combo"), CASES)
def test_page_under_filter(demo_db, monkeypatch, con, page, combo):
    c = combo_for(page, combo)
    at = open_page(demo_db, monkeypatch, page, c)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert at.title[0].value == t(PAGES[page][1], c.lang)
    body = text(at)
    if c.unit:
        assert unit_name(con, c.unit) in body  # breadcrumb / header name the unit
    if c.years:
        assert f"{c.years[0]}–{c.years[1]}" in body  # the filters in words
    if c.program:
        assert c.program in body
    if c.cset:
        assert c.cset in body
    if c.lang == "en":
        assert "Demo data" in body
    expected, shown = CHECKS[page]
    want = expected(con, c)
    assert shown(at, con, c) == want
    if combo not in ("none", "english"):
        # the figures differ from the unfiltered ones: the case proves the filter applies
        assert want != expected(con, Combo(lang=c.lang))


# ------------------------------------------------------------------ URL, commune, breadcrumb


def test_url_query_parameters_restore_the_filters(demo_db, monkeypatch, con):
    at = open_app(
        demo_db, monkeypatch, {"unit": "legacy:38", "district": "384", "years": "2013-2015"}
    )
    assert not at.exception and not at.error
    assert at.sidebar.selectbox(key="unit").value == "legacy:38"
    assert at.sidebar.selectbox(key="district").value == "384"
    assert tuple(at.sidebar.slider(key="years").value) == (2013, 2015)
    c = Combo(where="era = 'legacy' AND district_code = '384'", years=(2013, 2015))
    assert metrics(at)[t("headline_officers")] == number(officers_in(con, c))
    assert unit_name(con, ("legacy", "district", "384")) in text(at)
    # the filters stay in the URL, and follow the reader to another page
    assert {k: at.query_params[k] for k in ("unit", "district", "years")} == {
        "unit": "legacy:38",
        "district": "384",
        "years": "2013-2015",
    }
    at.switch_page("app_pages/officers.py").run()
    assert not at.exception
    assert metrics(at)[t("officers_total")] == number(officers_in(con, c))


def test_url_restores_new_units_program_and_language(demo_db, monkeypatch, con):
    at = open_app(
        demo_db,
        monkeypatch,
        {"new": "1", "unit": "2025:66", "program": PY_PROGRAM, "lang": "en"},
    )
    at.switch_page("app_pages/officers.py").run()
    assert not at.exception and not at.error
    assert at.sidebar.toggle(key="new").value is True
    assert at.sidebar.selectbox(key="unit").value == "2025:66"
    assert at.sidebar.selectbox(key="program").value == PY_PROGRAM
    assert at.title[0].value == t("page_officers", "en")
    c = Combo(where=IN_DAK_LAK, program=PY_PROGRAM)
    assert metrics(at)[t("officers_total", "en")] == number(officers_in(con, c), "en")


def first_commune(con, district: str) -> tuple[str, str]:
    return con.execute(
        "SELECT commune_code, commune_name FROM officers WHERE era = 'legacy' "
        "AND district_code = ? ORDER BY commune_name LIMIT 1",
        [district],
    ).fetchone()


def unit_page_in_muong_lat(demo_db, monkeypatch) -> AppTest:
    at = open_app(demo_db, monkeypatch, {"unit": "legacy:38", "district": "384"})
    at.switch_page("app_pages/unit.py").run()
    assert at.main.header[0].value == "Huyện Mường Lát"
    return at


def test_unit_page_choosing_a_commune_shows_it(demo_db, monkeypatch, con):
    at = unit_page_in_muong_lat(demo_db, monkeypatch)
    with_data = con.execute(
        """SELECT commune_name || ' (' || district_name || ')' FROM commune_names
           WHERE era = 'legacy' AND district_code = '384' AND commune_code IN (
               SELECT commune_code FROM officers WHERE era = 'legacy'
               UNION SELECT commune_code FROM commune_ntm WHERE era = 'legacy'
               UNION SELECT commune_code FROM commune_indicators WHERE era = 'legacy')"""
    ).fetchall()
    assert sorted(at.selectbox(key="commune").options[1:]) == sorted(n for (n,) in with_data)
    code, name = first_commune(con, "384")
    at.selectbox(key="commune").set_value(code).run()
    assert not at.exception and not at.error
    assert at.main.header[0].value == name
    assert at.query_params["commune"] == code
    officers = con.execute(
        "SELECT count(*) FROM officers WHERE era = 'legacy' AND commune_code = ?", [code]
    ).fetchone()[0]
    assert metrics(at)[t("officers_total")] == number(officers)
    crumbs = [b.label for b in at.button]
    assert any("Tỉnh Thanh Hóa" in b for b in crumbs)
    assert any("Huyện Mường Lát" in b for b in crumbs)


def click_crumb(at: AppTest, name: str) -> AppTest:
    (button,) = [b for b in at.button if name in b.label]
    return button.click().run()


def test_breadcrumb_goes_back_up_from_a_district(demo_db, monkeypatch, con):
    at = unit_page_in_muong_lat(demo_db, monkeypatch)
    click_crumb(at, "Tỉnh Thanh Hóa")
    assert not at.exception and not at.error
    assert at.main.header[0].value == "Tỉnh Thanh Hóa"
    assert at.sidebar.selectbox(key="unit").value == "legacy:38"
    assert at.sidebar.selectbox(key="district").value == ""
    assert "district" not in at.query_params
    assert metrics(at)[t("officers_total")] == number(officers_in(con, legacy("38")))


def test_breadcrumb_goes_back_up_from_a_commune(demo_db, monkeypatch, con):
    at = unit_page_in_muong_lat(demo_db, monkeypatch)
    code, name = first_commune(con, "384")
    at.selectbox(key="commune").set_value(code).run()
    assert at.main.header[0].value == name
    click_crumb(at, "Tỉnh Thanh Hóa")
    assert not at.exception and not at.error
    assert at.main.header[0].value == "Tỉnh Thanh Hóa"
    assert metrics(at)[t("officers_total")] == number(officers_in(con, legacy("38")))
