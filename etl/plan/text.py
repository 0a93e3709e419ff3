"""A plan's text in pieces the rules read: paragraphs, sentences (a table's row is one),
clauses, the numbers in them, and the dates and periods they name (deadlines, frequencies).
Every piece is a span of the text, so a proposal keeps its place in it."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from etl.plan import patterns as P

QUANTITY = re.compile(
    rf"(?P<a>{P.NUMBER})\s*(?P<pa>%|phan tram)?"
    rf"(?:\s*(?:[-–—]|den|toi)\s*(?P<b>{P.NUMBER})\s*(?P<pb>%|phan tram)?)?"
)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|(?<=\./\.)\s*")


_ABBREVIATION = re.compile(r"(?:^|\s)(?:TP|Tp|TT|TX|ThS|TS|PGS|GS|Q|H|X|P|St|Nxb|v\.v)\.$")


HEADING = re.compile(r"^\s*(?:[IVX]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s+\S")


ITEM = re.compile(r"^\s*[-+*•–]\s+")


@dataclass
class Sentence:
    start: int
    end: int
    line: int  # paragraph index
    table: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        lead = len(line) - len(line.lstrip())
        if line.strip():
            spans.append((pos + lead, pos + len(line.rstrip())))
        pos = end + 1
    return spans


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for index, (start, end) in enumerate(paragraphs(text)):
        para = text[start:end]
        if " | " in para:
            out.append(Sentence(start, end, index, table=True))
            continue
        begin = 0
        for m in _SENTENCE_END.finditer(para):
            if _ABBREVIATION.search(para[: m.start()]):
                continue
            if m.start() > begin:
                out.append(Sentence(start + begin, start + m.start(), index))
            begin = m.end()
        if begin < len(para):
            out.append(Sentence(start + begin, end, index))
    return out


def clauses(low: str, s: Sentence) -> list[tuple[int, int]]:
    """A sentence's clauses: cut at ";" (and at ":" before a list of targets)."""
    spans, begin = [], s.start
    for m in re.finditer(r";", low[s.start : s.end]):
        spans.append((begin, s.start + m.start()))
        begin = s.start + m.end()
    spans.append((begin, s.end))
    return [(a, b) for a, b in spans if low[a:b].strip()]


def _end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def read_date(kind: str, groups: tuple[str, ...]) -> dt.date | None:
    try:
        if kind == "date":
            d, m, y = (int(g) for g in groups)
            return dt.date(y, m, d)
        if kind == "month":
            return _end_of_month(int(groups[1]), int(groups[0]))
        if kind == "quarter":
            q = P.QUARTERS[groups[0].lower()]
            return _end_of_month(int(groups[1]), 3 * q)
        if kind == "half1":
            return dt.date(int(groups[0]), 6, 30)
        if kind == "year":
            return dt.date(int(groups[0]), 12, 31)
        if kind == "before_year":
            return dt.date(int(groups[0]) - 1, 12, 31)
    except (ValueError, KeyError):
        return None
    return None


_REFERENCE_DATE = re.compile(
    r"(?:\d+\s*/\s*[a-z][\w/-]*|\d+-[a-z][\w/-]*|\b(?:quyet dinh|nghi quyet|ke hoach|chi thi|"
    r"thong bao|cong van|thong tu|nghi dinh|chuong trinh|phap lenh|luat)\b[^,;.]{0,40}?)"
    r"\s*,?\s*(?:ban hanh\s+)?(?:ngay\s*)?$"
)


def _cited(low: str, pos: int) -> bool:
    """Whether the date at ``pos`` is a cited document's ("số 51/KH-UBND ngày 16/11/2010")."""
    pre = low[max(0, pos - 60) : pos]
    if low.startswith("ngay", pos):
        pre += "ngay"
    return bool(_REFERENCE_DATE.search(pre))


def search(rule: P.Rule, low: str, start: int, end: int, lowt: str | None = None):
    return rule.regex.search(lowt if rule.tones and lowt else low, start, end)


_BASELINE = re.compile(r"\bso voi\s*(?:nam\s*)?$")


def deadlines(low: str, start: int, end: int) -> list[tuple[dt.date, int]]:
    """Every deadline phrase in low[start:end] with where it starts, leaving out the
    dates of documents cited ("Kế hoạch số 51/KH-UBND ngày 16/11/2010")."""
    found: dict[int, dt.date] = {}
    taken: list[tuple[int, int]] = []
    for rule in P.rules("deadline"):
        for m in rule.regex.finditer(low, start, end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            date = read_date(rule.means, m.groups())
            if not date or not 1900 < date.year < 2200:
                continue
            if rule.means in ("date", "month") and _cited(low, m.start()):
                continue
            if _BASELINE.search(low, max(start, m.start() - 14), m.start()):
                continue  # "so với năm 2018": what it is measured against
            found[m.start()] = date
            taken.append((m.start(), m.end()))
    return [(found[p], p) for p in sorted(found)]


def deadline(
    low: str, start: int, end: int, before: int | None = None
) -> tuple[dt.date | None, int]:
    """The deadline of a value at ``before``: the nearest phrase before it, else the first
    after it; (None, -1) when there is none."""
    found = deadlines(low, start, end)
    if not found:
        return None, -1
    if before is not None:
        earlier = [f for f in found if f[1] < before]
        if earlier:
            return earlier[-1]
    return found[0]


def frequency(low: str, start: int, end: int, lowt: str | None = None) -> str | None:
    for rule in P.rules("recurring"):
        if search(rule, low, start, end, lowt):
            return rule.means
    return None


def first_rule(
    group: str, low: str, start: int, end: int, lowt: str | None = None
) -> P.Rule | None:
    for rule in P.rules(group):
        if search(rule, low, start, end, lowt):
            return rule
    return None


def clause_end(low: str, pos: int) -> int:
    m = re.compile(r"[;.\n]").search(low, pos)
    return m.start() if m else len(low)
