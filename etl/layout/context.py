"""What a sheet says once for all its rows: read from the title block above the table,
the as-of line and the sheet's name.

- units: "UBND TỈNH THANH HÓA", "UBND HUYỆN MƯỜNG LÁT", "UBND XÃ TAM CHUNG"; a sheet named
  after a district or commune ("Mường Lát", "H. Quan Sơn", "Xa Tam Chung");
- the as-of date: "(Tính đến ngày 31/12/2016)";
- the year or period: "NĂM 2024", "GIAI ĐOẠN 2021-2025", a sheet named "2023" or "Nam 2019",
  else the as-of date's year;
- the NTM criteria set: "Quyết định 318/QĐ-TTg", or a period that is a set's;
- the training category: "... LÝ LUẬN CHÍNH TRỊ ..." (only when one is named);
- the post and programme of a roster: "DANH SÁCH ĐỘI VIÊN DỰ ÁN 600 PHÓ CHỦ TỊCH UBND XÃ";
- whether the sheet is a summary of the others ("Tổng hợp", "TH", "Toàn tỉnh").

These values stand in for a column the table does not have; a column always wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from etl import values
from etl.spec import kinds, vocabulary
from etl.spec.criteria import CRITERIA_SETS
from etl.text import clean, fold_words

_AS_OF = re.compile(
    r"(?:t[ií]nh\s+đ[ếe]n(?:\s+ng[àa]y)?|t[ạa]i\s+th[ờo]i\s+đi[ểe]m|đ[ếe]n\s+ng[àa]y)\s*:?\s*",
    re.IGNORECASE,
)
_UNIT_LINE = re.compile(
    r"^(?:uy ban nhan dan|ubnd|hdnd|so noi vu|huyen doan|phong noi vu|don vi bao cao|"
    r"dang uy|don vi)?\s*"
    r"(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)\s+(?!den |toi |tu |theo )"
    r"([a-z][a-z0-9 ]*)$"
)
LEVEL_WORDS = {
    "tinh": "province",
    "thanh pho": "city",
    "huyen": "district",
    "thi xa": "district",
    "quan": "district",
    "tp": "city",
    "tx": "district",
    "xa": "commune",
    "phuong": "commune",
    "thi tran": "commune",
    "tt": "commune",
}
_DATE_PHRASE = re.compile(r"\bngay \d{1,2} thang \d{1,2} nam \d{4}\b|\b\d{1,2} \d{1,2} \d{4}\b")
_TITLE_YEAR = re.compile(r"\bnam ((?:19|20)\d\d)\b")
_SHEET_YEAR = re.compile(r"^(?:nam\s*)?((?:19|20)\d\d)$")
# Sheet names that say what the sheet holds, never where: "Sheet1", "Biểu 02", "DS đội
# viên", "Danh sách cán bộ", "Kết quả NTM"
_GENERIC_SHEET = re.compile(
    r"^(?:sheet|trang|bieu|bieu mau|bieu so|ds|danh sach|data|du lieu|bang|page|mau|"
    r"phu luc|pl)\s*\d*\w?$"
    r"|^(?:(?:ds|danh sach|bieu|bao cao|bc|ket qua|kq|chi tieu|so lieu|doi vien|can bo|"
    r"cong chuc|dao tao|boi duong|nong thon moi|ntm|tieu chi|cap xa|nam|du an|de an)"
    r"(?: |$)|\d+(?: |$))+$"
)
_DECISIONS = {
    "2016-2020": re.compile(r"\b1980 qd ttg\b"),
    "2021-2025": re.compile(r"\b318 qd ttg\b"),
    "2026-2030": re.compile(r"\b51 2025 qd ttg\b"),
}


@dataclass
class Context:
    """Units a sheet (or a group row) speaks for without naming them on each row."""

    province: str | None = None
    district: str | None = None
    commune: str | None = None

    def with_unit(self, level: str, name: str) -> Context:
        if level == "province":
            return Context(name)
        if level == "district":
            return Context(self.province, name)
        if level == "city":  # a city is a province (Hà Nội) or a district-level unit
            return Context(self.province, name) if self.province else Context(name)
        return Context(self.province, self.district, name)


@dataclass
class SheetContext:
    """What the sheet says once for all its rows."""

    units: Context = field(default_factory=Context)
    as_of: dt.date | None = None
    values: dict[str, object] = field(default_factory=dict)  # field key -> value
    summary: bool = False  # the sheet sums or repeats the others
    sheet_unit: str | None = None  # the sheet's name, when it may name a unit
    several_posts: bool = False  # the title names more than one post
    year_from: str | None = None  # 'title', 'sheet' or 'as_of': where values['year'] is from


def title_lines(rows: Sequence[Sequence[object]]) -> list[str]:
    """The texts of the rows above a table, line by line, each once."""
    out: list[str] = []
    for row in rows:
        for value in row:
            if isinstance(value, str):
                for line in value.splitlines():
                    text = clean(line)
                    if text and text not in out:
                        out.append(text)
    return out


def read_context(rows: Sequence[Sequence[object]], sheet_name: str) -> SheetContext:
    """The context of a sheet from the rows above its table and its name."""
    lines = title_lines(rows)
    context = SheetContext(units=title_units(lines), as_of=find_as_of(rows))
    folded = [fold_words(line) for line in lines]
    text = " | ".join(folded)
    found: dict[str, object] = {}
    plain = _DATE_PHRASE.sub(" ", text)
    if m := vocabulary.YEAR_RANGE.search(plain):
        found["period_start"], found["period_end"] = int(m.group(1)), int(m.group(2))
    years = {int(y) for y in _TITLE_YEAR.findall(plain)}
    if len(years) == 1:  # "NĂM 2021", even beside "GIAI ĐOẠN 2021-2025"
        found["year"] = years.pop()
        context.year_from = "title"
    sheet = fold_words(sheet_name)
    sheet_category: str | None = None
    if sheet in vocabulary.SUMMARY_SHEETS:
        context.summary = True
    elif m := _SHEET_YEAR.match(sheet):
        found["year"] = int(m.group(1))
        context.year_from = "sheet"
    elif len(named := _categories(sheet, shortest=3)) == 1:
        sheet_category = named.pop()  # a sheet per category: "Lý luận chính trị", "LLCT"
    elif sheet and not _GENERIC_SHEET.match(sheet):
        context.sheet_unit = clean(sheet_name)
    if "year" not in found and context.as_of:
        found["year"] = context.as_of.year
        context.year_from = "as_of"
    for name, pattern in _DECISIONS.items():
        if pattern.search(text):
            found["criteria_set"] = name
    if "criteria_set" not in found and "period_start" in found:
        period = f"{found['period_start']}-{found['period_end']}"
        if period in CRITERIA_SETS:
            found["criteria_set"] = period
    categories = _categories(text)
    if len(categories) == 1:
        found["category"] = categories.pop()
    elif sheet_category and not categories:
        found["category"] = sheet_category
    if vocabulary.SEVERAL_POSTS.search(text):
        context.several_posts = True
    else:
        posts = {post for pattern, post in vocabulary.POSITIONS_IN_TITLES if pattern.search(text)}
        if len(posts) == 1:
            found["position"] = posts.pop()
        context.several_posts = len(posts) > 1
    if m := vocabulary.PROGRAMME_IN_TITLES.search(text):
        found["program"] = f"{'Dự án' if m.group(1) == 'du an' else 'Đề án'} {m.group(2)}"
    context.values = found
    return context


def _categories(text: str, shortest: int = 5) -> set[str]:
    """Training categories named in (folded) ``text``, by name or synonym ("llct")."""
    return {
        choice
        for choice in kinds.TRAINING_CATEGORIES
        for word in (fold_words(choice), *vocabulary.CHOICE_SYNONYMS.get(choice, ()))
        if len(word) >= shortest and re.search(rf"\b{word}\b", text)
    }


def title_units(lines: Sequence[str]) -> Context:
    """Units named in the title block: 'UBND TỈNH THANH HÓA', 'UBND HUYỆN MƯỜNG LÁT',
    'UBND XÃ TAM CHUNG'."""
    context = Context()
    for line in lines:
        words = fold_words(line)
        if words.startswith("don vi tinh"):  # "Đơn vị tính: người" is the unit of measure
            continue
        if m := _UNIT_LINE.search(words):
            level = LEVEL_WORDS[m.group(1)]
            if level == "province" and context.province:
                continue
            context = context.with_unit(level, m.group(2))
    return context


def find_as_of(rows: Sequence[Sequence[object]]) -> dt.date | None:
    """The date in '(Tính đến ngày 31/12/2016)', or in the cell after such a label."""
    for row in rows:
        for c, cell in enumerate(row):
            text = clean(cell) if isinstance(cell, str) else None
            if not text or not _AS_OF.search(text):
                continue
            rest = _AS_OF.split(text, maxsplit=1)[1].strip(" :)(")
            candidates: list[object] = [rest] if rest else []
            candidates += [v for v in row[c + 1 :] if not values.is_blank(v)][:1]
            for candidate in candidates:
                if isinstance(candidate, int | float) and not 20_000 < candidate < 80_000:
                    continue  # a number next to the label is a date only as a serial
                try:
                    return values.parse_date(
                        candidate.strip(" :)(.") if isinstance(candidate, str) else candidate
                    )
                except values.ValueProblem:
                    continue
    return None
