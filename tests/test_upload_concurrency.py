"""Two analysts at the upload desk at once, while a leader browses: real processes, each
running the real app (AppTest sessions), on one warehouse file. And a commit that fails
half-way through its transaction."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pytest

from etl import loader
from tests.conftest import officer

ROOT = Path(__file__).resolve().parent.parent

# One analyst: open the upload page, drop a file, confirm. Prints what the page said.
ANALYST = textwrap.dedent(
    """
    import json, sys
    from streamlit.testing.v1 import AppTest
    app, path = sys.argv[1], sys.argv[2]
    at = AppTest.from_file(app, default_timeout=180).run()
    at.switch_page("app_pages/upload.py").run()
    content = open(path, "rb").read()
    at.file_uploader(key="uploads").set_value([(path.split("/")[-1], content, "x")]).run()
    [b for b in at.button if b.key.startswith("confirm_")][0].click().run()
    print(json.dumps({
        "exceptions": [e.message for e in at.exception],
        "errors": [e.value for e in at.error],
        "success": [e.value for e in at.success],
    }))
    """
)

# One leader: open pages over and over while the uploads run.
LEADER = textwrap.dedent(
    """
    import json, sys
    from streamlit.testing.v1 import AppTest
    app, rounds = sys.argv[1], int(sys.argv[2])
    problems = []
    for i in range(rounds):
        at = AppTest.from_file(app, default_timeout=180).run()
        at.switch_page(["app_pages/officers.py", "app_pages/history.py"][i % 2]).run()
        problems += [e.message for e in at.exception] + [e.value for e in at.error]
    print(json.dumps({"problems": problems}))
    """
)


def run(script: str, *args: str, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, "TIENDO_DB": str(db), "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.xdist_group("concurrency")
def test_two_uploads_and_a_reader_at_once(demo_copy, officers_file):
    app = str(ROOT / "dashboard" / "app.py")
    files = [
        officers_file([officer(district="Mường Lát", commune="Tam Chung")], name="a.xlsx"),
        officers_file([officer(district="Quan Sơn", commune="Mường Mìn")], name="b.xlsx"),
    ]
    leader = run(LEADER, app, "4", db=demo_copy)
    analysts = [run(ANALYST, app, str(f), db=demo_copy) for f in files]
    outputs = []
    for proc in [*analysts, leader]:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
        outputs.append(json.loads(out.strip().splitlines()[-1]))
    for said in outputs[:2]:
        assert said["exceptions"] == [] and said["errors"] == []
        assert any("Đã nạp lô" in s for s in said["success"])
    assert outputs[2]["problems"] == []
    from etl.store import Warehouse

    with Warehouse(demo_copy).read() as con:
        names = {
            r[0]
            for r in con.execute(
                "SELECT file_name FROM batches WHERE status = 'current'"
            ).fetchall()
        }
    assert {"a.xlsx", "b.xlsx"} <= names  # neither upload lost


def test_a_commit_failing_half_way_leaves_nothing(wh, officers_file):
    prepared = loader.prepare(officers_file([officer()]).read_bytes(), "x.xlsx")
    assert not prepared.errors
    # the batch row and the file are written first; then the facts fail to insert
    facts = prepared.facts["fact_officer"]
    prepared.facts["fact_officer"] = facts.append_column(
        "no_such_column", pa.array([1] * len(facts))
    )
    with pytest.raises(Exception, match="no_such_column"):
        loader.commit(prepared, wh)
    with wh.read() as con:
        for table in ("load_batches", "batch_files", "fact_officer"):
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
