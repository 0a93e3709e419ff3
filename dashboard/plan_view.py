"""What the plan pages ("Nhập kế hoạch", "Văn bản kế hoạch") compute, without Streamlit.

Proposals become the two tables the analyst edits and back again: each row keeps its
place in the proposals, so an edited goal keeps the sentence it came from (``quote``,
``start``, ``end``) whatever was changed in the table. The highlighted text is built here
too, every character of the plan escaped, so a plan's own markup is only ever shown as
text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import itertools
import math
import re
from collections.abc import Iterable, Sequence

import pandas as pd

from etl.fmt import number
from etl.labels import t
from etl.plan import patterns
from etl.plan.model import (
    COMPARISONS,
    FREQUENCIES,
    SCOPE_LEVELS,
    Document,
    Duty,
    Goal,
    PlanText,
    Proposals,
    Scope,
)
from etl.spec.kinds import REPORT_KINDS
from etl.spec.measures import MEASURES

KEEP = "keep"
GOAL_COLUMNS = (
    KEEP,
    "name",
    "value",
    "value_max",
    "comparison",
    "unit",
    "deadline",
    "recurring",
    "scope_level",
    "scope_name",
    "measure",
)
DUTY_COLUMNS = (
    KEEP,
    "report_name",
    "frequency",
    "due",
    "recipient",
    "reporter",
    "report_kind",
)
# Measures counted per officer programme: their argument is a programme's name.
_BY_PROGRAMME = ("officer_count", "officer_placed_share")
_FULL_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$")
_DAY = re.compile(r"^\s*(\d{1,2})\s*$")
MARK = "background:#fff3a3;padding:0 .1em;border-radius:.15em"  # every sentence saved
STRONG = MARK.replace("#fff3a3", "#ffb74d") + ";font-weight:600;outline:2px solid #e65100"


def file_key(content: bytes) -> str:
    """A dropped file's identity: its content, not its name (a renamed copy is the same)."""
    return hashlib.sha256(content).hexdigest()


def read_proposals(content: bytes, file_name: str, programmes: list[str]) -> Proposals | str:
    """What tiendo proposes for a dropped plan, or the Vietnamese sentence saying why the
    file cannot be read (shown as it is: never a traceback). The reader is imported here:
    a goal's page needs only the sentence helpers below."""
    from etl.plan.extract import propose
    from etl.plan.read import PlanError, read_plan

    try:
        plan = read_plan(content, file_name)
    except PlanError as exc:
        return exc.message
    return propose(plan, programmes)


# ------------------------------------------------------------------ choices in the tables


def measure_options(
    programmes: Iterable[str] = (), proposed: Iterable[str | None] = ()
) -> list[str]:
    """ "" (no measure) and every measure with the arguments tiendo knows for it: those
    the plan reader proposes, the officer programmes in the warehouse, and whatever was
    proposed for this plan (so a proposal always shows, even one not in the list)."""
    found: list[str] = [""]
    means = [r.means for r in patterns.rules("measure") if r.means]
    programmes = [p for p in programmes if p]
    for key, measure in MEASURES.items():
        takes_arg = "đối số" in measure.help  # its template note names its argument
        if not takes_arg:
            found.append(key)
        found += [m for m in means if m.partition(":")[0] == key and m.partition(":")[2]]
        if key in _BY_PROGRAMME:
            found += [f"{key}:{p}" for p in programmes]
    found += [p for p in proposed if p]
    return list(dict.fromkeys(found))


def comparison_names(lang: str = "vi") -> dict[str, str]:
    names = ("ge", "gt", "eq", "le", "lt", "range")
    return {c: t(f"plan_cmp_{n}", lang) for c, n in zip(COMPARISONS, names, strict=True)}


def level_names(lang: str = "vi") -> dict[str, str]:
    return {lv: t(f"plan_level_{lv}", lang) for lv in SCOPE_LEVELS}


def frequency_names(lang: str = "vi") -> dict[str, str]:
    return {f: t(f"plan_freq_{f.replace('-', '_')}", lang) for f in FREQUENCIES}


def kind_names(lang: str = "vi") -> dict[str, str]:
    return {k: t(f"plan_kind_{k}", lang) for k in REPORT_KINDS}


# ------------------------------------------------------------------ proposals -> tables


