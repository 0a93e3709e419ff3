"""A plan's goals: every number in a clause that promises something ("phấn đấu", "đạt",
"có ... được") and is not a date, a document's number or another thing the pattern table
names, and every target cell of a table of targets; with its comparison, unit, deadline,
scope and the measure that counts it. Figures of the present ("Thực trạng", "hiện có",
a year before the plan) are not goals."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from etl.plan import patterns as P
from etl.plan.context import Context, named_units
from etl.plan.model import Goal, Scope
from etl.plan.text import (
    HEADING,
    QUANTITY,
    Sentence,
    clause_end,
    clauses,
    deadline,
    first_rule,
    frequency,
    paragraphs,
    search,
)
from etl.values import parse_number


def _excluded(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for rule in P.rules("not_target"):
        for m in rule.regex.finditer(ctx.lowt if rule.tones else ctx.low, start, end):
            spans.append((m.start(), m.end()))
    return spans


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a < e or s < b <= e for s, e in spans)


def _unit_after(ctx: Context, pos: int, end: int) -> tuple[str, int] | None:
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


def _comparison(ctx: Context, clause_start: int, a: int, b: int, value: float, unit: str) -> str:
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


def _scope(ctx: Context, start: int, end: int) -> Scope:
    """Who a value is for: the last unit named before it in its clause ("mỗi huyện ...,
    riêng huyện Nậm Pồ ... 20"), else the plan's own unit."""
    found: list[tuple[int, Scope]] = []
    for rule in P.rules("scope"):
        if rule.means.startswith("each_"):
            found += [
                (m.start(), Scope(rule.means)) for m in rule.regex.finditer(ctx.low, start, end)
            ]
    named = named_units(ctx, start, end)
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
    for pos, scope in named_units(ctx, end, clause_end(ctx.low, end)):
        if after.search(ctx.low, max(0, pos - 16), pos):
            return scope  # "cho 120 công chức cấp xã thuộc huyện Xuyên Mộc"
    return ctx.own


PEOPLE = frozenset({"người", "lượt"})  # the units (patterns' ``unit`` rules) that count people


def _measure(
    ctx: Context, value_start: int, clause: tuple[int, int], unit: str, before: int
) -> str | None:
    """The measure that counts the value at ``value_start``: from its own words (up to
    the next value), else from its clause; ``before`` is where the clause's words about
    it begin (a clause with no subject of its own, "đến năm 2025 còn dưới 2%", borrows
    its sentence's)."""
    low = ctx.low
    if _is_delta(ctx, clause[0], value_start):
        return None
    kind = _kind(unit)
    nxt = QUANTITY.search(low, value_start + 1, clause[1])
    while nxt and nxt.start() <= value_start + 12:  # the value's own "2 - 3", "19/19"
        nxt = QUANTITY.search(low, nxt.end(), clause[1])
    tail = P.after_value(low[value_start : nxt.start() if nxt else clause[1]])
    if len(re.findall(r"[a-z]+", tail)) >= 2:  # the value names what it counts
        before = clause[0]
    return _measure_rule(tail, kind) or _measure_rule(low[before : clause[1]], kind, anchored=False)


def _kind(unit: str) -> str:
    """Which measure rules a value's unit can take (see the ``measure`` group)."""
    if unit == "%":
        return "%"
    return "people" if unit in PEOPLE else ("communes" if unit == "xã" else "count")


def _is_delta(ctx: Context, clause_start: int, value_start: int) -> bool:
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


def _subject_start(ctx: Context, s: Sentence, clause: tuple[int, int], a: int) -> int:
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


def _name(ctx: Context, clause: tuple[int, int], a: int) -> str:
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
    nxt = QUANTITY.search(low, a + 1, clause[1])
    while nxt and nxt.start() <= a + 12:
        nxt = QUANTITY.search(low, nxt.end(), clause[1])
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


def _all_of(ctx: Context, clause: tuple[int, int]) -> Iterator[tuple[int, int]]:
    for rule in P.rules("all_of"):
        for m in rule.regex.finditer(ctx.low, clause[0], clause[1]):
            yield m.start(), m.end()


def _goals_in_sentence(
    ctx: Context, s: Sentence, in_targets: bool, section_deadline: dt.date | None
) -> Iterator[Goal]:
    """The goals of one sentence. ``section_deadline``: the deadline its heading or lead
    line gives ("2.2. Định hướng đến năm 2030", "Phấn đấu trong năm 2026:")."""
    low = ctx.low
    excluded = _excluded(ctx, s.start, s.end)
    sentence_deadline, _ = deadline(low, s.start, s.end)
    # "Hằng năm, ..." leading the sentence makes every clause yearly; in one clause of a
    # long list ("...; hằng năm mỗi huyện mở ít nhất 01 lớp") only that one
    lead_end = clauses(low, s)[0][1] if low[s.start : s.end].strip() else s.end
    sentence_recurring = frequency(low, s.start, lead_end, ctx.lowt) == "yearly"
    cue_sentence = in_targets or first_rule("target_cue", low, s.start, s.end) is not None
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
        every = _every(ctx, clause, excluded)
        for m in QUANTITY.finditer(low, clause[0], clause[1]):
            a, b = m.start(), m.end()
            if a > 0 and (low[a - 1].isalnum() or low[a - 1] in "/.,-") and low[a - 1] != " ":
                continue
            if _inside(excluded, a, b - 1 if b > a + 1 else b):
                continue
            if every and a == every[0]:
                continue  # "100% xã" here says "every commune", not a share to reach
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
            scope = Scope(every[1]) if every and a > every[0] else _scope(ctx, clause[0], a)
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


_EVERY = re.compile(
    r"100\s*%\s*(?:so\s+)?(?:(xa|don vi cap xa)|(huyen|don vi cap huyen))(?:\s*,\s*(?:phuong|thi tran|thi xa|thanh pho|dac khu))*"
)


def _every(
    ctx: Context, clause: tuple[int, int], excluded: list[tuple[int, int]]
) -> tuple[int, str] | None:
    """Where "100% xã" quantifies a count that follows it in the clause ("100% xã, phường
    bố trí không quá 14 người"): every commune (or district) gets that count, and the
    100% is no goal of its own. None when the 100% is the share to reach ("100% xã có
    trụ sở kiên cố")."""
    m = _EVERY.search(ctx.low, *clause)
    if not m:
        return None
    for rest in QUANTITY.finditer(ctx.low, m.end(), clause[1]):
        if _inside(excluded, rest.start(), rest.end() - 1):
            continue  # a year, a date: not a count
        if rest.group("pa") or rest.group("pb") or not _unit_after(ctx, rest.end(), clause[1]):
            return None
        return m.start(), "each_commune" if m.group(1) else "each_district"
    return None


def _states(ctx: Context, clause: tuple[int, int]) -> bool:
    """Whether a clause tells how things stand ("hiện có ...", "đầu năm 2017 toàn huyện
    có ...") rather than promising something ("phấn đấu" overrides)."""
    if not any(search(rule, ctx.low, *clause, ctx.lowt) for rule in P.rules("state")):
        return False
    return not re.search(r"\bphan dau\b", ctx.low[clause[0] : clause[1]])


_NAME_HEADER = re.compile(r"chi tieu|noi dung|muc tieu")


# a column of units: the table's rows are communes or districts, its target is named above
_UNIT_HEADER = re.compile(r"^(?:ten\s+)?(?:xa|phuong|huyen|thi xa|dia phuong|don vi(?!\s*tinh))\b")


def table_goals(ctx: Context, rows: list[Sentence]) -> Iterator[Goal]:
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
            if not years or re.search(r"thuc hien|hien trang|ket qua|\buoc\b|nam goc|co so", h):
                continue  # the current state, not a target
            cell = folded[i]
            m = QUANTITY.search(cell)
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


def _table_measure(ctx: Context, name: str, unit: str) -> str | None:
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


def _section(ctx: Context, headings: list[tuple[int, str, int]], pos: int) -> _Section:
    """What the headings (and lead lines ending in ":") above ``pos`` say about it, up to
    its first-level section."""
    above = [h for h in headings if h[0] < pos]
    above = [h for h in above if not ctx.plan.text[h[0] : h[2]].rstrip().endswith((".", ";"))]
    numbered = [h for h in above if HEADING.match(ctx.plan.text[h[0] : h[2]])]
    nearest = numbered[-1][1] if numbered else ""
    targets = bool(re.search(r"muc tieu|chi tieu", nearest))
    state = any(rule.regex.search(nearest) for rule in P.rules("state_heading"))
    found: dt.date | None = None
    for start, _folded, end in reversed(above):
        found, _ = deadline(ctx.low, start, end)
        if found or _TOP.match(ctx.plan.text[start:end]):
            break
    return _Section(targets, state, found)


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


def with_programme(g: Goal, title: str, programmes: list[str]) -> None:
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


def object_key(low: str, g: Goal) -> str:
    """What a goal counts, as a key: the folded words of its name without numbers."""
    return re.sub(r"[^a-z]+", "", P.fold(g.name))[:60]


def sentence_goals(ctx: Context, all_sentences: list[Sentence], headings) -> Iterator[Goal]:
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
        past = section.deadline and ctx.doc.date and section.deadline < ctx.doc.date
        if (section.state or past) and not re.search(r"\bphan dau\b", ctx.low[s.start : s.end]):
            continue  # "II. THỰC TRẠNG", "II. KẾT QUẢ ĐẾN HẾT NĂM 2018": the figures of today
        yield from _goals_in_sentence(ctx, s, section.targets, section.deadline)


def _is_heading_only(ctx: Context, s: Sentence) -> bool:
    text = ctx.plan.text[s.start : s.end]
    return bool(re.fullmatch(r"\s*(?:[IVX]+\.|\d+\.)?\s*[A-ZĐÀ-Ỹ ,\-]+:?\s*", text))
