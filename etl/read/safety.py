"""Checks on an uploaded file's bytes before any parser sees them.

A spreadsheet from outside is untrusted. Before calamine opens it we make sure it is the
container its name claims, that it is not encrypted, that its zip members do not inflate
past a limit (checked by inflating in bounded chunks, so a lying header cannot cheat and
memory stays flat), and that no XML part declares a DOCTYPE or entities, which we never
resolve. Each refusal is a Vietnamese sentence naming the file.
"""

from __future__ import annotations

import array
import io
import re
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from etl import config

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CHUNK = 1 << 20
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")  # CSV, TSV, Excel's "Unicode Text"


class Sink(Protocol):
    def write(self, chunk: bytes) -> None: ...


# Given a part's name, where its inflated bytes should also go (None: nowhere). Lets
# etl.xlsx_head collect what it needs in the same pass that checks the file.
SinkFor = Callable[[str], Sink | None]


class UnsafeFile(ValueError):
    """The file is refused before parsing; the message is Vietnamese."""

    def __init__(self, message: str, sheet: str = ""):
        super().__init__(message)
        self.sheet = sheet


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
        _check_ole(content, file_name)
        return Container("ole")
    if content.startswith(ZIP_MAGIC) or content[:2] == b"PK":
        return Container("zip", _check_zip(content, file_name, sink_for))
    if file_name.lower().endswith(TEXT_SUFFIXES):
        return Container("text")
    raise UnsafeFile(
        f"Tệp {file_name} không phải bảng tính (Excel .xlsx/.xlsm/.xls/.ods, hoặc CSV, TSV, Unicode Text .txt)."
    )


# An old .xls is a compound file: sectors linked in chains by a table (the FAT), small
# streams in 64-byte mini sectors linked by the MiniFAT. Sector numbers from 0xFFFFFFFA
# up are marks (end of chain, free...), not sectors.
_END_OF_CHAIN, _MARKS, _DIFAT_MARK = 0xFFFFFFFE, 0xFFFFFFFA, 0xFFFFFFFC


