"""Load one workbook: read, validate every row, then write it as one batch, or nothing.

``prepare`` does all the reading and checking without touching the warehouse; ``commit``
writes a prepared file in one transaction. Keeping them apart means the warehouse is
locked only for the insert, and an upload page can preview before it commits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from etl import config, layout, read
from etl.facts import summary
from etl.facts.build import Build, builders
from etl.facts.rows import Rows
from etl.layout import detect, headers
from etl.plan.model import PlanText
from etl.problems import Problem, Problems
from etl.spec import kinds
from etl.spec.tables import FACT_TABLES
from etl.store import Warehouse, goal_series, snapshots
from etl.units import Unit
from etl.units.reference import ERA_CHANGE, LEGACY, NEW
from etl.units.resolve import Resolver, era_from_names, unit_index

__all__ = [
    "LoadResult",
    "Prepared",
    "Problem",
    "commit",
    "load_bytes",
    "load_file",
    "prepare",
    "unit_index",
]


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
    missing_fields: list[str] = field(default_factory=list)  # fields nothing in the file gives
    unmapped_columns: list[dict] = field(default_factory=list)  # {sheet, column, header}
    closest: dict | None = None  # when no table: {sheet, header_row, recognised, missing_fields}
    saved_mappings: list[int] = field(default_factory=list)  # saved mappings applied (ids)

    def to_json(self) -> dict:
        data = asdict(self)
        if data["closest"] is None:
            del data["closest"]
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
    problems: Problems = field(default_factory=Problems)
    layouts: list[detect.Layout] = field(default_factory=list)  # each table's header, read
    closest: detect.Layout | None = None  # when no table was found: the nearest header
    missing_fields: list[str] = field(default_factory=list)
    unmapped_columns: list[dict] = field(default_factory=list)
    summary_sheets: list[str] = field(default_factory=list)  # checked, never stored
    plan: PlanText | None = None  # the plan a goals batch was read from, kept with it

    @property
    def errors(self) -> list[Problem]:
        return self.problems.errors

    @property
    def warnings(self) -> list[Problem]:
        return self.problems.warnings

    def choices(self) -> list[tuple[detect.Layout, dict[str, str]]]:
        """The columns an analyst chose on each header (label -> field), to save."""
        out = []
        for layout_ in self.layouts:
            chosen = {
                c.label: (c.field or headers.IGNORE) for c in layout_.columns if c.chosen == "map"
            }
            if chosen:
                out.append((layout_, chosen))
        return out

    @property
    def rows(self) -> int:
        return sum(len(f) for t, f in self.facts.items() if not FACT_TABLES[t].detail)

    @property
    def scope_key(self) -> str:
        period = (
            self.as_of_date.isoformat()
            if self.as_of_date
            else f"{self.period_start}-{self.period_end}"
        )
        return f"{self.kind}|{self.era}|{','.join(self.unit_codes)}|{period}"


def _arrow(table: str, columns: dict[str, list]) -> pa.Table:
    """Fact rows built as Python lists, typed as the table declares (Arrow need not infer
    the types value by value)."""
    schema = FACT_TABLES[table].arrow_schema(list(columns))
    return pa.table({k: pa.array(v, type=schema.field(k).type) for k, v in columns.items()})


def _typed(table: str, frame: pa.Table) -> pa.Table:
    """A builder's Arrow table with the warehouse's column types."""
    return frame.cast(FACT_TABLES[table].arrow_schema(frame.column_names))


# ---------------------------------------------------------------------------- reading


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


_YEAR_KEYS = ("year", "period_start", "period_end", "deadline", "due_date", "start_date")


def prepare(
    content: bytes,
    file_name: str,
    kind: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    mapping: dict[str, str] | None = None,
    saved: list[headers.SavedMapping] | None = None,
) -> Prepared:
    """Read and check a file completely; never writes anything.

    ``mapping`` is the analyst's choice of fields for columns (column letter or header
    label -> field name, '-' to ignore a column), ``saved`` the mappings saved in the
    warehouse (applied to a header with the same labels)."""
    choices = headers.Choices(dict(mapping or {}), list(saved or []))
    with _gc_paused():
        return _prepare(content, file_name, kind, progress, choices)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is parsed.

    Parsing creates millions of short-lived cells and lists that reference counting frees
    on its own; the cyclic collector finds nothing among them but rescans the growing
    heap again and again (about a tenth of a 100k-row load). Reference counting goes on,
    so memory is still freed as chunks are done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _prepare(
    content: bytes,
    file_name: str,
    kind: str | None,
    progress: Callable[[int, int], None] | None,
    choices: headers.Choices,
) -> Prepared:
    prepared = Prepared(file_name, content, hashlib.sha256(content).hexdigest(), kind)
    problems = prepared.problems
    try:
        sheets = read.read_sheets(content, file_name, head_rows=layout.HEAD_ROWS)
        heads = [layout.SheetHead(s) for s in sheets]
        found = detect.detect(heads, kind, choices)
    except read.ReadError as exc:
        problems.error(str(exc), sheet=exc.sheet, row=exc.row, column=exc.column)
        return prepared
    if found.mapping_error:
        problems.error(found.mapping_error)
        return prepared
    if not found.tables:
        _no_table(prepared, found, kind)
        return prepared
    prepared.kind = found.kind
    prepared.layouts = found.layouts
    heads_by_sheet = {h.name: h for h in heads}
    for table, found_layout in zip(found.tables, found.layouts, strict=True):
        missing = detect.missing_fields(table, heads_by_sheet[table.sheet])
        if missing:
            prepared.missing_fields += [m for m in missing if m not in prepared.missing_fields]
            names = ", ".join(missing)
            recognised = ", ".join(
                f"{c.letter} = {c.field}" for c in found_layout.columns if c.field
            )
            problems.error(
                f"Trang '{table.sheet}' (dòng tiêu đề {table.header_row}) thiếu thông tin bắt "
                f"buộc: {names}. Không có cột nào ghi, tiêu đề và tên trang cũng không nói "
                f"(đã nhận ra: {recognised or 'không cột nào'}). Hãy thêm cột, hoặc ghép một "
                f"cột có sẵn vào: trên trang Tải dữ liệu, hoặc "
                f'--map "Tên cột={missing[0]}".' + _IN_TITLE.get(missing[0], ""),
                table.sheet,
            )
        prepared.unmapped_columns += detect.report(table, heads_by_sheet[table.sheet], problems)
    prepared.sheets = [t.sheet for t in found.tables]
    if problems.errors:
        return prepared
    try:
        _read_facts(prepared, heads, found.tables, progress)
    except read.ReadError as exc:  # a sheet's body is read after its head, and may be broken
        problems.error(str(exc), sheet=exc.sheet, row=exc.row, column=exc.column)
        prepared.facts = {}
    return prepared


# Fields a whole sheet may share, said in its title or name when no column holds them
_IN_TITLE = {
    "year": " Năm chung của cả trang có thể ghi ở tiêu đề (ví dụ 'NĂM 2019') hoặc tên trang.",
    "category": (
        " Lĩnh vực chung của cả trang có thể ghi ở tiêu đề (ví dụ 'ĐÀO TẠO LÝ LUẬN CHÍNH "
        "TRỊ') hoặc đặt làm tên trang."
    ),
}


def _no_table(prepared: Prepared, found: detect.Detected, kind: str | None) -> None:
    """Refuse a file without a table, saying what was looked for and what came closest."""
    problems = prepared.problems
    wanted = kinds.KINDS[kind].label if kind else ", ".join(k.label for k in kinds.KINDS.values())
    hidden = _table_on_hidden_sheet(prepared, kind)
    if hidden:
        problems.error(
            f"Số liệu của tệp {prepared.file_name} nằm ở trang ẩn '{hidden}'. tiendo chỉ đọc "
            "các trang đang hiện. Hãy bỏ ẩn trang đó (chuột phải vào tên trang > Bỏ ẩn) rồi "
            "gửi lại."
        )
        return
    near = found.closest
    if near is None or not any(c.field for c in near.columns):
        problems.error(
            f"Không thấy dòng tiêu đề cột nào trong tệp {prepared.file_name}: tiendo tìm tiêu "
            f"đề cột của {wanted} (ví dụ: Họ và tên, Xã, Năm, Lĩnh vực) trong {headers.SEARCH_ROWS} "
            "dòng đầu của mỗi trang nhưng không thấy cột nào quen. Hãy dùng biểu mẫu "
            "`python -m etl template`, hoặc ghép cột trên trang Tải dữ liệu."
        )
        return
    recognised = {c.letter: c.field for c in near.columns if c.field}
    prepared.closest = near
    prepared.missing_fields = list(near.missing)
    shown = ", ".join(f"{letter} = {name}" for letter, name in recognised.items())
    problems.error(
        f"Không nhận ra bảng {kinds.KINDS[near.kind].label.lower()} trong tệp "
        f"{prepared.file_name}. Gần nhất là trang '{near.sheet}', dòng tiêu đề {near.header_row}: "
        f"đã nhận ra {shown}; còn thiếu: {', '.join(near.missing) or 'không rõ'}. Hãy ghép cột "
        f'trên trang Tải dữ liệu, hoặc dùng --map "Tên cột=<trường>".',
        near.sheet,
    )


def _table_on_hidden_sheet(prepared: Prepared, kind: str | None) -> str | None:
    """The name of a hidden sheet that holds a table, when no visible one does."""
    try:
        sheets = read.read_sheets(prepared.content, prepared.file_name, hidden_only=True)
    except read.ReadError:
        return None
    heads = [layout.SheetHead(s) for s in sheets]
    found = detect.detect(heads, kind, headers.Choices())
    return found.tables[0].sheet if found.tables else None


def _read_facts(
    prepared: Prepared,
    heads: list[layout.SheetHead],
    tables: list[layout.Table],
    progress: Callable[[int, int], None] | None,
) -> None:
    """Read every table's rows, check them and turn them into facts (in ``prepared``)."""
    found_kind = prepared.kind
    assert found_kind is not None
    problems = prepared.problems
    total_rows = sum(h.sheet.height for h in heads) or 1
    summaries = _summary_tables(tables)
    prepared.summary_sheets = [t.sheet for t in summaries]
    parsed: list[Rows] = []
    before = 0  # rows of the sheets read earlier: progress counts the file, not a sheet
    for t in tables:
        # a summary's problems are not the file's: it is compared, never stored
        own = Problems() if t in summaries else problems
        parsed.append(Rows(t, own, _progress_from(before, total_rows, progress)))
        before += next((h.sheet.height for h in heads if h.sheet.name == t.sheet), 0)
    years = [
        v.year if isinstance(v, dt.date) else v
        for p in parsed
        for chunk in p.first
        for k in _YEAR_KEYS
        for v in chunk.values.distinct(k)
        if v
    ]
    prepared.as_of_date = next((t.as_of_date for t in tables if t.as_of_date), None)
    prepared.era = decide_era(prepared.as_of_date, years) or era_from_names(
        parsed, found_kind in ("officers", "communes")
    )

    build_table, finish = builders()[found_kind]
    resolver = Resolver(unit_index(), prepared.era)
    build = Build(resolver, problems, prepared.as_of_date)
    covered: dict[str, Unit] = {}
    fact_years: list[int] = []
    stored: list[tuple[str, object, str]] = []
    for rows in parsed:
        if rows.table in summaries:
            continue
        for table_name, fact, unit, row_years in build_table(rows, build):
            if unit is not None:
                covered[unit.code + unit.level] = unit
            fact_years.extend(y for y in row_years if y)
            if table_name != "_unit":
                stored.append((table_name, fact, rows.table.sheet))
    finish(build)
    for rows in parsed:
        if rows.table in summaries:
            own = Build(resolver, rows.problems, prepared.as_of_date)
            facts = [(t, f) for t, f, _u, _y in build_table(rows, own) if t != "_unit"]
            summary.compare(found_kind, rows.table.sheet, facts, stored, problems, unit_index())
    frames: dict[str, list[dict]] = {}
    column_frames: dict[str, list[pa.Table]] = {}
    for table_name, fact, _sheet in stored:
        if isinstance(fact, pa.Table):
            column_frames.setdefault(table_name, []).append(_typed(table_name, fact))
        else:
            frames.setdefault(table_name, []).append(fact)
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
    if not prepared.facts and not problems.errors:
        problems.error("Tệp không có dòng số liệu nào.", ",".join(prepared.sheets))
    prepared.period_start = min(fact_years) if fact_years else None
    prepared.period_end = max(fact_years) if fact_years else None
    prepared.unit_codes, prepared.unit_names = _coverage(covered.values(), prepared.era)
    prepared.rows_read = sum(len(p) for p in parsed if p.table not in summaries)
    if progress:
        progress(total_rows, total_rows)


