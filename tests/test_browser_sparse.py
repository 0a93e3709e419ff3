"""A real browser on a warehouse holding only a sparse roster (a name, a commune and its
district per row): every page of the registry opens without an exception or an error box.

Playwright drives Debian's chromium (never a downloaded browser); the Makefile installs it.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from dashboard.pages import PAGES
from tests.browser_marks import BROWSER_MARKS

TIMEOUT_MS = 90_000

pytestmark = BROWSER_MARKS

# Only the columns that say who and where: no province (the commune and district name it),
# no birth date, gender, position, program, dates or status.
ROSTER = [
    {"full_name": "Lò Văn Bình", "commune": "Tam Chung", "district": "Mường Lát"},
    {"full_name": "Hà Thị Lan", "commune": "Tam Chung", "district": "Mường Lát"},
    {"full_name": "Vi Văn Toàn", "commune": "Trung Sơn", "district": "Quan Hóa"},
]


@pytest.fixture(scope="module")
def sparse_server(tmp_path_factory, _empty_warehouse_file):
    from dashboard.report.capture import app_server
    from etl import loader, templates
    from etl.store import Warehouse

    base = tmp_path_factory.mktemp("sparse")
    db = base / "warehouse.duckdb"
    shutil.copy(_empty_warehouse_file, db)
    path = templates.write_workbook(
        "officers", base / "danh_sach.xlsx", {"officers": ROSTER}, as_of=dt.date(2019, 12, 31)
    )
    result = loader.load_file(path, Warehouse(db), kind="officers")
    assert result.status == "loaded", [e.message for e in result.errors]
    assert result.rows == len(ROSTER)
    with app_server(db) as url:
        yield url


@pytest.mark.parametrize("page_key", [p.key for p in PAGES])
def test_every_page_opens_on_a_sparse_roster(sparse_server, browser, page_key):
    entry = next(p for p in PAGES if p.key == page_key)
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    js_errors: list[str] = []
    page.on("pageerror", lambda exc: js_errors.append(str(exc)))
    try:
        page.goto(f"{sparse_server}/{entry.served_at}", wait_until="networkidle")
        page.wait_for_selector("h1", timeout=TIMEOUT_MS)
        _finished(page)
        body = page.inner_text("body")
        exceptions = page.locator('[data-testid="stException"]').all_inner_texts()
        errors = page.locator('[data-testid="stAlertContentError"]').all_inner_texts()
        assert not exceptions, exceptions
        assert not errors, errors
        assert "Page not found" not in body
        assert js_errors == []
    finally:
        page.close()


def _finished(page) -> None:
    """The script has run to its end, and stayed so for a moment (reruns come in bursts)."""
    idle = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    for _ in range(2):
        page.wait_for_function(idle, timeout=TIMEOUT_MS)
        page.wait_for_timeout(750)
    page.wait_for_function(idle, timeout=TIMEOUT_MS)
