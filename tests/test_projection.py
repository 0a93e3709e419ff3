"""The projection behind each goal's status, on series whose answer is known by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.projection import project, slope_of

D = dt.date


def yearly(values: dict[int, float]) -> list[tuple[dt.date, float]]:
    return [(D(y, 12, 31), v) for y, v in values.items()]


def test_slope_of_a_straight_line_is_exact():
    assert slope_of(yearly({2020: 10, 2021: 20, 2022: 30})) == pytest.approx(10, rel=1e-3)


def test_on_track_when_the_line_reaches_the_target():
    # +10 a year from 30 at the end of 2022: 60 by the end of 2025, target 60
    p = project(yearly({2020: 10, 2021: 20, 2022: 30}), 60, D(2025, 12, 31), D(2023, 3, 1))
    assert p.status == "on_track"
    assert p.method == "trend" and p.points == 3
    assert p.projected == pytest.approx(60, abs=0.1)


def test_behind_between_ninety_and_hundred_percent():
    p = project(yearly({2020: 10, 2021: 20, 2022: 30}), 64, D(2025, 12, 31), D(2023, 1, 1))
    assert p.status == "behind"  # 60 / 64 = 94%


def test_at_risk_below_ninety_percent():
    p = project(yearly({2020: 10, 2021: 20, 2022: 30}), 80, D(2025, 12, 31), D(2023, 1, 1))
    assert p.status == "at_risk"  # 60 / 80 = 75%


def test_a_falling_share_is_projected_down():
    p = project(yearly({2020: 50, 2021: 45, 2022: 40}), 60, D(2024, 12, 31), D(2023, 1, 1))
    assert p.status == "at_risk"
    assert p.projected == pytest.approx(30, abs=0.1)


def test_only_the_last_five_figures_count():
    # a slump long ago does not weigh on a steady recent climb of 5 a year
    values = {2010: 90, 2011: 0, 2012: 0, 2018: 10, 2019: 15, 2020: 20, 2021: 25, 2022: 30}
    p = project(yearly(values), 45, D(2025, 12, 31), D(2023, 1, 1))
    assert p.points == 5
    assert p.slope == pytest.approx(5, rel=1e-2)
    assert p.status == "on_track"


def test_met_and_missed():
    series = yearly({2020: 10, 2021: 20})
    assert project(series, 20, D(2025, 12, 31), D(2022, 1, 1)).status == "met"
    assert project(series, 50, D(2021, 12, 31), D(2022, 6, 1)).status == "missed"


def test_figures_after_the_as_of_day_are_ignored():
    series = yearly({2020: 10, 2021: 20, 2022: 100})
    p = project(series, 100, D(2025, 12, 31), D(2022, 6, 1))
    assert p.current == 20 and p.status != "met"


def test_one_figure_uses_the_pace_since_the_start():
    # 0 on 1/1/2021, 30 a year later: 30 a year, so 150 by 1/1/2026
    start = (D(2021, 1, 1), 0.0)
    p = project([(D(2022, 1, 1), 30)], 150, D(2026, 1, 1), D(2022, 2, 1), start=start)
    assert p.method == "pace" and p.status == "on_track"
    assert p.projected == pytest.approx(150, rel=1e-2)
    assert project([(D(2022, 1, 1), 30)], 200, D(2026, 1, 1), D(2022, 2, 1), start).status == (
        "at_risk"
    )


def test_one_figure_without_a_start_has_no_trend_and_nothing_has_no_data():
    assert project([(D(2022, 1, 1), 30)], 200, D(2026, 1, 1), D(2022, 2, 1)).status == "no_trend"
    assert project([], 200, D(2026, 1, 1), D(2022, 2, 1)).status == "no_data"


# -- a ceiling: a rate to bring down ("tỷ lệ hộ nghèo dưới 4%") --------------------------------


def test_a_rate_to_bring_down_is_met_at_or_under_its_ceiling():
    series = yearly({2021: 9.0, 2022: 6.0, 2023: 3.5})
    assert project(series, 4, D(2025, 12, 31), D(2024, 1, 1), comparison="<").status == "met"
    # the same figures against a floor ("ít nhất 4%") fall away from it
    assert project(series, 4, D(2025, 12, 31), D(2024, 1, 1)).status == "at_risk"
    # at the ceiling: "không quá 3,5%" is met, "dưới 3,5%" is not yet
    assert project(series, 3.5, D(2025, 12, 31), D(2024, 1, 1), comparison="<=").status == "met"
    assert project(series, 3.5, D(2023, 12, 31), D(2024, 1, 1), comparison="<").status == "missed"


def test_a_falling_rate_is_on_track_when_its_line_comes_down_to_the_ceiling():
    # -2 points a year from 12% at the end of 2022: 6% by the end of 2025
    falling = yearly({2020: 16.0, 2021: 14.0, 2022: 12.0})
    on = project(falling, 6, D(2025, 12, 31), D(2023, 1, 1), comparison="<=")
    assert on.status == "on_track" and on.projected == pytest.approx(6, abs=0.1)
    # 6 against "không quá 5,5%": 5,5 / 6 = 92% of the way: behind; against 4%: 67%, at risk
    assert project(falling, 5.5, D(2025, 12, 31), D(2023, 1, 1), comparison="<=").status == (
        "behind"
    )
    assert project(falling, 4, D(2025, 12, 31), D(2023, 1, 1), comparison="<=").status == (
        "at_risk"
    )
    # the same fall judged as a floor ("ít nhất 6%") is met already
    assert project(falling, 6, D(2025, 12, 31), D(2023, 1, 1)).status == "met"


def test_more_than_is_strict():
    series = yearly({2022: 88.0, 2023: 90.0})
    assert project(series, 90, D(2025, 12, 31), D(2024, 1, 1)).status == "met"
    assert project(series, 90, D(2025, 12, 31), D(2024, 1, 1), comparison=">").status != "met"
