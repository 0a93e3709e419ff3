"""Load one workbook: read, validate every row, then write it as one batch, or nothing.

``prepare`` does all the reading and checking without touching the warehouse; ``commit``
writes a prepared file in one transaction. Keeping them apart means the warehouse is
locked only for the insert, and an upload page can preview before it commits.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa

from etl import config, headers, kinds, layout, reader, values
from etl.ntm_criteria import CRITERIA_SETS, criteria_count, criteria_set_for_year
from etl.reference import LEGACY, NEW, unit_records
from etl.storage import Warehouse
from etl.text import clean_many
from etl.units import Unit, UnitIndex, UnitNotFound

ERA_CHANGE = dt.date(2025, 7, 1)


@dataclass
class Problem:
    """One thing wrong with a file, located as the analyst sees it in Excel."""

    sheet: str
    row: int | None
    column: str | None
    value: str
    message: str


@dataclass
class LoadResult:
    file: str
    status: str  # loaded | unchanged | refused
    kind: str | None
    batch_id: int | None
    rows: int
    replaced_batch_ids: list[int] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    error_workbook: str | None = None  # the annotated copy, when one was asked for

    def to_json(self) -> dict:
        data = asdict(self)
        return data


@dataclass
class Prepared:
    """A file read and checked, ready to commit (when it has no errors)."""

    file_name: str
    content: bytes
    sha256: str
    kind: str | None
    sheets: list[str] = field(default_factory=list)
    era: str = LEGACY
    as_of_date: dt.date | None = None
    period_start: int | None = None
    period_end: int | None = None
    unit_codes: list[str] = field(default_factory=list)
    unit_names: list[str] = field(default_factory=list)
    facts: dict[str, pa.Table] = field(default_factory=dict)  # ready for DuckDB, no copies
    rows_read: int = 0
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(len(f) for t, f in self.facts.items() if t != "fact_ntm_criterion")

    @property
    def scope_key(self) -> str:
        period = (
            self.as_of_date.isoformat()
            if self.as_of_date
            else f"{self.period_start}-{self.period_end}"
        )
        return f"{self.kind}|{self.era}|{','.join(self.unit_codes)}|{period}"


_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "DATE": pa.date32(),
    "INTEGER": pa.int32(),
    "BOOLEAN": pa.bool_(),
    "DOUBLE": pa.float64(),
    "TIMESTAMP": pa.timestamp("us"),
}


@functools.lru_cache(maxsize=1)
def _fact_types() -> dict[str, dict[str, pa.DataType]]:
    """Column types of every fact table, read from schema.sql: Arrow then need not infer
    them value by value (ten times faster for a large roster)."""
    from etl.storage import sql_file

    tables: dict[str, dict[str, pa.DataType]] = {}
    for name, body in re.findall(
        r"CREATE TABLE IF NOT EXISTS (fact_\w+) \((.*?)\n\);",
        sql_file("schema.sql"),
        flags=re.DOTALL,
    ):
        tables[name] = {
            m.group(1): _ARROW_TYPES[m.group(2)]
            for m in re.finditer(r"^\s+(\w+)\s+([A-Z]+)", body, flags=re.MULTILINE)
        }
    return tables


def _arrow(table: str, columns: dict[str, list]) -> pa.Table:
    types = _fact_types()[table]
    return pa.table({k: pa.array(v, type=types[k]) for k, v in columns.items()})


@functools.lru_cache(maxsize=1)
def unit_index() -> UnitIndex:
    """Units of both eras, from the reference package (identical in every warehouse)."""
    return UnitIndex(unit_records())


# ---------------------------------------------------------------------------- reading


def detect_tables(
    heads: list[layout.SheetHead], kind: str | None
) -> tuple[str | None, list[layout.Table]]:
    """The kind whose sheets match best, and one table per matching sheet (in order)."""
    candidates = [kinds.KINDS[kind]] if kind else list(kinds.KINDS.values())
    best: tuple[float, str | None, list] = (0, None, [])
    for k in candidates:
        found = []
        for head in heads:
            matches = [
                (h, spec) for spec in k.sheets if (h := headers.find_header(head.filled, spec))
            ]
            if matches:
                header, spec = max(matches, key=lambda m: m[0].score)
                found.append((head, spec, header))
        score = sum(h.score for _, _, h in found)
        if score > best[0]:
            best = (score, k.key, found)
    return best[1], [head.table(spec, header) for head, spec, header in best[2]]


def decide_era(as_of: dt.date | None, years: Iterable[int]) -> str | None:
    """Units before 1/7/2025 are 'legacy', after it '2025'; None when dates cannot tell."""
    if as_of:
        return LEGACY if as_of < ERA_CHANGE else NEW
    years = [y for y in years if y]
    if years:
        latest = max(years)
        if latest <= 2024:
            return LEGACY
        if latest >= 2026:
            return NEW
    return None


def era_from_names(parsed: list[_Rows], builder_needs_commune: bool) -> str:
    """The era in which more of the file's unit names resolve (sampled), for files whose
    dates do not say. A District column or group row points to the old units."""
    scores = {}
    for era in (LEGACY, NEW):
        resolver = _Resolver(unit_index(), era, quiet=True)
        scores[era] = sum(
            resolver.resolve(rows, rec, builder_needs_commune) is not None
            for rows in parsed
            for rec in rows.head(200)
        )
    has_district = any(r.get("district") or r["_ctx"].district for p in parsed for r in p.head(50))
    if scores[LEGACY] == scores[NEW]:
        return LEGACY if has_district else NEW
    return max(scores, key=scores.get)


# ---------------------------------------------------------------------------- checking

_DASHES = {"-", "–", "—", "--"}
_SUMMED = ("target", "achieved")


CHUNK_ROWS = 20_000


class _Located:
    """Problems recorded against the sheet, Excel row and column a user sees."""

    table: layout.Table
    errors: list[Problem]
    warnings: list[Problem]

    def problem(self, row: int, key: str | None, value: object, message: str) -> None:
        self.errors.append(self._located(row, key, value, message))

    def warn(self, row: int, key: str | None, value: object, message: str) -> None:
        self.warnings.append(self._located(row, key, value, message))

    def _located(self, row, key, value, message) -> Problem:
        col = self.table.columns.get(key) if key else None
        letter = reader.column_letter(col) if col is not None else None
        return Problem(self.table.sheet, row, letter, values.display(value), message)


class _Chunk(_Located):
    """Up to CHUNK_ROWS data rows of a table, parsed column by column.

    Values are parsed once per distinct raw value and column (a district writes the same
    commune, position and date many times). Working a chunk at a time keeps memory flat
    for a 500k-row file: only one chunk's cells are Python objects at once.
    """

    def __init__(self, owner: _Rows, cells, excel_rows: list[int], contexts: list):
        self.table = owner.table
        self.errors, self.warnings = owner.errors, owner.warnings
        self.excel_rows = excel_rows
        self.contexts = contexts
        self.values: dict[str, list] = {}
        self.ok: list[bool] = []
        self._parse(cells)

    def __len__(self) -> int:
        return len(self.excel_rows)

    def head(self, n: int) -> list[dict]:
        """The first ``n`` rows as dicts (field key -> value, plus _row, _ctx, _ok)."""
        keys = list(self.values)
        return [
            dict(
                {k: self.values[k][i] for k in keys},
                _row=self.excel_rows[i],
                _ctx=self.contexts[i],
                _ok=self.ok[i],
            )
            for i in range(min(n, len(self)))
        ]

    def _parse(self, cells: list[list[object]]) -> None:
        spec = self.table.spec
        n = len(cells)
        self.ok = [True] * n
        for f in spec.fields:
            self.values[f.key] = [None] * n
        for key in ("birth_male", "birth_female"):
            self.values[key] = [None] * n
        targets = [
            (f, self.table.columns[f.key], f.key)
            for f in spec.fields
            if f.key in self.table.columns and f.key != "stt"  # STT is never stored
        ]
        targets += [
            (spec.field("birth"), self.table.columns[k], k)
            for k in ("birth_male", "birth_female")
            if k in self.table.columns
        ]
        width = max((len(r) for r in cells), default=0)
        if any(len(r) != width for r in cells):
            cells = [list(r) + [None] * (width - len(r)) for r in cells]
        # rows are padded above, so zip needs no strict= (which costs 40% here)
        columns = list(zip(*cells))  # noqa: B905
        for f, col, key in targets:
            raws = columns[col] if col < width else (None,) * n
            self.values[key] = self._parse_column(f, col, key, raws)

    def _parse_column(self, f: kinds.Field, col: int, key: str, raws) -> list:
        label = self.table.header.labels.get(col, f.header)
        required = f.required and key == f.key and f.key not in ("province", "district")
        dash = 0 if f.key in _SUMMED else None  # "-" is zero in a count, blank elsewhere
        try:
            distinct = set(raws)
        except TypeError:  # an unhashable cell value: parse one by one
            cache = None
        else:
            if f.type == kinds.TEXT:
                strings = [r for r in distinct if r.__class__ is str]
                cache = dict(zip(strings, clean_many(strings), strict=True))
                others = [r for r in distinct if r.__class__ is not str]
            else:
                cache, others = {}, distinct
            for raw in others:
                cache[raw] = _convert(f, raw, dash)
        out = (
            list(map(cache.__getitem__, raws))
            if cache is not None
            else [_convert(f, r, dash) for r in raws]
        )
        if cache is None:
            bad = True
        elif f.type == kinds.TEXT:  # text never fails to parse; only blanks matter
            bad = None in cache.values()
        else:
            bad = any(v is None or v.__class__ is values.ValueProblem for v in cache.values())
        if not bad:
            return out
        for i, value in enumerate(out):
            if value is None:
                if required:
                    self.problem(self.excel_rows[i], key, raws[i], f"Thiếu '{f.header}'.")
                    self.ok[i] = False
            elif value.__class__ is values.ValueProblem:
                self.problem(self.excel_rows[i], key, raws[i], f"'{label}': {value}.")
                self.ok[i] = False
                out[i] = None
        return out


class _Rows(_Located):
    """The data rows of one table, read and parsed a chunk at a time.

    The first chunk is read at once (the era may depend on it); the rest as a builder
    asks for them. Totals are checked when the last chunk has been read.
    """

    def __init__(
        self, table: layout.Table, prepared: Prepared, progress: Callable[[int], None] | None = None
    ):
        self.table = table
        self.progress = progress
        self.errors = prepared.errors
        self.warnings = prepared.warnings
        self.n = 0
        self._summed: dict[str, list] = {k: [] for k in _SUMMED}
        self._totals: list[tuple[layout.Row, int, int]] = []  # row, first index, end index
        self._source = self._read()
        self.first = next(self._source)
        self._done = False

    def __len__(self) -> int:
        return self.n

    def head(self, n: int) -> list[dict]:
        return self.first.head(n)

    def chunks(self):
        yield self.first
        yield from self._source
        if not self._done:
            self._done = True
            self._check_totals()

    def __iter__(self):
        for chunk in self.chunks():
            yield from chunk.head(len(chunk))

    def _read(self):
        """Data rows gathered into chunks; group rows give context; totals kept aside."""
        cells: list[list[object]] = []
        excel_rows: list[int] = []
        contexts: list = []
        group_start = 0
        progress, every, next_report = self.progress, 5000, 5000
        for row in self.table.rows:
            kind, excel_row, row_cells, context, label = row
            if progress and excel_row >= next_report:
                progress(excel_row)
                next_report = excel_row + every
            if kind == "data":
                cells.append(row_cells)
                excel_rows.append(excel_row)
                contexts.append(context)
            elif kind == "batch":  # consecutive numbered data rows, from excel_row on
                cells.extend(row_cells)
                excel_rows.extend(range(excel_row, excel_row + len(row_cells)))
                contexts.extend([context] * len(row_cells))
            elif kind == "group":
                group_start = self.n + len(cells)
            elif kind == "note":
                self.warn(
                    excel_row, None, label, "Dòng chỉ có một ô chữ, không phải số liệu; đã bỏ qua."
                )
            elif kind == "total":
                here = self.n + len(cells)
                start = 0 if layout.is_grand_total(label) else group_start
                self._totals.append((layout.Row(*row), start, here))
                group_start = here
            if len(cells) >= CHUNK_ROWS:
                yield self._chunk(cells, excel_rows, contexts)
                cells, excel_rows, contexts = [], [], []
        self.table.rows = iter(())  # let the reader free the sheet
        if cells or self.n == 0:
            yield self._chunk(cells, excel_rows, contexts)

    def _chunk(self, cells, excel_rows, contexts) -> _Chunk:
        chunk = _Chunk(self, cells, excel_rows, contexts)
        self.n += len(chunk)
        for key in _SUMMED:
            self._summed[key].extend(chunk.values.get(key) or [None] * len(chunk))
        return chunk

    def _check_totals(self) -> None:
        """'Cộng'/'Tổng cộng' rows are never loaded; they are checked against the data."""
        counts_rows = not any(k in self.table.columns for k in _SUMMED)
        for row, start, end in self._totals:
            rows = end - start
            if rows == 0:
                continue
            stated = re.search(r"(\d+)", row.label or "")
            if counts_rows and stated and int(stated.group(1)) != rows:
                self.warn(
                    row.excel_row,
                    None,
                    row.label,
                    f"Dòng '{row.label}' ghi {stated.group(1)} nhưng có {rows} "
                    "dòng số liệu ở trên.",
                )
            for key in _SUMMED:
                col = self.table.columns.get(key)
                if col is None or col >= len(row.cells):
                    continue
                try:
                    stated_sum = values.parse_number(row.cells[col])
                except values.ValueProblem:
                    continue
                actual = sum(v for v in self._summed[key][start:end] if v)
                if abs(stated_sum - actual) > 1e-6:
                    self.warn(
                        row.excel_row,
                        key,
                        row.cells[col],
                        f"Dòng '{row.label}' ghi {values.display(row.cells[col])} nhưng "
                        f"cộng các dòng ở trên được {values.display(actual)}.",
                    )


def _convert(f: kinds.Field, raw: object, dash: object) -> object:
    """Typed value, None for blank, or a ValueProblem instance (returned, not raised)."""
    if isinstance(raw, str):
        stripped = raw.strip()
        if not stripped:
            return None
        if stripped in _DASHES:
            return dash
    elif raw is None:
        return None
    try:
        return values.parse(f, raw)
    except values.ValueProblem as problem:
        return problem


class _Resolver:
    """Unit names in a row (or the sheet's title and group rows) -> Unit, cached."""

    def __init__(self, index: UnitIndex, era: str, quiet: bool = False):
        self.index = index
        self.era = era
        self.quiet = quiet  # only trying: record no problems
        self._cache: dict[tuple, Unit | UnitNotFound] = {}

    def resolve(self, rows: _Rows, rec: dict, need_commune: bool) -> Unit | None:
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

    def resolve_column(self, rows: _Chunk, need_commune: bool) -> list[Unit | None]:
        """resolve() for every row, looking each distinct combination up once."""
        v = rows.values
        sheet_ctx = rows.table.context
        contexts = rows.contexts

        def filled(column: list, attr: str, fallback: str | None) -> list:
            if None not in column:  # every row names it: no context needed
                return column
            return [
                x or getattr(c, attr) or fallback for x, c in zip(column, contexts, strict=True)
            ]

        provinces = filled(v["province"], "province", sheet_ctx.province)
        districts = filled(v["district"], "district", sheet_ctx.district)
        communes = filled(v["commune"], "commune", None) if need_commune else v["commune"]
        keys = list(zip(provinces, districts, communes, strict=True))
        for key in set(keys):
            if (*key, need_commune) not in self._cache:
                self._cache[(*key, need_commune)] = self._lookup(*key, need_commune)
        found = {key: self._cache[(*key, need_commune)] for key in set(keys)}
        out: list[Unit | None] = list(map(found.__getitem__, keys))
        failed = [k for k, unit in found.items() if isinstance(unit, UnitNotFound)]
        if failed or not all(rows.ok):
            for i, unit in enumerate(out):
                if not rows.ok[i]:
                    out[i] = None
                elif isinstance(unit, UnitNotFound):
                    out[i] = None
                    if not self.quiet:
                        column, message = unit.args
                        value = v[column][i] if column in v else ""
                        rows.problem(rows.excel_rows[i], column, value or "", message)
        return out

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


_YEAR_KEYS = ("year", "period_start", "period_end", "deadline", "due_date", "start_date")


def prepare(
    content: bytes,
    file_name: str,
    kind: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Prepared:
    """Read and check a file completely; never writes anything."""
    prepared = Prepared(file_name, content, hashlib.sha256(content).hexdigest(), kind)
    try:
        heads = [layout.SheetHead(s) for s in reader.read_sheets(content, file_name)]
        found_kind, tables = detect_tables(heads, kind)
    except reader.ReadError as exc:
        prepared.errors.append(Problem("", None, None, "", str(exc)))
        return prepared
    if not tables:
        expected = (
            kinds.KINDS[kind].label if kind else ", ".join(k.label for k in kinds.KINDS.values())
        )
        prepared.errors.append(
            Problem(
                "",
                None,
                None,
                "",
                f"Không tìm thấy bảng số liệu nào trong tệp {file_name} "
                f"(cần dòng tiêu đề cột của: {expected}). Hãy dùng biểu mẫu "
                "`python -m etl template`.",
            )
        )
        return prepared
    prepared.kind = found_kind
    spec_kind = kinds.KINDS[found_kind]
    prepared.sheets = [t.sheet for t in tables]
    for t in tables:
        for col in t.header.unmapped:
            text = t.header.labels.get(col, "")
            if headers.normalize_label(text.split(" › ")[-1]) in ("so thu tu",):
                continue
            prepared.warnings.append(
                Problem(
                    t.sheet,
                    t.header_row,
                    reader.column_letter(col),
                    text,
                    f"Cột '{text}' không thuộc biểu mẫu {spec_kind.label}; đã bỏ qua.",
                )
            )
        present = set(t.columns)
        if {"birth_male", "birth_female"} <= present:
            present |= {"birth", "gender"}
        for f in t.spec.fields:
            if f.required and f.key not in present and f.key not in ("province",):
                prepared.errors.append(
                    Problem(
                        t.sheet,
                        t.header_row,
                        None,
                        "",
                        f"Thiếu cột '{f.header}' trong dòng tiêu đề (dòng {t.header_row}).",
                    )
                )
    missing = [
        s.title
        for s in spec_kind.sheets
        if s.required and not any(t.spec.key == s.key for t in tables)
    ]
    for title in missing:
        prepared.errors.append(Problem("", None, None, "", f"Thiếu trang '{title}'."))
    if prepared.errors:
        return prepared

    total_rows = sum(h.sheet.height for h in heads) or 1
    read_before = 0

    def sheet_progress(row: int) -> None:
        if progress:
            progress(min(read_before + row, total_rows), total_rows)

    parsed = []
    for t in tables:
        parsed.append(_Rows(t, prepared, sheet_progress))
        read_before += next((h.sheet.height for h in heads if h.sheet.name == t.sheet), 0)
    years = [
        v.year if isinstance(v, dt.date) else v
        for p in parsed
        for k in _YEAR_KEYS
        for v in set(p.first.values.get(k, ()))
        if v
    ]
    prepared.as_of_date = next((t.as_of_date for t in tables if t.as_of_date), None)
    prepared.era = decide_era(prepared.as_of_date, years) or era_from_names(
        parsed, found_kind in ("officers", "communes")
    )

    builder = _BUILDERS[found_kind]
    resolver = _Resolver(unit_index(), prepared.era)
    covered: dict[str, Unit] = {}
    fact_years: list[int] = []
    frames: dict[str, list[dict]] = {}
    column_frames: dict[str, list[pa.Table]] = {}
    for rows in parsed:
        for table_name, fact, unit, row_years in builder(
            rows.table.spec.key, rows, resolver, prepared
        ):
            if unit is not None:
                covered[unit.code + unit.level] = unit
            fact_years.extend(y for y in row_years if y)
            if table_name == "_unit":
                continue
            if isinstance(fact, dict) and fact and isinstance(next(iter(fact.values())), list):
                column_frames.setdefault(table_name, []).append(_arrow(table_name, fact))
            else:
                frames.setdefault(table_name, []).append(fact)

    if (
        not frames
        and not any(len(f) for p in column_frames.values() for f in p)
        and (not prepared.errors)
    ):
        prepared.errors.append(
            Problem(",".join(prepared.sheets), None, None, "", "Tệp không có dòng số liệu nào.")
        )
    prepared.facts = {
        name: _arrow(name, {k: [r[k] for r in rows] for k in rows[0]})
        for name, rows in frames.items()
    }
    for name, parts in column_frames.items():
        frame = (
            pa.concat_tables(parts, promote_options="permissive") if len(parts) > 1 else parts[0]
        )
        if len(frame):
            prepared.facts[name] = frame
    prepared.period_start = min(fact_years) if fact_years else None
    prepared.period_end = max(fact_years) if fact_years else None
    prepared.unit_codes, prepared.unit_names = _coverage(covered.values(), prepared.era)
    prepared.rows_read = sum(len(p) for p in parsed)
    if progress:
        progress(total_rows, total_rows)
    return prepared


def _coverage(units: Iterable[Unit], era: str) -> tuple[list[str], list[str]]:
    """The units a file speaks for: districts (before 2025) or provinces, or whole provinces."""
    index = unit_index()
    units = list(units)
    whole = {u.province_code for u in units if u.level == "province"}
    codes: set[tuple[str, str]] = set()
    for u in units:
        if (
            u.province_code in whole
            or era != LEGACY
            or (not u.district_code and u.level != "district")
        ):
            codes.add(("province", u.province_code))
        elif u.level == "district":
            codes.add(("district", u.code))
        else:
            codes.add(("district", u.district_code))
    ordered = sorted(codes, key=lambda c: c[1])
    return [c for _, c in ordered], [index.by_code[(era, lvl, c)].name for lvl, c in ordered]


# ---------------------------------------------------------------------------- builders
# Each builder turns checked rows into fact rows: (table, fact dict, unit covered, years).


# officer fields stored exactly as read
_OFFICER_COPIED = (
    "full_name",
    "gender",
    "ethnicity",
    "party_member",
    "education",
    "major",
    "political_theory",
    "state_management",
    "position",
    "program",
    "start_date",
    "end_date",
    "status",
    "placement_after",
    "annual_rating",
    "note",
)


def _officers(sheet_key, table_rows: _Rows, resolver: _Resolver, prepared: Prepared):
    """Officer facts, column by column and chunk by chunk: the hot path for large rosters."""
    seen: dict[int, int] = {}
    for rows in table_rows.chunks():
        yield from _officer_chunk(rows, resolver, seen)


def _officer_chunk(rows: _Chunk, resolver: _Resolver, seen: dict[int, int]):
    v = rows.values
    n = len(rows)
    ok = rows.ok
    birth, gender = v["birth"], v["gender"]
    if "birth_male" in rows.table.columns or "birth_female" in rows.table.columns:
        birth, gender = list(birth), list(gender)
        for i, (male, female) in enumerate(zip(v["birth_male"], v["birth_female"], strict=True)):
            if gender[i] is None and (male is None) == (female is None):
                rows.problem(
                    rows.excel_rows[i],
                    "birth_male",
                    male or female or "",
                    "Ghi ngày sinh vào đúng một trong hai cột Nam hoặc Nữ "
                    "(cột được ghi cho biết giới tính).",
                )
                ok[i] = False
                continue
            birth[i] = male if male is not None else female
            if gender[i] is None:
                gender[i] = "Nam" if male is not None else "Nữ"
    if None in birth or None in gender:
        for i in range(n):
            if ok[i] and birth[i] is None:
                rows.problem(rows.excel_rows[i], "birth", "", "Thiếu 'Ngày sinh'.")
                ok[i] = False
            elif ok[i] and gender[i] is None:
                rows.problem(rows.excel_rows[i], "gender", "", "Thiếu 'Giới tính'.")
                ok[i] = False
    units = resolver.resolve_column(rows, need_commune=True)
    start, end = v["start_date"], v["end_date"]
    for i in range(n):
        if start[i] and end[i] and end[i] < start[i] and ok[i]:
            rows.problem(
                rows.excel_rows[i], "end_date", end[i], "'Ngày kết thúc' trước 'Ngày bổ nhiệm'."
            )
            ok[i] = False
    keep = [
        i for i, (good, unit) in enumerate(zip(ok, units, strict=True)) if good and unit is not None
    ]
    every = len(keep) == n

    def pick(column: list) -> list:
        return column if every else [column[i] for i in keep]

    names, births = pick(v["full_name"]), pick(birth)
    codes = [u.code for u in pick(units)]
    persons = zip(map(str.lower, names), births, codes, strict=True)
    for person, row in zip(persons, pick(rows.excel_rows), strict=True):
        first = seen.setdefault(person, row)
        if first != row:
            rows.warn(
                row,
                "full_name",
                person[0],
                f"Trùng người với dòng {first} (cùng họ tên, ngày sinh, xã).",
            )
    is_date = [b.__class__ is dt.date for b in births]
    columns = {
        "source_row": pick(rows.excel_rows),
        "birth_date": [b if d else None for b, d in zip(births, is_date, strict=True)],
        "birth_year": [b.year if d else b for b, d in zip(births, is_date, strict=True)],
        "gender": pick(gender),
        "era": [resolver.era] * len(keep),
        "commune_code": codes,
    }
    for key in _OFFICER_COPIED:
        if key != "gender":
            columns[key] = pick(v[key])
    for unit in {units[i] for i in keep}:
        yield "_unit", None, unit, []
    years = {d.year for d in (*start, *end) if d}
    yield "fact_officer", columns, None, sorted(years)


def _communes(sheet_key, rows: _Rows, resolver: _Resolver, prepared: Prepared):
    seen: dict[tuple, int] = {}
    for rec in rows:
        unit = resolver.resolve(rows, rec, need_commune=True)
        if not rec["_ok"] or unit is None:
            continue
        key = (unit.code, rec["year"])
        if key in seen:
            rows.problem(
                rec["_row"],
                "commune",
                rec["commune"],
                f"Xã này đã có số liệu năm {rec['year']} ở dòng {seen[key]}.",
            )
            continue
        seen[key] = rec["_row"]
        if sheet_key == "ntm":
            yield from _ntm_row(rows, rec, unit, prepared)
        else:
            for fkey, _header, indicator in kinds.INDICATORS:
                value = rec.get(fkey)
                if (
                    value is None
                    and fkey in rows.table.columns
                    and (rows.table.spec.field(fkey).type == kinds.MARK)
                ):
                    value = False  # an unmarked yes/no cell on a reported row means "no"
                if value is None:
                    continue
                fact = dict(
                    source_row=rec["_row"],
                    era=unit.era,
                    commune_code=unit.code,
                    year=rec["year"],
                    indicator=indicator,
                    value=float(value),
                )
                yield "fact_commune_indicator", fact, unit, [rec["year"]]


def _ntm_row(rows: _Rows, rec: dict, unit: Unit, prepared: Prepared):
    year = rec["year"]
    criteria_set = rec["criteria_set"] or criteria_set_for_year(year)
    count = criteria_count(criteria_set)
    mark_cols = [n for n in range(1, kinds.MAX_CRITERIA + 1) if f"tc{n}" in rows.table.columns]
    for n in mark_cols:
        if n > count and rec[f"tc{n}"]:
            rows.problem(
                rec["_row"],
                f"tc{n}",
                "x",
                f"Bộ tiêu chí {criteria_set} chỉ có {count} tiêu chí; TC{n} phải để trống.",
            )
            return
    marked = [n for n in mark_cols if n <= count and rec[f"tc{n}"]]
    criteria_met = rec["criteria_met"]
    if criteria_met is not None and criteria_met > count:
        rows.problem(
            rec["_row"],
            "criteria_met",
            criteria_met,
            f"Bộ tiêu chí {criteria_set} chỉ có {count} tiêu chí.",
        )
        return
    if mark_cols and criteria_met is not None and criteria_met != len(marked):
        prepared.warnings.append(
            Problem(
                rows.table.sheet,
                rec["_row"],
                reader.column_letter(rows.table.columns["criteria_met"]),
                str(criteria_met),
                f"'Số tiêu chí đạt' ghi {criteria_met} nhưng có {len(marked)} tiêu chí được đánh dấu.",
            )
        )
    if criteria_met is None and mark_cols:
        criteria_met = len(marked)
    if rec["recognized_year"] and rec["recognized_year"] > year:
        rows.problem(
            rec["_row"],
            "recognized_year",
            rec["recognized_year"],
            f"'Năm công nhận' sau năm số liệu {year}.",
        )
        return
    if rec["recognized_year"] and not rec["ntm_level"]:
        rows.problem(
            rec["_row"], "ntm_level", "", "Có 'Năm công nhận' nhưng thiếu 'Mức đạt chuẩn'."
        )
        return
    fact = dict(
        source_row=rec["_row"],
        era=unit.era,
        commune_code=unit.code,
        year=year,
        criteria_set=criteria_set,
        criteria_met=criteria_met,
        ntm_level=rec["ntm_level"],
        recognized_year=rec["recognized_year"],
    )
    yield "fact_commune_ntm", fact, unit, [year]
    for n in mark_cols:
        if n <= count:
            yield (
                "fact_ntm_criterion",
                dict(
                    era=unit.era,
                    commune_code=unit.code,
                    year=year,
                    criteria_set=criteria_set,
                    criterion_no=n,
                    met=bool(rec[f"tc{n}"]),
                ),
                None,
                [],
            )


def _unit_fields(unit: Unit) -> dict:
    return dict(era=unit.era, unit_level=unit.level, unit_code=unit.code)


def _training(sheet_key, rows: _Rows, resolver: _Resolver, prepared: Prepared):
    for rec in rows:
        unit = resolver.resolve(rows, rec, need_commune=False)
        if not rec["_ok"] or unit is None:
            continue
        base = dict(
            source_row=rec["_row"],
            **_unit_fields(unit),
            category=rec["category"],
            level=rec["level"],
        )
        if sheet_key == "targets":
            if rec["period_end"] < rec["period_start"]:
                rows.problem(
                    rec["_row"], "period_end", rec["period_end"], "'Đến năm' trước 'Từ năm'."
                )
                continue
            fact = dict(
                base,
                period_start=rec["period_start"],
                period_end=rec["period_end"],
                target=rec["target"],
            )
            yield "fact_training_target", fact, unit, [rec["period_start"], rec["period_end"]]
        else:
            fact = dict(base, year=rec["year"], achieved=rec["achieved"])
            yield "fact_training_result", fact, unit, [rec["year"]]


def _goals(sheet_key, rows: _Rows, resolver: _Resolver, prepared: Prepared):
    seen: dict[str, int] = {}
    id_key = "goal_id" if sheet_key == "goals" else "duty_id"
    for rec in rows:
        unit = resolver.resolve(rows, rec, need_commune=False)
        if not rec["_ok"] or unit is None:
            continue
        ident = rec[id_key]
        if ident in seen:
            rows.problem(rec["_row"], id_key, ident, f"Mã '{ident}' đã dùng ở dòng {seen[ident]}.")
            continue
        seen[ident] = rec["_row"]
        if sheet_key == "goals":
            metric = rec["measure"].split(":", 1)[0].strip()
            if metric not in kinds.MEASURES:
                rows.problem(
                    rec["_row"],
                    "measure",
                    rec["measure"],
                    "'Cách đo' phải là một trong: " + ", ".join(kinds.MEASURES) + ".",
                )
                continue
            fact = dict(
                source_row=rec["_row"],
                goal_id=ident,
                name=rec["name"],
                measure=rec["measure"],
                era=unit.era,
                scope_level=unit.level,
                scope_code=unit.code,
                target_value=rec["target_value"],
                unit=rec["unit"],
                deadline=rec["deadline"],
                source_document=rec["source_document"],
            )
            yield "fact_goal", fact, unit, [rec["deadline"].year]
        else:
            fact = dict(
                source_row=rec["_row"],
                duty_id=ident,
                **_unit_fields(unit),
                **{
                    key: rec[key]
                    for key in (
                        "report_kind",
                        "report_name",
                        "period_label",
                        "due_date",
                        "recipient",
                        "source_document",
                    )
                },
            )
            yield "fact_reporting_duty", fact, unit, [rec["due_date"].year]


_BUILDERS = {"officers": _officers, "communes": _communes, "training": _training, "goals": _goals}

assert set(CRITERIA_SETS) == set(kinds.CRITERIA_SETS)

# ---------------------------------------------------------------------------- writing


def commit(
    prepared: Prepared, wh: Warehouse, user: str | None = None, accept_valid: bool = False
) -> LoadResult:
    """Write a checked file as one batch in one transaction; refuse it if it has errors.

    With ``accept_valid`` the rows without errors are loaded and each refused row is kept
    with the batch (view ``rejected_rows``); a problem with the file as a whole (no row)
    still refuses it.
    """
    result = LoadResult(
        prepared.file_name,
        "refused",
        prepared.kind,
        None,
        0,
        errors=prepared.errors,
        warnings=prepared.warnings,
    )
    whole_file = [e for e in prepared.errors if e.row is None]
    if prepared.errors and (not accept_valid or whole_file or not prepared.facts):
        return result
    with wh.write() as con:
        same = con.execute(
            "SELECT batch_id, rows_loaded FROM load_batches "
            "WHERE file_sha256 = ? AND kind = ? AND status = 'current' ORDER BY batch_id DESC",
            [prepared.sha256, prepared.kind],
        ).fetchone()
        if same:
            result.status, result.batch_id, result.rows = "unchanged", same[0], same[1]
            return result
        batch_id = con.execute("SELECT nextval('batch_id_seq')").fetchone()[0]
        replaced = [
            r[0]
            for r in con.execute(
                "SELECT batch_id FROM load_batches WHERE scope_key = ? AND status = 'current' "
                "ORDER BY batch_id",
                [prepared.scope_key],
            ).fetchall()
        ]
        con.execute(
            "INSERT INTO load_batches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'current', NULL)",
            [
                batch_id,
                Path(prepared.file_name).name,
                prepared.sha256,
                prepared.kind,
                ",".join(prepared.sheets),
                prepared.era,
                prepared.unit_codes,
                prepared.unit_names,
                prepared.as_of_date,
                prepared.period_start,
                prepared.period_end,
                prepared.scope_key,
                user or config.current_user(),
                dt.datetime.now(),
                prepared.rows_read,
                prepared.rows,
                prepared.rows_read - prepared.rows,
            ],
        )
        con.execute("INSERT INTO batch_files VALUES (?, ?)", [batch_id, prepared.content])
        if prepared.errors:
            con.executemany(
                "INSERT INTO batch_rejections VALUES (?, ?, ?, ?, ?, ?)",
                [[batch_id, e.sheet, e.row, e.column, e.value, e.message] for e in prepared.errors],
            )
        for table, frame in prepared.facts.items():
            frame = frame.append_column(
                "batch_id", pa.array([batch_id] * len(frame), type=pa.int32())
            )
            con.register("_facts", frame)
            cols = ", ".join(frame.column_names)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _facts")
            con.unregister("_facts")
        if replaced:
            con.execute(
                "UPDATE load_batches SET status = 'superseded', superseded_by = ? "
                "WHERE batch_id IN (SELECT unnest(?::INTEGER[]))",
                [batch_id, replaced],
            )
    result.status, result.batch_id, result.rows = "loaded", batch_id, prepared.rows
    result.replaced_batch_ids = replaced
    return result


def load_bytes(
    content: bytes,
    file_name: str,
    wh: Warehouse,
    kind: str | None = None,
    user: str | None = None,
    accept_valid: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    return commit(prepare(content, file_name, kind, progress), wh, user, accept_valid)


def load_file(
    path: str | Path,
    wh: Warehouse,
    kind: str | None = None,
    user: str | None = None,
    accept_valid: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        return LoadResult(
            str(path),
            "refused",
            kind,
            None,
            0,
            errors=[Problem("", None, None, "", f"Không mở được tệp {path}: {exc.strerror}.")],
        )
    result = load_bytes(content, path.name, wh, kind, user, accept_valid, progress)
    result.file = str(path)
    return result
