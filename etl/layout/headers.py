"""Find a table's header block and tell what each column holds.

Real headers span one to four rows, merged across and down, sometimes with an empty row
inside the merges. A block of rows is a header candidate only if no merged cell crosses
its top or bottom edge, so a header is never cut in the middle of a merge. Each column's
label is the path of texts above it, top to bottom; the path is read as a tree:

- a group over several columns is context, not a field ("Trình độ đào tạo" over
  "Chuyên môn | Chuyên ngành" is education and major; "Quê quán" over "Xã" is a hometown,
  which holds no facts);
- a part that names a field makes the column that field ("Họ và tên");
- a part that names a *value* of a field makes a dimension of the column's facts: a
  year ("Năm 2021", "2011"), a period ("Chỉ tiêu 2011-2015"), a training category or
  level ("Lý luận chính trị", "Sơ cấp"). Columns with dimensions are a cross-tab: each
  of their cells is its own fact, with the row's other fields;
- under "Các tiêu chí" (or a criterion group), numbers, "TC1" or criterion names are the
  NTM criteria of a matrix, "2.1" or "17.10" their sub-criteria.

Labels match by meaning (:mod:`etl.spec.vocabulary`): case, diacritics, spacing and line
breaks do not matter and the usual abbreviations are expanded. An analyst's choices
(``--map``, the upload page) and mappings saved for the same header override all this.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from openpyxl.utils import column_index_from_string

from etl import values
from etl.problems import column_letter
from etl.spec import kinds, vocabulary
from etl.spec.criteria import CRITERIA_SETS, GROUPS_19, SHORT_NAMES_19
from etl.spec.vocabulary import normalize_label
from etl.text import fold_words

MAX_HEADER_ROWS = 4
SEARCH_ROWS = 40
IGNORE = "-"  # what a mapping gives a column that holds nothing to store

# Fields that say which thing a fact is about, never a measure of it: in a cross-tab they
# belong to every fact of the row.
KEY_FIELDS = frozenset(
    {
        "stt",
        "full_name",
        "province",
        "district",
        "commune",
        "unit_name",
        "commune_code",
        "district_code",
        "province_code",
        "unit_code",
        "year",
        "period_start",
        "period_end",
        "category",
        "level",
        "criteria_set",
    }
)
# What a number in a cross-tab column counts when only its dimensions are written over it
# ("2011" under "Chuyên môn nghiệp vụ"): per table, per dimension. With no year or period
# over the column ("Trung cấp" under "Lý luận chính trị"), the title's decides: MEASURE
# stands for it until then (see layout.Table.groups).
DEFAULT_MEASURE = {"training": {"period": "target", "year": "achieved", "": "achieved"}}
MEASURE = "@measure"
# Fields whose values may stand over a cross-tab's columns.
DIMENSION_FIELDS = ("category", "level")

_NUMBERED = re.compile(r"^(?:tieu chi(?: so)?|tieu chi thu) ?(\d{1,2})$")
_BARE_NUMBER = re.compile(r"^(\d{1,2})$")
_NUMBERED_NAME = re.compile(r"^(\d{1,2}) [a-z]")
_SUB = re.compile(r"^\s*(\d{1,2})\s*[.,]\s*(\d{1,2})\s*$")


@lru_cache(maxsize=1)
def _criterion_names() -> tuple[dict[str, int], dict[str, int]]:
    """Folded names -> number: for the 19-criteria sets, and for the 10-criteria set."""
    nineteen = dict(SHORT_NAMES_19)
    ten: dict[str, int] = {}
    for _set, (_decision, names) in CRITERIA_SETS.items():
        target = nineteen if len(names) == 19 else ten
        for number, name in enumerate(names, start=1):
            target.setdefault(fold_words(name), number)
    return nineteen, ten


_CRITERIA_CONTEXT = ("tieu chi", *GROUPS_19)


@dataclass(frozen=True)
class Role:
    """What one column holds."""

    column: int
    label: str  # the header as shown: "Trình độ đào tạo › Chuyên môn"
    field: str | None = None  # the field its cells fill
    dims: tuple[tuple[str, object], ...] = ()  # what the header says about its facts
    ignored: bool = False  # known to hold no facts (Quê quán, TH/KH %, a total column)
    chosen: str | None = None  # 'map' or 'saved:<id>' when an analyst decided it

    @property
    def mapped(self) -> bool:
        return self.field is not None and not self.ignored


@dataclass(frozen=True)
class SavedMapping:
    """A mapping an analyst chose for a header, kept in the warehouse."""

    mapping_id: int
    kind: str
    signature: str
    fields: dict[str, str]  # header label as shown -> field name ('-': ignored)


@dataclass
class Choices:
    """What the analyst decided about columns: for this file, and saved for headers."""

    overrides: dict[str, str] = field(default_factory=dict)  # column letter or label -> field
    saved: list[SavedMapping] = field(default_factory=list)


class MappingError(ValueError):
    """A mapping names a field the table does not have; the message is Vietnamese."""


@dataclass
class HeaderBlock:
    first_row: int  # 0-based index of the first header row
    last_row: int  # 0-based index of the last header row
    roles: dict[int, Role]  # every column with a label (or chosen by a mapping)
    fields: dict[str, kinds.Field]  # the table's fields plus any this header adds
    score: float
    signature: str
    labels_in_order: list[str]
    missing: list[str] = field(default_factory=list)  # identifying groups no column gives
    saved_id: int | None = None  # the saved mapping applied, if any

    @property
    def columns(self) -> dict[str, int]:
        """Field -> column, for the columns without dimensions (a list's columns)."""
        out: dict[str, int] = {}
        for c, role in self.roles.items():
            if role.mapped and not role.dims:
                out.setdefault(role.field, c)
        return out

    @property
    def labels(self) -> dict[int, str]:
        return {c: r.label for c, r in self.roles.items()}

    @property
    def unmapped(self) -> list[int]:
        return [c for c, r in self.roles.items() if not r.mapped and not r.ignored]

    @property
    def crosstab(self) -> bool:
        return any(r.dims for r in self.roles.values() if r.mapped)

    def groups(self) -> list[tuple[dict[str, object], dict[str, int]]]:
        """The facts a row holds: (dimensions, field -> column) for each. A list gives
        one; a cross-tab one per set of dimensions, each with the row's key fields (and
        one more for its plain measure columns, if it has any)."""
        plain = self.columns
        dimmed: dict[tuple, dict[str, int]] = {}
        for c, role in self.roles.items():
            if role.mapped and role.dims:
                dimmed.setdefault(role.dims, {}).setdefault(role.field, c)
        if not dimmed:
            return [({}, plain)]
        keys = {k: c for k, c in plain.items() if k in KEY_FIELDS}
        out = [(dict(dims), {**keys, **cols}) for dims, cols in dimmed.items()]
        if any(k not in KEY_FIELDS for k in plain):
            out.insert(0, ({}, plain))
        return out

    def recognised(self) -> dict[str, str]:
        """Column letter -> what it was read as, for messages and ``closest``."""
        out = {}
        for c, role in sorted(self.roles.items()):
            if role.mapped:
                dims = ", ".join(f"{k}={v}" for k, v in role.dims)
                out[column_letter(c)] = role.field + (f" ({dims})" if dims else "")
        return out


# ---------------------------------------------------------------------- reading a column


@lru_cache(maxsize=64)
def _names(spec: kinds.TableSpec) -> dict[str, str]:
    """Every header name of the spec's fields (normalized) -> field key."""
    names: dict[str, str] = {}
    for f in spec.fields:
        for text in (f.header, *f.aliases, *vocabulary.SYNONYMS.get(f.key, ())):
            names.setdefault(normalize_label(text), f.key)
    for name, key in list(names.items()):  # and each without words that add nothing
        names.setdefault(vocabulary.without_filler(name), key)
    return names


@lru_cache(maxsize=4096)
def _dimension(part: str, spec: kinds.TableSpec) -> tuple[tuple[tuple[str, object], ...], str]:
    """The dimensions a header part names, and what is left of it: 'chi tieu 2011 2015'
    -> ((period_start, 2011), (period_end, 2015)), 'chi tieu'; 'ket qua nam 2025' ->
    ((year, 2025),), 'ket qua'."""
    if m := vocabulary.YEAR_RANGE.search(part):
        start, end = int(m.group(1)), int(m.group(2))
        rest = " ".join((part[: m.start()] + " " + part[m.end() :]).split())
        rest = re.sub(r"^(?:giai doan|gd)\s*|\s*(?:giai doan|gd)$", "", rest).strip()
        if "period_start" in spec.by_key and start <= end:
            return (("period_start", start), ("period_end", end)), rest
    if (m := vocabulary.SOME_YEAR.search(part)) and "year" in spec.by_key:
        rest = " ".join((part[: m.start()] + " " + part[m.end() :]).split())
        return (("year", int(m.group(1))),), rest
    for key in DIMENSION_FIELDS:
        f = spec.by_key.get(key)
        if f is None or not f.choices:
            continue
        try:
            return ((key, values.parse_choice(part, f.choices)),), ""
        except values.ValueProblem:
            pass
        if (choice := _named_within(part, f.choices)) is not None:
            return ((key, choice),), ""  # "Kiến thức QLNN", "Bồi dưỡng LLCT"
    return (), part


def _named_within(part: str, choices: tuple[str, ...]) -> str | None:
    """The one choice a longer header names ("kien thuc quan ly nha nuoc"): the choice
    whose name or synonym is the longest whole-word match, if only one is."""
    found: dict[str, int] = {}
    for choice in choices:
        for word in (fold_words(choice), *vocabulary.CHOICE_SYNONYMS.get(choice, ())):
            if len(word) > 4 and re.search(rf"\b{re.escape(word)}\b", part):
                found[choice] = max(found.get(choice, 0), len(word))
    if not found:
        return None
    longest = max(found.values())
    best = [c for c, n in found.items() if n == longest]
    return best[0] if len(best) == 1 else None


def _in_matrix(parts: list[str]) -> bool:
    """Under "Các tiêu chí" or a criterion group, or headed "TC5" / "Tiêu chí 5"."""
    return bool(_NUMBERED.match(parts[-1])) or any(
        any(c in p for c in _CRITERIA_CONTEXT) for p in parts[:-1]
    )


def _criterion(parts: list[str], raw_leaf: object, spec: kinds.TableSpec) -> str | None:
    """'tc<n>' or 'sub:<n>.<m>' for a column of an NTM matrix, else None."""
    if "tc1" not in spec.by_key:
        return None
    leaf, parents = parts[-1], parts[:-1]
    under_criteria = any(any(c in p for c in _CRITERIA_CONTEXT) for p in parents)
    nineteen, ten = _criterion_names()
    if isinstance(raw_leaf, str) and (m := _SUB.match(raw_leaf)) and "," not in raw_leaf:
        return f"sub:{int(m.group(1))}.{int(m.group(2))}"
    if isinstance(raw_leaf, float) and not raw_leaf.is_integer() and under_criteria:
        whole, _, tenth = repr(raw_leaf).partition(".")
        return f"sub:{int(whole)}.{int(tenth)}"
    if (
        (m := _NUMBERED.match(leaf))
        or ((m := _BARE_NUMBER.match(leaf)) and under_criteria)
        or ((m := _NUMBERED_NAME.match(leaf)) and under_criteria)
    ):
        number = int(m.group(1))
    elif leaf in nineteen and (under_criteria or not parents or parents[-1] in nineteen):
        number = nineteen[leaf]
    elif leaf in ten and (under_criteria or not parents):
        number = ten[leaf]
    else:
        return None
    return f"tc{number}" if 1 <= number <= kinds.MAX_CRITERIA else None


@lru_cache(maxsize=64)
def _date_names(spec: kinds.TableSpec) -> tuple[tuple[str, str], ...]:
    dated = (kinds.DATE, kinds.YEAR_OR_DATE)
    return tuple(
        (name, key)
        for name, key in _names(spec).items()
        if spec.by_key[key].type in dated and " " in name
    )


def _dated(leaf: str, spec: kinds.TableSpec) -> str | None:
    """A date column whose header says more than its name: "Ngày được bầu giữ chức PCT
    UBND xã" is the start date."""
    for name, key in _date_names(spec):
        if leaf.startswith(name + " "):
            return key
    return None


_BIRTH = ("ngay thang nam sinh", "ngay sinh", "nam sinh", "sinh ngay")


def read_column(
    parts: list[str], raw_leaf: object, spec: kinds.TableSpec
) -> tuple[str | None, tuple[tuple[str, object], ...], bool]:
    """(field, dimensions, ignored) for a column whose header path is ``parts``."""
    if not parts:
        return None, (), False
    names = _names(spec)
    leaf, parents = parts[-1], parts[:-1]
    if any(vocabulary.holds_no_facts(p) and p not in names for p in parents):
        return None, (), True  # "Quê quán" over "Xã": a hometown, never the work unit
    if "birth" not in spec.by_key and any(p.startswith(_BIRTH) for p in parts):
        return None, (), True  # "Ngày, tháng, năm sinh" > "Nam": never a year or a count
    # Gender shown by which of two birth-date columns is filled: "Ngày sinh" > "Nam" | "Nữ"
    if "birth_male" in spec.by_key and leaf in ("nam", "nu") and "sinh" in " ".join(parents):
        return ("birth_male" if leaf == "nam" else "birth_female"), (), False
    criterion = _criterion(parts, raw_leaf, spec)
    if criterion and (criterion.startswith("sub:") or _in_matrix(parts)):
        return criterion, (), False
    dims: list[tuple[str, object]] = []
    named: str | None = None  # the deepest part that names a field
    measure: str | None = None
    for part in parts:
        if part in names:
            named = names[part]
            continue
        found, rest = _dimension(part, spec)
        dims.extend(found)
        if rest in names:
            named = names[rest]
        elif rest in vocabulary.MEASURE_WORDS:
            measure = vocabulary.MEASURE_WORDS[rest]
    if not dims:
        for candidate in (" ".join(parts), " ".join(parts[-2:]), leaf):
            if candidate in names:
                return names[candidate], (), False
            if (plain := vocabulary.without_filler(candidate)) in names:
                return names[plain], (), False
        if criterion:  # a criterion's name alone over its column ("Giao thông")
            return criterion, (), False
        if (unit := vocabulary.unit_label(leaf)) and unit in spec.by_key:
            return unit, (), False  # "Tên xã, thị trấn", "Xã - Thị trấn"
        if "trinh do" in " ".join(parents) and f"trinh do {leaf}" in names:
            return names[f"trinh do {leaf}"], (), False  # "Trình độ" > "Chuyên môn"
        if dated := _dated(leaf, spec):
            return dated, (), False
        if vocabulary.holds_no_facts(leaf) or (leaf == "ghi chu" and "note" not in spec.by_key):
            return None, (), True
        return None, (), False
    dims_dict = dict(dims)
    if named and named not in KEY_FIELDS:
        value = named
    elif measure and measure in spec.by_key:
        value = measure
    else:
        defaults = DEFAULT_MEASURE.get(spec.key, {})
        if "period_start" in dims_dict:
            value = defaults.get("period")
        elif "year" in dims_dict:
            value = defaults.get("year")
        else:
            value = MEASURE if defaults else None
    if vocabulary.holds_no_facts(leaf) and leaf not in names:
        return None, (), True  # "TH/KH (%)" under a category: a ratio, never stored
    if named in KEY_FIELDS and named not in dims_dict and not measure:
        return named, (), False  # a key field's header carrying a year: "Xã (năm 2020)"
    return value, tuple(sorted(dims_dict.items())), False


# ---------------------------------------------------------------------- the header block


def _spread_groups(rows: Sequence[Sequence[object]]) -> list[list[object]]:
    """A group label written in its first cell only (a CSV, or "Center Across Selection"
    instead of a merge) spread over the empty cells to its right that head leaves of their
    own: "Chuyên môn | | " over "Trung cấp | Cao đẳng | Đại học"."""
    out = [list(r) for r in rows]
    for i in range(len(out) - 1):
        row, below = out[i], out[i + 1]
        for c in range(1, len(row)):
            if row[c] in (None, "") and row[c - 1] not in (None, ""):
                left_leaf = c - 1 < len(below) and below[c - 1] not in (None, "")
                own_leaf = c < len(below) and below[c] not in (None, "")
                if left_leaf and own_leaf:
                    row[c] = row[c - 1]
    return out


def _column_paths(rows: Sequence[Sequence[object]], width: int) -> list[tuple[list[str], object]]:
    """Each column's normalized labels top to bottom (repeats from merges dropped), and
    its lowest raw label."""
    paths = []
    for c in range(width):
        parts: list[str] = []
        raw: object = None
        for row in rows:
            value = row[c] if c < len(row) else None
            if value in (None, ""):
                continue
            label = normalize_label(value)
            if label and (not parts or parts[-1] != label):
                parts.append(label)
                raw = value
        paths.append((parts, raw))
    return paths


def _display(rows: Sequence[Sequence[object]], width: int) -> dict[int, str]:
    out = {}
    for c in range(width):
        parts: list[str] = []
        for row in rows:
            value = row[c] if c < len(row) else None
            if value in (None, ""):
                continue
            text = " ".join(values.display(value).split())
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        if parts:
            out[c] = " › ".join(parts)
    return out


def signature(labels: Iterable[str]) -> str:
    """Of a header: its labels in order, compared as folded words."""
    text = "\x1f".join(" › ".join(normalize_label(p) for p in s.split(" › ")) for s in labels)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _same_label(a: str, b: str) -> bool:
    def norm(s: str) -> list[str]:
        return [normalize_label(p) for p in re.split(r"\s*(?:›|>)\s*", s) if p.strip()]

    return norm(a) == norm(b)


def _apply(
    roles: dict[int, Role],
    labels: dict[int, str],
    choices: dict[str, str],
    spec: kinds.TableSpec,
    chosen: str,
) -> dict[int, Role]:
    """Roles with an analyst's choices (column letter or label -> field name) applied."""
    if not choices:
        return roles
    out = dict(roles)
    names = kinds.map_names(spec)
    for header, name in choices.items():
        key = IGNORE if name.strip() == IGNORE else names.get(name.strip())
        if key is None:
            raise MappingError(
                f"Không có trường '{name}' trong {spec.title.lower()}; các trường: "
                + ", ".join(sorted({n for f in spec.fields for n in f.map_names}))
                + "."
            )
        header = header.strip()
        if re.fullmatch(r"[A-Z]{1,3}", header):
            hits = [column_index_from_string(header) - 1]
        else:
            hits = [c for c, text in labels.items() if _same_label(text, header)]
            if not hits:
                leaf = [
                    c for c, text in labels.items() if _same_label(text.split(" › ")[-1], header)
                ]
                hits = leaf if len(leaf) == 1 else []
        for c in hits:
            label = labels.get(c, column_letter(c))
            out[c] = (
                Role(c, label, ignored=True, chosen=chosen)
                if key == IGNORE
                else Role(c, label, key, chosen=chosen)
            )
    return out


def _is_numbering(raw: Sequence[object], first_label: int) -> bool:
    """A row of column numbers: it numbers the table from its first column on (a row of
    criteria numbers under "Các tiêu chí" starts further right)."""
    filled = [i for i, v in enumerate(raw) if v not in (None, "")]
    return bool(filled) and filled[0] <= first_label and is_numbering_row(raw)


def _is_total(row: Sequence[object]) -> bool:
    """A "Toàn tỉnh" or "Tổng cộng" row with figures, right under a header."""
    from etl.layout.sheet import TOTAL_LABEL

    texts = [fold_words(v) for v in row if isinstance(v, str) and v.strip()]
    numbers = [v for v in row if isinstance(v, int | float) and not isinstance(v, bool)]
    return bool(texts) and bool(numbers) and bool(TOTAL_LABEL.match(texts[0]))


def _crosses(merges, top: int, bottom: int) -> bool:
    """Whether a merged range crosses the block's top or bottom edge."""
    return any((r0 < top <= r1) or (r0 <= bottom < r1) for r0, _c0, r1, _c1 in merges)


def _distinct_labels(row: Sequence[object]) -> int:
    return len({str(v).strip() for v in row if v not in (None, "") and not isinstance(v, dt.date)})


def _is_data(row: Sequence[object], first_column: int) -> bool:
    """A data row: a number other than a year under the header's first column (an STT;
    a matrix's row of criterion numbers leaves that cell blank), or a date anywhere."""
    if any(isinstance(v, dt.date) for v in row):
        return True
    first = row[first_column] if first_column < len(row) else None
    return (
        isinstance(first, int | float)
        and not isinstance(first, bool)
        and not 1900 <= first <= 2100
        and sum(v not in (None, "") for v in row) > 1
    )


_CONTEXT_START = (
    "tinh den",
    "so lieu tinh den",
    "don vi tinh",
    "ghi chu",
    "bieu so",
    "bieu mau",
    "kem theo",
    "ubnd",
    "uy ban nhan dan",
    "cong hoa xa hoi",
    "doc lap tu do",
    "so noi vu",
    "phong noi vu",
)


def _is_context(row: Sequence[object]) -> bool:
    """A title-block line ("(Tính đến ngày 31/12/2019)", "UBND HUYỆN ..."): never the
    top of a header, even when the analyst maps columns by letter."""
    filled = [v for v in row if v not in (None, "")]
    if not filled or not isinstance(filled[0], str):
        return not filled
    return fold_words(filled[0]).startswith(_CONTEXT_START)


def _may_start(row: Sequence[object]) -> bool:
    """A header's top row holds at least two different labels; a row that begins with a
    number (an STT) or holds a date is data, so the search skips it (most rows it sees)."""
    filled = [v for v in row if v not in (None, "")]
    if len(filled) < 2 or isinstance(filled[0], int | float):
        return False
    if any(isinstance(v, dt.date) for v in filled):
        return False
    return _distinct_labels(row) >= 2


def score_block(
    roles: dict[int, Role], spec: kinds.TableSpec, depth: int
) -> tuple[float, list[str], int]:
    """(score, identifying groups no column gives, groups given)."""
    given = {r.field for r in roles.values() if r.mapped}
    given |= {k for r in roles.values() if r.mapped for k, _ in r.dims}
    if MEASURE in given:
        given |= set(DEFAULT_MEASURE.get(spec.key, {}).values())
    if {"birth_male", "birth_female"} & given:
        given |= {"birth", "gender"}
    missing = [g for g, fields in spec.groups.items() if not any(f.key in given for f in fields)]
    hits = len(spec.groups) - len(missing)
    mapped = sum(r.mapped for r in roles.values())
    ignored = sum(r.ignored for r in roles.values())
    unmapped = sum(not r.mapped and not r.ignored for r in roles.values())
    # Groups count by share, so that a kind with more groups (training: unit, category,
    # number) does not outscore a roster whose every column is recognised.
    coverage = 30 * hits / max(len(spec.groups), 1)
    score = coverage + mapped + 0.25 * ignored - unmapped - 0.1 * depth
    return score, missing, hits


def find_header(
    filled: Sequence[Sequence[object]],
    raw: Sequence[Sequence[object]],
    merges: Sequence[tuple[int, int, int, int]],
    spec: kinds.TableSpec,
    choices: Choices | None = None,
) -> tuple[HeaderBlock | None, HeaderBlock | None]:
    """The best header block for ``spec`` among a sheet's first rows (``filled``: with
    merged values copied into every cell of their range), and the closest block found
    when none qualifies (for the refusal's message)."""
    choices = choices or Choices()
    saved = {m.signature: m for m in choices.saved if m.kind == spec.kind}
    best: HeaderBlock | None = None
    closest: HeaderBlock | None = None
    limit = min(len(filled), SEARCH_ROWS)
    for start in range(limit):
        if not _may_start(filled[start]) and (not choices.overrides or _is_context(raw[start])):
            continue
        for depth in range(1, MAX_HEADER_ROWS + 1):
            end = start + depth - 1
            if end >= len(filled):
                break
            if _crosses(merges, start, end):
                continue
            block = _spread_groups(filled[start : end + 1])
            width = max(len(r) for r in block)
            labels = _display(block, width)
            if not labels:
                continue
            first_label = min(labels)
            if depth > 1 and (_is_numbering(raw[end], first_label) or _is_total(raw[end])):
                break  # a row of column numbers, or a total, ends the header above it
            if depth > 1 and _is_data(raw[end], first_label):
                break  # "1 | Lò Văn Bình | 14/05/1987": the first data row
            paths = _column_paths(block, width)
            roles: dict[int, Role] = {}
            fields = dict(spec.by_key)
            seen: set[tuple[str, tuple]] = set()
            for c, (parts, raw_leaf) in enumerate(paths):
                if not parts:
                    continue
                key, dims, ignored = read_column(parts, raw_leaf, spec)
                if key is not None and key.startswith("sub:"):
                    key = _sub_field(key, fields, seen)
                if key is not None and (key, dims) in seen:
                    key, dims = None, ()  # a second column for the same field: not used
                if key is not None:
                    seen.add((key, dims))
                roles[c] = Role(c, labels.get(c, ""), key, dims, ignored)
            ordered = [labels[c] for c in sorted(labels)]
            sig = signature(ordered)
            saved_id = None
            if sig in saved:
                roles = _apply(
                    roles, labels, saved[sig].fields, spec, f"saved:{saved[sig].mapping_id}"
                )
                saved_id = saved[sig].mapping_id
            roles = _apply(roles, labels, choices.overrides, spec, "map")
            score, missing, hits = score_block(roles, spec, depth)
            candidate = HeaderBlock(
                start, end, roles, fields, score, sig, ordered, missing, saved_id
            )
            mapped = sum(r.mapped for r in roles.values())
            if closest is None or score > closest.score:
                closest = candidate
            if hits * 2 < len(spec.groups) or mapped < 2:
                continue
            if best is None or score > best.score:
                best = candidate
    return best, closest


def _sub_field(key: str, fields: dict[str, kinds.Field], seen: set) -> str:
    """A sub-criterion's field, made for this header. Excel shows the number 17.10 as
    17.1: a second 17.1 after 17.9 is 17.10."""
    number = key.removeprefix("sub:")
    if (key, ()) in seen:
        crit, _, sub = number.partition(".")
        if sub == "1" and (f"sub:{crit}.9", ()) in seen:
            number = f"{crit}.10"
            key = f"sub:{number}"
    fields.setdefault(
        key,
        kinds.Field(key, number, kinds.MARK, help=f"Chỉ tiêu {number}", names=(key,)),
    )
    return key


# "(1)", "A", "5", or "5=1+2+3+4": a column's number, and how it is summed
_NUMBERING = re.compile(r"^\(?([0-9]{1,3}|[a-zA-Z]{1,2})\)?\.?(?:\s*=\s*[0-9a-zA-Z()+\-*/. ]+)?$")


def is_numbering_row(row: Sequence[object]) -> bool:
    """A row of column numbers under the header: (1), (2)... or A, B, 1, 2..."""
    cells = [
        str(int(v)) if isinstance(v, float) and v.is_integer() else str(v).strip()
        for v in row
        if v not in (None, "")
    ]
    if len(cells) < 3:
        return False
    return all(_NUMBERING.match(c) for c in cells)