def _summary_tables(tables: list[layout.Table]) -> list[layout.Table]:
    """Summary sheets beside unit sheets: checked against them, never stored. A summary
    sheet alone is the file's data."""
    marked = [t for t in tables if t.context.summary]
    return marked if len(marked) < len(tables) else []


def _progress_from(
    before: int, total: int, progress: Callable[[int, int], None] | None
) -> Callable[[int], None] | None:
    """A sheet's progress (its Excel row) as the file's: rows done of all rows."""
    if progress is None:
        return None
    return lambda row: progress(min(before + row, total), total)


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


# ---------------------------------------------------------------------------- writing

# named, not by position: later migrations add columns to load_batches
BATCH_COLUMNS = (
    "batch_id",
    "file_name",
    "file_sha256",
    "kind",
    "sheets",
    "era",
    "unit_codes",
    "unit_names",
    "as_of_date",
    "period_start",
    "period_end",
    "scope_key",
    "loaded_by",
    "loaded_at",
    "rows_read",
    "rows_loaded",
    "rows_rejected",
    "status",
)


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
        missing_fields=list(prepared.missing_fields),
        unmapped_columns=list(prepared.unmapped_columns),
        closest=_closest(prepared.closest),
        saved_mappings=sorted({lay.saved_id for lay in prepared.layouts if lay.saved_id}),
    )
    whole_file = [e for e in prepared.errors if e.row is None]
    if prepared.errors and (not accept_valid or whole_file or not prepared.facts):
        return result

    def write(con: duckdb.DuckDBPyConnection) -> tuple[str, int, int, list[int]]:
        # run again whole when a lake's commit conflicts: everything is read afresh
        same = con.execute(
            "SELECT batch_id, rows_loaded FROM load_batches "
            "WHERE file_sha256 = ? AND kind = ? AND status = 'current' ORDER BY batch_id DESC",
            [prepared.sha256, prepared.kind],
        ).fetchone()
        if same:
            return "unchanged", same[0], same[1], []
        batch_id = wh.next_id(con, "batch_id")
        replaced = [
            r[0]
            for r in con.execute(
                "SELECT batch_id FROM load_batches WHERE scope_key = ? AND status = 'current' "
                "ORDER BY batch_id",
                [prepared.scope_key],
            ).fetchall()
        ]
        now = snapshots.now()
        con.execute(
            f"INSERT INTO load_batches ({', '.join(BATCH_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(BATCH_COLUMNS))})",
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
                now,
                prepared.rows_read,
                prepared.rows,
                len({(e.sheet, e.row) for e in prepared.errors if e.row is not None}),
                "current",
            ],
        )
        snapshots.record(con, [batch_id], "current", now)
        con.execute("INSERT INTO batch_files VALUES (?, ?)", [batch_id, prepared.content])
        if prepared.plan is not None:
            plan = prepared.plan
            con.execute(
                "INSERT INTO batch_plans VALUES (?, ?, ?, ?, ?)",
                [batch_id, plan.file_name, plan.format, plan.content, plan.text],
            )
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
                "WHERE list_contains(?, batch_id)",
                [batch_id, replaced],
            )
            snapshots.record(con, replaced, "superseded", now, by_batch=batch_id)
        # in the same transaction: never a figure without its data. In a lake this also
        # rewrites the series' fingerprint in `meta`, so any two commits conflict and the
        # later is run again: two first loads of one scope never both end current
        # (tests/test_lake.py), at the price of commits taking turns.
        goal_series.refresh(con, goal_series.provinces_of(con, [batch_id, *replaced]))
        return "loaded", batch_id, prepared.rows, replaced

    status, batch_id, rows, replaced = wh.transact(write)
    result.status, result.batch_id, result.rows = status, batch_id, rows
    if status == "unchanged":
        return result
    result.replaced_batch_ids = replaced
    return result


