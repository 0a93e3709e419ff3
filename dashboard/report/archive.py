"""The report archive as the Báo cáo định kỳ page lists it: one folder per report
(``YYYY-MM-DD_<unit>…``, or ``YYYY-MM-DD`` from earlier versions), each with the manifest
``run.make`` wrote, its PDFs and page pictures."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

from etl.access.restrict import covered
from etl.access.units import UnitFormError, UnitRef, parse


def made_on(folder: Path) -> dt.date | None:
    """The day a report was made, from its folder's name."""
    try:
        return dt.date.fromisoformat(folder.name[:10])
    except ValueError:
        return None


def listing(root: Path) -> list[tuple[Path, dict]]:
    """Every report folder with a manifest, newest first (by day, then the last written
    first); unreadable ones are skipped."""
    if not root.exists():
        return []
    out = []
    for manifest in root.glob("*/manifest.json"):
        if manifest.parent.name.startswith("."):  # a report still being made
            continue
        try:
            content = json.loads(manifest.read_text(encoding="utf-8"))
            written = manifest.stat().st_mtime
        except (OSError, ValueError):
            continue
        out.append((made_on(manifest.parent) or dt.date.min, written, manifest.parent, content))
    out.sort(key=lambda r: (r[0], r[1], r[2].name), reverse=True)
    return [(folder, content) for _, _, folder, content in out]


def pictures(day: Path, report: dict) -> list[str]:
    """A report's page pictures that are still in its folder."""
    return [p["file"] for p in report.get("pages", []) if (day / p["file"]).exists()]


def zipped(day: Path, files: list[str]) -> bytes:
    """The pictures in one .zip. Built only when someone downloads it: the page lists a
    long archive without reading any PDF or picture."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in files:
            z.write(day / name, name)
    return buf.getvalue()


def visible(manifest: dict, units: tuple[UnitRef, ...] | None, personal: bool) -> bool:
    """Whether a reader limited to ``units`` (None: every unit) may see a report: what
    it shows must lie within them, and it may hold personal data only for a reader who
    sees it. A report made before accounts existed is for unrestricted readers only."""
    if units is None and personal:
        return True
    opts = manifest.get("options", {})
    if opts.get("personal", True) and not personal:
        return False
    if units is None:
        return True
    unit = str(opts.get("unit") or "").removeprefix("legacy:")
    try:
        if unit:
            shown = [parse(unit)]
        elif opts.get("scope"):  # every unit of the user it was made as
            shown = [parse(u) for u in opts["scope"]]
        else:  # the whole country, or made before there were accounts
            return False
    except UnitFormError:
        return False
    inside = covered(units)
    return all((u.era, u.level, u.code) in inside for u in shown)
