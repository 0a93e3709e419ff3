"""A periodic report from start to finish: options → pictures and print → PDF → archive.

The report is made in a staging folder of its own and moved to
``OUT/YYYY-MM-DD_<unit>[_<period>][_en]/`` only when every page rendered: a broken report
is never left where a good one is expected, and reports of other units or periods made
the same day (from the Báo cáo định kỳ page, or cron) sit side by side.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import fmt
from dashboard.i18n import t
from dashboard.queries import report as rq
from dashboard.queries.filters import UnitFilter
from dashboard.report import capture, document, printing
from etl import config
from etl.access import accounts, tokens
from etl.access.accounts import User
from etl.access.restrict import OPEN, Restriction, restrict
from etl.store import Warehouse, snapshots
from etl.store.snapshots import Snapshot
from etl.text import slug


@dataclass
class Options:
    db: Path
    out: Path
    period: str | None = None  # "2011-2015" or "2015"
    unit: str | None = None  # "38", "legacy:38", "384", "2025:86"
    pages: list[str] = field(default_factory=lambda: list(capture.PAGES))
    lang: str = "vi"
    url: str | None = None
    each_unit: str | None = None  # "district"
    issuer: str | None = None
    new_units: bool = False  # pre-reform figures counted under today's units
    today: dt.date = field(default_factory=config.today)
    user: str | None = None  # --as: the account whose units (and rights) the report has
    snapshot: str | None = None  # --snapshot: the data as it stood then (else: at the start)


@dataclass
class Scope:
    """One PDF's worth: a unit (or everything) and the URL parameters that show it."""

    unit: UnitFilter
    name: str
    province_name: str
    slug: str
    province_code: str = ""  # a district's province, for the sidebar's two selectors

    def params(self, new_units: bool = False) -> dict[str, str]:
        u = self.unit
        new = {"new": "1"} if new_units else {}  # the sidebar's 'today's units' switch
        if not u.code:
            return new
        if u.level == "district":
            return {"unit": f"{u.era}:{self.province_code}", "district": u.code, **new}
        return {"unit": f"{u.era}:{u.code}", **new}


def _years(period: str | None) -> str:
    if not period:
        return ""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", period)
    if not m:
        raise capture.ReportError(
            f"Kỳ báo cáo '{period}' không hợp lệ: ghi một năm (2024) hoặc hai năm (2021-2025)."
        )
    return f"{m.group(1)}-{m.group(2) or m.group(1)}"


def account(opts: Options) -> User | None:
    """The user the report runs as. Once the warehouse has accounts a report needs one
    (``--as``): it shows that user's units only, as the dashboard would."""
    if not accounts.any_users(opts.db):
        if opts.user:
            raise capture.ReportError(
                f"--as {opts.user}: kho dữ liệu chưa có tài khoản nào (bỏ --as, hoặc thêm "
                "tài khoản bằng `python -m etl users add`)."
            )
        return None
    if not opts.user:
        raise capture.ReportError(
            "Kho dữ liệu có tài khoản đăng nhập: chạy với --as TÊN_ĐĂNG_NHẬP; báo cáo chỉ gồm "
            "số liệu trong đơn vị của tài khoản đó."
        )
    user = accounts.get(opts.user, opts.db)
    if user is None or user.disabled:
        why = "không có" if user is None else "đã bị vô hiệu hóa"
        raise capture.ReportError(f"Tài khoản '{opts.user}' {why}.")
    return user


@contextlib.contextmanager
def _read(wh: Warehouse, restriction: Restriction, snapshot: Snapshot | None = None):
    """A connection limited to the report's user, like every dashboard query."""
    with wh.read(snapshot) as con:
        restrict(con, restriction.units, restriction.personal)
        yield con


