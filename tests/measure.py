"""What the hardening tests tried, counted as they run, for the README's table.

Each test calls :func:`record` with what it tried and how many; the counts go to a JSON
lines file (``TIENDO_MEASURED``, default ``data/measured.jsonl``, not committed), and
``python -m tests.measure`` prints them as the README's table. Appends of one short line
are atomic, so the two pytest workers can write at once.
"""

from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

from etl.fmt import number

ROOT = Path(__file__).resolve().parent.parent

# The table's sections, in the README's order.
SECTIONS = {
    "fuzz": "Đầu vào ngẫu nhiên cho bộ nạp",
    "fault": "Sự cố được gây ra",
    "access": "Truy cập trái phép bị từ chối",
}


def path() -> Path:
    return Path(os.environ.get("TIENDO_MEASURED") or ROOT / "data" / "measured.jsonl")


def record(section: str, what: str, count: int, lost: int = 0) -> None:
    """``count`` inputs tried (or faults injected, or attempts refused) of one kind, and
    how many rows or batches were lost doing so."""
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section}")
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"section": section, "what": what, "count": count, "lost": lost})
    with open(target, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def table(lines: list[dict]) -> str:
    """A Markdown table: per section and kind, the total tried and the total lost."""
    totals: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    for item in lines:
        key = (item["section"], item["what"])
        totals[key][0] += int(item["count"])
        totals[key][1] += int(item["lost"])
    rows = ["| Nhóm | Đã thử | Số lần | Dữ liệu mất |", "|---|---|---:|---:|"]
    for section, title in SECTIONS.items():
        for (sec, what), (count, lost) in sorted(totals.items()):
            if sec == section:
                rows.append(f"| {title} | {what} | {number(count)} | {number(lost)} |")
    return "\n".join(rows)


def main() -> int:
    source = path()
    if not source.exists():
        print(f"Chưa có số đo: chạy `make test` trước ({source}).", file=sys.stderr)
        return 1
    lines = [json.loads(x) for x in source.read_text(encoding="utf-8").splitlines() if x]
    print(table(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
