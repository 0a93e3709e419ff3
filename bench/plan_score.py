"""How well the plan reader does on the corpora of plan texts: recall and precision of goals
and duties, and which fields of the found ones are right.

Two corpora: the texts written with the reader (bench/plan_corpus.py), and the texts
written blind to it by someone who had only the conventions (bench/plan_corpus_blind_*.py,
each set first scored before the reader was changed for it; its docstring keeps that
first score). ``CORPORA`` names them; ``score()`` takes either.

A goal is found when a proposal's sentence holds the expected ``quote_has`` and its value
(and upper value) is the expected one; a duty when its sentence holds ``quote_has`` and its
due (else its frequency) is the expected one. Precision counts the proposals that match
something expected. ``tests/test_plan_extract.py`` asserts on it; ``make bench`` prints it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bench import (
    plan_corpus_blind_a,
    plan_corpus_blind_b,
    plan_corpus_blind_c,
    plan_corpus_blind_d,
)
from bench.plan_corpus import CASES, Case, ExpectedDuty, ExpectedGoal
from etl.plan import extract
from etl.plan import patterns as P
from etl.plan.model import Duty, Goal, PlanText, Proposals

BLIND: tuple[Case, ...] = (
    plan_corpus_blind_a.CASES
    + plan_corpus_blind_b.CASES
    + plan_corpus_blind_c.CASES
    + plan_corpus_blind_d.CASES
)
CORPORA: dict[str, tuple[Case, ...]] = {
    "viết cùng bộ đọc (bench/plan_corpus.py)": CASES,
    "viết mù, không xem bộ đọc (bench/plan_corpus_blind_*.py)": BLIND,
}


def _canonical_unit(unit: str) -> str:
    """ "cán bộ", "công chức", "người" are all people: one name for comparing units."""
    folded = P.fold(unit.strip())
    for rule in P.rules("unit"):
        if rule.means and folded == P.fold(rule.means):
            return rule.means
        m = rule.regex.match(folded)
        if m and m.end() == len(folded) and rule.means:
            return rule.means
    return folded


def _iso(value) -> str | int | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def goal_fields(expected: ExpectedGoal, got: Goal) -> dict[str, tuple]:
    """Each compared field -> (expected, got), for the fields that differ."""
    measure = got.measure
    if expected.measure and ":" not in expected.measure and measure:
        measure = measure.partition(":")[0]
    pairs = {
        "comparison": (expected.comparison, got.comparison),
        "unit": (_canonical_unit(expected.unit), _canonical_unit(got.unit)),
        "deadline": (expected.deadline, _iso(got.deadline)),
        "recurring": (expected.recurring, got.recurring),
        "scope_level": (expected.scope_level, got.scope.level),
        "measure": (expected.measure, measure),
    }
    if expected.scope_name:
        name = got.scope.name or ""
        pairs["scope_name"] = (True, P.fold(expected.scope_name) in P.fold(name))
    return {k: v for k, v in pairs.items() if v[0] != v[1]}


def duty_fields(expected: ExpectedDuty, got: Duty) -> dict[str, tuple]:
    pairs = {
        "frequency": (expected.frequency, got.frequency),
        "due": (expected.due, _iso(got.due)),
        "report_kind": (expected.report_kind, got.report_kind),
    }
    if expected.recipient_has:
        pairs["recipient"] = (
            expected.recipient_has,
            expected.recipient_has
            if P.fold(expected.recipient_has) in P.fold(got.recipient or "")
            else got.recipient,
        )
    missing = [
        r for r in expected.reporter_has if not any(P.fold(r) in P.fold(x) for x in got.reporter)
    ]
    if missing:
        pairs["reporter"] = (expected.reporter_has, tuple(got.reporter))
    return {k: v for k, v in pairs.items() if v[0] != v[1]}


@dataclass
class CaseScore:
    case: Case
    proposals: Proposals
    goals_found: list[tuple[ExpectedGoal, Goal]] = field(default_factory=list)
    goals_missed: list[ExpectedGoal] = field(default_factory=list)
    goals_extra: list[Goal] = field(default_factory=list)
    duties_found: list[tuple[ExpectedDuty, Duty]] = field(default_factory=list)
    duties_missed: list[ExpectedDuty] = field(default_factory=list)
    duties_extra: list[Duty] = field(default_factory=list)
    document_wrong: dict[str, tuple] = field(default_factory=dict)


def _goal_match(e: ExpectedGoal, g: Goal) -> bool:
    return e.quote_has in g.quote and g.value == e.value and g.value_max == e.value_max


def _duty_match(e: ExpectedDuty, d: Duty) -> bool:
    if e.quote_has not in d.quote:
        return False
    return _iso(d.due) == e.due if e.due is not None else d.frequency == e.frequency


def score_case(case: Case) -> CaseScore:
    proposals = extract.propose(PlanText(f"{case.name}.txt", "txt", case.text))
    s = CaseScore(case, proposals)
    used_g: set[int] = set()
    for e in case.goals:
        match = next(
            (g for g in proposals.goals if id(g) not in used_g and _goal_match(e, g)), None
        )
        if match is None:
            s.goals_missed.append(e)
        else:
            used_g.add(id(match))
            s.goals_found.append((e, match))
    s.goals_extra = [g for g in proposals.goals if id(g) not in used_g]
    used_d: set[int] = set()
    for e in case.duties:
        match = next(
            (d for d in proposals.duties if id(d) not in used_d and _duty_match(e, d)), None
        )
        if match is None:
            s.duties_missed.append(e)
        else:
            used_d.add(id(match))
            s.duties_found.append((e, match))
    s.duties_extra = [d for d in proposals.duties if id(d) not in used_d]
    doc, want = proposals.document, case.document
    checks = {
        "number": (want.number, doc.number),
        "date": (want.date, _iso(doc.date)),
        "province": (want.province, doc.province.name if doc.province else None),
    }
    if want.issuer_has:
        ok = P.fold(want.issuer_has) in P.fold(doc.issuer or "")
        checks["issuer"] = (want.issuer_has, want.issuer_has if ok else doc.issuer)
    s.document_wrong = {k: v for k, v in checks.items() if v[0] != v[1]}
    return s


@dataclass
class Totals:
    goals_expected: int = 0
    goals_found: int = 0
    goals_proposed: int = 0
    goals_fields_right: int = 0
    duties_expected: int = 0
    duties_found: int = 0
    duties_proposed: int = 0
    duties_fields_right: int = 0
    documents_right: int = 0
    documents: int = 0

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def goal_recall(self) -> float:
        return self.ratio(self.goals_found, self.goals_expected)

    @property
    def goal_precision(self) -> float:
        return self.ratio(self.goals_found, self.goals_proposed)

    @property
    def duty_recall(self) -> float:
        return self.ratio(self.duties_found, self.duties_expected)

    @property
    def duty_precision(self) -> float:
        return self.ratio(self.duties_found, self.duties_proposed)


def score(cases: tuple[Case, ...] = CASES) -> tuple[Totals, list[CaseScore]]:
    t = Totals()
    scores = [score_case(c) for c in cases]
    for s in scores:
        t.goals_expected += len(s.case.goals)
        t.goals_found += len(s.goals_found)
        t.goals_proposed += len(s.proposals.goals)
        t.goals_fields_right += sum(1 for e, g in s.goals_found if not goal_fields(e, g))
        t.duties_expected += len(s.case.duties)
        t.duties_found += len(s.duties_found)
        t.duties_proposed += len(s.proposals.duties)
        t.duties_fields_right += sum(1 for e, d in s.duties_found if not duty_fields(e, d))
        t.documents += 1
        t.documents_right += not s.document_wrong
    return t, scores


def report(t: Totals) -> list[str]:
    pct = lambda x: f"{100 * x:.1f}%".replace(".", ",")  # noqa: E731
    return [
        f"Chỉ tiêu: độ phủ (recall) {pct(t.goal_recall)} ({t.goals_found}/{t.goals_expected}), "
        f"độ chính xác (precision) {pct(t.goal_precision)} ({t.goals_found}/{t.goals_proposed}), "
        f"đủ mọi trường {t.goals_fields_right}/{t.goals_found}",
        f"Nghĩa vụ báo cáo: độ phủ {pct(t.duty_recall)} ({t.duties_found}/{t.duties_expected}), "
        f"độ chính xác {pct(t.duty_precision)} ({t.duties_found}/{t.duties_proposed}), "
        f"đủ mọi trường {t.duties_fields_right}/{t.duties_found}",
        f"Văn bản (số, ngày, cơ quan, tỉnh) đúng cả: {t.documents_right}/{t.documents}",
    ]


if __name__ == "__main__":
    import sys

    totals, scores = score(BLIND if "blind" in sys.argv[1:] else CASES)
    for s in scores:
        print(f"== {s.case.name}")
        for k, v in s.document_wrong.items():
            print(f"   DOC {k}: want {v[0]!r} got {v[1]!r}")
        for e in s.goals_missed:
            print(f"   MISS goal {e.value} {e.unit} «{e.quote_has}»")
        for g in s.goals_extra:
            print(f"   EXTRA goal {g.value} {g.unit} «{g.name[:70]}»")
        for e, g in s.goals_found:
            for k, v in goal_fields(e, g).items():
                print(
                    f"   FIELD goal {e.value} «{e.quote_has[:40]}» {k}: want {v[0]!r} got {v[1]!r}"
                )
        for e in s.duties_missed:
            print(f"   MISS duty {e.frequency} {e.due} «{e.quote_has}»")
        for d in s.duties_extra:
            print(f"   EXTRA duty {d.frequency} {d.to_json()['due']} «{d.quote[:70]}»")
        for e, d in s.duties_found:
            for k, v in duty_fields(e, d).items():
                print(f"   FIELD duty «{e.quote_has[:40]}» {k}: want {v[0]!r} got {v[1]!r}")
    print("\n".join(report(totals)))
