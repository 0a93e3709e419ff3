"""Commune results -> ``fact_commune_ntm`` (with each criterion and sub-criterion) and
``fact_commune_indicator``: one row per commune and year, from a list, an NTM matrix or a
cross-tab of years."""

from __future__ import annotations

from collections.abc import Iterator

from etl.facts.build import Build, Fact
from etl.facts.rows import Chunk, Rows
from etl.problems import column_letter
from etl.spec import kinds
from etl.spec.criteria import criteria_count, criteria_set_for_year
from etl.units.index import Unit

NTM_FIELDS = ("criteria_met", "ntm_level", "recognized_year")


def build(rows: Rows, build: Build) -> Iterator[Fact]:
    for chunk in rows.chunks():
        columns = set(chunk.columns)
        criteria = sorted(int(k[2:]) for k in columns if k.startswith("tc") and k[2:].isdigit())
        subs = sorted((k for k in columns if k.startswith("sub:")), key=_sub_order)
        ntm = bool(criteria or subs or columns & set(NTM_FIELDS))
        indicators = [(key, name) for key, _h, name in kinds.INDICATORS if key in columns]
        for rec in chunk.head(len(chunk)):
            unit = build.resolver.resolve(chunk, rec, need_commune=True)
            if not rec["_ok"] or unit is None:
                continue
            if rec["year"] is None:
                chunk.problem(
                    rec["_row"],
                    "year",
                    "",
                    "Thiếu năm (không có cột Năm, tiêu đề cũng không ghi năm).",
                )
                continue
            if ntm:
                yield from _ntm_row(chunk, rec, unit, criteria, subs, build)
            for key, indicator in indicators:
                value = rec.get(key)
                if value is None:
                    continue  # a blank percentage is unknown: no row
                fact = dict(
                    source_row=rec["_row"],
                    era=unit.era,
                    commune_code=unit.code,
                    year=rec["year"],
                    indicator=indicator,
                    value=float(value),
                )
                natural = ("indicator", unit.code, rec["year"], indicator)
                if build.once(chunk, rec["_row"], natural, (fact["value"],), key, rec.get(key)):
                    yield "fact_commune_indicator", fact, unit, [rec["year"]]


def _sub_order(key: str) -> tuple[int, int]:
    crit, _, sub = key.removeprefix("sub:").partition(".")
    return int(crit), int(sub)


def _ntm_row(
    rows: Chunk, rec: dict, unit: Unit, criteria: list[int], subs: list[str], build: Build
) -> Iterator[Fact]:
    year = rec["year"]
    criteria_set = rec["criteria_set"] or criteria_set_for_year(year)
    count = criteria_count(criteria_set)
    marks = {n: bool(rec[f"tc{n}"]) for n in criteria}
    by_criterion: dict[int, list[tuple[str, bool]]] = {}
    for key in subs:
        by_criterion.setdefault(_sub_order(key)[0], []).append((key, bool(rec[key])))
    for n, parts in by_criterion.items():
        if n not in marks:  # no column for the criterion: met when all its parts are
            marks[n] = all(met for _, met in parts)
    for n, met in marks.items():
        if n > count and met:
            key = f"tc{n}" if f"tc{n}" in rows.columns else by_criterion[n][0][0]
            rows.problem(
                rec["_row"],
                key,
                "x",
                f"Bộ tiêu chí {criteria_set} chỉ có {count} tiêu chí; tiêu chí {n} phải để trống.",
            )
            return
    marked = sorted(n for n, met in marks.items() if met and n <= count)
    criteria_met = rec["criteria_met"]
    if criteria_met is not None and criteria_met > count:
        rows.problem(
            rec["_row"],
            "criteria_met",
            criteria_met,
            f"Bộ tiêu chí {criteria_set} chỉ có {count} tiêu chí.",
        )
        return
    if marks and criteria_met is not None and criteria_met != len(marked):
        build.problems.warn(
            f"'Số tiêu chí đạt' ghi {criteria_met} nhưng có {len(marked)} tiêu chí được đánh dấu.",
            rows.table.sheet,
            rec["_row"],
            column_letter(rows.columns["criteria_met"]),
            str(criteria_met),
        )
    if criteria_met is None and marks:
        criteria_met = len(marked)
    recognized = rec["recognized_year"]
    if recognized and recognized > year:
        rows.problem(
            rec["_row"], "recognized_year", recognized, f"'Năm công nhận' sau năm số liệu {year}."
        )
        return
    if recognized and not rec["ntm_level"]:
        rows.problem(
            rec["_row"], "ntm_level", "", "Có 'Năm công nhận' nhưng thiếu 'Mức đạt chuẩn'."
        )
        return
    fact = dict(
        source_row=rec["_row"],
        era=unit.era,
        commune_code=unit.code,
        year=year,
        criteria_set=criteria_set,
        criteria_met=criteria_met,
        ntm_level=rec["ntm_level"],
        recognized_year=recognized,
    )
    figures = (
        criteria_set,
        criteria_met,
        fact["ntm_level"],
        recognized,
        tuple(sorted(marks.items())),
    )
    column = "commune" if "commune" in rows.columns else "unit_name"
    if not build.once(
        rows, rec["_row"], ("ntm", unit.code, year), figures, column, rec.get(column)
    ):
        return
    yield "fact_commune_ntm", fact, unit, [year]
    base = dict(era=unit.era, commune_code=unit.code, year=year, criteria_set=criteria_set)
    for n, met in sorted(marks.items()):
        if n <= count:
            yield "fact_ntm_criterion", dict(base, criterion_no=n, met=met), None, []
    for n, parts in sorted(by_criterion.items()):
        if n <= count:
            for key, met in parts:
                number = key.removeprefix("sub:")
                yield (
                    "fact_ntm_subcriterion",
                    dict(base, criterion_no=n, sub_criterion=number, met=met),
                    None,
                    [],
                )
