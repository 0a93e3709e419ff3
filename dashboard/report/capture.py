"""Pictures of the dashboard from a real browser: start the app (or use one running),
open each page in headless Chromium, wait until every chart has drawn, refuse a broken
page, save a PNG of the whole page at a width that fits A4, then print the same page
for A4 (``printing``) for the PDF."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dashboard.pages import BY_KEY, REPORT_PAGES
from dashboard.report import printing

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
    printed: printing.Printed | None = None
    years: str = ""  # the period the page showed ('2010-2030'), from its address


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def app_server(db: Path) -> Iterator[str]:
    """``streamlit run`` on a free port, for the time of the report. Its log goes to a
    file (a pipe nobody reads would fill up and stall the server)."""
    port = free_port()
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
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
                # A source file saved meanwhile (an update) would put "file changed" in the
                # status corner, which reads as a page still running.
                "--server.fileWatcherType",
                "none",
                "--",
                "--db",
                str(db),
            ],
            cwd=ROOT,
            env={**os.environ, "TIENDO_DB": str(db)},
            stdout=subprocess.DEVNULL,
            stderr=log,
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
                            "Không khởi động được bảng điều khiển: " + _last_line(log)
                        ) from None
                    time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def _last_line(log) -> str:
    """The server's last words (the error, not its traceback); the whole log on stderr."""
    log.seek(0)
    text = log.read()
    print(text, file=sys.stderr)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "quá thời gian"


def page_url(base: str, page: str, params: dict[str, str]) -> str:
    path, _ = PAGES[page]  # "" for the overview
    query = urllib.parse.urlencode({"report": "1", **{k: v for k, v in params.items() if v}})
    return f"{base.rstrip('/')}/{path}?{query}"


# Run in the page: what is still loading, what failed, and whether every chart has data.
# The bench's browser timings read the same signs.
STATE_JS = """() => {
  const q = (s) => Array.from(document.querySelectorAll(s));
  // A chart's element is there as soon as the script sends it; Plotly's code is loaded
  // lazily, so it draws seconds later in a new tab, when the script has long finished.
  const plots = q('[data-testid="stPlotlyChart"]');
  const drawn = plots.map(p => p.querySelector('.js-plotly-plot')).filter(p => p
    && p.querySelector('.main-svg'));
  return {
    // the status widget shows only after a delay; the app root says at once
    running: q('[data-testid="stStatusWidget"]').length > 0 || (q('[data-testid="stApp"]')[0]
        || {getAttribute: () => ''}).getAttribute('data-test-script-state') !== 'notRunning',
    spinners: q('[data-testid="stSpinner"], [data-testid="stSkeleton"]').length,
    exceptions: q('[data-testid="stException"]').map(e => e.innerText.slice(0, 300)),
    errors: q('[data-testid="stAlertContentError"], [role="dialog"]')
        .map(e => e.innerText.slice(0, 300)),
    title: (q('h1')[0] || {}).innerText || '',
    plots: plots.length,
    drawn: drawn.length,
    empty: drawn.filter(p => !(p._fullData || []).some(t =>
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
        state = page.evaluate(STATE_JS)
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
    browser,
    base: str,
    page_key: str,
    label: str,
    params: dict[str, str],
    out: Path,
    lang: str = "vi",
) -> Shot:
    """One page as a PNG of its whole height at the fixed width, then printed for A4."""
    start = time.perf_counter()
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, locale="vi-VN")
    try:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(page_url(base, page_key, params), wait_until="networkidle")
        state = _settle(page, label, min_charts=0)
        _check_unit(page, label, params)
        # The page scrolls inside its main block: grow the window to its full height,
        # let the charts redraw at that size, and take the picture.
        # Charts redrawn at the new size may change the height again: follow it.
        for _ in range(5):
            height = max(HEIGHT, state["height"])
            if page.viewport_size and page.viewport_size["height"] == height:
                break
            page.set_viewport_size({"width": WIDTH, "height": height})
            state = _settle(page, label, min_charts=0, calm=0.5)
        if errors:
            raise ReportError(f"Trang '{label}' lỗi JavaScript: {errors[0]}")
        page.screenshot(path=str(out), animations="disabled", caret="hide")
        size = page.viewport_size or {"width": WIDTH, "height": HEIGHT}
        years = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query).get("years", [""])
        printed = printing.print_page(page, lang)
        return Shot(
            page_key,
            state["title"],
            out,
            size["width"],
            size["height"],
            state["plots"],
            time.perf_counter() - start,
            printed,
            years[0],
        )
    finally:
        page.close()


def check_browser() -> None:
    """Before anything starts: Playwright and Debian's chromium are there, or how to get
    them, in Vietnamese."""
    try:
        import playwright.sync_api  # noqa: F401
        import pypdf  # noqa: F401
    except ImportError as exc:
        raise ReportError(
            f"Thiếu gói Python '{exc.name}' để lập báo cáo. Cài lại tiendo bằng `make install` "
            "(hoặc `.venv/bin/pip install -e .`)."
        ) from None
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        raise ReportError(
            f"Không thấy trình duyệt chromium tại {CHROMIUM}. Cài bằng `make browser-deps` "
            "(tức là `sudo apt-get install chromium fonts-noto-core poppler-utils`), hoặc "
            "đặt TIENDO_CHROMIUM là đường dẫn tới chromium đã cài."
        )


def _check_unit(page, label: str, params: dict[str, str]) -> None:
    """The sidebar shows the unit asked for: one it does not offer (no data under that
    division of units) falls back to every unit, which must not pass for the unit."""
    shown = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)
    for key in ("unit", "district"):
        wanted = params.get(key, "")
        if wanted and shown.get(key, [""])[0] != wanted:
            hint = (
                " Với tỉnh từ 1/7/2025 chỉ có số liệu trước đó, thêm --new-units."
                if wanted.startswith("2025:") and not params.get("new")
                else ""
            )
            raise ReportError(
                f"Trang '{label}' không hiện đơn vị {wanted}: bảng điều khiển không có số liệu "
                f"của đơn vị này theo cách chia đơn vị đã chọn.{hint}"
            )


@contextlib.contextmanager
def browser() -> Iterator:
    """Headless Debian chromium through Playwright: never a downloaded browser."""
    check_browser()
    from playwright.sync_api import sync_playwright

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
