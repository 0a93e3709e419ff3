"""Single sign-on for real: a real Chromium, a real ``streamlit run`` with Streamlit's
``[auth]`` secrets, and a small OpenID Connect provider on loopback (tests/oidc_provider.py)
that signs in whoever the test says. Accounts are made with the real ``users`` command.

One server and one provider for the module; each test has its own browser context
(its own cookies), so one reader's sign-in never carries over to the next test.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.browser_marks import BROWSER_MARKS
from tests.conftest import etl_cli
from tests.oidc_provider import Provider

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_MS = 60_000
SHOWN_MS = 15_000  # for what must already be on a page whose script has finished
CV_EMAIL = "cv@so-noi-vu.test"
OFF_EMAIL = "nghi@so-noi-vu.test"  # an account that is disabled
PASSWORD = "mat-khau-du-dai"

pytestmark = BROWSER_MARKS


def users(db: Path, *args: str, stdin: str | None = None) -> None:
    """``python -m etl users …`` as an administrator runs it."""
    done = etl_cli("users", *args, "--db", str(db), stdin=stdin)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory, demo_db) -> Path:
    """A copy of the demo with a password account (so sign-in is on), the SSO-only
    analyst of district 384, and a disabled SSO account."""
    db = tmp_path_factory.mktemp("sso") / "warehouse.duckdb"
    shutil.copy(demo_db, db)
    users(db, "add", "quantri", "--role", "quan_tri", "--password-stdin", stdin=PASSWORD + "\n")
    users(db, "add", "cv", "--role", "chuyen_vien", "--unit", "384", "--email", CV_EMAIL,
          "--no-password")  # fmt: skip
    users(db, "add", "nghi", "--role", "chuyen_vien", "--unit", "385", "--email", OFF_EMAIL,
          "--no-password")  # fmt: skip
    users(db, "disable", "nghi")
    return db


@pytest.fixture(scope="module")
def idp():
    with Provider(redirect_uris=[]) as provider:
        yield provider


@pytest.fixture(scope="module")
def server(tmp_path_factory, warehouse, idp):
    """``streamlit run`` as the report command starts it, with ``[auth]`` secrets that
    point at the provider. ``{port}`` is Streamlit's own placeholder for its port."""
    from dashboard.report.capture import app_server

    path = tmp_path_factory.mktemp("secrets") / "secrets.toml"
    path.write_text(
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        f'client_id = "{idp.client_id}"\n'
        f'client_secret = "{idp.client_secret}"\n'
        f'server_metadata_url = "{idp.discovery_url}"\n',
        encoding="utf-8",
    )
    with contextlib.ExitStack() as stack:
        with pytest.MonkeyPatch.context() as env:  # only for the server's start
            env.setenv("STREAMLIT_SECRETS_FILES", str(path))
            url = stack.enter_context(app_server(warehouse))
        idp.redirect_uris.append(f"{url}/oauth2callback")
        yield url


@pytest.fixture
def page(browser):
    """A fresh browser context: no cookie from another test's sign-in."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == []


def _finished(page) -> None:
    """The script has run to its end, and stayed so for a moment (reruns come in bursts)."""
    idle = """() => !document.querySelector('[data-testid="stStatusWidget"]') &&
        (document.querySelector('[data-testid="stApp"]') || {getAttribute: () => ''})
            .getAttribute('data-test-script-state') === 'notRunning'"""
    for _ in range(2):
        page.wait_for_function(idle, timeout=TIMEOUT_MS)
        page.wait_for_timeout(500)
    page.wait_for_function(idle, timeout=TIMEOUT_MS)


def _no_exception(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0


def _sso_button(page):
    return page.get_by_role("button", name="Đăng nhập một lần (SSO)")


def _the_form_only(page) -> None:
    """The sign-in form, and nothing of the dashboard: no menu, no filters, no data."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
    _finished(page)
    _sso_button(page).wait_for(timeout=SHOWN_MS)
    assert page.get_by_label("Tên đăng nhập").count() == 1
    assert page.get_by_label("Mật khẩu").count() == 1
    assert page.get_by_role("button", name="Đăng nhập", exact=True).count() == 1
    assert page.locator('[data-testid="stSidebarNav"]').count() == 0
    assert page.locator('[data-testid="stSidebar"]').count() == 0
    assert page.locator('[data-testid="stMetric"], .js-plotly-plot').count() == 0
    _no_exception(page)


