"""Accounts, sign-in, tokens and the audit log (etl.access), and the `users` command."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from etl import cli
from etl.access import accounts, audit, store, tokens
from etl.access.units import NEW, UnitFormError, UnitRef, parse
from tests.conftest import etl_cli, officer
from tests.measure import record

ROOT = Path(__file__).resolve().parent.parent
PW = "mat-khau-dai-12"


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "warehouse.duckdb"  # the access file sits beside it, made on demand


def users(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """The real command, in its own process."""
    return etl_cli("users", *args, "--db", str(db), stdin=stdin)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("38", UnitRef("legacy", "province", "38")),
        ("384", UnitRef("legacy", "district", "384")),
        ("14848", UnitRef("legacy", "commune", "14848")),
        ("2025:38", UnitRef(NEW, "province", "38")),
        (" 01 ", UnitRef("legacy", "province", "01")),
    ],
)
def test_units_are_written_as_the_report_writes_them(text, unit):
    assert parse(text) == unit
    assert parse(str(unit)) == unit  # written back the same way


@pytest.mark.parametrize("text", ["", "3", "3845", "2025:384", "legacy:38", "38a", "2024:38"])
def test_a_unit_in_another_form_is_refused_in_vietnamese(text):
    with pytest.raises(UnitFormError, match=r"Đơn vị|cấp huyện"):
        parse(text)


def test_the_users_command_end_to_end(db):
    done = users(db, "add", "cv_muonglat", "--role", "chuyen_vien", "--unit", "384",
                 "--password-stdin", stdin=PW + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "chuyen_vien, 384" in done.stdout
    # the password is prompted for without --password-stdin (no terminal: read from stdin)
    done = users(db, "add", "ld_thanhhoa", "--role", "lanh_dao", "--unit", "38",
                 "--unit", "2025:38", "--email", "ld@thanhhoa.gov.vn",
                 stdin=f"{PW}\n{PW}\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert users(db, "add", "admin", "--role", "quan_tri", "--password-stdin",
                 stdin=PW + "\n").returncode == 0  # fmt: skip

    listed = json.loads(users(db, "list", "--json").stdout)
    assert [u["username"] for u in listed] == ["admin", "cv_muonglat", "ld_thanhhoa"]
    by_name = {u["username"]: u for u in listed}
    assert by_name["ld_thanhhoa"]["units"] == ["2025:38", "38"]
    assert by_name["ld_thanhhoa"]["email"] == "ld@thanhhoa.gov.vn"
    assert by_name["admin"]["units"] == []  # everywhere
    assert all("password" not in k or k == "has_password" for u in listed for k in u)

    assert users(db, "set", "cv_muonglat", "--unit", "385", "--unit", "384").returncode == 0
    assert accounts.get("cv_muonglat", db).units == (parse("384"), parse("385"))
    assert users(db, "set", "cv_muonglat", "--role", "lanh_dao").returncode == 0
    assert accounts.get("cv_muonglat", db).role == "lanh_dao"
    assert users(db, "disable", "cv_muonglat").returncode == 0
    assert accounts.get("cv_muonglat", db).disabled
    assert users(db, "enable", "cv_muonglat").returncode == 0
    assert not accounts.get("cv_muonglat", db).disabled
    assert users(db, "passwd", "cv_muonglat", "--password-stdin",
                 stdin="mat-khau-moi-34\n").returncode == 0  # fmt: skip
    assert accounts.sign_in("cv_muonglat", "mat-khau-moi-34", db=db).user is not None

    # every change is in the audit log, under the machine's account, from the command line
    lines = audit.entries(db)
    done_actions = [e["action"] for e in reversed(lines)]
    for action in ("user_add", "user_set", "user_disable", "user_enable", "user_passwd"):
        assert action in done_actions
    assert all(e["origin"].startswith("cli@") for e in lines if e["action"] != "sign_in")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["add", "x1", "--role", "chuyen_vien", "--password-stdin"], PW, "cần ít nhất một --unit"),
        (
            ["add", "x2", "--role", "lanh_dao", "--unit", "999", "--password-stdin"],
            PW,
            "Không có đơn vị mã 999",
        ),
        (
            ["add", "x3", "--role", "lanh_dao", "--unit", "38/4", "--password-stdin"],
            PW,
            "không đúng dạng",
        ),
        (["add", "Ông Ba", "--role", "quan_tri", "--password-stdin"], PW, "không hợp lệ"),
        (["add", "x4", "--role", "quan_tri", "--password-stdin"], "ngan", "ít nhất 8"),
        (["add", "x5", "--role", "quan_tri"], f"{PW}\nkhac-{PW}\n", "không khớp"),
        (["passwd", "khong_co", "--password-stdin"], PW, "Không có tài khoản"),
        (["disable", "khong_co"], "", "Không có tài khoản"),
    ],
)
def test_a_bad_users_command_says_why_and_changes_nothing(db, args, stdin, message):
    done = users(db, *args, stdin=stdin + "\n")
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not accounts.listing(db)


def test_a_role_must_be_one_of_the_three(db):
    done = users(db, "add", "x", "--role", "admin", "--password-stdin", stdin=PW)
    assert done.returncode == 2 and "lanh_dao" in done.stderr


def test_passwords_are_argon2_hashes_never_the_password(db):
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=db)
    with sqlite3.connect(store.path_for(db)) as con:
        (hashed,) = con.execute("SELECT password_hash FROM users").fetchone()
    assert hashed.startswith("$argon2id$") and PW not in hashed
    assert oct(store.path_for(db).stat().st_mode & 0o777) == "0o600"


def test_failed_sign_ins_are_slowed_then_lock_the_account(db):
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=db)
    delays = []
    for _ in range(accounts.MAX_FAILED):
        result = accounts.sign_in("cv", "sai-mat-khau", "10.0.0.7", db)
        assert result.user is None and "không đúng" in result.message
        delays.append(result.delay)
    assert delays == sorted(delays) and delays[-1] > delays[0]  # each one waits longer
    assert "đã bị khóa" in result.message
    # locked: even the right password is refused, and it says so
    locked = accounts.sign_in("cv", PW, "10.0.0.7", db)
    assert locked.user is None and "đang bị khóa" in locked.message
    # an unknown name answers like a wrong password (no hint that the name exists)
    unknown = accounts.sign_in("khong_co", PW, db=db)
    assert unknown.user is None
    assert unknown.message == "Tên đăng nhập hoặc mật khẩu không đúng."
    # enable unlocks
    accounts.enable("cv", "admin", db=db)
    ok = accounts.sign_in("CV ", PW, "10.0.0.7", db)  # names are not case-sensitive
    assert ok.user is not None and ok.user.username == "cv"
    lines = audit.entries(db)
    failed = [e for e in lines if e["action"] == "sign_in_failed"]
    assert len(failed) == accounts.MAX_FAILED + 2
    assert {e["origin"] for e in failed if e["actor"] == "cv"} == {"10.0.0.7"}
    assert lines[0]["action"] == "sign_in" and lines[0]["outcome"] == "ok"
    record("access", "Đăng nhập sai mật khẩu, tài khoản bị khóa", len(failed))


def test_a_disabled_account_cannot_sign_in(db):
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=db)
    accounts.disable("cv", db=db)
    result = accounts.sign_in("cv", PW, db=db)
    assert result.user is None and "vô hiệu hóa" in result.message
    assert accounts.sign_in_sso("nobody@x.vn", db=db).user is None
    record("access", "Đăng nhập bằng tài khoản bị vô hiệu hóa hoặc chưa cấp", 2)


def test_the_audit_log_is_only_ever_added_to(db):
    audit.log("export", "cv", "Danh sách cán bộ", {"rows": 3}, "10.0.0.7", db=db)
    with sqlite3.connect(store.path_for(db)) as con:
        for sql in (
            "UPDATE audit SET actor = 'someone_else'",
            "DELETE FROM audit",
            "UPDATE audit SET outcome = 'ok' WHERE id = 1",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(sql)
    (line,) = audit.entries(db)
    assert (line["actor"], line["action"], line["target"]) == ("cv", "export", "Danh sách cán bộ")
    assert json.loads(line["detail"]) == {"rows": 3}
    record("access", "Sửa hoặc xóa nhật ký truy cập", 3)


def test_tokens_are_signed_short_lived_and_for_one_user(db):
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=db)
    token = tokens.issue("cv", db=db)
    assert tokens.verify(token, db) == "cv"
    name, expiry, signature = token.rsplit(".", 2)
    forged = [
        f"admin.{expiry}.{signature}",  # another user, same signature
        f"{name}.{int(expiry) + 10**6}.{signature}",  # longer life
        f"{name}.{expiry}.{signature[:-2]}xx",
        "cv",
        "",
    ]
    assert all(tokens.verify(f, db) is None for f in forged)
    assert tokens.verify(tokens.issue("cv", lifetime=-1, db=db), db) is None  # expired
    other = db.with_name("khac.duckdb")
    assert tokens.verify(token, other) is None  # another installation's secret
    record("access", "Mã đăng nhập giả hoặc hết hạn", len(forged) + 2)


def test_signing_in_never_waits_for_the_warehouse_writer(demo_copy):
    """A load holds the warehouse's writer lock; sign-ins and audit lines go on, and the
    warehouse file (the dashboard's cache key) does not change."""
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=demo_copy)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from etl.store import Warehouse\n"
         "with Warehouse(sys.argv[1]).write():\n"
         "    print('held', flush=True); time.sleep(60)",
         str(demo_copy)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        before = os.stat(demo_copy)
        for _ in range(3):
            assert accounts.sign_in("cv", PW, db=demo_copy).user is not None
        audit.log("export", "cv", "x", db=demo_copy)
        assert holder.poll() is None  # the writer still holds its lock: we did not wait
        after = os.stat(demo_copy)
        assert (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)
    finally:
        holder.kill()
        holder.wait()


