"""DuckLake: the warehouse as Parquet files in a shared folder, its catalog in PostgreSQL.

One embedded DuckDB file lets one process write at a time. A lake lets any number of
processes, on any number of machines, read and write at once with snapshot isolation, and
it keeps every past snapshot, so "what did we report on 30/11?" is a query, not a backup.
This module is the lake's half of :mod:`etl.store.warehouse`; nothing else imports it.

Per process there is one in-memory DuckDB database with the extensions loaded from their
PyPI wheels' files (never ``INSTALL``: these machines have no internet), the lake attached
read-write as ``lake`` and, for pinned reads, the lake attached read-only at one snapshot
as ``lake_v<id>``. Each read or write gets its own cursor (a connection to that database),
so Streamlit's threads never share one. DuckLake has no sequences: batch ids come from
PostgreSQL sequences in the catalog's database, reached through the postgres extension.
"""

from __future__ import annotations

import contextlib
import importlib.util
import random
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar, TypeVar

import duckdb

T = TypeVar("T")

PREFIX = "ducklake:postgres:"
MAIN = "lake"
PG = "tiendo_pg"
# the extension, and the wheel (pip name) that carries its file
EXTENSIONS = {
    "postgres_scanner": "duckdb-extension-postgres-scanner",
    "ducklake": "duckdb-extension-ducklake",
    "httpfs": "duckdb-extension-httpfs",
}
SEQUENCES = ("batch_id", "mapping_id")  # ids DuckLake cannot give: PostgreSQL's
KEEP_PINNED = 6  # snapshots kept attached while unused: each holds catalog connections


class LakeError(RuntimeError):
    """A lake that cannot be used as set; the message is Vietnamese."""


def extension_file(name: str) -> Path:
    """The extension's file inside the wheel installed for this duckdb version."""
    wheel = EXTENSIONS[name]
    spec = importlib.util.find_spec(wheel.replace("-", "_"))
    if spec is not None and spec.submodule_search_locations:
        base = Path(next(iter(spec.submodule_search_locations)))
        found = base / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"
        if found.exists():
            return found
    raise LakeError(
        f"Thiếu phần mở rộng DuckDB '{name}' cho duckdb {duckdb.__version__}: cài gói "
        f"`pip install {wheel}=={duckdb.__version__}` (cùng phiên bản với duckdb)."
    )


def catalog_dsn(url: str) -> str:
    """The libpq connection string in ``ducklake:postgres:…``, refused if it holds a
    password: a setting is copied into files, scripts and process lists; libpq's own
    PGPASSWORD or ~/.pgpass is where a password belongs."""
    if not url.startswith(PREFIX):
        raise LakeError(
            f"TIENDO_WAREHOUSE không hợp lệ: '{url}'. Viết dạng "
            "`ducklake:postgres:dbname=… host=… port=… user=…`."
        )
    dsn = url[len(PREFIX) :].strip()
    if re.search(r"(^|\s)password\s*=", dsn, re.I) or re.search(r"://[^/@]*:[^/@]*@", dsn):
        raise LakeError(
            "TIENDO_WAREHOUSE không được chứa mật khẩu. Bỏ `password=…` và đặt mật khẩu "
            "PostgreSQL trong biến môi trường PGPASSWORD hoặc tệp ~/.pgpass."
        )
    return dsn


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def is_conflict(exc: BaseException) -> bool:
    """A commit refused because another transaction changed the same table first."""
    return isinstance(exc, duckdb.Error) and "conflict" in str(exc).lower()


