"""Every page renders for any warehouse the loader can make.

Hypothesis draws which kinds of files a province has sent (officers, communes, training,
goals), which of their sheets, which optional columns they left out, in which era's units
they are written, and a view of the sidebar (a province, a district, a commune, today's
units, a program). The files are written with the project's own template writer, loaded
with the real loader, and then every page of the registry is opened in one AppTest
session: no exception, no error box. An empty state (a warning or a note) is fine.

A few examples by default (each one loads files and renders every page); many more with
TIENDO_HYPOTHESIS=thorough, or exactly N with TIENDO_ANY_DATA_EXAMPLES=N.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, example, given, note, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard.pages import PAGES
from etl import loader, templates
from etl.spec import kinds
from etl.spec.criteria import criteria_count, criteria_set_for_year
from etl.store import Warehouse

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
THOROUGH = os.environ.get("TIENDO_HYPOTHESIS") == "thorough"
EXAMPLES = int(os.environ.get("TIENDO_ANY_DATA_EXAMPLES", "40" if THOROUGH else "3"))

# Real units, so the loader resolves them: (province, district, commune). Pre-reform files
# name a district; files of today's units (from 1/7/2025) do not.
LEGACY_PLACES = (
    ("Thanh Hóa", "Mường Lát", "Tam Chung"),
    ("Thanh Hóa", "Quan Hóa", "Trung Sơn"),
    ("Phú Yên", "Đồng Xuân", "Xuân Sơn Bắc"),
    ("Trà Vinh", "Trà Cú", "Tân Sơn"),
)
NEW_PLACES = (("Vĩnh Long", None, "Tập Sơn"), ("Thanh Hóa", None, "Tam Chung"))
AS_OF = {"legacy": dt.date(2019, 12, 31), "2025": dt.date(2026, 6, 30)}
PROGRAMS = ("Dự án 600 Phó Chủ tịch xã", "Thu hút trí thức trẻ (NQ 153/2010/NQ-HĐND)")
POSITIONS = ("Phó Chủ tịch UBND xã", "Công chức Văn hóa - Xã hội", "Chủ tịch UBND xã")
VIEWS = ("all", "province", "district", "commune", "new_units", "program")


def _optional(sheet: kinds.SheetSpec) -> tuple[str, ...]:
    """Columns a file may leave out: not identifying, and not needed by a column that is."""
    needed = {n for f in sheet.fields if f.identifying for n in f.needs}
    return tuple(f.key for f in sheet.fields if not f.identifying and f.key not in needed)


SHEETS = {k: tuple(s.key for s in spec.sheets) for k, spec in kinds.KINDS.items()}
OPTIONAL = {(k, s.key): _optional(s) for k, spec in kinds.KINDS.items() for s in spec.sheets}


@dataclass(frozen=True)
class Plan:
    """What a province sent, and what the reader looks at."""

    sheets: tuple[tuple[str, str], ...]  # (kind, sheet) written
    dropped: frozenset[tuple[str, str, str]] = frozenset()  # (kind, sheet, field) left out
    new_era: frozenset[str] = frozenset()  # kinds written in today's units
    rows: int = 2
    seed: int = 0
    view: str = "all"
    titled: bool = True  # "UBND tỉnh ..." above the table: it tells a commune's province
    kinds: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", tuple(dict.fromkeys(k for k, _ in self.sheets)))


@st.composite
def plans(draw) -> Plan:
    chosen = draw(st.sets(st.sampled_from(sorted(SHEETS)), min_size=1))
    sheets, dropped = [], set()
    for kind in sorted(chosen):
        some = draw(st.sets(st.sampled_from(SHEETS[kind]), min_size=1))
        for sheet in SHEETS[kind]:
            if sheet in some:
                sheets.append((kind, sheet))
                left_out = draw(st.sets(st.sampled_from(OPTIONAL[kind, sheet])))
                dropped |= {(kind, sheet, f) for f in left_out}
    return Plan(
        tuple(sheets),
        frozenset(dropped),
        frozenset(draw(st.sets(st.sampled_from(sorted(chosen))))),
        draw(st.integers(1, 4)),
        draw(st.integers(0, 2**16)),
        draw(st.sampled_from(VIEWS)),
        draw(st.booleans()),
    )


ALL_SHEETS = tuple((k, s) for k, ss in SHEETS.items() for s in ss)
EVERYTHING = Plan(ALL_SHEETS, rows=3, view="district")
BARE = Plan(  # only the columns that identify a fact
    ALL_SHEETS,
    frozenset((k, s, f) for (k, s), fs in OPTIONAL.items() for f in fs),
    rows=2,
    view="commune",
)


# ---- rows: every field of a sheet, then the dropped ones removed -------------------------


def _officer(rng: random.Random, i: int, era: str, place) -> dict:
    province, district, commune = place
    legacy = era == "legacy"
    start = dt.date(rng.randint(2012, 2016), rng.randint(1, 12), 1) if legacy else None
    return dict(
        full_name=f"{rng.choice(['Lò', 'Hà', 'Nguyễn', 'Vi'])} Văn {'ABCDEGHK'[i % 8]}ình {i}",
        birth=rng.choice([dt.date(rng.randint(1975, 1995), 5, 14), rng.randint(1975, 1995)]),
        gender=rng.choice(kinds.GENDERS),
        ethnicity=rng.choice(["Thái", "Kinh", "Mường", "Tày"]),
        party_member=rng.choice(["x", None]),
        education=rng.choice(["Đại học", "Thạc sĩ", "Cao đẳng"]),
        major=rng.choice(["Luật", "Kinh tế nông nghiệp"]),
        political_theory=rng.choice(["Sơ cấp", "Trung cấp", None]),
        state_management=rng.choice(["Chuyên viên", None]),
        position=rng.choice(POSITIONS),
        program=rng.choice(PROGRAMS),
        province=province,
        district=district,
        commune=commune,
        start_date=start or dt.date(2025, 8, rng.randint(1, 28)),
        end_date=dt.date(2017, 6, 30) if legacy and rng.random() < 0.5 else None,
        status=rng.choice(["Đang công tác", "Đã kết thúc dự án", "Nghỉ việc"]),
        placement_after=rng.choice(["Chủ tịch UBND xã", None]),
        annual_rating=rng.choice(["Hoàn thành tốt nhiệm vụ", None]),
        note=rng.choice(["", "đã chuyển công tác", None]),
    )


def _ntm(rng: random.Random, i: int, era: str, place) -> dict:
    province, district, commune = place
    year = (2016 + i % 4) if era == "legacy" else 2025 + i % 2
    cset = criteria_set_for_year(year)
    met = rng.randint(0, criteria_count(cset))
    marks = set(rng.sample(range(1, criteria_count(cset) + 1), met))
    level = rng.choice([None, "NTM"]) if met == criteria_count(cset) else None
    return dict(
        province=province,
        district=district,
        commune=commune,
        year=year,
        criteria_set=cset,
        **{f"tc{n}": "x" if n in marks else None for n in range(1, kinds.MAX_CRITERIA + 1)},
        criteria_met=met,
        ntm_level=level,
        recognized_year=year if level else None,
    )


def _indicators(rng: random.Random, i: int, era: str, place) -> dict:
    province, district, commune = place
    return dict(
        province=province,
        district=district,
        commune=commune,
        year=(2011 + i) if era == "legacy" else 2025 + i % 2,
        cultural_families=f"{rng.uniform(60, 99):.1f}%".replace(".", ","),
        cultural_villages=rng.choice(["80%", 75.5, None]),
        cultural_commune=rng.choice(["x", None]),
        poor_households=rng.choice(["12,1%", 30, None]),
        solid_office=rng.choice(["x", None]),
    )


CATEGORIES = kinds.TRAINING_CATEGORIES


def _training_target(rng: random.Random, i: int, era: str, place) -> dict:
    province, district, _ = place
    legacy = era == "legacy"
    return dict(
        province=province,
        district=district if legacy and rng.random() < 0.5 else None,
        category=CATEGORIES[i % len(CATEGORIES)],
        level=rng.choice(["trung cấp", "sơ cấp", None]),
        period_start=2011 if legacy else 2026,
        period_end=2015 if legacy else 2030,
        target=rng.randint(10, 900),
    )


def _training_result(rng: random.Random, i: int, era: str, place) -> dict:
    province, district, _ = place
    legacy = era == "legacy"
    return dict(
        province=province,
        district=district if legacy else None,
        category=CATEGORIES[i % len(CATEGORIES)],
        level=rng.choice(["trung cấp", "sơ cấp", None]),
        year=(2011 + i) if legacy else 2026,
        achieved=rng.randint(0, 200),
    )


def _measure(rng: random.Random, i: int) -> tuple[str, str, float]:
    program, position = rng.choice(PROGRAMS), rng.choice(POSITIONS)
    return [
        (f"training_achieved:{CATEGORIES[0]}", "người", 907),
        ("ntm_share", "%", 25),
        ("ntm_level_count:NTM", "xã", 3),
        ("indicator_mean:tỷ lệ gia đình văn hóa", "%", 90),
        ("indicator_share:xã văn hóa", "%", 30),
        (f"officer_count:{program}", "người", 230),
        (f"officer_communes:{program}|{position}", "xã", 18),
        (f"officer_placed_share:{program}", "%", 100),
    ][(i + rng.randint(0, 7)) % 8]


def _goal(rng: random.Random, i: int, era: str, place) -> dict:
    province, district, _ = place
    measure, unit, target = _measure(rng, i)
    on_district = era == "legacy" and rng.random() < 0.3
    return dict(
        goal_id=f"G-{i}",
        name=f"Chỉ tiêu thử {i}: {measure}",
        measure=measure,
        province=province,
        district=district if on_district else None,
        target_value=target,
        unit=unit,
        deadline=rng.choice([dt.date(2015, 12, 31), dt.date(2019, 6, 30), dt.date(2027, 12, 31)]),
        source_document=f"KH {i}/KH-UBND",
    )


def _duty(rng: random.Random, i: int, era: str, place) -> dict:
    province, district, _ = place
    year = rng.choice([2017, 2019, 2026, 2027])
    return dict(
        duty_id=f"BC-{i}",
        province=province,
        district=district if era == "legacy" and rng.random() < 0.5 else None,
        report_kind=rng.choice(kinds.REPORT_KINDS),
        report_name="Báo cáo tình hình đội ngũ cán bộ cấp xã",
        period_label=f"năm {year}",
        due_date=dt.date(year, 12, 5),
        recipient="Sở Nội vụ",
        source_document=f"KH {i}/KH-UBND",
    )


ROWS = {
    ("officers", "officers"): _officer,
    ("communes", "ntm"): _ntm,
    ("communes", "indicators"): _indicators,
    ("training", "targets"): _training_target,
    ("training", "results"): _training_result,
    ("goals", "goals"): _goal,
    ("goals", "duties"): _duty,
}
assert set(ROWS) == set(OPTIONAL), "a sheet of etl.spec.kinds has no row builder here"


def write_files(plan: Plan, out: Path) -> list[tuple[str, Path]]:
    """One workbook per kind, with the plan's sheets, rows and columns."""
    files = []
    for kind in plan.kinds:
        era = "2025" if kind in plan.new_era else "legacy"
        rng = random.Random(f"{plan.seed}-{kind}")
        places = NEW_PLACES if era == "2025" else LEGACY_PLACES
        province = rng.choice(places)[0]  # a file comes from one province
        places = [p for p in places if p[0] == province]
        data = {}
        for k, sheet in plan.sheets:
            if k != kind:
                continue
            gone = {f for kk, s, f in plan.dropped if (kk, s) == (k, sheet)}
            if era == "2025":
                gone.add("district")  # no districts after 1/7/2025
            rows, seen = [], set()
            for i in range(1, plan.rows + 1):
                row = ROWS[k, sheet](rng, i, era, rng.choice(places))
                if k == "communes":  # one row per commune and year: a second one is refused
                    if (row["commune"], row["year"]) in seen:
                        continue
                    seen.add((row["commune"], row["year"]))
                rows.append({f: v for f, v in ({"stt": i} | row).items() if f not in gone})
            data[sheet] = rows
        unit = f"UBND tỉnh {province}" if plan.titled else ""
        path = out / f"{kind}.xlsx"
        templates.write_workbook(kind, path, data, reporting_unit=unit, as_of=AS_OF[era])
        files.append((kind, path))
    return files


