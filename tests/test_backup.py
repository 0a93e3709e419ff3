"""Backups and restores on real files and processes.

A backup is a checked copy with its SHA-256 beside it, taken while a dashboard reads; a
WAL left by a killed writer is folded in first. A restore puts a copy back and keeps the
current warehouse beside it, and refuses a copy that is damaged, altered or not a
warehouse, leaving the current one untouched. Everything made is readable by its owner
only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from etl import loader, store
from etl.cli import main
from etl.store import Warehouse, WarehouseBusy, integrity
from tests.conftest import etl_cli, officer
from tests.test_faults import state

ROOT = Path(__file__).resolve().parent.parent


run_cli = etl_cli


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_is_a_checked_copy_with_its_sha256(demo_copy, tmp_path, capsys):
    out = tmp_path / "sao_luu" / "kho.duckdb"
    assert main(["backup", str(out), "--db", str(demo_copy), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "ok" and result["file"] == str(out)
    assert result["sha256"] == sha256(out) and result["bytes"] == out.stat().st_size
    side = out.with_name("kho.duckdb.sha256")
    assert side.read_text() == f"{result['sha256']}  kho.duckdb\n"
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "-c", side.name], cwd=out.parent, capture_output=True)
        assert check.returncode == 0, check.stdout
    assert mode(out) == mode(side) == 0o600
    integrity.check(out)
    assert state(out) == state(demo_copy)
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []  # no leftovers
    assert main(["backup", str(out), "--db", str(demo_copy)]) == 0  # again, over the old one
    said = capsys.readouterr().out
    assert f"Đã sao lưu kho dữ liệu {demo_copy} vào {out}" in said and sha256(out) in said


def test_backup_runs_while_the_dashboard_reads(demo_copy, tmp_path):
    out = tmp_path / "kho.duckdb"
    with Warehouse(demo_copy).read() as con:  # a dashboard read holds the readers' lock
        with pytest.raises(WarehouseBusy):  # a writer would have to wait for it...
            Warehouse(demo_copy, timeout=0.3).upgrade()
        proc = run_cli("backup", str(out), "--db", str(demo_copy), TIENDO_LOCK_TIMEOUT="3")
        con.execute("SELECT count(*) FROM officers").fetchone()  # ...the backup did not
    assert proc.returncode == 0, proc.stderr
    integrity.check(out)


def test_backup_folds_in_the_wal_of_a_killed_writer(wh, tmp_path):
    # A writer that dies after committing leaves its data in the WAL only.
    script = textwrap.dedent(
        """
        import os, sys, duckdb
        con = duckdb.connect(sys.argv[1])
        con.execute("INSERT INTO meta VALUES ('chỉ trong WAL', 'có')")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script, str(wh.path)], check=True, timeout=120)
    wal = wh.path.with_name(wh.path.name + ".wal")
    assert wal.exists()
    out = tmp_path / "kho.duckdb"
    assert main(["backup", str(out), "--db", str(wh.path)]) == 0
    assert not wal.exists() and not out.with_name("kho.duckdb.wal").exists()
    with duckdb.connect(str(out), read_only=True) as con:  # the copy alone has it
        assert con.execute("SELECT value FROM meta WHERE key = 'chỉ trong WAL'").fetchone() == (
            "có",
        )


def test_backup_refuses_to_write_over_the_warehouse(demo_copy, tmp_path, capsys):
    before = sha256(demo_copy)
    assert main(["backup", str(demo_copy), "--db", str(demo_copy)]) == 1
    assert "đè lên chính nó" in capsys.readouterr().err
    assert main(["backup", str(tmp_path), "--db", str(demo_copy)]) == 1
    assert "là một thư mục" in capsys.readouterr().err
    assert sha256(demo_copy) == before


