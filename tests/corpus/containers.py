"""Containers, encodings, limits and hostile files (LAYOUTS.md sections 7 and 6).

Each file is written the way Excel, LibreOffice, WPS or a clerk's text editor writes it:
CSV in UTF-8 with and without BOM, in Windows-1258 (tone marks as separate combining
characters), Excel's "Unicode Text" (UTF-16 LE), tab-separated text; old .xls (xlwt),
.xlsx under an .xls name, .xlsm; rosters over several sheets; a used range of a million
rows; hidden sheets of drop-down lists; TCVN3 (.VnTime) text. Then what Excel cannot make
or what is not a spreadsheet at all: an unbalanced quote, data only on a hidden sheet, a
cell past 32,767 characters, a column past XFD, an empty, truncated or mislabelled file.
The content is small officer rosters, NTM lists, indicators and training counts of Thanh
Hóa, so a load can be compared row by row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import xlwt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from tests.corpus.base import (
    MOTTO,
    MOTTO2,
    Case,
    case,
    d,
    legacy_commune,
    legacy_district,
)

PROVINCE = "Thanh Hóa"
ERA = "legacy"


# ----------------------------------------------------------------- the people


@dataclass(frozen=True)
class Person:
    name: str
    born: dt.date | int  # a date, or a year alone
    gender: str  # 'Nam' | 'Nữ'
    ethnicity: str
    commune: str  # as the reference writes it, without 'Xã' ('Tam Chung', 'Thị trấn ...')
    district: str  # 'Mường Lát'

    @property
    def code(self) -> str:
        return legacy_commune(PROVINCE, self.district, self.commune)


ML = [
    Person("Lò Văn Thắng", d(12, 3, 1987), "Nam", "Thái", "Tam Chung", "Mường Lát"),
    Person("Hà Thị Hoa", d(5, 11, 1989), "Nữ", "Mường", "Trung Lý", "Mường Lát"),
    Person("Vi Văn Tuấn", d(20, 10, 1990), "Nam", "Thái", "Mường Lý", "Mường Lát"),
    Person("Lương Thị Hường", d(23, 4, 1992), "Nữ", "Thái", "Pù Nhi", "Mường Lát"),
    Person("Giàng A Sử", d(1, 6, 1988), "Nam", "Mông", "Nhi Sơn", "Mường Lát"),
    Person("Phạm Thị Thu Trang", d(17, 8, 1991), "Nữ", "Kinh", "Quang Chiểu", "Mường Lát"),
    Person("Nguyễn Đức Thịnh", d(30, 1, 1986), "Nam", "Kinh", "Mường Chanh", "Mường Lát"),
    Person("Lò Thị Xuân", d(14, 2, 1993), "Nữ", "Thái", "Thị trấn Mường Lát", "Mường Lát"),
    Person("Hà Văn Lợi", d(9, 9, 1985), "Nam", "Mường", "Tam Chung", "Mường Lát"),
    Person("Sùng Thị Dua", d(25, 12, 1994), "Nữ", "Mông", "Trung Lý", "Mường Lát"),
]

QS = [
    Person("Lương Văn Hạnh", d(2, 7, 1987), "Nam", "Thái", "Na Mèo", "Quan Sơn"),
    Person("Phạm Thị Quỳnh", d(11, 11, 1990), "Nữ", "Thái", "Sơn Thủy", "Quan Sơn"),
    Person("Hà Văn Thuận", d(15, 5, 1988), "Nam", "Thái", "Trung Xuân", "Quan Sơn"),
    Person("Cầm Thị Ngọc", d(28, 2, 1992), "Nữ", "Thái", "Sơn Điện", "Quan Sơn"),
    Person("Vi Văn Nghĩa", d(6, 10, 1989), "Nam", "Thái", "Mường Mìn", "Quan Sơn"),
    Person("Lê Thị Ánh Tuyết", d(19, 3, 1991), "Nữ", "Kinh", "Tam Lư", "Quan Sơn"),
]

QH = [
    Person("Trương Thị Ngọc Ánh", d(8, 8, 1990), "Nữ", "Mường", "Phú Lệ", "Quan Hóa"),
    Person("Phạm Quốc Việt", d(21, 1, 1986), "Nam", "Kinh", "Hồi Xuân", "Quan Hóa"),
    Person("Lữ Văn Dũng", d(3, 12, 1988), "Nam", "Thái", "Nam Xuân", "Quan Hóa"),
    Person("Nguyễn Thị Huyền Trang", d(27, 6, 1993), "Nữ", "Kinh", "Trung Thành", "Quan Hóa"),
    Person("Bùi Thế Mạnh", d(16, 4, 1985), "Nam", "Mường", "Phú Xuân", "Quan Hóa"),
    Person("Lục Thị Ngần", d(4, 9, 1991), "Nữ", "Thái", "Hiền Kiệt", "Quan Hóa"),
]

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Xã", "Huyện", "Tỉnh"]


def _dmy(born: dt.date | int) -> str:
    return born.strftime("%d/%m/%Y") if isinstance(born, dt.date) else str(born)


def _officer(p: Person, ethnicity: bool = True, name: str | None = None) -> dict:
    """The officers row a person must give (NFC, as written)."""
    row = {
        "full_name": unicodedata.normalize("NFC", name or p.name),
        "birth_date": p.born if isinstance(p.born, dt.date) else None,
        "birth_year": p.born.year if isinstance(p.born, dt.date) else p.born,
        "gender": p.gender,
    }
    if ethnicity:
        row["ethnicity"] = p.ethnicity
    row["era"] = ERA
    row["commune_code"] = p.code
    return row


def _row(i: int, p: Person, notes: dict[int, str] | None = None) -> list:
    row = [i, p.name, _dmy(p.born), p.gender, p.ethnicity, p.commune, p.district, PROVINCE]
    if notes is not None:
        row.append(notes.get(i, ""))
    return row


# ----------------------------------------------------------------- text files


def _csv_text(rows: list[list], delimiter: str = ",", newline: str = "\r\n") -> str:
    """As Excel or LibreOffice writes a sheet: quotes only where a cell needs them."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Windows writes it: a letter the code page has whole (á, ê, ơ) stays
    one byte, any other toned letter is its base letter then the tone as a combining mark
    (ắ = ă + U+0301, ệ = ê + U+0323)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tones = "".join(c for c in parts if c in _TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def _officer_rows(people: list[Person], notes: dict[int, str] | None = None) -> list[list]:
    header = HEADER + (["Ghi chú"] if notes is not None else [])
    return [header] + [_row(i, p, notes) for i, p in enumerate(people, 1)]


@case("containers-csv-utf8-comma", "7 csv utf-8 no BOM, comma")
def csv_utf8_comma(folder: Path) -> Case:
    """LibreOffice on Linux: UTF-8 without BOM, LF line ends, a quoted cell with a comma."""
    people = ML[:5]
    notes = {2: "Chuyển từ xã Mường Lý về, tháng 3/2019", 4: "Nghỉ thai sản"}
    path = folder / "doi_ngu_can_bo_muong_lat.csv"
    path.write_bytes(_csv_text(_officer_rows(people, notes), ",", "\n").encode("utf-8"))
    assert b'"Chuy' in path.read_bytes()
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="UTF-8 CSV without BOM; Ghi chú quoted because it holds a comma",
    )


