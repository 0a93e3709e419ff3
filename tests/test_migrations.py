"""A warehouse made by the previous release opens, and is upgraded in place.

The old warehouse is made by the previous release's own code, taken from git (the
commit before the first migration), in a separate process. Where that commit is not in
the checkout (a shallow clone), the previous release's schema and views, frozen in
``tests/fixtures/release_0_1.sql``, stand in for it.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import duckdb
import pytest

from etl import loader
from etl.spec.tables import FACT_TABLES
from etl.store import Warehouse, migrations
from tests.conftest import ROOT, officer

PREVIOUS_RELEASE = "b034aca"  # the last commit before versioned migrations

OLD_LOAD = """
import datetime as dt, json, sys
from etl import loader, storage, templates
rows = json.loads(sys.argv[2])
for r in rows:
    for k in ("birth", "start_date", "end_date"):
        if r.get(k):
            r[k] = dt.date.fromisoformat(r[k])
path = templates.write_workbook("officers", sys.argv[1] + ".xlsx", {"officers": rows},
                                as_of=dt.date(2017, 6, 30))
result = loader.load_file(path, storage.Warehouse(sys.argv[1]))
print(result.status, result.rows)
"""


def _old_code(tmp: Path) -> Path | None:
    """The previous release's etl/ package, unpacked from git; None if not available."""
    try:
        archive = subprocess.run(
            ["git", "archive", PREVIOUS_RELEASE, "etl"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return None
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tmp / "old", filter="data")
    return tmp / "old"


def _old_warehouse(tmp: Path, from_git: bool = True) -> Path:
    """A warehouse of the previous release with two officers loaded in it (or, from the
    frozen SQL, with its tables and no rows)."""
    db = tmp / "old.duckdb"
    rows = [
        officer(),
        officer(stt=2, full_name="Hà Thị Lan", gender="Nữ", commune="Trung Lý"),
    ]
    for r in rows:
        for k in ("birth", "start_date", "end_date"):
            r[k] = r[k].isoformat()
    code = _old_code(tmp) if from_git else None
    if code is not None:  # the old code itself, in its own process (its own `etl`)
        done = subprocess.run(
            [sys.executable, "-c", OLD_LOAD, str(db), json.dumps(rows)],
            cwd=code,
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout.split() == ["loaded", "2"], done.stderr
        return db
    con = duckdb.connect(str(db))
    con.execute((ROOT / "tests" / "fixtures" / "release_0_1.sql").read_text(encoding="utf-8"))
    con.close()
    return db


@pytest.mark.parametrize("from_git", [True, False], ids=["old-code", "frozen-sql"])
def test_a_warehouse_of_the_previous_release_is_upgraded_in_place(tmp_path, from_git):
    db = _old_warehouse(tmp_path, from_git)
    con = duckdb.connect(str(db), read_only=True)
    assert migrations.current_version(con) == 0  # the old release kept only meta
    before = con.execute("SELECT count(*) FROM fact_officer").fetchone()[0]
    con.close()

    wh = Warehouse(db)
    with wh.read() as con:  # reading upgrades it first
        applied = con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
        assert [v for (v,) in applied] == [m.version for m in migrations.MIGRATIONS]
        assert con.execute("SELECT count(*) FROM officers").fetchone()[0] == before
        for table in FACT_TABLES.values():  # every declared table and column is there
            have = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                    [table.name],
                ).fetchall()
            ]
            assert set(table.column_names) <= set(have), table.name
        assert con.execute("SELECT count(*) FROM column_mappings").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM commune_ntm_subcriteria").fetchone()[0] == 0
    assert wh.upgrade() == []  # once is enough


def test_a_new_warehouse_has_every_migration_and_the_declared_tables(wh):
    with wh.read() as con:
        assert migrations.current_version(con) == migrations.LATEST
        for table in FACT_TABLES.values():
            have = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position",
                [table.name],
            ).fetchall()
            assert [c for c, _ in have] == table.column_names
            assert [t for _, t in have] == [c.sql for c in table.columns]


def test_an_upgraded_warehouse_takes_new_loads(tmp_path, officers_file):
    db = _old_warehouse(tmp_path)
    wh = Warehouse(db)
    result = loader.load_file(
        officers_file(
            [officer(full_name="Lò Văn Mới", district="Quan Sơn", commune="Na Mèo")], name="n.xlsx"
        ),
        wh,
    )
    assert result.status == "loaded", result.errors
    with wh.read() as con:
        names = sorted(r[0] for r in con.execute("SELECT full_name FROM officers").fetchall())
    assert "Lò Văn Mới" in names and "Hà Thị Lan" in names


@pytest.mark.parametrize("path", ["schema.sql", "views.sql"])
def test_frozen_previous_release_matches_git(path, tmp_path):
    """The fixture that stands in for the previous release, in shallow clones, is that
    release's own SQL (checked where git has the commit)."""
    code = _old_code(tmp_path)
    if code is None:
        pytest.skip("the previous release's commit is not in this checkout")
    frozen = (ROOT / "tests" / "fixtures" / "release_0_1.sql").read_text(encoding="utf-8")
    old = (code / "etl" / "sql" / path).read_text(encoding="utf-8")
    assert old.strip() in frozen
