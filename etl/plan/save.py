"""Confirmed proposals -> a goals batch, exactly as a goals workbook would make it.

The goals and duties are written into tiendo's own goals workbook (with each one's
sentence in "Câu trong kế hoạch") and loaded by the loader like any other, so they are
checked, replace an earlier batch of the same plan, can be rolled back and show in the
history the same way; the plan's file and text are kept with the batch (``batch_plans``).

What the workbook cannot say is decided here: a goal "mỗi huyện" becomes one goal per
district of the province; a yearly goal is due at the plan's end; a duty becomes one row
per reporting unit and period, from the plan's date to its end (or this year).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
import tempfile
from pathlib import Path

import duckdb

from etl import config, loader, templates
from etl.plan import patterns as P
from etl.plan.model import Duty, PlanText, Proposals
from etl.problems import Problem
from etl.spec import comparisons
from etl.spec.measures import MEASURES
from etl.store import Warehouse, WarehouseError
from etl.units.reference import ERA_CHANGE, LEGACY, NEW
from etl.units.resolve import unit_index

MAX_YEARS = 10  # a recurring duty is expanded over at most this many years


def programmes(wh: Warehouse) -> list[str]:
    """Officer programmes known in the warehouse (a measure's argument is one of them)."""
    try:
        with wh.read() as con:
            rows = con.execute(
                "SELECT DISTINCT program FROM officers WHERE program IS NOT NULL ORDER BY 1"
            ).fetchall()
    except (duckdb.Error, WarehouseError):  # no warehouse yet, or one from before officers
        return []
    return [r[0] for r in rows]


def stored_plan(con: duckdb.DuckDBPyConnection, batch_id: int) -> PlanText | None:
    """The plan kept with a goals batch, or None."""
    try:
        row = con.execute(
            "SELECT file_name, format, text, content FROM batch_plans WHERE batch_id = ?",
            [batch_id],
        ).fetchone()
    except duckdb.CatalogException:  # a warehouse from before plans were kept
        return None
    if row is None:
        return None
    return PlanText(row[0], row[1], row[2], bytes(row[3]))


def _era(proposals: Proposals) -> str:
    date = proposals.document.as_of(config.today())
    return NEW if date >= ERA_CHANGE else LEGACY


def _units(era: str, province: str, level: str) -> list:
    return unit_index().within(era, level, province)


def _prefix(proposals: Proposals) -> str:
    number = proposals.document.number or ""
    digits = re.match(r"\d+", number)
    date = proposals.document.date
    if digits:
        return f"KH{digits.group(0)}" + (f"-{date.year}" if date else "")
    return f"KH-{date:%Y%m%d}" if date else "KH"


def _end(proposals: Proposals, today: dt.date) -> dt.date:
    """The plan's end: its period, else its latest goal deadline, else this year's end."""
    doc = proposals.document
    deadlines = [g.deadline for g in proposals.goals if g.deadline]
    if doc.period_end:
        return doc.period_end
    if deadlines:
        return max(deadlines)
    return dt.date((doc.date or today).year, 12, 31)


def goal_rows(proposals: Proposals, today: dt.date) -> tuple[list[dict], list[str]]:
    """The goals sheet's rows, and a sentence for each goal that could not be saved."""
    doc = proposals.document
    province = doc.province
    era = _era(proposals)
    prefix = _prefix(proposals)
    end = _end(proposals, today)
    rows: list[dict] = []
    skipped: list[str] = []
    for i, g in enumerate(proposals.goals, start=1):
        base = g.id or f"{prefix}-{i:02d}"
        label = g.name or g.quote[:80]
        if not g.measure or g.measure.partition(":")[0] not in MEASURES:
            skipped.append(f"Chỉ tiêu '{label}' chưa có cách đo nên chưa được lưu.")
            continue
        if province is None or not province.name:
            skipped.append(f"Chỉ tiêu '{label}': chưa biết tỉnh của kế hoạch.")
            continue
        name = label
        if g.recurring and not re.search(r"h[aằ]ng năm|mỗi năm", name, re.I):
            name = f"{name} (hằng năm)"
        common = dict(
            name=name,
            measure=g.measure,
            province=province.name,
            target_value=g.value,
            # in the workbook's words ("không quá"); "=" and a range's low end are floors
            comparison=comparisons.of(comparisons.STORED.get(g.comparison)).vi,
            unit=g.unit,
            deadline=g.deadline or end,
            source_document=doc.reference(),
            quote=g.quote,
        )
        if g.scope.level in ("each_district", "each_commune"):
            level = "district" if g.scope.level == "each_district" else "commune"
            units = _units(era, province.code, level) if province.code else []
            if not units:
                skipped.append(
                    f"Chỉ tiêu '{label}' áp cho từng {'huyện' if level == 'district' else 'xã'}"
                    " nhưng tỉnh không có đơn vị nào như vậy trong thời kỳ của kế hoạch."
                )
                continue
            for j, unit in enumerate(units, start=1):
                row = dict(common, goal_id=f"{base}-{j:02d}", **_unit_columns(unit, era))
                rows.append(row)
            continue
        row = dict(common, goal_id=base)
        if g.scope.level in ("district", "commune") and g.scope.code:
            unit = unit_index().by_code.get((era, g.scope.level, g.scope.code))
            if unit:
                row.update(_unit_columns(unit, era))
        rows.append(row)
    for n, row in enumerate(rows, start=1):
        row["stt"] = n
    return rows, skipped


def _unit_columns(unit, era: str) -> dict:
    index = unit_index()
    if unit.level == "district":
        return {"district": unit.name}
    cols = {"commune": unit.name}
    if unit.district_code:
        cols["district"] = index.by_code[(era, "district", unit.district_code)].name
    return cols


# -- duties ------------------------------------------------------------------------------------


_EACH_DISTRICT = re.compile(r"\b(?:cac huyen|cap huyen|huyen doan|cac quan|ubnd huyen)\b")
_EACH_COMMUNE = re.compile(r"\b(?:cac xa|cap xa|ubnd xa|dang uy xa|cac phuong)\b")
_NAMED_ONLY = re.compile(r"thuoc pham vi|thuc hien du an|thuc hien da\b|cac huyen ngheo|du an")


def _named_districts(proposals: Proposals, era: str) -> list:
    """Districts of the province the plan names ("07 huyện, gồm: Thường Xuân, ...")."""
    province = proposals.document.province
    if not province or not province.code:
        return []
    low = re.sub(r"[^a-z0-9]+", " ", P.fold(proposals.plan.text))
    found = []
    for unit in _units(era, province.code, "district"):
        bare = re.sub(r"^(?:huyện|thị xã|thành phố|quận)\s+", "", unit.name, flags=re.I)
        if P.fold(bare) == P.fold(province.name):  # "tỉnh Thanh Hóa" names no district
            continue
        if re.search(rf"\b{re.escape(re.sub(r'[^a-z0-9]+', ' ', P.fold(bare)).strip())}\b", low):
            found.append(unit)
    return found


def reporting_units(duty: Duty, proposals: Proposals) -> list:
    """Who must send a duty's report, as units: each district for "UBND các huyện", the
    districts the plan names when the reporters are "các huyện thuộc phạm vi Dự án", each
    commune for "UBND các xã", else the province."""
    province = proposals.document.province
    if not province or not province.code:
        return []
    era = _era(proposals)
    units: dict[tuple[str, str], object] = {}
    for reporter in duty.reporter or [""]:
        low = P.fold(reporter)
        chosen: list = []
        if _EACH_DISTRICT.search(low) and era == LEGACY:
            named = _named_districts(proposals, era)
            chosen = named if (named and _NAMED_ONLY.search(low)) else []
            chosen = chosen or _units(era, province.code, "district")
        elif _EACH_COMMUNE.search(low):
            chosen = _units(era, province.code, "commune")
        if not chosen:
            chosen = [unit_index().by_code[(era, "province", province.code)]]
        for unit in chosen:
            units[(unit.level, unit.code)] = unit
    return list(units.values())


def _periods(duty: Duty, start: dt.date, end: dt.date) -> list[tuple[str, dt.date]]:
    """(period label, due date) of each report a duty asks for between start and end."""
    if duty.frequency == "once":
        due = duty.due if isinstance(duty.due, dt.date) else end
        return [(f"năm {due.year}", due)]
    years = range(start.year, min(end.year, start.year + MAX_YEARS - 1) + 1)
    out: list[tuple[str, dt.date]] = []

    def after(year: int, month: int) -> dt.date:
        """The duty's day in the month after a period ending with ``month``, or the
        period's last day when the plan gives no day."""
        if not isinstance(duty.due, int):
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return dt.date(year, month, min(duty.due, calendar.monthrange(year, month)[1]))

    for year in years:
        if duty.frequency == "yearly":
            if isinstance(duty.due, str) and re.fullmatch(r"\d\d-\d\d", duty.due):
                month, day = (int(x) for x in duty.due.split("-"))
                due = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
            else:
                due = dt.date(year, 12, 31)
            out.append((f"năm {year}", due))
        elif duty.frequency == "half-yearly":
            out += [(f"6 tháng đầu năm {year}", after(year, 6)), (f"năm {year}", after(year, 12))]
        elif duty.frequency == "quarterly":
            roman = ("I", "II", "III", "IV")
            out += [(f"quý {roman[q]}/{year}", after(year, 3 * q + 3)) for q in range(4)]
        elif duty.frequency == "monthly":
            out += [(f"tháng {m}/{year}", after(year, m)) for m in range(1, 13)]
    return [(label, due) for label, due in out if due >= start]


def duty_rows(proposals: Proposals, today: dt.date) -> tuple[list[dict], list[str]]:
    doc = proposals.document
    start = doc.as_of(today)
    end = doc.period_end or dt.date(max(today.year, start.year), 12, 31)
    prefix = _prefix(proposals)
    rows: list[dict] = []
    skipped: list[str] = []
    for i, duty in enumerate(proposals.duties, start=1):
        base = duty.id or f"{prefix}-BC{i:02d}"
        units = reporting_units(duty, proposals)
        if not units:
            skipped.append(f"Nghĩa vụ '{duty.report_name}': chưa biết tỉnh của kế hoạch.")
            continue
        periods = _periods(duty, start, end)
        for unit in units:
            cols = {} if unit.level == "province" else _unit_columns(unit, _era(proposals))
            for label, due in periods:
                rows.append(
                    dict(
                        duty_id=f"{base}-{len(rows) + 1:04d}",
                        province=doc.province.name,
                        **cols,
                        report_kind=duty.report_kind,
                        report_name=duty.report_name or "Báo cáo kết quả thực hiện",
                        period_label=label,
                        due_date=due,
                        recipient=duty.recipient or doc.issuer or "UBND tỉnh",
                        source_document=doc.reference(),
                        quote=duty.quote,
                    )
                )
    for n, row in enumerate(rows, start=1):
        row["stt"] = n
    return rows, skipped


# -- saving ---------------------------------------------------------------------------------------


def prepare(
    proposals: Proposals, today: dt.date | None = None
) -> tuple[loader.Prepared, list[str]]:
    """The goals workbook of the proposals, read and checked by the loader (nothing is
    written), and the sentences about what could not be put in it."""
    today = today or config.today()
    goals, skipped_goals = goal_rows(proposals, today)
    duties, skipped_duties = duty_rows(proposals, today)
    data: dict[str, list[dict]] = {}
    if goals:
        data["goals"] = goals
    if duties:
        data["duties"] = duties
    doc = proposals.document
    stem = Path(proposals.plan.file_name).stem or "ke_hoach"
    name = f"{stem}.chi_tieu.xlsx"
    with tempfile.TemporaryDirectory() as tmp:
        path = templates.write_workbook(
            "goals",
            Path(tmp) / name,
            data or {"goals": []},
            reporting_unit=doc.issuer or "",
            as_of=doc.as_of(today),
        )
        content = path.read_bytes()
    prepared = loader.prepare(content, name, "goals")
    # the same plan confirmed the same way is the same batch (the workbook's bytes carry
    # the time they were written, so they are not the key)
    key = json.dumps([goals, duties], default=str, ensure_ascii=False, sort_keys=True)
    plan_hash = hashlib.sha256(proposals.plan.content or proposals.plan.text.encode()).hexdigest()
    prepared.sha256 = hashlib.sha256(f"{plan_hash}\n{key}".encode()).hexdigest()
    prepared.plan = proposals.plan
    return prepared, skipped_goals + skipped_duties


def save(
    proposals: Proposals, wh: Warehouse, user: str | None = None, today: dt.date | None = None
) -> loader.LoadResult:
    """Write the confirmed proposals as one goals batch with the plan kept with it."""
    prepared, skipped = prepare(proposals, today)
    if not prepared.facts:
        result = loader.LoadResult(proposals.plan.file_name, "refused", "goals", None, 0)
        result.errors = [
            Problem("", None, None, "", "Không có chỉ tiêu hay nghĩa vụ báo cáo nào để lưu.")
        ]
        result.warnings = [Problem("", None, None, "", s) for s in skipped]
        return result
    result = loader.commit(prepared, wh, user)
    result.file = proposals.plan.file_name
    result.warnings = [*result.warnings, *(Problem("", None, None, "", s) for s in skipped)]
    return result
