"""Who is looking: the sign-in form, single sign-on, the report's token, signing out.

Runs in the entry script before anything else. With no accounts the dashboard stays open
as before, with a banner, and only on this machine (TIENDO_LISTEN). Once one account
exists, every page shows only the sign-in form until the reader signs in. The rights
themselves are enforced where data is read (:mod:`etl.access.restrict`, through
:mod:`dashboard.data`), not here.
"""

from __future__ import annotations

import time

import streamlit as st

from dashboard import data
from dashboard.i18n import t
from etl import config
from etl.access import accounts, audit, tokens
from etl.access.accounts import User
from etl.access.restrict import OPEN, Restriction

USER = "_signed_in"  # the username, for this browser tab's session
SSO_TRIED = "_sso_tried"  # the identity single sign-on came back with, once per session
SSO_REFUSED = "_sso_refused"  # why it was refused


def origin() -> str:
    """The reader's address; behind a proxy, the address it forwarded and the proxy's
    (the header can be forged by a client that reaches the app directly)."""
    try:
        forwarded = st.context.headers.get("X-Forwarded-For", "")
        address = st.context.ip_address
    except Exception:  # outside a browser session: no address to record
        return ""
    if address is None:
        address = "127.0.0.1"  # Streamlit gives no address for this machine's own browser
    if not isinstance(address, str):
        return ""  # AppTest: no real connection
    if isinstance(forwarded, str) and forwarded:
        return f"{forwarded.split(',')[0].strip()} (X-Forwarded-For, qua {address})"
    return address


def proxied() -> bool:
    """Whether this request came through a reverse proxy (it says whom it forwarded)."""
    try:
        return bool(st.context.headers.get("X-Forwarded-For"))
    except Exception:  # outside a browser session
        return False


def current() -> User | None:
    """The signed-in user, read afresh: a disabled or changed account takes effect at
    once."""
    name = st.session_state.get(USER)
    if not name:
        return None
    user = accounts.get(name, data.db_path())
    if user is None or user.disabled:
        st.session_state.pop(USER, None)
        return None
    return user


def restriction_of(user: User | None) -> Restriction:
    """What a user may read; None: no accounts, everything as before."""
    return OPEN if user is None else user.restriction


def sso_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file: Streamlit raises rather than answer
        return False


def identify() -> tuple[User | None, bool]:
    """Who is reading, before anything is drawn: the signed-in user (by the session, the
    report's token or single sign-on) and whether the warehouse has accounts at all. Sets
    what :func:`dashboard.data.query` may read this run."""
    db = data.db_path()
    st.session_state[data.RESTRICTION] = Restriction((), False)  # nothing until signed in
    if not accounts.any_users(db):
        st.session_state[data.RESTRICTION] = OPEN
        return None, False
    token = st.query_params.get("token")
    if token:
        _with_token(token)
    if sso_configured() and getattr(st.user, "is_logged_in", False) and not current():
        _with_sso()
    user = current()
    if user is not None:
        st.session_state[data.RESTRICTION] = restriction_of(user)
    return user, True


def gate(lang: str, user: User | None, guarded: bool) -> None:
    """Stop the page unless the reader may see it: with no accounts, a banner (and a
    refusal when the app listens beyond this machine); with accounts, only the form until
    the reader signs in."""
    if not guarded:
        # behind a proxy (nginx) the app listens on loopback, yet readers come from the
        # network: a forwarded request is refused like a direct one from beyond
        if config.listens_on_network() or proxied():
            listen = config.get("listen") if config.listens_on_network() else "proxy"
            st.error(t("open_refused", lang).format(listen=listen))
            st.stop()
        st.warning(t("open_banner", lang), icon=":material/lock_open:")
        return
    refused = st.session_state.get(SSO_REFUSED)
    if user is None and refused:
        st.error(refused, icon=":material/block:")
        if st.button(t("sign_out", lang), key="sso_out"):
            st.session_state.pop(SSO_REFUSED, None)
            st.logout()
            st.stop()  # st.logout only queues the redirect: a rerun would drop it
        st.stop()
    if user is None:
        form(lang)
        st.stop()


