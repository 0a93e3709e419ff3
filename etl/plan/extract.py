"""A plan's text -> proposed document facts, goals and reporting duties.

Rules over the text, from the table in :mod:`etl.plan.patterns`; no model, nothing
downloaded. The text is cut into sentences (:mod:`etl.plan.text`); the document's facts
come from its head (:mod:`etl.plan.document`), goals from clauses that promise something
and from tables of targets (:mod:`etl.plan.goals`), duties from sentences that send a
report by a date or every period (:mod:`etl.plan.duties`). Each proposal keeps its
sentence and its place in the text.
"""

from __future__ import annotations

import dataclasses

from etl.plan import patterns as P
from etl.plan.context import Context, own_unit, units_of
from etl.plan.document import body_span, document, horizon
from etl.plan.duties import duties as read_duties
from etl.plan.goals import object_key, sentence_goals, table_goals, with_programme
from etl.plan.model import Duty, Goal, PlanText, Proposals
from etl.plan.read import unbreak
from etl.plan.text import HEADING, paragraphs, sentences
from etl.units.reference import ERA_CHANGE, LEGACY, NEW


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
    ctx = Context(
        plan,
        low,
        P.lower(plan.text),
        doc,
        era,
        horizon(low, doc),
        units_of(era, code, "district"),
        units_of(era, code, "commune"),
    )
    ctx.own = own_unit(ctx)
    doc.period_end = ctx.horizon
    period = P.compiled(r"giai đoạn\s+(?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:[-–—]|đến|tới)").search(
        low[:2500]
    )
    doc.period_start = int(period.group(1)) if period else None
    all_sentences = sentences(plan.text)
    headings: list[tuple[int, str, int]] = []
    for start, end in paragraphs(plan.text):
        line = plan.text[start:end]
        if HEADING.match(line) and len(line) < 200:
            headings.append((start, low[start:end], end))
    goals: list[Goal] = []
    seen: set[tuple] = set()
    body = body_span(plan.text, low, all_sentences)
    all_sentences = [s for s in all_sentences if body[0] <= s.start < body[1]]
    table_rows = [s for s in all_sentences if s.table]
    for g in [*sentence_goals(ctx, all_sentences, headings), *table_goals(ctx, table_rows)]:
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
            g.measure or object_key(low, g),
        )
        if key in seen:
            continue
        seen.add(key)
        goals.append(g)
    goals.sort(key=lambda g: g.start)
    for g in goals:
        with_programme(g, doc.title or "", programmes or [])
    duties: list[Duty] = []
    seen_d: set[tuple] = set()
    for d in read_duties(ctx, all_sentences, headings):
        key = (d.frequency, str(d.due), d.start)
        if key not in seen_d:
            seen_d.add(key)
            duties.append(d)
    return Proposals(plan, doc, goals, duties)
