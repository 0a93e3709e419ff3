"""What has been loaded, and undoing it: the original file back, roll back, compare.

A batch is never deleted. Rolling one back marks it ``rolled_back`` and makes current
again the batches it had replaced, in one transaction, so the views show what they
showed before it was loaded. Two batches of the same units and period are compared row
by row on each fact table's natural key (a person, a commune and year, a goal id...).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from etl.access.restrict import batch_within
from etl.labels import LABELS, t
from etl.spec.tables import FACT_TABLES
from etl.store import Warehouse, WarehouseError, goal_series, snapshots

NATURAL_KEYS: dict[str, tuple[str, ...]] = {t.name: t.natural_key for t in FACT_TABLES.values()}
IGNORED = {"batch_id", "source_row"}  # where a row sits in the file is not a change


class HistoryError(WarehouseError):
    """A request on the history that cannot be done; the message is Vietnamese."""


@dataclass
class Rollback:
    batch_id: int
    restored: list[int]  # batches current again


def _within(con: duckdb.DuckDBPyConnection, batch_ids: list[int], units) -> None:
    """Refuse a batch outside a user's units (None: an administrator, every batch)."""
    if units is None:
        return
    for batch_id in batch_ids:
        if not batch_within(con, batch_id, units):
            raise HistoryError(
                f"Lô {batch_id} không thuộc đơn vị của tài khoản "
                f"({' '.join(map(str, units)) or 'không có đơn vị nào'})."
            )


def rollback(wh: Warehouse, batch_id: int, units=None) -> Rollback:
    """Undo a current batch: it becomes ``rolled_back``, the batches it replaced current.
    With ``units`` (a user's), only a batch within them."""

    def undo(con: duckdb.DuckDBPyConnection) -> list[int]:
        _within(con, [batch_id], units)
        row = con.execute(
            "SELECT status, file_name FROM load_batches WHERE batch_id = ?", [batch_id]
        ).fetchone()
        if row is None:
            raise HistoryError(f"Không có lô số {batch_id}.")
        if row[0] != "current":
            raise HistoryError(
                f"Lô {batch_id} ({row[1]}) không còn là số liệu hiện hành (trạng thái: "
                f"{status_label(row[0])}); chỉ hoàn tác được lô hiện hành."
            )
        restored = [
            r[0]
            for r in con.execute(
                "SELECT batch_id FROM load_batches WHERE superseded_by = ? ORDER BY batch_id",
                [batch_id],
            ).fetchall()
        ]
        now = snapshots.now()
        con.execute("UPDATE load_batches SET status = 'rolled_back' WHERE batch_id = ?", [batch_id])
        snapshots.record(con, [batch_id], "rolled_back", now)
        if restored:
            con.execute(
                "UPDATE load_batches SET status = 'current', superseded_by = NULL "
                "WHERE list_contains(?, batch_id)",
                [restored],
            )
            snapshots.record(con, restored, "current", now)
        goal_series.refresh(con, goal_series.provinces_of(con, [batch_id, *restored]))
        return restored

    restored = wh.transact(undo)
    return Rollback(batch_id, restored)


def status_label(status: str, lang: str = "vi") -> str:
    """A batch's status in words, from the one label catalogue ('hiện hành' …)."""
    key = f"batch_{status}"
    return t(key, lang).lower() if key in LABELS else status


def original_file(wh: Warehouse, batch_id: int, units=None) -> tuple[str, bytes]:
    """The bytes the analyst uploaded, and the file's name (within ``units``, if given)."""
    with wh.read() as con:
        _within(con, [batch_id], units)
        row = con.execute(
            "SELECT b.file_name, f.content FROM load_batches b JOIN batch_files f "
            "USING (batch_id) WHERE batch_id = ?",
            [batch_id],
        ).fetchone()
    if row is None:
        raise HistoryError(f"Không có tệp gốc của lô {batch_id}.")
    return row[0], bytes(row[1])


def would_replace(con: duckdb.DuckDBPyConnection, scope_key: str, sha256: str) -> dict:
    """What committing a prepared file would do: the current batches it would replace,
    or the batch it repeats (same content)."""
    same = con.execute(
        "SELECT batch_id, file_name, loaded_at FROM load_batches "
        "WHERE file_sha256 = ? AND status = 'current' ORDER BY batch_id DESC LIMIT 1",
        [sha256],
    ).fetchone()
    replaced = con.execute(
        "SELECT batch_id, file_name, loaded_at, loaded_by, rows_loaded FROM load_batches "
        "WHERE scope_key = ? AND status = 'current' ORDER BY batch_id",
        [scope_key],
    ).df()
    return {"same": same, "replaced": replaced}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_catalog = current_database() AND table_schema = 'main' "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]


def compare(wh: Warehouse, old: int, new: int, units=None) -> pd.DataFrame:
    """Rows added, removed and changed from batch ``old`` to batch ``new``.

    Columns: table, change ('added' | 'removed' | 'changed'), key (the natural key as
    text), details ('column: old → new; ...' for a change).
    """
    with wh.read() as con:
        _within(con, [old, new], units)
        kinds = dict(
            con.execute(
                "SELECT batch_id, kind FROM load_batches WHERE batch_id IN (?, ?)", [old, new]
            ).fetchall()
        )
        missing = [b for b in (old, new) if b not in kinds]
        if missing:
            raise HistoryError(f"Không có lô số {', '.join(map(str, missing))}.")
        if kinds[old] != kinds[new]:
            raise HistoryError(
                f"Lô {old} và lô {new} khác loại số liệu ({kinds[old]}, {kinds[new]}); "
                "chỉ so sánh được hai lô cùng loại."
            )
        frames = []
        for table, key in NATURAL_KEYS.items():
            columns = [c for c in _columns(con, table) if c not in IGNORED]
            key_sql = " || ' · ' || ".join(f"coalesce({k}, '')" for k in key)
            values = [c for c in columns if not any(c == k or f"({c})" in k for k in key)]
            diffs = (
                " || ".join(
                    f"""CASE WHEN a."{c}" IS DISTINCT FROM b."{c}"
                         THEN '{c}: ' || coalesce(CAST(a."{c}" AS VARCHAR), '∅') || ' → '
                              || coalesce(CAST(b."{c}" AS VARCHAR), '∅') || '; '
                         ELSE '' END"""
                    for c in values
                )
                or "''"
            )
            frame = con.execute(
                f"""
                WITH a AS (SELECT {key_sql} AS k, * FROM {table} WHERE batch_id = $old),
                     b AS (SELECT {key_sql} AS k, * FROM {table} WHERE batch_id = $new)
                SELECT '{table}' AS "table",
                       CASE WHEN a.k IS NULL THEN 'added' WHEN b.k IS NULL THEN 'removed'
                            ELSE 'changed' END AS change,
                       coalesce(a.k, b.k) AS key,
                       CASE WHEN a.k IS NOT NULL AND b.k IS NOT NULL
                            THEN rtrim({diffs}, '; ') END AS details
                FROM a FULL JOIN b ON a.k = b.k
                WHERE a.k IS NULL OR b.k IS NULL OR ({diffs}) <> ''
                ORDER BY change, key
                """,
                {"old": old, "new": new},
            ).df()
            frames.append(frame)
    found = [f for f in frames if not f.empty]
    return pd.concat(found, ignore_index=True) if found else frames[0]