def scopes(
    opts: Options, wh: Warehouse, restriction: Restriction = OPEN, snapshot: Snapshot | None = None
) -> list[Scope]:
    """The reports to make: one, or one per district with ``--each-unit district``; with
    a user, only within that user's units."""
    with _read(wh, restriction, snapshot) as con:
        base = Scope(UnitFilter(), t("all_units", opts.lang), "", "toan-bo")
        if opts.unit:
            found = rq.find_unit(con, opts.unit)
            if found is None:
                raise capture.ReportError(
                    f"Không có đơn vị mã '{opts.unit}' trong danh mục (ghi mã tỉnh như 38, "
                    "mã huyện như 384, hoặc 2025:86 cho tỉnh từ 1/7/2025)."
                )
            unit, name, province = found
            if (
                restriction.units is not None
                and not con.execute(
                    "SELECT count(*) FROM _scope_units WHERE era = ? AND level = ? AND code = ?",
                    [unit.era, unit.level, unit.code],
                ).fetchone()[0]
            ):
                raise capture.ReportError(
                    f"Đơn vị '{opts.unit}' ({name}) ngoài phạm vi của tài khoản {opts.user} "
                    f"({' '.join(map(str, restriction.units))})."
                )
            base = Scope(unit, name, province, (slug(name) or "toan-bo"))
            if unit.level == "district":
                base.province_code = _province_code(con, unit)
        if opts.each_unit is None:
            return [base]
        if opts.each_unit != "district":
            raise capture.ReportError("--each-unit chỉ nhận 'district' (mỗi huyện một báo cáo).")
        province = base.unit if base.unit.level == "province" else None
        out = []
        for era, code, name in rq.districts(con, province):
            found = rq.find_unit(con, f"{era}:{code}")
            unit = UnitFilter(era, "district", code)
            scope = Scope(unit, name, found[2] if found else "", (slug(name) or "toan-bo"))
            scope.province_code = _province_code(con, unit)
            out.append(scope)
        if not out:
            raise capture.ReportError("Không có huyện nào có số liệu để lập báo cáo theo huyện.")
        return out


def _province_code(con, unit: UnitFilter) -> str:
    return con.execute(
        "SELECT province_code FROM units WHERE era = ? AND level = ? AND code = ?",
        [unit.era, unit.level, unit.code],
    ).fetchone()[0]


Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is going on)


def folder_name(opts: Options, targets: list[Scope], years: str) -> str:
    """'2026-11-30_tinh-thanh-hoa_2021-2025': the day, then what the report is of."""
    parts = [opts.today.isoformat(), targets[0].slug if len(targets) == 1 else "theo-huyen"]
    if len(targets) > 1 and opts.unit:
        parts[1] += "_" + (slug(targets[0].province_name) or "toan-bo")
    if years:
        parts.append(years)
    if opts.new_units:
        parts.append("don-vi-moi")
    if opts.lang != "vi":
        parts.append(opts.lang)
    return "_".join(parts)