def _check_ole(content: bytes, file_name: str) -> None:
    """Walk the sector chains calamine will walk in an .xls, as it walks them, and
    refuse a file whose chains loop or lead past the table that links them.

    calamine follows a chain without looking for a loop, and indexes its table with
    whatever number a link holds: a 17 KB file whose directory chain loops made it
    allocate until the process was killed, a link past the table makes it panic (found
    by fuzzing, see tests/test_fuzz_loader.py). Here each link is followed at most once;
    a file Excel, LibreOffice or WPS wrote passes in well under a millisecond."""

    def broken(why: str) -> UnsafeFile:
        return UnsafeFile(
            f"Tệp {file_name} bị hỏng hoặc không đầy đủ (cấu trúc tệp Excel 97-2003 "
            f"không hợp lệ: {why}). Hãy mở bằng Excel, lưu lại rồi gửi lại."
        )

    def words(raw: bytes) -> array.array:
        table = array.array("I")
        table.frombytes(raw[: len(raw) // 4 * 4])
        if sys.byteorder == "big":
            table.byteswap()
        return table

    shift = int.from_bytes(content[30:32], "little")
    if len(content) < 512 or shift not in (9, 12):
        return  # calamine refuses such a file itself, without reading a chain
    header, size = words(content[:512]), 1 << shift
    # sector i begins at byte (i + 1) * size (the header is sector "-1"); calamine
    # panics on a sector that begins past the end of the file
    sectors = (len(content) - 1) // size

    def sector(sid: int, what: str) -> bytes:
        if sid >= sectors:
            raise broken(f"{what} trỏ tới sector {sid}, ngoài tệp")
        return content[(sid + 1) * size : (sid + 2) * size]

    def chain(start, table, what, length=None, unit=size, limit=sectors) -> list[int]:
        """The sectors (of ``unit`` bytes, numbered below ``limit``) of a chain, to its
        end or until ``length`` bytes are read, as calamine reads it."""
        sids, seen, sid = [], set(), start
        while sid != _END_OF_CHAIN and (length is None or len(sids) * unit < length):
            if sid >= min(len(table), limit):
                raise broken(f"{what} trỏ tới sector {sid}, ngoài tệp hoặc ngoài bảng liên kết")
            if sid in seen:
                raise broken(f"chuỗi sector của {what} lặp vòng")
            seen.add(sid)
            sids.append(sid)
            sid = table[sid]
        return sids

    # the FAT's own sectors: 109 named in the header, then a chain of DIFAT sectors
    difat = list(header[19:128])
    sid, seen_difat = header[17], set()
    while sid < _MARKS:
        if sid in seen_difat:
            raise broken("chuỗi DIFAT lặp vòng")
        seen_difat.add(sid)
        *more, sid = words(sector(sid, "DIFAT")) or [_END_OF_CHAIN]
        difat += more
    fat = array.array("I")
    for sid in difat:
        if sid < _DIFAT_MARK:
            fat += words(sector(sid, "FAT"))
    directory = b"".join(sector(s, "thư mục") for s in chain(header[12], fat, "thư mục"))
    entries = [
        (
            raw[:64].decode("utf-16-le", "ignore").split("\0", 1)[0],  # name
            int.from_bytes(raw[116:120], "little"),  # first sector
            int.from_bytes(raw[120 : 124 if size == 512 else 128], "little"),  # length
        )
        for raw in (directory[at : at + 128] for at in range(0, len(directory) - 127, 128))
    ]
    if not entries:
        return  # calamine refuses a file without a root entry itself
    minifat, mini_bytes = array.array("I"), 0
    if header[16]:  # calamine reads the mini streams only when the MiniFAT has sectors
        ministream = chain(entries[0][1], fat, "luồng nhỏ", entries[0][2])
        mini_bytes = min(entries[0][2], len(ministream) * size)
        minifat_sectors = chain(header[15], fat, "MiniFAT", header[16] * size)
        minifat = words(b"".join(sector(s, "MiniFAT") for s in minifat_sectors))
    for wanted in ("Workbook", "Book"):  # what calamine reads: the first one it finds
        found = next((e for e in entries if e[0] == wanted), None)
        if found is not None:
            if found[2] < 4096:  # a small stream lives in the mini stream's sectors; its
                # chain is walked to the end, as xlrd reads it (the percent formats)
                mini = -(-mini_bytes // 64)
                chain(found[1], minifat, f"luồng {wanted}", None, unit=64, limit=mini)
            else:
                chain(found[1], fat, f"luồng {wanted}", found[2])
            return


def _check_zip(content: bytes, file_name: str, sink_for: SinkFor | None) -> int:
    limit = max_inflated_bytes()
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = archive.infolist()
    except _ZIP_ERRORS as exc:  # NotImplementedError too: a central directory that
        # asks for a zip version Python cannot read (one flipped bit, found by fuzzing)
        raise UnsafeFile(
            f"Tệp {file_name} bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng): {exc}."
        ) from exc
    declared = sum(m.file_size for m in members)
    if declared > limit:
        raise UnsafeFile(_too_big(file_name, declared, limit))
    total = 0
    for member in members:
        sink = sink_for(member.filename) if sink_for else None
        extent = None
        if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
            extent = _Extent(sink)
        total += _inflate_bounded(archive, member, file_name, limit - total, extent or sink)
        if extent is not None:
            extent.check(file_name, lambda m=member.filename: _sheet_name(archive, m))
    return total


# Excel's own limits, and how many cells a sheet's used range may span before reading it
# would take gigabytes: calamine (like every reader) allocates the whole range, and a
# lone cell at XFD1048576 makes that 17 billion cells and aborts the process.
MAX_COLUMNS = 16_384  # XFD
MAX_ROWS = 1_048_576
# one literal prefix (r=") keeps the scan at C speed; only rare references match: two or
# more letters, or a row of seven digits
_FAR_REF = re.compile(rb'r="([A-Z](?:[A-Z]+\d+|\d{7,}))"')
_REF_PARTS = re.compile(rb"([A-Z]+)(\d+)")
_ROW_REF = re.compile(rb'<(?:[\w.-]+:)?row\b[^>]*?\sr="(\d+)"')


def max_cells() -> int:
    return int(float(config.get("max_sheet_cells_million")) * 1_000_000)


class _Extent:
    """Watches a worksheet's XML go by for how far its cells reach: references in
    columns AA and beyond or rows past 999,999 (rare, so the scan finds little), and the
    last row of each chunk. Passes the bytes on to ``sink``."""

    def __init__(self, sink: Sink | None):
        self.sink = sink
        self.columns = 26  # no reference with two letters: within A..Z
        self.rows = 0
        self.far: bytes | None = None  # the first reference beyond Excel's limits
        self._tail = b""

    def write(self, chunk: bytes) -> None:
        if self.sink is not None:
            self.sink.write(chunk)
        text = self._tail + chunk
        for ref in _FAR_REF.findall(text):
            letters, digits = _REF_PARTS.match(ref).groups()
            column, row = column_number(letters), int(digits)
            self.columns = max(self.columns, column)
            self.rows = max(self.rows, row)
            if self.far is None and (column > MAX_COLUMNS or row > MAX_ROWS):
                self.far = ref
        tail = text[-4096:]
        if rows := _ROW_REF.findall(tail):
            self.rows = max(self.rows, int(rows[-1]))
        self._tail = chunk[-64:]

    def check(self, file_name: str, sheet_name: Callable[[], str]) -> None:
        if self.far is not None:
            cell = self.far.decode()
            raise UnsafeFile(
                f"Tệp {file_name}, trang '{sheet_name()}': có ô {cell} nằm ngoài giới hạn "
                "của Excel (cột cuối XFD, dòng cuối 1.048.576); tệp không do Excel tạo ra. "
                "Hãy mở, xóa ô đó và lưu lại.",
                sheet=sheet_name(),
            )
        if self.columns * self.rows > max_cells():
            raise UnsafeFile(
                f"Tệp {file_name}, trang '{sheet_name()}': vùng dữ liệu trải tới dòng "
                f"{self.rows} và cột thứ {self.columns}, quá lớn để đọc an toàn. Hãy xóa "
                "các ô thừa ở xa bảng (Ctrl+End cho biết ô cuối) rồi lưu lại.",
                sheet=sheet_name(),
            )


def column_number(letters: bytes) -> int:
    """b'A' -> 1, b'XFD' -> 16384, for any number of letters (a hostile file may have
    more than Excel's three)."""
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


def _sheet_name(archive: zipfile.ZipFile, part: str) -> str:
    """A worksheet part's name as the analyst sees it (the part's path if unknown)."""
    from etl.read import xlsx_head

    try:
        names = xlsx_head.sheet_paths(
            archive.read("xl/workbook.xml"), archive.read("xl/_rels/workbook.xml.rels")
        )
    except (KeyError, *_ZIP_ERRORS):  # a message names the part when the names are lost
        return part
    return names.get(part, part)


# What zipfile raises for a damaged archive, besides BadZipFile: a truncated or garbled
# stream (zlib.error, EOFError), an unknown compression method or zip version
# (NotImplementedError), a central directory that points before the file's start
# (ValueError: negative seek value), a member flagged as encrypted by a zip tool's
# password (RuntimeError: password required). All were found by fuzzing; each is a
# refusal, never a crash.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    ValueError,
    RuntimeError,
)


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
    except _ZIP_ERRORS as exc:
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