def _with_token(token: str) -> None:
    """The report command's browser: a short-lived signed token for a named user."""
    st.query_params.pop("token", None)
    name = tokens.verify(token, data.db_path())
    user = accounts.get(name, data.db_path()) if name else None
    if user and not user.disabled:
        st.session_state[USER] = user.username
    else:
        audit.log(
            "sign_in_failed",
            name or "-",
            name or "",
            "token",
            origin(),
            "refused",
            db=data.db_path(),
        )


def _with_sso() -> None:
    """Back from the OpenID provider: the account linked to the e-mail (only when the
    provider has verified it) or the subject. A refusal is logged once per identity."""
    email = st.user.get("email") if st.user.get("email_verified") is not False else None
    identity = str(email or st.user.get("sub") or "")
    if st.session_state.get(SSO_TRIED) == identity and SSO_REFUSED in st.session_state:
        return  # refused already in this session: said once, logged once
    st.session_state[SSO_TRIED] = identity
    result = accounts.sign_in_sso(identity, origin(), data.db_path())
    if result.user:
        st.session_state[USER] = result.user.username
        st.session_state.pop(SSO_REFUSED, None)
    else:
        st.session_state[SSO_REFUSED] = result.message


def form(lang: str) -> None:
    """Only this, until the reader signs in."""
    _, middle, _ = st.columns([1, 2, 1])
    with middle:
        st.title(t("sign_in_title", lang))
        st.caption(t("sign_in_help", lang))
        with st.form("sign_in", enter_to_submit=True):
            name = st.text_input(t("username", lang), key="sign_in_name")
            password = st.text_input(t("password", lang), type="password", key="sign_in_pw")
            pressed = st.form_submit_button(t("sign_in", lang), type="primary")
        if pressed:
            if not name.strip() or not password:
                st.error(t("sign_in_missing", lang))
            else:
                result = accounts.sign_in(name, password, origin(), data.db_path())
                if result.user:
                    st.session_state[USER] = result.user.username
                    st.session_state.pop("sign_in_pw", None)
                    st.rerun()
                time.sleep(result.delay)  # each failure in a row waits longer
                st.error(result.message, icon=":material/block:")
        if sso_configured():
            st.divider()
            if st.button(t("sign_in_sso", lang), icon=":material/key:", key="sso"):
                st.login()


def sidebar(user: User | None, lang: str) -> None:
    """Who is signed in, what they see, and the way out."""
    if user is None:
        return
    units = " ".join(map(str, user.units)) if user.scope is not None else ""
    st.sidebar.markdown(
        t("signed_in_as", lang).format(user=user.username, role=t(f"role_{user.role}", lang))
    )
    st.sidebar.caption(t("scope_units", lang).format(units=units or t("scope_everywhere", lang)))
    if st.sidebar.button(t("sign_out", lang), icon=":material/logout:", key="sign_out"):
        audit.log("sign_out", user.username, user.username, "", origin(), db=data.db_path())
        # everything this reader had in the session goes: files read, filters, answers
        keep = st.session_state.get("lang")
        st.session_state.clear()
        if keep:
            st.session_state["lang"] = keep
        if sso_configured() and getattr(st.user, "is_logged_in", False):
            # st.logout sends the browser to /auth/logout, which drops the identity
            # cookie. Stop, not rerun: a new run clears the messages not yet sent, and
            # can drop that redirect (the cookie would sign the next visit in again).
            st.logout()
            st.stop()
        st.rerun()


def log(action: str, target: str = "", detail: dict | str = "", outcome: str = "ok") -> None:
    """One audit line for what the reader in this session did."""
    user = current()
    actor = user.username if user else "-"
    audit.log(action, actor, target, detail, origin(), outcome, db=data.db_path())


def may(right: str) -> bool:
    """Whether this session's user has a right of etl.access.roles.Role ("upload",
    "admin"); with no accounts, everyone has."""
    user = current()
    if user is None:
        return not accounts.any_users(data.db_path())
    return bool(getattr(user.rights, right))


def require(right: str, lang: str) -> None:
    """Stop a page the reader has no right to, even when reached by its address."""
    if not may(right):
        st.error(t("no_right", lang), icon=":material/block:")
        st.stop()
