"""``python -m etl``: a thin command line over the etl functions."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from etl import cli_backup, cli_plan, cli_users, config, fmt, loader, store, templates
from etl.spec import kinds
from etl.store import snapshots

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        help="tệp kho dữ liệu DuckDB (mặc định: biến TIENDO_DB hoặc data/warehouse.duckdb)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl",
        description="tiendo: nạp và quản lý số liệu cán bộ, xã cho Sở Nội vụ.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")

    p = sub.add_parser("demo", help="tạo kho dữ liệu mẫu (demo) từ các bảng tính mẫu")
    _db_arg(p)
    p.add_argument("--sources", help="thư mục ghi các bảng tính mẫu (mặc định: data/demo)")
    p.add_argument("--force", action="store_true", help="ghi đè cả khi --db là kho dữ liệu thật")

    p = sub.add_parser("load", help="nạp một hay nhiều tệp Excel/CSV vào kho")
    p.add_argument("paths", nargs="+", metavar="PATH", help="tệp cần nạp")
    _db_arg(p)
    p.add_argument("--kind", choices=list(kinds.KINDS), help="loại số liệu (mặc định: tự nhận)")
    p.add_argument("--json", action="store_true", help="in mỗi tệp một dòng JSON")
    p.add_argument("--user", help="tên người nạp (mặc định: TIENDO_USER hoặc tài khoản máy)")
    p.add_argument(
        "--accept-valid",
        action="store_true",
        help="nạp các dòng hợp lệ, giữ danh sách dòng bị từ chối cùng lô (xem view rejected_rows)",
    )
    p.add_argument(
        "--errors-out",
        metavar="DIR",
        help="ghi bản sao tệp có lỗi, tô đỏ ô sai và ghi chú cách sửa, vào thư mục DIR",
    )
    p.add_argument("--quiet", action="store_true", help="không hiện thanh tiến độ")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="CỘT=TRƯỜNG",
        help="ghép cột với trường, lặp lại được: CỘT là chữ cột (C) hoặc tên cột "
        "('Trình độ đào tạo › Chuyên môn'), TRƯỜNG là tên cột của view (full_name, "
        "commune_name, commune_code...) hoặc '-' để bỏ qua cột; được lưu cho tệp sau cùng đầu cột",
    )
    p.add_argument(
        "--no-save",
        action="store_true",
        help="không lưu cách ghép cột của --map cho các tệp sau",
    )

    p = sub.add_parser("mappings", help="xem hoặc xóa các cách ghép cột đã lưu")
    msub = p.add_subparsers(dest="action", required=True, metavar="VIỆC")
    q = msub.add_parser("list", help="liệt kê các cách ghép cột đã lưu")
    _db_arg(q)
    q.add_argument("--json", action="store_true", help="in mỗi cách ghép một dòng JSON")
    q = msub.add_parser("remove", help="xóa một cách ghép cột đã lưu")
    q.add_argument(
        "mapping_id", type=int, metavar="ID", help="số của cách ghép (xem mappings list)"
    )
    _db_arg(q)

    p = sub.add_parser("batches", help="liệt kê các lô đã nạp")
    _db_arg(p)
    p.add_argument("--json", action="store_true", help="in mỗi lô một dòng JSON")
    p.add_argument("--all", action="store_true", help="kể cả các lô đã bị thay thế")
    p.add_argument(
        "--snapshot",
        metavar="THỜI_ĐIỂM",
        help="các lô như tại thời điểm này (giờ Việt Nam), vd. 2026-11-30T17:00; chỉ ghi "
        "ngày là cuối ngày đó",
    )

    p = sub.add_parser("rollback", help="hoàn tác một lô (các lô nó thay thế lại hiện hành)")
    p.add_argument("batch_id", type=int, metavar="BATCH_ID", help="số lô (xem lệnh batches)")
    _db_arg(p)
    p.add_argument("--json", action="store_true", help="in kết quả thành một dòng JSON")

    p = sub.add_parser("template", help="ghi biểu mẫu trống cho một loại số liệu")
    p.add_argument(
        "kind",
        choices=list(kinds.KINDS),
        metavar="KIND",
        help="một trong: " + ", ".join(kinds.KINDS),
    )
    p.add_argument("--out", required=True, help="tệp .xlsx cần ghi")

    # Commands kept in modules of their own add their parsers and functions here.
    for module in (cli_users, cli_backup, cli_plan):
        COMMANDS.update(module.register(sub, _db_arg))
    return parser


def _print_result(result: loader.LoadResult) -> None:
    labels = {"loaded": "ĐÃ NẠP", "unchanged": "KHÔNG ĐỔI", "refused": "TỪ CHỐI"}
    line = f"[{labels[result.status]}] {result.file}"
    if result.kind:
        line += f" — loại {result.kind}"
    if result.batch_id is not None:
        line += f", lô {result.batch_id}, {fmt.number(result.rows)} dòng"
    if result.replaced_batch_ids:
        line += ", thay thế lô " + ", ".join(map(str, result.replaced_batch_ids))
    if result.status == "loaded" and result.errors:
        line += f", bỏ {len({(e.sheet, e.row) for e in result.errors})} dòng lỗi"
    print(line)
    for mapping_id in result.saved_mappings:
        print(
            f"  Dùng cách ghép cột đã lưu số {mapping_id} (xem: python -m etl mappings list; "
            f"bỏ: python -m etl mappings remove {mapping_id})."
        )
    if result.error_workbook:
        print(f"  Tệp đánh dấu lỗi: {result.error_workbook}")
    for label, problems in (("Lỗi", result.errors), ("Cảnh báo", result.warnings)):
        for p in problems:
            where = ", ".join(
                part
                for part in (
                    f"trang '{p.sheet}'" if p.sheet else "",
                    f"dòng {p.row}" if p.row else "",
                    f"cột {p.column}" if p.column else "",
                    f"giá trị '{p.value}'" if p.value else "",
                )
                if part
            )
            print(f"  {label}: {where + ': ' if where else ''}{p.message}")
    if result.unmapped_columns and not result.closest:
        print(
            '  Có thể ghép cột bằng --map "CỘT=TRƯỜNG" (ví dụ --map "D=full_name"), '
            "hoặc trên trang Tải dữ liệu."
        )


class _ProgressBar:
    """A one-line bar on stderr while a file is read, then its rows per second."""

    def __init__(self, name: str, enabled: bool):
        self.name = name
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        print(
            f"\r  {self.name[:40]:<40} [{'█' * filled}{'·' * (width - filled)}] "
            f"{fmt.number(done)}/{fmt.number(total)} dòng",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def finish(self, rows: int) -> None:
        seconds = time.perf_counter() - self.start
        if self.enabled:
            print(file=sys.stderr)
        rate = rows / seconds if seconds > 0 else 0
        took = fmt.number(seconds, 1)
        print(
            f"  {self.name}: {fmt.number(rows)} dòng trong {took} giây ({fmt.number(rate)} dòng/giây)",
            file=sys.stderr,
        )


def parse_map(items: list[str]) -> dict[str, str]:
    """``--map`` values ("HEADER=FIELD") as a dict; the last '=' splits them, since a
    header may hold one and a field name never does."""
    mapping = {}
    for item in items:
        header, sep, name = item.rpartition("=")
        if not sep or not header.strip() or not name.strip():
            raise ValueError(
                f"--map '{item}': hãy viết CỘT=TRƯỜNG, ví dụ --map \"C=full_name\" hoặc "
                '--map "Ghi chú=-".'
            )
        mapping[header.strip()] = name.strip()
    return mapping


def cmd_load(args: argparse.Namespace) -> int:
    from etl import error_workbook

    try:
        mapping = parse_map(args.map)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    wh = store.Warehouse(args.db)
    status = EXIT_OK
    for path in args.paths:
        bar = _ProgressBar(Path(path).name, not args.quiet)
        result = loader.load_file(
            path,
            wh,
            kind=args.kind,
            user=args.user,
            accept_valid=args.accept_valid,
            progress=bar,
            mapping=mapping or None,
            save_mapping=not args.no_save,
        )
        if not args.quiet:
            bar.finish(result.rows)
        _audit(
            args.db,
            "upload",
            Path(path).name,
            {"batch": result.batch_id, "status": result.status, "rows": result.rows},
            "refused" if result.status == "refused" else "ok",
        )
        if args.errors_out and (result.errors or result.warnings) and Path(path).exists():
            try:
                out = error_workbook.write(
                    Path(path).read_bytes(),
                    Path(path).name,
                    result.errors,
                    result.warnings,
                    args.errors_out,
                )
                result.error_workbook = str(out)
            except Exception as exc:
                print(f"Không ghi được tệp đánh dấu lỗi cho {path}: {exc}", file=sys.stderr)
        if result.status == "refused":
            status = EXIT_REFUSED
        if args.json:
            print(json.dumps(result.to_json(), ensure_ascii=False, default=str), flush=True)
        else:
            _print_result(result)
    return status


def cmd_mappings(args: argparse.Namespace) -> int:
    from etl.store import mappings

    wh = store.Warehouse(args.db)
    if args.action == "remove":
        if not mappings.remove(wh, args.mapping_id):
            print(f"Không có cách ghép cột số {args.mapping_id}.", file=sys.stderr)
            return EXIT_REFUSED
        print(f"Đã xóa cách ghép cột số {args.mapping_id}.")
        return EXIT_OK
    saved = mappings.listing(wh)
    if args.json:
        for m in saved:
            print(json.dumps(m, ensure_ascii=False, default=str))
        return EXIT_OK
    if not saved:
        print("Chưa lưu cách ghép cột nào.")
    for m in saved:
        when = m["saved_at"].strftime("%d/%m/%Y %H:%M")
        print(f"[{m['id']}] {m['kind']} · mẫu đầu cột {m['signature']} · {m['saved_by']}, {when}")
        print("    đầu cột: " + " | ".join(m["headers"]))
        for header, name in m["fields"].items():
            print(f"    {header} → {'(bỏ qua)' if name == '-' else name}")
    return EXIT_OK


def cmd_batches(args: argparse.Namespace) -> int:
    wh = store.Warehouse(args.db)
    where = "" if args.all else "WHERE status = 'current'"
    try:
        moment = snapshots.parse_moment(args.snapshot) if args.snapshot else None
    except snapshots.MomentError as exc:
        raise store.WarehouseError(str(exc)) from None
    with wh.read(wh.pin(moment)) as con:
        frame = con.execute(f"SELECT * FROM batches {where} ORDER BY batch_id").df()
    if args.json:
        for row in frame.to_dict("records"):
            print(json.dumps(row, ensure_ascii=False, default=str))
        return EXIT_OK
    if frame.empty:
        print("Chưa có lô nào.")
        return EXIT_OK
    for r in frame.itertuples():
        as_of = (
            r.as_of_date.strftime("%d/%m/%Y")
            if r.as_of_date is not None and str(r.as_of_date) != "NaT"
            else "—"
        )
        print(
            f"{r.batch_id:>4}  {r.status:<10} {r.kind:<9} {r.rows_loaded:>7} dòng  "
            f"tính đến {as_of:<10}  {r.loaded_at:%d/%m/%Y %H:%M}  {r.loaded_by:<10} "
            f"{r.file_name}  [{', '.join(r.unit_names)}]"
        )
    return EXIT_OK


def _audit(db: str | None, action: str, target: str, detail: dict, outcome: str = "ok") -> None:
    """Loads and rollbacks from the command line go to the audit log too, once the
    warehouse has an access file (accounts); the actor is the machine's account."""
    from etl.access import audit
    from etl.access import store as access_store

    if access_store.exists(db):
        audit.log(action, config.current_user(), target, detail, audit.cli_origin(), outcome, db=db)


