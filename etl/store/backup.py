"""A copy of the warehouse to keep, and putting one back.

A backup is taken under the readers' lock, so dashboards keep reading while it is made and
no load can change the file half-way through the copy. A WAL left by a killed writer holds
committed data the file alone lacks, so it is folded in first (under the writer's lock).
Every copy is opened and checked (:mod:`etl.store.integrity`) before it counts: a backup
that cannot be restored is worse than none. Copies are readable by their owner only.

Restoring checks the copy the same way (and its SHA-256 when ``FILE.sha256`` is there),
keeps the current warehouse beside it, and swaps the files with one rename under the
writer's lock, so a reader sees either the old warehouse or the restored one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.store import integrity, migrations
from etl.store.warehouse import Warehouse, WarehouseCorrupt, WarehouseError, WarehouseMissing

CHUNK = 1 << 20


class BackupRefused(WarehouseError):
    """A backup or restore that was not done; the message says why, in Vietnamese."""


@dataclass
class Backup:
    path: Path
    sha256: str
    size: int


@dataclass
class Restored:
    db: Path
    source: Path
    sha256: str
    kept: Path | None  # the warehouse it replaced, beside it; None if there was none


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sidecar(path: Path) -> Path:
    """Where ``sha256sum`` keeps a file's digest: ``FILE.sha256``."""
    return path.with_name(path.name + ".sha256")


def _wal(db: Path) -> Path:
    return db.with_name(db.name + ".wal")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_copy(source: Path, directory: Path, prefix: str) -> Path:
    """Copy ``source`` to a new owner-only file in ``directory``, on disk when returned."""
    for n in range(1000):
        tmp = directory / f".{prefix}.tmp-{os.getpid()}-{n}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            continue
    else:  # pragma: no cover - a thousand leftovers from one pid
        raise BackupRefused(f"Không tạo được tệp tạm trong {directory}.")
    try:
        os.fchmod(fd, 0o600)  # whatever the umask
        with open(source, "rb") as src, os.fdopen(fd, "wb", closefd=False) as dst:
            shutil.copyfileobj(src, dst, CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    return tmp


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, text.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return a.resolve() == b.resolve() or a.samefile(b)
    return False


def backup(out: str | os.PathLike[str], db: str | os.PathLike[str] | None = None) -> Backup:
    """Copy the warehouse to ``out`` (and its SHA-256 to ``out.sha256``), checked."""
    wh = Warehouse(db)
    out = Path(out).absolute()
    if not wh.exists():
        raise WarehouseMissing(f"Chưa có kho dữ liệu tại {wh.path}: không có gì để sao lưu.")
    if out.is_dir():
        raise BackupRefused(
            f"{out} là một thư mục; hãy ghi tên tệp sao lưu, ví dụ {out / 'kho.duckdb'}."
        )
    taken = [wh.path, *(wh.path.with_name(wh.path.name + s) for s in (".wal", ".lock", ".gate"))]
    if any(out == p or _same_file(out, p) for p in taken):
        raise BackupRefused(f"Không thể sao lưu kho dữ liệu {wh.path} đè lên chính nó ({out}).")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = None
    for _ in range(3):
        if _wal(wh.path).exists():
            wh.checkpoint()  # a writer was killed: its committed data is only in the WAL
        with wh.shared():
            if not _wal(wh.path).exists():
                tmp = _private_copy(wh.path, out.parent, out.name)
                break
    if tmp is None:
        raise BackupRefused(
            f"Không sao lưu được kho dữ liệu {wh.path}: tệp nhật ký {_wal(wh.path).name} "
            "vẫn còn sau khi gộp. Hãy thử lại."
        )
    try:
        integrity.verify(tmp)
    except WarehouseCorrupt as exc:
        tmp.unlink(missing_ok=True)
        raise BackupRefused(
            f"Không sao lưu được: bản sao của kho dữ liệu {wh.path} không đạt kiểm tra "
            f"({exc.detail}). Kho dữ liệu có thể đã hỏng; không ghi {out}."
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    digest = sha256_file(tmp)
    size = tmp.stat().st_size
    os.replace(tmp, out)
    _write_private(sidecar(out), f"{digest}  {out.name}\n")
    _fsync_dir(out.parent)
    return Backup(out, digest, size)


def _expected_sha256(file: Path) -> str | None:
    """The digest in ``FILE.sha256`` (``sha256sum`` format), None when there is none."""
    side = sidecar(file)
    if not side.exists():
        return None
    text = side.read_text(encoding="utf-8", errors="replace").strip()
    match = re.match(r"([0-9a-fA-F]{64})\b", text)
    if not match:
        raise BackupRefused(
            f"Tệp {side} không chứa mã SHA-256 (dạng của sha256sum); không khôi phục từ {file}."
        )
    return match.group(1).lower()


def _is_tiendo(path: Path) -> bool:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return migrations.current_version(con) is not None
    finally:
        con.close()


def _kept_name(db: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db.with_name(f"{db.name}.before-restore-{stamp}")
    n = 1
    while kept.exists():
        kept = db.with_name(f"{db.name}.before-restore-{stamp}-{n}")
        n += 1
    return kept


def restore(file: str | os.PathLike[str], db: str | os.PathLike[str] | None = None) -> Restored:
    """Put the copy ``file`` in place of the warehouse, keeping the current one beside it.
    A copy that fails its checks is refused and the warehouse is left untouched."""
    wh = Warehouse(db)
    source = Path(file).absolute()
    untouched = f"kho dữ liệu {wh.path} giữ nguyên"
    if not source.is_file():
        raise BackupRefused(f"Không có tệp sao lưu {source}; {untouched}.")
    if wh.exists() and _same_file(source, wh.path):
        raise BackupRefused(f"{source} chính là kho dữ liệu đang dùng; {untouched}.")
    expected = _expected_sha256(source)
    wh.path.parent.mkdir(parents=True, exist_ok=True)
    # The copy that is checked is the one that is swapped in: nothing can change between.
    tmp = _private_copy(source, wh.path.parent, wh.path.name + ".restore")
    try:
        digest = sha256_file(tmp)
        if expected is not None and digest != expected:
            raise BackupRefused(
                f"Bản sao lưu {source} không khớp mã SHA-256 ghi trong {sidecar(source).name} "
                f"(tính được {digest[:12]}…, ghi {expected[:12]}…): tệp đã bị sửa hoặc hỏng; "
                f"{untouched}."
            )
        try:
            integrity.verify(tmp)
        except WarehouseCorrupt as exc:
            raise BackupRefused(
                f"Bản sao lưu {source} bị hỏng ({exc.detail}); {untouched}."
            ) from None
        if not _is_tiendo(tmp):
            raise BackupRefused(
                f"Tệp {source} là cơ sở dữ liệu DuckDB nhưng không phải kho dữ liệu tiendo; "
                f"{untouched}."
            )
        with wh.exclusive():
            kept = None
            if wh.path.exists():
                kept = _kept_name(wh.path)
                try:
                    os.link(wh.path, kept)  # the same file under a second name: instant
                except OSError:
                    shutil.copy2(wh.path, kept)
                if _wal(wh.path).exists():  # a killed writer's WAL belongs to the old file
                    os.replace(_wal(wh.path), _wal(kept))
            os.replace(tmp, wh.path)
            _fsync_dir(wh.path.parent)
    finally:
        tmp.unlink(missing_ok=True)
    return Restored(wh.path, source, digest, kept)