# ---- the app -----------------------------------------------------------------------------


class _Records(logging.Handler):
    """The tracebacks the app's error boundary logs (dashboard/errors.py)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(logging.Formatter().format(record))


def _problems(at: AppTest, where: str, log: _Records) -> list[str]:
    """What went wrong in the last run, as one text: exceptions with their stack, error
    boxes, and the tracebacks the error boundary logged."""
    parts = [f"exception {e.message}\n{''.join(e.stack_trace)}" for e in at.exception]
    parts += [f"error box {e.value}" for e in at.error]
    parts += log.lines
    log.lines.clear()
    return [f"{where}: " + "\n".join(parts)] if parts else []


def _choose(at: AppTest, key: str, plan: Plan, sidebar: bool = True) -> str:
    """Pick one of the offered values past the first ('all'), the same one for the same
    plan; returns its label."""
    boxes = at.sidebar.selectbox if sidebar else at.selectbox
    try:
        box = boxes(key=key)
    except KeyError:
        return ""
    if len(box.options) < 2:
        return ""
    index = 1 + plan.seed % (len(box.options) - 1)
    box.select_index(index).run()
    return box.options[index]


def _apply_view(at: AppTest, plan: Plan) -> list[str]:
    done = []
    if plan.view == "new_units":
        at.sidebar.toggle(key="new").set_value(True).run()
        done.append("new")
    if plan.view in ("province", "new_units"):
        done.append(f"unit={_choose(at, 'unit', plan)}")
    if plan.view in ("district", "commune"):  # a province that has districts with data
        box = at.sidebar.selectbox(key="unit")
        for i in range(1, len(box.options)):
            at.sidebar.selectbox(key="unit").select_index(i).run()
            district = _choose(at, "district", plan)
            if district:
                done.append(f"unit={box.options[i]}, district={district}")
                break
    if plan.view == "program":
        done.append(f"program={_choose(at, 'program', plan)}")
    return done


def render_every_page(db: Path, plan: Plan, monkeypatch) -> list[str]:
    """Open the app on ``db``, apply the plan's view, then every page; the problems seen."""
    monkeypatch.setenv("TIENDO_DB", str(db))
    log = _Records()
    logging.getLogger("tiendo.dashboard").addHandler(log)
    try:
        at = AppTest.from_file(APP, default_timeout=120).run()
        problems = _problems(at, "first run", log)
        note(f"view: {_apply_view(at, plan)}")
        problems += _problems(at, f"sidebar view {plan.view}", log)
        for page in PAGES:
            at.switch_page(f"app_pages/{page.script}").run()
            problems += _problems(at, f"page {page.key}", log)
            if page.key == "unit" and plan.view == "commune":
                note(f"commune={_choose(at, 'commune', plan, sidebar=False)}")
                problems += _problems(at, "page unit, one commune", log)
        return problems
    finally:
        logging.getLogger("tiendo.dashboard").removeHandler(log)