@case("containers-csv-utf8-bom-semicolon", "7 csv utf-8 BOM, semicolon")
def csv_utf8_bom_semicolon(folder: Path) -> Case:
    """Excel "CSV UTF-8" on a Vietnamese Windows: BOM, ';' (the list separator), CRLF."""
    people = QS
    path = folder / "can_bo_quan_son.csv"
    text = _csv_text(_officer_rows(people), ";", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="UTF-8 CSV with BOM, ';' separators, CRLF",
    )


@case("containers-csv-cp1258", "7 csv windows-1258")
def csv_cp1258(folder: Path) -> Case:
    """Excel "CSV (Comma delimited)" on a Vietnamese Windows: the ANSI code page 1258,
    whose toned letters are mostly a base letter and a combining tone. One name typed
    in capitals (LƯƠNG VĂN HẠNH: Ạ is A + U+0323 in this code page)."""
    people = [*QH, QS[0]]
    caps = "LƯƠNG VĂN HẠNH"
    rows = _officer_rows(people)
    rows[-1][1] = caps
    path = folder / "ds_can_bo_quan_hoa.csv"
    path.write_bytes(_cp1258(_csv_text(rows, ",", "\r\n")))
    raw = path.read_bytes()
    assert b"HA\xf2NH" in raw and b"Vi\xea\xf2t" in raw  # Ạ = A + U+0323, ệ = ê + U+0323
    expect = [_officer(p) for p in QH] + [_officer(QS[0], name=caps)]
    return Case(
        path,
        expect={"officers": expect},
        note="Windows-1258 CSV: combining tone marks must be stored NFC; a name in capitals",
    )


@case("containers-csv-utf8-tab", "7 csv tab separated")
def csv_utf8_tab(folder: Path) -> Case:
    """A .csv whose cells are separated by tabs (pasted from Excel into a text editor)."""
    people = ML[5:]
    path = folder / "danh_sach.csv"
    path.write_bytes(_csv_text(_officer_rows(people), "\t", "\r\n").encode("utf-8"))
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="UTF-8 .csv separated by tabs",
    )


@case("containers-tsv", "7 tsv")
def tsv(folder: Path) -> Case:
    """A .tsv downloaded from an online sheet: UTF-8, tabs, LF, nothing quoted."""
    people = QH[:4]
    path = folder / "Danh sach can bo - Quan Hoa.tsv"
    text = "".join("\t".join(str(v) for v in row) + "\n" for row in _officer_rows(people))
    path.write_bytes(text.encode("utf-8"))
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="UTF-8 .tsv, LF line ends",
    )


def _unicode_text(rows: list[list]) -> bytes:
    """Excel's "Unicode Text (*.txt)": UTF-16 LE with BOM, tabs, CRLF; a cell with a tab,
    quote or line break is quoted."""
    return b"\xff\xfe" + _csv_text(rows, "\t", "\r\n").encode("utf-16-le")


@case("containers-unicode-text-txt", "7 excel unicode text utf-16")
def unicode_text_txt(folder: Path) -> Case:
    people = ML[:4] + QS[:2]
    notes = {3: "Đang học lớp\nTrung cấp LLCT"}
    path = folder / "can_bo_cap_xa.txt"
    path.write_bytes(_unicode_text(_officer_rows(people, notes)))
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="Excel Unicode Text: UTF-16 LE BOM, tab separated, CRLF, .txt",
    )


@case("containers-csv-utf16-named-csv", "7 excel unicode text named .csv")
def csv_utf16(folder: Path) -> Case:
    """The same "Unicode Text" save, renamed .csv by the clerk so it opens in Excel."""
    people = QH[2:]
    path = folder / "bao_cao_can_bo.csv"
    path.write_bytes(_unicode_text(_officer_rows(people)))
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="UTF-16 LE with BOM, tab separated, named .csv",
    )


@case("containers-csv-quoted-line-break", "7 csv quoted cell with line break and comma")
def csv_quoted_line_break(folder: Path) -> Case:
    """Excel CSV UTF-8: a Ghi chú typed with Alt+Enter (a LF inside the quoted cell) and
    one with a comma; the people after them are rows of their own."""
    people = ML[:6]
    notes = {
        2: "Luân chuyển từ xã Trung Lý\nvề xã Mường Lý, năm 2019",
        3: 'Được bầu lại, nhiệm kỳ "2021-2026"',
        5: "Đi học lớp\nTrung cấp lý luận chính trị",
    }
    path = folder / "doi_vien.csv"
    text = _csv_text(_officer_rows(people, notes), ",", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    raw = path.read_bytes()
    assert b"Trung L\xc3\xbd\nv" in raw and b'""2021-2026""' in raw
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="quoted cells with a line break, a comma and doubled quotes are one cell each",
    )


