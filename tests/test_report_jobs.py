"""Reports from the Báo cáo định kỳ page, without a browser: the sidebar's filters as the
command's options and as a cron line, the report started as a process of its own (once
for the same options), its failure told in Vietnamese, and the command's answer when
chromium is missing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.queries.filters import UnitFilter
from dashboard.report import jobs

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
NO_BROWSER = "/nonexistent/chromium"


def test_sidebar_units_as_the_command_takes_them():
    assert jobs.unit_arg(UnitFilter()) is None
    assert jobs.unit_arg(UnitFilter("legacy", "province", "38")) == "38"
    assert jobs.unit_arg(UnitFilter("legacy", "district", "384")) == "384"
    assert jobs.unit_arg(UnitFilter("2025", "province", "86")) == "2025:86"
    assert jobs.period_arg((2011, 2015)) == "2011-2015"
    assert jobs.period_arg(None) is None


def test_request_args_and_key(tmp_path):
    req = jobs.request(
        UnitFilter("legacy", "district", "384"), (2026, 2030), "en", "w.db", tmp_path
    )
    assert req.db.is_absolute() and req.out == tmp_path.resolve()
    assert req.args()[4:] == ["--unit", "384", "--period", "2026-2030", "--lang", "en"]
    new = jobs.request(UnitFilter("2025", "province", "86"), None, "vi", "w.db", tmp_path, True)
    assert new.args()[4:] == ["--unit", "2025:86", "--new-units", "--lang", "vi"]
    assert (
        req.key != new.key
        and req.key
        == jobs.request(
            UnitFilter("legacy", "district", "384"), (2026, 2030), "en", "w.db", tmp_path
        ).key
    )


def test_cron_line_runs_the_same_report_from_the_project(tmp_path):
    req = jobs.Request(
        ROOT / "data" / "warehouse.duckdb", ROOT / "data" / "reports", "384", "2026-2030"
    )
    line = jobs.cron_line(req, python=str(ROOT / ".venv" / "bin" / "python"))
    assert line == (
        f"0 6 1 * * cd {ROOT} && .venv/bin/python -m dashboard.report "
        "--db data/warehouse.duckdb --out data/reports --unit 384 --period 2026-2030 "
        "--lang vi >> data/reports/cron.log 2>&1"
    )
    away = jobs.Request(tmp_path / "kho dữ liệu.duckdb", tmp_path / "out", "2025:86")
    line = jobs.cron_line(away, python="/usr/bin/python3")
    assert f"'{tmp_path / 'kho dữ liệu.duckdb'}'" in line  # quoted for the shell
    assert " /usr/bin/python3 -m dashboard.report " in line and "--unit 2025:86" in line


def test_without_chromium_the_command_says_how_to_install_it(demo_db, tmp_path):
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "dashboard.report", "--db", str(demo_db), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "TIENDO_CHROMIUM": NO_BROWSER},
    )
    assert done.returncode == 1
    assert "Không thấy trình duyệt chromium" in done.stderr
    assert "make browser-deps" in done.stderr and "apt-get install chromium" in done.stderr
    assert "Traceback" not in done.stderr
    assert not any(tmp_path.iterdir())  # nothing started, nothing left
    assert time.monotonic() - start < 60


def wait_for(req: jobs.Request, states: tuple[str, ...], seconds: float = 90) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        current = jobs.status(req) or {}
        if current.get("state") in states:
            return current
        time.sleep(0.2)
    raise AssertionError(f"still {jobs.status(req)}")


def test_one_report_at_a_time_for_the_same_options_and_its_failure_in_vietnamese(
    demo_db, tmp_path, monkeypatch
):
    monkeypatch.setenv("TIENDO_CHROMIUM", NO_BROWSER)
    req = jobs.Request(demo_db, tmp_path / "reports", "38", "2016-2024")
    results: list[tuple[dict, bool]] = []
    clicks = [threading.Thread(target=lambda: results.append(jobs.start(req))) for _ in range(3)]
    for c in clicks:
        c.start()
    for c in clicks:
        c.join()
    assert sorted(started for _, started in results) == [False, False, True]
    assert {s.get("state") for s, _ in results} <= set(jobs.RUNNING)
    failed = wait_for(req, ("failed",))
    assert "chromium" in failed["message"] and "make browser-deps" in failed["message"]
    assert "Traceback" not in failed["message"]
    assert "Traceback" not in req.log_file.read_text(encoding="utf-8")
    # once it has ended, the same options may be asked for again
    _, started = jobs.start(req)
    assert started
    wait_for(req, ("failed",))


def test_a_report_whose_process_died_is_shown_failed(tmp_path):
    req = jobs.Request(tmp_path / "w.duckdb", tmp_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    jobs.write_status(req.status_file, state="running", pid=dead.pid, at=time.time(), done=2)
    current = jobs.status(req)
    assert current["state"] == "failed" and "dừng giữa chừng" in current["message"]
    req.status_file.write_text("{half", encoding="utf-8")
    assert jobs.status(req) is None


def page(demo_db, reports: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("TIENDO_REPORTS_DIR", str(reports))
    monkeypatch.setenv("TIENDO_DB", str(demo_db))
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("app_pages/reports.py").run()
    assert not at.exception
    return at


def make_button(at: AppTest):
    (button,) = [b for b in at.button if b.label == "Lập báo cáo"]
    return button


def code_blocks(at: AppTest) -> list[str]:
    return [c.value for c in at.code]


@pytest.mark.parametrize(
    ("sidebar", "expected"),
    [
        ({"unit": "legacy:38"}, "--unit 38 --period"),
        ({"unit": "legacy:38", "district": "384"}, "--unit 384 --period"),
        ({"unit": "2025:86"}, "--unit 2025:86 --period"),
    ],
)
def test_the_page_shows_the_cron_line_for_the_sidebar(
    demo_db, tmp_path, monkeypatch, sidebar, expected
):
    at = page(demo_db, tmp_path / "reports", monkeypatch)
    for key, value in sidebar.items():
        at.sidebar.selectbox(key=key).set_value(value).run()
    at.sidebar.slider(key="years").set_value((2016, 2024)).run()
    assert not at.exception
    (line,) = [c for c in code_blocks(at) if "dashboard.report" in c]
    assert line.startswith("0 6 1 * * cd ") and f"{expected} 2016-2024 --lang vi" in line
    assert f"--db {demo_db}" in line and f"--out {tmp_path / 'reports'}" in line
    assert any("2016–2024" in m.value for m in at.markdown)


def test_the_button_starts_a_report_in_the_background_and_tells_its_failure(
    demo_db, tmp_path, monkeypatch
):
    monkeypatch.setenv("TIENDO_CHROMIUM", NO_BROWSER)
    at = page(demo_db, tmp_path / "reports", monkeypatch)
    at.sidebar.selectbox(key="unit").set_value("legacy:38").run()
    make_button(at).click().run()
    assert not at.exception
    status_files = list((tmp_path / "reports" / jobs.JOBS).glob("*.json"))
    assert len(status_files) == 1  # the process was started, for these filters
    # while it runs the button is off: a second click cannot start another
    state = json.loads(status_files[0].read_text(encoding="utf-8")).get("state")
    assert make_button(at).disabled or state == "failed"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not at.error:
        time.sleep(1)
        at.run()
    assert not at.exception
    (error,) = at.error
    assert "Không lập được báo cáo" in error.value and "chromium" in error.value
    assert "Traceback" not in error.value
    assert not make_button(at).disabled
