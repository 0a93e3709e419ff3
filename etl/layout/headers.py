"""Find a table's header block and map its columns to fields by meaning.

Real headers span one to four rows, with group headers merged over their columns
("Trình độ" over "Chuyên môn | Lý luận chính trị", "Ngày sinh" over "Nam | Nữ"). Each
column's label is the path of texts above it; a field matches when the leaf, or the
group and leaf together, equals one of its names after folding (case, diacritics,
spacing, line breaks and punctuation ignored) and expanding the usual abbreviations.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from etl.spec import kinds
from etl.spec.criteria import CRITERIA_SETS
from etl.text import fold_words

MAX_HEADER_ROWS = 4
SEARCH_ROWS = 40

ABBREVIATIONS = {
    "stt": "so thu tu",
    "tt": "so thu tu",
    "tdcm": "trinh do chuyen mon",
    "cmnv": "chuyen mon nghiep vu",
    "llct": "ly luan chinh tri",
    "qlnn": "quan ly nha nuoc",
    "ntm": "nong thon moi",
    "tc": "tieu chi",
    "gt": "gioi tinh",
    "dt": "dan toc",
    "dv": "dang vien",
}

# More names for fields, as districts write them (folded words, abbreviations expanded).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("so thu tu", "so tt", "thu tu"),
    "full_name": (
        "ho va ten",
        "ho ten",
        "ho va ten can bo",
        "ho ten doi vien",
        "ho va ten doi vien",
        "ten can bo",
    ),
    "birth": ("ngay sinh", "ngay thang nam sinh", "nam sinh", "sinh ngay", "ngay thang sinh"),
    "gender": ("gioi tinh", "nam nu", "nam hoac nu"),
    "ethnicity": ("dan toc",),
    "party_member": ("dang vien", "la dang vien", "dang vien dcs viet nam"),
    "education": (
        "trinh do chuyen mon",
        "chuyen mon",
        "trinh do chuyen mon nghiep vu",
        "trinh do dao tao",
        "van bang chuyen mon",
    ),
    "major": ("chuyen nganh", "chuyen nganh dao tao", "nganh dao tao", "nganh hoc"),
    "political_theory": ("ly luan chinh tri", "trinh do ly luan chinh tri", "chinh tri"),
    "state_management": ("quan ly nha nuoc", "trinh do quan ly nha nuoc"),
    "position": (
        "chuc vu",
        "chuc danh",
        "chuc vu hien nay",
        "chuc vu duoc bo tri",
        "chuc vu chuc danh",
    ),
    "program": ("chuong trinh", "du an", "chuong trinh du an", "thuoc du an"),
    "province": ("tinh", "tinh thanh pho", "tinh tp"),
    "district": (
        "huyen",
        "huyen thi xa",
        "huyen thi xa thanh pho",
        "quan huyen",
        "huyen tx tp",
        "don vi cap huyen",
    ),
    "commune": (
        "xa",
        "xa phuong",
        "xa phuong thi tran",
        "xa thi tran",
        "ten xa",
        "don vi cap xa",
        "xa noi cong tac",
        "xa tt",
        "xa phuong tt",
    ),
    "start_date": (
        "ngay bo nhiem",
        "ngay nhan nhiem vu",
        "ngay bat dau",
        "thoi gian bo nhiem",
        "ngay nhan cong tac",
        "ngay ve xa",
    ),
    "end_date": ("ngay ket thuc", "ngay thoi nhiem vu", "ngay ket thuc du an"),
    "status": ("tinh trang", "tinh trang hien nay", "trang thai"),
    "placement_after": (
        "noi bo tri sau du an",
        "bo tri sau du an",
        "noi bo tri cong tac",
        "vi tri bo tri sau du an",
        "bo tri cong tac sau du an",
    ),
    "annual_rating": (
        "xep loai hang nam",
        "xep loai",
        "danh gia xep loai",
        "ket qua danh gia xep loai",
    ),
    "note": ("ghi chu",),
    "year": ("nam", "nam danh gia", "nam bao cao"),
    "criteria_set": ("bo tieu chi", "bo tieu chi giai doan"),
    "criteria_met": (
        "so tieu chi dat",
        "tong so tieu chi dat",
        "so tieu chi da dat",
        "tieu chi dat",
    ),
    "ntm_level": (
        "muc dat chuan",
        "muc dat",
        "dat chuan nong thon moi",
        "muc do dat chuan",
        "xep hang nong thon moi",
    ),
    "recognized_year": ("nam cong nhan", "nam duoc cong nhan", "nam dat chuan"),
    "category": ("linh vuc", "loai dao tao", "noi dung dao tao"),
    "level": ("trinh do", "cap do", "trinh do dao tao"),
    "period_start": ("tu nam",),
    "period_end": ("den nam",),
    "target": ("chi tieu", "chi tieu nguoi", "ke hoach", "chi tieu ke hoach"),
    "achieved": (
        "so da dao tao",
        "so da dao tao nguoi",
        "ket qua",
        "da dao tao",
        "thuc hien",
        "so nguoi duoc dao tao",
    ),
}

_CRITERION_NAMES = {
    fold_words(name): number
    for _, (_, names) in CRITERIA_SETS.items()
    for number, name in enumerate(names, start=1)
    if len(names) == 19
}
_NUMBERED = re.compile(r"^(?:tieu chi(?: so)?|tc|tieu chi thu) ?(\d{1,2})$")
_BARE_NUMBER = re.compile(r"^(\d{1,2})$")


@lru_cache(maxsize=20_000)
def normalize_label(text: object) -> str:
    """Folded words with abbreviations expanded: 'TĐCM' -> 'trinh do chuyen mon'."""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    words = fold_words(text).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def _names(spec: kinds.SheetSpec) -> dict[str, str]:
    names: dict[str, str] = {}
    for f in spec.fields:
        for text in (f.header, *f.aliases):
            names.setdefault(normalize_label(text), f.key)
        for text in SYNONYMS.get(f.key, ()):
            names.setdefault(normalize_label(text), f.key)
    return names


def match_column(parts: list[str], spec: kinds.SheetSpec, names: dict[str, str]) -> str | None:
    """The field a column holds, from its header path (top to bottom), or None."""
    keys = {f.key for f in spec.fields}
    if not parts:
        return None
    leaf = parts[-1]
    parents = " ".join(parts[:-1])
    # Gender shown by which of two birth-date columns is filled: "Ngày sinh" > "Nam" | "Nữ"
    if "birth" in keys and leaf in ("nam", "nu") and "sinh" in parents.split():
        return "birth_male" if leaf == "nam" else "birth_female"
    if any(k.startswith("tc") for k in keys):
        number = None
        if (m := _NUMBERED.match(leaf)) or (
            (m := _BARE_NUMBER.match(leaf)) and "tieu chi" in parents
        ):
            number = int(m.group(1))
        elif leaf in _CRITERION_NAMES and ("tieu chi" in parents or not parents):
            number = _CRITERION_NAMES[leaf]
        if number and f"tc{number}" in keys:
            return f"tc{number}"
    for candidate in (" ".join(parts), f"{parts[-2]} {leaf}" if len(parts) > 1 else "", leaf):
        if candidate and candidate in names:
            return names[candidate]
    # "Trình độ" > "Chuyên môn" / "Lý luận chính trị" / "Quản lý nhà nước"
    if "trinh do" in parents and f"trinh do {leaf}" in names:
        return names[f"trinh do {leaf}"]
    return None


@dataclass
class HeaderBlock:
    first_row: int  # 0-based index of the first header row
    last_row: int  # 0-based index of the last header row
    columns: dict[str, int]  # field key -> 0-based column
    labels: dict[int, str]  # every non-empty column's header text, as shown
    unmapped: list[int]
    score: float


def _column_paths(rows: list[list[object]], width: int) -> list[list[str]]:
    paths = []
    for c in range(width):
        parts: list[str] = []
        for row in rows:
            value = row[c] if c < len(row) else None
            label = normalize_label(value) if value not in (None, "") else ""
            if label and (not parts or parts[-1] != label):
                parts.append(label)
        paths.append(parts)
    return paths


def _display_paths(rows: list[list[object]], width: int) -> dict[int, str]:
    out = {}
    for c in range(width):
        parts: list[str] = []
        for row in rows:
            value = row[c] if c < len(row) else None
            text = " ".join(str(value).split()) if value not in (None, "") else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        if parts:
            out[c] = " › ".join(parts)
    return out


def _pair_birth_columns(columns: dict[str, int], unmapped: list[int], paths) -> None:
    """'Ngày sinh' typed over the first of the Nam | Nữ columns only, not merged."""
    if "birth" not in columns or "gender" in columns:
        return
    c = columns["birth"]
    right = c + 1
    if right in unmapped and paths[right] and paths[right][-1] == "nu":
        columns.pop("birth")
        columns["birth_male"], columns["birth_female"] = c, right
        unmapped.remove(right)


def _may_start_header(row: list[object]) -> bool:
    """A header's top row holds at least two labels; a row that begins with a number (an
    STT) or holds a date is data, so the search skips it (most of the rows it sees)."""
    filled = [v for v in row if v not in (None, "")]
    if len(filled) < 2 or isinstance(filled[0], int | float):
        return False
    return not any(isinstance(v, dt.date) for v in filled)


def find_header(rows: list[list[object]], spec: kinds.SheetSpec) -> HeaderBlock | None:
    """The best header block for ``spec`` among the first rows (already merge-filled)."""
    names = _names(spec)
    required = {f.key for f in spec.fields if f.required}
    if "birth" in required:
        required = (required - {"birth", "gender"}) | {"birth"}
    best: HeaderBlock | None = None
    limit = min(len(rows), SEARCH_ROWS)
    for start in range(limit):
        if not _may_start_header(rows[start]):
            continue
        for depth in range(1, MAX_HEADER_ROWS + 1):
            block = rows[start : start + depth]
            if len(block) < depth:
                break
            width = max(len(r) for r in block)
            paths = _column_paths(block, width)
            columns: dict[str, int] = {}
            unmapped = []
            for c, parts in enumerate(paths):
                if not parts:
                    continue
                key = match_column(parts, spec, names)
                if key and key not in columns:
                    columns[key] = c
                else:
                    unmapped.append(c)
            _pair_birth_columns(columns, unmapped, paths)
            found = set(columns)
            if {"birth_male", "birth_female"} <= found:
                found |= {"birth", "gender"}
            hits = len(required & found)
            if required and hits * 2 < len(required):
                continue
            score = hits * 10 + len(columns) - len(unmapped) * 0.5 - depth * 0.1
            if best is None or score > best.score:
                best = HeaderBlock(
                    start, start + depth - 1, columns, _display_paths(block, width), unmapped, score
                )
    return best


_NUMBERING = re.compile(r"^\(?([0-9]{1,3}|[a-zA-Z]{1,2})\)?\.?$")


def is_numbering_row(row: list[object]) -> bool:
    """A row of column numbers under the header: (1), (2)... or A, B, 1, 2..."""
    cells = [
        str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()
        for v in row
        if v not in (None, "")
    ]
    if len(cells) < 3:
        return False
    return all(_NUMBERING.match(c) for c in cells)
