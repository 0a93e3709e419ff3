"""The Báo cáo định kỳ page in a real browser: a report of the sidebar's filters made by a
process of its own, with a progress bar, that goes on when the tab is closed and then
appears in the archive list; the cron line for the same filters."""

from __future__ import annotations

import json
import os
import subprocess
import time

import pytest

from dashboard.report import capture, jobs
from tests.browser_marks import BROWSER_MARKS

pytestmark = BROWSER_MARKS

FILTERS = "unit=legacy:38&district=384&years=2016-2024"  # Huyện Mường Lát, 2016–2024


@pytest.fixture(scope="module")
def server(demo_db, tmp_path_factory):
    reports = tmp_path_factory.mktemp("page-reports")
    before = os.environ.get("TIENDO_REPORTS_DIR")
    os.environ["TIENDO_REPORTS_DIR"] = str(reports)  # the server and its reports read it
    try:
        with capture.app_server(demo_db) as url:
            yield url, reports
    finally:
        if before is None:
            os.environ.pop("TIENDO_REPORTS_DIR", None)
        else:
            os.environ["TIENDO_REPORTS_DIR"] = before


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1300, "height": 1400}, locale="vi-VN")
    page.goto(f"{url}/bao-cao?{FILTERS}", wait_until="networkidle")
    page.get_by_role("button", name="Lập báo cáo").wait_for(timeout=90_000)
    return page


def test_a_report_of_the_sidebar_made_from_the_page(server):
    url, reports = server
    with capture.browser() as browser:
        page = open_page(browser, url)
        cron = page.locator('[data-testid="stCode"]').inner_text()
        assert "--unit 384 --period 2016-2024 --lang vi" in cron
        assert cron.startswith("0 6 1 * * cd ") and "-m dashboard.report" in cron

        button = page.get_by_role("button", name="Lập báo cáo")
        button.click()
        page.locator('[data-testid="stProgress"]').wait_for(timeout=30_000)
        assert button.is_disabled()  # a second click cannot start a second report
        assert "Đang lập báo cáo" in page.inner_text("body")
        (status_file,) = (reports / jobs.JOBS).glob("*.json")
        pid = int(status_file.with_suffix(".pid").read_text())
        assert os.getsid(pid) == pid  # a session of its own: not the server's
        page.close()  # closing the tab does not stop it

        time.sleep(5)
        page = open_page(browser, url)  # a new tab finds it running, or done
        # the progress ends in the message, and the whole page runs again to list it
        page.get_by_text("Đã lập báo cáo lúc").wait_for(timeout=400_000)
        page.get_by_text("Huyện Mường Lát — Tính đến ngày").wait_for(timeout=30_000)
        assert not page.locator('[data-testid="stProgress"]').count()
        assert page.locator('[data-testid="stDownloadButton"]', has_text="Tải PDF").count() == 1

    status = json.loads(status_file.read_text(encoding="utf-8"))
    assert status["state"] == "done" and status["pid"] == pid  # one process, from the click
    (folder,) = [f for f in reports.iterdir() if (f / "manifest.json").exists()]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["unit"] == "384" and manifest["options"]["period"] == "2016-2024"
    assert folder.name.endswith("_huyen-muong-lat_2016-2024")
    first = manifest["reports"][0]["pages"][0]["pdf_pages"][0]
    head = subprocess.run(
        ["pdftotext", "-f", str(first), "-l", str(first), str(folder / "bao_cao.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout
    assert "Tổng quan · Huyện Mường Lát · Giai đoạn (năm) 2016–2024" in " ".join(head.split())