def due_text(due: dt.date | str | int | None) -> str:
    """A duty's due as a clerk writes it: 15/12/2018 (once), 15/12 (each year), 15 (the
    day of each month or quarter), or nothing."""
    if isinstance(due, dt.date):
        return f"{due:%d/%m/%Y}"
    if isinstance(due, str) and re.fullmatch(r"\d{2}-\d{2}", due):
        month, day = due.split("-")
        return f"{day}/{month}"
    if due is None or due == "":
        return ""
    return str(due)


def reporter_text(reporter: Sequence[str]) -> str:
    return ", ".join(reporter)


def goals_frame(goals: Sequence[Goal]) -> pd.DataFrame:
    """One row per proposed goal, in the proposals' order (the row's index is its place
    there), every row kept until the analyst unticks it."""
    rows = [
        {
            KEEP: True,
            "name": g.name,
            "value": float(g.value),
            "value_max": float(g.value_max) if g.value_max is not None else None,
            "comparison": g.comparison,
            "unit": g.unit,
            "deadline": g.deadline,
            "recurring": bool(g.recurring),
            "scope_level": g.scope.level,
            "scope_name": g.scope.name or "",
            "measure": g.measure or "",
        }
        for g in goals
    ]
    frame = pd.DataFrame(rows, columns=list(GOAL_COLUMNS))
    frame["deadline"] = pd.to_datetime(frame["deadline"])  # a date column, even all blank
    frame["value"] = frame["value"].astype(float)
    frame["value_max"] = frame["value_max"].astype(float)
    frame[[KEEP, "recurring"]] = frame[[KEEP, "recurring"]].astype(bool)
    return frame


def duties_frame(duties: Sequence[Duty]) -> pd.DataFrame:
    """One row per proposed reporting duty, as :func:`goals_frame`."""
    rows = [
        {
            KEEP: True,
            "report_name": d.report_name,
            "frequency": d.frequency,
            "due": due_text(d.due),
            "recipient": d.recipient or "",
            "reporter": reporter_text(d.reporter),
            "report_kind": d.report_kind,
        }
        for d in duties
    ]
    frame = pd.DataFrame(rows, columns=list(DUTY_COLUMNS))
    frame[KEEP] = frame[KEEP].astype(bool)
    return frame


# ------------------------------------------------------------------ tables -> proposals


def _blank(value: object) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: object) -> str:
    return "" if _blank(value) else str(value).strip()


