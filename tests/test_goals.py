"""Goals judged today: on the earliest of today, the deadline and the period's end; the
period shows the goals whose window overlaps it; a district or commune is measured
against its province's goals; the demo's current plan shows every status."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import charts
from dashboard.projection import STATUSES
from dashboard.queries import filters as fq
from dashboard.queries import goals as gq
from etl import demo, loader, templates
from etl.spec import kinds
from etl.spec.measures import MEASURES
from etl.store import Warehouse

TODAY = demo.DEMO_TODAY
TH_NOW = fq.UnitFilter("2025", "province", "38")


@pytest.fixture(scope="module")
def current(demo_db):
    with Warehouse(demo_db).read() as con:
        return gq.goal_progress(con, TH_NOW, today=TODAY).set_index("goal_id")


def test_the_demos_current_plan_shows_every_status(current):
    assert set(current.status) == set(STATUSES)
    assert set(current.judged_on) == {TODAY, dt.date(2026, 6, 30)}  # one deadline passed


def test_a_passed_deadline_is_judged_on_the_value_reached_by_then(demo_db):
    """The same goal reads the same whatever period contains its deadline."""
    with Warehouse(demo_db).read() as con:
        whole = gq.goal_progress(con, today=TODAY).set_index("goal_id")
        plan = gq.goal_progress(con, years=(2010, 2015), today=TODAY).set_index("goal_id")
        later = gq.goal_progress(con, today=dt.date(2030, 1, 1)).set_index("goal_id")
    for goal in ("PY-CMNV", "PY-LLCT", "PY-NTM", "PY-TTT"):
        assert whole.loc[goal].status == plan.loc[goal].status == later.loc[goal].status
        assert whole.loc[goal].status in ("met", "missed")
        assert whole.loc[goal].judged_on == whole.loc[goal].deadline
        assert whole.loc[goal].value == plan.loc[goal].value


def test_a_running_goal_is_judged_at_the_periods_end(demo_db):
    with Warehouse(demo_db).read() as con:
        mid = gq.goal_progress(con, years=(2011, 2013), today=TODAY).set_index("goal_id")
    g = mid.loc["PY-LLCT"]  # deadline 2015, period ends 2013: still running then
    assert g.judged_on == dt.date(2013, 12, 31) and not g.final
    assert g.status in ("on_track", "behind", "at_risk")


def test_the_period_shows_goals_whose_window_overlaps_it(demo_db):
    with Warehouse(demo_db).read() as con:

        def ids(years):
            return set(gq.goal_progress(con, years=years, today=TODAY).goal_id)

        assert "PY-CMNV" in ids((2011, 2011))  # issued 2011, due 2015
        assert "PY-CMNV" in ids((2014, 2014))
        assert "PY-CMNV" not in ids((2016, 2020))
        assert "TH26-NTM" in ids((2028, 2029))  # issued 2026, due 2030
        assert "TH26-NTM" not in ids((2020, 2024))  # not issued yet
        assert "TH26-NTMNC" not in ids((2027, 2030))  # due 2026


def test_the_current_years_figure_counts_today(current):
    g = current.loc["TH26-TH"]  # 820 trained in 2026, reported in October
    assert g.value == 820 and g.data_year == 2026
    assert max(d for d, _ in g.points) == TODAY
    assert g.status == "on_track" and g.method == "pace"


def test_a_district_is_measured_against_its_provinces_rate_goal(demo_db):
    with Warehouse(demo_db).read() as con:
        (g,) = gq.goal_progress(
            con, fq.UnitFilter("legacy", "district", "384"), today=TODAY
        ).itertuples()
        placed = con.execute(
            "SELECT 100.0 * count(placement_after) / count(*) FROM officers "
            "WHERE program LIKE 'Dự án 600%' AND district_code = '384'"
        ).fetchone()[0]
    assert g.goal_id == "TH-600-BT" and g.evaluated_on == "384"
    assert g.value == pytest.approx(placed)
    assert g.target_value == 100 and g.pct == pytest.approx(placed)


def test_a_commune_shows_its_part_of_a_provinces_count_goal(demo_db, current):
    with Warehouse(demo_db).read() as con:
        code = con.execute(
            "SELECT commune_code FROM commune_ntm WHERE era = '2025' AND year = 2026 "
            "AND ntm_level = 'NTM nâng cao' ORDER BY 1 LIMIT 1"
        ).fetchone()[0]
        goals = gq.goal_progress(con, fq.UnitFilter("2025", "commune", code), today=TODAY)
    by_id = goals.set_index("goal_id")
    part = by_id.loc["TH26-NTMNC"]
    assert part.status == gq.CONTRIBUTES
    assert part.value == 1 and part.province_value == current.loc["TH26-NTMNC"].value
    assert part.part_pct == pytest.approx(100 / part.province_value)
    assert pd.isna(part.pct)  # no target of its own
    # a rate goal is judged on the commune against the province's target
    ntm = by_id.loc["TH26-NTM"]
    assert ntm.value == 100 and ntm.status == "met"
    # training is reported per province or district: not measured on a commune
    assert "TH26-TH" not in by_id.index


def test_a_unit_with_its_own_count_goal_keeps_its_target(wh, tmp_path):
    commune = dict(province="Thanh Hóa", district="Mường Lát", commune="Tam Chung")
    loader.load_file(
        templates.write_workbook(
            "communes",
            tmp_path / "x.xlsx",
            {
                "ntm": [
                    dict(
                        **commune,
                        year=2024,
                        criteria_set="2021-2025",
                        criteria_met=19,
                        ntm_level="NTM",
                        recognized_year=2024,
                    )
                ]
            },
            as_of=dt.date(2024, 12, 31),
        ),
        wh,
    )
    loader.load_file(
        templates.write_workbook(
            "goals",
            tmp_path / "g.xlsx",
            {
                "goals": [
                    dict(
                        goal_id="P",
                        name="Tỉnh: 5 xã NTM",
                        measure="ntm_level_count:NTM",
                        province="Thanh Hóa",
                        target_value=5,
                        unit="xã",
                        deadline=dt.date(2025, 12, 31),
                        source_document="KH",
                    ),
                    dict(
                        goal_id="D",
                        name="Huyện: 1 xã NTM",
                        measure="ntm_level_count:NTM",
                        province="Thanh Hóa",
                        district="Mường Lát",
                        target_value=1,
                        unit="xã",
                        deadline=dt.date(2025, 12, 31),
                        source_document="KH",
                    ),
                ]
            },
            as_of=dt.date(2024, 1, 1),
        ),
        wh,
    )
    with wh.read() as con:
        goals = gq.goal_progress(con, fq.UnitFilter("legacy", "district", "384"), today=TODAY)
    by_id = goals.set_index("goal_id")
    assert by_id.loc["D"].status == "met" and by_id.loc["D"].pct == 100
    assert by_id.loc["P"].status == gq.CONTRIBUTES and by_id.loc["P"].part_pct == 100


def test_every_measure_is_declared_once_with_what_the_dashboard_needs():
    assert set(kinds.MEASURES) == set(MEASURES)
    for m in MEASURES.values():
        assert "{scoped:" in m.sql and m.kind in ("count", "rate")
        assert "{arg}" in m.explain[0] or "arg" not in m.sql
        assert m.explanation("x", "vi") != m.explanation("x", "en")


def test_the_scorecard_puts_the_most_urgent_first(current):
    fig = charts.goal_progress_bar(current.reset_index())
    statuses = [s.split(" · ")[-1] for s in fig.data[0].text]
    ranks = [
        charts.URGENCY.index(next(k for k in STATUSES if charts.status_label(k) == s))
        for s in statuses
    ]
    assert ranks == sorted(ranks)
    assert statuses[0] == charts.status_label("at_risk")
    assert fig.data[0].textposition == "outside"  # black text beside the bar, never on it
    assert fig.data[0].textfont.color == charts.BLACK


def test_stored_series_are_the_live_measure(demo_db):
    """What a load stores is exactly what measuring now gives, on every unit."""
    from etl.store import goal_series

    with Warehouse(demo_db).read() as con:
        assert goal_series.is_fresh(con)
        evals = goal_series.all_evaluations(con)
        assert set(evals.scope_level) == {"province", "district", "commune"}
        stored = goal_series.read(con, evals)
        live = goal_series.measure(con, evals)
    assert stored.keys() == live.keys() and len(stored) > 100
    for key, series in live.items():
        got = stored[key]
        assert [y for y, _, _ in got] == [y for y, _, _ in series]
        assert [sorted(ids) for _, _, ids in got] == [sorted(ids) for _, _, ids in series]
        assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in series])


def test_a_change_outside_a_load_is_measured_live(demo_copy):
    """Facts changed some other way: the stored series are stale and not used."""
    from etl.store import goal_series

    wh = Warehouse(demo_copy)
    with wh.read() as con:
        before = gq.goal_progress(con, TH_NOW, today=TODAY).set_index("goal_id")
    with wh.write() as con:
        con.execute(
            "UPDATE load_batches SET status = 'rolled_back' WHERE file_name = "
            "'dao_tao_thanh_hoa_2026.xlsx'"
        )
    with wh.read() as con:
        assert not goal_series.is_fresh(con)
        after = gq.goal_progress(con, TH_NOW, today=TODAY).set_index("goal_id")
    assert before.loc["TH26-TH"].value == 820
    assert after.loc["TH26-TH"].status == "no_data"


def test_a_load_and_a_rollback_refresh_the_series(demo_copy, tmp_path):
    from etl.store import goal_series, history

    wh = Warehouse(demo_copy)
    rows = {"results": [dict(province="Thanh Hóa", category="tin học", year=2026, achieved=900)]}
    path = templates.write_workbook(
        "training", tmp_path / "dt.xlsx", rows, as_of=dt.date(2026, 11, 15)
    )
    result = loader.load_file(path, wh)
    assert result.status == "loaded"
    with wh.read() as con:
        assert goal_series.is_fresh(con)
        g = gq.goal_progress(con, TH_NOW, today=TODAY).set_index("goal_id").loc["TH26-TH"]
    assert g.value == 820 + 900  # another file for the same year adds its people
    history.rollback(wh, result.batch_id)
    with wh.read() as con:
        assert goal_series.is_fresh(con)
        g = gq.goal_progress(con, TH_NOW, today=TODAY).set_index("goal_id").loc["TH26-TH"]
    assert g.value == 820


def _poverty(wh, tmp_path, rates: dict[int, str]) -> None:
    rows = [
        dict(province="Phú Yên", district="Sơn Hòa", commune="Sơn Hà", year=y, poor_households=r)
        for y, r in rates.items()
    ]
    path = templates.write_workbook("communes", tmp_path / "ngheo.xlsx", {"indicators": rows})
    assert loader.load_file(path, wh).status == "loaded"


def _goal(goal_id: str, target: float, comparison: str | None) -> dict:
    return dict(
        goal_id=goal_id,
        name=f"Tỷ lệ hộ nghèo {comparison or ''} {target}%",
        measure="indicator_mean:tỷ lệ hộ nghèo",
        province="Phú Yên",
        comparison=comparison,
        target_value=target,
        unit="%",
        deadline=dt.date(2015, 12, 31),
        source_document="KH",
    )


def test_a_rate_to_bring_down_is_judged_against_its_ceiling(wh, tmp_path):
    """ "Tỷ lệ hộ nghèo dưới 4%": a poverty rate of 3% has met it, one of 8% has not, and
    the same 3% is not "ít nhất 4%" (the floor every goal was before)."""
    _poverty(wh, tmp_path, {2013: "12", 2014: "8", 2015: "3"})
    goals = [
        _goal("DUOI4", 4, "dưới"),
        _goal("KHONGQUA2", 2, "không quá"),
        _goal("SAN4", 4, None),
    ]
    path = templates.write_workbook("goals", tmp_path / "g.xlsx", {"goals": goals})
    assert loader.load_file(path, wh).status == "loaded"
    with wh.read() as con:
        stored = dict(con.execute("SELECT goal_id, comparison FROM goals").fetchall())
        got = gq.goal_progress(con, fq.UnitFilter("legacy", "province", "54"), today=TODAY)
    assert stored == {"DUOI4": "<", "KHONGQUA2": "<=", "SAN4": ">="}
    by_id = got.set_index("goal_id")
    assert by_id.loc["DUOI4"].status == "met" and by_id.loc["DUOI4"].value == 3
    assert by_id.loc["DUOI4"].pct == pytest.approx(100 * 4 / 3)
    assert by_id.loc["KHONGQUA2"].status == "missed"  # 3% at the deadline, over 2%
    assert by_id.loc["KHONGQUA2"].pct == pytest.approx(100 * 2 / 3)
    assert by_id.loc["SAN4"].status == "missed" and by_id.loc["SAN4"].pct == pytest.approx(75)


def test_a_comparison_the_workbook_cannot_read_is_refused_where_it_is(wh, tmp_path):
    path = templates.write_workbook(
        "goals", tmp_path / "sai.xlsx", {"goals": [_goal("X", 4, "khoảng")]}
    )
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    (problem,) = [e for e in result.errors if "So sánh" in e.message]
    assert problem.row is not None and "không quá" in problem.message
