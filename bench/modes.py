"""Both warehouse modes at national scale, side by side: ``make bench``'s last section.

Each mode holds the same national warehouse (:mod:`bench.national`: every legacy commune
× 19 criteria × 10 years, 250,000 officers, training for every province and district):

* **embedded**: one DuckDB file, as ``make run`` uses (section 4's file when it has run);
* **lake**: DuckLake with its catalog in a throwaway local PostgreSQL
  (:mod:`bench.postgres`) and its Parquet files in a temporary folder, reached the way
  every command reaches it (``TIENDO_WAREHOUSE``, ``TIENDO_DATA_PATH``, ``PGPASSWORD``).
  Without PostgreSQL it says why and the embedded half still runs.

For each mode it prints:

1. **Each page's queries** for the whole country: the registry's list for each page
   (``dashboard.pages``, ``dashboard/queries/pages.py``), run ``TIENDO_BENCH_PAGE_RUNS``
   times after a first (cold) run, each run on its own read of one pinned snapshot
   (``wh.pin()``, ``wh.read(snapshot)``), as a page run reads: p50 and p95. In a child
   process, whose peak memory (bench.memory: VmHWM) is that of the queries.
2. **pandas**: the officers, NTM and training pages' aggregations done in pandas on the
   tables read into DataFrames once (the joins of the views done in pandas too), timed
   against the same queries in DuckDB on an open connection; one figure of each page is
   checked equal in both, so the comparison is honest.
3. **Loads** into that national warehouse, of rosters of five provinces
   (``bench.workbooks.province_roster``): one ``etl load`` alone, its rows per second and
   its time against the fastest raw reader on the same file in the same run (calamine →
   Python and fastexcel → Arrow, ``raw_read``/``arrow_read`` of bench/__main__.py); then
   four ``etl load`` processes on the four other files at once (embedded: they check their
   files together and queue on the writer's lock; lake: they commit concurrently): all
   their rows over the time from the start to the last commit, and that against one
   loader. Each loader is a process of its own running ``etl.cli.main(["load", …])``
   (what ``python -m etl load`` runs); it imports and reads the reference units (about
   3 s of CPU, not counted, as section 1 does not count it) and waits for the start.
   Peak memory is the largest loader's.

A Markdown table at the end sums up both modes, to paste into the README and the sizing
section of docs/deploy.md.

Sizes (environment):

- ``TIENDO_BENCH_MODES``: ``embedded,lake`` (default); ``embedded`` alone, or empty to skip.
- ``TIENDO_BENCH_COMMUNES``: communes of the national warehouse, ``all`` (default, 10,035)
  or the first N (shared with section 4).
- ``TIENDO_BENCH_LAKE_COMMUNES``: the same for lake mode; default the same as embedded.
- ``TIENDO_BENCH_OFFICERS``: officers in it (default 250000).
- ``TIENDO_BENCH_LOAD_ROWS``: rows of each of the five rosters loaded (default 20000, five
  times a province's real roster; 100,000 rows are loaded in each mode).
- ``TIENDO_BENCH_PAGE_RUNS``: runs of each page (default 10; p95 is then the slowest, by
  nearest rank); pandas and DuckDB are compared over a quarter of that (at least 3).

Alone: ``python -m bench.modes``. Nothing is asserted; tests/test_bench_modes.py runs it
at a tiny scale.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from bench import workbooks
from bench.browser import percentile, vn
from bench.memory import peak_kb

ROOT = Path(__file__).resolve().parents[1]
MODES = ("embedded", "lake")
LABEL = {"embedded": "embedded (DuckDB file)", "lake": "lake (DuckLake + PostgreSQL)"}
SHORT = {"embedded": "nhúng (tệp DuckDB)", "lake": "hồ dữ liệu (DuckLake + PostgreSQL)"}
# One roster loaded alone, then four at once: five provinces, so no file replaces another.
PROVINCES = ("38", "40", "01", "79", "26")
LOADERS = 4
# A scope with no years: the whole country over all years (dashboard.queries.scope).
Y0, Y1 = 1900, 2100
LAKE_ENV = ("TIENDO_WAREHOUSE", "TIENDO_DATA_PATH", "PGPASSWORD")
RETRY = "ghi lại (lần"  # what etl.store.lake says on stderr when it retries a commit


@dataclass(frozen=True)
class Settings:
    modes: tuple[str, ...]
    communes: int | None
    lake_communes: int | None
    officers: int
    load_rows: int
    page_runs: int

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ.get

        def communes(value: str) -> int | None:
            return None if value.strip() == "all" else int(value)

        modes = tuple(m.strip() for m in env("TIENDO_BENCH_MODES", ",".join(MODES)).split(","))
        national = env("TIENDO_BENCH_COMMUNES", "all")
        return cls(
            modes=tuple(m for m in modes if m in MODES),
            communes=communes(national),
            lake_communes=communes(env("TIENDO_BENCH_LAKE_COMMUNES", national)),
            officers=int(env("TIENDO_BENCH_OFFICERS", "250000")),
            load_rows=int(env("TIENDO_BENCH_LOAD_ROWS", "20000")),
            page_runs=max(1, int(env("TIENDO_BENCH_PAGE_RUNS", "10"))),
        )

    @property
    def pandas_runs(self) -> int:
        return max(3, self.page_runs // 4)


@dataclass
class Result:
    mode: str
    communes: int | None = None
    skipped: str = ""  # why this mode did not run (or stopped)
    facts: int = 0
    built_s: float | None = None
    pages: dict = field(default_factory=dict)  # page -> {"first": s, "runs": [s, ...]}
    pin_s: float = 0.0
    open_s: list = field(default_factory=list)  # reads of the snapshot with no query
    query_peak_kb: int = 0
    pandas: dict = field(default_factory=dict)
    raw: dict = field(default_factory=dict)  # reader -> seconds, on the single file
    single: dict = field(default_factory=dict)
    four: list = field(default_factory=list)
    wall_s: float = 0.0

    @property
    def load_rows_s(self) -> float | None:
        """One loader's rows per second (None when it failed)."""
        s = self.single
        return None if not s or s["failed"] else s["rows"] / (s["end"] - s["start"])

    @property
    def raw_ratio(self) -> float | None:
        s = self.single
        return None if not s or s["failed"] else (s["end"] - s["start"]) / min(self.raw.values())

    @property
    def four_ok(self) -> list[dict]:
        return [r for r in self.four if not r["failed"]]

    @property
    def four_rows(self) -> int:
        return sum(r["rows"] for r in self.four_ok)

    @property
    def four_span(self) -> float:
        """From the start to the last commit of the loaders that did load."""
        return max(r["end"] for r in self.four_ok) - min(r["start"] for r in self.four)

    @property
    def four_rows_s(self) -> float | None:
        return self.four_rows / self.four_span if self.four_ok else None

    @property
    def four_ratio(self) -> float | None:
        one, four = self.load_rows_s, self.four_rows_s
        return four / one if one and four else None

    @property
    def load_peak_kb(self) -> int:
        return max((r["peak_kb"] for r in [self.single, *self.four] if r), default=0)


