"""The one module that opens the warehouse. Every read and every write goes through here.

There are two kinds of warehouse, with the same tables, views and features:

* embedded (the default): one DuckDB file, ``TIENDO_DB`` or ``--db``;
* a lake: DuckLake with its catalog in PostgreSQL and its data as Parquet files in a
  shared folder, chosen by ``TIENDO_WAREHOUSE`` (which then wins over every path). Any
  number of processes read and write at once; commits that conflict are retried. See
  :mod:`etl.store.lake`.

``Warehouse(path)`` gives whichever is set, so no caller chooses. Readers pin a
:class:`~etl.store.snapshots.Snapshot` (the latest, or a past moment) and read through it.

The embedded file
-----------------
DuckDB lets one process write a database file, or several processes read it, never both
at once. tiendo therefore never keeps the file open: each read or write opens it, does its
work and closes it, under a readers-writer lock on a sidecar file (``<db>.lock``):

* readers hold the lock shared; any number read together;
* a writer holds it exclusive, so it waits for running reads to end instead of failing;
* a writer first takes a gate (``<db>.gate``) that new readers pass through, so a stream of
  dashboard reads cannot starve a load.

Parsing and validating a spreadsheet happens before the lock is taken, so the time the
file is held is only the final insert. Waits are bounded by ``TIENDO_LOCK_TIMEOUT``; a
process outside tiendo holding DuckDB's own lock is retried with back-off, and only after
the timeout does anyone see a (Vietnamese) "busy" message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import duckdb

from etl import config
from etl.store import migrations
from etl.store.snapshots import Snapshot, shadow

T = TypeVar("T")


from etl.store.errors import (  # noqa: E402  (re-exported: the one door)
    WarehouseBusy,
    WarehouseCorrupt,
    WarehouseError,
    WarehouseFull,
    WarehouseMissing,
)


# Written by hand, not fasteners' InterProcessReaderWriterLock: that lock has no writer
# preference, so a steady stream of dashboard reads could hold off a load for ever; the
# gate below is the few lines that prevent it. (A lake needs neither: see LakeWarehouse.)
@contextlib.contextmanager
def _flock(path: Path, mode: int, timeout: float) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"Kho dữ liệu {path.with_suffix('').name} đang bận quá {timeout:.0f} giây "
                        "(một lượt nạp khác đang chạy). Vui lòng thử lại sau."
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _is_lock_conflict(exc: duckdb.Error) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


# DuckDB reports a failed write as text, with the C library's words for the errno.
_FULL = {
    os.strerror(errno.ENOSPC): "hết chỗ trống",
    os.strerror(errno.EFBIG): "tệp vượt quá cỡ cho phép",
}


def _as_warehouse_error(path: Path, exc: duckdb.Error) -> WarehouseError | None:
    """A full disk or a damaged block, in words a user can act on; None for anything else."""
    text = str(exc)
    for words, reason in _FULL.items():
        if words in text:
            return WarehouseFull(
                f"Không ghi được kho dữ liệu {path}: đĩa đầy ({reason}). Lượt ghi đã được hủy, "
                "số liệu đã có vẫn còn nguyên; hãy giải phóng chỗ trống trên đĩa rồi thử lại."
            )
    if "corrupt database file" in text.lower():
        return WarehouseCorrupt(path, f"DuckDB: {text}")
    return None


class Warehouse:
    """A DuckDB warehouse file and the locks that guard it; a :class:`LakeWarehouse`
    instead when ``TIENDO_WAREHOUSE`` names a lake."""

    mode = "embedded"

    def __new__(cls, *args, **kwargs):
        if cls is Warehouse and config.lake_url():
            return super().__new__(LakeWarehouse)
        return super().__new__(cls)

    def __init__(self, path: str | os.PathLike[str] | None = None, timeout: float | None = None):
        self.path = config.db_path(path).resolve()
        self.timeout = float(timeout if timeout is not None else config.get("lock_timeout"))
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._gate_path = self.path.with_name(self.path.name + ".gate")

    def __repr__(self) -> str:
        return f"Warehouse({str(self.path)!r})"

    def exists(self) -> bool:
        return self.path.exists()

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.timeout
        delay = 0.02
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=read_only)
                # no progress bar: DuckDB draws one on stdout for a query over 2 s, even
                # into a pipe, and it would break `etl load --json`
                con.execute("SET enable_progress_bar = false")
                return con
            except duckdb.IOException as exc:
                if not _is_lock_conflict(exc):
                    if (known := _as_warehouse_error(self.path, exc)) is not None:
                        raise known from exc
                    raise WarehouseError(
                        f"Không mở được kho dữ liệu {self.path}: tệp không phải cơ sở dữ liệu "
                        f"DuckDB hoặc đã hỏng ({exc})."
                    ) from exc
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"Kho dữ liệu {self.path.name} đang bị một chương trình khác giữ "
                        "quá lâu. Hãy đóng chương trình đó rồi thử lại."
                    ) from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def pin(self, at: dt.datetime | None = None) -> Snapshot:
        """The data now, or as it stood at ``at`` (an aware moment), to read through."""
        if at is not None and at >= dt.datetime.now(dt.UTC):
            at = None  # the future is the present
        return Snapshot(
            key=(self.mode, str(self.path), *self.version(), at), at=at, filtered=bool(at)
        )

    @contextlib.contextmanager
    def read(self, snapshot: Snapshot | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection, held only for the ``with`` block. A warehouse made by
        an earlier release is upgraded first (under the writer's lock). With a past
        ``snapshot``, the views show the batches current at that moment."""
        if not self.path.exists():
            raise WarehouseMissing(
                f"Chưa có kho dữ liệu tại {self.path}. Hãy chạy `make run` (dữ liệu mẫu) "
                "hoặc nạp tệp đầu tiên bằng `python -m etl load`."
            )
        for attempt in (1, 2):
            with _flock(self._gate_path, fcntl.LOCK_SH, self.timeout):
                pass  # wait here while a writer is queued
            with _flock(self._lock_path, fcntl.LOCK_SH, self.timeout):
                con = self._connect(read_only=True)
                try:
                    version = migrations.current_version(con)
                    if version is None:
                        raise WarehouseMissing(
                            f"Tệp {self.path} không phải kho dữ liệu tiendo (chưa có bảng nào). "
                            "Hãy nạp tệp đầu tiên bằng `python -m etl load` hoặc chọn tệp khác."
                        )
                    if version >= migrations.LATEST or attempt == 2:
                        if snapshot is not None and snapshot.filtered:
                            shadow(con, snapshot.at)
                        yield con
                        return
                finally:
                    con.close()
            self.upgrade()

    def upgrade(self) -> list[int]:
        """Apply pending migrations (see :mod:`etl.store.migrations`); their versions."""
        with self._writer() as con:
            return migrations.upgrade(con)

    def checkpoint(self) -> None:
        """Fold a WAL that a killed writer left into the file itself."""
        with self._writer() as con:
            con.execute("CHECKPOINT")

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        """The readers' lock without a connection: no writer changes the file inside."""
        with _flock(self._gate_path, fcntl.LOCK_SH, self.timeout):
            pass  # wait here while a writer is queued
        with _flock(self._lock_path, fcntl.LOCK_SH, self.timeout):
            yield

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """The writer's locks without a connection: nobody has the file open inside."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with (
            _flock(self._gate_path, fcntl.LOCK_EX, self.timeout),
            _flock(self._lock_path, fcntl.LOCK_EX, self.timeout),
        ):
            yield

    @contextlib.contextmanager
    def _writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection under the gate and the exclusive lock."""
        with self.exclusive():
            # The file, its WAL and its spill files hold personal data: only their owner may
            # read them. DuckDB creates them with the process umask, so narrow it meanwhile.
            umask = os.umask(0o077)
            try:
                con = self._connect(read_only=False)
                try:
                    yield con
                except duckdb.Error as exc:
                    if (known := _as_warehouse_error(self.path, exc)) is not None:
                        raise known from exc
                    raise
                finally:
                    con.close()
            finally:
                os.umask(umask)

    @contextlib.contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection inside one transaction: all of it commits, or none."""
        with self._writer() as con:
            migrations.upgrade(con)
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(duckdb.Error):  # a failed COMMIT has ended it already
                    con.execute("ROLLBACK")
                raise

    def transact(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """``fn(con)`` in one write transaction; its result. (A lake retries it whole when
        another writer's commit conflicts; here the writer's lock rules that out.)"""
        with self.write() as con:
            return fn(con)

    def next_id(self, con: duckdb.DuckDBPyConnection, name: str) -> int:
        """The next id of ``name`` ('batch_id', 'mapping_id'), inside a write."""
        return int(con.execute(f"SELECT nextval('{name}_seq')").fetchone()[0])

    def query(self, sql: str, params: list | dict | None = None):
        """Run one read query and return a pandas DataFrame."""
        with self.read() as con:
            return con.execute(sql, params or []).df()

    def version(self) -> tuple[float, int]:
        """Changes whenever the file does: a cache key for dashboard queries."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return (0.0, 0)
        return (st.st_mtime, st.st_size)


