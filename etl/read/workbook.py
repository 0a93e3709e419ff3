"""Read a workbook's or CSV file's sheets as rows of cell values, with their merges.

Reading uses python-calamine (Rust): many times faster than openpyxl, and one reader for
.xlsx, .xlsm, .xls and .ods. Formulas are never evaluated and macros never run: calamine
only reads cached values. Rows come lazily (``iter_rows``), so a 500k-row sheet is never
held as Python objects all at once. Bytes are checked by :mod:`etl.safety` first.

An .xlsx sheet longer than its head is read in two parts when the caller asks for a
head of ``head_rows`` rows: the head from a cut copy of the workbook
(:mod:`etl.xlsx_head`), and the rest on demand (:class:`SheetRest`), as Arrow columns
when every column holds one cell type (:mod:`etl.blocks`) or as Python rows otherwise.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import python_calamine as pc
from openpyxl.utils import get_column_letter

from etl.read import blocks, formats, safety, xlsx_head
from etl.text import encoding_for_font


class ReadError(ValueError):
    """The file cannot be read; the message is Vietnamese. ``sheet``, ``row`` (a text
    file's line) and ``column`` say where, when one place is to blame."""

    def __init__(
        self, message: str, sheet: str = "", row: int | None = None, column: str | None = None
    ):
        super().__init__(message)
        self.sheet, self.row, self.column = sheet, row, column


@dataclass
class Sheet:
    name: str
    rows: Iterator[list[object]]  # row i is Excel row i + 1
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    encoding: str | None = None  # legacy font encoding used in the sheet, if any
    height: int = 0  # number of rows, for progress
    rest: SheetRest | None = None  # set when ``rows`` holds only the sheet's head
    # cells whose number format shows them as a percent: column -> Excel rows
    percent: dict[int, set[int]] = field(default_factory=dict)


class SheetRest:
    """The rows of an .xlsx sheet below its head, read only when asked for."""

    def __init__(self, content: bytes, file_name: str, sheet: str, first_row: int):
        self.content, self.file_name, self.sheet = content, file_name, sheet
        self.first_row = first_row

    def block(self) -> blocks.Block | None:
        """The rows as Arrow columns, or None when some column mixes cell types."""
        return blocks.read_block(self.content, self.sheet, self.first_row)

    def rows(self) -> Iterator[list[object]]:
        """The rows as python-calamine gives them (the whole sheet is parsed)."""
        with _read_errors(self.file_name):
            workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(self.content))
            sheet = workbook.get_sheet_by_name(self.sheet)
        return islice(_from_column_a(sheet), self.first_row, None)


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA': columns as Excel names them."""
    return get_column_letter(index + 1)


def read_sheets(
    content: bytes, file_name: str, head_rows: int | None = None, hidden_only: bool = False
) -> list[Sheet]:
    """All visible sheets of a workbook, or the one table of a CSV file. With
    ``head_rows``, a long .xlsx sheet's ``rows`` stop after its head, and its ``rest``
    reads the others. ``hidden_only`` gives the hidden sheets instead (to tell an
    analyst that the data sit on one)."""
    if hidden_only:
        try:
            container = safety.inspect(content, file_name)
        except safety.UnsafeFile as exc:
            raise ReadError(str(exc)) from exc
        if container.kind == "text":
            return []
        return _sheets(content, file_name, None, None, None, hidden=True)
    head = xlsx_head.HeadCopy(head_rows) if head_rows and blocks.available() else None
    try:
        container = safety.inspect(content, file_name, head.sink if head else None)
    except safety.UnsafeFile as exc:
        raise ReadError(str(exc), sheet=exc.sheet) from exc
    if container.kind == "text":
        return [_read_csv(content, file_name)]
    font_encoding = _legacy_font(content) if container.kind == "zip" else None
    cut = head.workbook() if head and container.kind == "zip" else None
    sheets = None
    if cut is not None:
        with contextlib.suppress(ReadError):  # the copy is ours: let the file itself decide
            sheets = _sheets(content, file_name, font_encoding, cut, head_rows)
    if sheets is None:
        sheets = _sheets(content, file_name, font_encoding, None, None)
    percent = formats.percent_cells(content, container.kind)
    for sheet in sheets:
        sheet.percent = percent.get(sheet.name, {})
    return sheets