def make(
    opts: Options,
    say: Callable[[str], None] = lambda s: print(s, file=sys.stderr),
    progress: Progress = lambda done, total, what: None,
) -> dict:
    """Make the report(s); returns the manifest. Raises ReportError on a broken page."""
    start = time.perf_counter()
    capture.check_browser()
    wh = Warehouse(opts.db)
    years = _years(opts.period)
    user = account(opts)
    restriction = user.restriction if user else OPEN
    # Every page of every PDF reads one snapshot: the moment asked for, else this one, so
    # a load landing while the report is made changes nothing in it, and the manifest can
    # make the same report again.
    moment = snapshots.parse_moment(opts.snapshot) if opts.snapshot else _now()
    snapshot = wh.pin(moment)
    targets = scopes(opts, wh, restriction, snapshot)
    name = folder_name(opts, targets, years)
    day_dir = opts.out / name
    stage = opts.out / f".dang-lap-{name}-{os.getpid()}"
    _clear_stale(opts.out)
    if not opts.out.exists():
        opts.out.mkdir(parents=True, mode=0o700)  # reports hold personal data: owner only
    stage.mkdir(mode=0o700)  # and it becomes the report's folder
    total = len(targets) * (len(opts.pages) + 1) + 1
    manifest: dict = {
        "created": opts.today.isoformat(),
        "options": {
            "db": str(opts.db),
            "period": years or None,
            "unit": opts.unit,
            "pages": opts.pages,
            "lang": opts.lang,
            "each_unit": opts.each_unit,
            "new_units": opts.new_units,
            "as": opts.user,
            # the data as it stood at this moment: `--snapshot` with it makes it again
            "snapshot": moment.isoformat(timespec="seconds"),
            # who may see it in the archive: no more than its user could
            "scope": None if restriction.units is None else [str(u) for u in restriction.units],
            "personal": restriction.personal,
        },
        "print": {
            "scale": round(printing.SCALE, 4),
            "width_px": printing.PRINT_WIDTH,
            "min_points": printing.MIN_POINTS,
        },
        "snapshot": {
            "moment": moment.isoformat(),
            "asked": opts.snapshot,
            "mode": wh.mode,
            "lake_snapshot": snapshot.version,
            "from_batch_history": snapshot.filtered,
        },
        "reports": [],
    }
    try:
        with contextlib.ExitStack() as stack:
            progress(0, total, t("report_step_start", opts.lang))
            base = opts.url or stack.enter_context(capture.app_server(opts.db))
            browser = stack.enter_context(capture.browser())
            done, pictures = 1, 0
            for scope in targets:
                folder = stage / scope.slug if len(targets) > 1 else stage
                folder.mkdir(parents=True, exist_ok=True)
                with _read(wh, restriction, snapshot) as con:
                    as_of = rq.as_of(con, scope.unit) or opts.today
                    batches = rq.sources(con, scope.unit)
                params = {
                    **scope.params(opts.new_units),
                    "lang": opts.lang,
                    "years": years,
                    "asof": as_of.isoformat(),
                    "snapshot": moment.isoformat(),
                }
                shots = []
                for i, key in enumerate(opts.pages, start=1):
                    label = t(capture.PAGES[key][1], opts.lang)
                    progress(done, total, f"{scope.name} · {label}")
                    path = folder / f"{i:02d}_{capture.PAGES[key][0] or 'tong-quan'}.png"
                    # the browser signs in as the user with a short-lived token, never a
                    # password; a fresh one for each page, so a long report never outlives it
                    signed = {"token": tokens.issue(user.username, db=opts.db)} if user else {}
                    shot = capture.capture(
                        browser, base, key, label, {**params, **signed}, path, opts.lang
                    )
                    shots.append(shot)
                    done, pictures = done + 1, pictures + 1
                    say(
                        f"[{pictures}/{len(targets) * len(opts.pages)}] {scope.name} · {label}: "
                        f"{shot.width}×{shot.height} px, {shot.charts} biểu đồ, "
                        f"{_sheets(shot)}, {fmt.number(shot.seconds, 1)} giây"
                    )
                progress(done, total, f"{scope.name} · PDF")
                pdf = stage / (f"{scope.slug}.pdf" if len(targets) > 1 else "bao_cao.pdf")
                shown = years or shots[0].years  # no --period: the sidebar's whole range
                cover = _cover(
                    opts,
                    scope,
                    as_of,
                    shown,
                    [t(capture.PAGES[k][1], opts.lang) for k in opts.pages],
                )
                spans = document.write_pdf(
                    browser,
                    cover,
                    [_section(opts, scope, s) for s in shots],
                    _footer(opts, scope, as_of, shown, batches),
                    pdf,
                    opts.lang,
                )
                done += 1
                manifest["reports"].append(
                    {
                        "unit": scope.name,
                        "unit_code": scope.unit.code,
                        "as_of": as_of.isoformat(),
                        "batches": [b for b, _ in batches],
                        "pdf": str(pdf.relative_to(stage)),
                        "pdf_sheets": spans[-1][1] if spans else 1,
                        "pages": [
                            _page_entry(opts, s, span, stage)
                            for s, span in zip(shots, spans, strict=True)
                        ],
                    }
                )
        manifest["seconds"] = round(time.perf_counter() - start, 1)
        manifest["folder"] = name
        (stage / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        if day_dir.exists():
            shutil.rmtree(day_dir)
        stage.rename(day_dir)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)  # never leave half a report behind
        raise
    progress(total, total, t("report_step_done", opts.lang))
    manifest["folder"] = str(day_dir)
    return manifest


