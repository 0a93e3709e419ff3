"""AppTest smoke tests: every page renders on the demo, the filters work, states are clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.pages import PAGES as REGISTRY

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
ALL_PAGES = {p.label: (p.script,) for p in REGISTRY}


def app(db: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("TIENDO_DB", str(db))
    return AppTest.from_file(APP, default_timeout=120)


def goal_count(at: AppTest) -> int:
    """The goals counted in the status tiles ('### 3' under each status badge)."""
    return sum(int(m.value[4:].replace(".", "")) for m in at.markdown if m.value.startswith("### "))


def texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.markdown, *at.caption, *at.info, *at.warning, *at.error)]
    return "\n".join(str(p) for p in parts)


def test_overview_shows_goals_against_the_data(demo_db, monkeypatch):
    at = app(demo_db, monkeypatch).run()
    assert not at.exception and not at.error
    assert at.title[0].value == "Tổng quan tiến độ các chỉ tiêu"
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Cán bộ, đội viên"].replace(".", "")) > 0
    body = texts(at)
    assert "Dữ liệu mẫu (demo)" in body
    # the first screen: counts by status, every status of the demo's current plan
    assert goal_count(at) >= 17
    for status in ("Đạt", "Đúng tiến độ", "Chậm", "Có nguy cơ không đạt", "Không đạt"):
        assert f"[■] {status}" in body
    # one goal in detail, chosen by its id (kept in the URL)
    at.selectbox(key="goal").set_value("PY-CMNV").run()
    body = texts(at)
    assert (
        "431 cán bộ, công chức cấp xã được đào tạo về chuyên môn nghiệp vụ" in body
    )  # the plan's words
    assert "Mục tiêu: 431 người" in body and "Phú Yên" in body
    assert at.query_params["goal"] == "PY-CMNV"
    assert len(at.dataframe) >= 1  # freshness table


@pytest.mark.parametrize("key", list(ALL_PAGES))
def test_every_page_renders_and_marks_demo(demo_db, monkeypatch, key):
    from dashboard.i18n import t

    at = app(demo_db, monkeypatch).run()
    at.switch_page(f"app_pages/{ALL_PAGES[key][0]}").run()
    assert not at.exception and not at.error
    assert at.title[0].value == t(key if key != "page_overview" else "overview_title")
    assert "Dữ liệu mẫu (demo)" in texts(at)


def test_filter_by_province_then_district(demo_db, monkeypatch):
    at = app(demo_db, monkeypatch).run()
    at.sidebar.selectbox(key="unit").set_value("legacy:38").run()
    assert not at.exception
    assert "Tỉnh Thanh Hóa" in texts(at)
    province_officers = int(at.metric[0].value)
    at.sidebar.selectbox(key="district").set_value("384").run()  # Mường Lát
    assert not at.exception
    assert 0 < int(at.metric[0].value) < province_officers
    assert "Huyện Mường Lát" in texts(at)


def test_new_era_province_is_offered_and_renders(demo_db, monkeypatch):
    at = app(demo_db, monkeypatch).run()
    options = at.sidebar.selectbox(key="unit").options
    assert any("Vĩnh Long" in o and "1/7/2025" in o for o in options)
    at.sidebar.selectbox(key="unit").set_value("2025:86").run()
    assert not at.exception and not at.error


def test_period_filter_changes_goals(demo_db, monkeypatch):
    at = app(demo_db, monkeypatch).run()
    all_goals = goal_count(at)
    at.sidebar.slider(key="years").set_value((2011, 2013)).run()
    assert not at.exception
    few = goal_count(at)
    assert 0 < few < all_goals


def test_english_switch(demo_db, monkeypatch):
    at = app(demo_db, monkeypatch).run()
    at.sidebar.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value == "Progress against the goals"
    assert "Demo data" in texts(at)


def test_empty_warehouse_says_what_to_upload(wh, monkeypatch):
    at = app(wh.path, monkeypatch).run()
    assert not at.exception
    body = texts(at)
    # an analyst is told where to upload; nobody is given shell commands
    assert "Tải dữ liệu" in body and "python -m" not in body


def test_missing_warehouse_is_a_clear_message(tmp_path, monkeypatch):
    at = app(tmp_path / "khong_co.duckdb", monkeypatch).run()
    assert not at.exception
    assert "Chưa có kho dữ liệu" in texts(at) and "make run" in texts(at)


SPARSE = {
    # only the fields that identify a fact: a name and where; a commune and a year; a
    # unit, a category and a number
    "officers.csv": "Họ và tên,Xã,Huyện,Tỉnh\nLò Văn Bình,Tam Chung,Mường Lát,Thanh Hóa\n",
    "communes.csv": "Xã,Huyện,Tỉnh,Năm,Số tiêu chí đạt\nTam Chung,Mường Lát,Thanh Hóa,2019,9\n",
    "training.csv": "Đơn vị,Lĩnh vực,Năm,Số người\nMường Lát,Chuyên môn nghiệp vụ,2019,12\n",
}


@pytest.mark.parametrize("key", list(ALL_PAGES))
def test_every_page_renders_after_sparse_files(tmp_path, monkeypatch, key):
    """Files with only their identifying columns load; then every page renders without
    an exception or an error box, whatever it has to leave empty."""
    from etl import loader
    from etl.store import Warehouse

    wh = Warehouse(tmp_path / "sparse.duckdb")
    for name, text in SPARSE.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = loader.load_file(path, wh, kind=name.removesuffix(".csv"))
        assert result.status == "loaded", (name, result.errors)
    at = app(wh.path, monkeypatch).run()
    at.switch_page(f"app_pages/{ALL_PAGES[key][0]}").run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def test_a_copied_link_restores_the_commune_and_the_goal(demo_db, monkeypatch):
    """The sidebar rewrites the URL on every run; it must keep what the pages chose."""
    from etl.store import Warehouse

    with Warehouse(demo_db).read() as con:
        code, name = con.execute(
            "SELECT commune_code, commune_name FROM officers WHERE district_code = '384' "
            "ORDER BY 1 LIMIT 1"
        ).fetchone()
    at = app(demo_db, monkeypatch)
    for key, value in {"unit": "legacy:38", "district": "384", "commune": code}.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("app_pages/unit.py").run()
    assert not at.exception
    assert at.selectbox(key="commune").value == code
    assert name in texts(at)
    assert at.query_params["commune"] == code
    # the overview: a goal chosen by link stays chosen
    at = app(demo_db, monkeypatch)
    at.query_params["goal"] = "PY-NTM"
    at.run()
    assert at.selectbox(key="goal").value == "PY-NTM"
    assert at.query_params["goal"] == "PY-NTM"