class Lake:
    """The lake of one (catalog, data folder), attached once per process."""

    _instances: ClassVar[dict[tuple[str, str], Lake]] = {}
    _instances_lock: ClassVar[threading.Lock] = threading.Lock()

    @classmethod
    def get(cls, url: str, data_path: str) -> Lake:
        key = (url, data_path)
        with cls._instances_lock:
            if key not in cls._instances:
                cls._instances[key] = cls(url, data_path)
            return cls._instances[key]

    def __init__(self, url: str, data_path: str):
        self.dsn = catalog_dsn(url)
        if not data_path:
            raise LakeError(
                "Đã đặt TIENDO_WAREHOUSE nhưng chưa đặt TIENDO_DATA_PATH: thư mục (dùng chung) "
                "chứa các tệp dữ liệu của kho."
            )
        remote = "://" in data_path
        self.data_path = data_path if remote else str(Path(data_path).expanduser().resolve())
        if not remote:
            Path(self.data_path).mkdir(parents=True, exist_ok=True)
            self.data_path = self.data_path.rstrip("/") + "/"
        self._lock = threading.RLock()
        self._pinned: dict[int, int] = {}  # snapshot id -> readers using it now
        self._idle: list[int] = []  # attached, unused, oldest first
        self.retries = 0  # commits retried after a conflict, in this process
        self._db = duckdb.connect(
            config={
                "autoinstall_known_extensions": False,  # never from the internet
                "autoload_known_extensions": False,
            }
        )
        # no progress bar: DuckDB draws one on stdout for a query over 2 s, even into a
        # pipe, and it would write into `etl load --json` (a setting of each connection,
        # which cursors copy)
        self._db.execute("SET enable_progress_bar = false")
        names = ["postgres_scanner", "ducklake"] + (["httpfs"] if remote else [])
        for name in names:
            self._db.execute(f"LOAD {_quote(str(extension_file(name)))}")
        try:
            self._attach_catalog()
            self._db.execute(f"ATTACH {_quote(self.dsn)} AS {PG} (TYPE postgres)")
            self._make_sequences()
        except duckdb.Error as exc:
            raise LakeError(
                f"Không kết nối được danh mục kho DuckLake trên PostgreSQL ({self.dsn}): "
                f"{str(exc).splitlines()[0]}. Kiểm tra máy chủ, tên cơ sở dữ liệu, người dùng "
                "và mật khẩu (PGPASSWORD hoặc ~/.pgpass)."
            ) from exc

    def __repr__(self) -> str:
        return f"Lake({self.dsn!r}, {self.data_path!r})"

    def _attach_catalog(self, attempts: int = 5) -> None:
        """Attach the DuckLake catalog. On an empty catalog the first ATTACH creates
        DuckLake's tables; two processes starting together (two replicas, a loader) both
        try, and PostgreSQL refuses the second's CREATE TABLE once the first has
        committed. The catalog then exists, so the loser attaches again."""
        for attempt in range(attempts):
            try:
                self._db.execute(
                    f"ATTACH {_quote('ducklake:postgres:' + self.dsn)} AS {MAIN} "
                    f"(DATA_PATH {_quote(self.data_path)})"
                )
                return
            except duckdb.Error as exc:
                text = str(exc)
                racing = "Failed to initialize DuckLake" in text and (
                    "duplicate key" in text or "already exists" in text
                )
                if not racing or attempt == attempts - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))

    # ------------------------------------------------------------------ snapshots

    def current(self) -> int:
        """The lake's latest snapshot id."""
        return int(self._db.cursor().execute(f"FROM {MAIN}.current_snapshot()").fetchone()[0])

    def at(self, epoch: float) -> int | None:
        """The last snapshot committed at or before a moment (seconds since the epoch)."""
        row = (
            self._db.cursor()
            .execute(
                f"SELECT max(snapshot_id) FROM __ducklake_metadata_{MAIN}.ducklake_snapshot "
                "WHERE snapshot_time <= to_timestamp(?)",
                [epoch],
            )
            .fetchone()
        )
        return None if row[0] is None else int(row[0])

    def schema_floor(self) -> int:
        """The first snapshot with today's schema: an earlier one lacks tables or columns
        the pages read, so time travel before it reads this one and filters by batch
        history instead."""
        return int(
            self._db.cursor()
            .execute(
                f"""SELECT min(snapshot_id) FROM __ducklake_metadata_{MAIN}.ducklake_snapshot
                    WHERE schema_version = (SELECT max(schema_version)
                                            FROM __ducklake_metadata_{MAIN}.ducklake_snapshot)"""
            )
            .fetchone()[0]
        )

    def _attach(self, version: int) -> str:
        alias = f"{MAIN}_v{version}"
        with self._lock:
            if version not in self._pinned:
                self._db.execute(
                    f"ATTACH {_quote('ducklake:postgres:' + self.dsn)} AS {alias} "
                    f"(DATA_PATH {_quote(self.data_path)}, SNAPSHOT_VERSION {int(version)}, "
                    "READ_ONLY)"
                )
                self._pinned[version] = 0
            if version in self._idle:
                self._idle.remove(version)
            self._pinned[version] += 1
        return alias

    def _release(self, version: int) -> None:
        with self._lock:
            self._pinned[version] -= 1
            if self._pinned[version] == 0:
                self._idle.append(version)
            while len(self._idle) > KEEP_PINNED:
                old = self._idle.pop(0)
                del self._pinned[old]
                self._db.execute(f"DETACH {MAIN}_v{old}")

    # ------------------------------------------------------------------ connections

    @contextlib.contextmanager
    def read(self, version: int | None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor whose default catalog is the lake at ``version`` (None: the latest,
        as each statement finds it)."""
        con = self._db.cursor()
        if version is None:
            con.execute(f"USE {MAIN}")
            try:
                yield con
            finally:
                con.close()
            return
        alias = self._attach(version)
        try:
            con.execute(f"USE {alias}")
            yield con
        finally:
            con.close()
            self._release(version)

    @contextlib.contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the writable lake, outside any transaction."""
        con = self._db.cursor()
        try:
            con.execute(f"USE {MAIN}")
            yield con
        finally:
            con.close()

    def transact(self, fn: Callable[[duckdb.DuckDBPyConnection], T], timeout: float) -> T:
        """``fn(con)`` in one transaction; the whole of it again when the commit conflicts
        with another writer's (a concurrent supersede of the same batches, say), with a
        growing, jittered pause, until ``timeout`` seconds have passed."""
        deadline = time.monotonic() + timeout
        attempt = 1
        while True:
            with self.connection() as con:
                con.execute("BEGIN TRANSACTION")
                try:
                    result = fn(con)
                    con.execute("COMMIT")
                    return result
                except BaseException as exc:
                    # a failed COMMIT has ended the transaction already
                    with contextlib.suppress(duckdb.Error):
                        con.execute("ROLLBACK")
                    if not is_conflict(exc) or time.monotonic() >= deadline:
                        raise
            self.retries += 1
            attempt += 1
            print(
                f"Kho dữ liệu: một lượt ghi khác vừa đổi cùng bảng; ghi lại (lần {attempt}).",
                file=sys.stderr,
            )
            time.sleep(random.uniform(0.05, min(2.0, 0.05 * 2**attempt)))

    # ------------------------------------------------------------------ ids

    def next_id(self, con: duckdb.DuckDBPyConnection, name: str) -> int:
        """The next value of PostgreSQL sequence ``tiendo_<name>``. A sequence is outside
        the lake's transactions: an id drawn by a transaction that was then retried or
        rolled back is simply not used (gaps, never duplicates)."""
        if name not in SEQUENCES:
            raise ValueError(name)
        sql = f"SELECT nextval('tiendo_{name}')::BIGINT AS id"
        return int(con.execute(f"FROM postgres_query('{PG}', {_quote(sql)})").fetchone()[0])

    def _make_sequences(self) -> None:
        # IF NOT EXISTS is not safe against a concurrent CREATE in PostgreSQL: the loser
        # gets a unique violation, which here simply means "it exists now".
        for name in SEQUENCES:
            create = (
                f"DO $$ BEGIN CREATE SEQUENCE IF NOT EXISTS tiendo_{name}; "
                "EXCEPTION WHEN unique_violation OR duplicate_table THEN NULL; END $$"
            )
            self._db.execute(f"CALL postgres_execute('{PG}', {_quote(create)})")
