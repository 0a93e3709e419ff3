"""The one module that opens the warehouse. Every read and every write goes through here.

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
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from etl import config
from etl.store import migrations


class WarehouseError(RuntimeError):
    """A problem with the warehouse file that a user can act on; the message is Vietnamese."""


class WarehouseBusy(WarehouseError):
    pass


class WarehouseMissing(WarehouseError):
    pass


class WarehouseFull(WarehouseError):
    """The disk (or the size a file may reach) is full: the write was undone."""


class WarehouseCorrupt(WarehouseError):
    """The file is damaged; the message says how to restore it from a backup."""

    def __init__(self, path: os.PathLike[str] | str, detail: str):
        super().__init__(
            f"Tệp kho dữ liệu {path} bị hỏng ({detail}); khôi phục từ bản sao lưu bằng "
            f"`python -m etl restore TỆP_SAO_LƯU --db {path}`."
        )
        self.path = Path(path)
        self.detail = detail

    def __reduce__(self):  # pickled as it was made (report jobs run in other processes)
        return type(self), (self.path, self.detail)


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
    """A DuckDB warehouse file and the locks that guard it."""

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
                return duckdb.connect(str(self.path), read_only=read_only)
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

    @contextlib.contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection, held only for the ``with`` block. A warehouse made by
        an earlier release is upgraded first (under the writer's lock)."""
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


def create(path: str | os.PathLike[str] | None = None) -> Warehouse:
    """Create (or open) a warehouse file with its schema and reference data."""
    wh = Warehouse(path)
    with wh.write():
        pass
    return wh
