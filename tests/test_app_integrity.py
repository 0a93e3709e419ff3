"""A damaged warehouse file is said at the dashboard's start, in Vietnamese, instead of
failing in the middle of a page."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


def test_a_truncated_warehouse_is_said_at_start(demo_copy, monkeypatch):
    monkeypatch.setenv("TIENDO_DB", str(demo_copy))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert at.metric and not at.error  # whole: the dashboard as usual
    size = demo_copy.stat().st_size
    with open(demo_copy, "r+b") as f:
        f.truncate(size // 2)
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception and not at.metric
    (message,) = [e.value for e in at.error]
    assert "bị hỏng" in message and "python -m etl restore" in message
