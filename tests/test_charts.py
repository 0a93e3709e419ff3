"""Figures drawn from the demo warehouse: what a chart shows is what the views hold.

Each figure is built the way its page builds it (page query, then the chart function) and
its data is compared with SQL written here, on the views, without the query modules.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pandas as pd
import pytest

from dashboard import charts
from dashboard.i18n import t
from dashboard.queries import goals as gq
from dashboard.queries import ntm as nq
from dashboard.queries import officers as oq
from dashboard.queries import overview as ovq
from dashboard.queries import training as tq
from dashboard.queries.filters import UnitFilter
from dashboard.queries.scope import Scope
from etl.store import Warehouse

# The published Okabe-Ito palette (Okabe & Ito 2008), and the two neutral greys charts
# names for "not yet" / "no data".
OKABE_ITO = {
    "#000000",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
}
NEUTRAL = {charts.GREY.upper(), charts.LEVEL_COLORS["Chưa đạt"].upper(), charts.WHITE}
SEPARATORS = {"vi": ",.", "en": ".,"}

TH = UnitFilter("legacy", "province", "38")
PY = UnitFilter("legacy", "province", "54")
MUONG_LAT = UnitFilter("legacy", "district", "384")


@pytest.fixture(scope="module")
def con(demo_db):
    with Warehouse(demo_db).read() as connection:
        yield connection


def rows(con, sql: str, params=None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()


def where(unit: UnitFilter, alias: str = "") -> str:
    """The unit as a predicate on a fact view, written out by hand."""
    if not unit.code:
        return "TRUE"
    column = {"province": "province_code", "district": "district_code"}[unit.level]
    return f"{alias}era = '{unit.era}' AND {alias}{column} = '{unit.code}'"


def colours(fig) -> set[str]:
    """Every colour a trace of the figure paints with (markers, lines, colour scales)."""
    found: set[str] = set()

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, (list, tuple)):
            if key == "colorscale":
                found.update(str(c).upper() for _, c in node)
            else:
                for v in node:
                    walk(v, key)
        elif key in ("color", "fgcolor", "bgcolor") and isinstance(node, str):
            found.add(node.upper())

    walk(fig.to_dict()["data"])
    return found


# ------------------------------------------------------------------ NTM levels per year


@pytest.mark.parametrize("unit", [UnitFilter(), PY, MUONG_LAT], ids=["all", "phu_yen", "muong_lat"])
def test_levels_by_year_bars_are_the_shares_of_communes(con, unit):
    scope = Scope(unit)
    fig = charts.levels_by_year(nq.levels_by_year(con, scope), nq.ntm_goals(con, scope))

    counts = rows(
        con,
        f"SELECT year, coalesce(ntm_level, 'Chưa đạt'), count(*) FROM commune_ntm "
        f"WHERE {where(unit)} GROUP BY ALL",
    )
    assert counts, "the demo has NTM data in this unit"
    per_year = Counter()
    for year, _, n in counts:
        per_year[year] += n
    expected = defaultdict(dict)
    communes = defaultdict(dict)
    for year, level, n in counts:
        expected[level][year] = 100 * n / per_year[year]
        communes[level][year] = n

    bars = [tr for tr in fig.data if tr.type == "bar"]
    assert {tr.name for tr in bars} == set(expected)
    for tr in bars:
        assert dict(zip(tr.x, tr.y, strict=True)) == pytest.approx(expected[tr.name])
        assert dict(zip(tr.x, tr.customdata, strict=True)) == pytest.approx(communes[tr.name])
        assert tr.marker.color == charts.LEVEL_COLORS[tr.name]
    # stacked to 100% every year
    stacked = Counter()
    for tr in bars:
        for x, y in zip(tr.x, tr.y, strict=True):
            stacked[x] += y
    assert dict(stacked) == pytest.approx(dict.fromkeys(per_year, 100.0))
    assert fig.layout.barmode == "stack"

    goals = rows(
        con,
        f"SELECT year(deadline), target_value FROM goals WHERE measure = 'ntm_share' "
        f"AND {where(unit)}",
    )
    stars = [(tr.x[0], tr.y[0]) for tr in fig.data if tr.type == "scatter"]
    assert sorted(stars) == sorted(goals)


# ------------------------------------------------------------------ criteria heatmap


def heatmap_expected(con, unit: UnitFilter, year: int, cset: str):
    cells = rows(
        con,
        f"""SELECT n.commune_name, n.district_name, n.criteria_met, c.criterion_no, c.met
            FROM commune_ntm n
            JOIN commune_ntm_criteria c USING (era, commune_code, year, batch_id)
            WHERE {where(unit, "n.")} AND n.year = ? AND n.criteria_set = ?""",
        [year, cset],
    )
    grid: dict[str, dict[int, int]] = defaultdict(dict)
    met_count: dict[str, int] = {}
    for name, district, met_total, no, met in cells:
        label = f"{name} ({district})" if district else name
        grid[label][no] = int(met)
        met_count[label] = met_total
    numbers = [
        r[0]
        for r in rows(
            con, "SELECT number FROM ntm_criteria WHERE criteria_set = ? ORDER BY number", [cset]
        )
    ]
    return grid, met_count, numbers


def test_criteria_heatmap_is_the_met_flags(con):
    unit, year, cset = TH, 2024, "2021-2025"
    fig = charts.criteria_heatmap(nq.heatmap(con, Scope(unit), year, cset))
    grid, met_count, numbers = heatmap_expected(con, unit, year, cset)
    (hm,) = fig.data
    assert list(hm.x) == [f"TC{n}" for n in numbers]
    assert len(hm.y) == len(set(hm.y)) == len(grid)  # each commune once, every commune
    for label, z_row in zip(hm.y, hm.z, strict=True):
        assert list(z_row) == [grid[label][n] for n in numbers], label
    # the communes furthest from the finish come first
    met = [met_count[label] for label in hm.y]
    assert met == sorted(met)
    assert set(colours(fig)) == {charts.ORANGE, charts.BLUE}


def test_criteria_heatmap_keeps_communes_without_a_district(con):
    unit, year, cset = UnitFilter("2025", "province", "86"), 2025, "2021-2025"
    grid, _, numbers = heatmap_expected(con, unit, year, cset)
    assert grid, "the demo has 2025-era communes with criteria"
    hm = charts.criteria_heatmap(nq.heatmap(con, Scope(unit), year, cset)).data[0]
    assert sorted(hm.y) == sorted(grid)
    for label, z_row in zip(hm.y, hm.z, strict=True):
        assert list(z_row) == [grid[label][n] for n in numbers]


# ------------------------------------------------------------------ commune map


def test_commune_map_puts_each_commune_at_its_coordinates(con):
    year = 2024
    fig = charts.commune_map(nq.map_points(con, Scope(PY), year))
    expected = {
        (name, district): (lon, lat, level, met)
        for name, district, lon, lat, level, met in rows(
            con,
            """SELECT u.commune_name, u.district_name, u.longitude, u.latitude,
                      coalesce(n.ntm_level, 'Chưa đạt'), n.criteria_met
               FROM commune_ntm n JOIN commune_names u USING (era, commune_code)
               WHERE n.era = 'legacy' AND n.province_code = '54' AND n.year = ?
                 AND u.latitude IS NOT NULL""",
            [year],
        )
    }
    drawn = {}
    for tr in fig.data:
        assert tr.marker.color == charts.LEVEL_COLORS[tr.name]
        for x, y, (name, district, met) in zip(tr.x, tr.y, tr.customdata, strict=True):
            drawn[(name, district)] = (x, y, tr.name, met)
    assert drawn.keys() == expected.keys()
    for key, (x, y, level, met) in drawn.items():
        lon, lat, want_level, want_met = expected[key]
        assert (x, y) == pytest.approx((lon, lat))
        assert (level, met) == (want_level, want_met)
    assert fig.layout.yaxis.scaleanchor == "x"  # degrees drawn square, offline axes


# ------------------------------------------------------------------ officers by unit


@pytest.mark.parametrize(
    ("unit", "level"), [(UnitFilter(), "province"), (TH, "district")], ids=["all", "thanh_hoa"]
)
def test_officer_bars_are_counts_per_unit_with_codes_for_drill_down(con, unit, level):
    fig = charts.bars(
        oq.by_unit(con, Scope(unit)),
        "name",
        "total",
        "Cán bộ theo đơn vị",
        horizontal=True,
        customdata="code",
    )
    expected = {
        code: (name, n)
        for code, name, n in rows(
            con,
            f"SELECT {level}_code, {level}_name, count(*) FROM officers WHERE {where(unit)} "
            "GROUP BY ALL",
        )
    }
    (bar,) = fig.data
    assert bar.orientation == "h"
    drawn = {code: (name, n) for code, name, n in zip(bar.customdata, bar.y, bar.x, strict=True)}
    assert drawn == expected
    assert list(bar.x) == sorted(bar.x, reverse=True)  # biggest first
    assert list(bar.text) == [f"{int(n):,}".replace(",", ".") for n in bar.x]


def test_bars_print_numbers_in_the_readers_convention():
    frame = pd.DataFrame({"name": ["A", "B"], "n": [1234.0, 56789.0]})
    vi = charts.bars(frame, "name", "n", "x", "vi").data[0]
    en = charts.bars(frame, "name", "n", "x", "en").data[0]
    assert list(vi.text) == ["1.234", "56.789"]
    assert list(en.text) == ["1,234", "56,789"]


# ------------------------------------------------------------------ reporting


def test_reporting_bar_counts_each_status(con):
    report = ovq.reporting(con, today=dt.date(2026, 1, 1))
    (bar,) = charts.reporting_bar(report).data
    duties = rows(con, "SELECT count(*) FROM reporting_duties")[0][0]
    assert sum(bar.x) == duties == len(report)
    labels = {t(f"report_{s}"): s for s in charts.REPORT_COLORS}
    counted = dict(zip((labels[y] for y in bar.y), bar.x, strict=True))
    assert counted == {s: (report.status == s).sum() for s in charts.REPORT_COLORS}
    assert list(bar.marker.color) == [charts.REPORT_COLORS[labels[y]] for y in bar.y]


def test_reporting_bar_on_mixed_statuses():
    report = pd.DataFrame({"status": ["late", "on_time", "late", "missing", "late"]})
    (bar,) = charts.reporting_bar(report, "en").data
    expected = {"on_time": 1, "late": 3, "missing": 1, "not_due": 0}
    assert list(bar.y) == [t(f"report_{s}", "en") for s in expected]
    assert list(bar.x) == list(expected.values())
    assert list(bar.text) == ["1", "3", "1", "0"]


# ------------------------------------------------------------------ cumulative training


def test_cumulative_training_is_the_running_sum_of_results(con):
    scope = Scope(years=(2011, 2013))
    cum = tq.cumulative(con, scope)
    as_of = dt.date(2013, 12, 31)
    proj = tq.projections(cum, as_of)
    fig = charts.cumulative_training(cum, proj)

    targets = {
        (c, p0, p1): float(target)
        for c, p0, p1, target in rows(
            con,
            "SELECT category, period_start, period_end, sum(target) FROM training_targets "
            "WHERE period_start <= 2013 AND period_end >= 2011 GROUP BY ALL",
        )
    }
    assert targets
    by_name = {tr.name: tr for tr in fig.data}
    for (category, p0, p1), target in targets.items():
        yearly = rows(
            con,
            "SELECT year, sum(achieved) FROM training_results WHERE category = ? "
            "AND year BETWEEN ? AND ? AND year BETWEEN 2011 AND 2013 GROUP BY 1 ORDER BY 1",
            [category, p0, p1],
        )
        running, xs, ys = 0.0, [], []
        for year, achieved in yearly:
            running += achieved
            xs.append(year)
            ys.append(running)
        line = by_name[f"{category} ({p0}–{p1})"]
        assert list(line.x) == xs
        assert list(line.y) == pytest.approx(ys)
        (goal,) = [tr for tr in fig.data if tr.line.dash == "dot" and category in tr.name]
        assert list(goal.x) == [p0, p1] and list(goal.y) == pytest.approx([target, target])
        assert goal.line.color == line.line.color
        # the pace carried from the last year to the period's end
        (pace,) = [tr for tr in fig.data if tr.line.dash == "dash" and category in tr.name]
        assert list(pace.x) == [xs[-1], p1]
        assert pace.y[0] == pytest.approx(ys[-1])
        want = proj[(proj.category == category) & (proj.period_start == p0)].projected.iloc[0]
        assert pace.y[1] == pytest.approx(want)
    # one colour per category, none shared
    line_colours = [tr.line.color for tr in fig.data if tr.line.dash is None]
    assert len(line_colours) == len(set(line_colours)) == len(targets)


# ------------------------------------------------------------------ look: separators, colours


def every_figure(con, lang: str) -> dict:
    goals = gq.goal_progress(con, today=dt.date(2013, 12, 31))
    trend_goal = next(g for g in goals.itertuples() if g.method == "trend")
    cum = tq.cumulative(con, Scope(years=(2011, 2013)))
    return {
        "bars": charts.bars(oq.by_unit(con, Scope()), "name", "total", "x", lang),
        "bars_coloured": charts.bars(
            oq.by_program_position(con, Scope()),
            "position",
            "officers",
            "x",
            lang,
            color="status",
            horizontal=True,
        ),
        "levels_by_year": charts.levels_by_year(
            nq.levels_by_year(con, Scope()), nq.ntm_goals(con, Scope()), lang
        ),
        "criteria_heatmap": charts.criteria_heatmap(
            nq.heatmap(con, Scope(TH), 2024, "2021-2025"), lang
        ),
        "commune_map": charts.commune_map(nq.map_points(con, Scope(), 2024), lang),
        "cumulative_training": charts.cumulative_training(
            cum, tq.projections(cum, dt.date(2013, 12, 31)), lang
        ),
        "reporting_bar": charts.reporting_bar(ovq.reporting(con, today=dt.date(2026, 1, 1)), lang),
        "goal_trend": charts.goal_trend(trend_goal, lang),
        "goal_progress_bar": charts.goal_progress_bar(goals, lang),
    }


def test_the_chart_constants_are_okabe_ito():
    named = {
        charts.BLACK,
        charts.ORANGE,
        charts.SKY,
        charts.GREEN,
        charts.YELLOW,
        charts.BLUE,
        charts.VERMILLION,
        charts.PURPLE,
    }
    assert {c.upper() for c in named} == OKABE_ITO
    assert {c.upper() for c in charts.SERIES} <= OKABE_ITO


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_figure_uses_the_readers_separators_and_the_palette(con, lang):
    figures = every_figure(con, lang)
    for name, fig in figures.items():
        assert fig.layout.separators == SEPARATORS[lang], name
        assert fig.data, name
        used = colours(fig)
        assert used, name
        assert used <= OKABE_ITO | NEUTRAL, (name, used - OKABE_ITO - NEUTRAL)
    assert figures["levels_by_year"].layout.title.text == t("ntm_levels_chart", lang)
