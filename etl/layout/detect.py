"""Which kind of data a workbook holds, which of its sheets hold a table, and, when
something is missing, what was looked for and what was found closest.

Every sheet's head is searched for every table of every kind; the kind whose tables
match best wins, and each sheet with a table of that kind is read. A table whose header
lacks an identifying field (and whose title, sheet name or group rows do not give it
either) is refused with the fields missing and a way to map them; an optional field the
file does not give is one warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.layout import headers
from etl.layout.sheet import SheetHead, Table, classify
from etl.problems import Problems, column_letter
from etl.spec import kinds, vocabulary
from etl.text import fold_words
from etl.values import display

SAMPLES = 4  # values shown under each column when the analyst maps it


@dataclass
class Column:
    """A column as the upload page shows it for mapping."""

    letter: str
    label: str
    field: str | None  # the field it was read as (a name --map takes), or None
    dims: str  # what the header says of its facts ("year=2021"), for cross-tabs
    ignored: bool
    chosen: str | None  # 'map' or 'saved:<id>'
    samples: list[str]


@dataclass
class Layout:
    """What the loader found on one sheet: the header it used (or came closest to)."""

    sheet: str
    kind: str
    table: str
    header_row: int  # as Excel numbers it
    signature: str
    labels: list[str]
    columns: list[Column]
    missing: list[str]  # fields missing, as --map names them
    saved_id: int | None = None


@dataclass
class Detected:
    kind: str | None
    tables: list[Table] = field(default_factory=list)
    layouts: list[Layout] = field(default_factory=list)
    closest: Layout | None = None  # when no table was found
    mapping_error: str | None = None


def detect(heads: list[SheetHead], kind: str | None, choices: headers.Choices) -> Detected:
    """The kind whose tables match best, and one table per matching sheet (in order)."""
    candidates = [kinds.KINDS[kind]] if kind else list(kinds.KINDS.values())
    heads = [h for h in heads if fold_words(h.name) not in vocabulary.NOT_DATA_SHEETS]
    best: tuple[float, kinds.Kind | None, list] = (0, None, [])
    closest: tuple[float, SheetHead | None, kinds.TableSpec | None, headers.HeaderBlock | None]
    closest = (float("-inf"), None, None, None)
    mapping_errors: list[str] = []
    for k in candidates:
        found = []
        try:
            for head in heads:
                matches = []
                for spec in k.tables:
                    block, near = head.find_header(spec, choices)
                    if block is not None:
                        matches.append((block, spec))
                    if near is not None and near.score > closest[0]:
                        closest = (near.score, head, spec, near)
                if matches:
                    block, spec = max(matches, key=lambda m: m[0].score)
                    found.append((head, spec, block))
        except headers.MappingError as exc:
            mapping_errors.append(str(exc))
            continue
        score = sum(b.score for _, _, b in found)
        if score > best[0]:
            best = (score, k, found)
    _, chosen, found = best
    if chosen is None:
        _, head, spec, near = closest
        layout = _layout(head, spec, near) if near is not None else None
        error = (
            mapping_errors[0] if mapping_errors and len(mapping_errors) == len(candidates) else None
        )
        return Detected(None, closest=layout, mapping_error=error)
    tables = [head.table(spec, block) for head, spec, block in found]
    layouts = [
        _layout(head, spec, block, table)
        for (head, spec, block), table in zip(found, tables, strict=True)
    ]
    return Detected(chosen.key, tables, layouts)


def missing_fields(table: Table, head: SheetHead) -> list[str]:
    """The identifying fields this table does not give (by a column, its header, the
    title, the sheet's name or a group row), as ``--map`` names them."""
    given = table.given() | _from_group_rows(table, head)
    missing = []
    for _group, group_fields in table.spec.groups.items():
        if not any(f.key in given for f in group_fields):
            missing.append(group_fields[0].map_names[0])
    for f in table.spec.fields:
        if f.key in given:
            for need in f.needs:
                if need not in given:
                    missing.append(table.spec.field(need).map_names[0])
    return list(dict.fromkeys(missing))


def _from_group_rows(table: Table, head: SheetHead) -> set[str]:
    """Fields that group rows below the header give ("a) Xã Tam Chung")."""
    found: set[str] = set()
    stt = table.columns.get("stt")
    for cells in head.filled[table.header.last_row + 1 :]:
        kind, label = classify(cells, stt)
        if kind == "group" and label is not None:
            level = label[0]
            found |= {"commune"} if level == "commune" else {"district", "province"}
    return found


def report(table: Table, head: SheetHead, problems: Problems) -> list[dict]:
    """Warn of unmapped columns and of optional fields the file does not give; the
    unmapped columns, as the ``--json`` answer lists them."""
    unmapped = []
    label = table.spec.title
    for col in table.header.unmapped:
        text = table.header.labels.get(col, "")
        if headers.normalize_label(text.split(" › ")[-1]) in ("so thu tu",):
            continue
        unmapped.append({"sheet": table.sheet, "column": column_letter(col), "header": text})
        problems.warn(
            f"Cột '{text}' không nhận ra là thông tin nào của {label.lower()}; đã bỏ qua "
            "(có thể ghép cột này trên trang Tải dữ liệu hoặc bằng --map).",
            table.sheet,
            table.header_row,
            column_letter(col),
            text,
        )
    given = table.given()
    absent = [f.header for f in table.spec.fields if f.expected and f.key not in given]
    if table.context.several_posts and "position" not in table.columns:
        problems.warn(
            "Tiêu đề nêu nhiều chức vụ; chức vụ của từng người để trống (thêm cột Chức vụ "
            "nếu cần).",
            table.sheet,
        )
        absent = [a for a in absent if a != table.spec.field("position").header]
    if absent:
        problems.warn(
            f"Trang '{table.sheet}' không có {', '.join(absent)}; các thông tin này để trống.",
            table.sheet,
            table.header_row,
        )
    return unmapped


def _layout(
    head: SheetHead,
    spec: kinds.TableSpec,
    block: headers.HeaderBlock,
    table: Table | None = None,
) -> Layout:
    samples = [r for r in head.raw[block.last_row + 1 :] if any(v not in (None, "") for v in r)]
    columns = []
    for c, role in sorted(block.roles.items()):
        key = "achieved" if role.field == headers.MEASURE else role.field
        f = block.fields.get(key) if key else None
        values = [display(r[c]) for r in samples if c < len(r) and r[c] not in (None, "")]
        columns.append(
            Column(
                column_letter(c),
                role.label,
                f.map_names[0] if f is not None and role.mapped else None,
                ", ".join(f"{k}={v}" for k, v in role.dims),
                role.ignored,
                role.chosen,
                values[:SAMPLES],
            )
        )
    if table is not None:
        missing = missing_fields(table, head)
    else:
        missing = [spec.groups[g][0].map_names[0] for g in block.missing]
    return Layout(
        head.name,
        spec.kind,
        spec.key,
        block.last_row + 1,
        block.signature,
        block.labels_in_order,
        columns,
        missing,
        block.saved_id,
    )