def test_many_processes_sign_in_at_once(db):
    """Real concurrent processes: every attempt counted, none lost (SQLite's lock)."""
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=db)
    accounts.add("ld", "lanh_dao", ["38"], PW, db=db)
    code = (
        "import sys; from etl.access import accounts\n"
        "for _ in range(3): accounts.sign_in(sys.argv[2], sys.argv[3], db=sys.argv[1])"
    )
    procs = [  # two sign in as cv; two get ld's password wrong (and lock it at the 5th)
        subprocess.Popen([sys.executable, "-c", code, str(db),
                          *(("cv", PW) if i % 2 else ("ld", "sai-mk-99"))], cwd=ROOT)
        for i in range(4)
    ]  # fmt: skip
    assert all(p.wait(timeout=120) == 0 for p in procs)
    lines = audit.entries(db)
    assert sum(e["action"] == "sign_in" for e in lines) == 6
    assert sum(e["action"] == "sign_in_failed" for e in lines) == 6
    assert accounts.get("ld", db).locked()  # five failures in a row, across processes


def test_cli_users_in_process_matches_the_subprocess(db, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(PW + "\n"))
    assert cli.main(["users", "add", "qt", "--role", "quan_tri", "--password-stdin",
                     "--db", str(db)]) == 0  # fmt: skip
    assert cli.main(["users", "list", "--db", str(db)]) == 0
    assert "qt: quan_tri, mọi đơn vị" in capsys.readouterr().out
    assert accounts.any_users(db)


def test_loads_and_rollbacks_from_the_command_line_are_logged(wh, officers_file):
    accounts.add("qt", "quan_tri", [], PW, db=wh.path)
    path = officers_file([officer()])
    assert cli.main(["load", str(path), "--db", str(wh.path), "--quiet"]) == 0
    batch = int(wh.query("SELECT max(batch_id) AS b FROM load_batches").b[0])
    assert cli.main(["rollback", str(batch), "--db", str(wh.path)]) == 0
    rollback, upload = audit.entries(wh.path)[:2]
    assert (upload["action"], upload["target"]) == ("upload", path.name)
    assert json.loads(upload["detail"])["batch"] == batch
    assert (rollback["action"], rollback["target"]) == ("rollback", str(batch))
    assert rollback["origin"].startswith("cli@")
