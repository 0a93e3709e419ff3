"""What each kind of workbook holds: its fields, which of them identify a fact, and how
the template lays them out.

Declared as data so the template writer, the reader, the validator, the column mapping
and the docs all use one definition.

- A field's ``group`` makes it identifying: a fact cannot exist without one field of each
  group (``officers``: a name, and where the person works). A group is met by a column,
  or by the file itself (the title, the as-of line, the sheet's name, group rows). Every
  other field is optional: a file without it loads, the field stays empty, and the file
  gets one warning.
- ``needs``: fields that become identifying when this one is present (a training target
  needs its period, a result its year).
- ``names``: what ``--map`` and the upload page's column mapping call the field (view
  column names, then the field's own key).
- A kind's ``sheets`` are the template's sheets; the sheets sharing a ``table`` are read
  as one table, whose fields are all of theirs plus ``extra`` fields a template never
  shows (unit codes, two birth-date columns).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from etl.spec import comparisons
from etl.spec.criteria import CRITERIA_SETS, NTM_LEVELS
from etl.spec.measures import MEASURES_LIST

# Field types understood by etl.values.parse
TEXT, DATE, YEAR_OR_DATE, INT, NUMBER, PERCENT, MARK, CHOICE, YEAR, CODE = (
    "text",
    "date",
    "year_or_date",
    "int",
    "number",
    "percent",
    "mark",
    "choice",
    "year",
    "code",
)

GENDERS = ("Nam", "Nữ")
TRAINING_CATEGORIES = (
    "chuyên môn nghiệp vụ",
    "lý luận chính trị",
    "quản lý nhà nước",
    "tin học",
    "ngoại ngữ",
)
TRAINING_LEVELS = (
    "sơ cấp",
    "trung cấp",
    "cao đẳng",
    "đại học",
    "thạc sĩ",
    "tiến sĩ",
    "cao cấp",  # cử nhân (chính trị) is written for it too
    "chuyên viên",
    "chuyên viên chính",
    "chuyên viên cao cấp",
    "cơ bản",
    "nâng cao",
)
REPORT_KINDS = ("officers", "communes", "training", "goals", "other")
MAX_CRITERIA = 19
assert set(CRITERIA_SETS) == {"2016-2020", "2021-2025", "2026-2030"}


@dataclass(frozen=True)
class Field:
    key: str
    header: str
    type: str = TEXT
    group: str | None = None  # identifying: one field of each group must be given
    help: str = ""
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other header spellings
    width: int = 14
    names: tuple[str, ...] = ()  # what --map calls it (the key is always accepted too)
    needs: tuple[str, ...] = ()  # identifying as soon as this field is present
    expected: bool = False  # optional, but a file without it gets a warning

    @property
    def identifying(self) -> bool:
        return self.group is not None

    @property
    def map_names(self) -> tuple[str, ...]:
        return (*self.names, self.key) if self.key not in self.names else self.names


@dataclass(frozen=True)
class SheetSpec:
    """A sheet of the template."""

    key: str
    title: str  # sheet name in the template, and the bold title above the table
    fields: tuple[Field, ...]
    table: str  # the table it fills

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


@dataclass(frozen=True)
class TableSpec:
    """What the reader looks for in a sheet: every field a table of this kind may have."""

    key: str
    kind: str
    title: str
    fields: tuple[Field, ...]

    def field(self, key: str) -> Field:
        return self.by_key[key]

    @functools.cached_property
    def by_key(self) -> dict[str, Field]:
        return {f.key: f for f in self.fields}

    @functools.cached_property
    def groups(self) -> dict[str, tuple[Field, ...]]:
        """Identifying groups and their fields, in declaration order."""
        out: dict[str, list[Field]] = {}
        for f in self.fields:
            if f.group:
                out.setdefault(f.group, []).append(f)
        return {g: tuple(fs) for g, fs in out.items()}


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    sheets: tuple[SheetSpec, ...]
    help: str = ""
    extra: dict[str, tuple[Field, ...]] = field(default_factory=dict)  # table -> fields

    @functools.cached_property
    def tables(self) -> tuple[TableSpec, ...]:
        keys = list(dict.fromkeys(s.table for s in self.sheets))
        out = []
        for key in keys:
            fields: dict[str, Field] = {}
            sheets = [s for s in self.sheets if s.table == key]
            for s in sheets:
                for f in s.fields:
                    fields.setdefault(f.key, f)
            for f in self.extra.get(key, ()):
                fields.setdefault(f.key, f)
            out.append(TableSpec(key, self.key, sheets[0].title, tuple(fields.values())))
        return tuple(out)


STT = Field("stt", "STT", INT, help="Số thứ tự (không bắt buộc).", width=6)
_UNIT = "unit"  # the identifying group of the fields that say where a fact belongs
PROVINCE = Field(
    "province",
    "Tỉnh",
    TEXT,
    help="Tên tỉnh/thành phố, ví dụ: Thanh Hóa (có thể ghi một lần ở tiêu đề: UBND TỈNH ...).",
    aliases=("Tỉnh/thành phố", "Tỉnh, thành phố"),
    names=("province_name",),
)
DISTRICT = Field(
    "district",
    "Huyện",
    TEXT,
    help="Tên huyện/thị xã/thành phố thuộc tỉnh (số liệu trước 1/7/2025).",
    aliases=("Huyện/thị xã/thành phố", "Quận/huyện"),
    width=16,
    names=("district_name",),
)
COMMUNE = Field(
    "commune",
    "Xã",
    TEXT,
    _UNIT,
    "Tên xã/phường/thị trấn.",
    aliases=("Xã/phường/thị trấn", "Xã, phường, thị trấn", "Xã/phường"),
    width=18,
    names=("commune_name",),
)
CODES = (
    Field("commune_code", "Mã xã", CODE, _UNIT, "Mã xã 5 chữ số.", names=("commune_code",)),
    Field("district_code", "Mã huyện", CODE, help="Mã huyện 3 chữ số."),
    Field("province_code", "Mã tỉnh", CODE, help="Mã tỉnh 2 chữ số."),
    Field(
        "unit_code",
        "Mã ĐVHC",
        CODE,
        _UNIT,
        "Mã đơn vị hành chính; cấp theo tên đơn vị ghi bên cạnh.",
    ),
)
UNIT_NAME = Field(
    "unit_name",
    "Đơn vị",
    TEXT,
    _UNIT,
    "Tên đơn vị (tỉnh, huyện hoặc xã).",
    names=("unit_name",),
)
YEAR_F = Field("year", "Năm", YEAR, "year", "Năm số liệu, ví dụ: 2020.", width=8)

OFFICER_FIELDS = (
    STT,
    Field(
        "full_name",
        "Họ và tên",
        TEXT,
        "name",
        "Họ và tên đầy đủ, có dấu.",
        aliases=("Họ tên",),
        width=24,
    ),
    Field(
        "birth",
        "Ngày sinh",
        YEAR_OR_DATE,
        help="Ngày sinh dd/mm/yyyy, hoặc chỉ năm sinh.",
        aliases=("Ngày, tháng, năm sinh", "Năm sinh"),
        width=12,
        names=("birth_date", "birth_year"),
        expected=True,
    ),
    Field(
        "gender", "Giới tính", CHOICE, help="Nam hoặc Nữ.", choices=GENDERS, width=9, expected=True
    ),
    Field("ethnicity", "Dân tộc", TEXT, help="Ví dụ: Kinh, Thái, Mường, Tày."),
    Field("party_member", "Đảng viên", MARK, help="Đánh dấu x nếu là đảng viên.", width=9),
    Field(
        "education",
        "Trình độ chuyên môn",
        TEXT,
        help="Ví dụ: Đại học, Thạc sĩ.",
        aliases=("TĐCM",),
    ),
    Field("major", "Chuyên ngành", TEXT, help="Ví dụ: Luật, Kinh tế nông nghiệp."),
    Field(
        "political_theory",
        "Lý luận chính trị",
        TEXT,
        help="Sơ cấp, Trung cấp, Cao cấp.",
        aliases=("LLCT",),
    ),
    Field(
        "state_management",
        "Quản lý nhà nước",
        TEXT,
        help="Chuyên viên, Chuyên viên chính...",
        aliases=("QLNN",),
    ),
    Field(
        "position",
        "Chức vụ",
        TEXT,
        help="Ví dụ: Phó Chủ tịch UBND xã (có thể ghi một lần ở tiêu đề).",
        width=22,
        expected=True,
    ),
    Field(
        "program",
        "Chương trình",
        TEXT,
        help="Dự án hoặc chính sách, ví dụ: Dự án 600 Phó Chủ tịch xã.",
        aliases=("Dự án",),
        width=22,
    ),
    PROVINCE,
    DISTRICT,
    COMMUNE,
    Field("start_date", "Ngày bổ nhiệm", DATE, help="dd/mm/yyyy.", width=12),
    Field("end_date", "Ngày kết thúc", DATE, help="dd/mm/yyyy.", width=12),
    Field(
        "status",
        "Tình trạng",
        TEXT,
        help="Ví dụ: Đang công tác, Đã kết thúc dự án.",
        width=18,
    ),
    Field(
        "placement_after",
        "Nơi bố trí sau dự án",
        TEXT,
        help="Chức vụ, đơn vị sau khi dự án kết thúc.",
        width=22,
    ),
    Field("annual_rating", "Xếp loại hằng năm", TEXT, help="Ví dụ: Hoàn thành tốt nhiệm vụ."),
    Field("note", "Ghi chú", TEXT),
)

OFFICERS = Kind(
    "officers",
    "Danh sách cán bộ, đội viên",
    (SheetSpec("officers", "Danh sách cán bộ", OFFICER_FIELDS, "officers"),),
    "Một dòng cho mỗi người và chức vụ. Chỉ cần họ tên và nơi công tác (xã).",
    extra={
        "officers": (
            *CODES,
            UNIT_NAME,
            Field(
                "birth_male",
                "Ngày sinh (Nam)",
                YEAR_OR_DATE,
                help="Ngày sinh của nam, khi ngày sinh ghi vào một trong hai cột Nam/Nữ.",
                names=("birth_date_male",),
            ),
            Field(
                "birth_female",
                "Ngày sinh (Nữ)",
                YEAR_OR_DATE,
                help="Ngày sinh của nữ, khi ngày sinh ghi vào một trong hai cột Nam/Nữ.",
                names=("birth_date_female",),
            ),
        )
    },
)

CRITERIA = tuple(
    Field(
        f"tc{n}",
        f"TC{n}",
        MARK,
        help=f"Tiêu chí số {n}: đánh x nếu đạt (bộ 2026-2030 chỉ có 10 tiêu chí).",
        width=5,
        names=(f"criterion_{n}",),
    )
    for n in range(1, MAX_CRITERIA + 1)
)

INDICATORS: tuple[tuple[str, str, str], ...] = (
    # (field key, header, indicator name stored in commune_indicators)
    ("cultural_families", "Tỷ lệ gia đình văn hóa (%)", "tỷ lệ gia đình văn hóa"),
    ("cultural_villages", "Tỷ lệ thôn văn hóa (%)", "tỷ lệ thôn văn hóa"),
    ("cultural_commune", "Xã văn hóa", "xã văn hóa"),
    ("poor_households", "Tỷ lệ hộ nghèo (%)", "tỷ lệ hộ nghèo"),
    ("solid_office", "Trụ sở kiên cố", "trụ sở kiên cố"),
)
INDICATOR_FIELDS = tuple(
    Field(
        key,
        header,
        MARK if header in ("Xã văn hóa", "Trụ sở kiên cố") else PERCENT,
        help="Tỷ lệ phần trăm, ví dụ 92,5." if "%" in header else "Đánh x nếu đạt.",
        width=12,
        names=(indicator,),
    )
    for key, header, indicator in INDICATORS
)
COMMUNE_UNIT = (PROVINCE, DISTRICT, COMMUNE)
CRITERIA_SET = Field(
    "criteria_set",
    "Bộ tiêu chí",
    CHOICE,
    help="2016-2020, 2021-2025 hoặc 2026-2030; bỏ trống thì theo năm.",
    choices=tuple(CRITERIA_SETS),
    width=11,
)

COMMUNES = Kind(
    "communes",
    "Chỉ tiêu cấp xã (nông thôn mới và chỉ tiêu khác)",
    (
        SheetSpec(
            "ntm",
            "Nông thôn mới",
            (
                STT,
                *COMMUNE_UNIT,
                YEAR_F,
                CRITERIA_SET,
                *CRITERIA,
                Field(
                    "criteria_met",
                    "Số tiêu chí đạt",
                    INT,
                    help="Bỏ trống thì tính từ các tiêu chí đánh dấu.",
                    width=9,
                ),
                Field(
                    "ntm_level",
                    "Mức đạt chuẩn",
                    CHOICE,
                    help="Bỏ trống nếu chưa đạt; NTM, NTM nâng cao hoặc NTM kiểu mẫu.",
                    choices=NTM_LEVELS,
                    width=14,
                ),
                Field(
                    "recognized_year",
                    "Năm công nhận",
                    YEAR,
                    help="Năm được công nhận mức đạt chuẩn.",
                    width=10,
                ),
            ),
            "communes",
        ),
        SheetSpec(
            "indicators",
            "Chỉ tiêu khác",
            (STT, *COMMUNE_UNIT, YEAR_F, *INDICATOR_FIELDS),
            "communes",
        ),
    ),
    "Một dòng cho mỗi xã và năm (năm có thể ghi ở tiêu đề). Có thể chỉ điền một trong hai trang.",
    extra={"communes": (*CODES, UNIT_NAME)},
)

CATEGORY = Field(
    "category",
    "Lĩnh vực",
    CHOICE,
    "category",
    "Lĩnh vực đào tạo, bồi dưỡng (có thể ghi ở tiêu đề hoặc trên đầu cột).",
    TRAINING_CATEGORIES,
    width=22,
)
LEVEL = Field(
    "level",
    "Trình độ",
    CHOICE,
    help="Trình độ, nếu chỉ tiêu hay kết quả theo trình độ.",
    choices=TRAINING_LEVELS,
)
TRAINING_UNIT = (
    Field(
        "province",
        "Tỉnh",
        TEXT,
        _UNIT,
        "Tỉnh của đơn vị (có thể ghi ở tiêu đề).",
        aliases=PROVINCE.aliases,
        names=PROVINCE.names,
    ),
    Field(
        "district",
        "Huyện",
        TEXT,
        _UNIT,
        "Điền khi đơn vị là huyện hoặc xã thuộc huyện (trước 1/7/2025).",
        aliases=DISTRICT.aliases,
        width=16,
        names=DISTRICT.names,
    ),
    Field(
        "commune",
        "Xã",
        TEXT,
        _UNIT,
        "Tên xã/phường/thị trấn khi đơn vị là xã.",
        aliases=COMMUNE.aliases,
        width=18,
        names=COMMUNE.names,
    ),
)
PERIOD = (
    Field("period_start", "Từ năm", YEAR, help="Năm bắt đầu giai đoạn.", width=8),
    Field("period_end", "Đến năm", YEAR, help="Năm kết thúc giai đoạn.", width=8),
)
TARGET = Field(
    "target",
    "Chỉ tiêu (người)",
    INT,
    "number",
    "Số người phải đào tạo trong giai đoạn.",
    width=10,
    needs=("period_start", "period_end"),
)
ACHIEVED = Field(
    "achieved",
    "Số đã đào tạo (người)",
    INT,
    "number",
    "Số người đã được đào tạo trong năm.",
    width=10,
    needs=("year",),
)

TRAINING = Kind(
    "training",
    "Chỉ tiêu và kết quả đào tạo, bồi dưỡng",
    (
        SheetSpec(
            "targets",
            "Chỉ tiêu đào tạo",
            (STT, *TRAINING_UNIT, CATEGORY, LEVEL, *PERIOD, TARGET),
            "training",
        ),
        SheetSpec(
            "results",
            "Kết quả đào tạo",
            (
                STT,
                *TRAINING_UNIT,
                CATEGORY,
                LEVEL,
                Field("year", "Năm", YEAR, help="Năm của kết quả.", width=8),
                ACHIEVED,
            ),
            "training",
        ),
    ),
    "Đơn vị là tỉnh, huyện hoặc xã: điền Tỉnh, và Huyện/Xã khi cần.",
    extra={"training": (*CODES, UNIT_NAME)},
)

# The measures and their help text are declared in etl.spec.measures.
MEASURES: dict[str, str] = {m.key: m.help for m in MEASURES_LIST}


def _own(key: str, header: str, type: str, help: str = "", **kw) -> Field:
    """A goals-workbook field: every one identifies (the workbook is tiendo's own)."""
    return Field(key, header, type, key, help, **kw)


GOAL_UNIT = tuple(  # a goal's or duty's scope: the province, or a district or commune of it
    Field(
        f.key,
        f.header,
        f.type,
        "scope" if f.key == "province" else None,
        f.help,
        f.choices,
        f.aliases,
        f.width,
        f.names,
    )
    for f in TRAINING_UNIT
)

# Optional: the sentence of the plan a goal or duty was read from ("Nhập kế hoạch" fills it).
QUOTE = Field(
    "quote",
    "Câu trong kế hoạch",
    TEXT,
    help="Câu của kế hoạch đặt ra chỉ tiêu (không bắt buộc).",
    width=40,
)

# Optional: how the value is held against the target (a floor unless it says otherwise).
COMPARISON = Field(
    "comparison",
    "So sánh",
    TEXT,
    help=comparisons.help_text(),
    width=11,
)

GOALS = Kind(
    "goals",
    "Chỉ tiêu kế hoạch và nghĩa vụ báo cáo",
    (
        SheetSpec(
            "goals",
            "Chỉ tiêu kế hoạch",
            (
                STT,
                _own("goal_id", "Mã chỉ tiêu", TEXT, "Mã ngắn, duy nhất.", width=12),
                _own("name", "Tên chỉ tiêu", TEXT, "Chỉ tiêu như trong kế hoạch.", width=40),
                _own(
                    "measure",
                    "Cách đo",
                    TEXT,
                    "Một trong: " + "; ".join(MEASURES) + ". Đối số sau dấu ':'.",
                    width=28,
                ),
                *GOAL_UNIT,
                COMPARISON,
                _own("target_value", "Giá trị mục tiêu", NUMBER, "Số hoặc tỷ lệ %.", width=10),
                _own("unit", "Đơn vị tính", TEXT, "người, %, xã...", width=9),
                _own("deadline", "Thời hạn", DATE, "dd/mm/yyyy.", width=12),
                _own(
                    "source_document",
                    "Văn bản",
                    TEXT,
                    "Văn bản đặt ra chỉ tiêu, ví dụ: KH 207/KH-UBND ngày 17/12/2018.",
                    width=30,
                ),
                QUOTE,
            ),
            "goals",
        ),
        SheetSpec(
            "duties",
            "Nghĩa vụ báo cáo",
            (
                STT,
                _own("duty_id", "Mã", TEXT, "Mã ngắn, duy nhất.", width=12),
                *GOAL_UNIT,
                _own(
                    "report_kind",
                    "Loại số liệu",
                    CHOICE,
                    "officers, communes, training, goals hoặc other.",
                    choices=REPORT_KINDS,
                ),
                _own("report_name", "Tên báo cáo", TEXT, width=34),
                _own("period_label", "Kỳ báo cáo", TEXT, "Ví dụ: năm 2017.", width=12),
                _own("due_date", "Hạn nộp", DATE, "dd/mm/yyyy.", width=12),
                _own("recipient", "Nơi nhận", TEXT, "Ví dụ: Sở Nội vụ.", width=16),
                _own("source_document", "Văn bản", TEXT, width=30),
                QUOTE,
            ),
            "duties",
        ),
    ),
    "Chỉ tiêu của kế hoạch và lịch gửi báo cáo do kế hoạch đặt ra.",
)

KINDS: dict[str, Kind] = {k.key: k for k in (OFFICERS, COMMUNES, TRAINING, GOALS)}


def map_names(spec: TableSpec) -> dict[str, str]:
    """Every name ``--map`` accepts for a field of ``spec`` -> the field's key."""
    return {name: f.key for f in spec.fields for name in f.map_names}
