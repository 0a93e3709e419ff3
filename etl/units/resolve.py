"""Unit names on a row, in a group row, the title block or the sheet's name -> units.

Each distinct combination of names is looked up once; the era can be decided from the
names themselves when a file's dates do not say.
"""

from __future__ import annotations

import functools

import pyarrow as pa
import pyarrow.compute as pc

from etl import layout
from etl.facts.rows import Chunk, Rows
from etl.text import SEPARATOR
from etl.units import Unit, UnitIndex, UnitNotFound
from etl.units.reference import LEGACY, NEW, unit_records


@functools.lru_cache(maxsize=1)
def unit_index() -> UnitIndex:
    """Units of both eras, from the reference package (identical in every warehouse)."""
    return UnitIndex(unit_records())


class Resolver:
    """Unit names in a row (or the sheet's title and group rows) -> Unit, cached."""

    def __init__(self, index: UnitIndex, era: str, quiet: bool = False):
        self.index = index
        self.era = era
        self.quiet = quiet  # only trying: record no problems
        self._cache: dict[tuple, Unit | UnitNotFound] = {}

    def resolve(self, rows: Rows, rec: dict, need_commune: bool) -> Unit | None:
        ctx: layout.Context = rec["_ctx"]
        sheet_ctx = rows.table.context
        texts = (
            rec.get("province") or ctx.province or sheet_ctx.province,
            rec.get("district") or ctx.district or sheet_ctx.district,
            rec.get("commune") or (ctx.commune if need_commune else None),
        )
        key = (*texts, need_commune)
        if key not in self._cache:
            self._cache[key] = self._lookup(*texts, need_commune)
        found = self._cache[key]
        if isinstance(found, UnitNotFound):
            if self.quiet:
                return None
            column, message = found.args
            rows.problem(rec["_row"], column, rec.get(column) or "", message)
            return None
        return found

    def resolve_codes(self, rows: Chunk, need_commune: bool) -> tuple[pa.Array, dict[str, Unit]]:
        """Every row's unit code (null where it cannot be resolved or the row is bad), and
        the units by code. Each distinct combination of names is looked up once; Arrow
        spreads the codes over the rows."""
        sheet_ctx = rows.table.context
        contexts = rows.contexts

        def filled(key: str, attr: str, fallback: str | None) -> pa.Array:
            column = rows.array(key, pa.string())
            if not column.null_count:  # every row names it: no context needed
                return column
            return pa.array(
                [
                    x or getattr(c, attr) or fallback
                    for x, c in zip(column.to_pylist(), contexts, strict=True)
                ],
                pa.string(),
            )

        names = [
            filled("province", "province", sheet_ctx.province),
            filled("district", "district", sheet_ctx.district),
            filled("commune", "commune", None)
            if need_commune
            else rows.array("commune", pa.string()),
        ]
        keys = pc.binary_join_element_wise(
            *names, SEPARATOR, null_handling="replace", null_replacement=""
        )
        distinct = keys.unique()
        found: list[Unit | UnitNotFound] = []
        for key in distinct.to_pylist():
            cached = (*(part or None for part in key.split(SEPARATOR)), need_commune)
            if cached not in self._cache:
                self._cache[cached] = self._lookup(*cached)
            found.append(self._cache[cached])
        codes = pa.array(
            [None if isinstance(u, UnitNotFound) else u.code for u in found], pa.string()
        ).take(pc.index_in(keys, value_set=distinct))
        failed = {
            k: u
            for k, u in zip(distinct.to_pylist(), found, strict=True)
            if isinstance(u, UnitNotFound)
        }
        if failed and not self.quiet:
            v = rows.values
            flagged = pc.is_in(keys, value_set=pa.array(list(failed), pa.string()))
            for i in pc.indices_nonzero(flagged).to_pylist():
                if rows.ok[i]:
                    column, message = failed[keys[i].as_py()].args
                    value = v[column][i] if column in v else ""
                    rows.problem(rows.excel_rows[i], column, value or "", message)
        if not all(rows.ok):
            codes = pc.if_else(pa.array(rows.ok, pa.bool_()), codes, pa.scalar(None, pa.string()))
        units = {u.code: u for u in found if not isinstance(u, UnitNotFound)}
        return codes, units

    def _lookup(self, province, district, commune, need_commune) -> Unit | UnitNotFound:
        guessed = bool(district and district.startswith("?"))  # from the sheet's name
        if guessed:
            district = district[1:]
        prov = None
        if province:
            try:
                prov = self.index.province(self.era, province)
            except UnitNotFound as exc:
                return UnitNotFound("province", _sentence(exc))
        dist = None
        if district and self.era == LEGACY:
            try:
                dist = (
                    self.index.district(self.era, prov, district)
                    if prov
                    else self.index.district_anywhere(self.era, district)
                )
            except UnitNotFound as exc:
                if not guessed:
                    return UnitNotFound("district", _sentence(exc))
        elif district and not guessed:
            return UnitNotFound(
                "district",
                _sentence(
                    UnitNotFound(
                        f"từ 1/7/2025 không còn cấp huyện; hãy bỏ trống cột Huyện (ghi '{district}')"
                    )
                ),
            )
        if prov is None and dist is not None:
            prov = self.index.by_code[(self.era, "province", dist.province_code)]
        if prov is None:
            return UnitNotFound(
                "province",
                "Thiếu tên tỉnh (không có cột Tỉnh, tiêu đề cũng không ghi UBND TỈNH ...).",
            )
        if self.era == LEGACY and need_commune and dist is None:
            if not commune:
                return UnitNotFound("commune", "Thiếu tên xã.")
            try:  # the commune may be unique in the province
                return self.index.commune(self.era, prov, None, commune)
            except UnitNotFound as exc:
                ambiguous = "trùng nhiều" in str(exc)
                return UnitNotFound(
                    "district" if ambiguous else "commune",
                    _sentence(exc) + (" Hãy ghi tên huyện." if ambiguous else ""),
                )
        if not commune:
            if need_commune:
                return UnitNotFound("commune", "Thiếu tên xã.")
            return dist or prov
        try:
            return self.index.commune(self.era, prov, dist, commune)
        except UnitNotFound as exc:
            return UnitNotFound("commune", _sentence(exc))


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def era_from_names(parsed: list[Rows], builder_needs_commune: bool) -> str:
    """The era in which more of the file's unit names resolve (sampled), for files whose
    dates do not say. A District column or group row points to the old units."""
    scores = {}
    for era in (LEGACY, NEW):
        resolver = Resolver(unit_index(), era, quiet=True)
        scores[era] = sum(
            resolver.resolve(rows, rec, builder_needs_commune) is not None
            for rows in parsed
            for rec in rows.head(200)
        )
    has_district = any(r.get("district") or r["_ctx"].district for p in parsed for r in p.head(50))
    if scores[LEGACY] == scores[NEW]:
        return LEGACY if has_district else NEW
    return max(scores, key=scores.get)
