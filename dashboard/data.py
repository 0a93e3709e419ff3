"""The dashboard's only door to the warehouse: cached, short-lived reads.

Connections are never held between reruns (see etl.store.warehouse): each query opens the
warehouse read-only and closes it, so an ``etl load`` is never blocked. Each page run pins
one snapshot first (:func:`pin`: the latest data, or the data as it stood at ``?snapshot=``)
and every query of the run reads it, so a load landing mid-run never mixes two states on
one page. Results are cached with ``st.cache_data`` keyed on that snapshot (the lake's
snapshot id; the embedded file's modification time), so a new load shows up on the next
rerun and nothing stale is served. Each connection is first limited to the signed-in
user's units (:func:`etl.access.restrict.restrict`).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import streamlit as st

from etl import config
from etl.access import accounts
from etl.access.restrict import OPEN, Restriction, restrict
from etl.store import Warehouse, WarehouseCorrupt, WarehouseError, WarehouseMissing, integrity
from etl.store.snapshots import Snapshot

RESTRICTION = "_restriction"  # set by dashboard.signin's gate on every run
PIN = "_snapshot"  # set by pin() at the start of every run


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
    if warehouse().mode == "lake":
        return  # Parquet files and a PostgreSQL catalog: nothing of DuckDB's file format
    try:
        integrity.check_once(db_path())
    except WarehouseCorrupt as exc:
        st.error(str(exc), icon=":material/error:")
        st.stop()
    except WarehouseMissing:
        return


def warehouse() -> Warehouse:
    return Warehouse(db_path())


def pin(at: dt.datetime | None = None) -> Snapshot | None:
    """Pin this run's snapshot: the latest data, or as it stood at ``at``. None when there
    is no warehouse to pin yet (the pages say so)."""
    try:
        snapshot = warehouse().pin(at)
    except WarehouseError:
        snapshot = None
    st.session_state[PIN] = snapshot
    return snapshot


def pinned() -> Snapshot | None:
    """This run's snapshot; the latest data when the entry script pinned none (a page run
    on its own, as the page tests do)."""
    found = st.session_state.get(PIN)
    if found is not None:
        return found
    try:
        return warehouse().pin()
    except WarehouseError:
        return None


def moment() -> dt.datetime | None:
    """The past moment this run reads the data at; None for the latest data."""
    snapshot = pinned()
    return snapshot.at if snapshot is not None else None


@st.cache_data(ttl=3600, show_spinner=False, max_entries=512)
def _cached(
    _fn: Callable, name: str, path: str, key: tuple, scope: tuple, args: tuple, _snapshot
) -> Any:
    units, personal = scope
    with Warehouse(path).read(_snapshot) as con:
        restrict(con, units, personal)
        return _fn(con, *args)


def query(fn: Callable, *args: Any) -> Any:
    """Run ``fn(con, *args)`` against this run's snapshot of the warehouse, limited to what
    the signed-in user may read, cached per snapshot (and per restriction, so two users
    never share a result)."""
    wh = warehouse()
    scope = restriction().key
    name = f"{fn.__module__}.{fn.__qualname__}"
    snapshot = pinned()
    key = snapshot.key if snapshot is not None else ("none", *wh.version())
    return _cached(fn, name, str(wh.path), key, scope, args, snapshot)
