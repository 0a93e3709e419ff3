"""Issue 13: every ratio is of the known values and says so; counts are whole numbers.

A roster with gaps is loaded through the real loader: one district's file marks party
membership, the other's has no such column (so membership is unknown there), and some
people have no ethnicity, education or political theory. The expected figures are
counted again with SQL on the views, then looked for in the queries and on the pages
(AppTest): the share of the known with both numbers named, "—" and "chưa có thông tin"
where nothing is known, and no count written with a decimal comma.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import openpyxl
import pytest

from dashboard import fmt
from dashboard.i18n import t
from dashboard.queries import ntm as nq
from dashboard.queries import officers as oq
from dashboard.queries import training as tq
from dashboard.queries.filters import UnitFilter
from dashboard.queries.scope import Scope
from etl import loader, templates
from tests.conftest import officer
from tests.test_pages import metrics, open_app, table, text

# (composition key, column, what counts as a hit) — as written in the plans
RATIOS = {
    "women": ("gender", "gender = 'Nữ'"),
    "minority": ("ethnicity", "ethnicity <> 'Kinh'"),
    "university": ("education", "education IN ('Đại học', 'Thạc sĩ', 'Tiến sĩ')"),
    "theory_mid": ("political_theory", "political_theory IN ('Trung cấp', 'Cao cấp', 'Cử nhân')"),
    "party": ("party_member", "party_member"),
}
WHOLE = re.compile(r"^\d{1,3}(\.\d{3})*$")  # 7 · 1.487 — never 18,0
MADE_UP = re.compile(r"(?<![\d.,])(?:100|0),0\s?%")  # "0,0%" or "100,0%", not "40,0%"
QUAN_SON = "387"  # the district whose file says nothing of ethnicity, education, party


def without_column(path, *headers: str):
    """The workbook with columns taken out, as a district's own form would lack them."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    columns = [c.column for c in ws[templates.HEADER_ROW] if c.value in headers]
    assert len(columns) == len(headers)
    for col in sorted(columns, reverse=True):
        ws.delete_cols(col)
    wb.save(path)
    return path


@pytest.fixture
def roster(wh, officers_file):
    """Mường Lát marks party membership (a blank is "no"); Quan Sơn's file has no party
    column and gives no ethnicity, education or theory; three of its five work in Sơn Lư,
    a town split between two communes of today (so they count half in each)."""
    muong_lat = [
        officer(stt=1, party_member="x", education="Đại học", political_theory="Trung cấp"),
        officer(
            stt=2, full_name="Hà Thị Lan", gender="Nữ", party_member="x", education="Trung cấp"
        ),
        officer(
            stt=3,
            full_name="Nguyễn Văn An",
            ethnicity="Kinh",
            party_member="x",
            political_theory="Sơ cấp",
        ),
        officer(stt=4, full_name="Vi Thị Hoa", gender="Nữ", ethnicity=None, education="Đại học"),
    ]
    quan_son = [
        officer(
            stt=i + 1,
            full_name=name,
            gender=gender,
            ethnicity=None,
            district="Quan Sơn",
            commune=commune,
        )
        for i, (name, gender, commune) in enumerate(
            [
                ("Lương Văn Sáu", "Nam", "Sơn Lư"),
                ("Lữ Thị Mai", "Nữ", "Sơn Lư"),
                ("Phạm Văn Bảy", "Nam", "Sơn Lư"),
                ("Lò Thị Tám", "Nữ", "Na Mèo"),
                ("Hà Văn Chín", "Nam", "Na Mèo"),
            ]
        )
    ]
    for path in (
        officers_file(muong_lat, "muong_lat.xlsx"),
        without_column(officers_file(quan_son, "quan_son.xlsx"), "Đảng viên"),
    ):
        result = loader.load_file(path, wh)
        assert result.status == "loaded", result.errors
    return wh


def counted(con, where: str = "TRUE") -> dict[str, tuple[int, int, int]]:
    """(hit, known, total) for each ratio, counted on the officers view."""
    out = {}
    for key, (column, hit) in RATIOS.items():
        out[key] = con.execute(
            f"""SELECT count(*) FILTER (WHERE {hit}), count({column}), count(*)
                FROM officers WHERE {where}"""
        ).fetchone()
    return out