def _mb(kb: float) -> str:
    return vn(kb / 1024)


def _ms(seconds: float) -> str:
    return vn(seconds * 1000)


# ---------------------------------------------------------------------------- children


def _child(args: list[str], env: dict[str, str], log: Path) -> dict:
    """``python -m …`` in a fresh process of the mode's environment; its last stdout
    line, as JSON."""
    with log.open("a", encoding="utf-8") as err:
        proc = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err,
            text=True,
        )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])} exited {proc.returncode}: {_tail(log)}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _tail(log: Path) -> str:
    """What a failed child said last: its exception, without the traceback above it."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    said = [line for line in text.splitlines() if line.strip() and not line[:1].isspace()]
    said = [line for line in said if not line.startswith("Traceback (")]
    return " ".join(" ".join(said[-2:]).split())[:400]


def loader_child(path: str, db: str | None) -> dict:
    """One ``etl load`` (the CLI's own code path): ready once the reference units are
    read, then it waits for a line on stdin and loads. A load that fails is reported
    (``failed``), not raised: it is one of the figures."""
    from etl import loader
    from etl.cli import main as etl_main

    loader.unit_index()
    print("ready", flush=True)
    sys.stdin.readline()
    args = ["load", path, "--json", "--quiet", *(["--db", db] if db else [])]
    answer = io.StringIO()
    failed = ""
    start = time.time()
    try:
        with contextlib.redirect_stdout(answer):
            etl_main(args)
    except Exception as exc:
        lines = [line for line in str(exc).splitlines() if line.strip()]
        failed = f"{type(exc).__name__}: {' '.join(lines[-1:])}"[:300]
    end = time.time()
    # one JSON line per file, maybe after a progress bar DuckDB draws for a long query
    lines = [line[line.index('{"') :] for line in answer.getvalue().splitlines() if '{"' in line]
    results = [json.loads(line) for line in lines]
    status = [r.get("status") for r in results]
    if not failed and status != ["loaded"]:
        errors = [str(e)[:200] for r in results for e in r.get("errors", [])[:2]]
        failed = f"status {status}: {errors}"
    return {
        "start": start,
        "end": end,
        "peak_kb": peak_kb(),
        "rows": sum(r.get("rows") or 0 for r in results if r.get("status") == "loaded"),
        "failed": failed,
    }


def run_loaders(files: list[Path], env: dict[str, str], db: Path | None, log: Path) -> list:
    """Start one loader per file, wait until each is ready, start them all at once."""
    cmd = [sys.executable, "-m", "bench.modes", "loader"]
    with log.open("a", encoding="utf-8") as err:
        procs = [
            subprocess.Popen(
                [*cmd, str(f), *(["--db", str(db)] if db else [])],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
            for f in files
        ]
    try:
        for p in procs:
            if p.stdout.readline().strip() != "ready":
                raise RuntimeError(f"a loader did not start: {_tail(log)}")
        for p in procs:
            p.stdin.write("go\n")
            p.stdin.flush()
        results = []
        for p in procs:
            out, _ = p.communicate()
            if p.returncode != 0 or not out.strip():
                raise RuntimeError(f"a loader exited {p.returncode}: {_tail(log)}")
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    retried = log.read_text(encoding="utf-8", errors="replace").count(RETRY)
    for r in results:
        r["retries"] = retried  # the phase's commits written again after a conflict
    return results


def _timed_page(wh, snapshot, fn: Callable, scope) -> float:
    start = time.perf_counter()
    with wh.read(snapshot) as con:
        fn(con, scope)
    return time.perf_counter() - start


def pages_child(db: str | None, runs: int, pandas_runs: int) -> dict:
    """Each page's queries ``runs`` times on one pinned snapshot, then pandas."""
    from bench.national import FACT_TABLES
    from dashboard.pages import QUERIED
    from dashboard.queries.scope import Scope
    from etl import store

    wh = store.Warehouse(db)
    scope = Scope()
    start = time.perf_counter()
    snapshot = wh.pin()
    pin_s = time.perf_counter() - start
    pages = {key: {"first": _timed_page(wh, snapshot, fn, scope), "runs": []}
             for key, fn in QUERIED.items()}  # fmt: skip
    for _ in range(runs):  # page after page, so a noisy moment spreads over all of them
        for key, fn in QUERIED.items():
            pages[key]["runs"].append(_timed_page(wh, snapshot, fn, scope))
    peak = peak_kb()
    opened = [_timed_page(wh, snapshot, lambda con, scope: None, scope) for _ in range(runs)]
    with wh.read(snapshot) as con:
        facts = sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FACT_TABLES)
    return {
        "mode": wh.mode,
        "facts": facts,
        "pin_s": pin_s,
        "open_s": opened,
        "pages": pages,
        "peak_kb": peak,
        "pandas": compare_pandas(wh, snapshot, scope, pandas_runs),
    }


