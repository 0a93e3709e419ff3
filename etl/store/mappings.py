"""Column mappings an analyst chose, kept in the warehouse under the header's signature
and applied to the next file with the same headers (``python -m etl mappings``, the
upload page)."""

from __future__ import annotations

import datetime as dt
import json

import duckdb

from etl import config
from etl.layout.headers import SavedMapping
from etl.store.warehouse import Warehouse, WarehouseMissing


def saved(wh: Warehouse) -> list[SavedMapping]:
    """Every saved mapping; none when there is no warehouse yet."""
    try:
        with wh.read() as con:
            rows = con.execute(
                "SELECT mapping_id, kind, signature, fields FROM column_mappings ORDER BY 1"
            ).fetchall()
    except WarehouseMissing:
        return []
    return [SavedMapping(i, kind, sig, json.loads(fields)) for i, kind, sig, fields in rows]


def save(
    wh: Warehouse,
    kind: str,
    signature: str,
    headers: list[str],
    fields: dict[str, str],
    user: str | None = None,
) -> int:
    """Save (or replace) the mapping of a header: header label -> field name."""

    def write(con: duckdb.DuckDBPyConnection) -> int:
        old = con.execute(
            "SELECT fields FROM column_mappings WHERE kind = ? AND signature = ?",
            [kind, signature],
        ).fetchone()
        merged = {**json.loads(old[0]), **fields} if old else dict(fields)
        con.execute(
            "DELETE FROM column_mappings WHERE kind = ? AND signature = ?", [kind, signature]
        )
        mapping_id = wh.next_id(con, "mapping_id")
        con.execute(
            "INSERT INTO column_mappings VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                mapping_id,
                kind,
                signature,
                headers,
                json.dumps(merged, ensure_ascii=False),
                user or config.current_user(),
                dt.datetime.now(),
            ],
        )
        return mapping_id

    return wh.transact(write)


def listing(wh: Warehouse) -> list[dict]:
    """Each saved mapping: id, kind, signature, headers, fields, who saved it and when."""
    try:
        with wh.read() as con:
            rows = con.execute(
                "SELECT mapping_id, kind, signature, headers, fields, saved_by, saved_at "
                "FROM column_mappings ORDER BY mapping_id"
            ).fetchall()
    except WarehouseMissing:
        return []
    return [
        {
            "id": i,
            "kind": kind,
            "signature": sig,
            "headers": list(headers),
            "fields": json.loads(fields),
            "saved_by": by,
            "saved_at": at,
        }
        for i, kind, sig, headers, fields, by, at in rows
    ]


def remove(wh: Warehouse, mapping_id: int) -> bool:
    """Remove a saved mapping; False when there is none with that id."""

    def write(con: duckdb.DuckDBPyConnection) -> bool:
        found = con.execute(
            "SELECT count(*) FROM column_mappings WHERE mapping_id = ?", [mapping_id]
        ).fetchone()[0]
        con.execute("DELETE FROM column_mappings WHERE mapping_id = ?", [mapping_id])
        return bool(found)

    return wh.transact(write)