def _number(value: object) -> float | None:
    """A cell as a number; a text cell as a Vietnamese writes it ("1.250", "85,5")."""
    if _blank(value) or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", text):
        text = text.replace(".", "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _date(value: object) -> dt.date | None:
    """A date cell as the editor hands it back: a date, a Timestamp, an ISO or dd/mm/yyyy
    text, or nothing."""
    if _blank(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    found = _FULL_DATE.match(text)
    try:
        if found:
            day, month, year = (int(x) for x in found.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _bool(value: object) -> bool:
    return False if _blank(value) else bool(value)


def parse_due(text: str, frequency: str) -> dt.date | str | int | None:
    """A due as written back into the table, in the model's form for its frequency: a
    date (once), "MM-DD" (yearly), a day number (else); ValueError when unreadable."""
    if not text.strip():
        return None
    full, day_month, day = _FULL_DATE.match(text), _DAY_MONTH.match(text), _DAY.match(text)
    if full:
        d, m, y = (int(x) for x in full.groups())
        date = dt.date(y, m, d)  # ValueError for 31/02/2019
        if frequency == "once":
            return date
        if frequency == "yearly":
            return f"{m:02d}-{d:02d}"
        return d
    if day_month and frequency != "once":
        d, m = (int(x) for x in day_month.groups())
        dt.date(2000, m, d)  # a real day of the year (29/02 too)
        return f"{m:02d}-{d:02d}" if frequency == "yearly" else d
    if day and frequency not in ("once", "yearly") and 1 <= int(day.group(1)) <= 31:
        return int(day.group(1))
    raise ValueError(text)


def edited_goal(goal: Goal, row: pd.Series) -> Goal:
    """The proposed goal with the analyst's edits; its sentence stays the proposal's. A
    unit named as proposed keeps the proposal's code; a renamed one is found by name."""
    level = _text(row["scope_level"]) or goal.scope.level
    name = _text(row["scope_name"]) or None
    same_unit = level == goal.scope.level and name == goal.scope.name
    value_max = _number(row["value_max"])
    value = _number(row["value"])
    return dataclasses.replace(
        goal,
        name=_text(row["name"]),
        value=goal.value if value is None else value,
        value_max=value_max,
        comparison=_text(row["comparison"]) or goal.comparison,
        unit=_text(row["unit"]),
        deadline=_date(row["deadline"]),
        recurring=_bool(row["recurring"]),
        scope=Scope(level, name, goal.scope.code if same_unit else None),
        measure=_text(row["measure"]) or None,
    )


def edited_duty(duty: Duty, row: pd.Series) -> Duty:
    """The proposed duty with the analyst's edits. A due or reporters left as shown keep
    the proposal's own value (a reporter's name may hold commas)."""
    frequency = _text(row["frequency"]) or duty.frequency
    due_shown = _text(row["due"])
    if due_shown == due_text(duty.due) and frequency == duty.frequency:
        due = duty.due
    else:
        due = parse_due(due_shown, frequency)
    reporter_shown = _text(row["reporter"])
    if reporter_shown == reporter_text(duty.reporter):
        reporter = list(duty.reporter)
    else:
        reporter = [r.strip() for r in reporter_shown.split(",") if r.strip()]
    return dataclasses.replace(
        duty,
        report_name=_text(row["report_name"]),
        frequency=frequency,
        due=due,
        recipient=_text(row["recipient"]) or None,
        reporter=reporter,
        report_kind=_text(row["report_kind"]) or duty.report_kind,
    )


def kept(
    proposals: Proposals,
    document: Document,
    goals: pd.DataFrame,
    duties: pd.DataFrame,
    lang: str = "vi",
) -> tuple[Proposals, list[str]]:
    """The proposals to save: the edited document, and only the ticked goals and duties
    as edited, each with its own sentence. Also what cannot be read in the tables, in the
    reader's language (nothing is saved while there is any)."""
    problems: list[str] = []
    kept_goals: list[Goal] = []
    for i, goal in enumerate(proposals.goals):
        if i not in goals.index or not _bool(goals.loc[i, KEEP]):
            continue
        row = goals.loc[i]
        if _number(row["value"]) is None:
            problems.append(t("plan_goal_no_value", lang).format(n=i + 1, name=goal.name))
            continue
        kept_goals.append(edited_goal(goal, row))
    kept_duties: list[Duty] = []
    for i, duty in enumerate(proposals.duties):
        if i not in duties.index or not _bool(duties.loc[i, KEEP]):
            continue
        try:
            kept_duties.append(edited_duty(duty, duties.loc[i]))
        except ValueError:
            problems.append(
                t("plan_duty_bad_due", lang).format(n=i + 1, due=_text(duties.loc[i, "due"]))
            )
    chosen = Proposals(proposals.plan, document, kept_goals, kept_duties)
    return chosen, problems


def edited_document(
    document: Document,
    number: str,
    date: dt.date | None,
    issuer: str,
    province: str,
) -> Document:
    """The document facts as the analyst left them; a province named as proposed keeps
    its code, a renamed one is found by name."""
    old = document.province
    name = province.strip() or None
    if old is not None and name == old.name:
        scope = old
    else:
        scope = Scope("province", name, None) if name else None
    return dataclasses.replace(
        document,
        number=number.strip() or None,
        date=date,
        issuer=issuer.strip() or None,
        province=scope,
    )


# ------------------------------------------------------------------ highlighting


def _escape(text: str) -> str:
    """Plan text as HTML text: nothing in it is markup; a line break stays one."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def _mark(text: str, strong: bool = False, anchor: str | None = None) -> str:
    ident = f' id="{html.escape(anchor, quote=True)}"' if anchor else ""
    style = STRONG if strong else MARK
    return f'<mark{ident} style="{style}">{_escape(text)}</mark>'


def paragraph_html(plan: PlanText, start: int, end: int) -> str:
    """The paragraph a proposal came from, its sentence highlighted."""
    start, end = max(0, start), min(len(plan.text), end)
    before, span, after = plan.around(start, end)
    return f"<div>{_escape(before)}{_mark(span, strong=True)}{_escape(after)}</div>"


def text_html(
    text: str,
    spans: Iterable[tuple[int, int]],
    strong: tuple[int, int] | None = None,
    anchor: str | None = None,
) -> str:
    """The whole text, one paragraph a line, with every span highlighted and ``strong``
    (the chosen one) highlighted more, carrying the HTML ``anchor`` id. Spans may overlap
    (two goals from one sentence): a character is as marked as the most marked span over
    it."""
    spans = [(max(0, a), min(len(text), b)) for a, b in spans if b > a]
    if strong is not None:
        strong = (max(0, strong[0]), min(len(text), strong[1]))
    cuts = {0, len(text)}
    for a, b in [*spans, *([strong] if strong else [])]:
        cuts |= {a, b}
    points = sorted(cuts)
    parts: list[str] = []
    anchored = False
    for a, b in itertools.pairwise(points):
        piece = text[a:b]
        if strong and strong[0] <= a and b <= strong[1]:
            parts.append(_mark(piece, True, None if anchored else anchor))
            anchored = True
        elif any(s <= a and b <= e for s, e in spans):
            parts.append(_mark(piece))
        else:
            parts.append(_escape(piece))
    return f'<div style="line-height:1.6">{"".join(parts)}</div>'


def proposal_spans(proposals: Proposals) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in (*proposals.goals, *proposals.duties) if p.end > p.start]


def locate(text: str, quote: str | None) -> tuple[int, int] | None:
    """Where a saved sentence sits in its plan's text: as written, or with its spaces
    told apart differently; None when it is not there."""
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = [re.escape(w) for w in quote.split()]
    if not words:
        return None
    found = re.search(r"\s+".join(words), text)
    return (found.start(), found.end()) if found else None


def goal_label(i: int, goal: Goal, lang: str = "vi") -> str:
    return t("plan_pick_goal", lang).format(n=i + 1, name=goal.name or goal.quote[:80])


def duty_label(i: int, duty: Duty, lang: str = "vi") -> str:
    return t("plan_pick_duty", lang).format(n=i + 1, name=duty.report_name or duty.quote[:80])


def items(proposals: Proposals) -> list[str]:
    """The proposals a reader can pick to see their sentence: "g0", "g1", …, "d0", …"""
    return [f"g{i}" for i in range(len(proposals.goals))] + [
        f"d{i}" for i in range(len(proposals.duties))
    ]


def item(proposals: Proposals, key: str) -> Goal | Duty:
    return (proposals.goals if key[0] == "g" else proposals.duties)[int(key[1:])]


def item_label(proposals: Proposals, key: str, lang: str = "vi") -> str:
    i = int(key[1:])
    if key[0] == "g":
        return goal_label(i, proposals.goals[i], lang)
    return duty_label(i, proposals.duties[i], lang)


def saved_message(result, lang: str = "vi") -> tuple[str, str]:
    """("success" | "info" | "error", the one true sentence about a save), as the upload
    desk says it: the batch, its rows and the batches it replaced, or why not."""
    if result.status == "loaded":
        message = t("loaded_ok", lang).format(batch=result.batch_id, n=number(result.rows, 0, lang))
        if result.replaced_batch_ids:
            message += " " + t("replaced_ok", lang).format(
                batches=", ".join(map(str, result.replaced_batch_ids))
            )
        return "success", message
    if result.status == "unchanged":
        return "info", t("already_loaded", lang).format(batch=result.batch_id)
    reasons = [e.message for e in result.errors] or [t("cannot_load", lang)]
    return "error", "\n\n".join([t("cannot_load", lang), *dict.fromkeys(reasons)])


_MARKDOWN = re.compile(r"([\\`*_\[\]|$<>~])")


def markdown_text(text: str) -> str:
    """Plan words inside a line of Streamlit markdown: every sign markdown (and
    Streamlit's colours and formulas) would read mid-line is escaped, so the words show
    as written; on one line, so nothing starts a heading or a list."""
    return _MARKDOWN.sub(r"\\\1", " ".join(text.split()))


def quote_caption(quote: str) -> str:
    """A saved sentence as a goal shows it: “…”, in markdown."""
    return f"“{markdown_text(quote)}”"


def plan_link(batch_id: int, goal_id: str) -> dict[str, str]:
    """The query of the link from a goal to its sentence on Văn bản kế hoạch."""
    return {"batch": str(int(batch_id)), "goal": str(goal_id)}
