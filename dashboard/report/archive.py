"""The report archive as the Báo cáo định kỳ page lists it: one folder per day, each with
the manifest ``run.make`` wrote, its PDFs and page pictures."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path


def listing(root: Path) -> list[tuple[Path, dict]]:
    """Every report folder with a manifest, newest first; unreadable ones are skipped."""
    if not root.exists():
        return []
    out = []
    for manifest in sorted(root.glob("*/manifest.json"), reverse=True):
        try:
            out.append((manifest.parent, json.loads(manifest.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
    return out


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