_LAKE_SCHEMA_SEEN: set[tuple[str, int]] = set()  # lake snapshots known to hold tiendo's tables


class LakeWarehouse(Warehouse):
    """The warehouse as a DuckLake (``TIENDO_WAREHOUSE``): no lock files, the lake's
    transactions instead; snapshots for time travel and for pinning a page's reads."""

    mode = "lake"

    def __init__(self, path: str | os.PathLike[str] | None = None, timeout: float | None = None):
        self.url = config.lake_url()
        self.data_path = config.get("data_path")
        self.path = config.db_path()  # the anchor of sidecar files, in the data folder
        self.timeout = float(timeout if timeout is not None else config.get("lock_timeout"))

    def __repr__(self) -> str:
        return f"LakeWarehouse({self.url!r})"

    @property
    def lake(self):
        from etl.store.lake import Lake, LakeError  # the extensions load only in lake mode

        try:
            return Lake.get(self.url, self.data_path)
        except LakeError as exc:
            raise WarehouseError(str(exc)) from exc

    def exists(self) -> bool:
        with self.lake.connection() as con:
            return migrations.current_version(con) is not None

    def version(self) -> tuple:
        return (self.lake.current(),)

    def pin(self, at: dt.datetime | None = None) -> Snapshot:
        """The lake's latest snapshot, or the last one committed by ``at``. A moment before
        the lake's schema took its present form (or before the lake) is read from the
        latest snapshot filtered by the batch history, as in embedded mode, so a page never
        meets an older schema."""
        lake = self.lake
        latest = lake.current()
        if at is None or at >= dt.datetime.now(dt.UTC):
            return Snapshot(key=(self.mode, self.url, latest), version=latest)
        found = lake.at(at.timestamp())
        if found is not None and found >= lake.schema_floor():
            return Snapshot(key=(self.mode, self.url, found), at=at, version=found)
        return Snapshot(key=(self.mode, self.url, latest, at), at=at, version=latest, filtered=True)

    @contextlib.contextmanager
    def read(self, snapshot: Snapshot | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        if snapshot is None:
            self._ready()
        version = snapshot.version if snapshot else None
        with self.lake.read(version) as con:
            # a pinned snapshot never changes: its schema is asked of the catalog once
            seen = (self.url, version)
            if seen not in _LAKE_SCHEMA_SEEN and migrations.current_version(con) is None:
                raise WarehouseMissing(
                    f"Kho dữ liệu chung ({self.url}) chưa có số liệu nào. Hãy nạp tệp đầu tiên "
                    "bằng `python -m etl load` hoặc tạo dữ liệu mẫu bằng `python -m etl demo`."
                )
            if version is not None:
                _LAKE_SCHEMA_SEEN.add(seen)
            if snapshot is not None and snapshot.filtered:
                shadow(con, snapshot.at)
            yield con

    def _ready(self) -> None:
        with self.lake.connection() as con:
            version = migrations.current_version(con)
        if version is not None and version < migrations.LATEST:
            self.upgrade()

    def upgrade(self) -> list[int]:
        """Apply pending migrations; another process doing the same at once is no error."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                with self.lake.connection() as con:
                    return migrations.upgrade(con)
            except duckdb.Error as exc:
                from etl.store.lake import is_conflict

                if not is_conflict(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.2)

    def checkpoint(self) -> None:
        """Nothing to fold: a lake has no WAL. (Its maintenance, compacting small files
        and expiring old snapshots, is an operator's choice: docs/deploy.md.)"""

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        yield  # the lake's snapshot isolation does what the readers' lock does

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        yield

    @contextlib.contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One attempt at a write transaction; prefer :meth:`transact`, which retries."""
        self.upgrade()
        with self.lake.connection() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    con.execute("ROLLBACK")
                raise

    def transact(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        self.upgrade()
        return self.lake.transact(fn, self.timeout)

    def next_id(self, con: duckdb.DuckDBPyConnection, name: str) -> int:
        return self.lake.next_id(con, name)


def create(path: str | os.PathLike[str] | None = None) -> Warehouse:
    """Create (or open) a warehouse file with its schema and reference data."""
    wh = Warehouse(path)
    with wh.write():
        pass
    return wh
