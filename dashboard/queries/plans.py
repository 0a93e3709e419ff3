"""Văn bản kế hoạch: the plans kept with goals batches, and the sentences saved from them.

A plan is read through the ``batches`` view, so a reader sees the plans of the batches
their account covers (and, at a past moment, the batches loaded by then); its goals and
duties are read from the batch's own rows, so a superseded plan still shows its
sentences.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from etl.plan.model import PlanText

PLAN_COLUMNS = ["batch_id", "file_name", "format", "loaded_at", "loaded_by", "status", "reference"]


def plans(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every batch that kept its plan, newest first, with the plan's reference
    ("KH 45/KH-UBND ngày 15/03/2011") as its goals or duties name it."""
    return con.execute(
        """
        SELECT p.batch_id, p.file_name, p.format, b.loaded_at, b.loaded_by, b.status,
               coalesce(
                   (SELECT min(g.source_document) FROM fact_goal g
                    WHERE g.batch_id = p.batch_id),
                   (SELECT min(d.source_document) FROM fact_reporting_duty d
                    WHERE d.batch_id = p.batch_id)) AS reference
        FROM batch_plans p JOIN batches b USING (batch_id)
        ORDER BY p.batch_id DESC
        """
    ).df()[PLAN_COLUMNS]


def plan(con: duckdb.DuckDBPyConnection, batch_id: int) -> PlanText | None:
    """The plan kept with a batch the reader may see (the file and its text); None for
    a batch without one, one outside the reader's units, or no such batch."""
    row = con.execute(
        """
        SELECT p.file_name, p.format, p.text, p.content
        FROM batch_plans p JOIN batches b USING (batch_id)
        WHERE p.batch_id = ?
        """,
        [int(batch_id)],
    ).fetchone()
    if row is None:
        return None
    file_name, fmt, text, content = row
    return PlanText(file_name, fmt, text or "", bytes(content or b""))


def sentences(con: duckdb.DuckDBPyConnection, batch_id: int) -> pd.DataFrame:
    """The goals and duties a batch saved with their sentence: (kind 'goal' | 'duty', id,
    name, quote), goals first, in the order they were saved."""
    return con.execute(
        """
        SELECT 'goal' AS kind, goal_id AS id, name, quote, source_row AS place
        FROM fact_goal WHERE batch_id = $b AND coalesce(quote, '') <> ''
        UNION ALL
        SELECT 'duty', duty_id, report_name, quote, source_row
        FROM fact_reporting_duty WHERE batch_id = $b AND coalesce(quote, '') <> ''
        ORDER BY kind DESC, place, id
        """,
        {"b": int(batch_id)},
    ).df()[["kind", "id", "name", "quote"]]


def batch_of_goal(con: duckdb.DuckDBPyConnection, goal_id: str) -> int | None:
    """The current batch holding a goal, for a link that names only the goal."""
    row = con.execute(
        "SELECT max(batch_id) FROM goals WHERE goal_id = ?", [str(goal_id)]
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def batch_of_duty(con: duckdb.DuckDBPyConnection, duty_id: str) -> int | None:
    """The current batch holding a reporting duty, as :func:`batch_of_goal`."""
    row = con.execute(
        "SELECT max(batch_id) FROM reporting_duties WHERE duty_id = ?", [str(duty_id)]
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None
