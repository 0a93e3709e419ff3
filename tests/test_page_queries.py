"""The page queries (officers, NTM, training) against SQL written here on the views.

The expected numbers never come from the functions under test: each is counted again on
the views (or, for the era switch, through the crosswalk table by hand).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pandas as pd
import pytest

from dashboard.projection import project
from dashboard.queries import ntm as nq
from dashboard.queries import officers as oq
from dashboard.queries import training as tq
from dashboard.queries.filters import UnitFilter
from dashboard.queries.scope import Scope
from etl.store import Warehouse

TH = UnitFilter("legacy", "province", "38")
PY = UnitFilter("legacy", "province", "54")
MUONG_LAT = UnitFilter("legacy", "district", "384")
DAK_LAK = UnitFilter("2025", "province", "66")  # Phú Yên's communes since 1/7/2025


@pytest.fixture(scope="module")
def con(demo_db):
    with Warehouse(demo_db).read() as connection:
        yield connection


def one(con, sql: str, params=None):
    return con.execute(sql, params or []).fetchone()[0]


def rows(con, sql: str, params=None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()


def where(unit: UnitFilter, alias: str = "") -> str:
    if not unit.code:
        return "TRUE"
    column = {"province": "province_code", "district": "district_code"}[unit.level]
    return f"{alias}era = '{unit.era}' AND {alias}{column} = '{unit.code}'"


# ------------------------------------------------------------------ officers


@pytest.mark.parametrize(
    "unit", [UnitFilter(), TH, PY, MUONG_LAT], ids=["all", "thanh_hoa", "phu_yen", "muong_lat"]
)
def test_composition_women_and_minority_shares(con, unit):
    mix = oq.composition(con, Scope(unit))
    total, gender_known, women, known, minority, party_known, party = con.execute(
        f"""SELECT count(*), count(gender), count(*) FILTER (WHERE gender = 'Nữ'),
                   count(ethnicity), count(*) FILTER (WHERE ethnicity <> 'Kinh'),
                   count(party_member), count(*) FILTER (WHERE party_member)
            FROM officers WHERE {where(unit)}"""
    ).fetchone()
    assert total > 0
    assert mix["officers"] == total
    # each share is of the officers whose attribute is known, and carries both numbers
    # (Mường Lát's seven are all men: a known 0%, not "no data")
    assert (mix["women"].hit, mix["women"].known, mix["women"].total) == (
        women,
        gender_known,
        total,
    )
    assert mix["women"].pct == pytest.approx(100 * women / gender_known)
    assert (mix["minority"].known, mix["minority"].total) == (known, total)
    assert mix["minority"].pct == pytest.approx(100 * minority / known)
    assert (mix["party"].known, mix["party"].total) == (party_known, total)
    assert mix["party"].pct == pytest.approx(100 * party / party_known)


@pytest.mark.parametrize(
    ("unit", "level"),
    [(UnitFilter(), "province"), (TH, "district"), (MUONG_LAT, "commune")],
    ids=["all", "thanh_hoa", "muong_lat"],
)
def test_by_unit_counts_each_unit_and_sums_to_the_total(con, unit, level):
    units = oq.by_unit(con, Scope(unit))
    expected = dict(
        rows(
            con,
            f"SELECT {level}_code, count(*) FROM officers WHERE {where(unit)} GROUP BY 1",
        )
    )
    assert set(units.level) == {level}
    assert dict(zip(units.code, units.total, strict=True)) == expected
    assert units.total.sum() == oq.composition(con, Scope(unit))["officers"]
    assert units.total.sum() == one(con, f"SELECT count(*) FROM officers WHERE {where(unit)}")
    women = dict(
        rows(
            con,
            f"SELECT {level}_code, count(*) FILTER (WHERE gender = 'Nữ') FROM officers "
            f"WHERE {where(unit)} GROUP BY 1",
        )
    )
    assert dict(zip(units.code, units.women, strict=True)) == women


def fold(text: str) -> str:
    """Lower case, no tone marks, đ as d: how a reader types a Vietnamese name."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


