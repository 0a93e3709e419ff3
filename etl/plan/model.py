"""What reading a plan proposes: the document, its goals and its reporting duties.

Each proposal keeps the sentence it came from (``quote``) and where that sentence sits in
the plan's text (``start``/``end``, character offsets into :attr:`PlanText.text`), so a
page can highlight it and a saved goal can link back to it. ``to_json`` gives the fields
of ``python -m etl plan --json`` exactly (see README, "Reading a plan").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

COMPARISONS = (">=", ">", "=", "<=", "<", "range")
SCOPE_LEVELS = ("province", "district", "commune", "each_district", "each_commune")
FREQUENCIES = ("once", "monthly", "quarterly", "half-yearly", "yearly")


@dataclass
class PlanText:
    """A plan's words, as read from its file: paragraphs joined by newlines, a table's
    row as one line with its cells joined by `` | ``."""

    file_name: str
    format: str  # docx | pdf | txt | html
    text: str
    content: bytes = b""  # the file itself, kept with the goals it gave

    def around(self, start: int, end: int) -> tuple[str, str, str]:
        """(the paragraph's text before, the span, after): what a page highlights."""
        left = self.text.rfind("\n", 0, start) + 1
        right = self.text.find("\n", end)
        right = len(self.text) if right < 0 else right
        return self.text[left:start], self.text[start:end], self.text[end:right]


@dataclass
class Scope:
    level: str  # one of SCOPE_LEVELS
    name: str | None = None  # the unit's name as in the reference data ("Phú Yên")
    code: str | None = None  # its code in the plan's era

    def to_json(self) -> dict:
        return {"level": self.level, "name": self.name, "code": self.code}


@dataclass
class Goal:
    quote: str  # the sentence (or table row) it came from
    value: float
    comparison: str  # one of COMPARISONS
    unit: str  # "người", "%", "xã", ...
    scope: Scope
    value_max: float | None = None  # "2 - 3": value 2, value_max 3, comparison "range"
    deadline: dt.date | None = None  # None with recurring: a yearly goal
    recurring: bool = False
    measure: str | None = None  # "training_achieved:chuyên môn nghiệp vụ", or None
    name: str = ""  # short name for the goal: the target phrase
    start: int = 0
    end: int = 0
    id: str = ""  # the goal id to save under ("" : made from the plan's number)

    def to_json(self) -> dict:
        return {
            "quote": self.quote,
            "value": _num(self.value),
            "value_max": _num(self.value_max),
            "comparison": self.comparison,
            "unit": self.unit,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "recurring": self.recurring,
            "scope": self.scope.to_json(),
            "measure": self.measure,
            "name": self.name,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Duty:
    quote: str
    frequency: str  # one of FREQUENCIES
    due: dt.date | str | int | None  # once: date; yearly: "MM-DD"; else day number or None
    report_kind: str  # officers | communes | training | goals | other
    recipient: str | None = None
    reporter: list[str] = field(default_factory=list)
    report_name: str = ""
    start: int = 0
    end: int = 0
    id: str = ""

    @property
    def recurring(self) -> bool:
        return self.frequency != "once"

    def to_json(self) -> dict:
        due = self.due.isoformat() if isinstance(self.due, dt.date) else self.due
        return {
            "quote": self.quote,
            "due": due,
            "frequency": self.frequency,
            "recurring": self.recurring,
            "recipient": self.recipient,
            "reporter": list(self.reporter),
            "report_kind": self.report_kind,
            "report_name": self.report_name,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Document:
    number: str | None = None  # "207/KH-UBND"
    date: dt.date | None = None
    issuer: str | None = None  # "UBND tỉnh Thanh Hóa"
    province: Scope | None = None  # level "province"
    title: str | None = None
    period_start: int | None = None  # the plan's first year ("giai đoạn 2011-2015": 2011)
    period_end: dt.date | None = None  # the plan's end ("giai đoạn 2011-2015": 31/12/2015)

    def to_json(self) -> dict:
        return {
            "number": self.number,
            "date": self.date.isoformat() if self.date else None,
            "issuer": self.issuer,
            "province": (
                {"name": self.province.name, "code": self.province.code}
                if self.province
                else {"name": None, "code": None}
            ),
            "title": self.title,
            "period_start": self.period_start,
            "period_end": self.period_end.isoformat() if self.period_end else None,
        }

    def as_of(self, today: dt.date) -> dt.date:
        """The day the plan speaks from: its date, else its period's first day."""
        if self.date:
            return self.date
        if self.period_start:
            return dt.date(self.period_start, 1, 1)
        if self.period_end:
            return dt.date(self.period_end.year, 1, 1)
        return today

    def reference(self) -> str:
        """How a goal names its plan: "KH 207/KH-UBND ngày 17/12/2018"."""
        parts = []
        if self.number:
            parts.append(f"KH {self.number}")
        else:
            parts.append("Kế hoạch")
        if self.date:
            parts.append(f"ngày {self.date:%d/%m/%Y}")
        if not self.number and self.issuer:
            parts.append(f"({self.issuer})")
        return " ".join(parts) or "Kế hoạch"


@dataclass
class Proposals:
    plan: PlanText
    document: Document
    goals: list[Goal] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "file": self.plan.file_name,
            "document": self.document.to_json(),
            "goals": [g.to_json() for g in self.goals],
            "duties": [d.to_json() for d in self.duties],
        }


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
