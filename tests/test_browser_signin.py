"""Sign-in in a real browser: the form alone, a wrong password, an analyst who sees only
its district whatever the address asks, an export in the audit log, signing out; and a
report made as a named user with `--each-unit district`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.access import accounts, audit
from etl.access.restrict import restrict
from etl.access.units import parse
from tests.browser_marks import BROWSER_MARKS
from tests.measure import record

pytestmark = BROWSER_MARKS
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 90_000
PW = "mat-khau-dai-12"


@pytest.fixture(scope="module")
def signed_server(tmp_path_factory, demo_db):
    from dashboard.report.capture import app_server

    db = tmp_path_factory.mktemp("signin") / "warehouse.duckdb"
    shutil.copy(demo_db, db)
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=db)
    accounts.add("ld", "lanh_dao", ["38"], PW, db=db)
    with app_server(db) as url:
        yield url, db


def form(page):
    page.get_by_role("button", name="Đăng nhập", exact=True).wait_for(timeout=TIMEOUT_MS)
    return page


def sign_in(page, name: str, password: str) -> None:
    form(page)
    page.get_by_label("Tên đăng nhập").fill(name)
    page.get_by_label("Mật khẩu", exact=True).fill(password)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()


def test_only_the_form_then_only_the_district(signed_server, browser):
    url, db = signed_server
    page = browser.new_page(viewport={"width": 1300, "height": 1000}, locale="vi-VN")
    try:
        # someone else's province in the address: the form, and nothing of the data
        page.goto(f"{url}/can-bo?unit=legacy:04", wait_until="networkidle")
        form(page)
        body = page.inner_text("body")
        assert "Cao Bằng" not in body and "Số cán bộ" not in body
        sign_in(page, "cv", "sai-mat-khau")
        page.get_by_text("Tên đăng nhập hoặc mật khẩu không đúng.").wait_for(timeout=TIMEOUT_MS)

        sign_in(page, "cv", PW)
        page.get_by_text("Đơn vị được xem: 384").wait_for(timeout=TIMEOUT_MS)
        page.goto(f"{url}/can-bo?unit=legacy:04", wait_until="networkidle")
        # a new page load is a new session: a local sign-in lasts for the tab's session
        sign_in(page, "cv", PW)
        page.get_by_role("heading", name="Cán bộ").wait_for(timeout=TIMEOUT_MS)
        page.locator('[data-testid="stMetric"]').first.wait_for(timeout=TIMEOUT_MS)
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=TIMEOUT_MS)
        page.wait_for_timeout(2000)  # the other charts of the page draw meanwhile
        body = page.inner_text("body")
        for other in ("Bảo Lạc", "Hà Quảng", "Quan Hóa"):  # Cao Bằng's, a neighbour's
            assert other not in body, body[max(0, body.find(other) - 300) :][:500]
        with duckdb.connect(str(db), read_only=True) as con:
            restrict(con, (parse("384"),), True)
            (n,) = con.execute("SELECT count(*) FROM officers").fetchone()
        assert f"\n{n} người." in body and n < 50  # the district's roster, and only it

        # an export holding personal data is logged
        with page.expect_download(timeout=TIMEOUT_MS):
            page.get_by_role("button", name=re.compile("Tải bảng Excel")).last.click()
        page.wait_for_timeout(1500)
        exports = [e for e in audit.entries(db) if e["action"] == "export"]
        assert exports and exports[0]["actor"] == "cv"
        assert "full_name" in json.loads(exports[0]["detail"])["personal"]
        assert exports[0]["origin"] == "127.0.0.1"

        page.get_by_role("button", name="Đăng xuất").click()
        form(page)
        actions = [e["action"] for e in audit.entries(db)]
        assert actions[0] == "sign_out" and "sign_in_failed" in actions
    finally:
        page.close()
    record("access", "Mở trang, đổi địa chỉ khi chưa đăng nhập (trình duyệt)", 2)


def test_a_report_as_a_leader_each_district_within_its_units(signed_server, tmp_path):
    """`--as ld --each-unit district`: one PDF per district of the leader's province, made
    by a browser that signed in with a token (never a password)."""
    _, db = signed_server
    out = tmp_path / "reports"
    done = subprocess.run(
        [sys.executable, "-m", "dashboard.report", "--db", str(db), "--out", str(out),
         "--as", "cv", "--each-unit", "district", "--pages", "officers", "--period",
         "2016-2024"],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    (manifest_file,) = out.glob("*/manifest.json")
    assert manifest_file.parent.stat().st_mode & 0o777 == 0o700  # owner only
    assert out.stat().st_mode & 0o777 == 0o700
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    assert manifest["options"]["as"] == "cv" and manifest["options"]["scope"] == ["384"]
    assert [r["unit_code"] for r in manifest["reports"]] == ["384"]  # only its district
    pdf = manifest_file.parent / manifest["reports"][0]["pdf"]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Mường Lát" in text and "Quan Hóa" not in text
    reports = [e for e in audit.entries(db) if e["action"] == "report"]
    assert reports[0]["actor"] == "cv" and reports[0]["outcome"] == "ok"

    refused = subprocess.run(
        [sys.executable, "-m", "dashboard.report", "--db", str(db), "--out", str(out),
         "--pages", "officers"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert refused.returncode == 1 and "--as" in refused.stderr
    assert "Traceback" not in refused.stderr
    record("access", "Báo cáo không nêu tài khoản (--as)", 1)


def test_a_reader_through_a_proxy_is_refused_while_there_are_no_accounts(demo_db, browser):
    """Behind nginx the app listens on loopback, yet its readers come from the network:
    with no accounts a forwarded request gets the refusal, not the data; the same app
    opened on this machine directly still serves (with its 'no accounts' banner)."""
    from dashboard.report.capture import app_server

    with app_server(demo_db) as url:
        proxied = browser.new_context(extra_http_headers={"X-Forwarded-For": "203.0.113.7"})
        direct = browser.new_context()
        try:
            page = proxied.new_page()
            page.goto(url, wait_until="networkidle")
            page.get_by_text("chưa có tài khoản nào").first.wait_for(timeout=TIMEOUT_MS)
            body = page.inner_text("body")
            assert "không phục vụ" in body and "Cán bộ, đội viên" not in body
            page = direct.new_page()
            page.goto(url, wait_until="networkidle")
            page.get_by_text("Cán bộ, đội viên").first.wait_for(timeout=TIMEOUT_MS)
            assert "không phục vụ" not in page.inner_text("body")
        finally:
            proxied.close()
            direct.close()
