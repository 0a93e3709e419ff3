"""Faults caused on purpose, with real processes: a full disk during a load, and kill -9
during a load and during a rollback.

After each fault the warehouse opens, passes the integrity check, and shows either all of
the batch or none of it, and nothing that was there before is lost. The kill points are
spread over the part of the run that holds the writer's lock (read from /proc/locks),
measured on an uninterrupted run first. What was tried goes to the README's table.
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl import loader, templates
from etl.spec.tables import FACT_TABLES
from etl.store import Warehouse, history, integrity
from tests.conftest import officer
from tests.measure import record

ROOT = Path(__file__).resolve().parent.parent
THOROUGH = os.environ.get("TIENDO_HYPOTHESIS") == "thorough"
KILLS = 12 if THOROUGH else 4
BIG_ROWS = 20_000  # a load of ~3 s, ~1 s of it holding the writer's lock
COMMUNES = ["Tam Chung", "Trung Lý", "Mường Lý", "Pù Nhi"]

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("faults")]


def roster(path: Path, rows: int, name: str) -> Path:
    """An officers roster of Mường Lát as at 30/6/2017, written with the analysts' template."""
    data = [
        officer(stt=i, full_name=f"{name} {i}", district="Mường Lát", commune=COMMUNES[i % 4])
        for i in range(1, rows + 1)
    ]
    return templates.write_workbook(
        "officers", path, {"officers": data}, as_of=dt.date(2017, 6, 30)
    )


def state(path: Path) -> dict:
    """What a user sees: the batches, the facts per batch and per view; checked to be
    consistent (each fact once per current batch, each batch's rows all there)."""
    with Warehouse(path, timeout=60).read() as con:
        batches = con.execute(
            "SELECT batch_id, status, superseded_by, rows_loaded, scope_key "
            "FROM load_batches ORDER BY batch_id"
        ).fetchall()
        facts = {
            t: dict(con.execute(f"SELECT batch_id, count(*) FROM {t} GROUP BY ALL").fetchall())
            for t in FACT_TABLES
        }
        views = {}
        for view, sql in con.execute(
            "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY 1"
        ).fetchall():
            table = re.search(r"\bFROM\s+(fact_\w+)", sql)
            if table:
                shown = con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
                current = con.execute(
                    f"SELECT count(*) FROM {table[1]} f JOIN load_batches b USING (batch_id) "
                    "WHERE b.status = 'current'"
                ).fetchone()[0]
                assert shown == current, f"{view}: {shown} rows shown, {current} current"
                views[view] = shown
    ids = {b[0] for b in batches}
    current_scopes = [b[4] for b in batches if b[1] == "current"]
    assert len(current_scopes) == len(set(current_scopes)), "two current batches, one scope"
    for batch_id, status, superseded_by, rows_loaded, _ in batches:
        counted = sum(per.get(batch_id, 0) for t, per in facts.items() if not FACT_TABLES[t].detail)
        assert counted == rows_loaded, f"batch {batch_id}: {counted} of {rows_loaded} rows"
        assert (status == "superseded") == (superseded_by is not None)
        assert superseded_by is None or superseded_by in ids
    assert all(b in ids for per in facts.values() for b in per), "facts of no batch"
    return {"batches": [b[:4] for b in batches], "facts": facts, "views": views}


def renumbered(seen: dict) -> dict:
    """``seen`` with batches numbered 1, 2... in order: a killed load may have used up a
    batch number (DuckDB's sequences are not transactional), so the next load's differs."""
    number = {b[0]: n for n, b in enumerate(seen["batches"], start=1)}
    return {
        "batches": [(number[b], s, number.get(by), rows) for b, s, by, rows in seen["batches"]],
        "facts": {t: {number[b]: n for b, n in per.items()} for t, per in seen["facts"].items()},
        "views": seen["views"],
    }


def lost_rows(before: dict, now: dict) -> int:
    """Rows of the batches there before that are gone now."""
    return sum(
        max(0, n - now["facts"][table].get(batch_id, 0))
        for table, per in before["facts"].items()
        for batch_id, n in per.items()
    )


