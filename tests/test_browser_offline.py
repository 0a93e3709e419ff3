"""Offline: opening every page of the dashboard sends no request beyond this machine.

The favicon, Material icons and fonts must all come from the local server (the
department's laptop may have no internet). Every request of the browser context is
recorded, and refused when it leaves the loopback, so a page never waits on one.
"""

from __future__ import annotations

import urllib.parse

import pytest

from dashboard.pages import PAGES
from tests.browser_marks import BROWSER_MARKS, CHROMIUM

TIMEOUT_MS = 90_000
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
LOCAL_SCHEMES = {"data", "blob"}

pytestmark = BROWSER_MARKS


def leaves_the_machine(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return False
    return (parts.hostname or "") not in LOOPBACK


def test_loopback_rule():
    assert not leaves_the_machine("http://127.0.0.1:8501/static/js/main.js")
    assert not leaves_the_machine("ws://localhost:8501/_stcore/stream")
    assert not leaves_the_machine("http://[::1]:8501/")
    assert not leaves_the_machine("data:image/svg+xml;base64,PHN2Zz4=")
    assert not leaves_the_machine("blob:http://127.0.0.1:8501/1b2c")
    assert leaves_the_machine("https://fonts.gstatic.com/s/i/short-term/release/x.svg")
    assert leaves_the_machine("https://cdn.jsdelivr.net/gh/twitter/twemoji/x.png")
    assert leaves_the_machine("http://127.0.0.1.nip.io/")


@pytest.fixture(scope="module")
def server(demo_db):
    from dashboard.report.capture import app_server

    with app_server(demo_db) as url:
        yield url


@pytest.fixture(scope="module")
def context():
    """One browser context for every page; each request it makes is recorded, and one
    that leaves the machine is aborted (as it would fail without internet)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
        seen: list[str] = []

        def route(r):
            seen.append(r.request.url)
            if leaves_the_machine(r.request.url):
                r.abort("internetdisconnected")
            else:
                r.continue_()

        ctx.route("**/*", route)
        ctx.on("request", lambda req: seen.append(req.url))
        yield ctx, seen
        ctx.close()
        browser.close()


@pytest.mark.parametrize("page_key", [p.key for p in PAGES])
def test_no_request_leaves_the_machine(server, context, page_key):
    ctx, seen = context
    entry = next(p for p in PAGES if p.key == page_key)
    seen.clear()
    page = ctx.new_page()
    page.on("websocket", lambda ws: seen.append(ws.url))
    try:
        page.goto(f"{server}/{entry.served_at}", wait_until="networkidle")
        page.wait_for_selector("h1", timeout=TIMEOUT_MS)
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
            timeout=TIMEOUT_MS,
        )
        if entry.section == "dashboard":  # charts, their fonts and icons are drawn
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=TIMEOUT_MS)
        page.wait_for_load_state("networkidle")
        # The menu's icons and the favicon: Material Symbols are a font served locally.
        assert page.locator('[data-testid="stSidebarNav"]').count() == 1
        icon = page.evaluate(
            "() => (document.querySelector('link[rel~=\"icon\"]') || {}).href || ''"
        )
        assert icon and not leaves_the_machine(icon), icon
        page.wait_for_timeout(500)
    finally:
        page.close()
    assert seen, "no request was recorded: the recorder is broken"
    outside = list(dict.fromkeys(u for u in seen if leaves_the_machine(u)))
    assert not outside, f"{entry.served_at or '/'}: requests beyond this machine: {outside}"
