"""The audit log: who did what, when and from where. Only ever added to."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3

from etl.access import store

# What is logged, declared once; the page's labels are ``audit_<action>`` in etl.labels.
ACTIONS = (
    "sign_in",
    "sign_in_failed",
    "sign_out",
    "upload",
    "rollback",
    "export",
    "report",
    "user_add",
    "user_set",
    "user_disable",
    "user_enable",
    "user_passwd",
    "refused",
)


def cli_origin() -> str:
    """Where a command-line action came from."""
    return f"cli@{socket.gethostname()}"


def log(
    action: str,
    actor: str,
    target: str = "",
    detail: dict | str = "",
    origin: str = "",
    outcome: str = "ok",
    db: str | os.PathLike[str] | None = None,
    con: sqlite3.Connection | None = None,
) -> None:
    """Add one line; ``con`` writes it inside a caller's transaction (a user change and
    its line commit together)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action}")
    text = detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
    row = (
        dt.datetime.now().isoformat(timespec="seconds"),
        actor or "-",
        action,
        target,
        text,
        origin,
        outcome,
    )
    sql = "INSERT INTO audit (at, actor, action, target, detail, origin, outcome) VALUES (?,?,?,?,?,?,?)"
    if con is not None:
        con.execute(sql, row)
        return
    with store.connect(db) as c:
        c.execute(sql, row)


def entries(
    db: str | os.PathLike[str] | None = None,
    actor: str | None = None,
    action: str | None = None,
    since: dt.date | None = None,
    limit: int = 5000,
) -> list[dict]:
    """Newest first."""
    where, params = ["1=1"], []
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if action:
        where.append("action = ?")
        params.append(action)
    if since:
        where.append("at >= ?")
        params.append(since.isoformat())
    with store.connect(db, write=False) as c:
        rows = c.execute(
            f"SELECT * FROM audit WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
    return [dict(r) for r in rows]
