"""Shared fixtures: real DuckDB files in tmp dirs, built by the project's own code."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from etl import demo, store, templates

ROOT = Path(__file__).resolve().parent.parent
# Goals are judged on "today": fixed, so no test changes with the calendar. Set before any
# server or report subprocess starts, so they inherit it.
os.environ.setdefault("TIENDO_TODAY", "2026-11-30")

# Property tests: a few examples in `make test`, many with TIENDO_HYPOTHESIS=thorough.
_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
settings.register_profile("fast", max_examples=12, deadline=None, suppress_health_check=_QUIET)
settings.register_profile("thorough", max_examples=300, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("TIENDO_HYPOTHESIS", "fast"))


@pytest.fixture(scope="session")
def _empty_warehouse_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "warehouse.duckdb"
    store.create(path)
    return path


@pytest.fixture
def wh(_empty_warehouse_file, tmp_path) -> store.Warehouse:
    """A fresh warehouse with schema and reference units, no facts (copied, so it's quick)."""
    path = tmp_path / "warehouse.duckdb"
    shutil.copy(_empty_warehouse_file, path)
    return store.Warehouse(path, timeout=60)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo warehouse, built once per test session through the real pipeline."""
    base = tmp_path_factory.mktemp("demo")
    results = demo.build(base / "warehouse.duckdb", base / "sources")
    assert all(r.status == "loaded" for r in results), [r for r in results if r.errors]
    return base / "warehouse.duckdb"


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> Path:
    """A private copy of the demo warehouse that a test may change."""
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, path)
    return path


def officer(**overrides) -> dict:
    row = dict(
        stt=1,
        full_name="Lò Văn Bình",
        birth=dt.date(1987, 5, 14),
        gender="Nam",
        ethnicity="Thái",
        position="Phó Chủ tịch UBND xã",
        program="Dự án 600 Phó Chủ tịch xã",
        province="Thanh Hóa",
        district="Mường Lát",
        commune="Tam Chung",
        start_date=dt.date(2012, 3, 1),
        end_date=dt.date(2017, 6, 30),
        status="Đã kết thúc dự án",
    )
    row.update(overrides)
    return row


@pytest.fixture
def officers_file(tmp_path):
    """Write an officers workbook from rows; returns its path."""

    def make(rows, name="can_bo.xlsx", as_of=dt.date(2017, 6, 30)):
        return templates.write_workbook(
            "officers", tmp_path / name, {"officers": rows}, as_of=as_of
        )

    return make


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium through Playwright (never a downloaded browser), one per module:
    the one the report command drives."""
    from dashboard.report.capture import browser as launch

    with launch() as b:
        yield b


def etl_cli(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess:
    """``python -m etl …`` in its own process, as an administrator runs it."""
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, **env},
    )


def pytest_configure(config):
    """A fresh count of what the hardening tests try, once per run (not per worker)."""
    if not hasattr(config, "workerinput"):
        from tests import measure

        measure.path().unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter, config):
    """The README's hardening table, as this run measured it."""
    if hasattr(config, "workerinput"):
        return
    import json

    from tests import measure

    source = measure.path()
    if source.exists():
        lines = [json.loads(x) for x in source.read_text(encoding="utf-8").splitlines() if x]
        terminalreporter.write_sep("-", "what the hardening tests tried (tests/measure.py)")
        terminalreporter.write_line(measure.table(lines))


# PostgreSQL must run where `make test` installs it (CI); elsewhere its tests are skipped
POSTGRES_REQUIRED = bool(os.environ.get("CI")) or os.environ.get("TIENDO_REQUIRE_POSTGRES") == "1"


@contextlib.contextmanager
def local_postgres(path: Path):
    """A real PostgreSQL server of a test module's own (bench/postgres.py), or the
    module skipped where PostgreSQL cannot run, and failed instead under CI."""
    from bench.postgres import LocalPostgres, unavailable

    why = unavailable()
    if why:
        if POSTGRES_REQUIRED:
            pytest.fail(f"PostgreSQL is required here (CI) but cannot run: {why}")
        pytest.skip(why)
    with LocalPostgres(path) as server:
        yield server
