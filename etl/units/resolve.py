"""Where each row's facts belong: unit codes and names on the row, in a group row, the
title block or the sheet's name -> a unit of the file's era.

In this order: a code, when the row has one (a name on the same row that contradicts it
is an error naming both); then the names, from the province down, each exact within its
parent before tone marks are ignored (:mod:`etl.units.index`). Each distinct combination
of names and codes is looked up once; the era can be decided from the names themselves
when a file's dates do not say.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from etl.units.index import LEVEL_NAMES, Unit, UnitIndex, UnitNotFound, split_name
from etl.units.reference import LEGACY, NEW, unit_records

if TYPE_CHECKING:  # rows report their own problems; this module only asks them to
    from etl.facts.rows import Chunk, Rows

CODE_FIELDS = ("commune_code", "district_code", "province_code", "unit_code")


@functools.lru_cache(maxsize=1)
def unit_index() -> UnitIndex:
    """Units of both eras, from the reference package (identical in every warehouse)."""
    return UnitIndex(unit_records())


class Written(NamedTuple):
    """What a row (with its group rows, title and sheet name) says about its unit."""

    province: str | None
    district: str | None
    commune: str | None
    unit: str | None  # a name of any level ("Đơn vị")
    commune_code: str | None
    district_code: str | None
    province_code: str | None
    unit_code: str | None
    guess: str | None  # the sheet's name, which may be a district's or a commune's
    from_group: bool  # the district came from a group row or the title


class Missing(LookupError):
    """A unit could not be found; ``column`` is the field whose cell is at fault."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


