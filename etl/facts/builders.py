"""Checked rows -> fact rows, one builder per kind of workbook.

A builder yields (table, fact, unit covered, years): a fact is one row (a dict) or, for
officer rosters, whole columns (a dict of lists).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from etl import read
from etl.facts.rows import Chunk, Rows
from etl.problems import Problem
from etl.spec import kinds
from etl.spec.criteria import CRITERIA_SETS, criteria_count, criteria_set_for_year
from etl.text import SEPARATOR
from etl.units import Unit
from etl.units.resolve import Resolver

if TYPE_CHECKING:
    from etl.loader import Prepared

# Each builder turns checked rows into fact rows: (table, fact dict, unit covered, years).


# officer fields stored exactly as read
_OFFICER_COPIED = (
    "full_name",
    "gender",
    "ethnicity",
    "party_member",
    "education",
    "major",
    "political_theory",
    "state_management",
    "position",
    "program",
    "start_date",
    "end_date",
    "status",
    "placement_after",
    "annual_rating",
    "note",
)


def _officers(sheet_key, table_rows: Rows, resolver: Resolver, prepared: Prepared):
    """Officer facts as Arrow tables, a chunk at a time: the hot path for large rosters.

    Checks run on whole columns; Python looks only at the rows a check flags."""
    persons: list[pa.Table] = []
    for rows in table_rows.chunks():
        yield from _officer_chunk(rows, resolver, persons)
    _warn_duplicates(table_rows, persons)


def _officer_chunk(rows: Chunk, resolver: Resolver, persons: list[pa.Table]):
    n = len(rows)
    ok = rows.ok
    if "birth_male" in rows.table.columns or "birth_female" in rows.table.columns:
        birth, gender = _birth_from_two_columns(rows)
    else:
        # an array when all are dates or all years; a list when they mix
        birth = rows.values.arrays.get("birth", None)
        birth = rows.values["birth"] if birth is None else birth
        gender = rows.array("gender", pa.string())
    if _has_null(birth) or _has_null(gender):
        births, genders = _as_list(birth), _as_list(gender)
        for i in range(n):
            if ok[i] and births[i] is None:
                rows.problem(rows.excel_rows[i], "birth", "", "Thiếu 'Ngày sinh'.")
                ok[i] = False
            elif ok[i] and genders[i] is None:
                rows.problem(rows.excel_rows[i], "gender", "", "Thiếu 'Giới tính'.")
                ok[i] = False
    birth_date, birth_year = _birth_columns(birth)
    codes, units = resolver.resolve_codes(rows, need_commune=True)
    start, end = rows.array("start_date", pa.date32()), rows.array("end_date", pa.date32())
    ends_first = pc.less(end, start).fill_null(False)
    if pc.any(ends_first).as_py():
        ends = rows.values["end_date"]
        for i in pc.indices_nonzero(ends_first).to_pylist():
            if ok[i]:
                rows.problem(
                    rows.excel_rows[i],
                    "end_date",
                    ends[i],
                    "'Ngày kết thúc' trước 'Ngày bổ nhiệm'.",
                )
                ok[i] = False
    columns = {
        "source_row": pa.array(rows.excel_rows, pa.int32()),
        "birth_date": birth_date,
        "birth_year": birth_year,
        "gender": gender if isinstance(gender, pa.Array) else pa.array(gender, pa.string()),
        "era": pa.repeat(pa.scalar(resolver.era, pa.string()), n),
        "commune_code": codes,
    }
    for key in _OFFICER_COPIED:
        if key != "gender":
            columns[key] = rows.array(key)
    facts = pa.table(columns)
    keep = pc.and_(pa.array(ok, pa.bool_()), codes.is_valid())
    if not pc.all(keep).as_py():
        facts = facts.filter(keep)
    for code in facts["commune_code"].unique().to_pylist():
        yield "_unit", None, units[code], []
    name = pc.utf8_lower(facts["full_name"])
    born = pc.coalesce(facts["birth_date"].cast(pa.string()), facts["birth_year"].cast(pa.string()))
    person = pc.binary_join_element_wise(name, born, facts["commune_code"], SEPARATOR)
    persons.append(pa.table({"person": person, "name": name, "row": facts["source_row"]}))
    years = set(pc.year(start).unique().to_pylist()) | set(pc.year(end).unique().to_pylist())
    yield "fact_officer", facts, None, sorted(y for y in years if y)


def _birth_from_two_columns(rows: Chunk) -> tuple[list, list]:
    """Gender from which of two birth-date columns, Nam or Nữ, is filled."""
    v = rows.values
    birth, gender, ok = list(v["birth"]), list(v["gender"]), rows.ok
    for i, (male, female) in enumerate(zip(v["birth_male"], v["birth_female"], strict=True)):
        if (i, "birth_male") in rows.bad_cells or (i, "birth_female") in rows.bad_cells:
            continue  # the unreadable date is already reported; one problem per cell
        if gender[i] is None and (male is None) == (female is None):
            rows.problem(
                rows.excel_rows[i],
                "birth_male",
                male or female or "",
                "Ghi ngày sinh vào đúng một trong hai cột Nam hoặc Nữ "
                "(cột được ghi cho biết giới tính).",
            )
            ok[i] = False
            continue
        birth[i] = male if male is not None else female
        if gender[i] is None:
            gender[i] = "Nam" if male is not None else "Nữ"
    return birth, gender


def _birth_columns(birth: list | pa.Array) -> tuple[pa.Array, pa.Array]:
    """birth_date and birth_year: a full date gives both, a bare year only the year."""
    if isinstance(birth, pa.Array) and birth.type == pa.date32():
        return birth, pc.year(birth).cast(pa.int32())
    if isinstance(birth, pa.Array) and pa.types.is_integer(birth.type):
        return pa.nulls(len(birth), pa.date32()), birth.cast(pa.int32())
    if isinstance(birth, pa.Array):
        birth = birth.to_pylist()
    dates = [b if b.__class__ is dt.date else None for b in birth]
    years = [b.year if b.__class__ is dt.date else b for b in birth]
    return pa.array(dates, pa.date32()), pa.array(years, pa.int32())


def _warn_duplicates(rows: Rows, persons: list[pa.Table]) -> None:
    """The same person (name, birth date, commune) on two rows: warn at the later rows."""
    if not persons:
        return
    table = pa.concat_tables(persons)
    counts = pc.value_counts(table["person"].combine_chunks())
    twice = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
    if not len(twice):
        return
    found = table.filter(pc.is_in(table["person"], value_set=twice))
    first: dict[str, int] = {}
    for person, name, row in sorted(
        zip(*(found[c].to_pylist() for c in ("person", "name", "row")), strict=True),
        key=lambda r: r[2],
    ):
        if person not in first:
            first[person] = row
            continue
        rows.warn(
            row,
            "full_name",
            name,
            f"Trùng người với dòng {first[person]} (cùng họ tên, ngày sinh, xã).",
        )


def _has_null(column: list | pa.Array) -> bool:
    return column.null_count > 0 if isinstance(column, pa.Array) else None in column


def _as_list(column: list | pa.Array) -> list:
    return column.to_pylist() if isinstance(column, pa.Array) else column


def _communes(sheet_key, rows: Rows, resolver: Resolver, prepared: Prepared):
    seen: dict[tuple, int] = {}
    for rec in rows:
        unit = resolver.resolve(rows, rec, need_commune=True)
        if not rec["_ok"] or unit is None:
            continue
        key = (unit.code, rec["year"])
        if key in seen:
            rows.problem(
                rec["_row"],
                "commune",
                rec["commune"],
                f"Xã này đã có số liệu năm {rec['year']} ở dòng {seen[key]}.",
            )
            continue
        seen[key] = rec["_row"]
        if sheet_key == "ntm":
            yield from _ntm_row(rows, rec, unit, prepared)
        else:
            for fkey, _header, indicator in kinds.INDICATORS:
                value = rec.get(fkey)
                if (
                    value is None
                    and fkey in rows.table.columns
                    and (rows.table.spec.field(fkey).type == kinds.MARK)
                ):
                    value = False  # an unmarked yes/no cell on a reported row means "no"
                if value is None:
                    continue
                fact = dict(
                    source_row=rec["_row"],
                    era=unit.era,
                    commune_code=unit.code,
                    year=rec["year"],
                    indicator=indicator,
                    value=float(value),
                )
                yield "fact_commune_indicator", fact, unit, [rec["year"]]


def _ntm_row(rows: Rows, rec: dict, unit: Unit, prepared: Prepared):
    year = rec["year"]
    criteria_set = rec["criteria_set"] or criteria_set_for_year(year)
    count = criteria_count(criteria_set)
    mark_cols = [n for n in range(1, kinds.MAX_CRITERIA + 1) if f"tc{n}" in rows.table.columns]
    for n in mark_cols:
        if n > count and rec[f"tc{n}"]:
            rows.problem(
                rec["_row"],
                f"tc{n}",
                "x",
                f"Bộ tiêu chí {criteria_set} chỉ có {count} tiêu chí; TC{n} phải để trống.",
            )
            return
    marked = [n for n in mark_cols if n <= count and rec[f"tc{n}"]]
    criteria_met = rec["criteria_met"]
    if criteria_met is not None and criteria_met > count:
        rows.problem(
            rec["_row"],
            "criteria_met",
            criteria_met,
            f"Bộ tiêu chí {criteria_set} chỉ có {count} tiêu chí.",
        )
        return
    if mark_cols and criteria_met is not None and criteria_met != len(marked):
        prepared.warnings.append(
            Problem(
                rows.table.sheet,
                rec["_row"],
                read.column_letter(rows.table.columns["criteria_met"]),
                str(criteria_met),
                f"'Số tiêu chí đạt' ghi {criteria_met} nhưng có {len(marked)} tiêu chí được đánh dấu.",
            )
        )
    if criteria_met is None and mark_cols:
        criteria_met = len(marked)
    if rec["recognized_year"] and rec["recognized_year"] > year:
        rows.problem(
            rec["_row"],
            "recognized_year",
            rec["recognized_year"],
            f"'Năm công nhận' sau năm số liệu {year}.",
        )
        return
    if rec["recognized_year"] and not rec["ntm_level"]:
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
        recognized_year=rec["recognized_year"],
    )
    yield "fact_commune_ntm", fact, unit, [year]
    for n in mark_cols:
        if n <= count:
            yield (
                "fact_ntm_criterion",
                dict(
                    era=unit.era,
                    commune_code=unit.code,
                    year=year,
                    criteria_set=criteria_set,
                    criterion_no=n,
                    met=bool(rec[f"tc{n}"]),
                ),
                None,
                [],
            )


def _unit_fields(unit: Unit) -> dict:
    return dict(era=unit.era, unit_level=unit.level, unit_code=unit.code)


def _training(sheet_key, rows: Rows, resolver: Resolver, prepared: Prepared):
    for rec in rows:
        unit = resolver.resolve(rows, rec, need_commune=False)
        if not rec["_ok"] or unit is None:
            continue
        base = dict(
            source_row=rec["_row"],
            **_unit_fields(unit),
            category=rec["category"],
            level=rec["level"],
        )
        if sheet_key == "targets":
            if rec["period_end"] < rec["period_start"]:
                rows.problem(
                    rec["_row"], "period_end", rec["period_end"], "'Đến năm' trước 'Từ năm'."
                )
                continue
            fact = dict(
                base,
                period_start=rec["period_start"],
                period_end=rec["period_end"],
                target=rec["target"],
            )
            yield "fact_training_target", fact, unit, [rec["period_start"], rec["period_end"]]
        else:
            fact = dict(base, year=rec["year"], achieved=rec["achieved"])
            yield "fact_training_result", fact, unit, [rec["year"]]


def _goals(sheet_key, rows: Rows, resolver: Resolver, prepared: Prepared):
    seen: dict[str, int] = {}
    id_key = "goal_id" if sheet_key == "goals" else "duty_id"
    for rec in rows:
        unit = resolver.resolve(rows, rec, need_commune=False)
        if not rec["_ok"] or unit is None:
            continue
        ident = rec[id_key]
        if ident in seen:
            rows.problem(rec["_row"], id_key, ident, f"Mã '{ident}' đã dùng ở dòng {seen[ident]}.")
            continue
        seen[ident] = rec["_row"]
        if sheet_key == "goals":
            metric = rec["measure"].split(":", 1)[0].strip()
            if metric not in kinds.MEASURES:
                rows.problem(
                    rec["_row"],
                    "measure",
                    rec["measure"],
                    "'Cách đo' phải là một trong: " + ", ".join(kinds.MEASURES) + ".",
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
                unit=rec["unit"],
                deadline=rec["deadline"],
                source_document=rec["source_document"],
            )
            yield "fact_goal", fact, unit, [rec["deadline"].year]
        else:
            fact = dict(
                source_row=rec["_row"],
                duty_id=ident,
                **_unit_fields(unit),
                **{
                    key: rec[key]
                    for key in (
                        "report_kind",
                        "report_name",
                        "period_label",
                        "due_date",
                        "recipient",
                        "source_document",
                    )
                },
            )
            yield "fact_reporting_duty", fact, unit, [rec["due_date"].year]


BUILDERS = {"officers": _officers, "communes": _communes, "training": _training, "goals": _goals}

assert set(CRITERIA_SETS) == set(kinds.CRITERIA_SETS)