def test_restore_puts_the_copy_back_and_keeps_the_current_one(
    demo_copy, tmp_path, officers_file, capsys
):
    out = tmp_path / "kho.duckdb"
    assert main(["backup", str(out), "--db", str(demo_copy)]) == 0
    saved = state(demo_copy)
    later = officers_file([officer(full_name="Người Nạp Sau")], as_of=dt.date(2018, 1, 1))
    assert loader.load_file(later, Warehouse(demo_copy)).status == "loaded"
    changed, changed_sha = state(demo_copy), sha256(demo_copy)
    assert changed != saved

    proc = run_cli("restore", str(out), "--db", str(demo_copy), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["status"] == "restored" and result["sha256"] == sha256(out)
    kept = Path(result["kept"])
    assert re.fullmatch(r"demo\.duckdb\.before-restore-\d{8}-\d{6}", kept.name)
    assert kept.parent == demo_copy.parent
    assert state(demo_copy) == saved and sha256(demo_copy) == sha256(out)
    assert sha256(kept) == changed_sha and state(kept) == changed
    assert mode(demo_copy) == 0o600
    assert not [p for p in demo_copy.parent.iterdir() if ".tmp-" in p.name]

    assert main(["restore", str(out), "--db", str(demo_copy)]) == 0  # again: no name clash
    said = capsys.readouterr().out
    assert f"Đã khôi phục kho dữ liệu {demo_copy} từ {out}." in said
    assert "Kho dữ liệu cũ được giữ tại" in said
    kept_names = r"demo\.duckdb\.before-restore-\d{8}-\d{6}(-\d+)?"
    assert len([p for p in demo_copy.parent.iterdir() if re.fullmatch(kept_names, p.name)]) == 2


def test_restore_refuses_a_bad_copy_and_leaves_the_warehouse(demo_copy, tmp_path, capsys):
    out = tmp_path / "kho.duckdb"
    assert main(["backup", str(out), "--db", str(demo_copy)]) == 0
    capsys.readouterr()
    lay = integrity.layout(out)
    free_block = min(lay.free)
    used_block = lay.used()[-1]

    def bad(name: str, content: bytes, sidecar: bool = False) -> Path:
        path = tmp_path / name
        path.write_bytes(content)
        if sidecar:
            shutil.copy(out.with_name("kho.duckdb.sha256"), path.with_name(name + ".sha256"))
        return path

    def flipped(block: int) -> bytes:
        data = bytearray(out.read_bytes())
        data[integrity.BLOCK_START + block * lay.block_size + 777] ^= 0x10
        return bytes(data)

    with duckdb.connect(str(tmp_path / "khac.duckdb")) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")
    cases = {
        # a flip in a free block passes the integrity check: only the SHA-256 catches it
        bad("sua.duckdb", flipped(free_block), sidecar=True): "không khớp mã SHA-256",
        bad("hong.duckdb", flipped(used_block)): f"khối {used_block} sai mã kiểm tra",
        bad("cut.duckdb", out.read_bytes()[: len(out.read_bytes()) // 2]): "bị cắt cụt",
        bad("chu.duckdb", b"Day khong phai kho du lieu"): "bị hỏng",
        tmp_path / "khac.duckdb": "không phải kho dữ liệu tiendo",
        tmp_path / "khong_co.duckdb": "Không có tệp sao lưu",
    }
    before, listing = sha256(demo_copy), sorted(p.name for p in demo_copy.parent.iterdir())
    for path, reason in cases.items():
        assert main(["restore", str(path), "--db", str(demo_copy), "--json"]) == 1, path
        said = capsys.readouterr()
        assert reason in said.err and str(path) in said.err, said.err
        assert f"kho dữ liệu {demo_copy} giữ nguyên" in said.err
        assert json.loads(said.out)["status"] == "refused"
        assert sha256(demo_copy) == before
        assert sorted(p.name for p in demo_copy.parent.iterdir()) == listing
    proc = run_cli("restore", str(tmp_path / "hong.duckdb"), "--db", str(demo_copy))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "Bản sao lưu" in proc.stderr and "bị hỏng" in proc.stderr


def test_warehouse_files_are_readable_by_their_owner_only(tmp_path):
    umask = os.umask(0o022)
    try:
        wh = store.create(tmp_path / "kho.duckdb")
        sidecars = [wh.path.with_name("kho.duckdb" + s) for s in (".lock", ".gate")]
        assert [mode(p) for p in (wh.path, *sidecars)] == [0o600] * 3
        with wh._writer() as con:
            con.execute("INSERT INTO meta VALUES ('thử', 'WAL')")  # committed: in the WAL
            wal = wh.path.with_name("kho.duckdb.wal")
            assert mode(wal) == 0o600
        assert os.umask(0o022) == 0o022  # the process's umask is back as it was
        (tmp_path / "other").write_text("x")
        assert mode(tmp_path / "other") == 0o644
    finally:
        os.umask(umask)
