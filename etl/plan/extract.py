"""A plan's text -> proposed document facts, goals and reporting duties.

Rules over the text, from the table in :mod:`etl.plan.patterns`; no model, nothing
downloaded. The text is cut into sentences (a table's row is one), a sentence into
clauses at ";", and every number in a clause that is not a date, a document number or
another thing the table names is a candidate goal when its clause or sentence promises
something. A sentence that sends a report with a date or a period is a duty. Each
proposal keeps its sentence and its place in the text.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from etl.plan import patterns as P
from etl.plan.model import Document, Duty, Goal, PlanText, Proposals, Scope
from etl.plan.read import unbreak
from etl.units.index import split_name
from etl.units.reference import ERA_CHANGE, LEGACY, NEW
from etl.units.resolve import unit_index
from etl.values import parse_number

_QUANTITY_FOLDED = re.compile(
    rf"(?P<a>{P.NUMBER})\s*(?P<pa>%|phan tram)?"
    rf"(?:\s*(?:[-–—]|den|toi)\s*(?P<b>{P.NUMBER})\s*(?P<pb>%|phan tram)?)?"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])|(?<=\./\.)\s*")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:TP|Tp|TT|TX|ThS|TS|PGS|GS|Q|H|X|P|St|Nxb|v\.v)\.$")
_HEADING = re.compile(r"^\s*(?:[IVX]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s+\S")
_ITEM = re.compile(r"^\s*[-+*•–]\s+")


@dataclass
class Sentence:
    start: int
    end: int
    line: int  # paragraph index
    table: bool = False


# -- cutting the text ------------------------------------------------------------------------


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


# -- reading dates -------------------------------------------------------------------------


def _end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _date(kind: str, groups: tuple[str, ...]) -> dt.date | None:
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


def deadlines(low: str, start: int, end: int) -> list[tuple[dt.date, int]]:
    """Every deadline phrase in low[start:end] with where it starts, leaving out the
    dates of documents cited ("Kế hoạch số 51/KH-UBND ngày 16/11/2010")."""
    found: dict[int, dt.date] = {}
    taken: list[tuple[int, int]] = []
    for rule in P.rules("deadline"):
        for m in rule.regex.finditer(low, start, end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            date = _date(rule.means, m.groups())
            if not date or not 1900 < date.year < 2200:
                continue
            if rule.means in ("date", "month") and _cited(low, m.start()):
                continue
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


def _first(group: str, low: str, start: int, end: int, lowt: str | None = None) -> P.Rule | None:
    for rule in P.rules(group):
        if search(rule, low, start, end, lowt):
            return rule
    return None


# -- the document ------------------------------------------------------------------------------


_NUMBER_LINE = re.compile(
    r"\bsố(?:\s*hiệu)?\s*:\s*(\d+\s*[-/]?\s*[^\s,;]*(?:\s*[-/]\s*[^\s,;]+)*)", re.I
)
_PLACE_DATE = re.compile(  # "Thanh Hóa, ngày 17 tháng 12 năm 2018", "Ngày ban hành: 17/12/2018"
    r"(?:^|\n)[^\S\n]*[A-ZĐÀ-Ỹ][^\n,]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
    r"|ngày\s+ban\s+hành\s*:\s*(\d{1,2})/(\d{1,2})/(\d{4})",
    re.I,
)


def _provinces(era: str) -> dict[str, tuple[str, str]]:
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
    names = _provinces(era)
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


# -- goals ----------------------------------------------------------------------------------------


@dataclass
class _Context:
    plan: PlanText
    low: str
    lowt: str
    doc: Document
    era: str
    horizon: dt.date | None
    districts: dict[str, tuple[str, str]]  # folded bare name -> (name, code)
    communes: dict[str, tuple[str, str]]
    own: Scope = dataclasses.field(
        default_factory=lambda: Scope("province")
    )  # the plan's own unit: the issuer's province or district


def _units(era: str, province: str | None, level: str) -> dict[str, tuple[str, str]]:
    if not province:
        return {}
    return {
        P.fold(split_name(u.name)[1]).replace(" ", ""): (u.name, u.code)
        for u in unit_index().within(era, level, province)
    }


_PERIODS = (
    r"giai đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(\d{4})",
    r"\b\d{4}\s*[-–—]\s*(\d{4})\b",
    r"đến năm\s+(\d{4})",
)


def _horizon(low: str, doc: Document) -> dt.date | None:
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


def _own_unit(ctx: _Context) -> Scope:
    """The unit whose plan it is: a district when a district's People's Committee issued
    it ("UBND huyện Mường Nhé"), else the province."""
    issuer = ctx.doc.issuer or ""
    m = re.match(
        r"(?:ubnd|uy ban nhan dan)\s+(?:huyen|thi xa|thanh pho|quan)\s+(.+)$", P.fold(issuer)
    )
    if m and ctx.doc.province is None:  # a district's plan that names no province
        key = re.sub(r"[^a-z]", "", m.group(1))
        hits = [
            u
            for u in unit_index().within(ctx.era, "district")
            if P.fold(split_name(u.name)[1]).replace(" ", "") == key
        ]
        if len(hits) == 1:
            code = hits[0].province_code
            name = next(n for n, c in _provinces(ctx.era).values() if c == code)
            ctx.doc.province = Scope("province", name, code)
            ctx.districts = _units(ctx.era, code, "district")
            ctx.communes = _units(ctx.era, code, "commune")
    if m:
        named = _named_units(_over(ctx, issuer), 0, len(issuer))
        if named and named[0][1].level == "district":
            return named[0][1]
    province = ctx.doc.province
    return Scope(
        "province", province.name if province else None, province.code if province else None
    )


def _over(ctx: _Context, text: str) -> _Context:
    """``ctx`` over another text (an issuer's name), its place names capitalised as
    headers print them in capitals ("UBND HUYỆN MƯỜNG NHÉ")."""
    text = re.sub(r"\w+", lambda m: m.group(0).capitalize(), text)
    return dataclasses.replace(
        ctx, plan=PlanText("", "txt", text), low=P.fold(text), lowt=P.lower(text)
    )


def _excluded(ctx: _Context, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for rule in P.rules("not_target"):
        for m in rule.regex.finditer(ctx.lowt if rule.tones else ctx.low, start, end):
            spans.append((m.start(), m.end()))
    return spans


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a < e or s < b <= e for s, e in spans)


def _unit_after(ctx: _Context, pos: int, end: int) -> tuple[str, int] | None:
    window = ctx.low[pos : min(end, pos + 40)]
    lead = len(window) - len(window.lstrip())
    rest = window[lead:]
    if rest.startswith("so "):
        rest, lead = rest[3:], lead + 3
    for rule in P.rules("unit"):
        m = rule.regex.match(rest)
        if m and not rest[m.end() : m.end() + 1].isalnum():
            unit = rule.means or ctx.plan.text[pos + lead : pos + lead + m.end()].split(",")[0]
            return unit.lower(), pos + lead + m.end()
    return None


def _comparison(ctx: _Context, clause_start: int, a: int, b: int, value: float, unit: str) -> str:
    before = ctx.low[max(clause_start, a - 30) : a]
    after = ctx.low[b : b + 25]
    if re.search(r"^\s*(?:\w+\s+){0,3}tro len\b", after):
        return ">="
    if re.search(r"^\s*(?:\w+\s+){0,3}tro xuong\b", after):
        return "<="
    best: tuple[int, int, str] | None = None  # (distance to the value, -length, comparison)
    for rule in P.rules("comparison"):
        for m in rule.regex.finditer(before):
            # only the words right before the value, not a verb's object further back
            far = len(before) - m.end()
            if far <= 12 and (best is None or (far, m.start() - m.end()) < best[:2]):
                best = (far, m.start() - m.end(), rule.means)
    if best:
        return best[2]
    return ">="


def _scope(ctx: _Context, start: int, end: int) -> Scope:
    """Who a value is for: the last unit named before it in its clause ("mỗi huyện ...,
    riêng huyện Nậm Pồ ... 20"), else the plan's own unit."""
    found: list[tuple[int, Scope]] = []
    for rule in P.rules("scope"):
        if rule.means.startswith("each_"):
            found += [
                (m.start(), Scope(rule.means)) for m in rule.regex.finditer(ctx.low, start, end)
            ]
    named = _named_units(ctx, start, end)
    for (pos, scope), (nxt, parent) in itertools.pairwise(named):
        if (
            scope.level == "commune"
            and parent.level == "district"
            and re.fullmatch(r"[a-z ]+(?:,\s*|\s*\(\s*)", ctx.low[pos:nxt].split(" ", 1)[-1])
        ):
            named.remove((nxt, parent))  # "xã Vũ Hội, huyện Vũ Thư": the commune
            break
    found += named
    if found:
        return max(found, key=lambda f: f[0])[1]
    after = re.compile(r"\s(?:thuoc|cua|tai|o|tren dia ban)\s+$")
    for pos, scope in _named_units(ctx, end, _clause_end(ctx.low, end)):
        if after.search(ctx.low, max(0, pos - 16), pos):
            return scope  # "cho 120 công chức cấp xã thuộc huyện Xuyên Mộc"
    return ctx.own


def _clause_end(low: str, pos: int) -> int:
    m = re.compile(r"[;.\n]").search(low, pos)
    return m.start() if m else len(low)


def _named_units(ctx: _Context, start: int, end: int) -> list[tuple[int, Scope]]:
    """The districts and communes of the plan's province named in low[start:end]."""
    out = []
    for m in P.compiled(
        # in a lookahead: "cấp xã thuộc huyện Xuyên Mộc" overlaps "huyện Xuyên Mộc"
        r"\b(?=(huyện|thị xã|thành phố|quận|xã|phường|thị trấn)\s+([a-z]+(?:\s+[a-z]+){0,2}))"
    ).finditer(ctx.low, start, end):
        words = m.group(2).split()
        table = ctx.communes if m.group(1) in ("xa", "phuong", "thi tran") else ctx.districts
        for n in range(len(words), 0, -1):
            key = "".join(words[:n])
            if key in table and ctx.plan.text[m.start(2)].isupper():
                name, code = table[key]
                level = "commune" if table is ctx.communes else "district"
                out.append((m.start(), Scope(level, name, code)))
                break
    return out


PEOPLE = frozenset({"người", "lượt"})  # the units (patterns' ``unit`` rules) that count people


def _measure(
    ctx: _Context, value_start: int, clause: tuple[int, int], unit: str, before: int
) -> str | None:
    """The measure that counts the value at ``value_start``: from its own words (up to
    the next value), else from its clause; ``before`` is where the clause's words about
    it begin (a clause with no subject of its own, "đến năm 2025 còn dưới 2%", borrows
    its sentence's)."""
    low = ctx.low
    if _is_delta(ctx, clause[0], value_start):
        return None
    kind = _kind(unit)
    nxt = _QUANTITY_FOLDED.search(low, value_start + 1, clause[1])
    while nxt and nxt.start() <= value_start + 12:  # the value's own "2 - 3", "19/19"
        nxt = _QUANTITY_FOLDED.search(low, nxt.end(), clause[1])
    tail = P.after_value(low[value_start : nxt.start() if nxt else clause[1]])
    if len(re.findall(r"[a-z]+", tail)) >= 2:  # the value names what it counts
        before = clause[0]
    return _measure_rule(tail, kind) or _measure_rule(low[before : clause[1]], kind, anchored=False)


def _kind(unit: str) -> str:
    """Which measure rules a value's unit can take (see the ``measure`` group)."""
    if unit == "%":
        return "%"
    return "people" if unit in PEOPLE else ("communes" if unit == "xã" else "count")


def _is_delta(ctx: _Context, clause_start: int, value_start: int) -> bool:
    """Whether the value is a change ("có thêm 03 xã", "giảm bình quân 0,5%"), not a level."""
    before = ctx.low[max(clause_start, value_start - 40) : value_start]
    return any(rule.regex.search(before) for rule in P.rules("delta"))


def _measure_rule(folded: str, kind: str, anchored: bool = True) -> str | None:
    """The first measure rule for values of ``kind`` ("%", "people" or "count") that
    matches; a "count" rule takes people too. Without ``anchored``, the rules that read
    the words right after a value ("^...") are left out: a whole clause starts with
    something else ("Xã Hướng Phùng phấn đấu tỷ lệ gia đình văn hóa ...")."""
    for rule in P.rules("measure"):
        if not anchored and rule.pattern.startswith(("^", "(?=")):
            continue
        fits = not rule.unit or rule.unit == kind or (rule.unit == "count" and kind != "%")
        if fits and rule.regex.search(folded):
            return rule.means
    return None


_NO_SUBJECT = re.compile(
    r"^[\W\d]*(?:(?:phan dau|den|toi|het|cuoi|nam|quy|giai doan|trong|con|giam|xuong|duoi|"
    r"tren|khong qua|toi da|it nhat|toi thieu|dat|la|chi con|[ivx]+|va)\b[\W\d]*)*$"
)


def _subject_start(ctx: _Context, s: Sentence, clause: tuple[int, int], a: int) -> int:
    """Where the words about the value at ``a`` begin: its clause, or its sentence when
    the clause before the value holds only time and comparison words."""
    if clause[0] > s.start and _NO_SUBJECT.match(ctx.low[clause[0] : a]):
        return s.start
    return clause[0]


_NAME_LEAD = re.compile(
    r"^(?:(?:phấn đấu|trong đó|đồng thời|từ nay|đến|tới|hết|cuối|năm|hằng năm|hàng năm|mỗi năm|"
    r"chậm nhất|toàn tỉnh|có|đạt|là|,)\s*(?:\d{4}\b)?\s*,?\s*)+",
    re.I,
)


def _name(ctx: _Context, clause: tuple[int, int], a: int) -> str:
    """The target's own words: from the last "phấn đấu", ":", comma or end of another
    target before it in the clause, to the end of its part of the clause."""
    low = ctx.low
    start = clause[0]
    for m in re.finditer(
        r"phan dau|:|%[^,;]*?(?:,| va )|\d\s+\w+[^,;]*?(?:,| va )|, (?!(?:thi tran|phuong|thi xa|"
        r"thanh pho|buon|khu pho|ban|ap|to dan pho|xa)\b)",
        low[clause[0] : a],
    ):
        start = clause[0] + m.end() if m.group(0) != "phan dau" else clause[0] + m.start()
    end = clause[1]
    nxt = _QUANTITY_FOLDED.search(low, a + 1, clause[1])
    while nxt and nxt.start() <= a + 12:
        nxt = _QUANTITY_FOLDED.search(low, nxt.end(), clause[1])
    if nxt:
        cut = max(low.rfind(", ", a, nxt.start()), low.rfind(" va ", a, nxt.start()))
        end = cut if cut > a else end
    ref = re.search(
        r"\s(?:theo|tai|cua)\s+(?:nghi quyet|quyet dinh|ke hoach|chi thi|thong tu)", low[a:end]
    )
    end = a + ref.start() if ref else end
    text = ctx.plan.text[start:end].strip(" ,.;:-+")
    text = re.sub(r"^(?:[a-zđ]\)|\d+(?:\.\d+)*[.)])\s+", "", text)  # an item's mark: "đ)", "2.1."
    lead = 0
    while True:  # leading words of time and promise: "Chậm nhất đến cuối quý II năm 2012,"
        m = _NAME_LEAD.match(text, lead) or P.compiled(
            r"(?:chậm nhất\s+)?(?:đến\s+)?(?:cuối\s+)?quý\s+\w+\s*(?:/|năm)\s*\d{4}\s*,?\s*"
        ).match(P.fold(text), lead)
        if not m or m.end() == lead:
            break
        lead = m.end()
    text = text[lead:].strip(" ,.;:-+")
    return (text[:1].upper() + text[1:])[:160]


def _all_of(ctx: _Context, clause: tuple[int, int]) -> Iterator[tuple[int, int]]:
    for rule in P.rules("all_of"):
        for m in rule.regex.finditer(ctx.low, clause[0], clause[1]):
            yield m.start(), m.end()


def _goals_in_sentence(
    ctx: _Context, s: Sentence, in_targets: bool, section_deadline: dt.date | None
) -> Iterator[Goal]:
    """The goals of one sentence. ``section_deadline``: the deadline its heading or lead
    line gives ("2.2. Định hướng đến năm 2030", "Phấn đấu trong năm 2026:")."""
    low = ctx.low
    excluded = _excluded(ctx, s.start, s.end)
    sentence_deadline, _ = deadline(low, s.start, s.end)
    sentence_recurring = frequency(low, s.start, s.end, ctx.lowt) == "yearly"
    cue_sentence = in_targets or _first("target_cue", low, s.start, s.end) is not None
    default = section_deadline or ctx.horizon
    carried: dt.date | None = None
    last: tuple[str, str] | None = None  # the measure of the sentence's last goal, its unit
    stating = False  # an earlier clause told how things stand ("hiện có ...; trong đó ...")
    for clause in clauses(low, s):
        first_deadline, _ = deadline(low, clause[0], clause[1])
        if _states(ctx, clause) or (
            stating
            and not first_deadline
            and not re.search(r"\bphan dau\b", low[clause[0] : clause[1]])
        ):
            stating = True
            carried = first_deadline or carried
            continue
        for a, _b in _all_of(ctx, clause):
            c_deadline, _ = deadline(low, clause[0], clause[1], a)
            due = c_deadline or carried or sentence_deadline or default
            scope = _scope(ctx, clause[0], a)
            yield Goal(
                quote=ctx.plan.text[s.start : s.end],
                value=100.0,
                comparison=">=",
                unit="%",
                deadline=due,
                scope=scope,
                measure=_measure(ctx, a, clause, "%", _subject_start(ctx, s, clause, a)),
                name=_name(ctx, clause, a),
                start=s.start,
                end=s.end,
            )
        for m in _QUANTITY_FOLDED.finditer(low, clause[0], clause[1]):
            a, b = m.start(), m.end()
            if a > 0 and (low[a - 1].isalnum() or low[a - 1] in "/.,-") and low[a - 1] != " ":
                continue
            if _inside(excluded, a, b - 1 if b > a + 1 else b):
                continue
            percent = bool(m.group("pa") or m.group("pb"))
            found = ("%", b) if percent else _unit_after(ctx, b, clause[1])
            if not found:
                continue
            unit, unit_end = found
            if not unit:
                unit = ctx.plan.text[b:unit_end].strip().split()[0].lower()
            if not (cue_sentence or first_deadline):
                continue
            value = parse_number(m.group("a"))
            top = parse_number(m.group("b")) if m.group("b") else None
            if top is not None and top <= value:
                continue  # "1 - 2" only as a rising range
            c_deadline, _ = deadline(low, clause[0], clause[1], a)
            when = c_deadline or carried
            if when and ctx.doc.date and when < ctx.doc.date:
                continue  # a figure of the past ("năm 2015 toàn tỉnh có 84,3%; trong đó ...")
            comparison = (
                "range" if top is not None else _comparison(ctx, clause[0], a, b, value, unit)
            )
            c_recurring = frequency(low, clause[0], clause[1], ctx.lowt) == "yearly"
            recurring = c_recurring or (sentence_recurring and not c_deadline)
            due = None if recurring else (c_deadline or carried or sentence_deadline or default)
            scope = _scope(ctx, clause[0], a)
            measure = _measure(ctx, a, clause, unit, _subject_start(ctx, s, clause, a))
            if (
                measure is None
                and last
                and last[1] == unit
                and _PART.match(low, clause[0])
                and not _is_delta(ctx, clause[0], a)
            ):
                measure = last[0]  # "...; trong đó năm 2023 tuyển chọn ít nhất 40 người"
            if measure:
                last = (measure, unit)
            if (
                measure
                and measure.startswith("training_achieved")
                and scope.level
                in (
                    "commune",
                    "each_commune",
                )
            ):
                measure = None  # people trained are counted by province and district
            yield Goal(
                quote=ctx.plan.text[s.start : s.end],
                value=value,
                value_max=top,
                comparison=comparison,
                unit=unit,
                deadline=due,
                recurring=recurring,
                scope=scope,
                measure=measure,
                name=_name(ctx, clause, a),
                start=s.start,
                end=s.end,
            )
        carried = first_deadline or carried


_PART = re.compile(r"[\s,;:]*(?:trong do|rieng|dac biet|rieng doi voi)\b")


def _states(ctx: _Context, clause: tuple[int, int]) -> bool:
    """Whether a clause tells how things stand ("hiện có ...", "đầu năm 2017 toàn huyện
    có ...") rather than promising something ("phấn đấu" overrides)."""
    if not any(search(rule, ctx.low, *clause, ctx.lowt) for rule in P.rules("state")):
        return False
    return not re.search(r"\bphan dau\b", ctx.low[clause[0] : clause[1]])


_NAME_HEADER = re.compile(r"chi tieu|noi dung|muc tieu")
# a column of units: the table's rows are communes or districts, its target is named above
_UNIT_HEADER = re.compile(r"^(?:ten\s+)?(?:xa|phuong|huyen|thi xa|dia phuong|don vi(?!\s*tinh))\b")


def _table_goals(ctx: _Context, rows: list[Sentence]) -> Iterator[Goal]:
    """Targets in a table: a header row names the columns (the target's name, or the
    unit each row is for, its unit of measure, and one column per deadline); every
    number under a deadline column is a goal. A table whose rows are units takes its
    target's name from the line above it ("Tỷ lệ gia đình văn hóa của các xã: ...")."""
    header: list[str] | None = None
    above = ""
    for s in rows:
        cells = [c.strip() for c in ctx.plan.text[s.start : s.end].split(" | ")]
        folded = [P.fold(c) for c in cells]
        if any(_NAME_HEADER.search(c) or _UNIT_HEADER.match(c) for c in folded) and any(
            re.search(r"(?:19|20)\d\d", c) for c in folded
        ):
            header = folded
            line_start = ctx.plan.text.rfind("\n", 0, max(0, s.start - 1)) + 1
            above = ctx.plan.text[line_start : max(line_start, s.start - 1)].strip()
            above = re.sub(r"^(?:[a-zđ]\)|\d+(?:\.\d+)*[.)]|[-+*•])\s*", "", above).rstrip(":")
            continue
        if header is None or len(cells) < 2:
            continue
        by_unit = not any(_NAME_HEADER.search(h) for h in header)
        name_col = next(
            (
                i
                for i, h in enumerate(header)
                if (_UNIT_HEADER.match(h) if by_unit else _NAME_HEADER.search(h))
            ),
            1,
        )
        unit_col = next((i for i, h in enumerate(header) if re.search(r"don vi|dvt", h)), None)
        if name_col >= len(cells) or not re.search(r"[a-z]", folded[name_col]):
            continue
        name = cells[name_col]
        target = f"{above} — {name}" if by_unit and above else name
        subject = P.fold(above) if by_unit else folded[name_col]
        unit_text = cells[unit_col] if unit_col is not None and unit_col < len(cells) else ""
        unit = "%" if "%" in unit_text or "ty le" in subject else (unit_text.lower() or "")
        for i, h in enumerate(header):
            if i in (name_col, unit_col) or i >= len(cells):
                continue
            years = re.findall(r"(?:19|20)\d\d", h)
            if not years or re.search(
                r"thuc hien|hien trang|ket qua|uoc dat|uoc thuc|nam goc|co so", h
            ):
                continue  # the current state, not a target
            cell = folded[i]
            m = _QUANTITY_FOLDED.search(cell)
            if not m:
                continue
            value = parse_number(m.group("a"))
            top = parse_number(m.group("b")) if m.group("b") else None
            unit_here = "%" if (m.group("pa") or unit == "%") else (unit or "")
            comparison = "range" if top is not None else "="
            for rule in P.rules("comparison"):
                if rule.regex.search(cell[: m.start()]) or (
                    rule.means in (">=", "<=") and rule.regex.search(cell[m.end() :])
                ):
                    comparison = rule.means
                    break
            else:
                if top is None:
                    comparison = "<=" if "ngheo" in subject else ">="
            recurring = bool(re.search(r"hang nam|moi nam", h))
            due = None if recurring else dt.date(int(years[-1]), 12, 31)
            offset = s.start
            yield Goal(
                quote=ctx.plan.text[s.start : s.end],
                value=value,
                value_max=top,
                comparison=comparison,
                unit=unit_here,
                deadline=due,
                recurring=recurring,
                scope=_scope(
                    ctx,
                    offset,
                    offset + len(ctx.plan.text[s.start : s.end].split(" | ")[0]) + len(name) + 8,
                ),
                measure=_table_measure(ctx, above if by_unit else name, unit_here),
                name=target[:160],
                start=s.start,
                end=s.end,
            )


def _table_measure(ctx: _Context, name: str, unit: str) -> str | None:
    text = re.sub(r"^(?:ty le|so)\s+", "", P.fold(name))
    unit = {"nguoi": "người", "luot": "lượt", "xa": "xã"}.get(P.fold(unit.strip()), unit)
    kind = _kind(unit)
    return _measure_rule(text, kind) or _measure_rule(P.fold(name), kind)


@dataclass(frozen=True)
class _Section:
    targets: bool  # under a heading about goals ("Mục tiêu", "Chỉ tiêu")
    state: bool  # under a heading about how things stand ("Thực trạng")
    deadline: dt.date | None  # the deadline a heading or lead line above gives


_TOP = re.compile(r"^\s*[IVX]+\.\s")  # "II. MỤC TIÊU": a section of the first level


def _section(ctx: _Context, headings: list[tuple[int, str, int]], pos: int) -> _Section:
    """What the headings (and lead lines ending in ":") above ``pos`` say about it, up to
    its first-level section."""
    above = [h for h in headings if h[0] < pos]
    above = [h for h in above if not ctx.plan.text[h[0] : h[2]].rstrip().endswith((".", ";"))]
    numbered = [h for h in above if _HEADING.match(ctx.plan.text[h[0] : h[2]])]
    nearest = numbered[-1][1] if numbered else ""
    targets = bool(re.search(r"muc tieu|chi tieu", nearest))
    state = any(rule.regex.search(nearest) for rule in P.rules("state_heading"))
    found: dt.date | None = None
    for start, _folded, end in reversed(above):
        found, _ = deadline(ctx.low, start, end)
        if found or _TOP.match(ctx.plan.text[start:end]):
            break
    return _Section(targets, state, found)


# -- duties ---------------------------------------------------------------------------------------


def _due(low: str, start: int, end: int, freq: str | None):
    """(frequency, due) of a report clause, or None when it names no date or period."""
    for rule in P.rules("due"):
        m = rule.regex.search(low, start, end)
        if not m:
            continue
        g = m.groups()
        try:
            if rule.means == "date":
                # a date with its year is one report, whatever it is called ("báo cáo năm:
                # gửi trước ngày 10/11/2017")
                return "once", dt.date(int(g[2]), int(g[1]), int(g[0])), m
            if rule.means in ("quarter", "month"):
                date = _date(rule.means, g)
                if date and freq in (None, "once"):
                    return "once", date, m
                continue
            if rule.means == "day_month":
                day, month = int(g[0]), int(g[1])
                dt.date(2000, month, day)
                if freq in (None, "yearly"):
                    return "yearly", f"{month:02d}-{day:02d}", m
                return freq, day, m
            if rule.means == "early_month":
                month = int(g[0])
                if freq in (None, "yearly") and 1 <= month <= 12:
                    return "yearly", f"{month:02d}-05", m
                continue
            if rule.means == "day" and freq in ("monthly", "quarterly", "half-yearly"):
                day = int(g[0])
                if 1 <= day <= 31:
                    return freq, day, m
        except ValueError:
            continue
    if freq in ("monthly", "quarterly", "half-yearly", "yearly"):
        return freq, None, None
    return None


_BODY_STOP = re.compile(
    r"\s+(?:thực hiện|tổ chức|báo cáo|gửi|nộp|định kỳ|hằng năm|hàng năm|căn cứ|theo|trong|"
    r"tiếp tục|chịu|chủ trì|phối hợp|làm|có trách nhiệm|xây dựng|tiến hành|triển khai|tổng hợp|"
    r"kết quả|tình hình|trước|để|vào|về việc|đánh giá|rà soát|hoàn thành|được|nghiên cứu|"
    r"căn cứ|trên cơ sở|khẩn trương|thường xuyên|cùng cấp|kiểm tra|như sau)\b|[:;.()]",
    re.I,
)
_TO = re.compile(r"\s*(?:\S+\s+){0,15}?(?:ve|cho|len|den|toi)\s+|\s+")


def _org_at(ctx: _Context, pos: int, end: int) -> tuple[int, int] | None:
    """The body whose name starts at ``pos``: its span, to the first word that is not
    part of a name, with a "(qua ...)" after it."""
    if not P.rules("org")[0].regex.match(ctx.lowt, pos, end):
        return None
    stop = _BODY_STOP.search(ctx.plan.text, pos + 2, end)
    stop_at = stop.start() if stop else end
    q = re.match(r"\s*\((?:qua|thông qua)\s[^)]*\)", ctx.plan.text[stop_at:end])
    return pos, stop_at + (q.end() if q else 0)


def _recipient(ctx: _Context, start: int, end: int) -> str | None:
    verb_rule = P.rules("to_verb")[0]
    for v in verb_rule.regex.finditer(ctx.low, start, end):
        m = _TO.match(ctx.low, v.end(), end)
        for pos in ([m.end()] if m else []) + [v.end() + 1]:
            span = _org_at(ctx, pos, end)
            if span and span[1] - span[0] > 2:
                return re.sub(r"\s+", " ", ctx.plan.text[span[0] : span[1]]).strip(" ,")
    return None


_LEAD_WORDS = re.compile(
    r"\s*(?:(?:[IVX]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+*•])\s*)?"
    r"(?:(?:trước|chậm nhất|hằng năm|hàng năm|định kỳ)[^,]*,\s*)?(?:(?:giao|đề nghị|yêu cầu)\s+)?",
    re.I,
)
_HEADS = (
    r"(?:UBND|Ủy ban|Sở |Ban |Văn phòng|Công an|Bộ |Đài |Báo |Tỉnh (?:ủy|đoàn)|Huyện|Hội (?!nghị)|"
    r"Trường|Trung tâm|Phòng|Đảng ủy|[Cc]ác (?:sở|ban|huyện|xã|cơ quan|đơn vị|phòng|địa phương))"
)


def _bodies(ctx: _Context, start: int, end: int) -> list[str]:
    """The bodies named at the start of text[start:end] (a sentence's subject or a
    heading): "Các sở, ban, ngành liên quan và UBND các huyện" is two."""
    org = P.rules("org")[0].regex
    lead = _LEAD_WORDS.match(ctx.plan.text, start, end)
    pos = lead.end() if lead else start
    bodies: list[str] = []
    while pos < end:
        m = org.match(ctx.lowt, pos, end)
        span = _org_at(ctx, pos, end) if m else None
        if not span or span[1] - span[0] < 3:
            break
        text = ctx.plan.text[span[0] : span[1]]
        parts = re.split(rf",\s+(?={_HEADS})|\s+và\s+(?={_HEADS})", text)
        bodies += [p.strip(" ,") for p in parts if len(p.strip(" ,")) > 2]
        join = re.match(r"\s*(?:,|và|;)\s*", ctx.plan.text[span[1] : end])
        if not join:
            break
        pos = span[1] + join.end()
    return [b for b in bodies if len(b) < 120]


def _reporters(
    ctx: _Context,
    s: Sentence,
    verb: int,
    headings: list[tuple[int, str, int]],
    lead: tuple[int, int] | None,
) -> list[str]:
    own = _bodies(ctx, s.start, verb)
    if own:
        return own
    if lead:
        own = _bodies(ctx, lead[0], lead[1])
        if own:
            return own
    for pos, _folded, end in reversed(headings):
        if pos < s.start:
            found = _bodies(ctx, pos, end)
            if found:
                return found
    return []


def _report_name(ctx: _Context, start: int, end: int, kind: str) -> str:
    text = ctx.plan.text[start:end]
    m = re.search(r"(?:^|[+\-•]\s*)((?:Kế hoạch|Báo cáo)[^:;,]{0,60})\s*:", text)
    if m:
        return m.group(1).strip()
    text = re.sub(r"\s+(?:và|hoặc)$", "", text)
    m = re.search(
        r"báo cáo\s+((?:kết quả|tình hình|tổng kết|sơ kết)[^,;.()]{0,60}?)(?=\s+(?:về|cho|trước|gửi|theo)\b|[,;.(]|$)",
        text,
        re.I,
    )
    if m:
        return re.sub(r"\s+(?:và|hoặc)$", "", "Báo cáo " + m.group(1).strip())[:90]
    number = f" {ctx.doc.number}" if ctx.doc.number else ""
    return f"Báo cáo kết quả thực hiện Kế hoạch{number}"


def _duties(
    ctx: _Context, all_sentences: list[Sentence], headings: list[tuple[int, str, int]]
) -> Iterator[Duty]:
    low = ctx.low
    lead: tuple[int, int] | None = None
    lead_recipient: str | None = None
    lead_mark = ""
    for s in all_sentences:
        if s.table:
            continue
        text_low = low[s.start : s.end]
        marker = _ITEM.match(ctx.plan.text[s.start : s.end])
        mark = marker.group(0).strip() if marker else ""
        is_item = bool(lead) and bool(marker) and mark != lead_mark
        if text_low.rstrip().endswith(":"):
            lead, lead_mark = (s.start, s.end), mark
            lead_recipient = _recipient(ctx, s.start, s.end)
        elif not is_item:
            lead, lead_recipient, lead_mark = None, None, ""
        verb = P.rules("report_verb")[0].regex.search(low, s.start, s.end)
        if not verb:
            continue
        # one duty per report named with its own date: "báo cáo 6 tháng trước 15/6 và báo
        # cáo năm trước 15/12" is two
        parts = _split_reports(low, s)
        for a, b in parts:
            freq = frequency(low, a, b, ctx.lowt) or (
                frequency(low, s.start, s.end, ctx.lowt) if len(parts) == 1 else None
            )
            found = _due(low, a, b, freq)
            if not found:
                continue
            freq, due, _m = found
            if freq == "once" and due is None:
                continue
            if (
                not P.rules("report_verb")[0].regex.search(low, a, b)
                and not (is_item and lead)
                and not (len(parts) > 1 and freq)  # "6 tháng (trước 20/6) và hằng năm ... báo cáo"
            ):
                continue
            kind_rule = _first("report_kind", low, a, b) or (
                _first("report_kind", low, lead[0], lead[1]) if lead else None
            )
            if kind_rule is None and ctx.doc.title:
                kind_rule = _first("report_kind", P.fold(ctx.doc.title), 0, len(ctx.doc.title))
            kind = kind_rule.means if kind_rule else "other"
            if kind == "other" and not _first("report_kind", low, a, b) and ctx.doc.title:
                title_rule = _first("report_kind", P.fold(ctx.doc.title), 0, len(ctx.doc.title))
                if title_rule and title_rule.means != "other":
                    kind = title_rule.means
            recipient = _recipient(ctx, s.start, s.end) or lead_recipient
            yield Duty(
                quote=ctx.plan.text[s.start : s.end],
                frequency=freq,
                due=due,
                report_kind=kind,
                recipient=recipient,
                reporter=_reporters(ctx, s, verb.start(), headings, lead if is_item else None),
                report_name=_report_name(ctx, s.start, s.end, kind),
                start=s.start,
                end=s.end,
            )


def _split_reports(low: str, s: Sentence) -> list[tuple[int, int]]:
    """A sentence with several dated reports, cut before each "báo cáo" after the first."""
    dues = [m for rule in P.rules("due") for m in rule.regex.finditer(low, s.start, s.end)]
    if len(dues) < 2:
        return [(s.start, s.end)]
    cuts = [
        m.start()
        for m in re.finditer(
            r"(?:\bva|;|,)\s+(?=bao cao|gui|(?:ca|hang|moi) nam\b|(?:6|06|sau) thang\b)",
            low[s.start : s.end],
        )
    ]
    if not cuts:
        return [(s.start, s.end)]
    bounds = [s.start, *(s.start + c for c in cuts), s.end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


# -- everything ------------------------------------------------------------------------------------


_STOP_WORDS = frozenset(
    [
        "cua",
        "cac",
        "va",
        "ve",
        "theo",
        "cho",
        "voi",
        "tai",
        "trong",
        "nhung",
        "mot",
        "so",
        "la",
        "co",
        "duoc",
        "de",
        "tinh",
        "xa",
        "huyen",
        "nam",
    ]
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", P.fold(text)) if w not in _STOP_WORDS}


def _programme(sentence: str, title: str, programmes: list[str]) -> str | None:
    """The known programme a sentence speaks of: most words in common (the sentence's
    count twice, the plan title's once), at least two."""
    said, titled = _words(sentence), _words(title)
    scored = [(2 * len(_words(p) & said) + len(_words(p) & titled), p) for p in programmes]
    best = max(scored, default=(0, None))
    return best[1] if best[0] >= 2 else None


def _with_programme(g: Goal, title: str, programmes: list[str]) -> None:
    """Officer measures take the programme as their argument (and a post, for communes)."""
    if not g.measure or ":" in g.measure or not g.measure.startswith("officer_"):
        return
    found = _programme(g.quote, title, programmes)
    if not found:
        return
    if g.measure == "officer_communes":
        post = "Phó Chủ tịch UBND xã" if "pho chu tich" in P.fold(g.quote) else "Chủ tịch UBND xã"
        g.measure = f"officer_communes:{found}|{post}"
    else:
        g.measure = f"{g.measure}:{found}"


def propose(plan: PlanText, programmes: list[str] | None = None) -> Proposals:
    """Read a plan's text; propose its document facts, goals and duties. ``programmes``:
    the officer programmes the warehouse knows, to name an officer measure's argument."""
    # the text as read_plan gives it (a text given directly gets the same tidying)
    plan = dataclasses.replace(plan, text="\n".join(unbreak(plan.text.split("\n"))))
    low = P.fold(plan.text)
    if len(low) != len(plan.text):  # a letter whose lower case is longer: fold one by one
        low = "".join(P.fold(c) if len(P.fold(c)) == 1 else "?" for c in plan.text)
    doc = document(plan, low)
    era = NEW if doc.date and doc.date >= ERA_CHANGE else LEGACY
    code = doc.province.code if doc.province else None
    ctx = _Context(
        plan,
        low,
        P.lower(plan.text),
        doc,
        era,
        _horizon(low, doc),
        _units(era, code, "district"),
        _units(era, code, "commune"),
    )
    ctx.own = _own_unit(ctx)
    doc.period_end = ctx.horizon
    period = P.compiled(r"giai đoạn\s+(?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:[-–—]|đến|tới)").search(
        low[:2500]
    )
    doc.period_start = int(period.group(1)) if period else None
    all_sentences = sentences(plan.text)
    headings: list[tuple[int, str, int]] = []
    for start, end in paragraphs(plan.text):
        line = plan.text[start:end]
        if _HEADING.match(line) and len(line) < 200:
            headings.append((start, low[start:end], end))
    goals: list[Goal] = []
    seen: set[tuple] = set()
    body = _body(plan.text, low, all_sentences)
    all_sentences = [s for s in all_sentences if body[0] <= s.start < body[1]]
    table_rows = [s for s in all_sentences if s.table]
    for g in [*_sentence_goals(ctx, all_sentences, headings), *_table_goals(ctx, table_rows)]:
        # a target said twice (in the goals and again in the tasks) is proposed once
        key = (
            g.value,
            g.value_max,
            g.unit,
            g.measure,
            g.deadline,
            g.recurring,
            g.scope.level,
            g.scope.code,
            g.comparison,
            g.measure or _object(low, g),
        )
        if key in seen:
            continue
        seen.add(key)
        goals.append(g)
    goals.sort(key=lambda g: g.start)
    for g in goals:
        _with_programme(g, doc.title or "", programmes or [])
    duties: list[Duty] = []
    seen_d: set[tuple] = set()
    for d in _duties(ctx, all_sentences, headings):
        key = (d.frequency, str(d.due), d.start)
        if key not in seen_d:
            seen_d.add(key)
            duties.append(d)
    return Proposals(plan, doc, goals, duties)


def _body(text: str, low: str, all_sentences: list[Sentence]) -> tuple[int, int]:
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


def _object(low: str, g: Goal) -> str:
    """What a goal counts, as a key: the folded words of its name without numbers."""
    return re.sub(r"[^a-z]+", "", P.fold(g.name))[:60]


def _sentence_goals(ctx: _Context, all_sentences: list[Sentence], headings) -> Iterator[Goal]:
    leads = [
        (a, ctx.low[a:b], b)
        for a, b in paragraphs(ctx.plan.text)
        if ctx.plan.text[a:b].rstrip().endswith(":") and b - a < 200
    ]
    marks = sorted({*headings, *leads})
    for s in all_sentences:
        if s.table or _is_heading_only(ctx, s):
            continue
        section = _section(ctx, marks, s.start)
        if section.state and not re.search(r"\bphan dau\b", ctx.low[s.start : s.end]):
            continue  # "II. THỰC TRẠNG": the figures of today
        yield from _goals_in_sentence(ctx, s, section.targets, section.deadline)


def _is_heading_only(ctx: _Context, s: Sentence) -> bool:
    text = ctx.plan.text[s.start : s.end]
    return bool(re.fullmatch(r"\s*(?:[IVX]+\.|\d+\.)?\s*[A-ZĐÀ-Ỹ ,\-]+:?\s*", text))
