"""Is the warehouse file whole? Read every block it uses before anyone relies on it.

DuckDB verifies a block's checksum only when it reads that block, and a dashboard reads
few of them, so a damaged file can look fine for months and fail on the day of a report.
:func:`check` therefore reads all of it, twice over:

* DuckDB scans every column of every table, which verifies those blocks' checksums;
* the blocks no scan reads (the primary-key indexes, which only the next load would read,
  and the metadata) are verified here the way DuckDB does: each 256 KiB block starts with
  a checksum of the rest. Blocks on the file's free list hold nothing and are skipped, so a
  flip in one of them (harmless) goes unreported.

The file format read here (three 4 KiB headers, the free list in metadata blocks) is
DuckDB's storage format; ``tests/test_integrity.py`` checks it against DuckDB's own count
of free blocks, so an upgrade that changes it fails a test instead of this check.
"""

from __future__ import annotations

import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np

from etl import config
from etl.store.warehouse import Warehouse, WarehouseBusy, WarehouseCorrupt, WarehouseMissing

HEADER_SIZE = 4096  # the main header, then two database headers (the newer one is live)
BLOCK_START = 3 * HEADER_SIZE
CHECKSUM_SIZE = 8
METADATA_PARTS = 64  # a metadata block holds 64 small blocks
NO_BLOCK = 2**64 - 1
_FACTOR = np.uint64(0xBF58476D1CE4E5B9)


def checksum(payload: bytes) -> int:
    """DuckDB's block checksum: 5381 xor each 8-byte word times a constant."""
    if len(payload) % 8:  # never so in DuckDB's blocks and headers
        raise ValueError("payload is not whole 8-byte words")
    words = np.frombuffer(payload, dtype="<u8")
    with np.errstate(over="ignore"):
        return int(np.bitwise_xor.reduce(words * _FACTOR)) ^ 5381


@dataclass(frozen=True)
class Layout:
    """What the live header says: the block size, how many blocks, which are free."""

    block_size: int
    block_count: int
    free: frozenset[int]

    def used(self) -> list[int]:
        return [b for b in range(self.block_count) if b not in self.free]


class _Damaged(Exception):
    """A damage found while reading the layout; its text is the Vietnamese detail."""


def _verified(data: bytes, what: str) -> bytes:
    stored = struct.unpack_from("<Q", data)[0]
    if checksum(data[CHECKSUM_SIZE:]) != stored:
        raise _Damaged(f"{what} sai mã kiểm tra")
    return data[CHECKSUM_SIZE:]


def layout(path: str | os.PathLike[str]) -> Layout:
    """The live header's block size and count, and the free list (its blocks verified)."""
    try:
        return _layout(Path(path))
    except _Damaged as exc:
        raise WarehouseCorrupt(path, str(exc)) from None


def _layout(path: Path) -> Layout:
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(BLOCK_START)
        if len(head) < BLOCK_START:
            raise _Damaged(f"tệp bị cắt cụt: chỉ còn {size} byte, chưa hết phần đầu tệp")
        if head[CHECKSUM_SIZE : CHECKSUM_SIZE + 4] != b"DUCK":
            raise _Damaged("không phải tệp DuckDB: thiếu dấu hiệu DUCK ở đầu tệp")
        _verified(head[:HEADER_SIZE], "phần đầu tệp")
        headers = []
        for n in (1, 2):
            body = _verified(head[n * HEADER_SIZE : (n + 1) * HEADER_SIZE], f"phần đầu số {n}")
            headers.append(struct.unpack_from("<QQQQQ", body))
        _iteration, _meta, free_list, block_count, block_size = max(headers)

        def block(block_id: int) -> bytes:
            if not 0 <= block_id < block_count:
                raise _Damaged(f"danh sách khối trống trỏ tới khối {block_id} không có")
            f.seek(BLOCK_START + block_id * block_size)
            data = f.read(block_size)
            if len(data) < block_size:
                raise _Damaged(f"tệp bị cắt cụt: chỉ còn {size} byte, thiếu khối {block_id}")
            return _verified(data, f"khối {block_id}")

        part_size = (block_size - CHECKSUM_SIZE) // METADATA_PARTS // 8 * 8
        free: set[int] = set()
        if free_list != NO_BLOCK:
            words = _metadata_words(block, free_list, part_size)
            count = next(words)
            if count > block_count:
                raise _Damaged("danh sách khối trống không đọc được")
            free = {next(words) for _ in range(count)}
    return Layout(block_size, block_count, frozenset(free))