@case("containers-csv-unbalanced-quote", "7 csv unbalanced quote refused")
def csv_unbalanced_quote(folder: Path) -> Case:
    """Typed by hand: a Ghi chú opens a quote on line 4 and never closes it. Read naively,
    every row after it would vanish into that one cell."""
    people = ML[:7]
    lines = [",".join([*HEADER, "Ghi chú"])]
    for i, p in enumerate(people, 1):
        note = '"Đi học lớp trung cấp LLCT' if i == 3 else ""
        lines.append(",".join(str(v) for v in _row(i, p)[:8]) + "," + note)
    path = folder / "can_bo_go_tay.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    assert path.read_bytes().decode().splitlines()[3].endswith('"Đi học lớp trung cấp LLCT')
    return Case(
        path,
        status="refused",
        error_at=[(None, 4)],
        note="a quote opens on line 4 and never closes: refuse naming line 4",
    )


@case("containers-empty-csv", "7 empty csv refused")
def empty_csv(folder: Path) -> Case:
    path = folder / "danh_sach_can_bo.csv"
    path.write_bytes(b"")
    return Case(path, status="refused", error_at=[(None, None)], note="a 0-byte .csv")


# ----------------------------------------------------------------- workbooks

BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _title_block(ws, district: str, title: str, width: int) -> int:
    """UBND / motto / title lines as a district office types them; returns the next row."""
    ws.cell(1, 1, "UBND TỈNH THANH HÓA")
    ws.cell(2, 1, f"UBND HUYỆN {district.upper()}").font = BOLD
    ws.cell(1, 5, MOTTO).font = BOLD
    ws.cell(2, 5, MOTTO2)
    ws.cell(4, 1, title).font = BOLD
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=width)
    ws.cell(4, 1).alignment = CENTER
    return 6


def _write_roster(
    ws,
    people: list[Person],
    top: int,
    header: list[str] | None = None,
    first_no: int = 1,
) -> int:
    """Header at ``top``, one row per person, dates as Excel dates; returns the last row."""
    header = header or HEADER
    for c, text in enumerate(header, 1):
        cell = ws.cell(top, c, text)
        cell.font = BOLD
        cell.alignment = CENTER
    r = top
    for i, p in enumerate(people, first_no):
        r += 1
        values = {
            "STT": i,
            "Họ và tên": p.name,
            "Ngày sinh": p.born,
            "Ngày, tháng, năm sinh": p.born,
            "Giới tính": p.gender,
            "Dân tộc": p.ethnicity,
            "Xã": p.commune,
            "Xã/thị trấn": p.commune,
            "Huyện": p.district,
            "Tỉnh": PROVINCE,
            "Ghi chú": "",
        }
        for c, text in enumerate(header, 1):
            cell = ws.cell(r, c, values[text] if values[text] != "" else None)
            if isinstance(values[text], dt.date):
                cell.number_format = "dd/mm/yyyy"
    return r


def _signature(ws, row: int) -> None:
    ws.cell(row, 5, "Mường Lát, ngày 10 tháng 01 năm 2020")
    ws.cell(row + 1, 2, "NGƯỜI LẬP BIỂU").font = BOLD
    ws.cell(row + 1, 5, "CHỦ TỊCH").font = BOLD
    ws.cell(row + 4, 2, "Hà Văn Khánh")
    ws.cell(row + 4, 5, "Lò Văn Pọm")


def _roster_workbook(people: list[Person], district: str = "Mường Lát") -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    top = _title_block(ws, district, "DANH SÁCH CÁN BỘ CẤP XÃ", len(HEADER))
    last = _write_roster(ws, people, top)
    _signature(ws, last + 2)
    return wb


def _xlsx_bytes(wb: Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@case("containers-xls", "7 old .xls")
def old_xls(folder: Path) -> Case:
    """Excel 97-2003 (.xls, BIFF8) with a title block, merged title, real dates, and one
    birth date typed as text."""
    people = QS
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("DS can bo")
    bold = xlwt.easyxf("font: bold on; align: horiz centre, vert centre, wrap on")
    date = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    ws.write(0, 0, "UBND HUYỆN QUAN SƠN")
    ws.write(1, 0, "PHÒNG NỘI VỤ", bold)
    ws.write(0, 4, MOTTO, bold)
    ws.write(1, 4, MOTTO2)
    ws.write_merge(3, 3, 0, len(HEADER) - 1, "DANH SÁCH CÁN BỘ CÔNG CHỨC CẤP XÃ", bold)
    for c, text in enumerate(HEADER):
        ws.write(5, c, text, bold)
    for i, p in enumerate(people, 1):
        r = 5 + i
        born = p.born.strftime("%d/%m/%Y") if i == 4 else p.born
        values = [i, p.name, born, p.gender, p.ethnicity, p.commune, p.district, PROVINCE]
        for c, v in enumerate(values):
            if isinstance(v, dt.date):
                ws.write(r, c, v, date)
            else:
                ws.write(r, c, v)
    path = folder / "danh_sach_can_bo_quan_son.xls"
    wb.save(str(path))
    assert path.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="old Excel .xls (BIFF8) written by xlwt",
    )