def _clear_stale(out: Path) -> None:
    """Staging folders of runs that were killed (their process is gone)."""
    for stage in out.glob(".dang-lap-*"):
        pid = stage.name.rpartition("-")[2]
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(stage, ignore_errors=True)
        except (ValueError, PermissionError):
            continue


def _sheets(shot: capture.Shot) -> str:
    """'6 trang A4', and a warning when something had to be cut by a sheet break."""
    p = shot.printed
    note = f", {len(p.plan.too_tall)} khối cao hơn trang A4 bị cắt" if p.plan.too_tall else ""
    if p.sheets != p.plan.sheets:
        note += f" (bố cục dự kiến {p.plan.sheets} trang: Chromium đã ngắt trang chỗ khác)"
    return f"{p.sheets} trang A4{note}"


def _section(opts: Options, scope: Scope, shot: capture.Shot) -> document.Section:
    """'Tổng quan · Tỉnh Thanh Hóa · Giai đoạn (năm) 2021–2025' over each of its sheets."""
    label = t(capture.PAGES[shot.page][1], opts.lang)
    period = shot.years.replace("-", "–")
    head = " · ".join(
        x for x in (label, scope.name, f"{t('period', opts.lang)} {period}" if period else "") if x
    )
    return document.Section(head, shot.printed.pdf)


def _page_entry(opts: Options, shot: capture.Shot, span: tuple[int, int], stage: Path) -> dict:
    """A page in the manifest: its picture, and where its sheets and charts are in the PDF."""
    printed = shot.printed
    return {
        "page": shot.page,
        "title": t(capture.PAGES[shot.page][1], opts.lang),
        "file": str(shot.path.relative_to(stage)),
        "width": shot.width,
        "height": shot.height,
        "charts": shot.charts,
        "sha256": hashlib.sha256(shot.path.read_bytes()).hexdigest(),
        "years": shot.years,
        "pdf_pages": list(span),
        "sheets_planned": printed.plan.sheets,
        "too_tall": len(printed.plan.too_tall),
        "chart_sheets": [
            {"title": title, "pdf_page": span[0] + printed.plan.sheet_of[i]}
            for i, block in enumerate(printed.blocks)
            for title in block.charts
        ],
    }


def _cover(opts: Options, scope: Scope, as_of: dt.date, years: str, contents: list[str]):
    province = scope.province_name.removeprefix("Tỉnh ").removeprefix("Thành phố ")
    issuer = opts.issuer or (f"UBND {scope.province_name.upper()}" if province else "UBND TỈNH")
    place = province or "………"
    subtitle = scope.name + (
        f" · {t('period', opts.lang)} {years.replace('-', '–')}" if years else ""
    )
    return document.Cover(
        issuer=issuer,
        office="SỞ NỘI VỤ",
        title=t("report_title", opts.lang),
        subtitle=subtitle,
        as_of=fmt.date(as_of, opts.lang),
        as_of_label=t("as_of", opts.lang),
        place_date=f"{place}, ngày {as_of.day:02d} tháng {as_of.month:02d} năm {as_of.year}",
        contents=contents,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(snapshots.TZ)


def _footer(opts, scope: Scope, as_of: dt.date, years: str, batches: list) -> str:
    ids = ", ".join(str(b) for b, _ in batches[:30]) + ("…" if len(batches) > 30 else "")
    filters = [scope.name]
    if years:
        filters.append(years.replace("-", "–"))
    if opts.new_units:
        filters.append(t("new_units_short", opts.lang))
    filters.append("tiếng Việt" if opts.lang == "vi" else "English")
    past = (
        f" · {t('snapshot_note', opts.lang).format(moment=snapshots.show(snapshots.parse_moment(opts.snapshot)))}"
        if opts.snapshot
        else ""
    )
    return (
        f"Số liệu tính đến {fmt.date(as_of, opts.lang)} · Lô số liệu: {ids or '—'} · "
        f"Bộ lọc: {', '.join(filters)}{past}"
    )