def _through_the_provider(page, idp, user: dict) -> None:
    """Click the SSO button; the provider signs in ``user`` and sends the browser back.
    One navigation: /auth/login → the provider's /authorize → /oauth2callback → the app."""
    idp.next_user = user
    before = len(idp.seen("token"))
    with page.expect_navigation(url=_back_in_the_app, timeout=TIMEOUT_MS):
        _sso_button(page).click()
    assert len(idp.seen("token")) == before + 1, "Streamlit did not exchange the code"
    page.wait_for_selector('[data-testid="stApp"]', timeout=TIMEOUT_MS)
    _finished(page)


def _back_in_the_app(url: str) -> bool:
    return "/auth/" not in url and "/oauth2callback" not in url


def _audit(db: Path, **filters) -> list[dict]:
    from etl.access import audit

    return audit.entries(db=db, **filters)


def test_every_page_shows_only_the_sign_in_form(server, page):
    page.goto(server, wait_until="networkidle")
    _the_form_only(page)
    page.goto(f"{server}/can-bo", wait_until="networkidle")
    _the_form_only(page)


def test_single_sign_on_as_the_analyst_of_one_district(server, page, idp, warehouse):
    signed_in_before = len(_audit(warehouse, actor="cv", action="sign_in"))
    page.goto(server, wait_until="networkidle")
    _the_form_only(page)
    _through_the_provider(page, idp, {"sub": "cv-0001", "email": CV_EMAIL, "name": "Chuyên viên"})

    # what Streamlit asked the provider: the code flow, with a nonce and PKCE (S256)
    asked = idp.seen("authorize")[-1]
    assert asked["response_type"] == "code" and "openid" in asked["scope"].split()
    assert asked["nonce"] and asked["state"] and asked["code_challenge_method"] == "S256"
    assert idp.seen("token")[-1]["code_verifier"]

    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Đăng nhập: cv · Chuyên viên").wait_for(timeout=SHOWN_MS)
    assert "Đơn vị được xem: 384" in sidebar.inner_text()
    assert _sso_button(page).count() == 0
    _no_exception(page)
    lines = _audit(warehouse, actor="cv", action="sign_in")
    assert len(lines) > signed_in_before
    assert (lines[0]["target"], lines[0]["detail"], lines[0]["outcome"]) == ("cv", "sso", "ok")

    # The Cán bộ page by its address: a new session, which the identity cookie signs in
    inside = _district_384(warehouse)
    page.goto(f"{server}/can-bo", wait_until="networkidle")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=TIMEOUT_MS)
    _finished(page)
    assert page.url.split("?")[0].endswith("/can-bo")
    assert "Đăng nhập: cv · Chuyên viên" in sidebar.inner_text()
    total = page.locator('[data-testid="stMetric"]').filter(has_text="Số cán bộ").first
    assert total.locator('[data-testid="stMetricValue"]').inner_text() == str(inside["officers"])
    assert _options(page, "Đơn vị") == ["Tất cả đơn vị", *inside["provinces"]]
    _choose(page, "Đơn vị", inside["provinces"][0])
    assert _options(page, "Huyện") == ["Cả tỉnh", *inside["districts"]]
    _no_exception(page)

    # Signing out returns to the form, and the next visit is not signed in either
    _sign_out(page, sidebar)
    _the_form_only(page)
    page.goto(server, wait_until="networkidle")
    _the_form_only(page)
    assert _audit(warehouse, actor="cv", action="sign_out")


