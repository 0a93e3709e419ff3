"""The sign-in gate and the roles, through the real app script (AppTest)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import serve
from dashboard.i18n import t
from dashboard.pages import PAGES
from etl.access import accounts, audit
from etl.access.restrict import restrict
from etl.access.units import parse
from tests.measure import record

HERE = Path(__file__).resolve().parent.parent / "dashboard"
APP = str(HERE / "app.py")
PW = "mat-khau-dai-12"


@pytest.fixture
def signed(demo_copy, monkeypatch) -> Path:
    """The demo warehouse with one account of each role."""
    monkeypatch.setenv("TIENDO_DB", str(demo_copy))
    accounts.add("cv", "chuyen_vien", ["384"], PW, db=demo_copy)
    accounts.add("ld", "lanh_dao", ["38"], PW, db=demo_copy)
    accounts.add("qt", "quan_tri", [], PW, db=demo_copy)
    return demo_copy


def texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.markdown, *at.caption, *at.info, *at.warning, *at.error)]
    return "\n".join(str(p) for p in parts)


def blank(value: object) -> bool:
    return bool(pd.isna(value)) or str(value) in {"", "—", "None"}


def sign_in(at: AppTest, name: str, password: str = PW) -> AppTest:
    at.text_input(key="sign_in_name").set_value(name)
    at.text_input(key="sign_in_pw").set_value(password)
    return at.button[0].click().run()


def only_the_form(at: AppTest) -> None:
    assert [x.value for x in at.title] == ["Đăng nhập"]
    assert [x.label for x in at.text_input] == ["Tên đăng nhập", "Mật khẩu"]
    assert [b.label for b in at.button] == ["Đăng nhập"]
    assert not at.metric and not at.dataframe and not at.sidebar.selectbox
    assert not at.exception


def test_with_no_accounts_the_app_is_open_and_says_so(demo_copy, monkeypatch):
    monkeypatch.setenv("TIENDO_DB", str(demo_copy))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert "Chưa có tài khoản nào" in texts(at) and "127.0.0.1" in texts(at)
    assert at.metric  # the data, as before


def test_someone_without_an_account_sees_only_the_form_on_every_page(signed):
    at = AppTest.from_file(APP, default_timeout=120).run()
    only_the_form(at)
    for page in PAGES:
        at.switch_page(f"app_pages/{page.script}").run()
        only_the_form(at)
    record("access", "Mở trang khi chưa đăng nhập", len(PAGES) + 1)


def test_a_wrong_password_then_a_locked_account_say_so(signed):
    at = AppTest.from_file(APP, default_timeout=120).run()
    sign_in(at, "cv", "sai-mat-khau")
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in texts(at)
    only_the_form(at)
    for _ in range(accounts.MAX_FAILED):  # (straight to the accounts: no waiting here)
        accounts.sign_in("cv", "sai-mat-khau", db=signed)
    sign_in(at, "cv", PW)
    assert "đang bị khóa" in texts(at)
    only_the_form(at)
    failed = [e for e in audit.entries(signed) if e["action"] == "sign_in_failed"]
    assert len(failed) == accounts.MAX_FAILED + 2


def test_signing_in_and_out(signed):
    at = sign_in(AppTest.from_file(APP, default_timeout=120).run(), "cv")
    assert not at.exception
    assert at.title[0].value == t("overview_title")
    assert "Đăng nhập: **cv** · Chuyên viên" in [m.value for m in at.sidebar.markdown]
    assert "Đơn vị được xem: 384" in [c.value for c in at.sidebar.caption]
    at.sidebar.button(key="sign_out").click().run()
    only_the_form(at)
    actions = [e["action"] for e in audit.entries(signed)]
    assert actions[:2] == ["sign_out", "sign_in"]


def test_an_analyst_sees_only_its_district_whatever_the_address_asks(signed):
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["unit"] = "legacy:04"  # Cao Bằng, someone else's
    at.run()
    sign_in(at, "cv")
    at.switch_page("app_pages/officers.py").run()
    assert not at.exception and not at.error
    with duckdb.connect(str(signed), read_only=True) as con:
        restrict(con, (parse("384"),), True)
        (n,) = con.execute("SELECT count(*) FROM officers").fetchone()
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics[t("officers_total")].replace(".", "")) == n > 0
    assert "legacy:04" not in at.sidebar.selectbox(key="unit").options
    record("access", "Tham số URL của đơn vị khác", 1)


def test_a_leader_sees_rosters_without_birth_dates_and_cannot_upload(signed):
    at = sign_in(AppTest.from_file(APP, default_timeout=120).run(), "ld")
    at.switch_page("app_pages/officers.py").run()
    assert not at.exception
    assert t("personal_hidden") in texts(at)
    birth = t("birth_year")
    roster = next(d.value for d in at.dataframe if birth in d.value.columns)
    assert len(roster) > 0 and all(blank(v) for v in roster[birth])
    admin = sign_in(AppTest.from_file(APP, default_timeout=120).run(), "qt")
    admin.switch_page("app_pages/officers.py").run()
    shown = next(d.value for d in admin.dataframe if birth in d.value.columns)
    assert not all(blank(v) for v in shown[birth])  # they are there
    # the upload desk and the audit log refuse a leader even when reached directly
    for script in ("upload.py", "audit.py"):
        page = AppTest.from_file(str(HERE / "app_pages" / script), default_timeout=120)
        page.session_state["_signed_in"] = "ld"
        page.run()
        assert t("no_right") in [e.value for e in page.error]
        assert not page.text_input and not page.dataframe  # stopped before anything else
    record("access", "Lãnh đạo mở trang tải lên, nhật ký", 2)


def test_the_audit_log_page_is_for_administrators(signed):
    at = sign_in(AppTest.from_file(APP, default_timeout=120).run(), "qt")
    at.switch_page("app_pages/audit.py").run()
    assert not at.exception and not at.error
    log = at.dataframe[0].value
    assert {"Người", "Việc", "Từ đâu"} <= set(log.columns)
    assert "Đăng nhập" in set(log["Việc"]) and "Thêm tài khoản" in set(log["Việc"])
    analyst = AppTest.from_file(str(HERE / "app_pages" / "audit.py"), default_timeout=120)
    analyst.session_state["_signed_in"] = "cv"
    analyst.run()
    assert t("no_right") in [e.value for e in analyst.error] and not analyst.dataframe


def test_a_disabled_account_is_signed_out_at_once(signed):
    at = sign_in(AppTest.from_file(APP, default_timeout=120).run(), "cv")
    assert at.metric
    accounts.disable("cv", db=signed)
    at.run()
    only_the_form(at)


def test_listening_beyond_this_machine_needs_accounts(demo_copy, monkeypatch):
    monkeypatch.delenv("TIENDO_LISTEN", raising=False)
    assert "127.0.0.1" in serve.command(str(demo_copy), 8501)
    assert serve.check(str(demo_copy)) is None  # this machine only: open, with a banner
    monkeypatch.setenv("TIENDO_LISTEN", "0.0.0.0")
    assert "0.0.0.0" in serve.command(str(demo_copy), 8501)
    assert "chưa có tài khoản" in serve.check(str(demo_copy))
    accounts.add("qt", "quan_tri", [], PW, db=demo_copy)
    assert serve.check(str(demo_copy)) is None
    command = serve.command(str(demo_copy), 8501)
    assert command[command.index("--server.enableXsrfProtection") + 1] == "true"
