"""The page's error boundary: an unexpected error is logged with its traceback and a short
reference, and the reader sees a Vietnamese message with that reference, never a trace.

Streamlit's own control flow (``st.stop()``, ``st.rerun()``, ``st.switch_page``) raises
exceptions derived from ``BaseException``; they, and a fragment's already-handled error,
pass through untouched.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import Iterator

import streamlit as st
from streamlit.errors import FragmentHandledException

from dashboard.i18n import t

log = logging.getLogger("tiendo.dashboard")
# `streamlit run` configures only its own loggers: without a handler here the traceback
# would reach stderr through logging's last resort, unformatted.
if not logging.getLogger().handlers and not log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)

# No 0/O, 1/I/L: a reference is read aloud over the phone.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def reference() -> str:
    """A short random reference that ties what the reader saw to the log."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(6))


@contextlib.contextmanager
def boundary(lang: str = "vi", page: str = "") -> Iterator[None]:
    """Run a page inside; an unexpected exception becomes a logged traceback and an
    ``st.error`` with its reference."""
    try:
        yield
    except FragmentHandledException:
        raise
    except Exception:
        ref = reference()
        log.exception("Lỗi không mong muốn khi hiển thị trang '/%s' (mã tham chiếu %s)", page, ref)
        st.error(t("unexpected_error", lang).format(ref=ref), icon=":material/error:")