@pytest.mark.parametrize(
    ("search", "must_find"),
    [
        ("nguyen van", "Nguyễn Văn"),
        ("NGUYEN VAN", "Nguyễn Văn"),
        ("Nguyễn Văn", "Nguyễn Văn"),
        ("hoa", "Hòa"),
        ("dinh", "Đinh"),
        ("lo van", "Lò Văn"),
    ],
)
def test_roster_search_ignores_case_and_tone_marks(con, search, must_find):
    everyone = rows(con, "SELECT full_name, commune_name, coalesce(position, '') FROM officers")
    expected = sorted(
        (name, commune)
        for name, commune, position in everyone
        if fold(search) in fold(f"{name} {commune} {position}")
    )
    found = oq.roster(con, Scope(), search)
    assert sorted(zip(found.full_name, found.commune_name, strict=True)) == expected
    assert any(must_find in f"{n} {c}" for n, c in expected), "the demo has such a person"


def test_roster_without_search_lists_everyone_in_the_unit(con):
    found = oq.roster(con, Scope(MUONG_LAT))
    expected = rows(con, f"SELECT full_name FROM officers WHERE {where(MUONG_LAT)}")
    assert sorted(found.full_name) == sorted(n for (n,) in expected)


def test_roster_search_finds_a_post_as_it_is_written(con):
    post = "Công chức Văn hóa - Xã hội"
    holders = one(con, "SELECT count(*) FROM officers WHERE position = ?", [post])
    assert holders > 0
    assert len(oq.roster(con, Scope(), post)) == holders


# ------------------------------------------------------------------ era switch


def test_new_units_keep_the_officer_total_and_move_phu_yen_into_dak_lak(con):
    legacy_total = one(con, "SELECT count(*) FROM officers")
    new = oq.by_unit(con, Scope(new_units=True))
    assert new.total.sum() == pytest.approx(legacy_total)
    assert oq.composition(con, Scope(new_units=True))["officers"] == pytest.approx(legacy_total)

    # by hand through the crosswalk: each officer's commune, shared between its successors;
    # officers listed under today's units already count in their own province
    expected = dict(
        rows(
            con,
            """SELECT province, sum(share) FROM (
                   SELECT x.new_province_code AS province, x.share FROM officers o
                   JOIN ref_unit_crosswalk x ON x.old_code = o.commune_code
                   WHERE o.era = 'legacy'
                   UNION ALL
                   SELECT province_code, 1.0 FROM officers WHERE era = '2025')
               GROUP BY 1""",
        )
    )
    assert dict(zip(new.code, new.total, strict=True)) == pytest.approx(expected)
    assert "66" in set(new.code) and "54" not in set(new.code)
    dak_lak = one(
        con, "SELECT name FROM units WHERE era = '2025' AND level = 'province' AND code = '66'"
    )
    assert new.set_index("code").loc["66", "name"] == dak_lak
    assert set(new.level) == {"province"}

    in_66 = f"({where(PY)}) OR ({where(DAK_LAK)})"  # Phú Yên's, and any listed since
    phu_yen = one(con, f"SELECT count(*) FROM officers WHERE {in_66}")
    in_dak_lak = oq.composition(con, Scope(DAK_LAK, new_units=True))
    assert in_dak_lak["officers"] == pytest.approx(phu_yen)
    women, gender_known = con.execute(
        f"SELECT count(*) FILTER (WHERE gender = 'Nữ'), count(gender) FROM officers WHERE {in_66}"
    ).fetchone()
    assert in_dak_lak["women"].pct == pytest.approx(100 * women / gender_known)
    assert in_dak_lak["women"].total == pytest.approx(phu_yen)


def test_new_units_keep_the_communes_assessed_each_year(con):
    assessed = dict(rows(con, "SELECT year, count(*) FROM commune_ntm GROUP BY 1"))
    levels = nq.levels_by_year(con, Scope(new_units=True))
    weights = levels.groupby("year").communes.sum().to_dict()
    assert weights == pytest.approx(assessed)
    shares = levels.groupby("year").share.sum().to_dict()
    assert shares == pytest.approx(dict.fromkeys(assessed, 100.0))

    # Phú Yên's communes are all in Đắk Lắk today; each level keeps its count
    phu_yen = {
        (year, level): n
        for year, level, n in rows(
            con,
            f"SELECT year, coalesce(ntm_level, 'Chưa đạt'), count(*) FROM commune_ntm "
            f"WHERE {where(PY)} GROUP BY ALL",
        )
    }
    dak_lak = nq.levels_by_year(con, Scope(DAK_LAK, new_units=True))
    got = {(r.year, r.level): r.communes for r in dak_lak.itertuples()}
    assert got == pytest.approx(phu_yen)


