"""``python -m bench``: loader and dashboard-query speed, printed with same-run baselines.

Machines here are shared and noisy, so nothing is asserted: the figures and ratios are
printed for a person (or a later run) to compare. Each time is the best of a few runs.
Sizes come from environment variables: TIENDO_BENCH_ROWS (default 100000) for the speed
comparison, TIENDO_BENCH_MEMORY_ROWS (default 500000; 0 skips it) for peak memory,
TIENDO_BENCH_PROVINCE_ROWS (default 300000; 0 skips it) for a roster over every commune
of one province, TIENDO_BENCH_COMMUNES (default "all") and TIENDO_BENCH_OFFICERS (default
250000) for the national-scale dashboard warehouse. Section 7 sets both warehouse modes
side by side at that scale (embedded DuckDB, and DuckLake over a throwaway PostgreSQL) and
the run ends with its Markdown table; its own sizes (TIENDO_BENCH_MODES,
TIENDO_BENCH_LAKE_COMMUNES, TIENDO_BENCH_LOAD_ROWS, TIENDO_BENCH_PAGE_RUNS) are described
in bench/modes.py.

The bench makes every warehouse it measures itself: a TIENDO_WAREHOUSE set outside is
ignored, so no figure is written into a real lake.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import python_calamine as pc

from bench import browser, workbooks
from etl import demo, fmt, loader, store


def vn(number: float, decimals: int = 0) -> str:
    """Figures in the reader's format, the dashboard's and the CLI's own (etl.fmt)."""
    return fmt.number(number, decimals)


def best(fn, repeat: int = 3) -> tuple[float, object]:
    fastest, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest, result


def raw_read(content: bytes) -> int:
    """calamine reading every cell into Python, row by row."""
    book = pc.CalamineWorkbook.from_filelike(io.BytesIO(content))
    return sum(
        len(row) for name in book.sheet_names for row in book.get_sheet_by_name(name).iter_rows()
    )


def arrow_read(content: bytes) -> int:
    """fastexcel: calamine reading every cell straight into Arrow columns, no Python
    objects. The fastest raw reader we know of for .xlsx."""
    import fastexcel

    book = fastexcel.read_excel(content)
    return sum(
        book.load_sheet(name, header_row=None).to_arrow().num_rows for name in book.sheet_names
    )


def load_speed(out: Path, rows: int) -> None:
    path = workbooks.officers(out / f"officers_{rows}.xlsx", rows)
    content = path.read_bytes()
    print(f"\n1. Tải danh sách cán bộ {vn(rows)} dòng ({vn(len(content) / 2**20, 1)} MB)")
    loader.unit_index()  # reference units are read once per process, not per file

    def full_load(content: bytes = content) -> float:
        db = out / f"w{time.perf_counter_ns()}.duckdb"
        store.create(db)
        start = time.perf_counter()
        result = loader.load_bytes(content, path.name, store.Warehouse(db))
        assert result.status == "loaded", result.errors[:3]
        return time.perf_counter() - start

    # The readers and the load take turns, so a noisy neighbour slows all alike; best of five.
    raws, arrows, loads = [], [], []
    for _ in range(5):
        raws.append(best(lambda: raw_read(content), 1)[0])
        arrows.append(best(lambda: arrow_read(content), 1)[0])
        loads.append(full_load())
    raw, arrow, load = min(raws), min(arrows), min(loads)
    fastest = min(raw, arrow)
    import pandas as pd

    pandas_t, _ = best(lambda: pd.read_excel(path, sheet_name=None, engine="openpyxl"), 1)
    print(f"   calamine → Python, chỉ đọc        {vn(raw, 2):>7} giây")
    print(f"   fastexcel → Arrow, chỉ đọc        {vn(arrow, 2):>7} giây")
    print(
        f"   tiendo load, trọn vẹn             {vn(load, 2):>7} giây  = {vn(load / fastest, 2)}× "
        f"trình đọc nhanh nhất (mục tiêu ≤ 2×; {vn(load / raw, 2)}× calamine → Python), "
        f"{vn(rows / load)} dòng/giây"
    )
    print(
        f"   pandas.read_excel (openpyxl)      {vn(pandas_t, 2):>7} giây  → tiendo nhanh hơn "
        f"{vn(pandas_t / load, 1)}× (mục tiêu ≥ 10×)"
    )
    # The same roster with one birth date typed as text near the end: the Arrow read of
    # the rows below the head is refused, and python-calamine reads the sheet again.
    mixed = workbooks.officers(out / "officers_mixed.xlsx", rows, text_date_at=rows - 10)
    mixed_t = min(full_load(mixed.read_bytes()) for _ in range(2))
    print(
        f"   tiendo load, một cột trộn kiểu     {vn(mixed_t, 2):>7} giây  = "
        f"{vn(mixed_t / fastest, 2)}× (đọc Arrow bị từ chối, calamine đọc lại)"
    )