# ------------------------------------------------------------------ the queries


def test_every_share_is_of_the_known_and_names_both_numbers(roster):
    with roster.read() as con:
        want = counted(con)
        mix = oq.composition(con, Scope())
    assert want["party"][1] < want["party"][2]  # the roster has gaps to get right
    assert want["minority"][1] < want["minority"][2]
    assert want["university"][1] < want["university"][2]
    assert mix["officers"] == want["women"][2]
    for key, (hit, known, total) in want.items():
        share = mix[key]
        assert (share.hit, share.known, share.total) == (hit, known, total), key
        assert share.pct == pytest.approx(100 * hit / known), key
        if known < total:
            expected = f"{fmt.percent(100 * hit / known)} của {known} người có thông tin / {total}"
            english = (
                f"{fmt.percent(100 * hit / known, 1, 'en')} of {known} people with data / {total}"
            )
        else:
            expected = f"{fmt.percent(100 * hit / known)} của {total} người"
            english = f"{fmt.percent(100 * hit / known, 1, 'en')} of {total} people"
        assert share.text() == expected
        assert share.text("en") == english


def test_a_unit_where_nothing_is_known_has_no_share(roster):
    with roster.read() as con:
        scope = Scope(UnitFilter("legacy", "district", QUAN_SON))
        mix = oq.composition(con, scope)
        total = con.execute(
            f"SELECT count(*) FROM officers WHERE district_code = '{QUAN_SON}'"
        ).fetchone()[0]
    for key in ("minority", "university", "theory_mid", "party"):
        assert mix[key].pct is None, key
        assert mix[key].text() == f"— chưa có thông tin ({total} người)"
    assert mix["women"].pct is not None  # gender is given for everyone


def test_breakdowns_share_the_known_and_name_the_rest(roster):
    with roster.read() as con:
        prof = oq.profile(con, Scope())
        known, total = con.execute("SELECT count(ethnicity), count(*) FROM officers").fetchone()
        by_value = dict(
            con.execute(
                "SELECT ethnicity, count(*) FROM officers WHERE ethnicity IS NOT NULL GROUP BY 1"
            ).fetchall()
        )
    frame = oq.breakdown_of(prof, "ethnicity")
    assert set(frame.known) == {known} and set(frame.total) == {total}
    given = frame[frame.value != oq.NOT_GIVEN]
    assert dict(zip(given.value, given.share, strict=True)) == pytest.approx(
        {v: 100 * n / known for v, n in by_value.items()}
    )
    (missing,) = frame[frame.value == oq.NOT_GIVEN].itertuples()
    assert missing.officers == total - known and missing.share != missing.share  # NaN


def test_weighted_counts_stay_exact_in_the_query(roster):
    with roster.read() as con:
        units = oq.by_unit(con, Scope(UnitFilter("2025", "province", "38"), new_units=True))
        in_son_lu = con.execute(
            "SELECT count(*) FROM officers WHERE commune_name = 'Thị trấn Sơn Lư'"
        ).fetchone()[0]
    # Sơn Lư went half to each of two communes: its people count half in each
    halves = sorted(v for v in units.total if v != int(v))
    assert halves == pytest.approx([in_son_lu / 2] * 2)


# ------------------------------------------------------------------ the pages


def officers_page(db, monkeypatch, query: dict | None = None):
    at = open_app(db, monkeypatch, query)
    at.switch_page("app_pages/officers.py").run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    return at


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def charts_of(at) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_officers_page_shows_each_share_with_its_denominator(roster, monkeypatch, lang):
    at = officers_page(roster.path, monkeypatch, {"lang": lang})
    with roster.read() as con:
        want = counted(con)
    shown = metrics(at)
    noted = captions(at)
    for key, (hit, known, total) in want.items():
        assert shown[t(f"share_{key}", lang)] == fmt.percent(100 * hit / known, 1, lang), key
        if known < total:
            basis = (
                f"của {known} người có thông tin / {total}"
                if lang == "vi"
                else f"of {known} people with data / {total}"
            )
        else:
            basis = f"của {total} người" if lang == "vi" else f"of {total} people"
        assert basis in noted, (key, noted)
    # the composition charts say what their percentages are of
    known, total = want["minority"][1:]
    basis = t("shares_basis", lang).format(
        basis=f"của {known} người có thông tin / {total}"
        if lang == "vi"
        else f"of {known} people with data / {total}"
    )
    assert basis in noted