def test_new_units_keep_the_training_totals(con):
    legacy = tq.by_category(con, Scope())
    new = tq.by_category(con, Scope(new_units=True))
    total = one(con, "SELECT sum(achieved) FROM training_results")
    assert new.achieved.sum() == pytest.approx(total) == legacy.achieved.sum()
    dak_lak = tq.by_category(con, Scope(DAK_LAK, new_units=True))
    assert dak_lak.achieved.sum() == pytest.approx(
        one(con, f"SELECT sum(achieved) FROM training_results WHERE {where(PY)}")
    )
    assert dak_lak.target.sum() == pytest.approx(
        one(con, f"SELECT sum(target) FROM training_targets WHERE {where(PY)}")
    )


# ------------------------------------------------------------------ NTM near misses


def near_misses_expected(con, unit: UnitFilter, year: int, within: int = 2) -> dict:
    criteria = dict(rows(con, "SELECT criteria_set, count(*) FROM ntm_criteria GROUP BY 1"))
    communes = rows(
        con,
        f"""SELECT era, commune_code, criteria_set, criteria_met, batch_id FROM commune_ntm
            WHERE {where(unit)} AND year = ? AND ntm_level IS NULL""",
        [year],
    )
    out = {}
    for era, code, cset, met, batch in communes:
        missing = criteria[cset] - met
        if 1 <= missing <= within:
            unmet = rows(
                con,
                """SELECT criterion_no || '. ' || criterion_name FROM commune_ntm_criteria
                   WHERE era = ? AND commune_code = ? AND year = ? AND batch_id = ?
                     AND NOT met ORDER BY criterion_no""",
                [era, code, year, batch],
            )
            out[code] = (met, missing, [u for (u,) in unmet])
    return out


@pytest.mark.parametrize(
    ("unit", "year"), [(UnitFilter(), 2024), (TH, 2023), (PY, 2020)], ids=["all", "th", "py"]
)
def test_near_misses_are_the_unrecognised_communes_one_or_two_short(con, unit, year):
    expected = near_misses_expected(con, unit, year)
    assert expected, "the demo has near misses here"
    near = nq.near_misses(con, Scope(unit), year)
    got = {
        r.commune_code: (r.criteria_met, r.missing, r.missing_criteria.split("; "))
        for r in near.itertuples()
    }
    assert got == expected
    assert all(17 <= met <= 18 for met, _, _ in got.values())  # of 19 criteria
    assert list(near.missing) == sorted(near.missing)  # one short first
    only_one = nq.near_misses(con, Scope(unit), year, within=1)
    assert set(only_one.commune_code) == {c for c, v in expected.items() if v[1] == 1}


def test_near_misses_under_new_units_list_the_communes_of_the_new_province(con):
    # Đắk Lắk today holds all of Phú Yên's communes; they are listed as assessed
    expected = near_misses_expected(con, PY, 2024)
    assert expected
    near = nq.near_misses(con, Scope(DAK_LAK, new_units=True), 2024)
    assert set(near.commune_code) == set(expected)
    points = nq.map_points(con, Scope(DAK_LAK, new_units=True), 2024)
    assert len(points) == one(
        con, f"SELECT count(*) FROM commune_ntm WHERE {where(PY)} AND year = 2024"
    )


# ------------------------------------------------------------------ training


def matching(got, category, level, p0=None):
    """The rows of ``got`` for a category and level (a category trained at no particular
    level has level NULL), and plan period when given."""
    same_level = got.level.isna() if level is None else got.level == level
    rows_ = got[(got.category == category) & same_level]
    return rows_ if p0 is None else rows_[rows_.period_start == p0]


