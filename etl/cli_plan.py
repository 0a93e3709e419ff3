"""``python -m etl plan FILE``: the goals and reporting duties a plan's text proposes,
printed (``--json``: one object), or saved as a goals batch without confirmation
(``--save``, for scripts: it prints what ``etl load --json`` prints for that batch)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from etl import config, fmt
from etl.plan import extract, save
from etl.plan.model import Proposals
from etl.plan.read import PlanError, read_plan

EXIT_OK, EXIT_REFUSED = 0, 1
COMPARISON_WORDS = {">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<", "range": "từ"}


def register(sub, db_arg: Callable[[argparse.ArgumentParser], None]) -> dict[str, Callable]:
    p = sub.add_parser(
        "plan",
        help="đọc một kế hoạch (.docx, .pdf, .txt, .html): đề xuất chỉ tiêu và nghĩa vụ báo cáo",
    )
    p.add_argument("file", metavar="FILE", help="tệp kế hoạch")
    db_arg(p)
    p.add_argument("--json", action="store_true", help="in các đề xuất thành một đối tượng JSON")
    p.add_argument(
        "--save",
        action="store_true",
        help="lưu ngay mọi đề xuất thành một lô chỉ tiêu (không hỏi lại), in JSON như load --json",
    )
    p.add_argument("--user", help="tên người nạp (mặc định: TIENDO_USER hoặc tài khoản máy)")
    return {"plan": cmd_plan}


def _warehouse(db: str | None, create: bool):
    """The warehouse, only if it is there already (proposing never creates one)."""
    from etl import store

    if not create and not config.lake_url() and not Path(config.db_path(db)).exists():
        return None
    return store.Warehouse(db)


def cmd_plan(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        plan = read_plan(path.read_bytes(), path.name)
    except OSError as exc:
        print(f"Không mở được tệp {path}: {exc.strerror}.", file=sys.stderr)
        return EXIT_REFUSED
    except PlanError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_REFUSED
    wh = _warehouse(args.db, create=args.save)
    proposals = extract.propose(plan, save.programmes(wh) if wh else None)
    if args.save:
        result = save.save(proposals, wh, args.user)
        from etl.cli import _audit

        _audit(
            args.db,
            "upload",
            path.name,
            {"batch": result.batch_id, "status": result.status, "rows": result.rows, "plan": True},
            "refused" if result.status == "refused" else "ok",
        )
        print(json.dumps(result.to_json(), ensure_ascii=False, default=str), flush=True)
        return EXIT_REFUSED if result.status == "refused" else EXIT_OK
    if args.json:
        print(json.dumps(proposals.to_json(), ensure_ascii=False, indent=1))
    else:
        print_proposals(proposals)
    return EXIT_OK


def print_proposals(p: Proposals) -> None:
    doc = p.document
    print(f"Kế hoạch: {p.plan.file_name}")
    print(f"  Số: {doc.number or '—'} · ngày {fmt.date(doc.date) if doc.date else '—'}")
    print(f"  Cơ quan ban hành: {doc.issuer or '—'}")
    print(f"  Tỉnh: {doc.province.name if doc.province else '—'}")
    print(f"\nChỉ tiêu đề xuất ({len(p.goals)}):")
    for i, g in enumerate(p.goals, start=1):
        value = fmt.number(g.value, 0 if float(g.value).is_integer() else 1)
        if g.value_max is not None:
            value += f"–{fmt.number(g.value_max, 0 if float(g.value_max).is_integer() else 1)}"
        when = "hằng năm" if g.recurring else (fmt.date(g.deadline) if g.deadline else "—")
        where = g.scope.name or {"each_district": "mỗi huyện", "each_commune": "mỗi xã"}.get(
            g.scope.level, "—"
        )
        print(
            f"  {i}. {g.name} — {COMPARISON_WORDS[g.comparison]} {value} {g.unit}, {when}, "
            f"{where}; cách đo: {g.measure or 'chưa có'}"
        )
        print(f"     «{g.quote[:200]}{'…' if len(g.quote) > 200 else ''}»")
    print(f"\nNghĩa vụ báo cáo đề xuất ({len(p.duties)}):")
    for i, d in enumerate(p.duties, start=1):
        due = d.to_json()["due"]
        print(
            f"  {i}. {d.report_name} — {d.frequency}, hạn {due if due is not None else '—'}; "
            f"gửi {d.recipient or '—'}; đơn vị báo cáo: {', '.join(d.reporter) or '—'}"
        )
        print(f"     «{d.quote[:200]}{'…' if len(d.quote) > 200 else ''}»")
