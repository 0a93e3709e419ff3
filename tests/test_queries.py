"""Dashboard queries and figures: the numbers on the page are the numbers in the views."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard import charts
from dashboard.queries import filters as fq
from dashboard.queries import goals as gq
from dashboard.queries import overview as oq
from etl.store import Warehouse


@pytest.fixture(scope="module")
def progress(demo_db):
    with Warehouse(demo_db).read() as con:
        return gq.goal_progress(con, today=dt.date(2026, 1, 1))


def test_training_goal_equals_sum_of_results(demo_db, progress):
    g = progress.set_index("goal_id").loc["PY-CMNV"]
    with Warehouse(demo_db).read() as con:
        expected = con.execute(
            "SELECT sum(achieved) FROM training_results WHERE category = 'chuyên môn nghiệp vụ' "
            "AND year <= 2015 AND province_code = '54'"
        ).fetchone()[0]
    assert g.value == expected
    assert g.pct == pytest.approx(100 * expected / 431)
    assert g.status == ("met" if expected >= 431 else "missed")


def test_ntm_share_counts_recognition_by_the_deadline(demo_db, progress):
    g = progress.set_index("goal_id").loc["PY-NTM"]
    with Warehouse(demo_db).read() as con:
        total, recognised = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE recognized_year <= 2015) FROM commune_ntm "
            "WHERE province_code = '54' AND year = (SELECT max(year) FROM commune_ntm "
            "WHERE province_code = '54')"
        ).fetchone()
    assert g.value == pytest.approx(100 * recognised / total)


def test_officer_goals(demo_db, progress):
    by_id = progress.set_index("goal_id")
    with Warehouse(demo_db).read() as con:
        count = con.execute(
            "SELECT count(*) FROM officers WHERE program LIKE 'Thu hút%'"
        ).fetchone()[0]
        placed = con.execute(
            "SELECT 100.0 * count(placement_after) / count(*) FROM officers "
            "WHERE program LIKE 'Dự án 600%' AND province_code = '38'"
        ).fetchone()[0]
    assert by_id.loc["PY-TTT"].value == count
    assert by_id.loc["TH-600-BT"].value == pytest.approx(placed)


def test_every_goal_traces_to_its_batches(demo_db, progress):
    with Warehouse(demo_db).read() as con:
        goal_batches = dict(con.execute("SELECT goal_id, batch_id FROM goals").fetchall())
    for g in progress.itertuples():
        assert goal_batches[g.goal_id] in g.batch_ids
        if g.value == g.value and g.value is not None:  # not NaN
            assert len(g.batch_ids) >= 2  # the goal's file and at least one data file


def test_every_status_has_a_colour_a_pattern_and_a_label():
    from dashboard.i18n import t
    from dashboard.projection import STATUSES

    assert set(STATUSES) == set(charts.STATUS_COLORS) == set(charts.STATUS_PATTERNS)
    assert len(set(charts.STATUS_COLORS.values())) == len(STATUSES)  # one colour each
    assert all(charts.status_label(s) != charts.status_label(s, "en") for s in STATUSES)
    assert t("status_at_risk") == "Có nguy cơ không đạt"


def test_status_is_judged_on_the_day_asked(demo_db):
    with Warehouse(demo_db).read() as con:
        before = gq.goal_progress(con, today=dt.date(2009, 1, 1)).set_index("goal_id")
        mid = gq.goal_progress(con, today=dt.date(2013, 12, 31)).set_index("goal_id")
        late = gq.goal_progress(con, today=dt.date(2026, 1, 1)).set_index("goal_id")
    assert before.loc["PY-TTT"].status == "no_data"  # nobody had started yet
    assert late.loc["PY-TTT"].status == "missed"
    # by the end of 2013, political-theory training (907 by 2015) was ahead of its pace
    llct = mid.loc["PY-LLCT"]
    assert llct.status in ("on_track", "behind", "at_risk")
    assert llct.method == "trend" and llct.projected > llct.value
    assert max(d for d, _ in llct.points) <= dt.date(2013, 12, 31)


def test_projection_uses_the_series_the_sql_gives(demo_db):
    from dashboard.projection import project

    with Warehouse(demo_db).read() as con:
        g = gq.goal_progress(con, today=dt.date(2013, 12, 31)).set_index("goal_id").loc["PY-CMNV"]
        yearly = con.execute(
            "SELECT year, sum(achieved) FROM training_results WHERE province_code = '54' "
            "AND category = 'chuyên môn nghiệp vụ' AND year <= 2013 GROUP BY 1 ORDER BY 1"
        ).fetchall()
    running, points = 0, []
    for year, achieved in yearly:
        running += achieved
        points.append((dt.date(year, 12, 31), float(running)))
    assert g.points == points
    expected = project(points, 431, dt.date(2015, 12, 31), dt.date(2013, 12, 31))
    assert g.status == expected.status and g.projected == pytest.approx(expected.projected)


def test_reporting_completeness_against_the_duties(demo_db):
    with Warehouse(demo_db).read() as con:
        report = oq.reporting(con, year=2015, today=dt.date(2026, 1, 1))
        duties = con.execute(
            "SELECT count(*) FROM reporting_duties WHERE year(due_date) = 2015"
        ).fetchone()[0]
        sent = con.execute("SELECT min(loaded_at) FROM batches WHERE kind = 'training'").fetchone()[
            0
        ]
        early = oq.reporting(con, year=2015, today=dt.date(2015, 1, 1))
    assert len(report) == duties > 0
    assert set(report.status) <= {"on_time", "late"}
    for r in report.itertuples():
        assert r.sent_at == sent
        assert r.status == ("on_time" if sent.date() <= r.due_date.date() else "late")
    assert list(early.status) == list(report.status)  # the file sent decides, not the day


def test_reporting_missing_and_not_due(wh, tmp_path):
    from etl import loader, templates

    duty = dict(
        duty_id="D1",
        province="Phú Yên",
        district="Đồng Xuân",
        report_kind="training",
        report_name="Báo cáo đào tạo",
        period_label="năm 2015",
        due_date=dt.date(2015, 12, 5),
        recipient="Sở Nội vụ",
        source_document="KH 1",
    )
    loader.load_file(
        templates.write_workbook(
            "goals",
            tmp_path / "g.xlsx",
            {
                "goals": [
                    dict(
                        goal_id="G1",
                        name="Đào tạo",
                        measure="training_achieved:tin học",
                        province="Phú Yên",
                        district="Đồng Xuân",
                        target_value=10,
                        unit="người",
                        deadline=dt.date(2015, 12, 31),
                        source_document="KH 1",
                    )
                ],
                "duties": [duty],
            },
            as_of=dt.date(2014, 1, 1),
        ),
        wh,
    )
    with wh.read() as con:
        overdue = oq.reporting(con, year=2015, today=dt.date(2016, 1, 1))
        ahead = oq.reporting(con, year=2015, today=dt.date(2015, 6, 1))
    assert list(overdue.status) == ["missing"]
    assert list(ahead.status) == ["not_due"]


def test_unit_filter_keeps_goals_within_the_unit(demo_db):
    with Warehouse(demo_db).read() as con:
        th = gq.goal_progress(con, fq.UnitFilter("legacy", "province", "38"))
        district = gq.goal_progress(con, fq.UnitFilter("legacy", "district", "384"))
    assert set(th.scope) == {"Tỉnh Thanh Hóa"}
    # the province-wide goal is measured on the district, and nothing of other provinces
    assert set(district.goal_id) == {"TH-600-BT"}
    assert list(district.evaluated_on) == ["384"]


def test_progress_chart_data_matches_the_query(progress):
    fig = charts.goal_progress_bar(progress)
    bar = fig.data[0]
    order = charts.by_urgency(progress)
    assert list(bar.x) == pytest.approx(list(order.pct.fillna(0).clip(lower=0, upper=150)))
    assert list(bar.marker.color) == [charts.STATUS_COLORS[s] for s in order.status]
    assert all("%" in text for text, p in zip(bar.text, order.pct, strict=True) if p == p)
    assert "," in bar.text[0] or bar.text[0].startswith("100%")  # Vietnamese decimal comma
    assert fig.layout.separators == ",."


def test_freshness_per_kind_and_unit(demo_db):
    with Warehouse(demo_db).read() as con:
        everything = oq.freshness(con)
        mltt = oq.freshness(con, fq.UnitFilter("legacy", "district", "384"))
    assert set(everything.kind) == {"officers", "communes", "training", "goals"}
    assert set(mltt.kind) == {"officers", "communes", "goals"}
    assert mltt.set_index("kind").loc["officers"].file_name == "doi_vien_600_muonglat.xlsx"


def test_headline_matches_views(demo_db):
    with Warehouse(demo_db).read() as con:
        head = oq.headline(con)
        officers = con.execute("SELECT count(*) FROM officers").fetchone()[0]
        trained = con.execute("SELECT sum(achieved) FROM training_results").fetchone()[0]
    assert head["officers"] == officers and head["trained"] == trained


def test_commune_scoped_goals_are_measured(wh, tmp_path):
    from etl import loader, templates

    deadline = dt.date(2015, 12, 31)
    commune = dict(province="Phú Yên", district="Đồng Xuân", commune="Xuân Sơn Bắc")
    loader.load_file(
        templates.write_workbook(
            "training",
            tmp_path / "t.xlsx",
            {
                "results": [
                    dict(**commune, category="tin học", year=2014, achieved=3),
                    dict(**commune, category="tin học", year=2015, achieved=4),
                ]
            },
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
                        goal_id="C1",
                        name="Tin học cho xã",
                        measure="training_achieved:tin học",
                        **commune,
                        target_value=10,
                        unit="người",
                        deadline=deadline,
                        source_document="KH",
                    )
                ]
            },
            as_of=dt.date(2014, 1, 1),
        ),
        wh,
    )
    with wh.read() as con:
        (g,) = gq.goal_progress(con, today=dt.date(2016, 1, 1)).itertuples()
    assert (g.value, g.pct, g.status) == (7.0, 70.0, "missed")
