"""A summary sheet ("Tổng hợp", "TH", "Toàn tỉnh") next to per-unit sheets repeats or adds
up what they hold. It is never stored (that would count everything twice); it is checked
against them, and each difference is a warning on the summary sheet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyarrow as pa

from etl.labels import LABELS, t
from etl.problems import Problems
from etl.units.index import UnitIndex
from etl.values import display

SHOWN = 5  # names listed in one warning


def _label(column: str) -> str:
    """A fact column in words, from the one label catalogue ('số tiêu chí đạt' …)."""
    key = f"fact_{column}"
    return t(key) if key in LABELS else column


def _rows(facts: Iterable[tuple[str, object]], table: str) -> list[dict]:
    out: list[dict] = []
    for name, fact in facts:
        if name != table:
            continue
        out.extend(fact.to_pylist() if isinstance(fact, pa.Table) else [fact])
    return out


def compare(
    kind: str,
    sheet: str,
    summary: list[tuple[str, object]],
    units: list[tuple[str, object, str]],
    problems: Problems,
    index: UnitIndex,
) -> None:
    """Warn, on ``sheet``, of every difference between the summary's facts and the unit
    sheets' (``units``: table, fact, sheet)."""
    plain = [(t, f) for t, f, _ in units]
    if kind == "officers":
        _officers(sheet, _rows(summary, "fact_officer"), units, problems)
    elif kind == "communes":
        _same(
            sheet,
            _rows(summary, "fact_commune_ntm"),
            _rows(plain, "fact_commune_ntm"),
            ("commune_code", "year"),
            ("criteria_met", "ntm_level"),
            problems,
            index,
        )
        _same(
            sheet,
            _rows(summary, "fact_commune_indicator"),
            _rows(plain, "fact_commune_indicator"),
            ("commune_code", "year", "indicator"),
            ("value",),
            problems,
            index,
        )
    elif kind == "training":
        for table, time in (
            ("fact_training_target", ("period_start", "period_end")),
            ("fact_training_result", ("year",)),
        ):
            measure = "target" if table.endswith("target") else "achieved"
            _sums(sheet, _rows(summary, table), _rows(plain, table), time, measure, problems, index)


def _person(row: dict) -> tuple:
    born = row["birth_date"] or row["birth_year"]
    return (row["full_name"].lower(), str(born or ""), row["commune_code"])


def _officers(sheet: str, summary: list[dict], units: list[tuple], problems: Problems) -> None:
    listed = {_person(r): r for r in summary}
    found: dict[tuple, tuple[dict, str]] = {}
    for table, fact, unit_sheet in units:
        if table == "fact_officer":
            for r in fact.to_pylist():
                found.setdefault(_person(r), (r, unit_sheet))
    absent = [found[k] for k in found if k not in listed]
    if absent:
        names = ", ".join(
            f"{r['full_name']} (trang '{s}' dòng {r['source_row']})" for r, s in absent[:SHOWN]
        )
        more = f" và {len(absent) - SHOWN} người nữa" if len(absent) > SHOWN else ""
        problems.warn(
            f"Trang tổng hợp '{sheet}' thiếu {len(absent)} người có ở các trang đơn vị: "
            f"{names}{more}. Trang tổng hợp không được lưu; số liệu lấy từ các trang đơn vị.",
            sheet,
        )
    for key, r in listed.items():
        if key not in found:
            problems.warn(
                f"'{r['full_name']}' có ở trang tổng hợp nhưng không có ở trang đơn vị nào; "
                "người này không được lưu.",
                sheet,
                r["source_row"],
                value=r["full_name"],
            )


def _same(
    sheet: str,
    summary: list[dict],
    units: list[dict],
    key: tuple[str, ...],
    figures: tuple[str, ...],
    problems: Problems,
    index: UnitIndex,
) -> None:
    theirs = {tuple(r[k] for k in key): r for r in units}
    for r in summary:
        other = theirs.get(tuple(r[k] for k in key))
        ours = tuple(r[f] for f in figures)
        if other is None:
            problems.warn(
                "Dòng này có ở trang tổng hợp nhưng không có ở trang đơn vị nào; không được lưu.",
                sheet,
                r["source_row"],
            )
        elif tuple(other[f] for f in figures) != ours:
            differ = [f for f in figures if other[f] != r[f]]
            what = "; ".join(
                f"{_label(f)} {display(r[f]) or '(trống)'} (trang đơn vị: "
                f"{display(other[f]) or '(trống)'})"
                for f in differ
            )
            unit = index.by_code.get((r.get("era"), "commune", r.get("commune_code")))
            about = unit.name if unit else str(r.get("commune_code"))
            for k in key[1:]:
                about += f", {_label(k)} {display(r[k])}"
            problems.warn(
                f"Trang tổng hợp ghi cho {about}: {what}; số liệu lấy từ trang đơn vị.",
                sheet,
                r["source_row"],
            )
    listed = {tuple(r[k] for k in key) for r in summary}
    absent = [k for k in theirs if k not in listed]
    if absent:
        problems.warn(
            f"Trang tổng hợp '{sheet}' thiếu {len(absent)} dòng có ở các trang đơn vị.", sheet
        )


def _sums(
    sheet: str,
    summary: list[dict],
    units: list[dict],
    time: tuple[str, ...],
    measure: str,
    problems: Problems,
    index: UnitIndex,
) -> None:
    """A summary row against the unit sheets' rows of the same unit or inside it."""
    totals: dict[tuple, float] = defaultdict(float)
    for r in units:
        for level, code in _ancestors(r, index):
            when = tuple(r[t] for t in time)
            totals[(level, code, r["category"], r["level"], when)] += r[measure]
            totals[(level, code, r["category"], "*", when)] += r[measure]
    for r in summary:
        when = tuple(r[t] for t in time)
        key = (r["unit_level"], r["unit_code"], r["category"], r["level"] or "*", when)
        actual = totals.get(key, 0.0)
        if abs(actual - r[measure]) > 1e-6:
            problems.warn(
                f"Trang tổng hợp ghi {display(r[measure])} ({r['category']}"
                f"{', ' + r['level'] if r['level'] else ''}) nhưng các trang đơn vị cộng được "
                f"{display(actual)}; số liệu lấy từ các trang đơn vị.",
                sheet,
                r["source_row"],
            )


def _ancestors(row: dict, index: UnitIndex) -> list[tuple[str, str]]:
    level, code, era = row["unit_level"], row["unit_code"], row["era"]
    unit = index.by_code[(era, level, code)]
    out = [(level, code)]
    if unit.district_code and level == "commune":
        out.append(("district", unit.district_code))
    if level != "province":
        out.append(("province", unit.province_code))
    return out
