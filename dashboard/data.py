"""The dashboard's only door to the warehouse: cached, short-lived reads.

Connections are never held between reruns (see etl.storage): each query opens the file
read-only under a shared lock and closes it, so an ``etl load`` is never blocked. Results
are cached with ``st.cache_data``, keyed on the file's modification time, so a new load
shows up on the next rerun and nothing stale is served. Each connection is first limited
to the signed-in user's units (:func:`etl.access.restrict.restrict`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import streamlit as st

from etl import config
from etl.access import accounts
from etl.access.restrict import OPEN, Restriction, restrict
from etl.store import Warehouse, WarehouseCorrupt, WarehouseMissing, integrity

RESTRICTION = "_restriction"  # set by dashboard.signin's gate on every run


def db_path() -> str:
    """``streamlit run dashboard/app.py -- --db PATH`` wins over TIENDO_DB."""
    argv = sys.argv
    if "--db" in argv and argv.index("--db") + 1 < len(argv):
        return argv[argv.index("--db") + 1]
    return str(config.db_path())


def restriction() -> Restriction:
    """What this session may read. The entry script's sign-in gate sets it on every run;
    a page run without the gate reads everything only while there are no accounts."""
    found = st.session_state.get(RESTRICTION)
    if found is not None:
        return found
    return OPEN if not accounts.any_users(db_path()) else Restriction((), False)


def check_file() -> None:
    """Stop with a clear message when the warehouse file is damaged (checked once per
    change of the file, by its blocks' checksums); a missing one is the sidebar's to say."""
    try:
        integrity.check_once(db_path())
    except WarehouseCorrupt as exc:
        st.error(str(exc), icon=":material/error:")
        st.stop()
    except WarehouseMissing:
        return


def warehouse() -> Warehouse:
    return Warehouse(db_path())


@st.cache_data(ttl=3600, show_spinner=False, max_entries=512)
def _cached(_fn: Callable, name: str, path: str, version: tuple, scope: tuple, args: tuple) -> Any:
    units, personal = scope
    with Warehouse(path).read() as con:
        restrict(con, units, personal)
        return _fn(con, *args)


def query(fn: Callable, *args: Any) -> Any:
    """Run ``fn(con, *args)`` against the warehouse, limited to what the signed-in user
    may read, cached until the file changes (and per restriction, so two users never
    share a result)."""
    wh = warehouse()
    scope = restriction().key
    name = f"{fn.__module__}.{fn.__qualname__}"
    return _cached(fn, name, str(wh.path), wh.version(), scope, args)