def test_officers_page_shows_no_share_where_nothing_is_known(roster, monkeypatch):
    at = officers_page(roster.path, monkeypatch, {"unit": "legacy:38", "district": QUAN_SON})
    with roster.read() as con:
        total = con.execute(
            f"SELECT count(*) FROM officers WHERE district_code = '{QUAN_SON}'"
        ).fetchone()[0]
    shown = metrics(at)
    assert shown[t("officers_total")] == str(total)
    for key in ("minority", "university", "theory_mid", "party"):
        assert shown[t(f"share_{key}")] == "—", key
    assert captions(at).count(f"chưa có thông tin ({total} người)") == 4
    # nowhere a made-up 0% or 100%: not in the metrics or captions, and the bars of an
    # attribute nobody gave carry a count without a percentage
    assert not [s for s in [*shown.values(), text(at)] if MADE_UP.search(s)]
    unknown = {t(f"breakdown_{c}") for c in ("ethnicity", "education", "political_theory")}
    for spec in charts_of(at):
        if spec["layout"]["title"]["text"].split("<br>")[0] in unknown:
            unknown.remove(spec["layout"]["title"]["text"].split("<br>")[0])
            (bar,) = spec["data"]
            assert list(bar["y"]) == [t("not_given")]
            assert list(bar["text"]) == [str(total)]
    assert not unknown  # all three charts were seen


def test_officers_page_counts_are_whole_numbers_with_todays_units(roster, monkeypatch):
    at = officers_page(roster.path, monkeypatch, {"new": "1", "unit": "2025:38"})
    assert at.sidebar.toggle(key="new").value is True
    shown = metrics(at)
    assert WHOLE.match(shown[t("officers_total")])
    units = table(at, t("officers_total"), t("serving"))
    cells = [v for c in units.columns[1:] for v in units[c]]
    assert cells and all(WHOLE.match(str(v)) for v in cells), cells
    for spec in charts_of(at):
        for tr in spec["data"]:
            counts = [str(x).split(" · ")[0] for x in tr.get("text", [])]
            assert all(WHOLE.match(c) for c in counts), (spec["layout"]["title"], counts)
        # the counting axis has ticks at whole numbers only (no 0,5 officer)
        horizontal = spec["data"][0].get("orientation") == "h"
        axis = spec["layout"]["xaxis" if horizontal else "yaxis"]
        assert axis.get("tickformat") == ",d", spec["layout"]["title"]
        assert isinstance(axis.get("dtick"), int) and axis["dtick"] >= 1


def test_unit_page_composition_names_its_denominators(roster, monkeypatch):
    at = open_app(roster.path, monkeypatch)
    at.switch_page("app_pages/unit.py").run()
    assert not at.exception and not at.error
    with roster.read() as con:
        want = counted(con)
    for key in ("women", "minority", "theory_mid"):
        hit, known, total = want[key]
        assert metrics(at)[t(f"share_{key}")] == fmt.percent(100 * hit / known)
    hit, known, total = want["minority"]
    assert f"của {known} người có thông tin / {total}" in captions(at)


# ------------------------------------------------------------------ NTM and training


