"""``python -m dashboard.report``: the pictures and the PDF for an official report.

    python -m dashboard.report --db PATH --out DIR [--period P] [--unit CODE]
        [--pages overview officers ntm training unit] [--lang vi|en] [--url URL]
        [--each-unit district] [--issuer "UBND TỈNH …"] [--new-units] [--as USERNAME]
        [--status FILE]

Exits 0 when the report is made, 1 when it could not be (a page did not render, no
browser: nothing is delivered, and the message says why in Vietnamese), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from dashboard import fmt
from dashboard.report import capture, jobs, run
from etl import config
from etl.access import accounts, audit
from etl.store import Warehouse, snapshots


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m dashboard.report",
        description="Chụp các trang bảng điều khiển thành ảnh PNG và một tệp PDF để gửi kèm "
        "báo cáo định kỳ.",
    )
    p.add_argument("--db", help="kho dữ liệu (mặc định: TIENDO_DB hoặc data/warehouse.duckdb)")
    p.add_argument(
        "--out",
        help="thư mục lưu, mỗi lần chạy vào OUT/YYYY-MM-DD/ (mặc định: TIENDO_REPORTS_DIR "
        "hoặc data/reports)",
    )
    p.add_argument("--period", help="kỳ báo cáo: một năm (2024) hoặc hai năm (2021-2025)")
    p.add_argument("--unit", help="mã tỉnh (38) hoặc huyện (384); 2025:86 cho tỉnh mới")
    p.add_argument(
        "--pages",
        nargs="+",
        choices=list(capture.PAGES),
        default=list(capture.PAGES),
        help="các trang cần chụp (mặc định: tất cả)",
    )
    p.add_argument("--lang", choices=["vi", "en"], default="vi", help="ngôn ngữ (mặc định: vi)")
    p.add_argument("--url", help="dùng bảng điều khiển đang chạy ở địa chỉ này thay vì tự mở")
    p.add_argument(
        "--each-unit",
        choices=["district"],
        help="mỗi huyện một báo cáo PDF (trong tỉnh --unit, hoặc mọi huyện có số liệu)",
    )
    p.add_argument("--issuer", help="dòng cơ quan trên bìa (mặc định: UBND tỉnh của đơn vị)")
    p.add_argument(
        "--new-units",
        action="store_true",
        help="tính cả số liệu trước 1/7/2025 theo đơn vị hành chính hiện nay (như công tắc ở "
        "thanh bên)",
    )
    p.add_argument(
        "--as",
        dest="user",
        metavar="USERNAME",
        help="lập báo cáo với quyền của tài khoản này (chỉ đơn vị của nó); bắt buộc khi kho "
        "đã có tài khoản",
    )
    p.add_argument(
        "--snapshot",
        metavar="THỜI_ĐIỂM",
        type=_moment,
        help="lập báo cáo từ số liệu như tại thời điểm này (giờ Việt Nam), vd. "
        "2026-11-30T17:00; chỉ ghi ngày là cuối ngày đó (khác ngày 'tính đến' trên bìa, là "
        "ngày đánh giá chỉ tiêu)",
    )
    p.add_argument(
        "--status",
        type=Path,
        help="ghi tiến độ (JSON) vào tệp này; trang Báo cáo định kỳ đọc nó để hiện thanh tiến độ",
    )
    return p


def _moment(text: str) -> str:
    """Checked when the command line is read, kept as written (the manifest records it)."""
    try:
        snapshots.parse_moment(text)
    except snapshots.MomentError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    opts = run.Options(
        db=Path(config.db_path(args.db)),
        out=Path(args.out or config.get("reports_dir")),
        period=args.period,
        unit=args.unit,
        pages=args.pages,
        lang=args.lang,
        url=args.url,
        each_unit=args.each_unit,
        issuer=args.issuer,
        new_units=args.new_units,
        user=args.user,
        snapshot=args.snapshot,
    )
    tell = _status_writer(args.status)
    if not Warehouse(opts.db).exists():
        tell(state="failed", message=f"Không có kho dữ liệu {opts.db}.")
        print(f"Không có kho dữ liệu {opts.db}.", file=sys.stderr)
        return 2
    try:
        manifest = run.make(
            opts, progress=lambda done, total, step: tell(done=done, total=total, step=step)
        )
    except capture.ReportError as exc:
        _audit(opts, "refused", str(exc)[:300])
        tell(state="failed", message=(str(exc).strip().splitlines() or ["?"])[0][:500])
        print(f"LỖI — báo cáo không được lập: {exc}", file=sys.stderr)
        return 1
    except BaseException as exc:
        tell(
            state="failed",
            message=f"Lỗi ngoài dự kiến khi lập báo cáo ({type(exc).__name__}); chi tiết ghi "
            "trong nhật ký của lần chạy.",
        )
        raise
    _audit(opts, "ok", manifest["folder"])
    pdfs = [r["pdf"] for r in manifest["reports"]]
    pngs = sum(len(r["pages"]) for r in manifest["reports"])
    tell(state="done", folder=manifest["folder"], done=1, total=1, step="")
    print(
        f"Đã lập {len(pdfs)} báo cáo PDF và {pngs} ảnh trong "
        f"{fmt.number(manifest['seconds'], 1)} giây: {manifest['folder']}",
        file=sys.stderr,
    )
    print(manifest["folder"])
    return 0


def _audit(opts: run.Options, outcome: str, detail: str) -> None:
    """The report's line in the audit log (once the warehouse has accounts)."""
    if not accounts.any_users(opts.db):
        return
    audit.log(
        "report",
        opts.user or config.current_user(),
        opts.unit or "",
        {"period": opts.period, "pages": opts.pages, "each_unit": opts.each_unit, "result": detail},
        audit.cli_origin(),
        outcome,
        db=opts.db,
    )


def _status_writer(path: Path | None):
    """Progress for the page that started this run (``--status``); nothing without it."""
    state = {"state": "running", "pid": os.getpid(), "at": time.time(), "done": 0, "total": 1}

    def tell(**changes) -> None:
        if path is None:
            return
        state.update(changes, at=time.time())
        jobs.write_status(path, **state)

    tell()
    return tell


if __name__ == "__main__":
    sys.exit(main())
