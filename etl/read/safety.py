"""Checks on an uploaded file's bytes before any parser sees them.

A spreadsheet from outside is untrusted. Before calamine opens it we make sure it is the
container its name claims, that it is not encrypted, that its zip members do not inflate
past a limit (checked by inflating in bounded chunks, so a lying header cannot cheat and
memory stays flat), and that no XML part declares a DOCTYPE or entities, which we never
resolve. Each refusal is a Vietnamese sentence naming the file.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from etl import config

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CHUNK = 1 << 20


class Sink(Protocol):
    def write(self, chunk: bytes) -> None: ...


# Given a part's name, where its inflated bytes should also go (None: nowhere). Lets
# etl.xlsx_head collect what it needs in the same pass that checks the file.
SinkFor = Callable[[str], Sink | None]


class UnsafeFile(ValueError):
    """The file is refused before parsing; the message is Vietnamese."""


@dataclass(frozen=True)
class Container:
    kind: str  # 'zip' (xlsx, xlsm, ods) | 'ole' (xls) | 'text' (csv)
    inflated_bytes: int = 0


def max_inflated_bytes() -> int:
    return int(float(config.get("max_inflated_mb")) * 1024 * 1024)


def inspect(content: bytes, file_name: str, sink_for: SinkFor | None = None) -> Container:
    """What the file really is, or UnsafeFile with the reason. A zip's parts are
    inflated for the checks; ``sink_for`` may ask to see their bytes on the way."""
    if not content:
        raise UnsafeFile(f"Tệp {file_name} rỗng (0 byte).")
    if content.startswith(OLE_MAGIC):
        if (
            b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e"
            in content
        ):
            raise UnsafeFile(
                f"Tệp {file_name} được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu "
                "(File > Info > Protect Workbook) rồi gửi lại."
            )
        return Container("ole")
    if content.startswith(ZIP_MAGIC) or content[:2] == b"PK":
        return Container("zip", _check_zip(content, file_name, sink_for))
    if file_name.lower().endswith((".csv", ".txt")):
        return Container("text")
    raise UnsafeFile(f"Tệp {file_name} không phải bảng tính (Excel .xlsx/.xlsm/.xls hoặc CSV).")


def _check_zip(content: bytes, file_name: str, sink_for: SinkFor | None) -> int:
    limit = max_inflated_bytes()
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnsafeFile(
            f"Tệp {file_name} bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng): {exc}."
        ) from exc
    declared = sum(m.file_size for m in members)
    if declared > limit:
        raise UnsafeFile(_too_big(file_name, declared, limit))
    total = 0
    for member in members:
        sink = sink_for(member.filename) if sink_for else None
        total += _inflate_bounded(archive, member, file_name, limit - total, sink)
    return total


def _inflate_bounded(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    file_name: str,
    budget: int,
    sink: Sink | None = None,
) -> int:
    """Inflate one member chunk by chunk, counting bytes; never holds more than a chunk."""
    is_xml = member.filename.endswith((".xml", ".rels", ".vml"))
    size = 0
    try:
        with archive.open(member) as stream:
            first = True
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > budget or size > member.file_size:
                    raise UnsafeFile(_too_big(file_name, size, max_inflated_bytes()))
                if is_xml and first and (b"<!DOCTYPE" in chunk[:4096] or b"<!ENTITY" in chunk):
                    raise UnsafeFile(
                        f"Tệp {file_name} chứa khai báo DOCTYPE/ENTITY trong phần "
                        f"{member.filename}; tiendo không xử lý các khai báo này. Hãy mở bằng "
                        "Excel và lưu lại thành tệp .xlsx mới."
                    )
                first = False
                if sink is not None:
                    sink.write(chunk)
    except UnsafeFile:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        if "password" in str(exc).lower() or "encrypted" in str(exc).lower():
            raise UnsafeFile(
                f"Tệp {file_name} được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại."
            ) from exc
        raise UnsafeFile(
            f"Tệp {file_name} bị hỏng hoặc không đầy đủ (phần {member.filename}: {exc})."
        ) from exc
    return size


def _too_big(file_name: str, size: int, limit: int) -> str:
    return (
        f"Tệp {file_name} khi giải nén vượt quá giới hạn {limit // (1024 * 1024)} MB "
        f"(ít nhất {size // (1024 * 1024)} MB); tiendo từ chối để bảo vệ máy chủ. "
        "Nếu đây là tệp thật, hãy chia nhỏ hoặc tăng TIENDO_MAX_INFLATED_MB."
    )
