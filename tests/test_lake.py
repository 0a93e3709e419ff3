"""Lake mode for real: DuckLake with its catalog in a real PostgreSQL server, and real
processes (app replicas, ``etl load``) sharing it, as several machines would.

No mocks: the conflicts, the retries and the snapshots live in PostgreSQL and DuckLake, so
a test that faked either would prove nothing. The server is Debian's PostgreSQL, started
by ``bench.postgres`` in a temporary folder (as the ``postgres`` user when root). Where it
cannot run the tests skip, saying why; in CI (``CI`` or ``TIENDO_REQUIRE_POSTGRES=1``) they
fail instead, since there ``make test`` has installed it.

``TIENDO_LAKE_THOROUGH=1`` loads bigger files and kills more loads.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import itertools
import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from bench import workbooks
from etl import loader, templates
from etl.fmt import number
from etl.spec.tables import FACT_TABLES
from etl.store import Warehouse, history, sql_file
from tests.browser_marks import CHROMIUM
from tests.conftest import etl_cli, local_postgres, officer
from tests.measure import record

ROOT = Path(__file__).resolve().parent.parent
THOROUGH = os.environ.get("TIENDO_LAKE_THOROUGH") == "1"
ROWS = 2000 if THOROUGH else 300  # per file of the concurrent loads
FILES_PER_LOADER = 5 if THOROUGH else 2
BIG_ROWS = 60_000 if THOROUGH else 20_000  # the load that is killed
KILLS = 8 if THOROUGH else 2  # kills from its first data file on (and one before any)
AS_OF = dt.date(2017, 6, 30)
RETRY_LINE = "ghi lại (lần"  # what etl.store.lake prints on stderr for each retried commit

pytestmark = [pytest.mark.xdist_group("lake")]


# ---------------------------------------------------------------------------- the server


@pytest.fixture(scope="module")
def pg(tmp_path_factory):
    """One real PostgreSQL server for the module; each test makes its own lake in it."""
    with local_postgres(tmp_path_factory.mktemp("postgres")) as server:
        yield server


_lakes = itertools.count()


@pytest.fixture
def lake(pg, tmp_path, monkeypatch) -> dict[str, str]:
    """A fresh lake (a new database, a new data folder), set in this process's environment
    so ``Warehouse()`` and every process started from here use it."""
    dsn = pg.create_database(f"lake_{os.getpid()}_{next(_lakes)}")
    env = pg.env(tmp_path / "lake", dsn=dsn)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("TIENDO_DB", raising=False)
    return env


# ---------------------------------------------------------------------------- files


@functools.cache
def places(n: int) -> list[tuple[str, str, list[str]]]:
    """``n`` legacy districts spread over the country (province, district, 3 communes),
    each its own scope: files of different districts never replace each other."""
    from etl.units.reference import unit_rows

    units = unit_rows()
    legacy = units[units.era == "legacy"]
    names = dict(zip(legacy.code, legacy.name, strict=True))
    found = []
    for code, group in legacy[legacy.level == "commune"].groupby("district_code", sort=True):
        if group.name_key.is_unique and len(group) >= 3:
            found.append((names[group.iloc[0].province_code], names[code], list(group.name[:3])))
    return found[:: len(found) // n][:n]


def roster(path: Path, place: tuple[str, str, list[str]], rows: int, tag: str) -> Path:
    """An officers roster of one district as at 30/6/2017; every name carries ``tag``, so
    a row shows which file it came from."""
    province, district, communes = place
    data = [
        officer(
            stt=i,
            full_name=f"{tag} {i}",
            province=province,
            district=district,
            commune=communes[i % len(communes)],
        )
        for i in range(1, rows + 1)
    ]
    return templates.write_workbook("officers", path, {"officers": data}, as_of=AS_OF)


# ---------------------------------------------------------------------------- processes


def etl(*args: str, **kwargs) -> subprocess.Popen:
    """``python -m etl ARGS`` in its own process, in this process's (lake) environment."""
    return subprocess.Popen(
        [sys.executable, "-m", "etl", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def results(proc: subprocess.Popen, timeout: float = 600) -> tuple[list[dict], str]:
    """The JSON lines of ``etl load --json`` and its stderr; it must have exited 0."""
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"exit {proc.returncode}\n{out}\n{err}"
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")], err


def load(*paths: Path) -> list[dict]:
    """Load files in this process (quicker than a new one, which reads the unit index
    and attaches the lake again): for the loads a test starts from."""
    wh = Warehouse()
    return [loader.load_file(p, wh).to_json() for p in paths]


def wait_for(flag: Path, proc: subprocess.Popen, timeout: float = 300) -> None:
    """Until ``proc`` makes the file ``flag`` (it is ready); it must not end first."""
    deadline = time.monotonic() + timeout
    while not flag.exists():
        if proc.poll() is not None:
            pytest.fail(f"{flag.name}: the process ended first:\n{proc.communicate()[1][-3000:]}")
        assert time.monotonic() < deadline, f"{flag.name}: not ready in {timeout:.0f} s"
        time.sleep(0.1)


def last_json(out: str) -> dict:
    """The last JSON line of a process's stdout (DuckDB may print a progress bar there)."""
    return json.loads([line for line in out.splitlines() if line.startswith("{")][-1])


@contextlib.contextmanager
def replica(log: Path):
    """``python -m dashboard.serve --port N`` in lake mode: one app replica, as behind
    nginx. No file watcher (a source saved meanwhile would show "file changed")."""
    from dashboard.report.capture import free_port

    port = free_port()
    env = {
        **os.environ,
        "STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    with open(log, "w", encoding="utf-8") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashboard.serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    """Until the replica answers its health check (Streamlit's own endpoint)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as answer:
                assert answer.status == 200
                return
        except OSError:
            assert proc.poll() is None, f"the replica exited:\n{log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"no health:\n{log.read_text()[-3000:]}"
            time.sleep(0.3)


def overview(browser, url: str) -> str:
    """Open the overview page, wait for it to finish running; its text. No error box, no
    exception, no traceback."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(url, wait_until="networkidle", timeout=120_000)
        page.wait_for_selector("h1", timeout=120_000)
        # the headline metrics come late in the run: the page has run when they are there
        page.wait_for_selector('[data-testid="stMetricValue"]', timeout=120_000)
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000
        )
        body = page.inner_text("body")
        assert page.locator('[data-testid="stException"]').count() == 0, body
        assert page.locator('[data-testid="stAlertContentError"]').count() == 0, body
        assert "Traceback" not in body
        assert errors == []
        return body
    finally:
        page.close()


def headline_officers(body: str) -> str | None:
    """The overview's headline count of officers, as shown."""
    found = re.search(r"Cán bộ, đội viên\s+([\d.,—]+)", body)
    return found[1] if found else None


# ---------------------------------------------------------------------------- the lake's state


@functools.cache
def view_tables() -> dict[str, str]:
    """Each view that shows a fact table's current rows, and that table (views.sql)."""
    found = {}
    for chunk in sql_file("views.sql").split("CREATE OR REPLACE VIEW ")[1:]:
        table = re.search(r"\bFROM\s+(fact_\w+)", chunk)
        if table and "JOIN current_batches" in chunk:
            found[chunk.split()[0]] = table[1]
    return found


def state(wh: Warehouse | None = None) -> dict:
    """What users see, read in one pinned snapshot, and checked to be consistent: one
    current batch per scope; every batch's facts all there (as many as its rows_loaded);
    each view showing exactly the facts of current batches; no fact without its batch."""
    wh = wh or Warehouse()
    with wh.read(wh.pin()) as con:
        batches = con.execute(
            "SELECT batch_id, file_name, kind, status, superseded_by, rows_loaded, scope_key "
            "FROM load_batches ORDER BY batch_id"
        ).fetchall()
        facts = {
            t: dict(con.execute(f"SELECT batch_id, count(*) FROM {t} GROUP BY ALL").fetchall())
            for t in FACT_TABLES
        }
        views = {}
        for view, table in view_tables().items():
            shown = con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
            current = con.execute(
                f"SELECT count(*) FROM {table} f JOIN load_batches b USING (batch_id) "
                "WHERE b.status = 'current'"
            ).fetchone()[0]
            assert shown == current, f"{view}: {shown} rows shown, {current} current"
            views[view] = shown
    ids = {b[0] for b in batches}
    assert len(ids) == len(batches), "two batches with one id"
    scopes = collections.Counter(b[6] for b in batches if b[3] == "current")
    assert all(n == 1 for n in scopes.values()), f"one scope, several current batches: {scopes}"
    for batch_id, _, _, status, superseded_by, rows_loaded, _ in batches:
        counted = sum(per.get(batch_id, 0) for t, per in facts.items() if not FACT_TABLES[t].detail)
        assert counted == rows_loaded, f"batch {batch_id}: {counted} of {rows_loaded} rows"
        assert (status == "superseded") == (superseded_by is not None), (batch_id, status)
        assert superseded_by is None or superseded_by in ids
    assert all(b in ids for per in facts.values() for b in per), "facts of no batch"
    return {
        "batches": {
            b[0]: dict(zip(("file", "kind", "status", "by", "rows"), b[1:6], strict=True))
            for b in batches
        },
        "facts": facts,
        "views": views,
    }


def current(seen: dict) -> dict[str, int]:
    """The current batches' files and rows."""
    return {b["file"]: b["rows"] for b in seen["batches"].values() if b["status"] == "current"}


# ---------------------------------------------------------------------------- a reader

# A dashboard reader in its own process: pin a snapshot, then read it with several
# queries, pausing between them so loads commit meanwhile. Inside one pinned read the
# officers shown always equal the current officer batches' rows: never a torn read.
# It says it is ready, and what it saw, in files: DuckDB writes a progress bar to stdout
# when a query takes over 2 s (a busy machine), so stdout is no channel.
READER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from etl.store import Warehouse
    stop, ready, out = map(Path, sys.argv[1:4])
    wh = Warehouse()
    N = "SELECT count(*) FROM officers"
    S = "SELECT coalesce(sum(rows_loaded), 0) FROM current_batches WHERE kind = 'officers'"
    D = "SELECT count(*) - count(DISTINCT (batch_id, full_name)) FROM officers"
    reads, torn, errors, versions = 0, [], [], []

    def once():
        snap = wh.pin()
        with wh.read(snap) as con:
            n = con.execute(N).fetchone()[0]
            time.sleep(0.05)
            s = con.execute(S).fetchone()[0]
            twice = con.execute(D).fetchone()[0]
            time.sleep(0.05)
            again = con.execute(N).fetchone()[0]
        return snap.version, (n, s, twice, again)

    deadline = time.monotonic() + 300
    while True:  # until the lake has its first batch
        try:
            once()
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
    ready.touch()
    while not stop.exists():
        try:
            version, (n, s, twice, again) = once()
            if not (n == s == again and twice == 0):
                torn.append([version, n, s, twice, again])
            if not versions or versions[-1] != version:
                versions.append(version)
            reads += 1
            time.sleep(0.2)  # a reader, not a load on the CPU the loaders need
        except Exception as exc:
            errors.append(repr(exc))
    out.write_text(json.dumps({"reads": reads, "torn": torn, "errors": errors, "versions": versions}))
    """
)


# ---------------------------------------------------------------------------- a.


@pytest.mark.browser
@pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not os.environ.get("CI"),
    reason="chromium is not installed (make test installs it)",
)
def test_two_replicas_and_four_loaders_share_one_lake(lake, tmp_path, browser):
    """Four ``etl load`` processes at once, two app replicas serving pages meanwhile, and
    a reader pinning snapshots: every file becomes one batch, nothing is lost or counted
    twice, and each pinned read sees one consistent snapshot."""
    clock = [time.monotonic()]
    logs = [tmp_path / "replica1.log", tmp_path / "replica2.log"]
    stop = tmp_path / "stop"
    with contextlib.ExitStack() as running:
        # the replicas and the reader start while the files are written
        (url1, app1), (url2, app2) = (running.enter_context(replica(log)) for log in logs)
        ready, seen_file = tmp_path / "ready", tmp_path / "reader.json"
        reader = subprocess.Popen(
            [sys.executable, "-c", READER, str(stop), str(ready), str(seen_file)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        running.callback(reader.kill)
        where = places(4 * FILES_PER_LOADER + 1)
        shared = where[-1]  # the scope two loaders both load at once (one supersedes)
        base = load(roster(tmp_path / "chung_cu.xlsx", shared, ROWS, "Người Cũ"))[0]
        assert base["status"] == "loaded"
        files = [
            [
                roster(
                    tmp_path / f"nap{k}_{i}.xlsx",
                    where[k * FILES_PER_LOADER + i],
                    ROWS,
                    f"Nạp{k} Tệp{i}",
                )
                for i in range(FILES_PER_LOADER)
            ]
            for k in range(4)
        ]
        same_scope = [
            roster(tmp_path / "chung_a.xlsx", shared, ROWS + 7, "Chung A"),
            roster(tmp_path / "chung_b.xlsx", shared, ROWS + 11, "Chung B"),
        ]
        files[2].insert(0, same_scope[0])  # first, so both commit about the same time
        files[3].insert(0, same_scope[1])

        healthy(url1, app1, logs[0])
        healthy(url2, app2, logs[1])
        for url in (url1, url2):  # each replica's first run (imports, the lake attached)
            overview(browser, url)
        wait_for(ready, reader)
        clock.append(time.monotonic())
        try:
            began = time.monotonic()
            loaders = [etl("load", *map(str, paths), "--json", "--quiet") for paths in files]
            for proc in loaders:
                running.callback(proc.kill)
            served = collections.Counter()  # pages each replica served while loads ran
            shown_during: list[str | None] = []
            while any(p.poll() is None for p in loaders) and min(served.values(), default=0) < 1:
                for url in (url1, url2):
                    if any(p.poll() is None for p in loaders):
                        shown_during.append(headline_officers(overview(browser, url)))
                        served[url] += 1
                time.sleep(0.5)
            outcomes = [results(p) for p in loaders]
            loading = time.monotonic() - began
        finally:
            stop.touch()
        _, err = reader.communicate(timeout=300)
        assert reader.returncode == 0, err
        seen_by_reader = json.loads(seen_file.read_text())

        clock.append(time.monotonic())
        seen = state()
        total = seen["views"]["officers"]
        for url, app, log in ((url1, app1, logs[0]), (url2, app2, logs[1])):
            healthy(url, app, log)  # both alive after the loads
            body = overview(browser, url)
            shown = headline_officers(body)
            assert shown == number(total), f"{url} shows {shown} officers, not {total}:\n{body}"

    # every file one batch, loaded once; each loader's files in its own order
    retries = sum(err.count(RETRY_LINE) for _, err in outcomes)
    for paths, (lines, _) in zip(files, outcomes, strict=True):
        assert [Path(r["file"]).name for r in lines] == [p.name for p in paths]
        assert all(r["status"] == "loaded" for r in lines), lines
    by_file = collections.Counter(b["file"] for b in seen["batches"].values())
    every = [p.name for paths in files for p in paths] + ["chung_cu.xlsx"]
    assert sorted(by_file) == sorted(every) and set(by_file.values()) == {1}

    # the shared scope: the old batch and one of the two superseded, the other current
    batch = {b["file"]: (i, b) for i, b in seen["batches"].items()}
    a, b = batch["chung_a.xlsx"], batch["chung_b.xlsx"]
    (won, winner), (lost, loser) = (a, b) if a[1]["status"] == "current" else (b, a)
    assert winner["status"] == "current" and loser["status"] == "superseded"
    assert loser["by"] == won
    assert batch["chung_cu.xlsx"][1]["status"] == "superseded"
    assert batch["chung_cu.xlsx"][1]["by"] in (won, lost)

    # what the views show: the rows of current batches, each once; none of the superseded
    expected = sum(current(seen).values())
    assert total == expected == ROWS * 4 * FILES_PER_LOADER + winner["rows"]
    with Warehouse().read(Warehouse().pin()) as con:
        names = con.execute(
            "SELECT count(*), count(DISTINCT full_name), "
            "count(*) FILTER (WHERE full_name LIKE 'Người Cũ %' OR full_name LIKE ?) "
            "FROM officers",
            ["Chung A %" if loser["file"] == "chung_a.xlsx" else "Chung B %"],
        ).fetchone()
    assert names == (total, total, 0)

    # the reader: many pinned reads, some while loads committed, none torn or failed
    assert seen_by_reader["errors"] == [], seen_by_reader["errors"][:3]
    assert seen_by_reader["torn"] == [], seen_by_reader["torn"][:3]
    assert seen_by_reader["reads"] > 0
    assert len(seen_by_reader["versions"]) >= 2, "the reader never saw a load commit"
    assert served[url1] >= 1 and served[url2] >= 1, f"pages served during the loads: {served}"
    print(
        f"4 loaders in {loading:.1f} s, pages served meanwhile {sorted(served.values())} "
        f"showing {shown_during} officers, "
        f"{len(seen['batches'])} batches, {total} officers shown, {retries} commits retried; "
        f"reader: {seen_by_reader['reads']} pinned reads over "
        f"{len(seen_by_reader['versions'])} snapshots; seconds to ready, loaded, checked: "
        f"{[round(b - a, 1) for a, b in itertools.pairwise([*clock, time.monotonic()])]}"
    )


# ---------------------------------------------------------------------------- b.


def data_files(folder: Path) -> set[Path]:
    return set(folder.rglob("*.parquet"))


def kill_at(path: Path, folder: Path, after_first_file: float | None) -> str:
    """Start ``etl load PATH`` and SIGKILL it ``after_first_file`` seconds after its first
    data file appeared (None: a random moment of its reading, before any): 'killed', or
    'ended' when it was over before."""
    before = data_files(folder)
    began = time.monotonic()
    proc = etl("load", str(path), "--json", "--quiet")
    early = random.uniform(0.3, 1.5) if after_first_file is None else None
    while proc.poll() is None:
        if early is not None and time.monotonic() - began >= early:
            break
        if early is None and data_files(folder) - before:
            time.sleep(after_first_file)
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=120)
    return "killed" if proc.returncode == -signal.SIGKILL else "ended"


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> dict[str, Path]:
    """A small roster of six districts, and a big one of the same scope that replaces it."""
    folder = tmp_path_factory.mktemp("big")
    return {
        "small": workbooks.officers(folder / "sau_huyen_nho.xlsx", 300),
        "big": workbooks.officers(folder / "sau_huyen_lon.xlsx", BIG_ROWS),
    }


def test_a_loader_killed_mid_commit_leaves_the_lake_consistent(lake, big):
    """SIGKILL ``etl load`` of a big file the moment its first Parquet file appears (data
    files are written before the catalog commit), and at other moments: the lake opens,
    each batch is all there or not at all, and loading the file again counts it once."""
    folder = Path(lake["TIENDO_DATA_PATH"])
    small = load(big["small"])[0]
    before = state()
    assert current(before) == {big["small"].name: 300}

    # an uninterrupted commit of it (here, so quicker): how long it writes; then undone
    prepared = loader.prepare(big["big"].read_bytes(), big["big"].name)
    began = time.monotonic()
    done = loader.commit(prepared, Warehouse())
    writing = time.monotonic() - began
    assert done.status == "loaded" and done.rows == BIG_ROWS
    after = state()
    assert current(after) == {big["big"].name: BIG_ROWS}
    assert after["batches"][small["batch_id"]]["status"] == "superseded"
    history.rollback(Warehouse(), done.batch_id)
    assert current(state()) == {big["small"].name: 300}

    moments = [0.0] + [random.uniform(0, writing) for _ in range(KILLS - 1)] + [None]
    seen, kills, lost = collections.Counter(), 0, 0
    try:
        for moment in moments:
            outcome = kill_at(big["big"], folder, moment)
            kills += outcome == "killed"
            now = state()  # consistent, or it raises
            lost += max(0, 300 - now["facts"]["fact_officer"].get(small["batch_id"], 0))
            shown = current(now)
            assert shown in ({big["small"].name: 300}, {big["big"].name: BIG_ROWS}), shown
            if shown == {big["small"].name: 300}:
                seen[f"{outcome}: none"] += 1
            else:  # the commit was done before the kill: all of it; undo it for the next
                seen[f"{outcome}: all"] += 1
                done = max(i for i, b in now["batches"].items() if b["status"] == "current")
                history.rollback(Warehouse(), done)
    finally:
        record("fault", "kill -9 giữa lượt nạp vào kho DuckLake", kills, lost=lost)
    assert lost == 0
    assert seen["killed: none"] >= 1, seen  # at least one kill landed before the commit

    # the lake opens in a new process, and the same file loads again, counted once
    again = load(big["big"])[0]
    assert again["status"] == "loaded" and again["rows"] == BIG_ROWS
    final = state()
    assert current(final) == {big["big"].name: BIG_ROWS}
    assert final["views"]["officers"] == BIG_ROWS
    print(f"kill -9 during a lake load: {dict(seen)}; its commit takes {writing:.2f} s")


# ---------------------------------------------------------------------------- c.

# Read and check a file, say so (a file), then wait for the moment on stdin and commit it
# then: two of these commit the same scope at once. Prints the result and its retries.
COMMITTER = textwrap.dedent(
    """
    import json, sys, time
    from etl import loader
    from etl.store import Warehouse
    from pathlib import Path
    prepared = loader.prepare(open(sys.argv[1], 'rb').read(), sys.argv[1].rsplit('/', 1)[-1])
    wh = Warehouse()
    wh.upgrade()
    Path(sys.argv[2]).touch()
    go = float(sys.stdin.readline())
    time.sleep(max(0.0, go - time.time()))
    result = loader.commit(prepared, wh)
    print(json.dumps({"result": result.to_json(), "retries": wh.lake.retries}, default=str))
    """
)


def commit_together(*paths: Path) -> list[dict]:
    """Each file committed by its own process, all at the same moment."""
    flags = [p.with_suffix(".ready") for p in paths]
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", COMMITTER, str(p), str(flag)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p, flag in zip(paths, flags, strict=True)
    ]
    for proc, flag in zip(procs, flags, strict=True):
        wait_for(flag, proc)
    go = time.time() + 0.5
    for proc in procs:
        proc.stdin.write(f"{go}\n")
        proc.stdin.flush()
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
        answer = last_json(stdout)
        assert answer["retries"] == stderr.count(RETRY_LINE), stderr
        out.append(answer)
    return out


OPENER = textwrap.dedent(
    """
    import sys, time
    from etl.store import Warehouse, migrations
    go = float(sys.argv[1])
    time.sleep(max(0.0, go - time.time()))
    wh = Warehouse()
    wh.upgrade()
    with wh.read() as con:
        print(migrations.current_version(con))
    """
)


def test_replicas_starting_together_on_a_new_lake_all_open_it(lake):
    """An empty catalog, and four processes open it at the same moment (replicas and a
    loader started together): DuckLake's tables and tiendo's are made once, every process
    opens the lake, and none shows an error."""
    from etl.store import migrations

    go = time.time() + 3  # after the processes have imported duckdb and the extensions
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(go)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
        assert stdout.split()[-1] == str(migrations.LATEST)
    assert state()["batches"] == {}
    with Warehouse().read() as con:  # each migration and each unit once, not once a process
        applied = [r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()]
        units, distinct = con.execute(
            "SELECT count(*), count(DISTINCT (era, code)) FROM ref_units"
        ).fetchone()
    assert sorted(applied) == list(range(1, migrations.LATEST + 1))
    assert units == distinct > 10_000


def test_two_supersedes_of_one_scope_at_the_same_moment_both_end_well(lake, tmp_path):
    """Both commits replace the same current batch at once: DuckLake refuses the second,
    the loader retries it whole, and it then replaces the first. Both are loaded; one is
    current, the other superseded by it; the retry shows (stderr and ``lake.retries``)."""
    place = places(3)[1]
    rows = 3000 if THOROUGH else 1500
    old = load(roster(tmp_path / "cu.xlsx", place, 50, "Cũ"))[0]
    retried, rounds = 0, 0
    while retried == 0 and rounds < 4:  # the overlap is near certain; a busy machine may miss it
        rounds += 1
        pair = [
            roster(tmp_path / f"r{rounds}_{x}.xlsx", place, rows + n, f"Vòng {rounds} {x}")
            for n, x in enumerate("ab")
        ]
        answers = commit_together(*pair)
        assert [a["result"]["status"] for a in answers] == ["loaded", "loaded"]
        retried += sum(a["retries"] for a in answers)
        seen = state()
        ids = [a["result"]["batch_id"] for a in answers]
        statuses = sorted(seen["batches"][i]["status"] for i in ids)
        assert statuses == ["current", "superseded"]
        winner = next(i for i in ids if seen["batches"][i]["status"] == "current")
        loser = next(i for i in ids if i != winner)
        assert seen["batches"][loser]["by"] == winner
        assert seen["batches"][old["batch_id"]]["status"] == "superseded"
        assert current(seen) == {seen["batches"][winner]["file"]: seen["batches"][winner]["rows"]}
        assert seen["views"]["officers"] == seen["batches"][winner]["rows"]
    assert retried >= 1, f"no commit was retried in {rounds} rounds of two at once"
    print(f"{retried} retried commits in {rounds} round(s)")


def test_two_first_loads_of_one_scope_at_the_same_moment_leave_one_current(lake, tmp_path):
    """No batch of the scope yet, and two files of it committed at once: neither has a
    batch to supersede, so only inserts meet. Still one must end current and the other
    superseded: two current batches of one scope would count its officers twice."""
    place = places(3)[2]
    load(roster(tmp_path / "khac.xlsx", places(3)[0], 20, "Khác"))  # the lake exists
    pair = [
        roster(tmp_path / f"dau_{x}.xlsx", place, 1500 + n, f"Đầu {x}") for n, x in enumerate("ab")
    ]
    answers = commit_together(*pair)
    assert [a["result"]["status"] for a in answers] == ["loaded", "loaded"]
    seen = state()  # asserts one current batch per scope
    ids = [a["result"]["batch_id"] for a in answers]
    assert sorted(seen["batches"][i]["status"] for i in ids) == ["current", "superseded"]


# ---------------------------------------------------------------------------- d.


def test_a_password_in_the_setting_is_refused_and_the_setting_wins_over_db(lake, pg, tmp_path):
    path = roster(tmp_path / "mot.xlsx", places(3)[0], 10, "Một")
    secret = "bi-mat-123"
    refused = etl_cli(
        "load",
        str(path),
        TIENDO_WAREHOUSE=f"{lake['TIENDO_WAREHOUSE']} password={secret}",
    )
    assert refused.returncode != 0
    assert "không được chứa mật khẩu" in refused.stderr, refused.stderr
    assert "PGPASSWORD" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert secret not in refused.stdout + refused.stderr

    # without PGPASSWORD (nor a ~/.pgpass) the server refuses: the password is needed
    nopass = etl_cli("load", str(path), PGPASSWORD="", PGPASSFILE=str(tmp_path / "none"))
    assert nopass.returncode != 0
    assert "Traceback" not in nopass.stderr, nopass.stderr
    assert "PGPASSWORD" in nopass.stderr, nopass.stderr

    # TIENDO_WAREHOUSE wins over --db and TIENDO_DB: the file is never made, the lake loads
    other = tmp_path / "khac" / "warehouse.duckdb"
    proc = etl_cli("load", str(path), "--db", str(other), "--json", TIENDO_DB=str(other))
    assert proc.returncode == 0, proc.stderr
    assert last_json(proc.stdout)["status"] == "loaded"
    assert not other.exists() and not other.parent.exists()
    assert current(state()) == {"mot.xlsx": 10}


# ---------------------------------------------------------------------------- e.


def test_time_travel_shows_the_data_as_it_stood(lake, tmp_path):
    """Load A, note the time, load B replacing A: the lake pinned at that time shows A's
    rows and not B's; pinned now, B's and not A's."""
    place = places(3)[1]
    a = load(roster(tmp_path / "a.xlsx", place, 40, "Bản A"))[0]
    time.sleep(1.0)
    moment = dt.datetime.now(dt.UTC)
    time.sleep(1.0)
    b = load(roster(tmp_path / "b.xlsx", place, 30, "Bản B"))[0]
    assert b["replaced_batch_ids"] == [a["batch_id"]]

    wh = Warehouse()
    then, now = wh.pin(at=moment), wh.pin()
    assert then.version is not None and now.version is not None
    assert then.version < now.version and then.key != now.key

    def names(snapshot) -> tuple[int, int, int]:
        with wh.read(snapshot) as con:
            return con.execute(
                "SELECT count(*), count(*) FILTER (WHERE full_name LIKE 'Bản A %'), "
                "count(*) FILTER (WHERE full_name LIKE 'Bản B %') FROM officers"
            ).fetchone()

    assert names(then) == (40, 40, 0)
    assert names(now) == (30, 0, 30)
    local = moment.astimezone(dt.timezone(dt.timedelta(hours=7)))
    from etl.store.snapshots import parse_moment

    parsed = parse_moment(local.strftime("%Y-%m-%dT%H:%M:%S"))
    assert names(wh.pin(at=parsed)) == (40, 40, 0)


def test_a_plan_saved_to_the_lake_keeps_its_file_and_its_ceilings(lake):
    """Nhập kế hoạch on a shared lake: the plan's file (a BLOB) and text are kept with its
    goals batch, a goal's sentence and comparison are stored, and the batch rolls back."""
    from etl.plan import extract, save
    from etl.plan.read import read_plan

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/KH-UBND\nPhú Yên, ngày 10 tháng 3 năm 2012\n"
        "KẾ HOẠCH\nGiảm nghèo giai đoạn 2012-2015\nCăn cứ Nghị quyết số 80/NQ-CP;\n"
        "II. MỤC TIÊU\n- Đến năm 2015, tỷ lệ hộ nghèo toàn tỉnh giảm xuống còn dưới 9%.\n"
        "IV. TỔ CHỨC THỰC HIỆN\n- UBND các huyện báo cáo kết quả giảm nghèo về Sở Nội vụ "
        "trước ngày 15/12 hằng năm.\n"
    )
    content = text.encode("utf-8")
    proposals = extract.propose(read_plan(content, "giam_ngheo.txt"))
    wh = Warehouse()
    result = save.save(proposals, wh, "chuyenvien", today=dt.date(2026, 11, 30))
    assert result.status == "loaded", result.errors
    with wh.read() as con:
        plan = save.stored_plan(con, result.batch_id)
        goals = con.execute("SELECT target_value, comparison, quote FROM goals").fetchall()
        duties = con.execute("SELECT count(*) FROM reporting_duties").fetchone()[0]
    assert plan is not None and plan.content == content and plan.file_name == "giam_ngheo.txt"
    assert [(g[0], g[1]) for g in goals] == [(9.0, "<")] and "dưới 9%" in goals[0][2]
    assert duties > 0
    done = etl_cli("rollback", str(result.batch_id), "--json")
    assert done.returncode == 0, done.stderr
    with wh.read() as con:
        assert con.execute("SELECT count(*) FROM goals").fetchone()[0] == 0