def _sheets(
    content: bytes,
    file_name: str,
    font_encoding: str | None,
    cut: tuple[bytes, dict[str, xlsx_head.SheetCut]] | None,
    head_rows: int | None,
    hidden: bool = False,
) -> list[Sheet]:
    """The visible worksheets, read from the cut copy when there is one."""
    with _read_errors(file_name):
        workbook = pc.CalamineWorkbook.from_filelike(io.BytesIO(cut[0] if cut else content))
        sheets = []
        for meta in workbook.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet or hidden == (
                meta.visible == pc.SheetVisibleEnum.Visible
            ):
                continue  # hidden sheets hold drop-down lists and scratch work, not data
            sheet = workbook.get_sheet_by_name(meta.name)
            merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in sheet.merged_cell_ranges or []]
            read = Sheet(
                meta.name, _from_column_a(sheet), merged, font_encoding, sheet.total_height
            )
            part = cut[1].get(meta.name) if cut else None
            if part and part.cut and head_rows:
                read.rows = islice(read.rows, head_rows)
                read.height = part.height
                read.rest = SheetRest(content, file_name, meta.name, head_rows)
            sheets.append(read)
    return sheets


@contextlib.contextmanager
def _read_errors(file_name: str) -> Iterator[None]:
    """calamine's errors as a ReadError with a Vietnamese message."""
    try:
        yield
    except pc.PasswordError as exc:
        raise ReadError(
            f"Tệp {file_name} được đặt mật khẩu. Hãy gỡ mật khẩu trong Excel rồi gửi lại."
        ) from exc
    except Exception as exc:  # calamine raises several types for unreadable files
        raise ReadError(
            f"Không đọc được tệp {file_name}: đây không phải bảng tính Excel hợp lệ "
            f"hoặc tệp đã hỏng ({type(exc).__name__}: {exc})."
        ) from exc
    except BaseException as exc:
        # calamine panics on some malformed files (a sector past the end of an .xls, found
        # by fuzzing); pyo3 raises a panic as PanicException, which is not an Exception
        if type(exc).__name__ != "PanicException":
            raise
        raise ReadError(
            f"Không đọc được tệp {file_name}: tệp đã hỏng, trình đọc bảng tính dừng lại ({exc})."
        ) from exc


def _from_column_a(sheet: pc.CalamineSheet) -> Iterator[list[object]]:
    """Rows with their cells where Excel has them. calamine starts each row at the
    sheet's first used column, while merged ranges (and the column letters users see)
    count from A: a table that begins in column B would otherwise be read one column off."""
    rows = sheet.iter_rows()
    first_column = sheet.start[1] if sheet.start else 0
    if not first_column:
        return rows
    margin = [""] * first_column
    return (margin + row for row in rows)


_FONT_NAME = re.compile(rb'<(?:\w+:)?name val="([^"]+)"')


def _legacy_font(content: bytes) -> str | None:
    """'tcvn3' or 'vni' when the workbook's styles use a legacy Vietnamese font."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            styles = archive.read("xl/styles.xml")
    except (KeyError, zipfile.BadZipFile):
        return None
    for name in _FONT_NAME.findall(styles):
        encoding = encoding_for_font(name.decode("utf-8", "replace"))
        if encoding:
            return encoding
    return None


EXCEL_CELL_CHARS = 32_767  # Excel's own limit for the text of one cell


def _decode_text(content: bytes, file_name: str) -> str:
    """The text of a CSV/TSV/"Unicode Text" file: UTF-16 when it starts with a BOM
    (Excel's "Unicode Text" save), else UTF-8 (with or without BOM), else Windows-1258."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(
                f"Không đọc được tệp {file_name}: tệp UTF-16 bị hỏng ở byte {exc.start}."
            ) from exc
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes nearly any byte string
        raise ReadError(f"Không đọc được tệp {file_name}: mã ký tự không nhận ra.")
    if "\x00" in text:
        if content[1:2] == b"\x00" or content[:1] == b"\x00":  # UTF-16 without its BOM
            with contextlib.suppress(UnicodeDecodeError):
                return content.decode("utf-16-le" if content[1:2] == b"\x00" else "utf-16-be")
        raise ReadError(
            f"Không đọc được tệp {file_name}: tệp văn bản có ký tự NUL, không phải CSV. "
            "Hãy lưu lại từ Excel với 'CSV UTF-8' hoặc 'Unicode Text'."
        )
    return text


