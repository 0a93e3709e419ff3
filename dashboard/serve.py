"""``python -m dashboard.serve``: start the dashboard on the address TIENDO_LISTEN says.

By default it listens on 127.0.0.1: a laptop running ``make run`` shows cadres' personal
data to itself, not to the office network. Opened to the network, it refuses to start
while there are no accounts, since anyone who reached the port would see everything.
"""

from __future__ import annotations

import argparse
import math
import os
import sys

from etl import config
from etl.access import accounts
from etl.labels import t

ROOT = config.ROOT


def command(db: str, port: int) -> list[str]:
    """The ``streamlit run`` command line, XSRF protection on (as in .streamlit/config)."""
    upload_mb = math.ceil(config.max_upload_bytes() / 2**20)
    return [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.address", config.get("listen"),
        "--server.port", str(port),
        "--server.headless", "true",
        "--server.enableXsrfProtection", "true",
        "--server.maxUploadSize", str(upload_mb),
        "--", "--db", db,
    ]  # fmt: skip


def check(db: str) -> str | None:
    """Why the dashboard must not start as configured; None when it may."""
    if config.listens_on_network() and not accounts.any_users(db):
        return t("open_refused").format(listen=config.get("listen"))
    return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m dashboard.serve", description=__doc__)
    p.add_argument("--db", help="kho dữ liệu (mặc định: TIENDO_DB hoặc data/warehouse.duckdb)")
    p.add_argument("--port", type=int, default=8501, help="cổng (mặc định 8501)")
    args = p.parse_args(argv)
    try:
        db = str(config.db_path(args.db))
    except config.SettingError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    why = check(db)
    if why:
        print(f"Lỗi: {why}", file=sys.stderr)
        return 1
    cmd = command(db, args.port)
    os.execve(cmd[0], cmd, {**os.environ, "TIENDO_DB": db})
    return 0  # not reached: the server replaces this process


if __name__ == "__main__":
    sys.exit(main())