@case("containers-xls-percent-cells", "6 percent-formatted cells in .xls")
def xls_percent(folder: Path) -> Case:
    """Cultural-village indicators in .xls: two rate columns formatted as percent (the
    cell holds 0,793 and shows 79,3%), one typed as a plain number under "(%)"."""
    communes = [
        ("Phú Lệ", 0.793, 85.7, 0.4512, "x", "x"),
        ("Hồi Xuân", 0.92, 100, 0.0875, "x", "x"),
        ("Nam Xuân", 0.6815, 54.5, 0.3, "", "x"),
        ("Trung Thành", 0.7, 62.25, 0.2134, "", ""),
    ]
    header = [
        "STT",
        "Tên xã",
        "Huyện",
        "Tỷ lệ gia đình văn hóa (%)",
        "Tỷ lệ thôn văn hóa (%)",
        "Tỷ lệ hộ nghèo (%)",
        "Xã văn hóa",
        "Trụ sở kiên cố",
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Nam 2019")
    bold = xlwt.easyxf("font: bold on; align: wrap on")
    pct1 = xlwt.easyxf(num_format_str="0.0%")
    pct2 = xlwt.easyxf(num_format_str="0.00%")
    ws.write(0, 0, "UBND HUYỆN QUAN HÓA")
    ws.write(2, 0, "KẾT QUẢ XÂY DỰNG GIA ĐÌNH, THÔN, XÃ VĂN HÓA NĂM 2019", bold)
    for c, text in enumerate(header):
        ws.write(4, c, text, bold)
    expect = []
    for i, (name, gd, thon, ngheo, xvh, tskc) in enumerate(communes, 1):
        r = 4 + i
        ws.write(r, 0, i)
        ws.write(r, 1, f"Xã {name}" if not name.startswith("Hồi") else "Thị trấn Hồi Xuân")
        ws.write(r, 2, "Quan Hóa")
        ws.write(r, 3, gd, pct1)
        ws.write(r, 4, thon)
        ws.write(r, 5, ngheo, pct2)
        ws.write(r, 6, xvh or "Không")
        ws.write(r, 7, "Có" if tskc else "Không")
        code = legacy_commune(
            PROVINCE, "Quan Hóa", "Thị trấn Hồi Xuân" if name == "Hồi Xuân" else name
        )
        for indicator, value in (
            ("tỷ lệ gia đình văn hóa", gd * 100),
            ("tỷ lệ thôn văn hóa", float(thon)),
            ("tỷ lệ hộ nghèo", ngheo * 100),
            ("xã văn hóa", 1.0 if xvh else 0.0),
            ("trụ sở kiên cố", 1.0 if tskc else 0.0),
        ):
            expect.append(
                {
                    "era": ERA,
                    "commune_code": code,
                    "year": 2019,
                    "indicator": indicator,
                    "value": value,
                }
            )
    path = folder / "xa_van_hoa_quan_hoa_2019.xls"
    wb.save(str(path))
    return Case(
        path,
        expect={"commune_indicators": expect},
        note="percent-formatted cells hold 0.793: store 79.3",
    )


def _ntm_workbook() -> tuple[Workbook, list[dict]]:
    rows = [
        ("Tam Chung", 2019, 19, "Đạt chuẩn NTM", 2019),
        ("Trung Lý", 2019, 12, "", None),
        ("Mường Lý", 2019, 9, "", None),
        ("Quang Chiểu", 2019, 15, "", None),
        ("Thị trấn Mường Lát", 2019, 17, "", None),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "NTM 2019"
    header = ["TT", "Tên xã", "Huyện", "Năm", "Số tiêu chí đạt", "Mức đạt chuẩn", "Năm công nhận"]
    ws.cell(1, 1, "UBND HUYỆN MƯỜNG LÁT")
    ws.cell(3, 1, "KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ QUỐC GIA VỀ NÔNG THÔN MỚI NĂM 2019").font = BOLD
    for c, text in enumerate(header, 1):
        ws.cell(5, c, text).font = BOLD
    expect = []
    for i, (name, year, met, level, recognized) in enumerate(rows, 1):
        r = 5 + i
        values = [i, name, "Mường Lát", year, met, level or None, recognized]
        for c, v in enumerate(values, 1):
            ws.cell(r, c, v)
        expect.append(
            {
                "era": ERA,
                "commune_code": legacy_commune(PROVINCE, "Mường Lát", name),
                "year": year,
                "criteria_set": "2016-2020",
                "criteria_met": met,
                "ntm_level": "NTM" if level else None,
                "recognized_year": recognized,
            }
        )
    return wb, expect


@case("containers-xlsx-named-xls", "7 xlsx content under an .xls name")
def xlsx_named_xls(folder: Path) -> Case:
    """An .xlsx package that someone renamed .xls (or a web form saved so)."""
    wb, expect = _ntm_workbook()
    path = folder / "ntm_muong_lat_2019.xls"
    path.write_bytes(_xlsx_bytes(wb))
    assert path.read_bytes()[:2] == b"PK"
    return Case(
        path,
        expect={"commune_ntm": expect},
        note="zip (xlsx) bytes in a file named .xls",
    )


def _as_xlsm(data: bytes) -> bytes:
    """What Excel writes when a workbook is saved as .xlsm: the workbook part's content
    type is the macro-enabled one (a workbook with no macros has no vbaProject.bin)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
                assert b"macroEnabled" in body
            dst.writestr(info.filename, body)
    return out.getvalue()


@case("containers-xlsm", "7 xlsm")
def xlsm(folder: Path) -> Case:
    people = ML[:6]
    path = folder / "bieu_can_bo_muong_lat.xlsm"
    path.write_bytes(_as_xlsm(_xlsx_bytes(_roster_workbook(people))))
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note=".xlsm (macro-enabled content type, macros never run)",
    )


@case("containers-two-district-sheets", "7 several tables on one workbook's sheets")
def two_district_sheets(folder: Path) -> Case:
    """One workbook, one roster per district on its own sheet, each made by its own
    clerk: columns in another order, another heading for the birth date and the commune."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mường Lát"
    top = _title_block(ws, "Mường Lát", "DANH SÁCH CÁN BỘ CẤP XÃ HUYỆN MƯỜNG LÁT", 8)
    _write_roster(ws, ML[:5], top)
    ws2 = wb.create_sheet("Quan Sơn")
    top = _title_block(ws2, "Quan Sơn", "DANH SÁCH CÁN BỘ CẤP XÃ HUYỆN QUAN SƠN", 8)
    header = [
        "STT",
        "Họ và tên",
        "Giới tính",
        "Ngày, tháng, năm sinh",
        "Dân tộc",
        "Xã/thị trấn",
        "Huyện",
        "Tỉnh",
        "Ghi chú",
    ]
    _write_roster(ws2, QS, top + 1, header=header)
    path = folder / "can_bo_cap_xa_hai_huyen.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": [_officer(p) for p in ML[:5] + QS]},
        note="two sheets, each a roster of another district, both loaded",
    )


