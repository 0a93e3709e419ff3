"""An upload stays inside the uploader's units: rows outside are named, and the file is
refused as a whole (loading the rest would leave the district's file half in)."""

from __future__ import annotations

from etl.access.restrict import outside_rows, reference_connection
from etl.access.units import UnitRef
from etl.labels import t

SHOWN = 20  # rows named in the file's message; each row also has its own line


def refuse_outside(prepared, units: tuple[UnitRef, ...] | None, lang: str = "vi") -> int:
    """Add an error for each row of ``prepared`` (a :class:`etl.loader.Prepared`) outside
    ``units`` (None: every unit), and one for the file; how many rows. Reads only the
    packaged reference units, so it needs no lock on the warehouse."""
    if units is None or not prepared.facts:
        return 0
    con = reference_connection()
    try:
        rows = outside_rows(con, prepared.facts, units)
    finally:
        con.close()
    if not rows:
        return 0
    sheet = prepared.sheets[0] if len(prepared.sheets) == 1 else ""
    for row, _level, code in rows:
        prepared.problems.error(t("row_outside", lang).format(code=code), sheet, row, None, code)
    numbers = sorted({r for r, _, _ in rows if r is not None})
    listed = ", ".join(map(str, numbers[:SHOWN])) + (" …" if len(numbers) > SHOWN else "")
    prepared.problems.error(
        t("upload_outside", lang).format(
            n=len(numbers) or len(rows), units=" ".join(map(str, units)), rows=listed or "—"
        ),
        sheet,
    )
    return len(rows)
