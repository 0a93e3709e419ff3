"""Real processes: the dashboard reading while loads run, and loads running together.

No mocks: each actor is its own Python process on the same DuckDB file, as in production
(a Streamlit server and analysts running ``python -m etl load``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from etl import templates
from etl.store import Warehouse
from tests.conftest import officer

ROOT = Path(__file__).resolve().parent.parent

# What the dashboard does on every rerun: open read-only, run the overview queries, close.
READER = textwrap.dedent(
    """
    import json, sys, time
    from etl.store import Warehouse
    from dashboard.queries import goals, overview
    wh = Warehouse(sys.argv[1], timeout=120)
    stop = time.monotonic() + float(sys.argv[2])
    reads, errors = 0, []
    while time.monotonic() < stop:
        try:
            with wh.read() as con:
                goals.goal_progress(con)
                overview.freshness(con)
                overview.headline(con)
            reads += 1
        except Exception as exc:
            errors.append(repr(exc))
    print(json.dumps({"reads": reads, "errors": errors}))
    """
)

DISTRICTS = {
    "Mường Lát": ["Tam Chung", "Trung Lý", "Mường Lý", "Pù Nhi"],
    "Quan Sơn": ["Na Mèo", "Sơn Thủy", "Mường Mìn", "Tam Lư"],
    "Quan Hóa": ["Hồi Xuân", "Phú Nghiêm", "Nam Tiến", "Trung Thành"],
    "Bá Thước": ["Lũng Niêm", "Lũng Cao", "Ban Công", "Cổ Lũng"],
}


def big_officers_file(tmp_path: Path, district: str, rows: int) -> Path:
    communes = DISTRICTS[district]
    data = [
        officer(
            stt=i,
            full_name=f"Người Thứ {i}",
            district=district,
            commune=communes[i % len(communes)],
        )
        for i in range(1, rows + 1)
    ]
    return templates.write_workbook("officers", tmp_path / f"{district}.xlsx", {"officers": data})


def start_load(db: Path, path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "load", str(path), "--db", str(db), "--json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.xdist_group("concurrency")
def test_loads_while_the_dashboard_reads_and_each_other(demo_copy, tmp_path):
    files = [big_officers_file(tmp_path, d, 1500) for d in DISTRICTS]
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", READER, str(demo_copy), "12"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    loads = [start_load(demo_copy, f) for f in files]
    outcomes = [p.communicate(timeout=300) for p in loads]
    reader_outcomes = [p.communicate(timeout=300) for p in readers]

    for proc, (out, err) in zip(loads, outcomes, strict=True):
        assert proc.returncode == 0, err
        assert "lock" not in err.lower()
        result = json.loads(out)
        assert result["status"] == "loaded" and result["rows"] == 1500
    for proc, (out, err) in zip(readers, reader_outcomes, strict=True):
        assert proc.returncode == 0, err
        report = json.loads(out)
        assert report["errors"] == []
        assert report["reads"] > 0

    with Warehouse(demo_copy).read() as con:
        loaded = con.execute(
            "SELECT count(*) FROM officers WHERE full_name LIKE 'Người Thứ %'"
        ).fetchone()[0]
        ids = [
            r[0]
            for r in con.execute(
                "SELECT batch_id FROM batches WHERE file_name IN ('Mường Lát.xlsx', "
                "'Quan Sơn.xlsx', 'Quan Hóa.xlsx', 'Bá Thước.xlsx')"
            ).fetchall()
        ]
    assert loaded == 1500 * len(files)
    assert len(set(ids)) == len(files)  # every upload got its own batch, none was lost


@pytest.mark.xdist_group("concurrency")
def test_a_load_that_fails_half_way_leaves_nothing(demo_copy, tmp_path):
    """Kill a load while it writes: the transaction never commits, the file stays usable."""
    path = big_officers_file(tmp_path, "Mường Lát", 3000)
    script = textwrap.dedent(
        """
        import os, signal, sys
        from etl import loader
        from etl.store import Warehouse
        prepared = loader.prepare(open(sys.argv[2], 'rb').read(), 'x.xlsx')
        wh = Warehouse(sys.argv[1])
        with wh.write() as con:
            con.execute("INSERT INTO load_batches SELECT 9999, 'x', 'x', 'officers', '', "
                        "'legacy', [], [], NULL, NULL, NULL, 'k', 'u', now(), 1, 1, 0, "
                        "'current', NULL")
            os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    before = Warehouse(demo_copy).query("SELECT count(*) AS n FROM load_batches").n[0]
    proc = subprocess.run(
        [sys.executable, "-c", script, str(demo_copy), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode != 0
    after = Warehouse(demo_copy).query("SELECT count(*) AS n FROM load_batches").n[0]
    assert after == before
    again = start_load(demo_copy, path)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert json.loads(out)["status"] == "loaded"
