"""The document a plan is: its number, date, issuing body, province and title, the period
it runs to, and where its own words are (after the title block, before "Nơi nhận")."""

from __future__ import annotations

import datetime as dt
import re

from etl.plan import patterns as P
from etl.plan.model import Document, PlanText, Scope
from etl.plan.text import Sentence
from etl.units.index import split_name
from etl.units.reference import ERA_CHANGE, LEGACY, NEW
from etl.units.resolve import unit_index

_NUMBER_LINE = re.compile(
    r"\bsố(?:\s*hiệu)?\s*:\s*(\d+\s*[-/]?\s*[^\s,;]*(?:\s*[-/]\s*[^\s,;]+)*)", re.I
)


_PLACE_DATE = re.compile(  # "Thanh Hóa, ngày 17 tháng 12 năm 2018", "Ngày ban hành: 17/12/2018"
    r"(?:^|\n)[^\S\n]*[A-ZĐÀ-Ỹ][^\n,]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
    r"|ngày\s+ban\s+hành\s*:\s*(\d{1,2})/(\d{1,2})/(\d{4})",
    re.I,
)


def provinces(era: str) -> dict[str, tuple[str, str]]:
    """Folded bare name -> (name as written in the reference, code), for one era."""
    out = {}
    for unit in unit_index().within(era, "province"):
        name = re.sub(r"^(?:Tỉnh|Thành phố)\s+", "", unit.name)
        out[re.sub(r"[^a-z]", "", P.fold(split_name(unit.name)[1]))] = (name, unit.code)
    return out


def document(plan: PlanText, low: str) -> Document:
    text = plan.text
    head = text[:3000]
    doc = Document()
    if m := _NUMBER_LINE.search(head):
        doc.number = re.sub(r"\s*([-/])\s*", r"\1", m.group(1)).strip(" .")
    if m := _PLACE_DATE.search(head):
        d, mo, y = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        try:
            doc.date = dt.date(y, mo, d)
        except ValueError:
            doc.date = None
    era = NEW if doc.date and doc.date >= ERA_CHANGE else LEGACY
    names = provinces(era)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    province_re = re.compile(r"\b(?:tinh|thanh pho|tp\.?)\s+([a-z]+(?:[ -]+[a-z]+){0,3})")
    for m in province_re.finditer(low):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            key = "".join(words[:n]).replace("-", "")
            if key in names:
                counts[key] = counts.get(key, 0) + (3 if m.start() < 1500 else 1)
                first.setdefault(key, m.start())
                break
    if counts:
        key = max(counts, key=lambda k: (counts[k], -first[k]))
        name, code = names[key]
        doc.province = Scope("province", name, code)
    doc.issuer = _issuer(text, low, doc)
    doc.title = _title(text)
    return doc


def _issuer(text: str, low: str, doc: Document) -> str | None:
    lines = [ln.strip() for ln in text[:1500].split("\n") if ln.strip()]
    for i, line in enumerate(lines[:12]):
        f = P.fold(line)
        if f.startswith("cong hoa") or f.startswith("ke hoach") or f.startswith("so"):
            continue
        if P.compiled(r"^(?:ủy ban nhân dân|ubnd|sở|ban|văn phòng|bch|đoàn|tỉnh ủy)").search(f):
            name = line.strip("-* \t")
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if (
                line.isupper()
                and nxt.isupper()
                and P.fold(nxt).startswith(("tinh", "huyen", "thanh pho"))
            ):
                name = f"{name} {nxt}"
                after = lines[i + 2] if i + 2 < len(lines) else ""
            else:
                after = nxt
            if after.isupper() and re.match(
                r"(?:so|van phong|ban|phong|chi cuc|cuc)\b", P.fold(after)
            ):
                body = _tidy_body(after.strip("-* \t"))
                place = re.sub(r"^(?:UBND|Ubnd|Ủy ban nhân dân)\s+", "", _tidy_body(name))
                return f"{body} {place[:1].lower()}{place[1:]}" if place else body
            return _tidy_body(name)
    own = [
        m
        for m in P.compiled(
            r"([^;.,]{3,80}?)\s+(?:ban hành|xây dựng|đề ra)\s+(?:kế hoạch|chương trình)[^.;]*?"
            r"(?:như sau|sau đây|sau:|cụ thể)"
        ).finditer(low[:5000])
    ]
    m = own[-1] if own else None
    if m:
        name = text[m.start(1) : m.end(1)].strip()
        name = re.split(r"\bcủa\b|\btheo\b", name)[-1].strip()
        province = doc.province
        if province and P.fold(province.name) not in P.fold(name) and P.fold(name).endswith("tinh"):
            name = f"{name} {province.name}"
        return _tidy_body(name)
    return None