def _district_384(db: Path) -> dict:
    """What district 384 holds, read from the warehouse directly under the same
    restriction; checked to be less than the whole, so the page's match means something."""
    from dashboard.queries import filters as fq
    from etl.access.restrict import restrict
    from etl.access.units import parse

    con = duckdb.connect(str(db), read_only=True)
    try:
        every_province = fq.provinces_with_data(con, False)
        (every_officer,) = con.execute("SELECT count(*) FROM officers").fetchone()
        restrict(con, (parse("384"),), False)
        provinces = fq.provinces_with_data(con, False)
        districts = fq.districts_with_data(con, "legacy", "38")
        (officers,) = con.execute("SELECT count(*) FROM officers").fetchone()
    finally:
        con.close()
    assert list(provinces.code) == ["38"] and len(every_province) > len(provinces)
    assert list(districts.code) == ["384"]
    assert 0 < officers < every_officer
    return {
        "provinces": list(provinces.name),
        "districts": list(districts.name),
        "officers": officers,
    }


@pytest.mark.parametrize(
    ("email", "why"),
    [("la@noi-khac.test", "chưa được cấp quyền"), (OFF_EMAIL, "đã bị vô hiệu hóa")],
    ids=["unknown", "disabled"],
)
def test_a_sign_on_without_an_enabled_account_is_refused(server, page, idp, warehouse, email, why):
    failed_before = len(_audit(warehouse, action="sign_in_failed"))
    page.goto(server, wait_until="networkidle")
    _the_form_only(page)
    _through_the_provider(page, idp, {"sub": f"sub-{email}", "email": email})
    _refused(page, email, why)
    lines = _audit(warehouse, action="sign_in_failed")
    assert len(lines) > failed_before
    assert (lines[0]["actor"], lines[0]["detail"], lines[0]["outcome"]) == (
        email,
        "sso",
        "refused",
    )
    assert not _audit(warehouse, action="sign_in", actor=email)

    page.goto(f"{server}/can-bo", wait_until="networkidle")  # no page by its address either
    _finished(page)
    _refused(page, email, why)

    # Its way out: the identity cookie is dropped, and the form is back
    _sign_out(page, page.locator('[data-testid="stMain"]'))
    _the_form_only(page)
    page.goto(server, wait_until="networkidle")
    _the_form_only(page)


def _sign_out(page, where) -> None:
    """Click "Đăng xuất": Streamlit's st.logout sends the browser to /auth/logout, which
    drops the identity cookie and comes back to the app."""
    with (
        page.expect_navigation(url=_back_in_the_app, timeout=TIMEOUT_MS),
        page.expect_request(lambda r: "/auth/logout" in r.url, timeout=SHOWN_MS),
    ):
        where.get_by_role("button", name="Đăng xuất").click()


def _refused(page, email: str, why: str) -> None:
    """The refusal, naming the address and why, and nothing of the dashboard."""
    refusal = page.locator('[data-testid="stAlertContentError"]')
    refusal.first.wait_for(timeout=SHOWN_MS)
    assert why in refusal.first.inner_text() and email in refusal.first.inner_text()
    assert page.locator('[data-testid="stSidebar"]').count() == 0
    assert page.locator('[data-testid="stMetric"], .js-plotly-plot').count() == 0
    assert page.get_by_label("Mật khẩu").count() == 0
    _no_exception(page)


def _options(page, label: str) -> list[str]:
    """What a sidebar drop-down offers, as its reader sees it."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
        has_text=label
    )
    # the sidebar is taller than the window: a drop-down at its very bottom edge takes
    # the click (focus) but opens no list, so it is brought into view first
    box.first.scroll_into_view_if_needed()
    box.first.click()
    options = page.get_by_role("option")
    options.first.wait_for(timeout=TIMEOUT_MS)
    texts = [t.strip() for t in options.all_inner_texts()]
    page.keyboard.press("Escape")
    return texts


def _choose(page, label: str, option: str) -> None:
    box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
        has_text=label
    )
    box.first.scroll_into_view_if_needed()
    box.first.click()
    page.get_by_role("option", name=option, exact=True).click()
    _finished(page)