def cmd_rollback(args: argparse.Namespace) -> int:
    from etl.store import history

    done = history.rollback(store.Warehouse(args.db), args.batch_id)
    _audit(args.db, "rollback", str(done.batch_id), {"restored": done.restored})
    if args.json:
        print(
            json.dumps(
                {
                    "batch_id": done.batch_id,
                    "status": "rolled_back",
                    "restored_batch_ids": done.restored,
                }
            )
        )
        return EXIT_OK
    restored = (
        "Lô " + ", ".join(map(str, done.restored)) + " là số liệu hiện hành trở lại."
        if done.restored
        else "Không có lô cũ nào cần khôi phục."
    )
    print(f"Đã hoàn tác lô {done.batch_id}. {restored}")
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    out = templates.write_workbook(args.kind, args.out)
    print(f"Đã ghi biểu mẫu {kinds.KINDS[args.kind].label} vào {out}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from etl import demo

    db = config.db_path(args.db)
    sources = Path(args.sources) if args.sources else config.ROOT / "data" / "demo"
    results = demo.build(db, sources, force=args.force)
    refused = [r for r in results if r.status == "refused"]
    for r in refused:
        _print_result(r)
    loaded = sum(r.rows for r in results if r.status == "loaded")
    where = config.lake_url() or db  # a lake is named by its catalog, not by a path
    print(f"Kho dữ liệu mẫu: {where} — {len(results)} tệp, {fmt.number(loaded)} dòng.")
    return EXIT_REFUSED if refused else EXIT_OK


COMMANDS = {
    "demo": cmd_demo,
    "load": cmd_load,
    "mappings": cmd_mappings,
    "batches": cmd_batches,
    "rollback": cmd_rollback,
    "template": cmd_template,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (store.WarehouseError, config.SettingError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_REFUSED


if __name__ == "__main__":
    sys.exit(main())
