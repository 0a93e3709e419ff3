"""The access file: accounts and the audit log, in SQLite beside the warehouse.

Why SQLite and not the warehouse: a sign-in or an audit line is a tiny write that many
dashboard sessions make at once. DuckDB lets one process write a file at a time, and
tiendo's warehouse writer waits for readers; SQLite in WAL mode takes such writes from
many processes with a short busy wait, and leaves the warehouse file (and the dashboard's
caches keyed on it) untouched.

The audit table is append-only: triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from etl import config

VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    username      TEXT PRIMARY KEY,
    role          TEXT NOT NULL,
    units         TEXT NOT NULL DEFAULT '',   -- space-separated, as written: 38 384 2025:38
    email         TEXT,                        -- or an OpenID subject: links single sign-on
    password_hash TEXT,                        -- argon2id; NULL: single sign-on only
    disabled      INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0,  -- failed sign-ins in a row
    locked_until  REAL,                        -- epoch seconds
    created_at    TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS users_email ON users (lower(email)) WHERE email IS NOT NULL;
CREATE TABLE IF NOT EXISTS audit (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,      -- local time, ISO
    actor   TEXT NOT NULL,      -- the user, or '-' for an unknown name
    action  TEXT NOT NULL,      -- sign_in, sign_in_failed, upload, rollback, export ...
    target  TEXT NOT NULL DEFAULT '',
    detail  TEXT NOT NULL DEFAULT '',
    origin  TEXT NOT NULL DEFAULT '',  -- the browser's address, or 'cli' and the machine
    outcome TEXT NOT NULL DEFAULT 'ok'
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
"""


def path_for(db: str | os.PathLike[str] | None = None) -> Path:
    """``data/warehouse.duckdb`` → ``data/warehouse.duckdb.access.sqlite``."""
    warehouse = config.db_path(db).resolve()
    return warehouse.with_name(warehouse.name + ".access.sqlite")


@contextlib.contextmanager
def connect(
    db: str | os.PathLike[str] | None = None, write: bool = True
) -> Iterator[sqlite3.Connection]:
    """A connection in one transaction, committed at the end of the block; a writer takes
    SQLite's write lock at once, so two sign-ins cannot both count the same failure."""
    path = path_for(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists()
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        if fresh:
            os.chmod(path, 0o600)  # names, roles and who did what: owner only
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA busy_timeout=30000")
        if con.execute("PRAGMA user_version").fetchone()[0] < VERSION:
            con.executescript(SCHEMA + f"PRAGMA user_version = {VERSION};")
        con.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()


def exists(db: str | os.PathLike[str] | None = None) -> bool:
    return path_for(db).exists()
