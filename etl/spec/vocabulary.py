"""The words districts use, in one place: header names of each field, abbreviations,
columns that hold no facts, the ways a choice is written, posts and programmes named in
titles, summary sheets.

Headers and choices are compared *folded* (lower case, no diacritics, punctuation as
spaces) with abbreviations expanded, so "Ngày, tháng, năm sinh", "NGÀY THÁNG NĂM SINH"
and "Ngay thang nam sinh" are one name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.text import fold_words

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
    "dvhc": "don vi hanh chinh",
    "pct": "pho chu tich",
    "ct": "chu tich",
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
}


# Words a header may add that change nothing of its meaning in the table it heads.
_FILLER = re.compile(r"\b(?:nong thon moi|uy ban nhan dan|cua xa|nguoi|%)\b")


def without_filler(label: str) -> str:
    """'so tieu chi nong thon moi dat' -> 'so tieu chi dat'."""
    return " ".join(_FILLER.sub(" ", label).split())


@lru_cache(maxsize=50_000)
def normalize_label(text: object) -> str:
    """Folded words with abbreviations expanded: 'TĐCM' -> 'trinh do chuyen mon'."""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    words = fold_words(text).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


# A header made only of unit words, in any order and with any separators: "Tên xã, thị
# trấn", "Phường/Xã", "Xã - Thị trấn", "Huyện, thị xã, thành phố".
_COMMUNE_WORDS = r"(?:xa|phuong|thi tran|tt|dac khu)"
_DISTRICT_WORDS = r"(?:huyen|quan|thi xa|thanh pho|tx|tp)"
_UNIT_LABELS = (
    ("commune", re.compile(rf"^(?:ten )?(?:don vi )?{_COMMUNE_WORDS}(?: {_COMMUNE_WORDS})*$")),
    ("district", re.compile(rf"^(?:ten )?{_DISTRICT_WORDS}(?: {_DISTRICT_WORDS})*$")),
)


def unit_label(label: str) -> str | None:
    """'commune' or 'district' for a (normalized) header naming only unit types."""
    for field_key, pattern in _UNIT_LABELS:
        if pattern.match(label):
            return field_key
    return None


# More names for fields, as districts write them (folded words, abbreviations expanded).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "stt": ("so thu tu", "so tt", "thu tu"),
    "full_name": (
        "ho va ten",
        "ho ten",
        "ho va ten can bo",
        "ho ten doi vien",
        "ho va ten doi vien",
        "ho va ten doi vien du an",
        "ten can bo",
        "ho va ten can bo cong chuc",
    ),
    "birth": (
        "ngay sinh",
        "ngay thang nam sinh",
        "nam sinh",
        "sinh ngay",
        "ngay thang sinh",
        "ngay sinh thang sinh nam sinh",
    ),
    "gender": ("gioi tinh", "nam nu", "nam hoac nu"),
    "ethnicity": ("dan toc",),
    "party_member": ("dang vien", "la dang vien", "dang vien dcs viet nam", "dang vien dang csvn"),
    "education": (
        "trinh do chuyen mon",
        "chuyen mon",
        "trinh do chuyen mon nghiep vu",
        "van bang chuyen mon",
        "trinh do chuyen mon cao nhat",
    ),
    "major": ("chuyen nganh", "chuyen nganh dao tao", "nganh dao tao", "nganh hoc", "nganh"),
    "political_theory": ("ly luan chinh tri", "trinh do ly luan chinh tri", "chinh tri"),
    "state_management": ("quan ly nha nuoc", "trinh do quan ly nha nuoc"),
    "position": (
        "chuc vu",
        "chuc danh",
        "chuc vu hien nay",
        "chuc vu duoc bo tri",
        "chuc vu chuc danh",
        "chuc vu hien tai",
    ),
    "program": ("chuong trinh", "du an", "chuong trinh du an", "thuoc du an", "de an"),
    "province": ("tinh", "tinh thanh pho", "tinh tp", "ten tinh"),
    "district": (
        "huyen",
        "huyen thi xa",
        "huyen thi xa thanh pho",
        "quan huyen",
        "huyen tx tp",
        "don vi cap huyen",
        "ten huyen",
        "huyen thanh pho",
    ),
    "commune": (
        "xa",
        "xa phuong",
        "phuong xa",
        "xa phuong thi tran",
        "xa thi tran",
        "ten xa",
        "ten phuong xa",
        "ten xa phuong",
        "ten xa phuong thi tran",
        "don vi cap xa",
        "don vi hanh chinh cap xa",
        "ten don vi hanh chinh cap xa",
        "xa noi cong tac",
        "xa tt",
        "xa phuong tt",
        "xa phuong dac khu",
    ),
    "unit_name": (
        "don vi",
        "ten don vi",
        "don vi dia phuong",
        "dia phuong",
        "don vi hanh chinh",
        "ten don vi hanh chinh",
        "don vi cong tac",
        "noi cong tac",
    ),
    "commune_code": (
        "ma xa",
        "ma phuong xa",
        "ma xa phuong",
        "ma xa phuong thi tran",
        "ma don vi hanh chinh cap xa",
    ),
    "district_code": ("ma huyen", "ma quan huyen", "ma don vi hanh chinh cap huyen"),
    "province_code": ("ma tinh", "ma tinh thanh pho"),
    "unit_code": ("ma don vi hanh chinh", "ma don vi", "ma so don vi"),
    "start_date": (
        "ngay bo nhiem",
        "ngay nhan nhiem vu",
        "ngay bat dau",
        "thoi gian bo nhiem",
        "ngay nhan cong tac",
        "ngay ve xa",
        "ngay bau bo nhiem",
        "ngay duoc bau giu chuc",
        "ngay duoc bau giu chuc vu",
        "ngay duoc bau bo nhiem",
        "thoi gian giu chuc vu",
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
    "year": ("nam", "nam danh gia", "nam bao cao", "nam so lieu"),
    "criteria_set": ("bo tieu chi", "bo tieu chi giai doan"),
    "criteria_met": (
        "so tieu chi dat",
        "tong so tieu chi dat",
        "so tieu chi da dat",
        "tieu chi dat",
        "so tieu chi dat chuan",
    ),
    "ntm_level": (
        "muc dat chuan",
        "muc dat",
        "dat chuan nong thon moi",
        "muc do dat chuan",
        "xep hang nong thon moi",
        "ket qua cong nhan",
        "muc dat chuan nong thon moi",
    ),
    "recognized_year": (
        "nam cong nhan",
        "nam duoc cong nhan",
        "nam dat chuan",
        "nam cong nhan dat chuan",
        "nam duoc cong nhan dat chuan",
    ),
    "cultural_families": (
        "ty le gia dinh van hoa",
        "ty le ho gia dinh van hoa",
        "gia dinh van hoa",
        "ho gia dinh dat chuan van hoa",
        "ty le gia dinh dat chuan van hoa",
    ),
    "cultural_villages": (
        "ty le thon van hoa",
        "ty le thon ban van hoa",
        "thon van hoa",
        "thon ban van hoa",
        "ty le thon khu pho van hoa",
        "ty le thon dat chuan van hoa",
        "ty le thon to dan pho van hoa",
        "thon to dan pho van hoa",
        "ty le thon ban to dan pho van hoa",
    ),
    "cultural_commune": ("xa van hoa", "dat chuan xa van hoa", "xa dat chuan van hoa"),
    "poor_households": ("ty le ho ngheo", "ho ngheo", "ty le ho ngheo da chieu"),
    "solid_office": (
        "tru so kien co",
        "tru so xa kien co",
        "tru so uy ban nhan dan kien co",
        "tru so lam viec kien co",
    ),
    "category": (
        "linh vuc",
        "loai dao tao",
        "noi dung dao tao",
        "linh vuc dao tao",
        "linh vuc dao tao boi duong",
        "linh vuc boi duong",
        "noi dung dao tao boi duong",
        "loai hinh dao tao",
        "loai hinh dao tao boi duong",
    ),
    "level": ("trinh do", "cap do", "trinh do dao tao"),
    "period_start": ("tu nam",),
    "period_end": ("den nam",),
    "target": ("chi tieu", "chi tieu nguoi", "ke hoach", "chi tieu ke hoach", "chi tieu giao"),
    "achieved": (
        "so da dao tao",
        "so da dao tao nguoi",
        "ket qua",
        "da dao tao",
        "thuc hien",
        "so nguoi duoc dao tao",
        "so nguoi",
        "so luong",
        "ket qua thuc hien",
    ),
}

# Columns that never hold facts, however their cells look: a hometown is a commune's
# name but never where the person works.
NO_FACTS = (
    "que quan",
    "noi sinh",
    "noi o hien nay",
    "noi o",
    "cho o hien nay",
    "dia chi",
    "dia chi thuong tru",
    "ho khau thuong tru",
    "so dien thoai",
    "dien thoai",
    "email",
    "so cmnd",
    "so cccd",
    "can cuoc cong dan",
    "ty le",
    "ty le th kh",
    "th kh",
    "ty le hoan thanh",
    "ty le thuc hien",
    "so sanh",
    "tang giam",
    "tong so",  # a total column: the sum of the others beside it
    "tong cong",
    "cong",
    "tong",
)


def holds_no_facts(label: str) -> bool:
    """Whether a (normalized) header label names a column that never holds facts."""
    return any(label == n or label.startswith(n + " ") for n in NO_FACTS)


# In a cross-tab, the word over or in a column of numbers says which measure they are.
MEASURE_WORDS: dict[str, str] = {
    "chi tieu": "target",
    "ke hoach": "target",
    "kh": "target",
    "chi tieu giao": "target",
    "chi tieu giai doan": "target",
    "thuc hien": "achieved",
    "th": "achieved",
    "ket qua": "achieved",
    "da dao tao": "achieved",
    "so da dao tao": "achieved",
    "ket qua thuc hien": "achieved",
    "so nguoi": "achieved",
}
YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|den|\s)\s*((?:19|20)\d\d)\b")
SOME_YEAR = re.compile(r"(?:^|\b)(?:nam\s+)?((?:19|20)\d\d)\b")


# Other ways a choice is written (folded words).
CHOICE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "NTM": ("dat chuan", "dat chuan nong thon moi", "dat", "xa nong thon moi", "nong thon moi"),
    "NTM nâng cao": (
        "nang cao",
        "dat chuan nong thon moi nang cao",
        "nong thon moi nang cao",
        "ntm nang cao",
    ),
    "NTM kiểu mẫu": (
        "kieu mau",
        "dat chuan nong thon moi kieu mau",
        "nong thon moi kieu mau",
        "ntm kieu mau",
    ),
    "Nam": ("m", "male", "trai"),
    "Nữ": ("n", "f", "female", "gai"),
    "chuyên môn nghiệp vụ": ("cmnv", "chuyen mon", "chuyen mon nghiep vu", "nghiep vu"),
    "lý luận chính trị": ("llct", "ly luan", "chinh tri", "ly luan chinh tri"),
    "quản lý nhà nước": ("qlnn", "quan ly nha nuoc"),
    "tin học": ("tin hoc", "cong nghe thong tin", "cntt"),
    "ngoại ngữ": ("ngoai ngu", "tieng anh"),
    "sơ cấp": ("sc", "so cap"),
    "trung cấp": ("tc", "trung cap"),
    "cao cấp": ("cc", "cao cap", "cao cap ly luan chinh tri", "cu nhan chinh tri", "cu nhan"),
    "cao đẳng": ("cd", "cao dang"),
    "đại học": ("dh", "dai hoc"),
    "thạc sĩ": ("ths", "thac si"),
    "tiến sĩ": ("ts", "tien si"),
    "chuyên viên": ("cv",),
    "chuyên viên chính": ("cvc",),
    "chuyên viên cao cấp": ("cvcc",),
}

# Levels written as their abbreviations, per roster field: stored under their full name so
# that "ĐH" and "Đại học" count as one ("Cử nhân" is a university degree in the
# education column, and the highest political-theory level in its own).
LEVEL_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "education": {
        "dh": "Đại học",
        "cd": "Cao đẳng",
        "tc": "Trung cấp",
        "sc": "Sơ cấp",
        "ths": "Thạc sĩ",
        "ts": "Tiến sĩ",
        "cu nhan": "Đại học",
    },
    "political_theory": {
        "cc": "Cao cấp",
        "tc": "Trung cấp",
        "sc": "Sơ cấp",
        "cu nhan": "Cao cấp",
        "cu nhan chinh tri": "Cao cấp",
    },
    "state_management": {
        "cv": "Chuyên viên",
        "cvc": "Chuyên viên chính",
        "cvcc": "Chuyên viên cao cấp",
    },
}

# What titles say about a whole roster (folded text -> stored value).
POSITIONS_IN_TITLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bpho chu tich (?:ubnd|uy ban nhan dan)\b"), "Phó Chủ tịch UBND xã"),
    (re.compile(r"\bpho chu tich (?:hdnd|hoi dong nhan dan)\b"), "Phó Chủ tịch HĐND xã"),
    (re.compile(r"\bpho chu tich xa\b"), "Phó Chủ tịch UBND xã"),
    (re.compile(r"(?<!pho )\bchu tich (?:ubnd|uy ban nhan dan)\b"), "Chủ tịch UBND xã"),
    (re.compile(r"(?<!pho )\bchu tich (?:hdnd|hoi dong nhan dan)\b"), "Chủ tịch HĐND xã"),
    (re.compile(r"(?<!pho )\bbi thu dang uy\b"), "Bí thư Đảng ủy xã"),
    (re.compile(r"\bpho bi thu dang uy\b"), "Phó Bí thư Đảng ủy xã"),
)
# "Chủ tịch, Phó Chủ tịch UBND xã": two posts, so the post of a row is unknown
SEVERAL_POSTS = re.compile(r"\bchu tich\s+(?:va\s+|hoac\s+)?pho chu tich\b")
PROGRAMME_IN_TITLES = re.compile(r"\b(du an|de an)\s+(\d{2,4})\b")

# Sheet names (folded) of sheets that never hold data: a template's instructions, lists.
NOT_DATA_SHEETS = ("huong dan", "huong dan dien", "huong dan ghi", "danh muc", "chu thich")

# Sheet names (folded) of a sheet that sums or repeats the others.
SUMMARY_SHEETS = (
    "tong hop",
    "tonghop",
    "th",
    "toan tinh",
    "tong",
    "tong cong",
    "bieu tong hop",
    "tong hop chung",
    "tong hop toan tinh",
)