# Page bugs this test has found, owned by the pages' authors and reported to them: (page
# key, words of the traceback) -> what triggers it. An example that hits only these is not
# a failure; the test then ends as xfail (strict=False) naming them, and passes once fixed.
KNOWN_PAGE_BUGS: dict[tuple[str, str], str] = {
    # Found and since fixed: ("training", "operation 'add' not supported for dtype 'str'"),
    # a training target without a level (the column left out, or blank) broke the label
    # category + " · " + level on Đào tạo, bồi dưỡng.
}


def _known(problem: str) -> str | None:
    for (page, words), why in KNOWN_PAGE_BUGS.items():
        if problem.startswith(f"page {page}:") and words in problem:
            return why
    return None


def test_every_page_renders_for_any_loadable_warehouse(
    _empty_warehouse_file, tmp_path, monkeypatch
):
    counter = itertools.count()
    known_hits: set[str] = set()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
        # an example takes seconds: shrink a failure only when asked for thoroughness
        phases=list(Phase) if THOROUGH else [Phase.explicit, Phase.reuse, Phase.generate],
    )
    @example(plan=EVERYTHING)
    @example(plan=BARE)
    @given(plan=plans())
    def check(plan: Plan) -> None:
        out = tmp_path / f"example{next(counter)}"  # its own path: no cached query reused
        out.mkdir()
        db = out / "warehouse.duckdb"
        shutil.copy(_empty_warehouse_file, db)
        wh = Warehouse(db)
        loaded = []
        for kind, path in write_files(plan, out):
            result = loader.load_file(path, wh, kind=kind)
            note(f"{kind}: {result.status} {[e.message for e in result.errors][:3]}")
            if result.status == "loaded":
                loaded.append(kind)
        # A warehouse the loader cannot make is not one to show: draw another. (A loader
        # refusing everything would end the test as Unsatisfiable, not pass it.)
        assume(loaded)
        problems = render_every_page(db, plan, monkeypatch)
        known = {p: _known(p) for p in problems}
        known_hits.update(why for why in known.values() if why)
        unknown = [p for p, why in known.items() if not why]
        assert not unknown, "\n\n".join(unknown)

    check()
    if known_hits:
        pytest.xfail("lỗi trang đã báo, chờ sửa: " + "; ".join(sorted(known_hits)))