def _closest(near: detect.Layout | None) -> dict | None:
    """The ``closest`` of the ``--json`` answer: where the loader came nearest a table."""
    if near is None:
        return None
    return {
        "sheet": near.sheet,
        "header_row": near.header_row,
        "recognised": {c.letter: c.field for c in near.columns if c.field},
        "missing_fields": list(near.missing),
    }


def load_bytes(
    content: bytes,
    file_name: str,
    wh: Warehouse,
    kind: str | None = None,
    user: str | None = None,
    accept_valid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    mapping: dict[str, str] | None = None,
    save_mapping: bool = True,
) -> LoadResult:
    """Prepare and commit a file, with the mappings saved in ``wh``; the analyst's own
    ``mapping`` is saved for the next file with the same headers (unless not wanted)."""
    from etl.store import mappings

    prepared = prepare(content, file_name, kind, progress, mapping, mappings.saved(wh))
    if mapping and save_mapping:
        for found, fields in prepared.choices():
            mappings.save(wh, found.kind, found.signature, found.labels, fields, user)
    return commit(prepared, wh, user, accept_valid)


def load_file(
    path: str | Path,
    wh: Warehouse,
    kind: str | None = None,
    user: str | None = None,
    accept_valid: bool = False,
    progress: Callable[[int, int], None] | None = None,
    mapping: dict[str, str] | None = None,
    save_mapping: bool = True,
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
    result = load_bytes(
        content, path.name, wh, kind, user, accept_valid, progress, mapping, save_mapping
    )
    result.file = str(path)
    return result
