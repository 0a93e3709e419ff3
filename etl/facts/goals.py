"""A goals workbook -> ``fact_goal`` and ``fact_reporting_duty``: what a plan promises,
by when, and who must report what by when. The workbook is tiendo's own template, so
every column is needed."""

from __future__ import annotations

from collections.abc import Iterator

from etl.facts.build import Build, Fact
from etl.facts.rows import Rows
from etl.spec import comparisons, kinds

DUTY_FIELDS = (
    "report_kind",
    "report_name",
    "period_label",
    "due_date",
    "recipient",
    "source_document",
    "quote",
)


def build(rows: Rows, build: Build) -> Iterator[Fact]:
    goals = rows.table.spec.key == "goals"
    id_key = "goal_id" if goals else "duty_id"
    seen: dict[str, int] = {}
    for rec in rows:
        unit = build.resolver.resolve(rows, rec, need_commune=False)
        if not rec["_ok"] or unit is None:
            continue
        ident = rec[id_key]
        if ident in seen:
            rows.problem(rec["_row"], id_key, ident, f"Mã '{ident}' đã dùng ở dòng {seen[ident]}.")
            continue
        seen[ident] = rec["_row"]
        if not goals:
            fact = dict(
                source_row=rec["_row"],
                duty_id=ident,
                era=unit.era,
                unit_level=unit.level,
                unit_code=unit.code,
                **{key: rec.get(key) for key in DUTY_FIELDS},
            )
            yield "fact_reporting_duty", fact, unit, [rec["due_date"].year]
            continue
        metric = rec["measure"].split(":", 1)[0].strip()
        if metric not in kinds.MEASURES:
            rows.problem(
                rec["_row"],
                "measure",
                rec["measure"],
                "'Cách đo' phải là một trong: " + ", ".join(kinds.MEASURES) + ".",
            )
            continue
        comparison = comparisons.parse(rec.get("comparison"))
        if comparison is None:
            rows.problem(
                rec["_row"],
                "comparison",
                rec.get("comparison"),
                "Không hiểu 'So sánh'. " + comparisons.help_text(),
            )
            continue
        fact = dict(
            source_row=rec["_row"],
            goal_id=ident,
            name=rec["name"],
            measure=rec["measure"],
            era=unit.era,
            scope_level=unit.level,
            scope_code=unit.code,
            target_value=rec["target_value"],
            comparison=comparison,
            unit=rec["unit"],
            deadline=rec["deadline"],
            source_document=rec["source_document"],
            quote=rec.get("quote"),
        )
        yield "fact_goal", fact, unit, [rec["deadline"].year]
