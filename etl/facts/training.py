"""Training targets and results -> ``fact_training_target`` and
``fact_training_result``, from a list (one row per unit, category, level and year or
period) or a cross-tab (categories, periods or years across the header)."""

from __future__ import annotations

from collections.abc import Iterator

from etl.facts.build import Build, Fact
from etl.facts.rows import Rows


def build(rows: Rows, build: Build) -> Iterator[Fact]:
    for chunk in rows.chunks():
        for rec in chunk.head(len(chunk)):
            target, achieved = rec.get("target"), rec.get("achieved")
            if not rec["_ok"] or (target is None and achieved is None):
                continue  # a blank count is unknown: no row
            unit = build.resolver.resolve(chunk, rec, need_commune=False)
            if unit is None:
                continue
            if rec["category"] is None:
                chunk.problem(
                    rec["_row"],
                    "category",
                    "",
                    "Thiếu lĩnh vực đào tạo (cột Lĩnh vực, đầu cột hoặc tiêu đề).",
                )
                continue
            base = dict(
                source_row=rec["_row"],
                era=unit.era,
                unit_level=unit.level,
                unit_code=unit.code,
                category=rec["category"],
                level=rec["level"],
            )
            who = (unit.level, unit.code, rec["category"], rec["level"])
            if target is not None:
                start, end = rec.get("period_start"), rec.get("period_end")
                if start is None or end is None:
                    chunk.problem(
                        rec["_row"], "target", target, "Chỉ tiêu thiếu giai đoạn (Từ năm, Đến năm)."
                    )
                elif end < start:
                    chunk.problem(rec["_row"], "period_end", end, "'Đến năm' trước 'Từ năm'.")
                elif build.once(
                    chunk, rec["_row"], ("target", *who, start, end), (target,), "target", target
                ):
                    fact = dict(base, period_start=start, period_end=end, target=target)
                    yield "fact_training_target", fact, unit, [start, end]
            if achieved is not None:
                year = rec.get("year")
                if year is None:
                    chunk.problem(rec["_row"], "achieved", achieved, "Kết quả thiếu năm.")
                elif build.once(
                    chunk, rec["_row"], ("result", *who, year), (achieved,), "achieved", achieved
                ):
                    fact = dict(base, year=year, achieved=achieved)
                    yield "fact_training_result", fact, unit, [year]
