"""A periodic report from start to finish: options → pictures → PDF → archive.

The report is made in a staging folder and moved to ``OUT/YYYY-MM-DD/`` only when every
page rendered: a broken report is never left where a good one is expected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
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
from dashboard.report import capture, document
from etl import config
from etl.store import Warehouse
from etl.text import slug

TITLE = {
    "vi": "Báo cáo tiến độ thực hiện các kế hoạch về cán bộ cấp xã và xây dựng xã",
    "en": "Progress report on the plans for commune cadres and communes",
}


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
    today: dt.date = field(default_factory=config.today)


@dataclass
class Scope:
    """One PDF's worth: a unit (or everything) and the URL parameters that show it."""

    unit: UnitFilter
    name: str
    province_name: str
    slug: str
    province_code: str = ""  # a district's province, for the sidebar's two selectors

    def params(self) -> dict[str, str]:
        u = self.unit
        if not u.code:
            return {}
        if u.level == "district":
            return {"unit": f"{u.era}:{self.province_code}", "district": u.code}
        return {"unit": f"{u.era}:{u.code}"}


def _years(period: str | None) -> str:
    if not period:
        return ""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", period)
    if not m:
        raise capture.ReportError(
            f"Kỳ báo cáo '{period}' không hợp lệ: ghi một năm (2024) hoặc hai năm (2021-2025)."
        )
    return f"{m.group(1)}-{m.group(2) or m.group(1)}"


def scopes(opts: Options, wh: Warehouse) -> list[Scope]:
    """The reports to make: one, or one per district with ``--each-unit district``."""
    with wh.read() as con:
        base = Scope(UnitFilter(), t("all_units", opts.lang), "", "toan-bo")
        if opts.unit:
            found = rq.find_unit(con, opts.unit)
            if found is None:
                raise capture.ReportError(
                    f"Không có đơn vị mã '{opts.unit}' trong danh mục (ghi mã tỉnh như 38, "
                    "mã huyện như 384, hoặc 2025:86 cho tỉnh từ 1/7/2025)."
                )
            unit, name, province = found
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


def make(opts: Options, say: Callable[[str], None] = lambda s: print(s, file=sys.stderr)) -> dict:
    """Make the report(s); returns the manifest. Raises ReportError on a broken page."""
    start = time.perf_counter()
    wh = Warehouse(opts.db)
    years = _years(opts.period)
    targets = scopes(opts, wh)
    day_dir = opts.out / opts.today.isoformat()
    stage = opts.out / f".dang-lap-{opts.today.isoformat()}"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    manifest: dict = {
        "created": opts.today.isoformat(),
        "options": {
            "db": str(opts.db),
            "period": years or None,
            "unit": opts.unit,
            "pages": opts.pages,
            "lang": opts.lang,
            "each_unit": opts.each_unit,
        },
        "reports": [],
    }
    try:
        with contextlib.ExitStack() as stack:
            base = opts.url or stack.enter_context(capture.app_server(opts.db))
            browser = stack.enter_context(capture.browser())
            total = len(targets) * len(opts.pages)
            done = 0
            for scope in targets:
                folder = stage / scope.slug if len(targets) > 1 else stage
                folder.mkdir(parents=True, exist_ok=True)
                with wh.read() as con:
                    as_of = rq.as_of(con, scope.unit) or opts.today
                    batches = rq.sources(con, scope.unit)
                params = {
                    **scope.params(),
                    "lang": opts.lang,
                    "years": years,
                    "asof": as_of.isoformat(),
                }
                shots = []
                for i, key in enumerate(opts.pages, start=1):
                    done += 1
                    label = t(capture.PAGES[key][1], opts.lang)
                    path = folder / f"{i:02d}_{capture.PAGES[key][0] or 'tong-quan'}.png"
                    shot = capture.capture(browser, base, key, label, params, path)
                    shots.append(shot)
                    say(
                        f"[{done}/{total}] {scope.name} · {label}: {shot.width}×{shot.height} px, "
                        f"{shot.charts} biểu đồ, {fmt.number(shot.seconds, 1)} giây"
                    )
                pdf = stage / (f"{scope.slug}.pdf" if len(targets) > 1 else "bao_cao.pdf")
                cover = _cover(
                    opts,
                    scope,
                    as_of,
                    years,
                    [t(capture.PAGES[k][1], opts.lang) for k in opts.pages],
                )
                footer = _footer(opts, scope, as_of, years, batches)
                document.write_pdf(
                    browser,
                    cover,
                    [(t(capture.PAGES[s.page][1], opts.lang), s.path) for s in shots],
                    footer,
                    pdf,
                )
                manifest["reports"].append(
                    {
                        "unit": scope.name,
                        "unit_code": scope.unit.code,
                        "as_of": as_of.isoformat(),
                        "batches": [b for b, _ in batches],
                        "pdf": str(pdf.relative_to(stage)),
                        "pages": [
                            {
                                "page": s.page,
                                "title": t(capture.PAGES[s.page][1], opts.lang),
                                "file": str(s.path.relative_to(stage)),
                                "width": s.width,
                                "height": s.height,
                                "charts": s.charts,
                                "sha256": hashlib.sha256(s.path.read_bytes()).hexdigest(),
                            }
                            for s in shots
                        ],
                    }
                )
        manifest["seconds"] = round(time.perf_counter() - start, 1)
        (stage / "manifest.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        if day_dir.exists():
            shutil.rmtree(day_dir)
        stage.rename(day_dir)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)  # never leave half a report behind
        raise
    manifest["folder"] = str(day_dir)
    return manifest


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
        title=TITLE[opts.lang],
        subtitle=subtitle,
        as_of=fmt.date(as_of, opts.lang),
        place_date=f"{place}, ngày {as_of.day:02d} tháng {as_of.month:02d} năm {as_of.year}",
        contents=contents,
    )


def _footer(opts, scope: Scope, as_of: dt.date, years: str, batches: list) -> str:
    ids = ", ".join(str(b) for b, _ in batches[:30]) + ("…" if len(batches) > 30 else "")
    filters = [scope.name]
    if years:
        filters.append(years.replace("-", "–"))
    filters.append("tiếng Việt" if opts.lang == "vi" else "English")
    return (
        f"Số liệu tính đến {fmt.date(as_of, opts.lang)} · Lô số liệu: {ids or '—'} · "
        f"Bộ lọc: {', '.join(filters)}"
    )