# ---------------------------------------------------------------------------- pandas

# What the compared pages read, as stored: the views' joins are part of the work.
PANDAS_TABLES = (
    "fact_officer",
    "fact_commune_ntm",
    "fact_training_result",
    "fact_training_target",
    "commune_names",
    "ref_units",
)


def _current(t: dict, table: str) -> pd.DataFrame:
    frame = t[table]
    return frame[frame.batch_id.isin(t["current"])]


def _names(t: dict) -> pd.DataFrame:
    return t["commune_names"].drop(columns=["latitude", "longitude"])


def pd_officers(t: dict) -> tuple[pd.DataFrame, dict]:
    """officers.by_unit (provinces, for the whole country) and officers.profile's counts."""
    from dashboard.queries.officers import AGE_BANDS
    from etl import config

    o = _current(t, "fact_officer").merge(_names(t), on=["era", "commune_code"])
    o = o[
        (o.start_date.isna() | (o.start_date.dt.year <= Y1))
        & (o.end_date.isna() | (o.end_date.dt.year >= Y0))
    ]
    p = o[o.province_code.notna()]
    by_unit = (
        p.assign(serving=p.end_date.isna() | (p.end_date.dt.year > Y1), women=p.gender == "Nữ")
        .groupby(["province_code", "province_name"])
        .agg(
            serving=("serving", "sum"),
            total=("serving", "size"),
            women=("women", "sum"),
            communes=("commune_code", "nunique"),
        )
        .reset_index()
        .rename(columns={"province_code": "code", "province_name": "name"})
        .sort_values(["total", "name"], ascending=[False, True])
    )
    age = min(Y1, config.today().year) - o.birth_year
    band = pd.Series(
        np.select([age < 30, age < 40, age < 50], list(AGE_BANDS[:3]), AGE_BANDS[3]),
        index=o.index,
    ).where(o.birth_year.notna())
    placement = o.placement_after.fillna("Chưa bố trí / chưa ghi").where(
        o.end_date.notna() | o.placement_after.notna()
    )
    columns = {"age_band": band, "placement": placement}
    for dim in ("gender", "ethnicity", "education", "political_theory", "party_member"):
        columns[dim] = o[dim]
    profile = {dim: s.value_counts(dropna=False) for dim, s in columns.items()}
    profile["post"] = o.groupby(["program", "position", "status"], dropna=False).size()
    return by_unit, profile