def _tidy_body(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" :-")
    if name.isupper():
        name = name.capitalize()
        name = re.sub(r"^Ủy ban nhân dân|^Ubnd\b", "UBND", name)
        name = re.sub(r"^Hđnd\b", "HĐND", name)
        # a place's name is in capitals ("huyện Mường Nhé"), as is a department's first
        # word ("Sở Nội vụ")
        name = re.sub(
            r"\b(tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn) (.+)$",
            lambda m: f"{m.group(1)} " + " ".join(w.capitalize() for w in m.group(2).split()),
            name,
        )
        name = re.sub(
            r"^(Sở|Ban|Văn phòng|Phòng) (\w)", lambda m: f"{m.group(1)} {m.group(2).upper()}", name
        )
    return re.sub(r"^Ủy ban nhân dân", "UBND", name)


def _title(text: str) -> str | None:
    """The lines under "KẾ HOẠCH", up to the first sentence of the text or a rule line."""
    lines = [ln.strip() for ln in text[:5000].split("\n") if ln.strip()]
    for i, line in enumerate(lines):
        f = P.fold(line)
        if not re.match(r"(?:ke hoach|chuong trinh hanh dong|de an)\b", f):
            continue
        if len(line) >= 40:
            return line[:300]
        title = []
        for nxt in lines[i + 1 : i + 6]:
            g = P.fold(nxt)
            if (
                re.match(r"(?:can cu|[-_*=]{3,}|phan [ivx]+\b|chuong [ivx\d]+\b|[ivx]+\.|\d+\.)", g)
                or len(nxt) > 250
                or nxt.endswith(":")
            ):
                break
            title.append(nxt)
        if title:
            return " ".join(title)[:300]
    return None


_PERIODS = (
    r"giai đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(\d{4})",
    r"\b\d{4}\s*[-–—]\s*(\d{4})\b",
    r"đến năm\s+(\d{4})",
)


def horizon(low: str, doc: Document) -> dt.date | None:
    """The plan's end: its title's period ("giai đoạn 2011-2015", "đến năm 2015", "năm
    2026"), else the latest period its opening speaks of."""
    title = P.fold(re.sub(r"(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}", "", doc.title or ""))
    title = re.sub(
        r"\b(?:nghi quyet|quyet dinh|chi thi|ket luan|ke hoach)\s+(?:so\s+)?[\w./-]*\d[\w./-]*",
        "",
        title,
    )
    # "giai đoạn 2021-2025, định hướng đến năm 2030": the plan's goals are for 2025
    title = re.sub(r"\b(?:dinh huong|tam nhin)\b.*$", "", title)
    for pattern in (*_PERIODS, r"\bnăm\s+(\d{4})\b"):
        years = [int(m.group(1)) for m in P.compiled(pattern).finditer(title)]
        if years:
            return dt.date(max(years), 12, 31)
    head = low[: min(len(low), 2500)]
    for pattern in _PERIODS:
        years = [int(m.group(1)) for m in P.compiled(pattern).finditer(head)]
        if years:
            return dt.date(max(years), 12, 31)
    if doc.date:
        return dt.date(doc.date.year, 12, 31)
    years = [int(y) for y in re.findall(r"\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b", low)]
    if years:  # no date of its own: the year its dates speak of most (the later on a tie)
        year = max(set(years), key=lambda y: (years.count(y), y))
        return dt.date(year, 12, 31)
    return None


def body_span(text: str, low: str, all_sentences: list[Sentence]) -> tuple[int, int]:
    """Where the plan's own words are: after its title block (the first "Thực hiện...",
    "Căn cứ..." sentence or first section), before "Nơi nhận" and the signature."""
    start = 0
    for s in all_sentences:
        head = low[s.start : s.start + 12]
        if re.match(r"(?:thuc hien|can cu|de |nham |i\.\s|[*] can cu)", head):
            start = s.start
            break
    if start > len(text) * 0.4:
        start = 0
    end = len(text)
    m = re.search(r"\n\s*n[oơ]i nh[aậ]n\s*:", low[len(low) // 3 :])
    if m:
        end = len(low) // 3 + m.start()
    return start, end
