"""What each kind of workbook holds: sheets, columns, types, and Vietnamese headers.

Declared as data so the template writer, the reader, the validator and the docs all use
one definition. ``aliases`` are other header spellings the reader accepts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.spec.criteria import NTM_LEVELS

# Field types understood by etl.values.parse
TEXT, DATE, YEAR_OR_DATE, INT, NUMBER, PERCENT, MARK, CHOICE, YEAR = (
    "text",
    "date",
    "year_or_date",
    "int",
    "number",
    "percent",
    "mark",
    "choice",
    "year",
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
    "cao cấp",
    "cử nhân",
    "chuyên viên",
    "chuyên viên chính",
    "chuyên viên cao cấp",
    "cơ bản",
    "nâng cao",
)
REPORT_KINDS = ("officers", "communes", "training", "goals", "other")
CRITERIA_SETS = ("2016-2020", "2021-2025", "2026-2030")
MAX_CRITERIA = 19


@dataclass(frozen=True)
class Field:
    key: str
    header: str
    type: str = TEXT
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    width: int = 14


@dataclass(frozen=True)
class SheetSpec:
    key: str
    title: str  # sheet name in the template, and the bold title above the table
    fields: tuple[Field, ...]
    required: bool = True

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    sheets: tuple[SheetSpec, ...]
    help: str = ""
    description: tuple[str, ...] = field(default_factory=tuple)


STT = Field("stt", "STT", INT, help="Số thứ tự (không bắt buộc).", width=6)
PROVINCE = Field(
    "province",
    "Tỉnh",
    TEXT,
    True,
    "Tên tỉnh/thành phố, ví dụ: Thanh Hóa.",
    aliases=("Tỉnh/thành phố", "Tỉnh, thành phố"),
    width=14,
)
DISTRICT = Field(
    "district",
    "Huyện",
    TEXT,
    False,
    "Tên huyện/thị xã/thành phố thuộc tỉnh (bắt buộc với số liệu trước 1/7/2025).",
    aliases=("Huyện/thị xã/thành phố", "Quận/huyện"),
    width=16,
)
COMMUNE = Field(
    "commune",
    "Xã",
    TEXT,
    True,
    "Tên xã/phường/thị trấn.",
    aliases=("Xã/phường/thị trấn", "Xã, phường, thị trấn", "Xã/phường"),
    width=18,
)
OPT_COMMUNE = Field(
    "commune",
    "Xã",
    TEXT,
    False,
    "Tên xã/phường/thị trấn khi chỉ tiêu giao cho một xã.",
    aliases=COMMUNE.aliases,
    width=18,
)
YEAR_F = Field("year", "Năm", YEAR, True, "Năm số liệu, ví dụ: 2020.", width=8)

OFFICERS = Kind(
    "officers",
    "Danh sách cán bộ, đội viên",
    (
        SheetSpec(
            "officers",
            "Danh sách cán bộ",
            (
                STT,
                Field(
                    "full_name",
                    "Họ và tên",
                    TEXT,
                    True,
                    "Họ và tên đầy đủ, có dấu.",
                    aliases=("Họ tên",),
                    width=24,
                ),
                Field(
                    "birth",
                    "Ngày sinh",
                    YEAR_OR_DATE,
                    True,
                    "Ngày sinh dd/mm/yyyy, hoặc chỉ năm sinh.",
                    aliases=("Ngày, tháng, năm sinh", "Năm sinh"),
                    width=12,
                ),
                Field("gender", "Giới tính", CHOICE, True, "Nam hoặc Nữ.", GENDERS, width=9),
                Field("ethnicity", "Dân tộc", TEXT, False, "Ví dụ: Kinh, Thái, Mường, Tày."),
                Field(
                    "party_member",
                    "Đảng viên",
                    MARK,
                    False,
                    "Đánh dấu x nếu là đảng viên.",
                    width=9,
                ),
                Field(
                    "education",
                    "Trình độ chuyên môn",
                    TEXT,
                    False,
                    "Ví dụ: Đại học, Thạc sĩ.",
                    aliases=("TĐCM",),
                ),
                Field("major", "Chuyên ngành", TEXT, False, "Ví dụ: Luật, Kinh tế nông nghiệp."),
                Field(
                    "political_theory",
                    "Lý luận chính trị",
                    TEXT,
                    False,
                    "Sơ cấp, Trung cấp, Cao cấp.",
                    aliases=("LLCT",),
                ),
                Field(
                    "state_management",
                    "Quản lý nhà nước",
                    TEXT,
                    False,
                    "Chuyên viên, Chuyên viên chính...",
                    aliases=("QLNN",),
                ),
                Field("position", "Chức vụ", TEXT, True, "Ví dụ: Phó Chủ tịch UBND xã.", width=22),
                Field(
                    "program",
                    "Chương trình",
                    TEXT,
                    False,
                    "Dự án hoặc chính sách, ví dụ: Dự án 600 Phó Chủ tịch xã.",
                    aliases=("Dự án",),
                    width=22,
                ),
                PROVINCE,
                DISTRICT,
                COMMUNE,
                Field("start_date", "Ngày bổ nhiệm", DATE, False, "dd/mm/yyyy.", width=12),
                Field("end_date", "Ngày kết thúc", DATE, False, "dd/mm/yyyy.", width=12),
                Field(
                    "status",
                    "Tình trạng",
                    TEXT,
                    False,
                    "Ví dụ: Đang công tác, Đã kết thúc dự án.",
                    width=18,
                ),
                Field(
                    "placement_after",
                    "Nơi bố trí sau dự án",
                    TEXT,
                    False,
                    "Chức vụ, đơn vị sau khi dự án kết thúc.",
                    width=22,
                ),
                Field(
                    "annual_rating",
                    "Xếp loại hằng năm",
                    TEXT,
                    False,
                    "Ví dụ: Hoàn thành tốt nhiệm vụ.",
                ),
                Field("note", "Ghi chú", TEXT, False, ""),
            ),
        ),
    ),
    "Một dòng cho mỗi người và chức vụ.",
)

_criteria = tuple(
    Field(
        f"tc{n}",
        f"TC{n}",
        MARK,
        False,
        f"Tiêu chí số {n}: đánh x nếu đạt (bộ 2026-2030 chỉ có 10 tiêu chí).",
        width=5,
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

COMMUNES = Kind(
    "communes",
    "Chỉ tiêu cấp xã (nông thôn mới và chỉ tiêu khác)",
    (
        SheetSpec(
            "ntm",
            "Nông thôn mới",
            (
                STT,
                PROVINCE,
                DISTRICT,
                COMMUNE,
                YEAR_F,
                Field(
                    "criteria_set",
                    "Bộ tiêu chí",
                    CHOICE,
                    False,
                    "2016-2020, 2021-2025 hoặc 2026-2030; bỏ trống thì theo năm.",
                    CRITERIA_SETS,
                    width=11,
                ),
                *_criteria,
                Field(
                    "criteria_met",
                    "Số tiêu chí đạt",
                    INT,
                    False,
                    "Bỏ trống thì tính từ các tiêu chí đánh dấu.",
                    width=9,
                ),
                Field(
                    "ntm_level",
                    "Mức đạt chuẩn",
                    CHOICE,
                    False,
                    "Bỏ trống nếu chưa đạt; NTM, NTM nâng cao hoặc NTM kiểu mẫu.",
                    NTM_LEVELS,
                    width=14,
                ),
                Field(
                    "recognized_year",
                    "Năm công nhận",
                    YEAR,
                    False,
                    "Năm được công nhận mức đạt chuẩn.",
                    width=10,
                ),
            ),
            required=False,
        ),
        SheetSpec(
            "indicators",
            "Chỉ tiêu khác",
            (
                STT,
                PROVINCE,
                DISTRICT,
                COMMUNE,
                YEAR_F,
                *(
                    Field(
                        key,
                        header,
                        MARK if header in ("Xã văn hóa", "Trụ sở kiên cố") else PERCENT,
                        False,
                        "Tỷ lệ phần trăm, ví dụ 92,5." if "%" in header else "Đánh x nếu đạt.",
                        width=12,
                    )
                    for key, header, _ in INDICATORS
                ),
            ),
            required=False,
        ),
    ),
    "Một dòng cho mỗi xã và năm. Có thể chỉ điền một trong hai trang.",
)

UNIT_FIELDS = (
    Field("province", "Tỉnh", TEXT, True, "Tỉnh của đơn vị.", aliases=PROVINCE.aliases),
    Field(
        "district",
        "Huyện",
        TEXT,
        False,
        "Điền khi đơn vị là huyện hoặc xã thuộc huyện (trước 1/7/2025).",
        aliases=DISTRICT.aliases,
        width=16,
    ),
    OPT_COMMUNE,
)

CATEGORY = Field(
    "category",
    "Lĩnh vực",
    CHOICE,
    True,
    "Lĩnh vực đào tạo, bồi dưỡng.",
    TRAINING_CATEGORIES,
    width=22,
)

TRAINING = Kind(
    "training",
    "Chỉ tiêu và kết quả đào tạo, bồi dưỡng",
    (
        SheetSpec(
            "targets",
            "Chỉ tiêu đào tạo",
            (
                STT,
                *UNIT_FIELDS,
                CATEGORY,
                Field(
                    "level",
                    "Trình độ",
                    CHOICE,
                    False,
                    "Trình độ, nếu chỉ tiêu theo trình độ.",
                    TRAINING_LEVELS,
                ),
                Field("period_start", "Từ năm", YEAR, True, "Năm bắt đầu giai đoạn.", width=8),
                Field("period_end", "Đến năm", YEAR, True, "Năm kết thúc giai đoạn.", width=8),
                Field("target", "Chỉ tiêu (người)", INT, True, "Số người phải đào tạo.", width=10),
            ),
            required=False,
        ),
        SheetSpec(
            "results",
            "Kết quả đào tạo",
            (
                STT,
                *UNIT_FIELDS,
                CATEGORY,
                Field("level", "Trình độ", CHOICE, False, "Trình độ đào tạo.", TRAINING_LEVELS),
                YEAR_F,
                Field(
                    "achieved",
                    "Số đã đào tạo (người)",
                    INT,
                    True,
                    "Số người đã được đào tạo trong năm.",
                    width=10,
                ),
            ),
            required=False,
        ),
    ),
    "Đơn vị là tỉnh, huyện hoặc xã: điền Tỉnh, và Huyện/Xã khi cần.",
)

MEASURES: dict[str, str] = {
    "training_achieved": "Tổng số người đã đào tạo theo lĩnh vực (đối số: lĩnh vực)",
    "ntm_share": "Tỷ lệ % xã đã được công nhận đạt chuẩn NTM đến thời hạn",
    "ntm_level_count": "Số xã đạt mức chuẩn (đối số: NTM, NTM nâng cao, NTM kiểu mẫu)",
    "indicator_mean": "Bình quân chỉ tiêu xã của năm gần nhất (đối số: tên chỉ tiêu)",
    "indicator_share": "Tỷ lệ % xã đạt chỉ tiêu có/không (đối số: tên chỉ tiêu)",
    "officer_count": "Số người được bố trí theo chương trình (đối số: chương trình)",
    "officer_communes": "Số xã có người của chương trình giữ chức vụ (đối số: chương trình|chức vụ)",
    "officer_placed_share": "Tỷ lệ % người của chương trình đã được bố trí sau dự án (đối số: chương trình)",
}

GOALS = Kind(
    "goals",
    "Chỉ tiêu kế hoạch và nghĩa vụ báo cáo",
    (
        SheetSpec(
            "goals",
            "Chỉ tiêu kế hoạch",
            (
                STT,
                Field("goal_id", "Mã chỉ tiêu", TEXT, True, "Mã ngắn, duy nhất.", width=12),
                Field("name", "Tên chỉ tiêu", TEXT, True, "Chỉ tiêu như trong kế hoạch.", width=40),
                Field(
                    "measure",
                    "Cách đo",
                    TEXT,
                    True,
                    "Một trong: " + "; ".join(MEASURES) + ". Đối số sau dấu ':'.",
                    width=28,
                ),
                *UNIT_FIELDS,
                Field(
                    "target_value", "Giá trị mục tiêu", NUMBER, True, "Số hoặc tỷ lệ %.", width=10
                ),
                Field("unit", "Đơn vị tính", TEXT, True, "người, %, xã...", width=9),
                Field("deadline", "Thời hạn", DATE, True, "dd/mm/yyyy.", width=12),
                Field(
                    "source_document",
                    "Văn bản",
                    TEXT,
                    True,
                    "Văn bản đặt ra chỉ tiêu, ví dụ: KH 207/KH-UBND ngày 17/12/2018.",
                    width=30,
                ),
            ),
            required=False,
        ),
        SheetSpec(
            "duties",
            "Nghĩa vụ báo cáo",
            (
                STT,
                Field("duty_id", "Mã", TEXT, True, "Mã ngắn, duy nhất.", width=12),
                *UNIT_FIELDS,
                Field(
                    "report_kind",
                    "Loại số liệu",
                    CHOICE,
                    True,
                    "officers, communes, training, goals hoặc other.",
                    REPORT_KINDS,
                ),
                Field("report_name", "Tên báo cáo", TEXT, True, "", width=34),
                Field("period_label", "Kỳ báo cáo", TEXT, True, "Ví dụ: năm 2017.", width=12),
                Field("due_date", "Hạn nộp", DATE, True, "dd/mm/yyyy.", width=12),
                Field("recipient", "Nơi nhận", TEXT, True, "Ví dụ: Sở Nội vụ.", width=16),
                Field("source_document", "Văn bản", TEXT, True, "", width=30),
            ),
            required=False,
        ),
    ),
    "Chỉ tiêu của kế hoạch và lịch gửi báo cáo do kế hoạch đặt ra.",
)

KINDS: dict[str, Kind] = {k.key: k for k in (OFFICERS, COMMUNES, TRAINING, GOALS)}