def pd_ntm(t: dict, year: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """ntm.levels_by_year, ntm.trend and ntm.distribution for the whole country."""
    from dashboard.queries.ntm import LEVELS

    n = _current(t, "fact_commune_ntm").merge(_names(t), on=["era", "commune_code"])
    n = n[n.year.between(Y0, Y1)]
    level = n.ntm_level.copy()
    level[level.isna() & n.criteria_met.notna()] = LEVELS[0]
    y = n.assign(level=level).groupby(["year", "level"], dropna=False).size()
    y = y.rename("communes").reset_index()
    y["known"] = y.communes.where(y.level.notna()).groupby(y.year).transform("sum")
    y["assessed"] = y.groupby("year").communes.transform("sum")
    y["share"] = (100 * y.communes / y.known).where(y.level.notna())
    trend = (
        n.groupby(["year", "criteria_set"])
        .agg(
            mean_met=("criteria_met", "mean"),
            median_met=("criteria_met", "median"),
            communes=("criteria_met", "size"),
        )
        .reset_index()
    )
    known = n[(n.year == year) & n.criteria_met.notna()]
    return y, trend, known.criteria_met.value_counts().sort_index()


def pd_training(t: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """training.by_category (targets against what was achieved in their periods) and
    training.by_year for the whole country."""
    keys = ["era", "unit_level", "unit_code"]
    units = t["ref_units"][["era", "level", "code", "name"]].set_axis([*keys, "unit_name"], axis=1)
    results = _current(t, "fact_training_result").merge(units, on=keys)
    targets = _current(t, "fact_training_target").merge(units, on=keys)
    period = ["category", "level", "period_start", "period_end"]
    tt = targets[(targets.period_end >= Y0) & (targets.period_start <= Y1)]
    tt = tt.groupby(period, dropna=False).target.sum().reset_index()
    rr = results[results.year.between(-1, Y1)]
    rr = rr.groupby(["category", "level", "year"], dropna=False).achieved.sum().reset_index()
    # a missing level matches a missing level (IS NOT DISTINCT FROM): pandas merges NaN keys
    both = rr.merge(tt, on=["category", "level"])
    both = both[both.year.between(both.period_start, both.period_end)]
    matched = both.groupby(period, dropna=False).achieved.sum().reset_index()
    alone = rr.merge(both[["category", "level", "year"]], how="left", indicator=True)
    alone = alone[alone._merge == "left_only"]
    alone = alone.groupby(["category", "level"], dropna=False).achieved.sum().reset_index()
    by_category = pd.concat([tt.merge(matched, how="left", on=period), alone])
    by_category["achieved"] = by_category.achieved.fillna(0)
    by_category["pct"] = 100 * by_category.achieved / by_category.target.replace(0, np.nan)
    by_category = by_category.sort_values(["category", "level", "period_start"])
    in_years = results[results.year.between(Y0, Y1)]
    by_year = in_years.groupby(["year", "category"]).achieved.sum().reset_index()
    return by_category, by_year


def _same(a: pd.DataFrame, b: pd.DataFrame, keys: list[str], values: list[str]) -> bool:
    """The same rows (by ``keys``) with the same ``values``, to rounding."""
    a = a[keys + values].sort_values(keys).reset_index(drop=True)
    b = b[keys + values].sort_values(keys).reset_index(drop=True)
    if len(a) != len(b) or not a[keys].astype(str).equals(b[keys].astype(str)):
        return False
    return all(np.allclose(a[v].astype(float), b[v].astype(float), equal_nan=True) for v in values)


def _officers_check(duck, pand) -> tuple[str, bool]:
    d, p = duck[0], pand[0]
    same = _same(d, p, ["code"], ["serving", "total", "women", "communes"])
    return f"{vn(d.total.sum())} cán bộ, {vn(d.women.sum())} nữ", same


def _ntm_check(duck, pand) -> tuple[str, bool]:
    d, p = duck[0], pand[0].copy()
    d = d.assign(level=d.level.fillna("?"))
    p["level"] = p.level.fillna("?")
    same = _same(d, p, ["year", "level"], ["communes", "share", "known", "assessed"])
    last = d[d.year == d.year.max()]
    share = last[last.level.isin(["NTM", "NTM nâng cao", "NTM kiểu mẫu"])].share.sum()
    return f"xã đạt chuẩn NTM năm {last.year.iloc[0]}: {vn(share, 1)}%", same


def _training_check(duck, pand) -> tuple[str, bool]:
    d, p = duck[0].copy(), pand[0].copy()
    for f in (d, p):
        f["level"] = f.level.fillna("?")
        f["period_start"] = f.period_start.fillna(0).astype(int)
    same = _same(d, p, ["category", "level", "period_start"], ["target", "achieved"])
    return f"{vn(d.achieved.sum())} lượt đào tạo", same


def compare_pandas(wh, snapshot, scope, runs: int) -> dict:
    """Three pages' aggregations in DuckDB and in pandas, timed, one figure checked."""
    from dashboard.queries import ntm, officers, training

    start = time.perf_counter()
    with wh.read(snapshot) as con:
        t = {name: con.execute(f"SELECT * FROM {name}").df() for name in PANDAS_TABLES}
        t["current"] = con.execute("SELECT batch_id FROM current_batches").df().batch_id
        year = ntm.years(con, scope)[-1]
    read_s = time.perf_counter() - start
    compared = {
        "officers": (
            lambda con: (officers.by_unit(con, scope), officers.profile(con, scope)),
            pd_officers,
            _officers_check,
        ),
        "ntm": (
            lambda con: (
                ntm.levels_by_year(con, scope),
                ntm.trend(con, scope),
                ntm.distribution(con, scope, year),
            ),
            lambda t: pd_ntm(t, year),
            _ntm_check,
        ),
        "training": (
            lambda con: (training.by_category(con, scope), training.by_year(con, scope)),
            pd_training,
            _training_check,
        ),
    }
    out = {}
    with wh.read(snapshot) as con:
        for page, (duck, pand, check) in compared.items():
            duck_result, pand_result = duck(con), pand(t)  # first runs, not timed
            duck_s, pand_s = [], []
            for _ in range(runs):
                start = time.perf_counter()
                duck(con)
                duck_s.append(time.perf_counter() - start)
                start = time.perf_counter()
                pand(t)
                pand_s.append(time.perf_counter() - start)
            figure, same = check(duck_result, pand_result)
            out[page] = {"duckdb": duck_s, "pandas": pand_s, "figure": figure, "same": same}
    return {"read_s": read_s, "peak_kb": peak_kb(), "pages": out}


# ---------------------------------------------------------------------------- one mode


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in LAKE_ENV}
    env.update(extra or {})
    return env


def _scale(communes: int | None, officers: int) -> list[str]:
    return [*(["--communes", str(communes)] if communes else []), "--officers", str(officers)]


def measure(
    result: Result,
    cfg: Settings,
    env: dict[str, str],
    db: Path | None,
    files: list[Path],
    raw: dict,
    log: Path,
) -> None:
    """Pages (and pandas) first, on the national warehouse as built; then the loads."""
    args = ["-m", "bench.modes", "pages", "--runs", str(cfg.page_runs)]
    args += ["--pandas-runs", str(cfg.pandas_runs), *(["--db", str(db)] if db else [])]
    found = _child(args, env, log)
    result.facts, result.pin_s, result.open_s = found["facts"], found["pin_s"], found["open_s"]
    result.pages, result.query_peak_kb = found["pages"], found["peak_kb"]
    result.pandas = found["pandas"]
    print_pages(result)
    result.raw = raw
    result.single = run_loaders(files[:1], env, db, log.with_suffix(".load1.log"))[0]
    result.four = run_loaders(files[1 : 1 + LOADERS], env, db, log.with_suffix(".load4.log"))
    print_loads(result, cfg)


def embedded(result: Result, out: Path, cfg: Settings, files, raw, national_db) -> None:
    db = national_db
    if db is None or not db.exists():
        db = out / "modes.duckdb"
        args = ["-m", "bench.national", str(db), "--json", *_scale(cfg.communes, cfg.officers)]
        result.built_s = _child(args, _env(), out / "embedded.log")["seconds"]
        print(f"   kho quy mô cả nước dựng trong {vn(result.built_s, 1)} giây")
    else:
        print(f"   kho quy mô cả nước: tệp của mục 4 ({db.name})")
    measure(result, cfg, _env(), db, files, raw, out / "embedded.log")


def lake(result: Result, out: Path, cfg: Settings, files, raw) -> None:
    from bench import postgres

    why = postgres.unavailable()
    if why:
        result.skipped = f"PostgreSQL unavailable: {why}"
        print(f"   bỏ qua: {why}")
        return
    log = out / "lake.log"
    with postgres.LocalPostgres(out) as pg:
        env = _env(pg.env(out / "lake-data"))
        args = ["-m", "bench.national", "--json", *_scale(cfg.lake_communes, cfg.officers)]
        result.built_s = _child(args, env, log)["seconds"]
        print(
            f"   PostgreSQL {pg.port} trên 127.0.0.1, dữ liệu Parquet trong thư mục tạm; "
            f"kho quy mô cả nước dựng trong {vn(result.built_s, 1)} giây"
        )
        measure(result, cfg, env, None, files, raw, log)


# ---------------------------------------------------------------------------- printing


def _page_labels() -> dict[str, str]:
    from dashboard.i18n import t
    from dashboard.pages import BY_KEY, QUERIED

    return {key: t(BY_KEY[key].label) for key in QUERIED}


def _p(runs: list[float], p: float) -> float:
    return percentile(runs, p)


def print_pages(r: Result) -> None:
    labels = _page_labels()
    runs = len(next(iter(r.pages.values()))["runs"])
    print(
        f"   {vn(r.facts)} dòng dữ liệu; mỗi trang cả nước, {runs} lần, mỗi lần một lượt đọc "
        f"ảnh chụp đã ghim (ghim: {_ms(r.pin_s)} ms; mở một lượt đọc, không truy vấn: "
        f"p50 {vn(_p(r.open_s, 50) * 1000, 1)} ms)"
    )
    print(f"   {'trang':<22}{'lần đầu':>10}{'p50':>10}{'p95':>10}")
    for key, timing in r.pages.items():
        print(
            f"   {labels[key]:<22}{_ms(timing['first']) + ' ms':>10}"
            f"{_ms(_p(timing['runs'], 50)) + ' ms':>10}{_ms(_p(timing['runs'], 95)) + ' ms':>10}"
        )
    print(f"   bộ nhớ đỉnh của tiến trình truy vấn: {_mb(r.query_peak_kb)} MB")
    pd_part = r.pandas
    print(
        f"   pandas: đọc bảng vào DataFrame một lần {vn(pd_part['read_s'], 1)} giây, bộ nhớ "
        f"đỉnh khi đó {_mb(pd_part['peak_kb'])} MB; cùng phép gộp, p50:"
    )
    print(f"   {'trang':<22}{'DuckDB':>10}{'pandas':>10}   số liệu kiểm tra")
    for key, c in pd_part["pages"].items():
        mark = "✓ khớp" if c["same"] else "✗ KHÔNG KHỚP"
        print(
            f"   {labels[key]:<22}{_ms(_p(c['duckdb'], 50)) + ' ms':>10}"
            f"{_ms(_p(c['pandas'], 50)) + ' ms':>10}   {c['figure']} {mark}"
        )


def print_loads(r: Result, cfg: Settings) -> None:
    s = r.single
    if s["failed"]:
        print(f"   ✗ nạp 1 tệp: lỗi sau {vn(s['end'] - s['start'], 1)} giây — {s['failed']}")
    else:
        print(
            f"   nạp 1 tệp {vn(s['rows'])} dòng: {vn(s['end'] - s['start'], 2)} giây = "
            f"{vn(r.raw_ratio, 2)}× trình đọc nhanh nhất, {vn(r.load_rows_s)} dòng/giây; bộ nhớ "
            f"đỉnh {_mb(s['peak_kb'])} MB"
            + (f"; {s['retries']} lần ghi lại sau xung đột" if r.mode == "lake" else "")
        )
    how = "xếp hàng chờ khóa ghi" if r.mode == "embedded" else "ghi đồng thời"
    line = f"   nạp {len(r.four)} tệp cùng lúc ({len(r.four)} tiến trình etl load, {how}): "
    if r.four_ok:
        line += (
            f"{vn(r.four_rows)} dòng trong {vn(r.four_span, 2)} giây = {vn(r.four_rows_s)} "
            f"dòng/giây"
            + (f", {vn(r.four_ratio, 2)}× một tiến trình" if r.four_ratio else "")
            + f"; bộ nhớ đỉnh {_mb(max(x['peak_kb'] for x in r.four))} MB mỗi tiến trình"
        )
    else:
        line += "không tiến trình nào nạp xong"
    if r.mode == "lake":
        line += f"; {r.four[0]['retries']} lần ghi lại sau xung đột"
    print(line)
    for x in r.four:
        if x["failed"]:
            print(
                f"   ✗ một tiến trình lỗi sau {vn(x['end'] - x['start'], 1)} giây — {x['failed']}"
            )


def _scale_words(communes: int | None, officers: int) -> str:
    where = "every legacy commune" if communes is None else f"{vn(communes)} legacy communes"
    return f"{where} × 19 criteria × 10 years, {vn(officers)} officers"


def _cells(r: Result, labels: dict[str, str]) -> list[str]:
    """A mode's row of the main table; what did not run is '—', what failed says so."""

    def either(value, text):
        return "—" if value is None else text(value)

    failed_four = len(r.four) - len(r.four_ok)
    four = either(r.four_rows_s, vn) if r.four else "—"
    if r.four_ratio:
        four += f" ({vn(r.four_ratio, 2)}×)"
    if failed_four:
        four += f"; {failed_four} of {len(r.four)} failed"
    single = "—"
    if r.single:
        single = "failed" if r.single["failed"] else vn(r.load_rows_s)
    pages = [
        f"{_ms(_p(r.pages[k]['runs'], 50))} / {_ms(_p(r.pages[k]['runs'], 95))}"
        if k in r.pages
        else "—"
        for k in labels
    ]
    peaks = f"{_mb(r.load_peak_kb) if r.single else '—'} / "
    peaks += _mb(r.query_peak_kb) if r.query_peak_kb else "—"
    return [
        LABEL[r.mode],
        vn(r.facts) if r.facts else "—",
        single,
        either(r.raw_ratio, lambda x: f"{vn(x, 2)}×"),
        four,
        *pages,
        peaks,
    ]


def markdown(results: list[Result], cfg: Settings, wall_s: float) -> str:
    """The figures of both modes as Markdown tables, for the README and docs/deploy.md."""
    labels = _page_labels()
    head = ["mode", "rows", "load rows/s", "×raw", f"{LOADERS} loaders rows/s (×1)"]
    head += [f"{labels[k]} p50/p95 ms" for k in labels] + ["peak MB load / queries"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        if r.skipped and not r.pages:
            cells = [LABEL[r.mode], r.skipped.replace("|", "/")] + [""] * (len(head) - 2)
        else:
            cells = _cells(r, labels)
        lines.append("| " + " | ".join(cells) + " |")
    failures = [f"{r.mode} {r.skipped}" for r in results if r.skipped and r.pages]
    failures += [
        f"{r.mode} loader {x['failed']}"
        for r in results
        for x in [r.single, *r.four]
        if x and x["failed"]
    ]
    lines += ["", "| mode | page | DuckDB p50 ms | pandas p50 ms | figure checked in both |"]
    lines.append("|---|---|---|---|---|")
    for r in results:
        for key, c in r.pandas.get("pages", {}).items():
            mark = "same" if c["same"] else "DIFFERENT"
            lines.append(
                f"| {r.mode} | {labels[key]} | {_ms(_p(c['duckdb'], 50))} | "
                f"{_ms(_p(c['pandas'], 50))} | {c['figure']}: {mark} |"
            )
    scales = sorted({(r.communes, r.mode) for r in results}, key=lambda x: x[1])
    if failures:
        lines += ["", *(f"Failed: {f}" for f in dict.fromkeys(failures))]
    lines += [
        "",
        "Scale: "
        + "; ".join(f"{m}: {_scale_words(c, cfg.officers)}" for c, m in scales)
        + f". Loads: {1 + LOADERS} rosters × {vn(cfg.load_rows)} rows into it; pages: the "
        f"whole country, {cfg.page_runs} runs each on a pinned snapshot. {os.cpu_count()} "
        f"cores; section wall time {vn(wall_s)} s.",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- section


def rosters(out: Path, rows: int) -> list[Path]:
    """The five provinces' rosters, written two at a time."""
    paths = [out / f"modes_{code}_{rows}.xlsx" for code in PROVINCES]
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        list(pool.map(workbooks.province_roster, paths, [rows] * len(paths), PROVINCES))
    return paths


def raw_baseline(path: Path) -> dict:
    """The raw readers of section 1 on the file loaded alone, best of three."""
    from bench.__main__ import arrow_read, best, raw_read

    content = path.read_bytes()
    return {
        "calamine": best(lambda: raw_read(content), 3)[0],
        "fastexcel": best(lambda: arrow_read(content), 3)[0],
    }


def run(out: Path, national_db: Path | None = None) -> str:
    """Section 7; returns the Markdown tables (main prints them last)."""
    cfg = Settings.from_env()
    if not cfg.modes:
        return ""
    start = time.perf_counter()
    out = Path(out) / "modes"
    out.mkdir(parents=True, exist_ok=True)
    print(
        f"\n7. Hai chế độ kho ({', '.join(cfg.modes)}), quy mô cả nước: nạp "
        f"{1 + LOADERS} danh sách × {vn(cfg.load_rows)} dòng, truy vấn từng trang, pandas"
    )
    if cfg.lake_communes != cfg.communes and "lake" in cfg.modes:
        print(
            f"   hồ dữ liệu ở quy mô nhỏ hơn: {_scale_words(cfg.lake_communes, cfg.officers)} "
            "(TIENDO_BENCH_LAKE_COMMUNES)"
        )
    files = rosters(out, cfg.load_rows)
    raw = raw_baseline(files[0])
    print(
        f"   đọc thô tệp {vn(cfg.load_rows)} dòng: calamine → Python {vn(raw['calamine'], 2)} "
        f"giây, fastexcel → Arrow {vn(raw['fastexcel'], 2)} giây"
    )
    results = []
    for mode in cfg.modes:
        result = Result(mode, communes=cfg.communes if mode == "embedded" else cfg.lake_communes)
        results.append(result)
        print(f"\n 7{'ab'[MODES.index(mode)]}. {SHORT[mode]}")
        started = time.perf_counter()
        try:
            if mode == "embedded":
                embedded(result, out, cfg, files, raw, national_db)
            else:
                lake(result, out, cfg, files, raw)
        except Exception as exc:  # a mode that fails is a finding: print it, keep the rest
            result.skipped = f"failed: {' '.join(str(exc).split())[:400]}"
            print(f"   ✗ lỗi: {result.skipped}")
        result.wall_s = time.perf_counter() - started
    print("\n   " + "; ".join(f"{SHORT[r.mode]}: {vn(r.wall_s)} giây" for r in results))
    return markdown(results, cfg, time.perf_counter() - start)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.modes", description=__doc__)
    sub = parser.add_subparsers(dest="cmd")
    p = sub.add_parser("pages", help="(child) each page's queries and pandas, as JSON")
    p.add_argument("--db")
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--pandas-runs", type=int, default=5)
    p = sub.add_parser("loader", help="(child) one etl load that waits for a start line")
    p.add_argument("path")
    p.add_argument("--db")
    args = parser.parse_args(argv)
    if args.cmd == "pages":
        print(json.dumps(pages_child(args.db, args.runs, args.pandas_runs)))
    elif args.cmd == "loader":
        print(json.dumps(loader_child(args.path, args.db)))
    else:
        with tempfile.TemporaryDirectory(prefix="tiendo-bench-") as tmp:
            table = run(Path(tmp))
        if table:
            print("\nHai chế độ kho (Markdown, cho README và docs/deploy.md):\n")
            print(table)


if __name__ == "__main__":
    main()
