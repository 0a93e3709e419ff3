"""Each page of the registry timed in a real browser on the demo warehouse.

Two ways a reader reaches a page:

- **tab mới** (new tab): open its URL in a fresh tab and wait until the script has finished
  and every chart has drawn;
- **điều hướng** (in-app navigation): click it in the sidebar menu of an open tab.

A page is ready when it shows its own heading, Streamlit is no longer running, no spinner
turns and every Plotly chart has drawn (a dashboard page has at least one), and it stays
so for a moment: the time is when that calm began. The first open of each page after the
server starts (caches empty) is shown apart; then TIENDO_BENCH_BROWSER_RUNS runs of each
(default 3) give p50 and p95. Goal: p95 < 2 s for a new tab. Nothing is asserted.

Run alone with ``python -m bench.browser``; ``make bench`` runs it as its last section.
"""

from __future__ import annotations

import math
import os
import tempfile
import time
from pathlib import Path

# The signs of a ready page, as the report's capture reads them.
from dashboard.report.capture import STATE_JS

GOAL_S = 2.0
CALM_S = 0.6  # a page must stay ready this long: Streamlit reruns in bursts
TIMEOUT_S = 90.0


def vn(number: float, decimals: int = 0) -> str:
    from etl import fmt

    return fmt.number(number, decimals)


def percentile(values: list[float], p: float) -> float:
    """Nearest rank: with few runs, p95 is the slowest one."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


class NotReady(RuntimeError):
    pass


def ready_at(page, heading: str, min_charts: int, start: float) -> float:
    """Seconds from ``start`` until the page is ready and stays so for CALM_S."""
    calm_since = None
    deadline = start + TIMEOUT_S
    state: dict = {}
    while time.perf_counter() < deadline:
        state = page.evaluate(STATE_JS)
        if state["exceptions"] or state["errors"]:
            raise NotReady(f"trang '{heading}' báo lỗi")
        ready = (
            state["title"].strip() == heading
            and not state["running"]
            and not state["spinners"]
            and state["drawn"] == state["plots"]
            and state["plots"] >= min_charts
        )
        now = time.perf_counter()
        if ready:
            calm_since = calm_since or now
            if now - calm_since >= CALM_S:
                return calm_since - start
        else:
            calm_since = None
        page.wait_for_timeout(40)
    raise NotReady(f"trang '{heading}' chưa sẵn sàng sau {TIMEOUT_S:.0f} giây: {state}")


def _targets():
    from dashboard.i18n import t
    from dashboard.pages import PAGES

    return [(p, t(p.heading), 1 if p.section == "dashboard" else 0) for p in PAGES]


def new_tab(browser, base: str, entry, heading: str, min_charts: int) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    try:
        start = time.perf_counter()
        page.goto(f"{base}/{entry.served_at}", wait_until="commit")
        return ready_at(page, heading, min_charts, start)
    finally:
        page.close()


def navigation(browser, base: str, targets, runs: int, failed: dict[str, str]):
    """One tab; each run clicks through every page of the menu, in registry order."""
    times: dict[str, list[float]] = {p.key: [] for p, _, _ in targets}
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    try:
        last, heading, charts = targets[-1]
        page.goto(f"{base}/{last.served_at}", wait_until="commit")
        ready_at(page, heading, charts, time.perf_counter())
        for _ in range(runs):
            for entry, heading, charts in targets:
                link = page.locator(
                    f'[data-testid="stSidebarNavLink"][href="{base}/{entry.served_at}"]'
                )
                start = time.perf_counter()
                try:
                    link.click()
                    times[entry.key].append(ready_at(page, heading, charts, start))
                except Exception as exc:  # noted, and the tab starts again on this page
                    failed.setdefault(entry.key, f"điều hướng: {exc}")
                    page.goto(f"{base}/{entry.served_at}", wait_until="commit")
                    ready_at(page, heading, charts, time.perf_counter())
    finally:
        page.close()
    return times


def _tabs(browser, base, entry, heading, charts, runs, failed) -> list[float]:
    out = []
    for _ in range(runs):
        try:
            out.append(new_tab(browser, base, entry, heading, charts))
        except Exception as exc:
            failed.setdefault(entry.key, f"tab mới: {exc}")
    return out


def _cell(values: list[float], p: float, width: int, goal: bool = False) -> str:
    if not values:
        return f"{'—':>{width}}"
    value = percentile(values, p)
    mark = (" ✓" if value < GOAL_S else " ✗") if goal else ""
    return f"{vn(value, 2) + ' s' + mark:>{width}}"


def browser_speed(out: Path, runs: int | None = None) -> None:
    """The bench's section: build the demo warehouse if this run has none yet."""
    from dashboard.i18n import t
    from dashboard.report import capture
    from etl import demo

    runs = runs or int(os.environ.get("TIENDO_BENCH_BROWSER_RUNS", "3"))
    db = out / "demo.duckdb"
    if not db.exists():
        demo.build(db, out / "demo")
    title = "\n6. Trình duyệt thật: thời gian mở từng trang (kho mẫu, chromium không giao diện)"
    if not Path(capture.CHROMIUM).exists():
        print(f"{title}: bỏ qua (chưa cài chromium; `make browser-deps`)")
        return
    print(title)
    print(f"   (tải máy lúc bắt đầu: {vn(os.getloadavg()[0], 1)} trên {os.cpu_count()} lõi)")
    targets = _targets()
    failed: dict[str, str] = {}
    with capture.app_server(db) as base, capture.browser() as browser:
        first = {p.key: _tabs(browser, base, p, h, c, 1, failed) for p, h, c in targets}
        tabs = {p.key: _tabs(browser, base, p, h, c, runs, failed) for p, h, c in targets}
        moves = navigation(browser, base, targets, runs, failed)
    print(
        f"   {'trang':<20}{'lần đầu':>10}{'tab mới p50':>14}{'p95':>12}"
        f"{'điều hướng p50':>17}{'p95':>10}"
    )
    for entry, _, _ in targets:
        key = entry.key
        print(
            f"   {t(entry.label):<20}{_cell(first[key], 50, 10)}{_cell(tabs[key], 50, 14)}"
            f"{_cell(tabs[key], 95, 12, goal=True)}{_cell(moves[key], 50, 17)}"
            f"{_cell(moves[key], 95, 10)}"
        )
    for key, why in failed.items():
        print(f"   ! {key}: không đo được — {why[:200]}")
    p95s = [percentile(v, 95) for v in tabs.values() if v]
    worst = max(p95s) if p95s else float("nan")
    met = len(p95s) == len(targets) and worst < GOAL_S
    print(
        f"   ({runs} lần mỗi trang, mỗi cách; 'lần đầu': tab mới ngay sau khi máy chủ khởi động. "
        f"Mục tiêu: p95 tab mới < {vn(GOAL_S)} giây — "
        f"{'đạt ✓' if met else 'chưa đạt ✗'}, chậm nhất {vn(worst, 2)} giây)"
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="tiendo-bench-browser-") as tmp:
        browser_speed(Path(tmp))


if __name__ == "__main__":
    main()
