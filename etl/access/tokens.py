"""Short-lived signed tokens: how the report command's own headless browser signs in as
a named user without ever holding a password.

A token is ``username.expiry.signature``, HMAC-SHA256 under a random secret kept in the
access file (readable only by its owner, who is an administrator anyway). It cannot be
forged without the file and stops working after a few minutes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time

from etl.access import store

LIFETIME = 15 * 60


def _secret(db: str | os.PathLike[str] | None) -> bytes:
    with store.connect(db) as con:
        row = con.execute("SELECT value FROM secrets WHERE name = 'token'").fetchone()
        if row:
            return bytes(row[0])
        value = secrets.token_bytes(32)
        con.execute("INSERT INTO secrets VALUES ('token', ?)", [value])
        return value


def _sign(payload: str, key: bytes) -> str:
    mac = hmac.new(key, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def issue(username: str, lifetime: int = LIFETIME, db: str | os.PathLike[str] | None = None) -> str:
    payload = f"{username}.{int(time.time()) + lifetime}"
    return f"{payload}.{_sign(payload, _secret(db))}"


def verify(token: str, db: str | os.PathLike[str] | None = None) -> str | None:
    """The username a valid, unexpired token was issued for; else None."""
    try:
        username, expiry, signature = token.rsplit(".", 2)
        if int(expiry) < time.time():
            return None
    except ValueError:
        return None
    expected = _sign(f"{username}.{expiry}", _secret(db))
    return username if hmac.compare_digest(expected, signature) else None