@case("containers-split-over-sheets", "7 one table split over several sheets")
def split_over_sheets(folder: Path) -> Case:
    """A long list typed page by page: "Trang 1" has the title and rows 1-6, "Trang 2"
    repeats the header and goes on from STT 7, then the signatures."""
    people = ML
    wb = Workbook()
    ws = wb.active
    ws.title = "Trang 1"
    top = _title_block(ws, "Mường Lát", "DANH SÁCH CÁN BỘ CẤP XÃ", len(HEADER))
    _write_roster(ws, people[:6], top)
    ws2 = wb.create_sheet("Trang 2")
    last = _write_roster(ws2, people[6:], 1, first_no=7)
    _signature(ws2, last + 2)
    path = folder / "danh_sach_2_trang.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="one list over sheets Trang 1 and Trang 2, header repeated: 10 people once each",
    )


@case("containers-million-row-space", "7 used range of a million rows")
def million_row_space(folder: Path) -> Case:
    """Ten people, and a single space someone typed in A1000000 (Ctrl+Down, space,
    Enter): the used range runs to row 1,000,000."""
    people = QS + QH[:4]
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    _write_roster(ws, people, 1)
    ws.cell(1_000_000, 1, " ")
    path = folder / "can_bo_muong_lat_1tr_dong.xlsx"
    wb.save(path)
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    assert b'ref="A1:H1000000"' in sheet
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="ten rows and a space at A1000000: the ten rows load",
    )


@case("containers-million-row-styled", "7 used range to the last row, styled empty cells")
def million_row_styled(folder: Path) -> Case:
    """Ten people, a title, and empty cells that only carry a fill: one half way down, one
    on the sheet's very last row (1,048,576), as left by formatting whole columns."""
    people = ML
    wb = Workbook()
    ws = wb.active
    ws.title = "DS"
    top = _title_block(ws, "Mường Lát", "DANH SÁCH CÁN BỘ CẤP XÃ", len(HEADER))
    _write_roster(ws, people, top)
    fill = PatternFill("solid", fgColor="FFFF99")
    ws.cell(524_288, 3).fill = fill
    ws.cell(1_048_576, 8).fill = fill
    path = folder / "ds_can_bo_dinh_dang.xlsx"
    wb.save(path)
    assert b"H1048576" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="styled empty cells down to row 1,048,576 around ten people",
    )


def _lists_sheet(ws) -> None:
    """A drop-down list sheet: columns that look like a table of communes."""
    lists = {
        "Giới tính": ["Nam", "Nữ"],
        "Dân tộc": ["Kinh", "Thái", "Mường", "Mông", "Dao", "Khơ Mú"],
        "Xã": ["Tam Chung", "Trung Lý", "Mường Lý", "Pù Nhi", "Nhi Sơn", "Quang Chiểu"],
        "Huyện": ["Mường Lát", "Quan Sơn", "Quan Hóa"],
        "Họ và tên": ["Nguyễn Văn A", "Trần Thị B"],  # the template's sample rows
    }
    for c, (head, values) in enumerate(lists.items(), 1):
        ws.cell(1, c, head)
        for r, v in enumerate(values, 2):
            ws.cell(r, c, v)


@case("containers-hidden-lists-sheet", "7 hidden sheet of drop-down lists")
def hidden_lists_sheet(folder: Path) -> Case:
    """The data sheet, and after it a hidden sheet "DM" of lists that the data sheet's
    drop-downs (data validation) take their values from."""
    people = ML[:6]
    wb = _roster_workbook(people)
    ws = wb.active
    dm = wb.create_sheet("DM")
    _lists_sheet(dm)
    dm.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=DM!$A$2:$A$3", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("D7:D200")
    dv2 = DataValidation(type="list", formula1="=DM!$C$2:$C$7", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("F7:F200")
    path = folder / "danh_sach_co_danh_muc.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="hidden list sheet DM (with a 'Xã' column and sample names) is skipped",
    )


@case("containers-very-hidden-lists-first", "7 very hidden list sheet before the data")
def very_hidden_lists_first(folder: Path) -> Case:
    """The list sheet comes first in the workbook and is "very hidden" (only VBA can show
    it), as some templates do."""
    people = QS
    wb = Workbook()
    dm = wb.active
    dm.title = "Danh muc"
    _lists_sheet(dm)
    dm.sheet_state = "veryHidden"
    ws = wb.create_sheet("Can bo")
    top = _title_block(ws, "Quan Sơn", "DANH SÁCH CÁN BỘ CẤP XÃ", len(HEADER))
    _write_roster(ws, people, top)
    wb.active = 1
    path = folder / "can_bo_quan_son.xlsx"
    wb.save(path)
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="a veryHidden list sheet before the data sheet is skipped",
    )


@case("containers-hidden-sheet-only-data", "7 data only on a hidden sheet refused")
def hidden_sheet_only_data(folder: Path) -> Case:
    """The roster sits on sheet "Danh sách cán bộ", hidden; the one visible sheet holds
    only the report's title. Nothing visible to load: refuse, naming the hidden sheet."""
    wb = Workbook()
    front = wb.active
    front.title = "Bìa"
    front.cell(2, 2, "UBND HUYỆN MƯỜNG LÁT").font = BOLD
    front.cell(4, 2, "BÁO CÁO DANH SÁCH CÁN BỘ CẤP XÃ NĂM 2019").font = BOLD
    data = wb.create_sheet("Danh sách cán bộ")
    _write_roster(data, ML, 1)
    data.sheet_state = "hidden"
    path = folder / "bao_cao_can_bo_2019.xlsx"
    wb.save(path)
    return Case(
        path,
        status="refused",
        error_at=[(None, None)],
        error_contains=["Danh sách cán bộ"],
        note="data only on hidden sheet 'Danh sách cán bộ': the message must name it",
    )


# ----------------------------------------------------------------- TCVN3 (.VnTime)