def copy_db(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    wal = source.with_name(source.name + ".wal")
    if wal.exists():
        shutil.copy(wal, target.with_name(target.name + ".wal"))
    return target


def etl(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "etl", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def writer_holds(lock: Path) -> bool:
    """Whether some process holds ``lock`` exclusive (the writer's lock), from /proc/locks."""
    st = lock.stat()
    device = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        held = "->" not in fields and fields[1:4] == ["FLOCK", "ADVISORY", "WRITE"]
        if held and fields[5] == device:
            return True
    return False


def start_writing(db: Path, *args: str) -> tuple[subprocess.Popen, bool]:
    """Start ``python -m etl ARGS --db db`` and return once it holds the writer's lock
    (False: it ended before it was seen holding it)."""
    lock = db.with_name(db.name + ".lock")
    os.close(os.open(lock, os.O_RDWR | os.O_CREAT, 0o600))
    proc = etl(*args, "--db", str(db))
    deadline = time.monotonic() + 300
    while not writer_holds(lock):
        if proc.poll() is not None:
            return proc, False
        assert time.monotonic() < deadline, "the command never took the writer's lock"
        time.sleep(0.001)
    return proc, True


def writing_time(db: Path, *args: str) -> float:
    """Seconds from taking the writer's lock to the end of an uninterrupted run."""
    proc, seen = start_writing(db, *args)
    began = time.monotonic()
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0 and seen, err
    return time.monotonic() - began


def kill_while_writing(db: Path, delay: float, *args: str) -> bool:
    """SIGKILL the command ``delay`` seconds after it took the writer's lock; whether it
    was still running then."""
    proc, seen = start_writing(db, *args)
    if seen:
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=300)
    return proc.returncode == -signal.SIGKILL


class KillPoints:
    """Moments to kill at, spread over ``seconds`` of writing: one at random in each n-th
    of it, until ``n`` kills landed. A moment that came after the run had ended (a busy
    machine makes runs vary) is drawn again, within the time that run took."""

    def __init__(self, seconds: float, n: int, rng: random.Random):
        self.seconds, self.n, self.rng = seconds, n, rng
        self.landed = self.tries = 0

    def __iter__(self):
        while self.landed < self.n and self.tries < 3 * self.n:
            self.tries += 1
            yield self.seconds * (self.landed + self.rng.random()) / self.n

    def outcome(self, delay: float, killed: bool) -> bool:
        if killed:
            self.landed += 1
        else:
            self.seconds = delay
        return killed


@pytest.fixture(scope="session")
def rosters(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("rosters")
    return {
        "small": roster(base / "muong_lat_nho.xlsx", 300, "Người Cũ"),
        "big": roster(base / "muong_lat_lon.xlsx", BIG_ROWS, "Người Thứ"),
    }


@pytest.fixture(scope="session")
def prepared_big(rosters) -> loader.Prepared:
    big = rosters["big"]
    return loader.prepare(big.read_bytes(), big.name)


@pytest.fixture(scope="session")
def base(_empty_warehouse_file, rosters, tmp_path_factory) -> Path:
    """A warehouse holding the small roster, which the big one replaces (same scope)."""
    path = tmp_path_factory.mktemp("base") / "warehouse.duckdb"
    shutil.copy(_empty_warehouse_file, path)
    assert loader.load_file(rosters["small"], Warehouse(path, timeout=60)).status == "loaded"
    return path


@pytest.fixture(scope="session")
def loaded(base, rosters, tmp_path_factory) -> tuple[Path, float]:
    """``base`` after an uninterrupted ``python -m etl load`` of the big roster, and how
    long that run held the writer's lock."""
    path = copy_db(base, tmp_path_factory.mktemp("loaded") / "warehouse.duckdb")
    seconds = writing_time(path, "load", str(rosters["big"]), "--json", "--quiet")
    return path, seconds


def test_kill_9_during_a_load_leaves_all_of_the_batch_or_none(
    base, loaded, rosters, prepared_big, tmp_path
):
    before, (reference, seconds) = state(base), loaded
    after = state(reference)
    assert len(after["batches"]) == len(before["batches"]) + 1
    rng = random.Random()
    kills, lost, seen = 0, 0, collections.Counter()
    try:
        points = KillPoints(seconds, KILLS, rng)
        for i, delay in enumerate(points):
            db = copy_db(base, tmp_path / f"kill{i}.duckdb")
            killed = kill_while_writing(db, delay, "load", str(rosters["big"]), "--quiet")
            if not points.outcome(delay, killed):
                continue
            kills += 1
            integrity.check(db)
            now = state(db)
            lost += lost_rows(before, now)
            assert now in (before, after), f"kill {delay:.3f} s into {seconds:.3f} s"
            seen["all" if now == after else "none"] += 1
            again = loader.commit(prepared_big, Warehouse(db, timeout=60))
            assert again.status == ("unchanged" if now == after else "loaded")
            assert renumbered(state(db)) == renumbered(after)
    finally:
        record("fault", "kill -9 giữa lượt nạp", kills, lost=lost)
    assert kills == KILLS, f"only {kills} of {KILLS} kills landed while writing"
    assert lost == 0
    print(f"kill -9 during a load: {dict(seen)} over {seconds:.2f} s of writing")


def test_kill_9_during_a_rollback_leaves_it_done_or_not(loaded, tmp_path):
    source, _ = loaded
    before = state(source)
    batch_id = before["batches"][-1][0]
    reference = copy_db(source, tmp_path / "reference.duckdb")
    seconds = writing_time(reference, "rollback", str(batch_id), "--json")
    after = state(reference)
    assert after["batches"][-1][1] == "rolled_back" and after != before
    rng = random.Random()
    kills, lost, seen = 0, 0, collections.Counter()
    try:
        points = KillPoints(seconds, KILLS, rng)
        for i, delay in enumerate(points):
            db = copy_db(source, tmp_path / f"kill{i}.duckdb")
            if not points.outcome(delay, kill_while_writing(db, delay, "rollback", str(batch_id))):
                continue
            kills += 1
            integrity.check(db)
            now = state(db)
            lost += lost_rows(before, now)
            assert now in (before, after), f"kill {delay:.3f} s into {seconds:.3f} s"
            seen["done" if now == after else "not done"] += 1
            wh = Warehouse(db, timeout=60)
            if now == before:  # not done: doing it again works
                history.rollback(wh, batch_id)
                assert renumbered(state(db)) == renumbered(after)
            else:  # done: the batch it made current again can be rolled back in turn
                history.rollback(wh, before["batches"][0][0])
                assert [b[1] for b in state(db)["batches"]] == ["rolled_back", "rolled_back"]
    finally:
        record("fault", "kill -9 giữa lượt hoàn tác", kills, lost=lost)
    assert kills == KILLS, f"only {kills} of {KILLS} kills landed while writing"
    assert lost == 0
    print(f"kill -9 during a rollback: {dict(seen)} over {seconds:.2f} s of writing")


def _file_size_limit(limit: int):
    def limit_child() -> None:  # in the child, before exec
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_child


def _assert_full_disk_refused(db: Path, proc: subprocess.Popen, before: dict) -> int:
    """The CLI said so in Vietnamese and exited 1, and the warehouse is as it was; the
    rows lost."""
    out, err = proc.communicate(timeout=300)
    integrity.check(db)
    now = state(db)
    lost = lost_rows(before, now)
    assert proc.returncode == 1, (out, err)
    assert "Traceback" not in err, err
    assert f"Không ghi được kho dữ liệu {db}: đĩa đầy" in err, err
    assert now == before
    return lost


def test_a_full_file_size_limit_during_a_load_is_reported_and_nothing_is_lost(
    base, loaded, rosters, prepared_big, tmp_path
):
    db = copy_db(base, tmp_path / "warehouse.duckdb")
    before = state(db)
    # Writes past 1 MiB fail (EFBIG): the load's WAL (a few MiB) cannot be written.
    proc = etl(
        "load",
        str(rosters["big"]),
        "--db",
        str(db),
        "--quiet",
        preexec_fn=_file_size_limit(1 << 20),
    )
    lost = 0
    try:
        lost = _assert_full_disk_refused(db, proc, before)
    finally:
        record("fault", "đĩa đầy khi nạp", 1, lost=lost)
    assert loader.commit(prepared_big, Warehouse(db, timeout=60)).status == "loaded"
    assert renumbered(state(db)) == renumbered(state(loaded[0]))


@pytest.fixture
def small_disk(tmp_path):
    """Mount a tmpfs of a given size (root only; skipped where mounting is not allowed)."""
    where = tmp_path / "disk"
    where.mkdir()
    mounted = []

    def mount(size: int, remount: bool = False) -> Path:
        options = f"{'remount,' if remount else ''}size={size},mode=0700"
        proc = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip() or proc.returncode}")
        mounted.append(where)
        return where

    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    yield mount
    if mounted:
        subprocess.run(["umount", str(where)], check=False)


def test_a_full_disk_during_a_load_is_reported_and_nothing_is_lost(
    base, loaded, rosters, prepared_big, small_disk
):
    room = 512 * 1024  # free space after the warehouse: less than the load's WAL
    disk = small_disk((base.stat().st_size + room) // 4096 * 4096)
    db = copy_db(base, disk / "warehouse.duckdb")
    before = state(db)
    proc = etl("load", str(rosters["big"]), "--db", str(db), "--quiet")
    lost = 0
    try:
        lost = _assert_full_disk_refused(db, proc, before)
    finally:
        record("fault", "đĩa đầy khi nạp", 1, lost=lost)
    small_disk(256 * 1024 * 1024, remount=True)  # space freed: the same load now works
    assert loader.commit(prepared_big, Warehouse(db, timeout=60)).status == "loaded"
    assert renumbered(state(db)) == renumbered(state(loaded[0]))
