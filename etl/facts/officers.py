"""Officer rosters -> ``fact_officer``, as Arrow columns, a chunk at a time.

The hot path for large rosters: checks run on whole columns, and Python looks only at
the rows a check flags. A person needs a name and a place of work; every other column
is optional (a roster of only STT, name, commune and district loads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc

from etl.facts.build import Build, Fact
from etl.facts.rows import Chunk, Rows
from etl.problems import column_letter
from etl.spec import vocabulary
from etl.text import SEPARATOR, fold_words

# officer fields stored as read (gender and birth are worked out first)
COPIED = (
    "full_name",
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
YOUNGEST, OLDEST = 16, 80  # ages a serving cadre can have


def build(rows: Rows, build: Build) -> Iterator[Fact]:
    for chunk in rows.chunks():
        yield from _chunk(chunk, build)


def _chunk(rows: Chunk, build: Build) -> Iterator[Fact]:
    n = len(rows)
    ok = rows.ok
    if "birth_male" in rows.columns or "birth_female" in rows.columns:
        birth, gender = _birth_from_two_columns(rows)
    else:
        # an array when all are dates or all years; a list when they mix
        birth = rows.values.arrays.get("birth", None)
        birth = rows.values["birth"] if birth is None else birth
        gender = rows.array("gender", pa.string())
    birth_date, birth_year = _birth_columns(birth)
    _check_ages(rows, birth_date, birth_year, build.on)
    codes, units = build.resolver.resolve_codes(rows, need_commune=True)
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
        "era": pa.repeat(pa.scalar(build.resolver.era, pa.string()), n),
        "commune_code": codes,
    }
    for key in COPIED:
        columns[key] = rows.array(key)
    for key, names in vocabulary.LEVEL_ABBREVIATIONS.items():
        columns[key] = _spelled_out(columns[key], names)
    if "party_member" in rows.columns:  # a mark column: blank is "no"
        columns["party_member"] = columns["party_member"].fill_null(False)
    facts = pa.table(columns)
    keep = pc.and_(pa.array(ok, pa.bool_()), codes.is_valid())
    if not pc.all(keep).as_py():
        facts = facts.filter(keep)
    for code in facts["commune_code"].unique().to_pylist():
        yield "_unit", None, units[code], []
    name = pc.utf8_lower(facts["full_name"])
    born = pc.coalesce(
        facts["birth_date"].cast(pa.string()), facts["birth_year"].cast(pa.string()), ""
    )
    person = pc.binary_join_element_wise(name, born, facts["commune_code"], SEPARATOR)
    build.persons.append(
        pa.table(
            {
                "person": person,
                "name": facts["full_name"],
                "row": facts["source_row"],
                "sheet": pa.repeat(pa.scalar(rows.table.sheet), len(facts)),
                "column": pa.repeat(
                    pa.scalar(column_letter(rows.columns["full_name"])), len(facts)
                ),
            }
        )
    )
    years = set(pc.year(start).unique().to_pylist()) | set(pc.year(end).unique().to_pylist())
    yield "fact_officer", facts, None, sorted(y for y in years if y)


def _birth_from_two_columns(rows: Chunk) -> tuple[list, list]:
    """Gender from which of two birth-date columns, Nam or Nữ, is filled."""
    v = rows.values
    birth, gender, ok = list(v["birth"]), list(v["gender"]), rows.ok
    for i, (male, female) in enumerate(zip(v["birth_male"], v["birth_female"], strict=True)):
        if (i, "birth_male") in rows.bad_cells or (i, "birth_female") in rows.bad_cells:
            continue  # the unreadable date is already reported; one problem per cell
        if male is not None and female is not None:
            rows.problem(
                rows.excel_rows[i],
                "birth_male",
                male,
                "Ngày sinh ghi ở cả hai cột Nam và Nữ; chỉ ghi vào một cột "
                "(cột được ghi cho biết giới tính).",
            )
            ok[i] = False
            continue
        if male is None and female is None:
            continue  # neither: birth and gender unknown
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


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _check_ages(rows: Chunk, dates: pa.Array, years: pa.Array, on: dt.date) -> None:
    """A birth date in the future, or an age under 16 or over 80 on ``on``, is an error."""
    youngest = _years_before(on, YOUNGEST)  # born after it: under 16
    oldest = _years_before(on, OLDEST + 1)  # born on or before it: over 80
    bad = pc.or_(pc.greater(dates, youngest), pc.less_equal(dates, oldest)).fill_null(False)
    bad_year = pc.and_(
        dates.is_null(),
        pc.or_(pc.greater(years, on.year - YOUNGEST), pc.less(years, on.year - OLDEST)),
    ).fill_null(False)
    flagged = pc.or_(bad, bad_year)
    if not pc.any(flagged).as_py():
        return
    column = "birth_male" if "birth_male" in rows.columns else "birth"
    date_list, year_list = dates.to_pylist(), years.to_pylist()
    for i in pc.indices_nonzero(flagged).to_pylist():
        if not rows.ok[i]:
            continue
        born = date_list[i] or year_list[i]
        shown = born.strftime("%d/%m/%Y") if isinstance(born, dt.date) else str(born)
        if (isinstance(born, dt.date) and born > on) or (isinstance(born, int) and born > on.year):
            why = f"ngày sinh {shown} ở sau ngày {on:%d/%m/%Y}"
        else:
            age = on.year - (born.year if isinstance(born, dt.date) else born)
            if isinstance(born, dt.date) and (on.month, on.day) < (born.month, born.day):
                age -= 1
            why = f"tính đến {on:%d/%m/%Y} người này {age} tuổi, ngoài khoảng {YOUNGEST}–{OLDEST}"
        rows.problem(rows.excel_rows[i], column, born, f"Ngày sinh không hợp lý: {why}.")
        rows.ok[i] = False


def _spelled_out(column: pa.Array, names: dict[str, str]) -> pa.Array:
    """A level column with abbreviations ("ĐH", "CC") written out ("Đại học", "Cao
    cấp"); every other value as written. Each distinct value is looked at once."""
    if not len(column) or column.null_count == len(column):
        return column
    encoded = column.dictionary_encode()
    distinct = encoded.dictionary.to_pylist()
    spelled = [names.get(fold_words(v), v) if v is not None else None for v in distinct]
    if spelled == distinct:
        return column
    return pa.array(spelled, column.type).take(encoded.indices)


def finish(build: Build) -> None:
    """The same person (name, birth date, commune) on two rows, on one sheet or two:
    warned at the later row."""
    if not build.persons:
        return
    table = pa.concat_tables(build.persons)
    counts = pc.value_counts(table["person"].combine_chunks())
    twice = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
    if not len(twice):
        return
    found = table.filter(pc.is_in(table["person"], value_set=twice)).to_pylist()
    first: dict[str, dict] = {}
    for rec in found:  # in the order read: sheets in order, rows in order
        person = rec["person"]
        if person not in first:
            first[person] = rec
            continue
        earlier = first[person]
        where = f"dòng {earlier['row']}"
        if earlier["sheet"] != rec["sheet"]:
            where += f" trang '{earlier['sheet']}'"
        build.problems.warn(
            f"Trùng người với {where} (cùng họ tên, ngày sinh, xã).",
            rec["sheet"],
            rec["row"],
            rec["column"],
            rec["name"],
        )
