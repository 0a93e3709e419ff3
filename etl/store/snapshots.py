"""Time travel: the data as it stood at a past moment ("what did we report on 30/11?").

A reader pins a :class:`Snapshot` once and reads through it, so every query of a page run
or a report sees the same data. In lake mode a snapshot is the lake's own (DuckLake keeps
them all). In embedded mode the file holds only today's data, but every batch is kept and
each change of its status is recorded in ``batch_events`` (loaded, superseded, rolled
back, made current again) with its time; the data at a moment is then the batches that
were current at that moment, and :func:`shadow` makes the views show exactly those.

This is not ``?asof=``, which judges goals on a day: a snapshot chooses the data.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import duckdb

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

EVENTS_DDL = """
CREATE TABLE IF NOT EXISTS batch_events (
    batch_id INTEGER NOT NULL,
    status   VARCHAR NOT NULL,     -- the status it took: current | superseded | rolled_back
    changed_at TIMESTAMP NOT NULL, -- Vietnam's time, as loaded_at
    by_batch INTEGER               -- the batch that superseded it
)"""


class MomentError(ValueError):
    """A moment that cannot be read; the message is Vietnamese."""


_FORMATS = (
    ("%Y-%m-%dT%H:%M:%S", False),
    ("%Y-%m-%dT%H:%M", False),
    ("%Y-%m-%d %H:%M:%S", False),
    ("%Y-%m-%d %H:%M", False),
    ("%d/%m/%Y %H:%M:%S", False),
    ("%d/%m/%Y %H:%M", False),
    ("%Y-%m-%d", True),
    ("%d/%m/%Y", True),
)


def parse_moment(text: str) -> dt.datetime:
    """``2026-11-30T17:00`` (or ``30/11/2026 17:00``) in Vietnam's time; a bare date is
    the end of that day. An explicit offset (``+07:00``, ``Z``) is honoured."""
    raw = (text or "").strip()
    if re.search(r"(Z|[+-]\d\d:?\d\d)$", raw) and "T" in raw:
        try:
            return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).astimezone(TZ)
        except ValueError:
            pass
    for fmt, bare in _FORMATS:
        try:
            moment = dt.datetime.strptime(raw, fmt)
        except ValueError:
            continue
        if bare:
            moment = moment.replace(hour=23, minute=59, second=59, microsecond=999999)
        return moment.replace(tzinfo=TZ)
    raise MomentError(
        f"Không hiểu thời điểm '{text}'. Viết dạng 2026-11-30T17:00 hoặc 30/11/2026 17:00 "
        "(giờ Việt Nam); chỉ ghi ngày thì hiểu là cuối ngày đó."
    )


def show(moment: dt.datetime) -> str:
    """A moment as a Vietnamese reader writes it: 30/11/2026 17:00."""
    return moment.astimezone(TZ).strftime("%d/%m/%Y %H:%M")


def local_naive(moment: dt.datetime) -> dt.datetime:
    """The moment in the form ``loaded_at`` and ``batch_events.changed_at`` are kept:
    Vietnam's time, without a zone (so it does not depend on the machine's zone)."""
    return moment.astimezone(TZ).replace(tzinfo=None)


def now() -> dt.datetime:
    """Now, as ``loaded_at`` and the batch history keep it."""
    return local_naive(dt.datetime.now(TZ))


@dataclass(frozen=True)
class Snapshot:
    """What a reader has pinned: ``key`` for caches, ``at`` the moment asked for (None:
    the latest), ``version`` the lake's snapshot id (None in embedded mode), and whether
    the batch history must filter the data (``filtered``)."""

    key: tuple
    at: dt.datetime | None = None
    version: int | None = None
    filtered: bool = False


def record(
    con: duckdb.DuckDBPyConnection,
    batch_ids: list[int],
    status: str,
    at: dt.datetime,
    by_batch: int | None = None,
) -> None:
    """Record that the batches took ``status`` at ``at``, in the caller's transaction, and
    keep ``superseded_at`` / ``rolled_back_at`` on the batch for the batch list."""
    if not batch_ids:
        return
    ids = [int(b) for b in batch_ids]
    con.executemany(
        "INSERT INTO batch_events VALUES (?, ?, ?, ?)", [[b, status, at, by_batch] for b in ids]
    )
    column = {"superseded": "superseded_at", "rolled_back": "rolled_back_at"}.get(status)
    if column:
        con.execute(
            f"UPDATE load_batches SET {column} = ? WHERE list_contains(?, batch_id)", [at, ids]
        )
    elif status == "current":
        con.execute(
            "UPDATE load_batches SET superseded_at = NULL WHERE list_contains(?, batch_id) "
            "AND superseded_at IS NOT NULL",
            [ids],
        )


def shadow(con: duckdb.DuckDBPyConnection, at: dt.datetime) -> None:
    """Make this connection's views show the data as it stood at ``at``: a temporary view
    ``load_batches`` (found before the table by every view) holds the batches loaded by
    then, each with the status it had then."""
    catalog = con.execute("SELECT current_database()").fetchone()[0]
    when = local_naive(at).isoformat(sep=" ")
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW load_batches AS
        SELECT b.* REPLACE (
                   e.status AS status,
                   CASE WHEN e.status = 'superseded' THEN e.by_batch END AS superseded_by,
                   CASE WHEN e.status = 'superseded' THEN e.changed END AS superseded_at,
                   CASE WHEN e.status = 'rolled_back' THEN e.changed END AS rolled_back_at)
        FROM "{catalog}".main.load_batches b
        JOIN (SELECT batch_id, arg_max(status, changed_at) AS status, arg_max(by_batch, changed_at) AS by_batch,
                     max(changed_at) AS changed
              FROM "{catalog}".main.batch_events
              WHERE changed_at <= TIMESTAMP '{when}'
              GROUP BY batch_id) e USING (batch_id)
        """
    )


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Derive the batch history from the batches alone, as far as it can be known: each
    loaded at ``loaded_at``, a superseded one when the batch that replaced it was loaded;
    a rolled-back batch's moment was never kept before, so it counts as rolled back from
    its own load. For a warehouse made before the history was recorded, and for the demo,
    whose batches are re-dated after loading."""
    con.execute(
        """
        UPDATE load_batches b SET superseded_at = n.loaded_at
        FROM load_batches n WHERE n.batch_id = b.superseded_by AND b.status = 'superseded'
        """
    )
    con.execute(
        "UPDATE load_batches SET rolled_back_at = loaded_at "
        "WHERE status = 'rolled_back' AND rolled_back_at IS NULL"
    )
    con.execute("DELETE FROM batch_events")
    con.execute(
        """
        INSERT INTO batch_events
        SELECT batch_id, 'current', loaded_at, NULL FROM load_batches
        UNION ALL
        SELECT batch_id, 'superseded', superseded_at, superseded_by FROM load_batches
        WHERE status = 'superseded' AND superseded_at IS NOT NULL
        UNION ALL
        SELECT batch_id, 'rolled_back', rolled_back_at, NULL FROM load_batches
        WHERE status = 'rolled_back'
        """
    )
