"""A throwaway PostgreSQL server for the lake tests and ``make bench``.

Lake mode keeps DuckLake's catalog in PostgreSQL, and mocking that away would test
nothing: the conflicts, the retries and the snapshots all live in the real server. So the
tests start Debian's own PostgreSQL (installed by ``make postgres-deps``) in a temporary
folder, on a free loopback port, and throw it away afterwards.

Two details the real thing forces on us:

* ``initdb`` refuses to run as root, and the tests run as root: the server then runs as the
  ``postgres`` OS user, in a folder it owns.
* Lake mode takes its password from libpq (``PGPASSWORD``), never from the connection
  string. To prove the password is really needed, the ``tiendo`` role logs in over TCP
  with scram-sha-256; only the server's own user may use the unix socket, without one.

``python -m bench.postgres`` starts one by hand and prints the settings to export.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import secrets
import shlex
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Self

SERVER_USER = "postgres"  # the OS user the server runs as when we are root
SUPERUSER = "postgres"  # the database superuser, reached only over the unix socket
ROLE = "tiendo"  # the role the app and the loaders log in as, with a password
DATABASE = "tiendo"
SOCKET_MAX = 100  # a unix socket path must fit in 107 bytes (sun_path)


def bin_dir() -> Path | None:
    """Where initdb, pg_ctl and postgres are: TIENDO_PG_BIN, else Debian's newest
    /usr/lib/postgresql/N/bin (Debian keeps them off PATH), else PATH."""
    candidates = []
    if os.environ.get("TIENDO_PG_BIN"):
        candidates.append(Path(os.environ["TIENDO_PG_BIN"]))
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda p: int(re.sub(r"\D", "", p.parent.name) or 0))[::-1]
    if shutil.which("initdb"):
        candidates.append(Path(shutil.which("initdb")).parent)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres", "psql")):
            return folder
    return None


def _as_root() -> bool:
    return os.geteuid() == 0


def unavailable() -> str | None:
    """Why a local PostgreSQL server cannot run here, in plain words; None when it can."""
    if bin_dir() is None:
        return (
            "PostgreSQL is not installed (no initdb/pg_ctl/postgres/psql in "
            "/usr/lib/postgresql/*/bin or on PATH); `make postgres-deps` installs it"
        )
    if _as_root():
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return (
                f"running as root, and initdb refuses root, but there is no "
                f"'{SERVER_USER}' OS user to run the server as"
            )
        if not (shutil.which("runuser") or shutil.which("su")):
            return f"running as root, and neither runuser nor su can switch to '{SERVER_USER}'"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _reachable(path: Path, uid: int, gid: int) -> bool:
    """Whether the user ``uid`` (group ``gid``) may traverse every folder down to ``path``."""
    for folder in [path, *path.parents]:
        st = folder.stat()
        if st.st_uid == uid:
            ok = st.st_mode & stat.S_IXUSR
        elif st.st_gid == gid:
            ok = st.st_mode & stat.S_IXGRP
        else:
            ok = st.st_mode & stat.S_IXOTH
        if not ok:
            return False
    return True


class LocalPostgres:
    """``with LocalPostgres(base_dir) as pg:`` a fresh server, stopped and deleted on exit.

    The cluster lives in ``base_dir`` when the server's user can reach it; pytest's own
    temporary folders are private to root (0700), so as root it usually lives in a
    new folder under the system's temporary folder instead.
    """

    def __init__(self, base_dir: os.PathLike[str] | str):
        why = unavailable()
        if why:
            raise RuntimeError(why)
        self.bin = bin_dir()
        assert self.bin is not None
        self.base_dir = Path(base_dir)
        self.password = secrets.token_urlsafe(24)
        self.port = 0
        self.root: Path | None = None
        self._started = False

    # -- the settings the app reads ------------------------------------------------------

    @property
    def dsn(self) -> str:
        """libpq's key=value string for the ``tiendo`` database, without the password."""
        return self.dsn_for(DATABASE)

    def dsn_for(self, dbname: str) -> str:
        return f"dbname={dbname} host=127.0.0.1 port={self.port} user={ROLE}"

    def env(self, data_path: os.PathLike[str] | str, dsn: str | None = None) -> dict[str, str]:
        """The environment that puts tiendo in lake mode on this server (``dsn``: another
        database of it, from :meth:`create_database`); ``data_path`` is created."""
        folder = Path(data_path)
        folder.mkdir(parents=True, exist_ok=True)
        return {
            "TIENDO_WAREHOUSE": f"ducklake:postgres:{dsn or self.dsn}",
            "TIENDO_DATA_PATH": str(folder) + os.sep,
            "PGPASSWORD": self.password,
        }

    def create_database(self, name: str) -> str:
        """A new empty database owned by ``tiendo`` (a fresh lake); returns its dsn."""
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
            raise ValueError(f"not a plain database name: {name!r}")
        self.sql(f"CREATE DATABASE {name} OWNER {ROLE}")
        return self.dsn_for(name)

    def sql(self, statements: str, dbname: str = DATABASE) -> str:
        """Run SQL as the superuser over the unix socket (psql, tab-separated, no headers);
        the SQL goes on stdin so a password in it never shows in ``ps``."""
        proc = self._run(
            [
                str(self.bin / "psql"),
                "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                "-h", str(self.socket_dir), "-p", str(self.port), "-U", SUPERUSER, "-d", dbname,
            ],
            stdin=statements,
        )  # fmt: skip
        return proc.stdout

    # -- life cycle ----------------------------------------------------------------------

    @property
    def socket_dir(self) -> Path:
        assert self.root is not None
        return self.root / "socket"

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        """initdb, configure (loopback only, scram for TCP), start, create the role."""
        self.root = self._make_root()
        data = self.root / "data"
        self.socket_dir.mkdir(mode=0o700)
        self._chown(self.root, self.socket_dir)
        atexit.register(self.stop)  # a test run that dies still stops its server
        self._run(
            [
                str(self.bin / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8",
                "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
            ]
        )  # fmt: skip
        # Only the server's user reaches the socket (its folder is 0700), so it may use it
        # without a password; every TCP login needs one. No ::1: IPv4 loopback only.
        self._write(
            data / "pg_hba.conf",
            "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
        )
        for attempt in range(5):
            self.port = _free_port()
            self._write(
                data / "postgresql.auto.conf",
                "\n".join(
                    [
                        "listen_addresses = '127.0.0.1'",
                        f"port = {self.port}",
                        f"unix_socket_directories = '{self.socket_dir}'",
                        "unix_socket_permissions = 0700",
                        "password_encryption = 'scram-sha-256'",
                        "max_connections = 300",  # replicas + loaders, each a small pool
                        "",
                    ]
                ),
            )
            try:
                self._run(
                    [str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.root / "log"),
                     "-w", "-t", "60", "start"]
                )  # fmt: skip
                break
            except RuntimeError:  # another process took the port meanwhile: try another
                if attempt == 4:
                    raise
        self._started = True
        self.sql(
            f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{self.password}';\n"
            f"CREATE DATABASE {DATABASE} OWNER {ROLE};\n",
            dbname="postgres",
        )

    def stop(self) -> None:
        """Stop the server at once (a throwaway needs no clean shutdown) and delete it."""
        if self.root is None:
            return
        if self._started:
            data = self.root / "data"
            with contextlib.suppress(RuntimeError):
                self._run([str(self.bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None
        atexit.unregister(self.stop)

    def log(self) -> str:
        """The server's log (for a failing test's message)."""
        if self.root is None or not (self.root / "log").exists():
            return ""
        return (self.root / "log").read_text(encoding="utf-8", errors="replace")

    # -- as the server's user --------------------------------------------------------------

    def _server_ids(self) -> tuple[int, int]:
        if _as_root():
            entry = pwd.getpwnam(SERVER_USER)
            return entry.pw_uid, entry.pw_gid
        return os.geteuid(), os.getegid()

    def _make_root(self) -> Path:
        """A new folder for the cluster that the server's user can reach, with a short
        enough path for the socket."""
        uid, gid = self._server_ids()
        self.base_dir.mkdir(parents=True, exist_ok=True)
        parent = self.base_dir
        fits = len(str(parent)) + len("/pg-XXXXXXXX/socket/.s.PGSQL.65535") <= SOCKET_MAX
        if not (fits and _reachable(parent, uid, gid)):
            parent = Path(tempfile.gettempdir())
        root = Path(tempfile.mkdtemp(prefix="pg-", dir=parent))
        root.chmod(0o700)
        return root

    def _chown(self, *paths: Path) -> None:
        uid, gid = self._server_ids()
        if _as_root():
            for path in paths:
                os.chown(path, uid, gid)

    def _write(self, path: Path, text: str) -> None:
        path.write_text(text, encoding="utf-8")
        path.chmod(0o600)
        self._chown(path)

    def _run(self, cmd: list[str], stdin: str | None = None) -> subprocess.CompletedProcess:
        """Run a PostgreSQL tool as the server's user; RuntimeError with its output."""
        if _as_root():
            if shutil.which("runuser"):
                cmd = ["runuser", "-u", SERVER_USER, "--", *cmd]
            else:
                cmd = ["su", SERVER_USER, "-s", "/bin/sh", "-c", shlex.join(cmd)]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        proc = subprocess.run(
            cmd,
            input=stdin,
            capture_output=True,
            text=True,
            cwd=self.root,
            env=env,
            timeout=120,
        )
        if proc.returncode != 0:
            raise RuntimeError(
                f"{shlex.join(cmd)} exited {proc.returncode}:\n{proc.stderr or proc.stdout}"
                f"\nserver log (end):\n{self.log()[-2000:]}"
            )
        return proc


def main() -> int:
    """Start a server by hand, print what to export, stop it on Ctrl-C."""
    why = unavailable()
    if why:
        print(why, file=sys.stderr)
        return 1
    with LocalPostgres(tempfile.gettempdir()) as pg:
        data = Path(tempfile.mkdtemp(prefix="tiendo-lake-"))
        for key, value in pg.env(data).items():
            print(f"export {key}={shlex.quote(value)}")
        print("# Ctrl-C stops the server and deletes it", file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
    return 0


if __name__ == "__main__":
    sys.exit(main())
