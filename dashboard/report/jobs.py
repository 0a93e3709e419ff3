"""Reports made from the Báo cáo định kỳ page: the sidebar's filters as command options,
the command started as a process of its own, and its progress read back.

The report runs as ``python -m dashboard.report … --status FILE`` in a new session, not
in the Streamlit server: a rerun, a closed tab or a restarted server does not stop it.
It writes its progress to FILE (JSON), which the page polls. One report per set of
options at a time: a second click, in this tab or another, finds the first one running.
Kept free of Streamlit, like the command itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from dashboard.queries.filters import UnitFilter

ROOT = Path(__file__).resolve().parent.parent.parent
JOBS = ".dang-chay"  # under the reports folder; the archive lists only dated folders
RUNNING = ("starting", "running")
CRON_SCHEDULE = "0 6 1 * *"  # 6:00 on the first of every month


def unit_arg(unit: UnitFilter) -> str | None:
    """The sidebar's unit as ``--unit`` takes it: '38' (a province before 1/7/2025),
    '384' (a district), '2025:86' (a province from 1/7/2025); None for every unit."""
    if not unit.code:
        return None
    return unit.code if unit.era == "legacy" else f"{unit.era}:{unit.code}"


def period_arg(years: tuple[int, int] | None) -> str | None:
    """The sidebar's period as ``--period`` takes it: '2021-2025'."""
    return f"{years[0]}-{years[1]}" if years else None


@dataclass(frozen=True)
class Request:
    """One report's options: the same ones give the same report, and one job at a time."""

    db: Path
    out: Path
    unit: str | None = None
    period: str | None = None
    lang: str = "vi"
    new_units: bool = False
    user: str | None = None  # the signed-in user: the report has that user's units
    snapshot: str | None = None  # the past moment the pages show (?snapshot=)

    def args(self) -> list[str]:
        out = ["--db", str(self.db), "--out", str(self.out)]
        if self.unit:
            out += ["--unit", self.unit]
        if self.period:
            out += ["--period", self.period]
        if self.new_units:
            out.append("--new-units")
        if self.user:
            out += ["--as", self.user]
        if self.snapshot:
            out += ["--snapshot", self.snapshot]
        return [*out, "--lang", self.lang]

    @property
    def key(self) -> str:
        text = json.dumps(
            [str(self.db), str(self.out), self.unit, self.period, self.lang, self.new_units]
            + ([self.user] if self.user else [])
            + ([self.snapshot] if self.snapshot else [])
        )
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    @property
    def status_file(self) -> Path:
        return self.out / JOBS / f"{self.key}.json"

    @property
    def log_file(self) -> Path:
        return self.out / JOBS / f"{self.key}.log"

    @property
    def pid_file(self) -> Path:
        return self.out / JOBS / f"{self.key}.pid"


def request(
    unit: UnitFilter,
    years: tuple[int, int] | None,
    lang: str,
    db: Path,
    out: Path,
    new_units: bool = False,
    user: str | None = None,
    snapshot: str | None = None,
) -> Request:
    """The report of what the sidebar shows (paths made absolute: the process and cron
    do not start where the server did)."""
    return Request(
        Path(db).resolve(),
        Path(out).resolve(),
        unit_arg(unit),
        period_arg(years),
        lang,
        new_units,
        user,
        snapshot,
    )


def _shown(path: Path) -> str:
    """A path in a cron line: relative to the project when inside it (cron cds there)."""
    with contextlib.suppress(ValueError):
        return shlex.quote(str(path.relative_to(ROOT)))
    return shlex.quote(str(path))


def cron_line(req: Request, python: str | None = None) -> str:
    """The crontab line that makes this report every month, logging to OUT/cron.log."""
    python = python or sys.executable
    exe = Path(python).absolute()
    args = dataclasses.replace(req, snapshot=None).args()  # every month: that month's data
    for flag in ("--db", "--out"):
        i = args.index(flag) + 1
        args[i] = _shown(Path(args[i]))
    return (
        f"{CRON_SCHEDULE} cd {shlex.quote(str(ROOT))} && {_shown(exe)} -m dashboard.report "
        f"{' '.join(args)} >> {_shown(req.out / 'cron.log')} 2>&1"
    )


# ------------------------------------------------------------------ progress file


def write_status(path: Path, **status) -> None:
    """Replace the status file whole (a reader never sees half of it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def _alive(pid: int | None) -> bool:
    if not pid:
        return False
    with contextlib.suppress(ChildProcessError, OSError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our own child that has ended: reap it
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def status(req: Request) -> dict | None:
    """The last report for these options: state starting/running/done/failed, steps done
    and in all, what it is doing, when; None if none was ever made from the page."""
    try:
        current = json.loads(req.status_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if current.get("state") in RUNNING and not _alive(current.get("pid") or _pid(req)):
        grace = current.get("state") == "starting" and time.time() - current.get("at", 0) < 10
        if not grace:
            current.update(
                state="failed",
                message="Tiến trình lập báo cáo đã dừng giữa chừng (máy tắt hoặc bị dừng). "
                f"Xem nhật ký {req.log_file}.",
            )
    return current


def _pid(req: Request) -> int | None:
    try:
        return int(req.pid_file.read_text())
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def _locked(folder: Path):
    """One starter at a time for the whole reports folder (two tabs, two clicks)."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def start(req: Request) -> tuple[dict, bool]:
    """Start the report unless one with the same options is running; returns its status
    and whether this call started it."""
    with _locked(req.status_file.parent):
        current = status(req)
        if current and current.get("state") in RUNNING:
            return current, False
        req.pid_file.unlink(missing_ok=True)
        write_status(req.status_file, state="starting", done=0, total=1, step="", at=time.time())
        with req.log_file.open("w", encoding="utf-8") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "dashboard.report",
                    *req.args(),
                    "--status",
                    str(req.status_file),
                ],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # not the server's: outlives a rerun or a restart
            )
        # The process writes its progress (and its pid) itself; the pid is also kept
        # apart, so a process that dies before its first word is still seen dead.
        req.pid_file.write_text(str(proc.pid))
        return status(req) or {}, True