# TCVN 5712:1993 (the ".VnTime" fonts): each Vietnamese lower-case letter is one byte;
# only the seven capitals without a tone (Ă Â Ê Ô Ơ Ư Đ) have their own codes. In an
# .xlsx the byte b is stored as the character U+00bb (code page 1252 = Latin-1 here).
_TCVN3_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
_TCVN3_CODES = bytes.fromhex(
    "a1a2a3a4a5a6a7a8a9aaabacadae"
    "b5b6b7b8b9bbbcbdbec6c7c8c9cacb"
    "cccecfd0d1d2d3d4d5d6d7d8dcddde"
    "dfe1e2e3e4e5e6e7e8e9eaebecedee"
    "eff1f2f3f4f5f6f7f8f9fafbfcfdfe"
)
TCVN3 = dict(zip(_TCVN3_LETTERS, (chr(b) for b in _TCVN3_CODES), strict=True))


def tcvn3(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch)
        else:
            assert ch in TCVN3, f"{ch!r} cannot be typed in .VnTime"
            out.append(TCVN3[ch])
    return "".join(out)


@case("containers-tcvn3-vntime", "6 legacy TCVN3 font text")
def tcvn3_vntime(folder: Path) -> Case:
    """A roster typed with the ABC keyboard in the .VnTime font: every text cell holds
    TCVN3 bytes shown through Latin-1 ("Lß V¨n Th¾ng"), the font name says so."""
    people = ML[:6]
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sach"
    font = Font(name=".VnTime", size=13)
    bold = Font(name=".VnTime", size=13, bold=True)
    ws.cell(1, 1, tcvn3("UBND huyện Mường Lát")).font = font
    ws.cell(3, 1, tcvn3("Danh sách cán bộ cấp xã")).font = bold
    for c, text in enumerate(HEADER, 1):
        ws.cell(5, c, tcvn3(text)).font = bold
    for i, p in enumerate(people, 1):
        values = [i, p.name, p.born, p.gender, p.ethnicity, p.commune, p.district, PROVINCE]
        for c, v in enumerate(values, 1):
            cell = ws.cell(5 + i, c, tcvn3(v) if isinstance(v, str) else v)
            cell.font = font
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
    path = folder / "danh_sach_vntime.xlsx"
    wb.save(path)
    assert tcvn3("Lò Văn Thắng") == "L\xdf V\xa8n Th\xbeng"
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="TCVN3 text in .VnTime cells must be stored as Unicode NFC",
    )


# ----------------------------------------------------------------- limits and hostile

_PLACEHOLDER = "@@CELL-TEXT@@"


def _with_long_cell(wb: Workbook, text: str) -> bytes:
    """The workbook saved, then the cell holding ``_PLACEHOLDER`` given ``text`` in the
    sheet XML itself: openpyxl cuts any cell at 32,767 characters on assignment, so a
    longer cell (which Excel cannot make either) has to be put into the package by hand."""
    src = zipfile.ZipFile(io.BytesIO(_xlsx_bytes(wb)))
    marker = _PLACEHOLDER.encode()
    out = io.BytesIO()
    done = False
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if marker in body:
                body = body.replace(marker, escape(text).encode("utf-8"))
                done = True
            dst.writestr(info.filename, body)
    assert done, "placeholder cell not found"
    return out.getvalue()


@case("containers-cell-too-long", "6 cell longer than Excel allows refused")
def cell_too_long(folder: Path) -> Case:
    """A Ghi chú of 40,000 characters on row 9 of "Danh sách": Excel stops a cell at
    32,767, so no clerk's Excel made this file."""
    people = ML[:6]
    wb = _roster_workbook(people)
    ws = wb.active
    ws.cell(6, 9, "Ghi chú").font = BOLD
    long_note = ("Đã hoàn thành tốt nhiệm vụ được giao. " * 1100)[:40_000]
    assert len(long_note) == 40_000
    ws.cell(9, 9, _PLACEHOLDER)  # the third person: header on row 6
    path = folder / "can_bo_ghi_chu_dai.xlsx"
    path.write_bytes(_with_long_cell(wb, long_note))
    return Case(
        path,
        status="refused",
        error_at=[("Danh sách", 9)],
        note="a 40,000-character cell (I9) is beyond Excel: refuse naming sheet and row",
    )


@case("containers-cell-20-mb", "6 a 20 MB cell refused")
def cell_20_mb(folder: Path) -> Case:
    """A 20-million-character cell (a few kilobytes on disk): refused, quickly, naming the
    sheet and row, without reading it into a table."""
    people = ML[:3]
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _write_roster(ws, people, 1)
    ws.cell(1, 9, "Ghi chú")
    ws.cell(3, 9, _PLACEHOLDER)
    path = folder / "can_bo_o_20mb.xlsx"
    path.write_bytes(_with_long_cell(wb, "A" * 20_000_000))
    assert path.stat().st_size < 1_000_000
    return Case(
        path,
        status="refused",
        error_at=[("Sheet1", 3)],
        note="a 20,000,000-character cell in I3: refuse naming the sheet and row",
    )


_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _column(n: int) -> str:
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _cell_xml(ref: str, value: object) -> str:
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def _hand_xlsx(sheet_name: str, cells: dict[tuple[int, int], object]) -> bytes:
    """The smallest .xlsx package by hand: content types, package and workbook
    relationships, the workbook, one sheet of inline strings. (row, column) -> value."""
    rows: dict[int, list[str]] = {}
    for (r, c), v in sorted(cells.items()):
        rows.setdefault(r, []).append(_cell_xml(f"{_column(c)}{r}", v))
    last_col = max(c for _, c in cells)
    last_row = max(r for r, _ in cells)
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}"><dimension ref="A1:{_column(last_col)}{last_row}"/>'
        "<sheetData>"
        + "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in rows.items())
        + "</sheetData></worksheet>"
    )
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            f'ContentType="{_CT}.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            f'<sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return out.getvalue()


@case("containers-too-wide", "6 sheet wider than Excel allows refused")
def too_wide(folder: Path) -> Case:
    """A roster with one more cell at XFE5, column 16,385: past XFD, the last column
    Excel has. Written by hand (Excel and openpyxl cannot)."""
    sheet = "Danh sách"
    cells: dict[tuple[int, int], object] = {}
    for c, text in enumerate(HEADER, 1):
        cells[(1, c)] = text
    for i, p in enumerate(ML[:6], 1):
        for c, v in enumerate(_row(i, p), 1):
            cells[(1 + i, c)] = v
    cells[(5, 16_385)] = "x"
    assert _column(16_384) == "XFD" and _column(16_385) == "XFE"
    path = folder / "danh_sach_qua_rong.xlsx"
    path.write_bytes(_hand_xlsx(sheet, cells))
    assert b'r="XFE5"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    return Case(
        path,
        status="refused",
        error_at=[(sheet, None)],
        note="a cell at XFE5 (column 16,385) is beyond Excel: refuse naming the sheet",
    )