def province_speed(out: Path, rows: int) -> None:
    """A roster of every commune of one province: each name must resolve exactly."""
    path, communes = workbooks.province_roster(out / f"toan_tinh_{rows}.xlsx", rows)
    content = path.read_bytes()
    print(
        f"\n1b. Danh sách toàn tỉnh {vn(rows)} dòng, {vn(communes)} xã "
        f"({vn(len(content) / 2**20, 1)} MB)"
    )
    db = out / "toan_tinh.duckdb"
    store.create(db)
    arrow, _ = best(lambda: arrow_read(content), 2)
    start = time.perf_counter()
    result = loader.load_bytes(content, path.name, store.Warehouse(db))
    load = time.perf_counter() - start
    assert result.status == "loaded", result.errors[:3]
    with store.Warehouse(db).read() as con:
        stored, units = con.execute(
            "SELECT count(*), count(DISTINCT commune_code) FROM officers"
        ).fetchone()
    print(f"   fastexcel → Arrow, chỉ đọc        {vn(arrow, 2):>7} giây")
    print(
        f"   tiendo load, trọn vẹn             {vn(load, 2):>7} giây  = {vn(load / arrow, 2)}× "
        f"fastexcel; {vn(stored)} dòng vào kho, {vn(units)} xã"
    )


# The CLI's own code path in a fresh process, as an analyst runs it on an existing warehouse.
# Its own peak (bench.memory): ru_maxrss would report the bench's, if that is bigger.
MEMORY_PROBE = """
import sys
from bench.memory import peak_kb
from etl.cli import main
code = main(["load", sys.argv[1], "--db", sys.argv[2], "--json", "--quiet"])
print(peak_kb(), file=sys.stderr)
sys.exit(code)
"""


def peak_memory(out: Path, rows: int) -> None:
    import json

    path = workbooks.officers(out / f"officers_{rows}.xlsx", rows)
    print(f"\n2. Bộ nhớ đỉnh khi tải {vn(rows)} dòng ({vn(path.stat().st_size / 2**20, 1)} MB)")
    db = out / "m.duckdb"
    store.create(db)
    proc = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(path), str(db)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    # DuckDB draws a progress bar on stdout for a query over 2 s, even into a pipe: the
    # answer is the JSON object after it.
    answer = proc.stdout[proc.stdout.rindex('{"') :]
    loaded = json.loads(answer)["rows"]
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    print(
        f"   {vn(loaded)} dòng, bộ nhớ đỉnh của tiến trình {vn(peak_kb / 1024)} MB "
        "(mục tiêu < 1.024 MB)"
    )


def query_speed(out: Path) -> None:
    from dashboard.queries import goals, overview

    print("\n3. Truy vấn trang Tổng quan trên kho mẫu")
    db = out / "demo.duckdb"
    demo.build(db, out / "demo")
    wh = store.Warehouse(db)
    opened, _ = best(lambda: wh.query("SELECT 1"), 5)
    with wh.read() as con:
        warm, _ = best(
            lambda: (goals.goal_progress(con), overview.freshness(con), overview.headline(con)),
            5,
        )
    print(f"   mở kho chỉ đọc                   {vn(opened * 1000, 1):>7} ms")
    print(f"   các truy vấn Tổng quan (đã nóng) {vn(warm * 1000, 1):>7} ms")


def national_queries(out: Path, communes: int | None) -> None:
    """Each page's queries on a country's worth of data, warm (the second run onward)."""
    from bench import national
    from dashboard.i18n import t
    from dashboard.pages import BY_KEY
    from dashboard.pages import QUERIED as PAGES
    from dashboard.queries.filters import UnitFilter
    from dashboard.queries.scope import Scope

    db = out / "national.duckdb"
    start = time.perf_counter()
    officers = int(os.environ.get("TIENDO_BENCH_OFFICERS", "250000"))
    counts = national.build(db, communes=communes, officers=officers)
    built = time.perf_counter() - start
    print(
        f"\n4. Kho quy mô cả nước: {vn(counts['fact_commune_ntm'])} lượt xã-năm, "
        f"{vn(counts['fact_ntm_criterion'])} tiêu chí, {vn(counts['fact_officer'])} cán bộ, "
        f"{vn(counts['fact_goal'])} chỉ tiêu (dựng trong {vn(built, 1)} giây)"
    )
    scopes = {
        "cả nước": Scope(),
        "một tỉnh": Scope(UnitFilter("legacy", "province", "38")),
        "một huyện": Scope(UnitFilter("legacy", "district", "384")),
        "một tỉnh, theo đơn vị mới": Scope(UnitFilter("2025", "province", "38"), new_units=True),
    }
    wh = store.Warehouse(db)
    cached = _cached_pages()
    print(
        f"   {'trang':<20}" + "".join(f"{name:>27}" for name in scopes) + f"{'cả nước, có đệm':>20}"
    )
    with wh.read() as con:
        for page, run in PAGES.items():
            cells = []
            for scope in scopes.values():
                run(con, scope)  # cold: first read of the file's blocks
                warm, _ = best(lambda run=run, scope=scope: run(con, scope), 3)
                mark = "✓" if warm < 0.2 else "✗"
                cells.append(f"{vn(warm * 1000, 0)} ms {mark}")
            version = wh.version()
            cached(page, str(db), version, Scope())  # fills st.cache_data
            hit, _ = best(lambda p=page, v=version: cached(p, str(db), v, Scope()), 3)
            cells.append(f"{vn(hit * 1000, 1)} ms")
            print(
                f"   {t(BY_KEY[page].label):<20}"
                + "".join(f"{c:>27}" for c in cells[:-1])
                + f"{cells[-1]:>20}"
            )
    print(
        "   (mục tiêu: mỗi trang < 200 ms khi đã nóng; cột cuối: lần mở lại, st.cache_data "
        "phục vụ như trên bảng điều khiển)"
    )