@pytest.fixture
def communes(wh, tmp_path):
    """Five Quan Sơn communes in 2024 in a list without criterion-by-criterion columns:
    two recognised, one short of criteria, two whose row gives neither a level nor a
    criteria count."""
    row = dict(province="Thanh Hóa", district="Quan Sơn", year=2024)
    rows = [
        dict(row, commune="Na Mèo", criteria_met=19, ntm_level="NTM", recognized_year=2022),
        dict(row, commune="Tam Lư", criteria_met=19, ntm_level="NTM", recognized_year=2023),
        dict(row, commune="Sơn Điện", criteria_met=15),
        dict(row, commune="Mường Mìn"),
        dict(row, commune="Trung Hạ"),
    ]
    path = without_column(
        templates.write_workbook(
            "communes", tmp_path / "ntm.xlsx", {"ntm": rows}, as_of=dt.date(2024, 12, 31)
        ),
        *(f"TC{n}" for n in range(1, 20)),
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded", result.errors
    return wh


def test_ntm_share_is_of_the_communes_whose_level_is_known(communes, monkeypatch):
    with communes.read() as con:
        total, known, ntm = con.execute(
            """SELECT count(*), count(*) FILTER (WHERE ntm_level IS NOT NULL
                                                 OR criteria_met IS NOT NULL),
                      count(ntm_level) FROM commune_ntm WHERE year = 2024"""
        ).fetchone()
        levels = nq.levels_by_year(con, Scope())
    assert 0 < known < total
    share = nq.share_of_year(levels, 2024)
    assert (share.hit, share.known, share.total) == (ntm, known, total)
    assert levels.groupby("year").share.sum().to_dict() == pytest.approx({2024: 100.0})

    at = open_app(communes.path, monkeypatch)
    at.switch_page("app_pages/ntm.py").run()
    assert not at.exception and not at.error
    shown = metrics(at)
    assert shown[t("share_ntm")] == fmt.percent(100 * ntm / known)  # not of all 5
    assert f"của {known} xã có thông tin / {total}" in captions(at)
    assert shown[t("communes_assessed")] == str(total)
    assert shown[t("communes_ntm")] == str(ntm)
    frame = table(at, t("level"), t("communes"), t("share"))
    assert all(WHOLE.match(v) for v in frame[t("communes")])  # "2", never "2,0"
    unknown = frame[frame[t("level")] == t("level_unknown")]
    assert list(unknown[t("communes")]) == [str(total - known)]
    assert list(unknown[t("share")]) == ["—"]


@pytest.fixture
def training(wh, tmp_path):
    """Targets for two categories (one trained at no particular level, one set at 0) and
    results for those and a third category with no target at all."""
    unit = dict(province="Thanh Hóa")
    path = templates.write_workbook(
        "training",
        tmp_path / "dt.xlsx",
        {
            "targets": [
                dict(unit, category="tin học", period_start=2021, period_end=2025, target=120),
                dict(unit, category="ngoại ngữ", period_start=2021, period_end=2025, target=0),
            ],
            "results": [
                dict(unit, category="tin học", year=2022, achieved=30),
                dict(unit, category="ngoại ngữ", year=2022, achieved=5),
                dict(unit, category="quản lý nhà nước", year=2022, achieved=12),
            ],
        },
        as_of=dt.date(2022, 12, 31),
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded", result.errors
    return wh


def test_training_percentage_is_a_dash_where_the_target_is_unknown(training, monkeypatch):
    with training.read() as con:
        got = tq.by_category(con, Scope()).set_index("category")
        targets = dict(con.execute("SELECT category, target FROM training_targets").fetchall())
        achieved = dict(
            con.execute(
                "SELECT category, sum(achieved) FROM training_results GROUP BY 1"
            ).fetchall()
        )
    assert len(got) == len(achieved)  # a level-less category meets its own target
    for category, done in achieved.items():
        assert got.loc[category, "achieved"] == done
        target = targets.get(category)
        if target:
            assert got.loc[category, "pct"] == pytest.approx(100 * done / target)
        else:  # no target, or 0: no percentage (neither 0% nor infinity)
            assert got.loc[category, "pct"] != got.loc[category, "pct"]

    at = open_app(training.path, monkeypatch)
    at.switch_page("app_pages/training.py").run()
    assert not at.exception and not at.error
    frame = table(at, t("category"), t("achieved_pct")).set_index(t("category"))
    for category, done in achieved.items():
        target = targets.get(category)
        pct = frame.loc[category, t("achieved_pct")]
        assert pct == (fmt.percent(100 * done / target) if target else "—"), category
        assert WHOLE.match(frame.loc[category, t("achieved")])
    assert "∞" not in frame.to_string()