def _read_csv(content: bytes, file_name: str) -> Sheet:
    """A text table: CSV (comma or semicolon), TSV, or Excel's "Unicode Text" (.txt,
    UTF-16 with tabs). A quote that opens a cell and never closes is refused, naming
    its line: read on, it would swallow every row after it into one cell."""
    text = _decode_text(content, file_name)
    if file_name.lower().endswith(".tsv") or (
        content.startswith((b"\xff\xfe", b"\xfe\xff")) and "\t" in text[:8192]
    ):
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab
    else:
        dialect = _dialect(text[:65536])
    reader = csv.reader(io.StringIO(text), dialect)
    rows: list[list[object]] = []
    starts: list[int] = []  # the line each row starts on
    line = 1
    try:
        for row in reader:
            starts.append(line)
            line = reader.line_num + 1
            rows.append(list(row))
    except csv.Error as exc:  # a cell past the csv module's field limit, a stray NUL
        raise ReadError(
            f"Tệp {file_name}, dòng {line}: không đọc được ({exc}). Ô dài hơn 32.767 ký "
            "tự hoặc có ký tự lạ; Excel không tạo ra tệp như vậy.",
            row=line,
        ) from exc
    _check_quotes(text, rows, starts, dialect, file_name)
    return Sheet(Path(file_name).stem, iter(rows), height=len(rows))


def _dialect(sample: str) -> type[csv.Dialect]:
    """The separator that splits the file's first lines most evenly. csv.Sniffer guesses
    from character counts and takes ';' inside a quoted cell ("Đạt; chờ QĐ") for a
    separator of a ','-file or refuses a ';'-file; reading the lines with each
    candidate and keeping the one whose rows agree on their width does not."""
    lines = sample.splitlines()[:60]
    if len(lines) > 1:
        lines = lines[:-1]  # the sample may end inside a line
    best: tuple[int, int, int] = (0, 0, 0)
    chosen: type[csv.Dialect] = csv.excel
    for rank, (separator, dialect) in enumerate(
        ((",", csv.excel), (";", _Semicolon), ("\t", csv.excel_tab))
    ):
        widths = [len(row) for row in csv.reader(io.StringIO("\n".join(lines)), dialect)]
        widths = [w for w in widths if w > 1]
        if not widths or separator not in sample:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) * common, common, -rank)
        if score > best:
            best, chosen = score, dialect
    return chosen


class _Semicolon(csv.excel):
    delimiter = ";"


def _check_quotes(text: str, rows, starts: list[int], dialect, file_name: str) -> None:
    """Refuse a quote left open: the last row then runs to the end of the file."""
    if not rows or getattr(dialect, "quoting", csv.QUOTE_MINIMAL) == csv.QUOTE_NONE:
        return
    quote = getattr(dialect, "quotechar", '"') or '"'
    last_start = starts[-1]
    tail = "\n".join(text.splitlines()[last_start - 1 :])
    if tail.count(quote) % 2 == 0:
        return
    lines = text.splitlines()
    if len(lines) - last_start < 1:
        return  # one line: an odd quote inside a cell, read as it stands
    raise ReadError(
        f'Tệp {file_name}, dòng {last_start}: dấu ngoặc kép (") mở một ô nhưng không '
        "đóng, nên mọi dòng sau sẽ bị gộp vào ô đó. Hãy sửa ô này (xóa dấu ngoặc kép "
        "hoặc thêm dấu đóng) rồi gửi lại.",
        row=last_start,
    )
