"""A plan's reporting duties: every sentence (or item under a lead-in) that sends a report
or a document to a body with a date or a period; with its frequency, due day, kind,
recipient and reporters."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from etl.plan import patterns as P
from etl.plan.context import Context
from etl.plan.model import Duty
from etl.plan.text import ITEM, Sentence, first_rule, frequency, read_date


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
                date = read_date(rule.means, g)
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


def _org_at(ctx: Context, pos: int, end: int) -> tuple[int, int] | None:
    """The body whose name starts at ``pos``: its span, to the first word that is not
    part of a name, with a "(qua ...)" after it."""
    if not P.rules("org")[0].regex.match(ctx.lowt, pos, end):
        return None
    stop = _BODY_STOP.search(ctx.plan.text, pos + 2, end)
    stop_at = stop.start() if stop else end
    q = re.match(r"\s*\((?:qua|thông qua)\s[^)]*\)", ctx.plan.text[stop_at:end])
    return pos, stop_at + (q.end() if q else 0)


def _recipient(ctx: Context, start: int, end: int) -> str | None:
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


def _bodies(ctx: Context, start: int, end: int) -> list[str]:
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
    ctx: Context,
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


def _report_name(ctx: Context, start: int, end: int, kind: str) -> str:
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


def duties(
    ctx: Context, all_sentences: list[Sentence], headings: list[tuple[int, str, int]]
) -> Iterator[Duty]:
    low = ctx.low
    lead: tuple[int, int] | None = None
    lead_recipient: str | None = None
    lead_mark = ""
    for s in all_sentences:
        if s.table:
            continue
        text_low = low[s.start : s.end]
        marker = ITEM.match(ctx.plan.text[s.start : s.end])
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
            kind_rule = first_rule("report_kind", low, a, b) or (
                first_rule("report_kind", low, lead[0], lead[1]) if lead else None
            )
            if kind_rule is None and ctx.doc.title:
                kind_rule = first_rule("report_kind", P.fold(ctx.doc.title), 0, len(ctx.doc.title))
            kind = kind_rule.means if kind_rule else "other"
            if kind == "other" and not first_rule("report_kind", low, a, b) and ctx.doc.title:
                title_rule = first_rule("report_kind", P.fold(ctx.doc.title), 0, len(ctx.doc.title))
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
