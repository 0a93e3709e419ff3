"""Local accounts: argon2id password hashes, roles, units, lock-out after failed sign-ins.

Every change is written with its audit line in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from etl import config
from etl.access import audit, store
from etl.access.restrict import Restriction
from etl.access.roles import ROLES, Role
from etl.access.units import UnitFormError, UnitRef, checked, parse, reference_keys

MAX_FAILED = 5  # failed sign-ins in a row before the account is locked
LOCK_SECONDS = 15 * 60
MIN_PASSWORD = 8
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_HASHER = PasswordHasher()  # argon2id with the library's current parameters

DB = str | os.PathLike[str] | None


class AccountError(ValueError):
    """A refused account change or sign-in; the message is Vietnamese and says why."""


@dataclass(frozen=True)
class User:
    username: str
    role: str
    units: tuple[UnitRef, ...]
    email: str | None = None
    disabled: bool = False
    locked_until: float | None = None
    has_password: bool = True

    @property
    def rights(self) -> Role:
        return ROLES[self.role]

    @property
    def scope(self) -> tuple[UnitRef, ...] | None:
        """The units this user reads and changes; None: every unit."""
        return None if self.rights.admin else self.units

    @property
    def restriction(self) -> Restriction:
        """What this user reads: its units, and personal data by role or setting."""
        return Restriction(self.scope, self.rights.personal or config.show_personal())

    def locked(self, now: float | None = None) -> bool:
        return bool(self.locked_until and self.locked_until > (now or time.time()))

    def as_json(self) -> dict:
        return {
            "username": self.username,
            "role": self.role,
            "units": [str(u) for u in self.units],
            "email": self.email,
            "disabled": self.disabled,
            "locked": self.locked(),
            "has_password": self.has_password,
        }


def _user(row) -> User:
    return User(
        row["username"],
        row["role"],
        tuple(parse(u) for u in row["units"].split()),
        row["email"],
        bool(row["disabled"]),
        row["locked_until"],
        row["password_hash"] is not None,
    )


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự.")


def _units(role: str, units: list[str]) -> str:
    if role not in ROLES:
        raise AccountError(f"Vai trò '{role}' không có; chọn một trong: {', '.join(ROLES)}.")
    if ROLES[role].needs_units and not units:
        raise AccountError(f"Vai trò {role} cần ít nhất một --unit (đơn vị được xem).")
    try:
        known = reference_keys()
        return " ".join(sorted({str(checked(u, known)) for u in units}))
    except UnitFormError as exc:
        raise AccountError(str(exc)) from None


def any_users(db: DB = None) -> bool:
    """Whether sign-in is on: once one account exists, every page asks for it."""
    if not store.exists(db):
        return False
    with store.connect(db, write=False) as con:
        return con.execute("SELECT count(*) FROM users").fetchone()[0] > 0


def get(username: str, db: DB = None) -> User | None:
    with store.connect(db, write=False) as con:
        row = con.execute("SELECT * FROM users WHERE username = ?", [username]).fetchone()
    return _user(row) if row else None


def by_identity(identity: str, db: DB = None) -> User | None:
    """The account linked to a single sign-on e-mail or subject (case-insensitive)."""
    if not identity:
        return None
    with store.connect(db, write=False) as con:
        row = con.execute(
            "SELECT * FROM users WHERE lower(email) = lower(?)", [identity]
        ).fetchone()
    return _user(row) if row else None


def listing(db: DB = None) -> list[User]:
    with store.connect(db, write=False) as con:
        return [_user(r) for r in con.execute("SELECT * FROM users ORDER BY username")]


def add(
    username: str,
    role: str,
    units: list[str],
    password: str | None,
    email: str | None = None,
    actor: str = "",
    origin: str = "",
    db: DB = None,
) -> User:
    """A new account; ``password`` None makes a single sign-on-only one (needs email)."""
    if not _NAME.match(username):
        raise AccountError(
            f"Tên đăng nhập '{username}' không hợp lệ: 2–64 ký tự thường không dấu, số, "
            "dấu chấm, gạch dưới hoặc gạch nối."
        )
    written = _units(role, units)
    if password is None and not email:
        raise AccountError("Tài khoản cần mật khẩu hoặc --email để đăng nhập một lần (SSO).")
    if password is not None:
        check_password(password)
    hashed = _HASHER.hash(password) if password is not None else None
    with store.connect(db) as con:
        if con.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone():
            raise AccountError(f"Tài khoản '{username}' đã có; sửa bằng `users set`.")
        if (
            email
            and con.execute("SELECT 1 FROM users WHERE lower(email) = lower(?)", [email]).fetchone()
        ):
            raise AccountError(f"Địa chỉ {email} đã gắn với một tài khoản khác.")
        con.execute(
            "INSERT INTO users (username, role, units, email, password_hash, created_at, "
            "changed_at) VALUES (?,?,?,?,?,?,?)",
            [username, role, written, email, hashed, _now(), _now()],
        )
        audit.log(
            "user_add",
            actor,
            username,
            {"role": role, "units": written, "email": email},
            origin,
            con=con,
        )
    return get(username, db)  # type: ignore[return-value]


def _change(
    username: str,
    sql: str,
    params: list,
    action: str,
    detail: dict,
    actor: str,
    origin: str,
    db: DB,
) -> User:
    with store.connect(db) as con:
        if not con.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone():
            raise AccountError(f"Không có tài khoản '{username}'.")
        con.execute(
            f"UPDATE users SET {sql}, changed_at = ? WHERE username = ?",
            [*params, _now(), username],
        )
        audit.log(action, actor, username, detail, origin, con=con)
    return get(username, db)  # type: ignore[return-value]


def set_(
    username: str,
    role: str | None = None,
    units: list[str] | None = None,
    email: str | None = None,
    actor: str = "",
    origin: str = "",
    db: DB = None,
) -> User:
    """Change the role, the units (all replaced) or the linked e-mail."""
    current = get(username, db)
    if current is None:
        raise AccountError(f"Không có tài khoản '{username}'.")
    new_role = role or current.role
    written = _units(new_role, units if units is not None else [str(u) for u in current.units])
    return _change(
        username,
        "role = ?, units = ?, email = coalesce(?, email)",
        [new_role, written, email],
        "user_set",
        {"role": new_role, "units": written, **({"email": email} if email else {})},
        actor,
        origin,
        db,
    )


def disable(username: str, actor: str = "", origin: str = "", db: DB = None) -> User:
    return _change(username, "disabled = 1", [], "user_disable", {}, actor, origin, db)


def enable(username: str, actor: str = "", origin: str = "", db: DB = None) -> User:
    """Enable, and unlock after failed sign-ins."""
    return _change(
        username,
        "disabled = 0, failed = 0, locked_until = NULL",
        [],
        "user_enable",
        {},
        actor,
        origin,
        db,
    )


def passwd(username: str, password: str, actor: str = "", origin: str = "", db: DB = None) -> User:
    check_password(password)
    return _change(
        username,
        "password_hash = ?, failed = 0, locked_until = NULL",
        [_HASHER.hash(password)],
        "user_passwd",
        {},
        actor,
        origin,
        db,
    )


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the user, or a message and how long to wait before
    saying it (failed attempts are slowed down, more after each one)."""

    user: User | None
    message: str = ""
    delay: float = 0.0


