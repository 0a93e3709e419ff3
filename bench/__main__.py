"""``python -m bench``: loader and dashboard-query speed, printed with same-run baselines.

Machines here are shared and noisy, so nothing is asserted: the figures and ratios are
printed for a person (or a later run) to compare. Sizes are set by environment variables:
TIENDO_BENCH_ROWS (officer rows, default 20000).
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from pathlib import Path

import pandas as pd
import python_calamine as pc

from dashboard.queries import overview
from etl import demo, loader, storage, templates


def vn(number: float) -> str:
    return f"{number:,.0f}".replace(",", ".")


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def officers_workbook(path: Path, rows: int) -> Path:
    districts = {"Mường Lát": "Tam Chung", "Quan Sơn": "Na Mèo", "Quan Hóa": "Hồi Xuân"}
    data = []
    for i in range(rows):
        district, commune = list(districts.items())[i % 3]
        data.append(
            dict(
                stt=i + 1,
                full_name=f"Nguyễn Văn {i}",
                birth=f"{1 + i % 28:02d}/05/1988",
                gender="Nam" if i % 3 else "Nữ",
                ethnicity="Thái",
                position="Phó Chủ tịch UBND xã",
                program="Dự án 600",
                province="Thanh Hóa",
                district=district,
                commune=commune,
                start_date="01/03/2012",
            )
        )
    return templates.write_workbook("officers", path, {"officers": data})


def main() -> None:
    rows = int(os.environ.get("TIENDO_BENCH_ROWS", "20000"))
    out = Path(tempfile.mkdtemp(prefix="tiendo-bench-"))
    print(f"tiendo bench — {vn(rows)} officer rows, files in {out}")
    path = officers_workbook(out / "officers.xlsx", rows)
    content = path.read_bytes()

    raw, _ = timed(
        lambda: [
            pc.CalamineWorkbook.from_filelike(io.BytesIO(content)).get_sheet_by_index(i).to_python()
            for i in range(2)
        ]
    )
    loader.unit_index()  # built once per process; not part of a file's cost
    prep, prepared = timed(lambda: loader.prepare(content, path.name), repeat=1)
    assert not prepared.errors, prepared.errors[:3]

    def full_load():
        db = out / f"w{time.perf_counter_ns()}.duckdb"
        storage.create(db)
        start = time.perf_counter()
        result = loader.load_file(path, storage.Warehouse(db))
        assert result.status == "loaded"
        return time.perf_counter() - start

    load = min(full_load() for _ in range(2))
    pandas_t, _ = timed(lambda: pd.read_excel(path, sheet_name=None, engine="openpyxl"), repeat=1)

    print(f"  calamine raw read (baseline)   {raw:8.3f} s")
    print(f"  prepare (read + check)         {prep:8.3f} s   {prep / raw:6.1f}× baseline")
    print(
        f"  load end to end                {load:8.3f} s   {load / raw:6.1f}× baseline, "
        f"{vn(rows / load)} rows/s"
    )
    print(
        f"  pandas.read_excel (openpyxl)   {pandas_t:8.3f} s   "
        f"load is {pandas_t / load:4.1f}× faster"
    )

    db = out / "demo.duckdb"
    demo.build(db, out / "demo")
    wh = storage.Warehouse(db)
    with wh.read() as con:
        cold, _ = timed(lambda: overview.goal_progress(con), repeat=1)
        warm, _ = timed(
            lambda: (overview.goal_progress(con), overview.freshness(con), overview.headline(con)),
            repeat=5,
        )
    opened, _ = timed(lambda: wh.query("SELECT 1"), repeat=5)
    print(f"  open warehouse read-only       {opened * 1000:8.1f} ms")
    print(
        f"  overview queries, warm         {warm * 1000:8.1f} ms (first goal query {cold * 1000:.1f} ms)"
    )


if __name__ == "__main__":
    main()