@case("containers-empty-xlsx", "7 empty .xlsx refused")
def empty_xlsx(folder: Path) -> Case:
    path = folder / "danh_sach_can_bo.xlsx"
    path.write_bytes(b"")
    return Case(path, status="refused", error_at=[(None, None)], note="a 0-byte .xlsx")


@case("containers-truncated-xlsx", "7 truncated .xlsx refused")
def truncated_xlsx(folder: Path) -> Case:
    """The first half of a real roster workbook (an e-mail attachment cut off)."""
    data = _xlsx_bytes(_roster_workbook(ML))
    path = folder / "can_bo_muong_lat.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert path.read_bytes()[:2] == b"PK"
    return Case(
        path,
        status="refused",
        error_at=[(None, None)],
        note="only the first half of an .xlsx: refused, no crash",
    )


@case("containers-text-named-xlsx", "7 a text file named .xlsx refused")
def text_named_xlsx(folder: Path) -> Case:
    """A covering letter saved as plain text with an .xlsx name: not a spreadsheet."""
    letter = (
        "UBND HUYỆN MƯỜNG LÁT\r\n"
        "PHÒNG NỘI VỤ\r\n"
        "\r\n"
        "Kính gửi: Sở Nội vụ tỉnh Thanh Hóa\r\n"
        "\r\n"
        "Phòng Nội vụ huyện Mường Lát gửi danh sách cán bộ cấp xã năm 2019 "
        "(gửi kèm theo bản giấy). Trân trọng./.\r\n"
    )
    path = folder / "danh_sach_can_bo_2019.xlsx"
    path.write_bytes(letter.encode("utf-8"))
    return Case(
        path,
        status="refused",
        error_at=[(None, None)],
        note="plain text under an .xlsx name",
    )


# ----------------------------------------------------------------- values in text files


@case("containers-csv-dates-as-text", "6 dates typed as text in a csv")
def csv_dates_as_text(folder: Path) -> Case:
    """Birth dates as clerks type them, all day first: 12/3/1990, 12/03/90, 03-12-1991,
    12.03.1989, 'ngày 25 tháng 7 năm 1985', 5/11/1988 (5 November), a year alone."""
    typed = [
        ("12/3/1990", d(12, 3, 1990)),
        ("12/03/90", d(12, 3, 1990)),
        ("03-12-1991", d(3, 12, 1991)),
        ("12.03.1989", d(12, 3, 1989)),
        ("ngày 25 tháng 7 năm 1985", d(25, 7, 1985)),
        ("5/11/1988", d(5, 11, 1988)),
        ("1987", 1987),
        ("23/04/92", d(23, 4, 1992)),
    ]
    base_people = ML[:4] + QS[:4]
    people = [
        Person(p.name, born, p.gender, p.ethnicity, p.commune, p.district)
        for p, (_, born) in zip(base_people, typed, strict=True)
    ]
    rows = _officer_rows(people)
    for row, (text, _) in zip(rows[1:], typed, strict=True):
        row[2] = text
    path = folder / "can_bo_ngay_sinh.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _csv_text(rows, ",", "\r\n").encode("utf-8"))
    return Case(
        path,
        expect={"officers": [_officer(p) for p in people]},
        note="text dates, day first; a two-digit year; a year alone gives only birth_year",
    )


@case("containers-csv-cp1258-indicators", "6 numbers and percents in a cp1258 csv")
def csv_cp1258_indicators(folder: Path) -> Case:
    """Vietnamese Excel's CSV: Windows-1258, ';' between cells, ',' for decimals, rates
    as '79,3%' or '85,7' under a (%) heading, yes/no as x / Có / Không / 0 / 1, and a '-'
    for a rate nobody measured (blank: no row)."""
    header = [
        "STT",
        "Tên xã",
        "Huyện",
        "Năm",
        "Tỷ lệ gia đình văn hóa (%)",
        "Tỷ lệ thôn văn hóa (%)",
        "Tỷ lệ hộ nghèo (%)",
        "Xã văn hóa",
        "Trụ sở kiên cố",
    ]
    data = [
        ("Tam Chung", "Mường Lát", "79,3%", "85,7", "45,12%", "Không", "Có"),
        ("Trung Lý", "Mường Lát", "92%", "100", "38,5", "x", "x"),
        ("Pù Nhi", "Mường Lát", "81,25%", "66,7%", "-", "0", "1"),
        ("Na Mèo", "Quan Sơn", "88,0%", "71,43", "27,06%", "Đạt", "Có"),
        ("Sơn Thủy", "Quan Sơn", "90,5%", "", "19,8 %", "Không", "Không"),
    ]
    names = [
        "tỷ lệ gia đình văn hóa",
        "tỷ lệ thôn văn hóa",
        "tỷ lệ hộ nghèo",
        "xã văn hóa",
        "trụ sở kiên cố",
    ]

    def number(text: str) -> float | None:
        text = text.replace("%", "").strip()
        if text in ("", "-"):
            return None
        return float(text.replace(".", "").replace(",", "."))

    def mark(text: str) -> float | None:
        if text == "":
            return None
        return 1.0 if text in ("x", "Có", "Đạt", "1") else 0.0

    rows = [header]
    expect = []
    for i, (commune, district, *values) in enumerate(data, 1):
        rows.append([i, commune, district, 2019, *values])
        code = legacy_commune(PROVINCE, district, commune)
        for k, (indicator, text) in enumerate(zip(names, values, strict=True)):
            value = number(text) if k < 3 else mark(text)
            if value is not None:
                expect.append(
                    {
                        "era": ERA,
                        "commune_code": code,
                        "year": 2019,
                        "indicator": indicator,
                        "value": value,
                    }
                )
    path = folder / "van_hoa_2019.csv"
    path.write_bytes(_cp1258(_csv_text(rows, ";", "\r\n")))
    assert len(expect) == 23
    return Case(
        path,
        expect={"commune_indicators": expect},
        note="cp1258 ';' CSV: '79,3%' is 79.3, '85,7' is 85.7, '-' and blank give no row",
    )