class Resolver:
    """Units for rows of one era, each distinct combination of names looked up once."""

    def __init__(self, index: UnitIndex, era: str, quiet: bool = False):
        self.index = index
        self.era = era
        self.quiet = quiet  # only trying: record no problems
        self._cache: dict[tuple, Unit | Missing] = {}

    # ------------------------------------------------------------------ rows and chunks

    def resolve(self, rows: Rows | Chunk, rec: dict, need_commune: bool) -> Unit | None:
        written = self._written(rows, rec, need_commune)
        found = self._cached(written, need_commune)
        if isinstance(found, Missing):
            if not self.quiet:
                rows.problem(rec["_row"], found.column, rec.get(found.column) or "", str(found))
            return None
        return found

    def resolve_codes(self, rows: Chunk, need_commune: bool) -> tuple[pa.Array, dict[str, Unit]]:
        """Every row's unit code (null where it cannot be resolved or the row is bad), and
        the units by code. Each distinct combination is looked up once; Arrow spreads the
        codes over the rows."""
        table = rows.table
        contexts = rows.contexts
        units = table.context.units
        names = {
            k: rows.array(k, pa.string()) for k in ("province", "district", "commune", "unit_name")
        }
        codes = {k: rows.array(k, pa.string()) for k in CODE_FIELDS}

        def filled(key: str, fallback: str | None) -> pa.Array:
            column = names[key]
            if not column.null_count:  # every row names it: no context needed
                return column
            return pa.array(
                [
                    x or getattr(c, key) or fallback
                    for x, c in zip(column.to_pylist(), contexts, strict=True)
                ],
                pa.string(),
            )

        parts = [
            filled("province", units.province),
            filled("district", units.district),
            filled("commune", None) if need_commune else names["commune"],
            names["unit_name"],
            *codes.values(),
            pc.if_else(names["district"].is_null(), "1", ""),  # the district from context
        ]
        keys = pc.binary_join_element_wise(
            *parts, "\x1f", null_handling="replace", null_replacement=""
        )
        distinct = keys.unique()
        found: list[Unit | Missing] = []
        for key in distinct.to_pylist():
            *part, from_context = [p or None for p in key.split("\x1f")]
            written = Written(*part, table.context.sheet_unit, bool(part[1] and from_context))
            found.append(self._cached(written, need_commune))
        codes_out = pa.array(
            [None if isinstance(u, Missing) else u.code for u in found], pa.string()
        ).take(pc.index_in(keys, value_set=distinct))
        failed = {
            k: u for k, u in zip(distinct.to_pylist(), found, strict=True) if isinstance(u, Missing)
        }
        if failed and not self.quiet:
            v = rows.values
            flagged = pc.is_in(keys, value_set=pa.array(list(failed), pa.string()))
            for i in pc.indices_nonzero(flagged).to_pylist():
                if rows.ok[i]:
                    problem = failed[keys[i].as_py()]
                    value = v[problem.column][i] if problem.column in v else ""
                    rows.problem(rows.excel_rows[i], problem.column, value or "", str(problem))
        if not all(rows.ok):
            codes_out = pc.if_else(
                pa.array(rows.ok, pa.bool_()), codes_out, pa.scalar(None, pa.string())
            )
        return codes_out, {u.code: u for u in found if not isinstance(u, Missing)}

    def _written(self, rows: Rows | Chunk, rec: dict, need_commune: bool) -> Written:
        ctx = rec["_ctx"]
        units = rows.table.context.units
        district = rec.get("district") or ctx.district or units.district
        return Written(
            rec.get("province") or ctx.province or units.province,
            district,
            rec.get("commune") or (ctx.commune if need_commune else None),
            rec.get("unit_name"),
            *(rec.get(k) for k in CODE_FIELDS),
            rows.table.context.sheet_unit,
            bool(district) and not rec.get("district"),
        )

    def _cached(self, written: Written, need_commune: bool) -> Unit | Missing:
        key = (*written, need_commune)
        if key not in self._cache:
            try:
                self._cache[key] = self._lookup(written, need_commune)
            except Missing as exc:
                self._cache[key] = exc
        return self._cache[key]

    # ------------------------------------------------------------------ the lookup

    def _lookup(self, w: Written, need_commune: bool) -> Unit:
        by_code = self._by_code(w, need_commune)
        if by_code is not None and (by_code.level == "commune" or not need_commune):
            return by_code
        prov = self._province(w, by_code)
        dist = self._district(w, prov, by_code)
        if prov is None and dist is not None:
            prov = self.index.by_code[(self.era, "province", dist.province_code)]
        commune = w.commune or (w.unit if need_commune else None)
        if commune:
            return self._commune(commune, prov, dist, "commune" if w.commune else "unit_name")
        if w.unit:  # a name of any level: training's "Đơn vị"
            return self._any_level(w.unit, prov, dist, w.from_group)
        if need_commune:
            if w.guess and dist is None:
                try:
                    return self._commune(w.guess, prov, dist, "commune")
                except Missing:
                    pass
            raise Missing(
                "commune", "Thiếu tên xã (không có cột Xã, dòng nhóm hay tiêu đề ghi xã)."
            )
        if dist is not None:
            return dist
        if prov is not None:
            return prov
        raise Missing(
            "province",
            "Thiếu tên tỉnh (không có cột Tỉnh, tiêu đề cũng không ghi UBND TỈNH ...).",
        )

    def _by_code(self, w: Written, need_commune: bool) -> Unit | None:
        """The unit a code on the row names, checked against the names beside it. A bare
        "Mã ĐVHC" may be of any level the names beside it are: the first level whose
        unit has that code and agrees with those names is the one."""
        levels: list[str] = []
        if w.commune_code:
            levels, column, written = ["commune"], "commune_code", w.commune_code
        elif w.unit_code:
            column, written = "unit_code", w.unit_code
            if w.commune or w.unit or need_commune:
                levels.append("commune")
            if w.district:
                levels.append("district")
            if w.province:
                levels.append("province")
            by_length = {2: "province", 3: "district"}.get(len(written), "commune")
            levels += [lvl for lvl in (by_length,) if lvl not in levels]
        elif w.district_code and self.era == LEGACY:
            levels, column, written = ["district"], "district_code", w.district_code
        elif w.province_code:
            levels, column, written = ["province"], "province_code", w.province_code
        if not levels:
            return None
        first: Missing | None = None
        for level in levels:
            try:
                unit = self.index.code(self.era, level, written)
                self._check_names(w, unit, level)
            except UnitNotFound as exc:
                first = first or Missing(column, _sentence(exc))
                continue
            except Missing as exc:
                first = first or exc
                continue
            return unit
        assert first is not None
        raise first

    def _check_names(self, w: Written, unit: Unit, level: str) -> None:
        """A Missing when a name on the row contradicts the unit its code names."""
        name = (w.commune or w.unit) if level == "commune" else w.unit
        checks = [
            (name, unit if unit.level == level else None, "commune" if w.commune else "unit_name"),
            (
                w.district if level != "province" else None,
                self._parent(unit, "district"),
                "district",
            ),
            (w.province, self._parent(unit, "province"), "province"),
        ]
        for text, owner, field in checks:
            if text and owner is not None and not self.index.matches(owner, text):
                raise Missing(
                    field,
                    f"Mã {LEVEL_NAMES[level]} {unit.code} là {self.index.describe(unit)} nhưng "
                    f"tên ghi trên cùng dòng là '{text}'. Hãy sửa mã hoặc tên cho khớp.",
                )

    def _parent(self, unit: Unit, level: str) -> Unit | None:
        if unit.level == level:
            return unit
        code = unit.district_code if level == "district" else unit.province_code
        return self.index.by_code.get((unit.era, level, code)) if code else None

    def _province(self, w: Written, by_code: Unit | None) -> Unit | None:
        if by_code is not None:
            return self._parent(by_code, "province")
        if not w.province:
            return None
        try:
            return self.index.find(self.era, "province", "", w.province)
        except UnitNotFound as exc:
            raise Missing("province", _sentence(exc)) from None

    def _district(self, w: Written, prov: Unit | None, by_code: Unit | None) -> Unit | None:
        if by_code is not None and by_code.level in ("district", "commune"):
            return self._parent(by_code, "district")
        if self.era != LEGACY:
            if w.district and not w.from_group:
                raise Missing(
                    "district",
                    "Từ 1/7/2025 không còn cấp huyện; hãy bỏ trống cột Huyện "
                    f"(ghi '{w.district}').",
                )
            return None
        for text, explicit in ((w.district, True), (w.guess, False)):
            if not text:
                continue
            try:
                parent, where = (prov.code, f" thuộc {prov.name}") if prov else ("*", "")
                return self.index.find(self.era, "district", parent, text, where)
            except UnitNotFound as exc:
                if explicit:
                    raise Missing("district", _sentence(exc)) from None
        return None

    def _commune(self, text: str, prov: Unit | None, dist: Unit | None, column: str) -> Unit:
        parent = dist or prov
        if self.era == NEW and prov is None:
            parent = None
        where = f" thuộc {parent.name}" if parent else ""
        try:
            return self.index.find(self.era, "commune", parent.code if parent else "*", text, where)
        except UnitNotFound as exc:
            hint = ""
            if exc.candidates and "bỏ dấu" not in str(exc):
                levels = {u.district_code for u in exc.candidates}
                hint = (
                    f" Hãy ghi thêm tên huyện hoặc mã {LEVEL_NAMES['commune']}."
                    if len(levels) > 1
                    else " Hãy ghi thêm loại đơn vị (xã/phường/thị trấn) hoặc mã xã."
                )
            raise Missing(column, _sentence(exc) + hint) from None

    def _any_level(
        self, text: str, prov: Unit | None, dist: Unit | None, in_district: bool
    ) -> Unit:
        """A unit named without saying its level: its written type decides, else the
        sheet's layout (rows under a district are its communes; a table of a province
        lists districts)."""
        kind, _bare = split_name(text)
        if kind == "tinh":
            order = ["province"]
        elif kind in ("huyen", "thi xa", "quan") or (kind == "thanh pho" and prov is not None):
            order = ["district"]
        elif kind in ("xa", "phuong", "thi tran", "dac khu"):
            order = ["commune"]
        elif dist is not None and in_district:
            order = ["commune", "district"]
        else:
            order = ["district", "commune", "province"]
        if self.era != LEGACY:
            order = [lvl for lvl in order if lvl != "district"] or ["commune"]
        problem: Missing | None = None
        for level in order:
            try:
                if level == "province":
                    return self.index.find(self.era, "province", "", text)
                if level == "district":
                    parent, where = (prov.code, f" thuộc {prov.name}") if prov else ("*", "")
                    return self.index.find(self.era, "district", parent, text, where)
                return self._commune(text, prov, dist, "unit_name")
            except UnitNotFound as exc:
                problem = problem or Missing("unit_name", _sentence(exc))
            except Missing as exc:
                problem = problem or exc
        assert problem is not None
        raise problem


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def era_from_names(parsed: list[Rows], need_commune: bool) -> str:
    """The era in which more of the file's unit names resolve (sampled), for files whose
    dates do not say. A District column or group row points to the old units."""
    scores = {}
    for era in (LEGACY, NEW):
        resolver = Resolver(unit_index(), era, quiet=True)
        scores[era] = sum(
            resolver.resolve(rows, rec, need_commune) is not None
            for rows in parsed
            for rec in rows.head(200)
        )
    has_district = any(
        r.get("district") or r["_ctx"].district or p.table.context.units.district
        for p in parsed
        for r in p.head(50)
    )
    if scores[LEGACY] == scores[NEW]:
        return LEGACY if has_district else NEW
    return max(scores, key=scores.get)