@pytest.mark.parametrize("unit", [UnitFilter(), PY], ids=["all", "phu_yen"])
def test_training_by_category_achieved_within_the_target_period(con, unit):
    got = tq.by_category(con, Scope(unit))
    targets = rows(
        con,
        f"""SELECT category, level, period_start, period_end, sum(target) FROM training_targets
            WHERE {where(unit)} GROUP BY ALL""",
    )
    assert targets
    seen = set()
    for category, level, p0, p1, target in targets:
        achieved = one(
            con,
            f"""SELECT coalesce(sum(achieved), 0) FROM training_results
                WHERE {where(unit)} AND category = ? AND level IS NOT DISTINCT FROM ?
                  AND year BETWEEN ? AND ?""",
            [category, level, p0, p1],
        )
        (row,) = matching(got, category, level, p0).itertuples()
        assert (row.period_start, row.period_end) == (p0, p1)
        assert (row.target, row.achieved) == pytest.approx((target, achieved))
        assert row.pct == pytest.approx(100 * achieved / target)
        seen.add((category, level, p0))
    # results without a target are still shown, with no target and no percentage ("—")
    untargeted = rows(
        con,
        f"""SELECT category, level, sum(achieved) FROM training_results r WHERE {where(unit)}
            AND NOT EXISTS (SELECT 1 FROM training_targets t WHERE t.category = r.category
                            AND t.level IS NOT DISTINCT FROM r.level) GROUP BY ALL""",
    )
    for category, level, achieved in untargeted:
        (row,) = matching(got, category, level).itertuples()
        assert row.achieved == pytest.approx(achieved)
        assert row.target != row.target  # NaN: no target set
        assert row.pct != row.pct  # and so no percentage: neither 0 nor infinity
        seen.add((category, level, None))
    shown = {
        (c, None if pd.isna(lv) else lv, None if pd.isna(p) else p)
        for c, lv, p in zip(got.category, got.level, got.period_start, strict=True)
    }
    assert shown == seen


@pytest.mark.parametrize(
    "as_of", [dt.date(2011, 12, 31), dt.date(2013, 12, 31), dt.date(2015, 6, 30)]
)
def test_training_projections_agree_with_project(con, as_of):
    cum = tq.cumulative(con, Scope())
    got = tq.projections(cum, as_of).set_index(["category", "period_start"])
    targets = rows(
        con,
        "SELECT category, period_start, period_end, sum(target) FROM training_targets GROUP BY ALL",
    )
    assert set(got.index) == {(c, p0) for c, p0, *_ in targets}
    for category, p0, p1, target in targets:
        points, running = [], 0.0
        for year, achieved in rows(
            con,
            """SELECT year, sum(achieved) FROM training_results
               WHERE category = ? AND year BETWEEN ? AND ? GROUP BY 1 ORDER BY 1""",
            [category, p0, p1],
        ):
            running += achieved
            points.append((dt.date(year, 12, 31), running))
        want = project(points, target, dt.date(p1, 12, 31), as_of, start=(dt.date(p0, 1, 1), 0.0))
        row = got.loc[(category, p0)]
        assert row.status == want.status
        nan = float("nan")  # a period with nothing reported by as_of: no value, no trend
        assert row.current == pytest.approx(
            nan if want.current is None else want.current, nan_ok=True
        )
        assert row.projected == pytest.approx(
            nan if want.projected is None else want.projected, nan_ok=True
        )
        assert row.target == pytest.approx(target)


def test_training_by_unit_is_per_reporting_unit(con):
    got = tq.by_unit(con, Scope(PY))
    expected = {
        (code, category): achieved
        for code, category, achieved in rows(
            con,
            f"SELECT unit_code, category, sum(achieved) FROM training_results "
            f"WHERE {where(PY)} GROUP BY ALL",
        )
    }
    assert dict(zip(zip(got.code, got.category, strict=True), got.achieved, strict=True)) == (
        pytest.approx(expected)
    )


# ------------------------------------------------------------------ filters narrow


def test_period_narrows_the_officers_to_those_serving_in_it(con):
    y0, y1 = 2018, 2025
    serving = one(
        con,
        "SELECT count(*) FROM officers WHERE (start_date IS NULL OR year(start_date) <= ?) "
        "AND (end_date IS NULL OR year(end_date) >= ?)",
        [y1, y0],
    )
    everyone = one(con, "SELECT count(*) FROM officers")
    assert 0 < serving < everyone
    assert oq.composition(con, Scope(years=(y0, y1)))["officers"] == serving
    assert oq.by_unit(con, Scope(years=(y0, y1))).total.sum() == serving
    assert len(oq.roster(con, Scope(years=(y0, y1)))) == serving