def _cached_pages():
    """A page's queries behind st.cache_data, keyed like dashboard.data: on the file's
    path and modification time, so a load invalidates them."""
    import logging

    import streamlit as st

    from dashboard.pages import QUERIED as PAGES

    logging.getLogger("streamlit").setLevel(logging.ERROR)  # no runtime: that is expected

    @st.cache_data(show_spinner=False)
    def page_queries(page: str, path: str, version: tuple, scope) -> bool:
        with store.Warehouse(path).read() as con:
            PAGES[page](con, scope)
        return True

    return page_queries


def report_speed(out: Path) -> None:
    """A full periodic report (every page, PNGs and the PDF) on the demo warehouse."""
    from dashboard.report import capture, run

    db = out / "demo.duckdb"
    if not db.exists():
        demo.build(db, out / "demo")
    if not Path(capture.CHROMIUM).exists():
        print("\n5. Báo cáo định kỳ: bỏ qua (chưa cài chromium; `make browser-deps`)")
        return
    start = time.perf_counter()
    manifest = run.make(run.Options(db=db, out=out / "reports", unit="38"), say=lambda s: None)
    took = time.perf_counter() - start
    pages = manifest["reports"][0]["pages"]
    print(f"\n5. Báo cáo định kỳ, {len(pages)} trang + PDF (Tỉnh Thanh Hóa, kho mẫu)")
    print(f"   trọn bộ                          {vn(took, 1):>7} giây (mục tiêu < 60 giây)")


def plan_quality() -> None:
    """How well plans are read: recall and precision over each corpus (the texts written
    with the reader, and the texts written blind to it), and how long reading them takes
    (against splitting their text into lines)."""
    from bench import plan_score

    every = []
    for name, cases in plan_score.CORPORA.items():
        totals, scores = plan_score.score(cases)
        every += scores
        print(f"\n0. Đọc kế hoạch: {len(scores)} văn bản mẫu {name}")
        for line in plan_score.report(totals):
            print(f"   {line}")
    text = "\n".join(s.case.text for s in every)
    lines, _ = best(lambda: len(text.splitlines()))
    read, _ = best(lambda: [plan_score.score_case(s.case) for s in every])
    print(
        f"   đọc cả {len(every)} văn bản {vn(read * 1000, 1)} ms "
        f"({vn(read / max(lines, 1e-9), 0)} lần thời gian chỉ tách dòng)"
    )


def main() -> None:
    from bench import modes

    rows = int(os.environ.get("TIENDO_BENCH_ROWS", "100000"))
    memory_rows = int(os.environ.get("TIENDO_BENCH_MEMORY_ROWS", "500000"))
    province_rows = int(os.environ.get("TIENDO_BENCH_PROVINCE_ROWS", "300000"))
    national = os.environ.get("TIENDO_BENCH_COMMUNES", "all")
    for name in modes.LAKE_ENV:  # the bench's warehouses are its own, never a real lake
        os.environ.pop(name, None)
    took: dict[str, float] = {}

    def section(name: str, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        took[name] = time.perf_counter() - start
        return result

    with tempfile.TemporaryDirectory(prefix="tiendo-bench-") as tmp:
        out = Path(tmp)
        print(f"tiendo bench — {time.strftime('%d/%m/%Y %H:%M')}, {os.cpu_count()} lõi")
        section("0", plan_quality)
        section("1", load_speed, out, rows)
        if province_rows:
            section("1b", province_speed, out, province_rows)
        if memory_rows:
            section("2", peak_memory, out, memory_rows)
        section("3", query_speed, out)
        section("4", national_queries, out, None if national == "all" else int(national))
        section("5", report_speed, out)
        section("6", browser.browser_speed, out)
        table = section("7", modes.run, out, out / "national.duckdb")
    if table:
        print("\nHai chế độ kho (Markdown, cho README và docs/deploy.md):\n")
        print(table)
    each = ", ".join(f"{name}: {vn(seconds / 60, 1)}" for name, seconds in took.items())
    print(f"\nThời gian: {vn(sum(took.values()) / 60, 1)} phút ({each} phút theo mục)")


if __name__ == "__main__":
    main()