MET = ["x", "X", "x ", "Đ", "Đạt", "đạt", "1", "✓", "Có"]
NOT_MET = ["", "0", "-", "CĐ", "Chưa đạt", "Không đạt", "K", "Không"]


@case("containers-csv-ntm-marks", "6 criterion marks in a utf-8 csv")
def csv_ntm_marks(folder: Path) -> Case:
    """An NTM matrix exported as CSV UTF-8 (';'): TC1 … TC19 marked every way clerks mark
    them (✓ needs UTF-8: it has no byte in Windows-1258). Every spelling of met and of not
    met is used at least once."""
    rng = random.Random(7)
    communes = [
        ("Tam Chung", 19, "Đạt chuẩn NTM", 2023),
        ("Trung Lý", 15, "", None),
        ("Mường Lý", 11, "", None),
        ("Nhi Sơn", 13, "", None),
    ]
    header = ["STT", "Tên xã", "Huyện", "Năm"]
    header += [f"TC{n}" for n in range(1, 20)]
    header += ["Số tiêu chí đạt", "Mức đạt chuẩn", "Năm đạt chuẩn"]
    rows = [header]
    ntm, criteria = [], []
    n_met = n_not = 0
    for i, (commune, met_count, level, recognized) in enumerate(communes, 1):
        met_set = set(rng.sample(range(1, 20), met_count))
        code = legacy_commune(PROVINCE, "Mường Lát", commune)
        marks = []
        for n in range(1, 20):
            if n in met_set:
                marks.append(MET[n_met % len(MET)])
                n_met += 1
            else:
                marks.append(NOT_MET[n_not % len(NOT_MET)])
                n_not += 1
            criteria.append(
                {
                    "era": ERA,
                    "commune_code": code,
                    "year": 2023,
                    "criterion_no": n,
                    "met": n in met_set,
                }
            )
        rows.append([i, commune, "Mường Lát", 2023, *marks, met_count, level, recognized])
        ntm.append(
            {
                "era": ERA,
                "commune_code": code,
                "year": 2023,
                "criteria_set": "2021-2025",
                "criteria_met": met_count,
                "ntm_level": "NTM" if level else None,
                "recognized_year": recognized,
            }
        )
    assert n_met >= len(MET) and n_not >= len(NOT_MET)
    path = folder / "ntm_muong_lat_2023.csv"
    text = _csv_text(rows, ";", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return Case(
        path,
        expect={"commune_ntm": ntm, "commune_ntm_criteria": criteria},
        note="criterion marks x X 'x ' Đ Đạt đạt 1 ✓ Có / blank 0 - CĐ Chưa đạt Không đạt K Không",
    )


@case("containers-csv-training-thousands", "6 thousands separators in a csv cross-tab")
def csv_training_thousands(folder: Path) -> Case:
    """A training cross-tab saved as CSV from Vietnamese Excel: the title block comes
    along as rows, the merged group header leaves its value in the first cell only,
    counts are shown with '.' for thousands ('1.234'), '-' is none, blank unknown."""
    cmnv_levels = ["Trung cấp", "Cao đẳng", "Đại học"]
    llct_levels = ["Sơ cấp", "Trung cấp", "Cao cấp"]
    levels = cmnv_levels + llct_levels
    units = [
        ("TP. Thanh Hóa", "Thành phố Thanh Hóa", ["1.234", "856", "45"], ["2.015", "312", "-"]),
        ("Huyện Mường Lát", "Mường Lát", ["118", "-", ""], ["96", "41", "3"]),
        ("Huyện Quan Sơn", "Quan Sơn", ["203", "27", "-"], ["1.102", "58", "6"]),
    ]
    width = 2 + len(levels)
    blank = [""] * width

    def line(*cells: str) -> list[str]:
        return [*cells, *blank[len(cells) :]]

    def count(text: str) -> int | None:
        return None if text == "" else 0 if text == "-" else int(text.replace(".", ""))

    rows = [
        line("UBND TỈNH THANH HÓA", "", "", "", MOTTO),
        line("SỞ NỘI VỤ", "", "", "", MOTTO2),
        line(),
        line("KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2019"),
        line("Đơn vị tính: lượt người"),
        ["STT", "Đơn vị", "Chuyên môn nghiệp vụ", "", "", "Lý luận chính trị", "", ""],
        ["", "", *levels],
    ]
    expect = []
    totals = [0] * len(levels)
    for i, (written, district, cmnv, llct) in enumerate(units, 1):
        rows.append([str(i), written, *cmnv, *llct])
        code = legacy_district(PROVINCE, district)
        for k, (category, text) in enumerate(
            [("chuyên môn nghiệp vụ", t) for t in cmnv] + [("lý luận chính trị", t) for t in llct]
        ):
            value = count(text)
            if value is None:
                continue
            totals[k] += value
            expect.append(
                {
                    "era": ERA,
                    "unit_level": "district",
                    "unit_code": code,
                    "category": category,
                    "level": levels[k].lower(),
                    "year": 2019,
                    "achieved": value,
                }
            )
    rows.append(["", "Tổng cộng", *(f"{t:,}".replace(",", ".") for t in totals)])
    rows.append(line())
    rows.append(line("", "NGƯỜI LẬP BIỂU", "", "", "GIÁM ĐỐC"))
    rows.append(line("", "Lê Thị Hồng", "", "", "Nguyễn Văn Phong"))
    path = folder / "dao_tao_2019.csv"
    text = _csv_text(rows, ";", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert len(expect) == 17
    return Case(
        path,
        expect={"training_results": expect},
        note="'1.234' is 1234, '2.015' is 2015, '-' is 0, blank gives no row",
    )