def delay_after(failed: int) -> float:
    """Seconds to wait before answering the ``failed``-th failed attempt in a row."""
    return min(0.5 * 2 ** max(failed - 1, 0), 8.0)


def sign_in(username: str, password: str, origin: str = "", db: DB = None) -> SignIn:
    """Check a password; count failures, lock after :data:`MAX_FAILED`, log every try."""
    name = username.strip().lower()
    wrong = "Tên đăng nhập hoặc mật khẩu không đúng."
    with store.connect(db) as con:
        row = con.execute("SELECT * FROM users WHERE username = ?", [name]).fetchone()
        if row is None:
            audit.log(
                "sign_in_failed", name[:64], name[:64], "no such user", origin, "refused", con=con
            )
            return SignIn(None, wrong, delay_after(1))
        user = _user(row)
        if user.locked():
            until = dt.datetime.fromtimestamp(user.locked_until or 0).strftime("%H:%M")
            audit.log("sign_in_failed", name, name, "locked", origin, "refused", con=con)
            return SignIn(
                None,
                f"Tài khoản '{name}' đang bị khóa đến {until} vì đăng nhập sai nhiều lần. "
                "Thử lại sau, hoặc nhờ quản trị viên mở khóa (`python -m etl users enable`).",
                delay_after(row["failed"]),
            )
        ok = False
        if row["password_hash"]:
            try:
                ok = _HASHER.verify(row["password_hash"], password)
            except (VerificationError, InvalidHashError):
                ok = False
        if not ok:
            failed = row["failed"] + 1
            locked = time.time() + LOCK_SECONDS if failed >= MAX_FAILED else None
            con.execute(
                "UPDATE users SET failed = ?, locked_until = ? WHERE username = ?",
                [failed, locked, name],
            )
            audit.log(
                "sign_in_failed",
                name,
                name,
                f"wrong password ({failed})",
                origin,
                "refused",
                con=con,
            )
            message = wrong
            if locked:
                message += (
                    f" Tài khoản '{name}' đã bị khóa {LOCK_SECONDS // 60} phút vì sai "
                    f"{failed} lần liền."
                )
            return SignIn(None, message, delay_after(failed))
        if user.disabled:
            audit.log("sign_in_failed", name, name, "disabled", origin, "refused", con=con)
            return SignIn(None, f"Tài khoản '{name}' đã bị vô hiệu hóa.", delay_after(1))
        if _HASHER.check_needs_rehash(row["password_hash"]):
            con.execute(
                "UPDATE users SET password_hash = ? WHERE username = ?",
                [_HASHER.hash(password), name],
            )
        con.execute("UPDATE users SET failed = 0, locked_until = NULL WHERE username = ?", [name])
        audit.log("sign_in", name, name, "password", origin, con=con)
    return SignIn(user)


def sign_in_sso(identity: str, origin: str = "", db: DB = None) -> SignIn:
    """A user who came back from the OpenID provider: the account linked to the e-mail or
    subject, if it is enabled."""
    user = by_identity(identity, db)
    if user is None or user.disabled:
        why = "chưa được cấp quyền" if user is None else "đã bị vô hiệu hóa"
        audit.log("sign_in_failed", identity[:64], identity[:64], "sso", origin, "refused", db=db)
        return SignIn(
            None,
            f"Tài khoản {identity} {why} trong tiendo. Nhờ quản trị viên thêm bằng "
            f"`python -m etl users add … --email {identity}`.",
        )
    audit.log("sign_in", user.username, user.username, "sso", origin, db=db)
    return SignIn(user)
