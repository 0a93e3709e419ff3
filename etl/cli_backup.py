"""``python -m etl``'s backup commands: backup, restore, check."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from etl import config, fmt
from etl.store import WarehouseError, integrity
from etl.store import backup as backups

EXIT_OK, EXIT_REFUSED = 0, 1


def register(sub, db_arg: Callable[[argparse.ArgumentParser], None]) -> dict[str, Callable]:
    """Add this module's sub-commands to the parser; their functions by name."""
    p = sub.add_parser(
        "backup",
        help="sao lưu kho dữ liệu ra một tệp đã kiểm tra (kèm mã SHA-256), không dừng bảng điều khiển",
    )
    p.add_argument("out", metavar="OUT", help="tệp sao lưu cần ghi (ghi cả OUT.sha256)")
    db_arg(p)
    p.add_argument("--json", action="store_true", help="in kết quả thành một dòng JSON")

    p = sub.add_parser(
        "restore",
        help="khôi phục kho dữ liệu từ một tệp sao lưu (giữ lại kho hiện tại bên cạnh)",
    )
    p.add_argument("file", metavar="FILE", help="tệp sao lưu (kiểm tra cả FILE.sha256 nếu có)")
    db_arg(p)
    p.add_argument("--json", action="store_true", help="in kết quả thành một dòng JSON")

    p = sub.add_parser("check", help="đọc toàn bộ kho dữ liệu để tìm chỗ hỏng")
    db_arg(p)
    return {"backup": cmd_backup, "restore": cmd_restore, "check": cmd_check}


def _refused(args: argparse.Namespace, exc: WarehouseError) -> int:
    if getattr(args, "json", False):
        print(json.dumps({"status": "refused", "message": str(exc)}, ensure_ascii=False))
    print(f"Lỗi: {exc}", file=sys.stderr)
    return EXIT_REFUSED


def _not_a_lake() -> None:
    """Backups here copy one DuckDB file; a lake's are its catalog and its data folder."""
    if config.lake_url():
        raise WarehouseError(
            "Kho dữ liệu chung (TIENDO_WAREHOUSE, DuckLake) không sao lưu bằng lệnh này: sao "
            "lưu danh mục bằng pg_dump rồi chép thư mục TIENDO_DATA_PATH, khôi phục theo thứ "
            "tự ngược lại (docs/deploy.md, mục Sao lưu)."
        )


def cmd_backup(args: argparse.Namespace) -> int:
    try:
        _not_a_lake()
        done = backups.backup(args.out, args.db)
    except WarehouseError as exc:
        return _refused(args, exc)
    if args.json:
        print(
            json.dumps(
                {
                    "status": "ok",
                    "file": str(done.path),
                    "sha256": done.sha256,
                    "bytes": done.size,
                    "sha256_file": str(backups.sidecar(done.path)),
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    print(
        f"Đã sao lưu kho dữ liệu {config.db_path(args.db)} vào {done.path} "
        f"({fmt.number(done.size)} byte, đã kiểm tra). SHA-256: {done.sha256} "
        f"(ghi trong {backups.sidecar(done.path).name})."
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    try:
        _not_a_lake()
        done = backups.restore(args.file, args.db)
    except WarehouseError as exc:
        return _refused(args, exc)
    if args.json:
        print(
            json.dumps(
                {
                    "status": "restored",
                    "db": str(done.db),
                    "file": str(done.source),
                    "sha256": done.sha256,
                    "kept": str(done.kept) if done.kept else None,
                },
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    kept = f" Kho dữ liệu cũ được giữ tại {done.kept}." if done.kept else ""
    print(f"Đã khôi phục kho dữ liệu {done.db} từ {done.source}.{kept}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    path = config.db_path(args.db)
    try:
        _not_a_lake()
        integrity.check(path)
    except WarehouseError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Kho dữ liệu {path}: nguyên vẹn (đã đọc mọi bảng và kiểm tra mọi khối đang dùng).")
    return EXIT_OK
