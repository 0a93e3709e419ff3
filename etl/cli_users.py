"""``python -m etl users``: accounts for the dashboard's sign-in.

Whoever runs ``python -m etl`` can read the warehouse file, so is an administrator: these
commands need no sign-in, and each change is written to the audit log under the machine's
account name.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable

from etl import config
from etl.access import accounts, audit
from etl.access.roles import ROLES

EXIT_OK, EXIT_REFUSED = 0, 1


def register(sub, db_arg: Callable[[argparse.ArgumentParser], None]) -> dict[str, Callable]:
    """Add ``users`` and its actions to the parser."""
    p = sub.add_parser("users", help="tài khoản đăng nhập bảng điều khiển")
    usub = p.add_subparsers(dest="action", required=True, metavar="VIỆC")

    def unit_arg(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--unit",
            action="append",
            default=None,
            metavar="UNIT",
            help="đơn vị được xem, lặp lại được: 38 (tỉnh trước 1/7/2025), 384 (huyện), "
            "2025:38 (tỉnh từ 1/7/2025); bỏ trống chỉ với quan_tri (mọi đơn vị)",
        )

    q = usub.add_parser("add", help="thêm tài khoản")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--role", required=True, choices=list(ROLES), help="vai trò")
    unit_arg(q)
    q.add_argument("--email", help="địa chỉ e-mail (hoặc subject) đăng nhập một lần (SSO)")
    q.add_argument(
        "--password-stdin", action="store_true", help="đọc mật khẩu từ dòng đầu của stdin"
    )
    q.add_argument("--no-password", action="store_true", help="chỉ đăng nhập một lần (SSO)")
    db_arg(q)

    q = usub.add_parser("set", help="đổi vai trò, đơn vị hoặc e-mail của tài khoản")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--role", choices=list(ROLES), help="vai trò mới")
    unit_arg(q)
    q.add_argument("--email", help="địa chỉ e-mail (hoặc subject) đăng nhập một lần")
    db_arg(q)

    for action, text in (
        ("disable", "vô hiệu hóa tài khoản"),
        ("enable", "bật lại tài khoản (và mở khóa sau nhiều lần đăng nhập sai)"),
        ("passwd", "đặt mật khẩu mới"),
    ):
        q = usub.add_parser(action, help=text)
        q.add_argument("username", metavar="USERNAME")
        if action == "passwd":
            q.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ stdin")
        db_arg(q)

    q = usub.add_parser("list", help="liệt kê các tài khoản")
    q.add_argument("--json", action="store_true", help="in một mảng JSON")
    db_arg(q)
    return {"users": cmd_users}


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Mật khẩu: ")
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise accounts.AccountError("Hai lần nhập mật khẩu không khớp.")
    return first


def _describe(user: accounts.User) -> str:
    units = " ".join(map(str, user.units)) or "mọi đơn vị"
    flags = [
        x
        for x, on in (
            ("vô hiệu hóa", user.disabled),
            ("đang khóa", user.locked()),
            ("chỉ SSO", not user.has_password),
        )
        if on
    ]
    email = f" <{user.email}>" if user.email else ""
    extra = f" ({', '.join(flags)})" if flags else ""
    return f"{user.username}{email}: {user.role}, {units}{extra}"


def cmd_users(args: argparse.Namespace) -> int:
    who, origin = config.current_user(), audit.cli_origin()
    try:
        if args.action == "list":
            users = accounts.listing(args.db)
            if args.json:
                print(json.dumps([u.as_json() for u in users], ensure_ascii=False))
            elif not users:
                print("Chưa có tài khoản nào: bảng điều khiển mở cho mọi người xem được.")
            for u in [] if args.json else users:
                print(_describe(u))
            return EXIT_OK
        if args.action == "add":
            password = None if args.no_password else _password(args.password_stdin)
            user = accounts.add(
                args.username,
                args.role,
                args.unit or [],
                password,
                args.email,
                who,
                origin,
                args.db,
            )
            print(f"Đã thêm tài khoản {_describe(user)}")
        elif args.action == "set":
            user = accounts.set_(
                args.username, args.role, args.unit, args.email, who, origin, args.db
            )
            print(f"Đã sửa tài khoản {_describe(user)}")
        elif args.action == "disable":
            user = accounts.disable(args.username, who, origin, args.db)
            print(f"Đã vô hiệu hóa tài khoản {user.username}.")
        elif args.action == "enable":
            user = accounts.enable(args.username, who, origin, args.db)
            print(f"Đã bật lại (và mở khóa) tài khoản {user.username}.")
        elif args.action == "passwd":
            if accounts.get(args.username, args.db) is None:
                raise accounts.AccountError(f"Không có tài khoản '{args.username}'.")
            user = accounts.passwd(
                args.username, _password(args.password_stdin), who, origin, args.db
            )
            print(f"Đã đặt mật khẩu mới cho {user.username}.")
    except accounts.AccountError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK
