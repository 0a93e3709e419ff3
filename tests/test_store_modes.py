"""The choice between the embedded file and a lake, without a server: the setting that
wins, the password rule, the extensions' files and the DDL a lake accepts."""

from __future__ import annotations

import duckdb
import pytest

from etl import config
from etl.store import Warehouse, lake, migrations, sql_file
from etl.store.warehouse import LakeWarehouse

URL = "ducklake:postgres:dbname=tiendo host=127.0.0.1 port=5432 user=tiendo"


def test_the_lake_setting_wins_over_every_path(monkeypatch, tmp_path):
    monkeypatch.setenv("TIENDO_DB", str(tmp_path / "file.duckdb"))
    assert config.db_path("explicit.duckdb").name == "explicit.duckdb"
    assert type(Warehouse(tmp_path / "x.duckdb")) is Warehouse
    monkeypatch.setenv("TIENDO_WAREHOUSE", URL)
    monkeypatch.setenv("TIENDO_DATA_PATH", str(tmp_path / "lake"))
    assert config.db_path("explicit.duckdb") == tmp_path / "lake" / config.LAKE_ANCHOR
    wh = Warehouse(tmp_path / "x.duckdb")
    assert isinstance(wh, LakeWarehouse) and wh.mode == "lake" and wh.url == URL


@pytest.mark.parametrize(
    "url",
    [
        URL + " password=secret",
        "ducklake:postgres:password=secret dbname=tiendo",
        "ducklake:postgres:postgresql://tiendo:secret@127.0.0.1/tiendo",
    ],
)
def test_a_password_in_the_setting_is_refused(url):
    with pytest.raises(lake.LakeError, match="PGPASSWORD"):
        lake.catalog_dsn(url)


def test_a_setting_that_is_not_a_lake_is_refused():
    with pytest.raises(lake.LakeError, match="ducklake:postgres:"):
        lake.catalog_dsn("postgres:dbname=tiendo")
    assert lake.catalog_dsn(URL) == URL.removeprefix("ducklake:postgres:")


@pytest.mark.parametrize("name", list(lake.EXTENSIONS))
def test_each_extension_is_a_file_of_duckdbs_own_version(name):
    path = lake.extension_file(name)
    assert f"v{duckdb.__version__}" in str(path) and path.stat().st_size > 1_000_000
    con = duckdb.connect(config={"autoinstall_known_extensions": False})
    con.execute(f"LOAD '{path}'")  # signed by DuckDB: loads with no unsigned-extension switch
    loaded = con.execute(
        "SELECT loaded FROM duckdb_extensions() WHERE extension_name = ?", [name]
    ).fetchone()
    assert loaded == (True,)


def test_the_schema_loses_only_its_constraints_in_a_lake():
    """DuckLake has no keys or sequences: the same tables, columns and types without them."""
    stripped = migrations.lake_ddl(sql_file("schema.sql"))
    assert "PRIMARY KEY" not in stripped and "SEQUENCE" not in stripped
    con = duckdb.connect()
    con.execute(stripped)  # still valid SQL
    plain = duckdb.connect()
    plain.execute(sql_file("schema.sql"))
    columns = "SELECT table_name, column_name, data_type FROM duckdb_columns() ORDER BY ALL"
    assert con.execute(columns).fetchall() == plain.execute(columns).fetchall()
    keys = "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    assert plain.execute(keys).fetchone()[0] >= 4 and con.execute(keys).fetchone()[0] == 0