def _metadata_words(block, pointer: int, part_size: int):
    """The 8-byte words of a metadata chain: each small block starts with the next one's
    pointer (block id in the low 56 bits, which small block in the top 8)."""
    while True:
        block_id, index = pointer & (2**56 - 1), pointer >> 56
        if index >= METADATA_PARTS:
            raise _Damaged("danh sách khối trống không đọc được")
        part = block(block_id)[index * part_size : (index + 1) * part_size]
        pointer = struct.unpack_from("<Q", part)[0]
        yield from struct.unpack_from(f"<{(part_size - 8) // 8}Q", part, 8)
        if pointer == NO_BLOCK:
            raise _Damaged("danh sách khối trống không đọc được")


def _verify_blocks(path: Path, lay: Layout) -> None:
    size = path.stat().st_size
    with open(path, "rb") as f:
        for block_id in lay.used():
            f.seek(BLOCK_START + block_id * lay.block_size)
            data = f.read(lay.block_size)
            if len(data) < lay.block_size:
                raise _Damaged(f"tệp bị cắt cụt: chỉ còn {size} byte, thiếu khối {block_id}")
            _verified(data, f"khối {block_id}")


def _open(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as exc:
        text = str(exc).lower()
        if "lock" in text and ("conflicting" in text or "could not set" in text):
            raise WarehouseBusy(
                f"Kho dữ liệu {path.name} đang bị một chương trình khác giữ. Hãy đóng "
                "chương trình đó rồi kiểm tra lại."
            ) from exc
        raise _Damaged(f"DuckDB không mở được: {exc}") from exc
    except duckdb.Error as exc:
        raise _Damaged(f"DuckDB không mở được: {exc}") from exc


def _read_all(con: duckdb.DuckDBPyConnection) -> None:
    """Read every value of every table (DuckDB verifies each block it reads) and bind
    every view."""
    try:
        tables = con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() "
            "WHERE database_name = current_database() ORDER BY ALL"
        ).fetchall()
        for schema, table in tables:
            name = f'"{schema}"."{table}"'
            con.execute(f"SELECT count(*), bit_xor(hash(COLUMNS(*))) FROM {name}").fetchall()
        views = con.execute(
            "SELECT schema_name, view_name FROM duckdb_views() "
            "WHERE database_name = current_database() AND NOT internal"
        ).fetchall()
        for schema, view in views:
            con.execute(f'SELECT * FROM "{schema}"."{view}" LIMIT 0').fetchall()
    except duckdb.Error as exc:
        raise _Damaged(f"DuckDB báo lỗi khi đọc: {exc}") from exc


def _scan(path: Path) -> None:
    """DuckDB's part of the check alone (the tests show what it misses)."""
    con = _open(path)
    try:
        _read_all(con)
    finally:
        con.close()


def verify(path: str | os.PathLike[str]) -> None:
    """Check a file nobody writes meanwhile (a backup, a copy); raise WarehouseCorrupt."""
    path = Path(path)
    if not path.is_file():
        raise WarehouseMissing(f"Không có tệp kho dữ liệu {path}.")
    try:
        lay = _layout(path)  # the headers and the free list
        con = _open(path)
        try:
            free = con.execute("SELECT free_blocks FROM pragma_database_size()").fetchone()[0]
            # DuckDB agreeing on the free list means the format is the one read here; if
            # not (a newer DuckDB), its own scan below decides alone.
            if free == len(lay.free):
                _verify_blocks(path, lay)
            _read_all(con)
        finally:
            con.close()
    except _Damaged as exc:
        raise WarehouseCorrupt(path, str(exc)) from None


def check(path: str | os.PathLike[str] | None = None) -> None:
    """Check the warehouse under the readers' lock (dashboards keep reading meanwhile)."""
    wh = Warehouse(path)
    if not wh.exists():
        raise WarehouseMissing(
            f"Chưa có kho dữ liệu tại {wh.path}. Hãy chạy `make run` (dữ liệu mẫu) "
            "hoặc nạp tệp đầu tiên bằng `python -m etl load`."
        )
    with wh.shared():
        verify(wh.path)


_checked: dict[Path, tuple[tuple, WarehouseCorrupt | None]] = {}
_checked_lock = threading.Lock()


def _stamp(path: Path) -> tuple:
    """Changes whenever the file or its WAL does."""
    stamps = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
            stamps.append((st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            stamps.append(None)
    return tuple(stamps)


def check_once(path: str | os.PathLike[str] | None = None) -> None:
    """:func:`check`, remembered until the file changes (its path, mtime and size), so an
    app may call it on every run; a damaged file keeps raising."""
    resolved = config.db_path(path).resolve()
    stamp = _stamp(resolved)
    with _checked_lock:
        known = _checked.get(resolved)
    if known is None or known[0] != stamp:
        try:
            check(resolved)
            known = (stamp, None)
        except WarehouseCorrupt as exc:
            known = (stamp, exc)
        with _checked_lock:
            _checked[resolved] = known
    if known[1] is not None:
        raise known[1]
