"""The integrity check finds a damaged warehouse file before anyone relies on it.

Copies of the real demo warehouse are truncated, or have one bit flipped in every header
and every block. Each fault is either reported, or harmless: the whole file still reads,
every primary key still works and a load still commits into it. DuckDB's own scan misses
the index blocks (only a later load reads them); the check verifies those itself, and a
load that meets one says so in Vietnamese instead of a traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl import loader, store, templates
from etl.cli import main
from etl.store import Warehouse, WarehouseCorrupt, integrity
from tests.conftest import officer
from tests.measure import record

ROOT = Path(__file__).resolve().parent.parent
THOROUGH = os.environ.get("TIENDO_HYPOTHESIS") == "thorough"
FLIPS_PER_BLOCK = 6 if THOROUGH else 1


@pytest.fixture(scope="session")
def probe_roster(tmp_path_factory) -> Path:
    """A small roster to load into a damaged copy: a load must still work, or say why."""
    return templates.write_workbook(
        "officers",
        tmp_path_factory.mktemp("probe") / "kiem_tra.xlsx",
        {"officers": [officer(stt=i, full_name=f"Người Kiểm Tra {i}") for i in range(1, 6)]},
        as_of=dt.date(2019, 12, 31),
    )


@pytest.fixture(scope="session")
def probe_load(probe_roster) -> loader.Prepared:
    prepared = loader.prepare(probe_roster.read_bytes(), probe_roster.name)
    assert not prepared.errors, prepared.errors
    return prepared


def flip(path: Path, offset: int, bit: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        byte = f.read(1)[0]
        f.seek(offset)
        f.write(bytes([byte ^ (1 << bit)]))


def detected(path: Path) -> bool:
    try:
        integrity.verify(path)
    except WarehouseCorrupt as exc:
        assert f"Tệp kho dữ liệu {path} bị hỏng" in str(exc)
        assert "python -m etl restore" in str(exc)
        return True
    return False


def still_usable(path: Path, prepared: loader.Prepared) -> str | None:
    """None when every table reads whole, every primary key refuses a duplicate (so its
    index reads) and a load commits; else what failed."""
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            tables = [
                r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
            ]
            for table in tables:
                con.execute(f'SELECT * FROM "{table}"').to_arrow_table()
            keyed = con.execute(
                "SELECT DISTINCT table_name FROM duckdb_constraints() "
                "WHERE constraint_type = 'PRIMARY KEY'"
            ).fetchall()
        with duckdb.connect(str(path)) as con:
            for (table,) in keyed:
                con.execute("BEGIN")
                with contextlib.suppress(duckdb.ConstraintException):
                    con.execute(f'INSERT INTO "{table}" SELECT * FROM "{table}" LIMIT 1')
                con.execute("ROLLBACK")
        result = loader.commit(prepared, Warehouse(path, timeout=60))
        return None if result.status == "loaded" else f"load {result.status}"
    except Exception as exc:
        return repr(exc)


def test_a_healthy_warehouse_passes_and_its_format_is_the_one_read(demo_db):
    integrity.check(demo_db)
    integrity.check_once(demo_db)
    lay = integrity.layout(demo_db)
    with duckdb.connect(str(demo_db), read_only=True) as con:
        total, free = con.execute(
            "SELECT total_blocks, free_blocks FROM pragma_database_size()"
        ).fetchone()
        data_blocks = {
            r[0]
            for (table,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
            for r in con.execute(
                f"SELECT DISTINCT block_id FROM pragma_storage_info('{table}') WHERE block_id >= 0"
            ).fetchall()
        }
    # The free list read from the file is DuckDB's: an upgrade that changes the format
    # fails here, not silently in the check.
    assert (lay.block_count, len(lay.free)) == (total, free)
    assert data_blocks and data_blocks.isdisjoint(lay.free)
    assert issubclass(store.WarehouseCorrupt, store.WarehouseError)


def test_a_flipped_bit_anywhere_is_reported_or_harmless(demo_db, probe_load, tmp_path):
    work = tmp_path / "flipped.duckdb"
    shutil.copy(demo_db, work)
    original = work.read_bytes()
    lay = integrity.layout(work)
    blocks = (len(original) - integrity.BLOCK_START) // lay.block_size
    rng = random.Random()
    targets = [(None, rng.randrange(n * 4096, (n + 1) * 4096)) for n in range(3)]  # headers
    for block in range(blocks):
        start = integrity.BLOCK_START + block * lay.block_size
        targets += [(block, start + rng.randrange(lay.block_size)) for _ in range(FLIPS_PER_BLOCK)]
    found = harmless = harmful = missed_in_use = 0
    try:
        for block, offset in targets:
            bit = rng.randrange(8)
            flip(work, offset, bit)
            if detected(work):
                found += 1
            else:
                probe = tmp_path / "probe.duckdb"
                shutil.copy(work, probe)
                failure = still_usable(probe, probe_load)
                harmful += failure is not None
                harmless += failure is None
                missed_in_use += block is None or block not in lay.free
                assert failure is None, f"undetected flip at {offset} (block {block}): {failure}"
                probe.unlink()
            flip(work, offset, bit)  # back as it was, for the next one
    finally:
        record("fault", "tệp kho bị lật bit", found + harmless + harmful, lost=harmful)
    assert work.read_bytes() == original  # checking never wrote to the file
    assert missed_in_use == 0  # only flips in free blocks go unreported
    print(f"bit flips: {found} of {len(targets)} reported, {harmless} in free blocks (harmless)")


def test_a_flip_in_an_index_is_found_though_duckdb_scans_past_it(
    demo_db, probe_roster, probe_load, tmp_path
):
    """Index blocks are read by the next load only: the check verifies them itself, and a
    load that meets one is refused with the Vietnamese message."""
    lay = integrity.layout(demo_db)
    with duckdb.connect(str(demo_db), read_only=True) as con:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        columns = {
            r[0]
            for table in tables
            for r in con.execute(
                f"SELECT DISTINCT block_id FROM pragma_storage_info('{table}') WHERE block_id >= 0"
            ).fetchall()
        }
    missed_by_scan = []
    work = tmp_path / "index.duckdb"
    for block in sorted(set(lay.used()) - columns):  # a column's blocks: DuckDB reads them
        shutil.copy(demo_db, work)
        flip(work, integrity.BLOCK_START + block * lay.block_size + 4000, 0)
        try:
            integrity._scan(work)  # DuckDB reading every value of every table
        except Exception:
            continue
        missed_by_scan.append(block)
        assert detected(work), f"block {block}"
    assert missed_by_scan, "DuckDB's scan read every block: this test no longer tests much"
    for block in reversed(missed_by_scan):  # the batches' key is written late: found sooner
        shutil.copy(demo_db, work)
        flip(work, integrity.BLOCK_START + block * lay.block_size + 4000, 0)
        try:
            loader.commit(probe_load, Warehouse(work, timeout=60))
        except WarehouseCorrupt as exc:
            assert f"Tệp kho dữ liệu {work} bị hỏng" in str(exc)
            break
    else:
        pytest.fail(f"no load met a damaged index among blocks {missed_by_scan}")
    shutil.copy(demo_db, work)
    flip(work, integrity.BLOCK_START + block * lay.block_size + 4000, 0)
    proc = subprocess.run(
        [sys.executable, "-m", "etl", "load", str(probe_roster), "--db", str(work)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"Tệp kho dữ liệu {work} bị hỏng" in proc.stderr
    assert "python -m etl restore" in proc.stderr


def test_a_truncated_file_is_reported_or_harmless(demo_db, probe_load, tmp_path):
    original = demo_db.read_bytes()
    lay = integrity.layout(demo_db)
    blocks = (len(original) - integrity.BLOCK_START) // lay.block_size
    rng = random.Random()
    cuts = [0, 7, 100, 4096, 8192 + 50, integrity.BLOCK_START - 1, integrity.BLOCK_START]
    chosen = range(blocks) if THOROUGH else rng.sample(range(blocks), min(6, blocks))
    for block in chosen:
        start = integrity.BLOCK_START + block * lay.block_size
        cuts += [start, start + rng.randrange(1, lay.block_size)]
    work = tmp_path / "cut.duckdb"
    found = harmless = harmful = 0
    try:
        for cut in cuts:
            work.write_bytes(original[:cut])
            if detected(work):
                found += 1
                continue
            failure = still_usable(work, probe_load)
            harmful += failure is not None
            harmless += failure is None
            assert failure is None, f"undetected cut at {cut}: {failure}"
    finally:
        record("fault", "tệp kho bị cắt cụt", found + harmless + harmful, lost=harmful)
    print(f"truncations: {found} of {len(cuts)} reported, {harmless} harmless")


def test_check_once_remembers_until_the_file_changes(demo_copy):
    integrity.check_once(demo_copy)
    lay = integrity.layout(demo_copy)
    before = demo_copy.stat()
    offset = integrity.BLOCK_START + lay.used()[-1] * lay.block_size + 1234
    flip(demo_copy, offset, 3)  # same size; the time put back: "unchanged"
    os.utime(demo_copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    integrity.check_once(demo_copy)  # remembered, not read again
    with pytest.raises(WarehouseCorrupt):
        integrity.check(demo_copy)
    os.utime(demo_copy)  # changed: read again
    with pytest.raises(WarehouseCorrupt, match="bị hỏng"):
        integrity.check_once(demo_copy)
    damaged = demo_copy.stat()
    flip(demo_copy, offset, 3)  # healed behind its back: a damage is remembered too
    os.utime(demo_copy, ns=(damaged.st_atime_ns, damaged.st_mtime_ns))
    with pytest.raises(WarehouseCorrupt):
        integrity.check_once(demo_copy)


def test_the_check_command_and_a_damaged_header_on_any_command(demo_copy, capsys):
    assert main(["check", "--db", str(demo_copy)]) == 0
    assert "nguyên vẹn" in capsys.readouterr().out
    flip(demo_copy, 4096 + 20, 1)  # a database header
    assert main(["check", "--db", str(demo_copy)]) == 1
    err = capsys.readouterr().err
    assert f"Tệp kho dữ liệu {demo_copy} bị hỏng" in err and "phần đầu" in err
    assert main(["batches", "--db", str(demo_copy)]) == 1  # what any reader now says
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "python -m etl restore" in err
