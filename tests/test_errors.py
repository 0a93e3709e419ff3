"""An unexpected error shows a Vietnamese message with a reference, never a traceback; the
log keeps the traceback under the same reference; Streamlit's control flow passes."""

from __future__ import annotations

import logging
import re
import shutil
import tomllib
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard import errors

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
MESSAGE = re.compile(
    r"Đã xảy ra lỗi không mong muốn khi hiển thị trang này\. Mã tham chiếu: \*\*([A-Z0-9]{6})\*\*"
)


def _reference(at: AppTest) -> str:
    assert len(at.error) == 1, [e.value for e in at.error]
    found = MESSAGE.search(at.error[0].value)
    assert found, at.error[0].value
    return found.group(1)


def _logged(caplog, ref: str) -> logging.LogRecord:
    records = [r for r in caplog.records if r.name == "tiendo.dashboard" and ref in r.getMessage()]
    assert len(records) == 1, [r.getMessage() for r in caplog.records]
    return records[0]


def test_a_page_whose_query_fails_shows_a_reference_not_a_trace(
    demo_db, tmp_path, monkeypatch, caplog
):
    """The real app: the sidebar works, then every warehouse read of the page fails."""
    from dashboard import data, state

    db = tmp_path / "broken.duckdb"  # its own path: nothing cached for it yet
    shutil.copy(demo_db, db)
    real_sidebar, real_query = state.sidebar, data.query
    armed = {"on": False}

    def sidebar():
        filters = real_sidebar()
        armed["on"] = True
        return filters

    def query(fn, *args):
        if armed["on"]:
            raise RuntimeError("kho hỏng giữa chừng (thử nghiệm)")
        return real_query(fn, *args)

    monkeypatch.setattr(state, "sidebar", sidebar)
    monkeypatch.setattr(data, "query", query)
    monkeypatch.setenv("TIENDO_DB", str(db))
    caplog.set_level(logging.ERROR, logger="tiendo.dashboard")

    at = AppTest.from_file(APP, default_timeout=120).run()

    assert armed["on"], "the sidebar never finished: the page was not reached"
    assert not at.exception, [e.value for e in at.exception]
    ref = _reference(at)
    assert "Hãy báo mã này cho quản trị viên" in at.error[0].value
    assert "Traceback" not in at.error[0].value and "RuntimeError" not in at.error[0].value
    record = _logged(caplog, ref)
    assert record.levelno == logging.ERROR and record.exc_info
    assert "Traceback (most recent call last)" in caplog.text
    assert "RuntimeError: kho hỏng giữa chừng (thử nghiệm)" in caplog.text


def test_the_message_follows_the_language(caplog):
    at = AppTest.from_string(
        """
        from dashboard.errors import boundary
        with boundary("en", "x"):
            raise KeyError("missing column")
        """
    ).run()
    assert not at.exception
    assert "An unexpected error occurred" in at.error[0].value
    assert "Reference: **" in at.error[0].value


def test_each_error_gets_its_own_reference(caplog):
    caplog.set_level(logging.ERROR, logger="tiendo.dashboard")
    script = """
        import streamlit as st
        from dashboard.errors import boundary
        with boundary("vi", "thu"):
            st.write("trước lỗi")
            1 / 0
        st.write("sau lỗi")
        """
    first = AppTest.from_string(script).run()
    second = AppTest.from_string(script).run()
    refs = {_reference(first), _reference(second)}
    assert len(refs) == 2
    assert [m.value for m in first.markdown] == ["trước lỗi", "sau lỗi"]
    for ref in refs:
        assert "ZeroDivisionError" in "".join(
            logging.Formatter().formatException(_logged(caplog, ref).exc_info)
        )


def test_stop_and_rerun_pass_through_untouched(caplog):
    at = AppTest.from_string(
        """
        import streamlit as st
        from dashboard.errors import boundary
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        with boundary():
            if st.session_state.runs < 3:
                st.rerun()
        st.write(f"lần chạy {st.session_state.runs}")
        with boundary():
            st.write("trước st.stop")
            st.stop()
        st.write("không bao giờ hiện")
        """
    ).run()
    assert not at.exception and not at.error
    assert [m.value for m in at.markdown] == ["lần chạy 3", "trước st.stop"]
    assert not [r for r in caplog.records if r.name == "tiendo.dashboard"]


def test_switch_page_passes_through(tmp_path):
    """A page that sends the reader elsewhere, run inside the boundary as app.py runs it."""
    (tmp_path / "a.py").write_text(
        "import streamlit as st\nst.write('trang A')\nst.switch_page('b.py')\n", encoding="utf-8"
    )
    (tmp_path / "b.py").write_text(
        "import streamlit as st\nst.write('trang B')\n", encoding="utf-8"
    )
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "from dashboard.errors import boundary\n"
        "nav = st.navigation([st.Page('a.py', default=True), st.Page('b.py')])\n"
        "with boundary('vi', nav.url_path):\n"
        "    nav.run()\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert not at.exception and not at.error
    assert [m.value for m in at.markdown] == ["trang B"]


def test_references_are_short_and_unambiguous():
    refs = {errors.reference() for _ in range(200)}
    assert len(refs) > 190
    assert all(re.fullmatch(r"[A-HJKMNP-Z2-9]{6}", r) for r in refs)


def test_the_browser_is_never_sent_error_details():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
