"""The dashboard's only door to the warehouse: cached, short-lived reads.

Connections are never held between reruns (see etl.storage): each query opens the file
read-only under a shared lock and closes it, so an ``etl load`` is never blocked. Results
are cached with ``st.cache_data``, keyed on the file's modification time, so a new load
shows up on the next rerun and nothing stale is served.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import streamlit as st

from etl import config
from etl.store import Warehouse


def db_path() -> str:
    """``streamlit run dashboard/app.py -- --db PATH`` wins over TIENDO_DB."""
    argv = sys.argv
    if "--db" in argv and argv.index("--db") + 1 < len(argv):
        return argv[argv.index("--db") + 1]
    return str(config.db_path())


def warehouse() -> Warehouse:
    return Warehouse(db_path())


@st.cache_data(ttl=3600, show_spinner=False, max_entries=512)
def _cached(_fn: Callable, name: str, path: str, version: tuple, args: tuple) -> Any:
    with Warehouse(path).read() as con:
        return _fn(con, *args)


def query(fn: Callable, *args: Any) -> Any:
    """Run ``fn(con, *args)`` against the warehouse, cached until the file changes."""
    wh = warehouse()
    return _cached(fn, f"{fn.__module__}.{fn.__qualname__}", str(wh.path), wh.version(), args)
