"""atheris (libFuzzer for Python) over the loader, in a real subprocess.

The harness (``tests/fuzz_harness.py``, run as a script) is seeded with valid files from
the generators (.xlsx, .xls, CSV in UTF-8 and Windows-1258), lets libFuzzer mutate them,
with coverage feedback from the instrumented ``etl`` package, and a custom mutator that
mostly changes a part inside the zip and rebuilds it, so the damage reaches the XML
readers rather than a checksum. Every input is written to a file and loaded into a real
warehouse; any exception, or an outcome that breaks ``fuzz_harness.check``, is a crash:
libFuzzer stops, saves the input under ``crash-*`` (``oom-*`` past 2 GB of memory,
``timeout-*`` past two minutes) and exits non-zero.

A short run in `make test` (about 40 s); TIENDO_HYPOTHESIS=thorough runs for 15 minutes,
or set TIENDO_ATHERIS_RUNS / TIENDO_ATHERIS_SECONDS.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import fuzz_harness, measure

HARNESS = Path(fuzz_harness.__file__)
THOROUGH = os.environ.get("TIENDO_HYPOTHESIS") == "thorough"
RUNS = int(os.environ.get("TIENDO_ATHERIS_RUNS", "50000" if THOROUGH else "1000"))
SECONDS = int(os.environ.get("TIENDO_ATHERIS_SECONDS", "900" if THOROUGH else "35"))
SEEDS = (
    "messy-officers",
    "messy-ntm",
    "messy-officers-xls",
    "training-crosstab-years-levels-llct-caobang",
    "containers-csv-utf8-comma",
    "containers-csv-cp1258",
)

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None,
    reason="atheris is not installed: it has wheels for x86-64 Linux and Python < 3.13 "
    "only (pip install -e '.[test]' installs it there)",
)

# libFuzzer's last line: "Done 1234 runs in 35 second(s)" when its own limits end the
# run, "Done 300 in 35 second(s)" when -atheris_runs does
_DONE = re.compile(r"^Done (\d+)(?: runs)? in \d+ second", re.MULTILINE)


def runs_done(output: str) -> int | None:
    found = _DONE.findall(output)
    return int(found[-1]) if found else None


def test_runs_are_read_from_libfuzzers_last_line():
    assert runs_done("#8\tpulse cov: 984\nDone 15 in 16 second(s)\n") == 15
    assert runs_done("INFO: x\nDone 1234 runs in 35 second(s)\n") == 1234
    assert runs_done("==123== ERROR: libFuzzer: deadly signal\n") is None


def test_atheris_finds_no_crash_in_the_loader(_empty_warehouse_file, tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(_empty_warehouse_file, warehouse)
    corpus, artifacts = tmp_path / "corpus", tmp_path / "artifacts"
    corpus.mkdir()
    for seed in SEEDS:
        name, data = fuzz_harness.seed(seed)
        (corpus / name).write_bytes(data)
    command = [
        sys.executable,
        str(HARNESS),
        str(warehouse),
        str(artifacts),
        f"-atheris_runs={RUNS}",
        f"-max_total_time={SECONDS}",
        "-max_len=262144",  # a re-zipped workbook may grow past its seed's size
        "-timeout=120",
        "-rss_limit_mb=2048",
        str(corpus),
    ]
    env = {**os.environ, "PYTHONPATH": str(fuzz_harness.ROOT)}
    proc = subprocess.run(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # a crash's traceback in order with libFuzzer's lines
        text=True,
        env=env,
        timeout=SECONDS + 240,
        check=False,
    )
    output = proc.stdout
    runs = runs_done(output)
    # what libFuzzer saves: an exception or a broken check (crash-), memory past
    # -rss_limit_mb (oom-), an input slower than -timeout (timeout-)
    crashes = sorted(
        p.name
        for prefix in ("crash", "oom", "timeout", "leak")
        for p in artifacts.glob(prefix + "-*")
    )
    lost = int("lost=True" in output)
    outcomes_file = artifacts / "outcomes.json"
    outcomes = json.loads(outcomes_file.read_text()) if outcomes_file.exists() else {}
    measure.record("fuzz", "Byte ngẫu nhiên (atheris)", runs or sum(outcomes.values()), lost)
    lines = [x for x in output.splitlines() if not x.startswith("INFO: Instrumenting")]
    tail = "\n".join(lines[-80:])
    assert proc.returncode == 0 and not crashes, f"atheris found a crash {crashes}:\n{tail}"
    assert runs is not None, f"no 'Done N runs' line:\n{tail}"
    # every run went through the harness, and the seeds themselves loaded
    assert sum(outcomes.values()) >= runs >= len(SEEDS), (runs, outcomes)
    assert outcomes.get("loaded", 0) >= 1, outcomes
