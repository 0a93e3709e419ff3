"""Versioned changes to the warehouse, recorded in it, so that a warehouse made by an
earlier release opens and is upgraded in place.

Each migration runs once, in order, inside the upgrading transaction, and is recorded in
``schema_migrations``. Every step is written to be safe on a warehouse that already has
part of it (``IF NOT EXISTS``), because a warehouse of the first release has no record
of its migration 1. After the migrations, the fact tables are brought in line with their
declarations in :mod:`etl.spec.tables` (a missing table is created, a missing column
added), and the views are made again. A change that is not additive (a rename, a new
type) needs a migration of its own here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.spec.tables import FACT_TABLES

SQL_DIR = Path(__file__).resolve().parent / "sql"


def sql_file(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def is_lake(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the connection's default catalog is a DuckLake."""
    row = con.execute(
        "SELECT type FROM duckdb_databases() WHERE database_name = current_database()"
    ).fetchone()
    return bool(row) and row[0] == "ducklake"


def lake_ddl(sql: str) -> str:
    """tiendo's own DDL as DuckLake takes it: DuckLake has no primary keys, unique
    constraints or sequences, so they are left out (tiendo's writes keep keys unique
    themselves, and ids come from PostgreSQL; see etl.store.lake). Only for our SQL files,
    whose comments hold no quotes and whose strings hold no ``--``."""
    sql = re.sub(r"--[^\n]*", "", sql)
    sql = re.sub(r"CREATE SEQUENCE[^;]*;", "", sql)
    sql = re.sub(r",\s*PRIMARY KEY\s*\([^)]*\)", "", sql)
    return re.sub(r"\s+PRIMARY KEY\b", "", sql)


def ddl(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Run tiendo's own DDL, as a lake takes it when the connection is a lake's."""
    con.execute(lake_ddl(sql) if is_lake(con) else sql)


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """``meta[key] = value`` (a delete and an insert: a lake has no key to replace on)."""
    con.execute("DELETE FROM meta WHERE key = ?", [key])
    con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])


def _first_release(con: duckdb.DuckDBPyConnection) -> None:
    from etl.units import reference  # reference data is only loaded here, once

    ddl(con, sql_file("schema.sql"))
    reference.load_reference(con)


def _column_mappings(con: duckdb.DuckDBPyConnection) -> None:
    """Column mappings chosen by analysts, saved under the header's signature, and the
    NTM sub-criteria table (created by the declarations' sync)."""
    ddl(
        con,
        """
        CREATE SEQUENCE IF NOT EXISTS mapping_id_seq START 1;
        CREATE TABLE IF NOT EXISTS column_mappings (
            mapping_id INTEGER PRIMARY KEY,
            kind       VARCHAR NOT NULL,
            signature  VARCHAR NOT NULL,    -- of the header's labels, in order
            headers    VARCHAR[] NOT NULL,  -- the header's labels as shown
            fields     VARCHAR NOT NULL,    -- JSON: header label -> field ('-': ignored)
            saved_by   VARCHAR NOT NULL,
            saved_at   TIMESTAMP NOT NULL
        );
        """,
    )


def _goal_series(con: duckdb.DuckDBPyConnection) -> None:
    """Goals' series, stored when data changes (see etl.store.goal_series)."""
    from etl.store import goal_series

    con.execute(goal_series.TABLE_DDL)


def _batch_events(con: duckdb.DuckDBPyConnection) -> None:
    """When each batch was superseded or rolled back (for time travel), recorded from now
    on; batches already there get their history back as far as it can be known."""
    from etl.store import snapshots

    con.execute(snapshots.EVENTS_DDL)
    for column in ("superseded_at", "rolled_back_at"):
        con.execute(f"ALTER TABLE load_batches ADD COLUMN IF NOT EXISTS {column} TIMESTAMP")
    snapshots.rebuild(con)


def _plans(con: duckdb.DuckDBPyConnection) -> None:
    """The plan a goals batch was read from ("Nhập kế hoạch"): its file and its text, so a
    goal links back to its sentence. Goals and duties get their sentence (``quote``) from
    the declarations' sync."""
    ddl(
        con,
        """
        CREATE TABLE IF NOT EXISTS batch_plans (
            batch_id  INTEGER PRIMARY KEY,
            file_name VARCHAR NOT NULL,
            format    VARCHAR NOT NULL,  -- docx | pdf | txt | html
            content   BLOB NOT NULL,     -- the file as uploaded
            text      VARCHAR NOT NULL   -- its text as read; quotes are found in it
        );
        """,
    )


def _goal_comparisons(con: duckdb.DuckDBPyConnection) -> None:
    """A goal's comparison ("không quá 4%": a ceiling), added by the declarations' sync;
    the goals already stored are floors, as they were judged before."""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "bảng của bản phát hành đầu tiên, dữ liệu tham chiếu", _first_release),
    Migration(2, "cách ghép cột đã lưu; chỉ tiêu con của tiêu chí NTM", _column_mappings),
    Migration(3, "chuỗi số liệu của từng chỉ tiêu, tính sẵn khi nạp", _goal_series),
    Migration(4, "thời điểm mỗi lô bị thay thế hoặc hoàn tác (xem số liệu quá khứ)", _batch_events),
    Migration(5, "kế hoạch gốc của lô chỉ tiêu; câu trích của chỉ tiêu, nghĩa vụ", _plans),
    Migration(6, "so sánh của chỉ tiêu (không quá, dưới: chỉ tiêu cần giảm)", _goal_comparisons),
)
LATEST = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The last migration applied; 0 for a warehouse of the first release (it kept only
    ``meta``), None for a file with no tiendo tables at all."""
    tables = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_name IN ('meta', 'schema_migrations') "
            "AND table_catalog = current_database() AND table_schema = 'main'"
        ).fetchall()
    }
    if "schema_migrations" in tables:
        return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
    return 0 if "meta" in tables else None


def upgrade(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the pending migrations in one transaction; returns their versions."""
    version = current_version(con) or 0
    pending = [m for m in MIGRATIONS if m.version > version]
    if not pending:
        return []
    con.execute("BEGIN TRANSACTION")
    try:
        ddl(
            con,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)",
        )
        for migration in pending:
            migration.apply(con)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.version, migration.name, dt.datetime.now()],
            )
        sync_fact_tables(con)
        con.execute(sql_file("views.sql"))
        if any(m.apply is _goal_series for m in pending) and version:
            from etl.store import goal_series  # an upgraded warehouse: measure what it has

            goal_series.refresh(con)
        set_meta(con, "schema_version", str(LATEST))
        con.execute("COMMIT")
    except BaseException:
        # a lake's COMMIT that lost to another process's has ended the transaction
        # already; the conflict is the error to raise (the caller retries on it)
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise
    return [m.version for m in pending]


def sync_fact_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create each declared fact table that is missing, and add its missing columns."""
    for table in FACT_TABLES.values():
        con.execute(table.ddl())
        have = {
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "AND table_catalog = current_database() AND table_schema = 'main'",
                [table.name],
            ).fetchall()
        }
        for column in table.columns:
            if column.name not in have:
                # added columns are nullable: the rows already there have no value
                con.execute(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {column.sql}")
