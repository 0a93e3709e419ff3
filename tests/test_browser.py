"""A real browser on a real server: every page of the demo opens without an error box.

Playwright drives Debian's chromium (never a downloaded browser); the Makefile installs it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.pages import PAGES as REGISTRY
from tests.browser_marks import BROWSER_MARKS

ROOT = Path(__file__).resolve().parent.parent
URLS = [p.served_at for p in REGISTRY]
DASHBOARD_URLS = {p.served_at for p in REGISTRY if p.section == "dashboard"}

pytestmark = BROWSER_MARKS


@pytest.fixture(scope="module")
def server(demo_db):
    yield from _serve(demo_db)


@pytest.fixture(scope="module")
def own_server(tmp_path_factory, demo_db):
    """A server on a copy of the demo: for tests that write to the warehouse."""

    db = tmp_path_factory.mktemp("upload") / "warehouse.duckdb"
    shutil.copy(demo_db, db)
    yield from _serve(db)


def _serve(db: Path):
    """The same server the report command starts: ``streamlit run`` on a free port."""
    from dashboard.report.capture import app_server

    with app_server(db) as url:
        yield url


@pytest.mark.parametrize("path", URLS)
def test_page_opens_without_errors(server, browser, path, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    console_errors: list[str] = []
    page.on("pageerror", lambda exc: console_errors.append(str(exc)))
    page.goto(f"{server}/{path}", wait_until="networkidle")
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0
    body = page.inner_text("body")
    assert "Page not found" not in body
    assert "Dữ liệu mẫu (demo)" in body
    if path in DASHBOARD_URLS:  # every dashboard page draws charts, and they have data
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
        if path == "":  # a goal of Phú Yên's plan, on the overview's scorecard chart
            assert "431 cán bộ" in page.inner_text("body")
        assert page.locator(".js-plotly-plot").count() >= 1
        page.screenshot(path=str(tmp_path / f"{path or 'tong-quan'}.png"))
    assert console_errors == []
    page.close()


def test_a_link_opens_the_same_view(server, browser):
    """Filters live in the URL: a copied link opens the same unit and period."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    page.goto(f"{server}/can-bo?unit=legacy:38&district=384&years=2012-2016")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    body = page.inner_text("body")
    assert "Huyện Mường Lát" in body and "2012–2016" in body
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "unit=legacy%3A38" in page.url or "unit=legacy:38" in page.url
    page.close()


def test_upload_through_the_page_then_see_it_on_the_dashboard(own_server, browser, tmp_path):
    """An analyst drops a file, checks the preview, confirms; a leader then finds the
    new officer on the Cán bộ page."""
    from etl import templates
    from tests.conftest import officer

    path = templates.write_workbook(
        "officers",
        tmp_path / "doi_vien_moi.xlsx",
        {"officers": [officer(full_name="Vi Thị Khánh Linh", gender="Nữ")]},
    )
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    page.goto(f"{own_server}/tai-du-lieu")
    page.wait_for_selector("input[type=file]", state="attached", timeout=60_000)
    page.set_input_files("input[type=file]", str(path))
    confirm = page.get_by_role("button", name="Xác nhận nạp")
    confirm.wait_for(timeout=60_000)
    body = page.inner_text("body")  # what was detected, before anything is written
    assert "Danh sách cán bộ" in body and "Huyện Mường Lát" in body
    assert "Số liệu sẽ được lưu: cán bộ (1 dòng)" in body
    confirm.click()
    page.get_by_text("Đã nạp lô").wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0

    page.goto(f"{own_server}/can-bo?unit=legacy:38&district=384")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    search = page.get_by_label("Tìm theo tên, xã hoặc chức vụ")
    search.fill("khanh linh")
    search.press("Enter")
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.get_by_text("1 người.").wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()