def test_program_narrows_the_officers(con):
    program = "Dự án 600 Phó Chủ tịch xã"
    n = one(con, "SELECT count(*) FROM officers WHERE program = ?", [program])
    assert 0 < n < one(con, "SELECT count(*) FROM officers")
    assert oq.composition(con, Scope(program=program))["officers"] == n
    assert set(oq.roster(con, Scope(program=program)).program) == {program}


@pytest.mark.parametrize(
    "scope",
    [Scope(years=(2017, 2019)), Scope(criteria_set="2016-2020"), Scope(TH, years=(2022, 2024))],
    ids=["years", "criteria_set", "thanh_hoa_years"],
)
def test_period_and_criteria_set_narrow_the_ntm_years(con, scope):
    y0, y1 = scope.years or (1900, 2100)
    cset = "AND criteria_set = ?" if scope.criteria_set else ""
    params = [y0, y1, *([scope.criteria_set] if scope.criteria_set else [])]
    expected = dict(
        rows(
            con,
            f"SELECT year, count(*) FROM commune_ntm WHERE {where(scope.unit)} "
            f"AND year BETWEEN ? AND ? {cset} GROUP BY 1",
            params,
        )
    )
    assert nq.years(con, scope) == sorted(expected)
    levels = nq.levels_by_year(con, scope)
    assert levels.groupby("year").communes.sum().to_dict() == pytest.approx(expected)
    assert len(expected) < len(nq.years(con, Scope()))


def test_period_narrows_the_training_years(con):
    got = tq.by_year(con, Scope(years=(2013, 2015)))
    expected = {
        (y, c): a
        for y, c, a in rows(
            con,
            "SELECT year, category, sum(achieved) FROM training_results "
            "WHERE year BETWEEN 2013 AND 2015 GROUP BY ALL",
        )
    }
    assert dict(zip(zip(got.year, got.category, strict=True), got.achieved, strict=True)) == (
        pytest.approx(expected)
    )
    units = tq.by_unit(con, Scope(years=(2013, 2015)))
    assert units.achieved.sum() == pytest.approx(sum(expected.values()))


def test_cumulative_counts_from_the_plan_start_whatever_the_period(con):
    cum = tq.cumulative(con, Scope(years=(2013, 2015)))
    expected = {}
    for category, p0, p1 in rows(
        con, "SELECT DISTINCT category, period_start, period_end FROM training_targets"
    ):
        running = 0.0
        for year, achieved in rows(
            con,
            """SELECT year, sum(achieved) FROM training_results WHERE category = ?
               AND year BETWEEN ? AND ? GROUP BY 1 ORDER BY 1""",
            [category, p0, p1],
        ):
            running += achieved
            if 2013 <= year <= 2015:
                expected[(category, year)] = running
    got = dict(zip(zip(cum.category, cum.year, strict=True), cum.cumulative, strict=True))
    assert got == pytest.approx(expected)


@pytest.mark.parametrize("years", [None, (2013, 2016)], ids=["all", "2013-2016"])
def test_tenure_timeline_counts_serving_started_and_ended(con, years):
    got = oq.tenure_timeline(con, Scope(years=years))
    y0, y1 = years or (1900, 2100)
    assert not got.empty
    for r in got.itertuples():
        serving, started, ended = rows(
            con,
            """SELECT count(*) FILTER (WHERE year(start_date) <= $y
                         AND (end_date IS NULL OR year(end_date) > $y)),
                      count(*) FILTER (WHERE year(start_date) = $y),
                      count(*) FILTER (WHERE year(end_date) = $y AND start_date IS NOT NULL)
               FROM officers WHERE (year(start_date) <= $y1)
                 AND (end_date IS NULL OR year(end_date) >= $y0)""",
            {"y": r.year, "y0": y0, "y1": y1},
        )[0]
        assert (r.serving, r.started, r.ended) == (serving, started, ended), r.year
    assert got.year.min() >= y0 and got.year.max() <= y1
