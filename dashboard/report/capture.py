"""Pictures of the dashboard from a real browser: start the app (or use one running),
open each page in headless Chromium, wait until every chart has drawn, refuse a broken
page, and save a PNG of the whole page at a width that fits A4."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dashboard.pages import BY_KEY, REPORT_PAGES

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = os.environ.get("TIENDO_CHROMIUM", "/usr/bin/chromium")

# A4 at 150 dpi is 1240 × 1754 px: a fixed viewport, so the same warehouse and options
# always give the same pictures.
WIDTH, HEIGHT = 1240, 1754
TIMEOUT_MS = 90_000

# Every page a report can hold: (url path, label key), from the page registry.
PAGES: dict[str, tuple[str, str]] = {
    key: (BY_KEY[key].served_at, BY_KEY[key].label) for key in REPORT_PAGES
}


class ReportError(RuntimeError):
    """A page did not render as it must; the message names the page and what was wrong."""


@dataclass
class Shot:
    page: str
    title: str
    path: Path
    width: int
    height: int
    charts: int
    seconds: float


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def app_server(db: Path) -> Iterator[str]:
    """``streamlit run`` on a free port, for the time of the report."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "dashboard" / "app.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            "--",
            "--db",
            str(db),
        ],
        cwd=ROOT,
        env={**os.environ, "TIENDO_DB": str(db)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise ReportError(
                        "Không khởi động được bảng điều khiển: "
                        + (proc.stderr.read() if proc.poll() is not None else "quá thời gian")
                    ) from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def page_url(base: str, page: str, params: dict[str, str]) -> str:
    path, _ = PAGES[page]  # "" for the overview
    query = urllib.parse.urlencode({"report": "1", **{k: v for k, v in params.items() if v}})
    return f"{base.rstrip('/')}/{path}?{query}"


# Run in the page: what is still loading, what failed, and whether every chart has data.
_STATE_JS = """() => {
  const q = (s) => Array.from(document.querySelectorAll(s));
  const plots = q('.js-plotly-plot');
  return {
    running: q('[data-testid="stStatusWidget"]').length > 0,
    spinners: q('[data-testid="stSpinner"]').length,
    exceptions: q('[data-testid="stException"]').map(e => e.innerText.slice(0, 300)),
    errors: q('[data-testid="stAlertContentError"], [role="dialog"]')
        .map(e => e.innerText.slice(0, 300)),
    title: (q('h1')[0] || {}).innerText || '',
    plots: plots.length,
    drawn: plots.filter(p => p.querySelector('.main-svg')).length,
    empty: plots.filter(p => !(p._fullData || []).some(t =>
        ['x', 'y', 'z'].some(k => t[k] && t[k].length > 0))).length,
    height: (document.querySelector('[data-testid="stMain"]') || document.body).scrollHeight,
  };
}"""


def _settle(page, label: str, min_charts: int, calm: float = 1.5) -> dict:
    """Wait until the script has finished and every chart has drawn; fail on any sign of
    a broken page. Streamlit reruns in bursts, so the state must hold for a moment."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    calm_since = None
    state: dict = {}
    while time.monotonic() < deadline:
        state = page.evaluate(_STATE_JS)
        if state["exceptions"] or state["errors"]:
            what = "; ".join(state["exceptions"] + state["errors"])
            raise ReportError(f"Trang '{label}' báo lỗi: {what}")
        ready = (
            state["title"]
            and not state["running"]
            and not state["spinners"]
            and state["drawn"] == state["plots"]
            and state["plots"] >= min_charts
        )
        if ready:
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since > calm:
                break
        else:
            calm_since = None
        page.wait_for_timeout(250)
    else:
        missing = []
        if not state.get("title"):
            missing.append("chưa hiện tiêu đề")
        if state.get("running") or state.get("spinners"):
            missing.append("vẫn đang chạy (spinner)")
        if state.get("drawn", 0) < state.get("plots", 0):
            missing.append(f"{state['plots'] - state['drawn']} biểu đồ chưa vẽ xong")
        if state.get("plots", 0) < min_charts:
            missing.append(f"không có biểu đồ nào (cần ít nhất {min_charts})")
        raise ReportError(
            f"Trang '{label}' không hiện đầy đủ sau {TIMEOUT_MS // 1000} giây: "
            + ", ".join(missing or ["không rõ"])
        )
    if state["empty"]:
        raise ReportError(f"Trang '{label}' có {state['empty']} biểu đồ trống (không có số liệu).")
    return state


def capture(
    browser, base: str, page_key: str, label: str, params: dict[str, str], out: Path
) -> Shot:
    """One page as a PNG of its whole height at the fixed width."""
    start = time.perf_counter()
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, locale="vi-VN")
    try:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(page_url(base, page_key, params), wait_until="networkidle")
        state = _settle(page, label, min_charts=0)
        # The page scrolls inside its main block: grow the window to its full height,
        # let the charts redraw at that size, and take the picture.
        page.set_viewport_size({"width": WIDTH, "height": max(HEIGHT, state["height"])})
        state = _settle(page, label, min_charts=0, calm=0.5)
        if errors:
            raise ReportError(f"Trang '{label}' lỗi JavaScript: {errors[0]}")
        page.screenshot(path=str(out), animations="disabled", caret="hide")
        size = page.viewport_size or {"width": WIDTH, "height": HEIGHT}
        return Shot(
            page_key,
            state["title"],
            out,
            size["width"],
            size["height"],
            state["plots"],
            time.perf_counter() - start,
        )
    finally:
        page.close()


@contextlib.contextmanager
def browser() -> Iterator:
    """Headless Debian chromium through Playwright: never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise ReportError(
            f"Không thấy chromium tại {CHROMIUM}. Cài bằng `make browser-deps` "
            "(apt-get install chromium) hoặc đặt TIENDO_CHROMIUM."
        )
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--font-render-hinting=none",
                "--disable-background-networking",
                "--no-first-run",
            ],
        )
        try:
            yield b
        finally:
            b.close()
