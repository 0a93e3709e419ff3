"""Lịch sử nạp: every batch ever loaded, whatever became of it."""

from __future__ import annotations

import duckdb
import pandas as pd


def batches_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """All batches, newest first, with what replaced or restored them."""
    return con.execute(
        """
        SELECT b.batch_id, b.loaded_at, b.loaded_by, b.file_name, b.kind, b.unit_names,
               b.era, b.as_of_date, b.period_start, b.period_end, b.rows_read,
               b.rows_loaded, b.rows_rejected, b.status, b.superseded_by, l.scope_key
        FROM batches b JOIN load_batches l USING (batch_id)
        ORDER BY b.loaded_at DESC, b.batch_id DESC
        """
    ).df()


def rejected(con: duckdb.DuckDBPyConnection, batch_id: int) -> pd.DataFrame:
    return con.execute(
        'SELECT sheet, "row", "column", value, message FROM rejected_rows WHERE batch_id = ? '
        'ORDER BY sheet, "row"',
        [batch_id],
    ).df()
