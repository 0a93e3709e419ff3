"""How plans write their goals and duties: one table of patterns, read by etl.plan.extract.

Each :class:`Rule` says, in Vietnamese as plans write it, what a phrase means. Patterns are
regular expressions written with their tone marks for the reader; they are matched on the
plan's text with tone marks, "đ" and case set aside (``hằng năm`` also finds "hàng năm",
"HẰNG NĂM", "hoà"/"hòa"), character for character, so a match's place is its place in the
plan. ``{N}`` in a pattern stands for a number as plans write it ("1.250", "97,5", "02").

Every rule carries an ``example`` that it must match (tests/test_plan_extract.py checks
each one), so a rule added here is tested by being added. Within a group, the first rule
that matches wins: put the narrower phrase first.

Groups and what ``means`` holds:

- ``not_target``: a number in this phrase is not a goal's value (document numbers, dates,
  ages, money, article numbers, a project's name). ``means``: "".
- ``target_cue``: words that make a clause a promise ("phấn đấu", "đạt"). ``means``: "".
- ``state``: words that tell how things stand today, not what is promised ("hiện có",
  "thực trạng"); a clause with them and no "phấn đấu" proposes no goal. ``means``: "".
  In ``state_heading``, the headings of a section that describes the present.
- ``delta``: words right before a value that make it a change, not a level ("có thêm 03
  xã", "giảm bình quân 0,5%/năm"): no measure counts a change. ``means``: "".
- ``unit``: the counted noun after a number; ``means``: the unit stored ("người", "xã").
- ``comparison``: words before or after the value; ``means``: one of model.COMPARISONS.
- ``deadline``: when a goal is due; ``means``: how the groups read (see etl.plan.text.deadline).
- ``recurring``: a goal or report every year/quarter/month; ``means``: the frequency.
- ``scope``: who the goal is for; ``means``: one of model.SCOPE_LEVELS.
- ``measure``: which measure of etl.spec.measures counts it; ``means``: "key:arg". Tried
  on the words from the value to the next value (or the end of its clause), then on the
  whole clause; the ``unit`` says which values a rule is for: "%", "count" (any counted
  noun), "people" (people only: a count of classes is not a count of people trained) or
  "communes" (a count of xã: "19/19 tiêu chí" is not a count of communes).
- ``report_verb``: a clause that sends a report; ``means``: "".
- ``to_verb``: a verb whose object is where a report goes ("gửi", "trình"); ``means``: "".
- ``due``: when a report is due; ``means``: how the groups read.
- ``report_kind``: what kind of data a report answers for (as the goals workbook's
  duties say it); ``means``: one of kinds.REPORT_KINDS.
- ``org``: how the name of a body begins (reporters, recipients, issuers); ``means``: "".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
ROMAN = r"(?:iv|v?i{1,3}|v)"  # quarters: I, II, III, IV


@dataclass(frozen=True)
class Rule:
    group: str
    pattern: str
    means: str
    example: str
    unit: str = ""  # measure rules: "%" or "count" ("" for both)
    tones: bool = False  # matched with its tone marks (where folding would confuse words)

    @property
    def regex(self) -> re.Pattern[str]:
        return compiled(self.pattern, self.tones)


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    if char.isascii():
        return char.lower()
    base = unicodedata.normalize("NFD", char)[0]
    return base.lower() if len(base.lower()) == 1 else char


@cache
def _fold_table() -> dict[int, str]:
    """Every Vietnamese letter -> its bare lower-case letter (one character for one)."""
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz"
    table: dict[int, str] = {}
    for base in letters + letters.upper():
        for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"):
            char = unicodedata.normalize("NFC", base + tone)
            if len(char) == 1:
                table[ord(char)] = _fold_char(char)
    return table


def fold(text: str) -> str:
    """The text with tone marks, "đ" and case set aside, *of the same length*: offsets
    found in it are offsets in the text."""
    low = text.translate(_fold_table()).lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in low)


@cache
def compiled(pattern: str, tones: bool = False) -> re.Pattern[str]:
    """A rule's pattern, folded like the text (its regex syntax is ASCII and is kept);
    with ``tones``, as written, to match the text in lower case with its tone marks."""
    if not tones:
        pattern = "".join(_fold_char(c) if not c.isascii() else c for c in pattern)
    return re.compile(pattern.replace("{N}", f"(?:{NUMBER})"), re.IGNORECASE)


def lower(text: str) -> str:
    """The text in lower case with its tone marks, of the same length (for ``tones``)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)


def after_value(folded: str) -> str:
    """Folded words after a leading value ("25% số xã ..." -> "số xã ..."): what the
    anchored ``measure`` rules are tried on first."""
    return re.sub(
        rf"^\s*(?:{NUMBER})\s*(?:%|phan tram)?\s*(?:(?:[-–—]|den)\s*(?:{NUMBER})\s*%?)?\s*",
        "",
        folded,
    )


def rules(group: str) -> tuple[Rule, ...]:
    return _BY_GROUP.get(group, ())


R = Rule
PATTERNS: tuple[Rule, ...] = (
    # -- numbers that are not targets ------------------------------------------------------
    R("not_target", r"\bsố:?\s*{N}\s*[-/]", "", "Quyết định số 170/QĐ-TTg"),
    R("not_target", r"{N}\s*[-/]\s*\w*[a-z]{2,}", "", "Nghị quyết 26-NQ/TW"),
    R("not_target", r"{N}/{N}(?:/{N})?(?![\d,]|\s*tiêu chí)", "", "ngày 15/6/2017"),
    R(
        "not_target",
        r"\b(?:hiện có|hiện nay có|hiện nay,? toàn tỉnh có|gồm|bao gồm)\b[^.;:]{0,60}(?:[^.;]{0,160}?\bchưa\b[^.;]{0,60})?",
        "",
        "Hiện có 124 đơn vị hành chính cấp xã",
        tones=True,  # "huyện Ngọc Hiển có" is not "hiện có"
    ),
    R(
        "not_target",
        r"\b(?:khoảng|mỗi lớp|mỗi khóa|các lớp|lớp học)\s+(?:(?:trực tiếp|tập trung|trực tuyến|học)\s+)?(?:(?:khoảng|không quá|tối đa|từ|dưới|trên)\s+)?{N}",
        "",
        "mỗi lớp tập trung không quá 80 học viên",
    ),
    R("not_target", r"ngày\s+{N}\s+tháng\s+{N}(?:\s+năm\s+{N})?", "", "ngày 17 tháng 12 năm 2018"),
    R("not_target", r"tháng\s+{N}(?:\s*(?:năm|/)\s*{N})?", "", "trong tháng 5 năm 2017"),
    R(
        "not_target",
        r"(?:năm|giai đoạn|niên độ|khóa|nhiệm kỳ)\s+(?:học\s+)?{N}(?:\s*[-–—]\s*{N})?",
        "",
        "giai đoạn 2011 - 2015",
    ),
    R("not_target", r"\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b", "", "2021-2025"),
    R("not_target", r"\b(?:19|20)\d\d\b", "", "từ nay đến 2030"),
    R(
        "not_target",
        r"\b(?:điều|khoản|điểm|mục|phần|chương|phụ lục|biểu|mẫu|lần thứ|số)\s+{N}",
        "",
        "theo Điều 26 của Pháp lệnh",
    ),
    R(
        "not_target",
        r"\b(?:dự án|đề án|chương trình|nghị quyết|quyết định|chỉ thị|kế hoạch|thông báo|công văn|thông tư|nghị định|pháp lệnh|luật)\s+(?:số\s+)?{N}",
        "",
        "Dự án 600 Phó Chủ tịch xã",
    ),
    R(
        "not_target",
        r"dự án[^.;]{0,30}(?:tuyển chọn|thí điểm)\s+{N}\s+trí thức",
        "",
        "Dự án thí điểm tuyển chọn 600 trí thức trẻ",
    ),
    R(
        "not_target",
        r"{N}\s*(?:tuổi|năm tuổi|triệu|tỷ|nghìn đồng|ngàn đồng|đồng(?!\s*chí)|giờ|phút|ngày|tuần)",
        "",
        "từ 46 tuổi trở lên",
    ),
    R(
        "not_target",
        r"{N}\s*(?:huyện|xã|tỉnh)(?:\s+|\s*,\s*)(?:nghèo|miền núi|thuộc|gồm|trên địa bàn|đặc biệt)",
        "",
        "ở 07 huyện, gồm: Thường Xuân",
    ),
    R(
        "not_target",
        r"(?:{N}\s*(?:%|phần trăm)?\s*(?:[-–—]|đến)\s*)?{N}\s*(?:%|phần trăm)?\s+so với",
        "",
        "từ 25 đến 30% so với mức phụ cấp hiện nay",
    ),
    R(
        "not_target",
        r"{N}\s[^.;()]{0,40}\bđã\s+(?:được\s+)?(?:bố trí|có|đạt|hoàn thành)",
        "",
        "có 01 đội viên Dự án đã bố trí làm Chủ tịch UBND xã",
    ),
    R(
        "not_target",
        r"{N}\s*(?:đại biểu|người tham dự|khách mời)",
        "",
        "Tổng số đại biểu dự kiến: 200 đại biểu",
    ),
    R(
        "not_target",
        r"(?:dự kiến|gồm|có)\s*:?\s*{N}\s*(?:người|đại biểu)",
        "",
        "Tổng số đại biểu dự kiến: 200 người",
    ),
    R(
        "not_target",
        r"\b(?:sau|trong vòng|trong|sau khi)\s+{N}\s*(?:ngày|tháng|năm)\b",
        "",
        "trong 06 tháng",
    ),
    R("not_target", r"\b(?:độ tuổi|tuổi)\b", "", "có độ tuổi từ 46"),
    R(
        "not_target",
        r"\bđã\s+(?:đạt|có|được công nhận)\s+(?:từ\s+|trên\s+)?{N}",
        "",
        "ưu tiên các xã đã đạt từ 15 tiêu chí trở lên",
    ),
    R(
        "not_target",
        r"\bcủa\s+(?:toàn bộ\s+|tất cả\s+|các\s+)?{N}\s+(?:xã|phường|huyện|đơn vị|thôn|cơ quan)",
        "",
        "công chức của 168 phường, xã, đặc khu",
    ),
    R(
        "not_target",
        r"{N}\s+(?:hội nghị|hội thảo|cuộc họp|phiên họp)",
        "",
        "tổ chức 02 hội nghị sơ kết",
    ),
    # -- how things stand, not what is promised --------------------------------------------
    R(
        "state",
        r"\b(?:hiện có|hiện nay|hiện còn|hiện đang|thực trạng|tính đến nay|sau sắp xếp|đầu năm \d{4})\b",
        "",
        "Đầu năm 2017 toàn huyện có 6.118 hộ nghèo",
        tones=True,
    ),
    R("state", r"\bcòn\s+{N}\s+[^.;]{0,40}\bchưa\b", "", "còn 09 xã chưa có cán bộ nữ"),
    R(
        "state_heading",
        r"^\W*(?:[ivx]+|\d+)?[.)]?\s*(?:thực trạng|tình hình|kết quả (?!cần|đầu ra|dự kiến|phấn đấu)|đánh giá)",
        "",
        "II. THỰC TRẠNG",
    ),
    # -- a change, not a level -------------------------------------------------------------------
    R(
        "delta",
        r"\b(?:có thêm|tăng thêm|thêm|tăng|giảm|giảm thêm)(?:\s+(?:bình quân|trung bình|mỗi năm|hằng năm|hàng năm|ít nhất|tối thiểu|từ|được))*\s*$",
        "",
        "giảm bình quân mỗi năm từ",
    ),
    # -- a clause that promises --------------------------------------------------------------
    R("target_cue", r"\bphấn đấu\b", "", "phấn đấu đến năm 2015"),
    R("target_cue", r"\b(?:đạt|đạt được|đạt chuẩn)\b", "", "đạt 100%"),
    R("target_cue", r"\b(?:hoàn thành|thực hiện|bảo đảm|đảm bảo|duy trì)\b", "", "bảo đảm 100%"),
    R("target_cue", r"\b(?:được|có)\b", "", "431 cán bộ được đào tạo"),
    R(
        "target_cue",
        r"\b(?:thu hút|tuyển chọn|tuyển dụng|bố trí|chọn|lựa chọn|mở|tổ chức|đào tạo|bồi dưỡng|xây dựng|giảm|tăng|nâng)\b",
        "",
        "mở 3 lớp bồi dưỡng",
    ),
    R("target_cue", r"\b(?:chỉ tiêu|mục tiêu)\b", "", "Chỉ tiêu cụ thể"),
    # -- counted nouns, longest first -------------------------------------------------------
    R("unit", r"/\s*\d+\s+tiêu chí", "tiêu chí", "19/19 tiêu chí"),
    R("unit", r"lượt\s+(?:cán bộ|người|công chức|học viên)", "lượt", "1.250 lượt cán bộ"),
    R(
        "unit",
        r"(?:cán bộ|công chức|viên chức)(?:,\s*(?:công chức|viên chức|chiến sĩ))*",
        "người",
        "431 cán bộ, công chức",
    ),
    R(
        "unit",
        r"(?:người|học viên|đảng viên|đội viên|sinh viên|trí thức trẻ|trí thức|đồng chí|chiến sĩ|thanh niên|kỹ sư|cử nhân|thạc sĩ|tiến sĩ|lao động|hội viên|đoàn viên)",
        "người",
        "230 sinh viên",
    ),
    R(
        "unit",
        r"(?:xã|phường|thị trấn|đơn vị cấp xã)(?:,\s*(?:phường|thị trấn))*",
        "xã",
        "2 - 3 xã, phường, thị trấn",
    ),
    R(
        "unit",
        r"(?:thôn|bản|buôn|ấp|làng|xóm|khóm|sóc|plei|khu phố|tổ dân phố|khu dân cư)(?:,\s*(?:thôn|bản|buôn|ấp|làng|xóm|khóm|sóc|khu phố|tổ dân phố))*",
        "thôn",
        "120 thôn, bản",
    ),
    R("unit", r"(?:huyện|đơn vị cấp huyện)", "huyện", "3 huyện"),
    R("unit", r"(?:lớp|khóa)", "lớp", "3 lớp bồi dưỡng"),
    R("unit", r"(?:hộ gia đình|hộ|gia đình)", "hộ", "500 hộ"),
    R(
        "unit",
        r"(?:mô hình|câu lạc bộ|trụ sở|cơ quan|đơn vị|hội nghị|cuộc|buổi|đợt|văn bản|tài liệu|nhà|căn nhà|công trình|phòng học|tiêu chí|km|ha)",
        "",
        "5 mô hình",
    ),
    # -- comparison words --------------------------------------------------------------------
    R(
        "comparison",
        r"\b(?:không vượt quá|không quá|tối đa|trở xuống|không cao hơn|nhiều nhất)\b",
        "<=",
        "không quá 5%",
    ),
    R("comparison", r"\b(?:dưới|thấp hơn|ít hơn|giảm xuống dưới|còn dưới)\b", "<", "dưới 2%"),
    R(
        "comparison",
        r"\b(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn|đủ)\b",
        ">=",
        "ít nhất 80%",
    ),
    R("comparison", r"\b(?:trên|hơn|vượt|cao hơn)\b", ">", "trên 90%"),
    R(
        "comparison",
        r"\b(?:giảm xuống còn|giảm còn|xuống còn|giảm xuống|chỉ còn|còn)\b",
        "<=",
        "tỷ lệ hộ nghèo giảm xuống còn 2,5%",
    ),
    R("comparison", r"\b(?:hết|toàn bộ|tất cả)\b", ">=", "bố trí hết số đội viên"),
    # -- deadlines (``means``: how the pattern's groups read) ------------------------------
    R("deadline", r"\b(?:6|06|sáu) tháng đầu năm\s*(\d{4})", "half1", "6 tháng đầu năm 2024"),
    R("deadline", r"\b(?:6|06|sáu) tháng cuối năm\s*(\d{4})", "year", "6 tháng cuối năm 2024"),
    R("deadline", rf"\bquý\s+({ROMAN}|[1-4])\s*(?:/|năm|-)\s*(\d{{4}})", "quarter", "quý II/2012"),
    R(
        "deadline",
        r"\b(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})",
        "date",
        "trước ngày 30/9/2025",
    ),
    R(
        "deadline",
        r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
        "date",
        "ngày 30 tháng 9 năm 2025",
    ),
    R("deadline", r"\btháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})", "month", "trong tháng 5 năm 2017"),
    R("deadline", r"\btrước năm\s+(\d{4})", "before_year", "trước năm 2030"),
    R(
        "deadline",
        r"\bgiai đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*(?:[-–—]|đến|tới)\s*(?:năm\s+)?(\d{4})",
        "year",
        "giai đoạn 2021-2025",
    ),
    R(
        "deadline",
        r"\b(?:đến|tới|trong|hết|cuối|vào|năm)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(\d{4})\b",
        "year",
        "đến hết năm 2027",
    ),
    # -- every year, quarter, month ------------------------------------------------------------
    R(
        "recurring",
        r"\b(?:6|06|sáu) tháng(?: một lần)?\b|\bnửa năm\b|\bbán niên\b|\bđịnh kỳ 6 tháng",
        "half-yearly",
        "báo cáo 6 tháng",
    ),
    R(
        "recurring",
        r"\b(?:hằng|hàng|mỗi|từng|định kỳ)\s+quý\b|\bbáo cáo quý\b|\btheo quý\b|\btháng cuối (?:của |mỗi )?quý\b",
        "quarterly",
        "báo cáo hằng quý",
        tones=True,
    ),
    R(
        "recurring",
        r"\b(?:hằng|hàng|mỗi|từng|định kỳ)\s+tháng\b|\bbáo cáo tháng\b",
        "monthly",
        "trước ngày 25 hằng tháng",
    ),
    R(
        "recurring",
        r"\b(?:hằng|hàng|mỗi|từng)\s+năm\b|\bđịnh kỳ\s+(?:hằng |hàng |mỗi )?năm\b|\bbáo cáo năm\b|\bthường niên\b|\d\s*%\s*/\s*năm\b",
        "yearly",
        "định kỳ hằng năm",
    ),
    # -- who a goal is for -----------------------------------------------------------------
    R(
        "scope",
        r"\bmỗi\s+(?:đơn vị\s+)?(?:cấp\s+)?(?:huyện|quận)\b(?:\s*,\s*(?:thị xã|thành phố|quận|huyện))*",
        "each_district",
        "mỗi huyện, thị xã, thành phố",
    ),
    R(
        "scope",
        r"\b(?:mỗi|từng)\s+(?:đơn vị\s+(?:hành chính\s+)?cấp\s+xã|xã|phường|thị trấn|đặc khu)\b(?:\s*,\s*(?:phường|thị trấn|xã|đặc khu))*",
        "each_commune",
        "mỗi xã, thị trấn",
    ),
    R(
        "scope",
        r"\btoàn tỉnh\b|\btrên địa bàn tỉnh\b|\bcả tỉnh\b",
        "province",
        "toàn tỉnh có 431 cán bộ",
    ),
    # -- measures of etl.spec.measures -------------------------------------------------------
    R(
        "measure",
        r"nông thôn mới kiểu mẫu|ntm kiểu mẫu",
        "ntm_level_count:NTM kiểu mẫu",
        "03 xã đạt chuẩn nông thôn mới kiểu mẫu",
        "communes",
    ),
    R(
        "measure",
        r"nông thôn mới nâng cao|ntm nâng cao",
        "ntm_level_count:NTM nâng cao",
        "05 xã đạt chuẩn nông thôn mới nâng cao",
        "communes",
    ),
    R(
        "measure",
        r"^\W*(?:số\s+)?(?:xã|phường|thị trấn)\b[^;]*?(?<!nhà )văn hóa",
        "indicator_share:xã văn hóa",
        "50% số xã đạt chuẩn văn hóa nông thôn mới",
        "%",
    ),
    R(
        "measure",
        r"^\W*(?:số\s+)?(?:xã|đơn vị cấp xã)\b(?!.*(?:nâng cao|kiểu mẫu)).*(?:nông thôn mới|ntm)",
        "ntm_share",
        "25% số xã đạt tiêu chí nông thôn mới",
        "%",
    ),
    R(
        "measure",
        r"^\W*(?:số\s+)?(?:xã|đơn vị cấp xã)\b.*(?:nông thôn mới|ntm)",
        "ntm_level_count:NTM",
        "12 xã đạt chuẩn nông thôn mới",
        "communes",
    ),
    R(
        "measure",
        r"gia đình\s+(?:đạt\s+(?:danh hiệu\s+)?)?(?:gia đình\s+)?văn hóa",
        "indicator_mean:tỷ lệ gia đình văn hóa",
        "90% gia đình đạt danh hiệu gia đình văn hóa",
        "%",
    ),
    R(
        "measure",
        r"(?:thôn|bản|buôn|ấp|làng|xóm|khóm|sóc|plei|khu phố|tổ dân phố|khu dân cư)\b(?![^;]*nhà văn hóa)[^;]*?văn hóa",
        "indicator_mean:tỷ lệ thôn văn hóa",
        "80% thôn, buôn, khu phố văn hóa",
        "%",
    ),
    R(
        "measure",
        r"^\W*(?:số\s+)?(?:xã|phường|thị trấn)\b[^;]*?(?<!nhà )văn hóa",
        "indicator_share:xã văn hóa",
        "30% xã, phường, thị trấn văn hóa",
        "%",
    ),
    R(
        "measure",
        r"tỷ lệ (?:hộ )?nghèo|^\W*(?:số\s+)?hộ nghèo\W*$",
        "indicator_mean:tỷ lệ hộ nghèo",
        "tỷ lệ hộ nghèo dưới 2%",
        "%",
    ),
    R(
        "measure",
        r"^\W*(?:số\s+)?(?:xã|phường|thị trấn)\b[^;]*?trụ sở[^;]*?kiên cố",
        "indicator_share:trụ sở kiên cố",
        "100% xã có trụ sở làm việc kiên cố",
        "%",
    ),
    R(
        "measure",
        r"(?:đào tạo|bồi dưỡng)[^;%]*?(?:lý luận chính trị|chính trị)",
        "training_achieved:lý luận chính trị",
        "907 cán bộ được bồi dưỡng lý luận chính trị",
        "people",
    ),
    R(
        "measure",
        r"(?:đào tạo|bồi dưỡng)[^;%]*?quản lý nhà nước",
        "training_achieved:quản lý nhà nước",
        "300 công chức được bồi dưỡng quản lý nhà nước",
        "people",
    ),
    R(
        "measure",
        r"(?:đào tạo|bồi dưỡng)[^;%]*?(?:tin học|công nghệ thông tin|kỹ năng số|chuyển đổi số|trí tuệ nhân tạo|máy vi tính|nền tảng số)",
        "training_achieved:tin học",
        "500 lượt cán bộ được bồi dưỡng tin học",
        "people",
    ),
    R(
        "measure",
        r"(?:đào tạo|bồi dưỡng)[^;%]*?(?:ngoại ngữ|tiếng anh|tiếng dân tộc|tiếng (?:trung|pháp|lào|khmer|mông|thái|dao|hoa|nhật|hàn))",
        "training_achieved:ngoại ngữ",
        "120 người được bồi dưỡng ngoại ngữ",
        "people",
    ),
    # the specific subjects above first: "... cho 1.500 công chức các phòng chuyên môn"
    R(
        "measure",
        r"(?:đào tạo|bồi dưỡng)[^;%]*?(?:chuyên môn|nghiệp vụ)",
        "training_achieved:chuyên môn nghiệp vụ",
        "431 cán bộ được đào tạo về chuyên môn nghiệp vụ",
        "people",
    ),
    R(
        "measure",
        r"(?:chuyên môn|nghiệp vụ)[^;%]*?(?:đào tạo|bồi dưỡng)",
        "training_achieved:chuyên môn nghiệp vụ",
        "bồi dưỡng chuyên môn cho 200 người được đào tạo",
        "people",
    ),
    R(
        "measure",
        r"(?:hết số|\d+(?:,\d+)?%\s*(?:số\s+)?)\s*(?:đội viên|trí thức|sinh viên)[^;]*?(?:bố trí|sử dụng)|(?:bố trí|sử dụng)[^;]*?(?:hết số|\d+(?:,\d+)?%\s*(?:số\s+)?)\s*(?:đội viên|trí thức)",
        "officer_placed_share",
        "bố trí, sử dụng hết số đội viên Dự án",
        "",
    ),
    R(
        "measure",
        r"^(?=.*(?:trí thức|đội viên|sinh viên|dự án))\W*(?:xã|phường|thị trấn)\b[^;]*?(?:phó chủ tịch|chủ tịch)",
        "officer_communes",
        "2 - 3 xã thí điểm bố trí trí thức trẻ làm Phó Chủ tịch UBND xã",
        "communes",
    ),
    R(
        "measure",
        r"(?:sinh viên|trí thức|đội viên)[^;]*?(?:về công tác|về làm|tăng cường|công tác ở|về xã)|(?:thu hút|tuyển chọn|tuyển dụng)[^;]*?(?:sinh viên|trí thức|đội viên)",
        "officer_count",
        "thu hút đủ 230 sinh viên tốt nghiệp về công tác ở cấp xã",
        "count",
    ),
    R(
        "measure",
        r"^\W*(?:trí thức|sinh viên|đội viên)",
        "officer_count",
        "25 trí thức trẻ",
        "people",
    ),
    # -- a promise without a number: "hết số" is all of them ----------------------------------
    R(
        "all_of",
        r"\b(?:bố trí|sử dụng)[^.;]{0,30}?\bhết số\s+(?:đội viên|trí thức|sinh viên|người)",
        "100",
        "bố trí, sử dụng hết số đội viên Dự án",
    ),
    R(
        "all_of",
        r"\b(?:toàn bộ|tất cả|hết)\s+(?:số\s+)?(?:đội viên|trí thức trẻ|sinh viên)[^.;]{0,30}?\b(?:được|đều được)\s+(?:bố trí|sử dụng)",
        "100",
        "toàn bộ đội viên được bố trí công tác",
    ),
    # -- reports ---------------------------------------------------------------------------
    # "trình" sends only to a body: "trình độ", "chương trình" send nothing
    R(
        "report_verb",
        r"\b(?:báo cáo|gửi|nộp|trình(?=\s+(?:ubnd|ủy ban|hđnd|hội đồng|chủ tịch|sở|bộ|thủ tướng|ban|tỉnh ủy|thường trực|cấp có thẩm quyền)))\b",
        "",
        "gửi về Sở Nội vụ",
    ),
    R(
        "to_verb",
        r"\b(?:báo cáo|gửi|nộp|trình(?=\s+(?:ubnd|ủy ban|hđnd|hội đồng|chủ tịch|sở|bộ|thủ tướng|ban|tỉnh ủy|thường trực|cấp có thẩm quyền)))\b",
        "",
        "trình UBND tỉnh trước ngày 31/10/2025",
    ),
    R("due", r"\b(?:đầu)\s+tháng\s+(\d{1,2})\b", "early_month", "vào đầu tháng 12"),
    R(
        "due",
        r"\b(?:trước|chậm nhất|hạn chót|đến|trong)\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})",
        "date",
        "trước ngày 15/6/2017",
    ),
    R(
        "due",
        r"\b(?:trước|chậm nhất|hạn chót|đến|trong)\s+(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
        "date",
        "trước ngày 15 tháng 6 năm 2017",
    ),
    R(
        "due",
        r"\b(?:trước|chậm nhất|hạn chót|đến)\s+(?:ngày\s+)?(\d{1,2})\s*(?:/|tháng)\s*(\d{1,2})\b(?!\s*(?:/|năm)\s*\d)",
        "day_month",
        "trước ngày 20/11",
    ),
    R(
        "due",
        r"\b(?:trước|chậm nhất|hạn chót|đến|vào)\s+(?:ngày\s+)?(\d{1,2})\b(?!\s*(?:/|tháng\s*\d))",
        "day",
        "trước ngày 25 hằng tháng",
    ),
    R(
        "due",
        rf"\b(?:trong|trước|hết|cuối|vào)\s+quý\s+({ROMAN}|[1-4])\s*(?:/|năm|-)\s*(\d{{4}})",
        "quarter",
        "trong quý IV năm 2019",
    ),
    R(
        "due",
        r"\b(?:trong|trước|hết|cuối)\s+tháng\s+(\d{1,2})\s*(?:/|năm)\s*(\d{4})",
        "month",
        "trong tháng 5 năm 2017",
    ),
    R(
        "report_kind",
        r"(?:kết quả|tiến độ) thực hiện (?:các )?chỉ tiêu",
        "goals",
        "báo cáo kết quả thực hiện các chỉ tiêu của Đề án",
    ),
    R("report_kind", r"đào tạo|bồi dưỡng", "training", "kết quả đào tạo, bồi dưỡng"),
    R(
        "report_kind",
        r"nông thôn mới|\bntm\b|văn hóa|giảm nghèo|hộ nghèo|chỉ tiêu (?:cấp )?xã",
        "communes",
        "kết quả xây dựng nông thôn mới",
    ),
    R(
        "report_kind",
        r"đội viên|trí thức trẻ|dự án 600|phó chủ tịch ubnd xã|danh sách cán bộ|cán bộ,? công chức cấp xã",
        "officers",
        "tình hình đội viên Dự án",
    ),
    # a plan sent, with no subject named: kind "other" (a subject above wins)
    R(
        "report_kind",
        r"\bkế hoạch\s+(?:triển khai|thực hiện|cụ thể)\b|\bgửi\s+kế hoạch\b|\bxây dựng kế hoạch\b",
        "other",
        "Kế hoạch triển khai: gửi trước 30/4/2014",
    ),
    R("report_kind", r"\bchỉ tiêu\b", "goals", "tiến độ các chỉ tiêu"),
    # -- names of bodies ---------------------------------------------------------------------
    R(
        "org",
        r"\b(?:ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|sở|các sở|ban|các ban|bộ|văn phòng|phòng|các phòng|tỉnh ủy|huyện ủy|thường trực|chủ tịch|chánh văn phòng|tổ công tác|tỉnh đoàn|huyện đoàn|các huyện đoàn|đoàn|ủy ban mặt trận|mặt trận|công an|bộ chỉ huy|trường|trung tâm|đài|báo(?! cáo)|cục|chi cục|hội(?! nghị| thảo| họp)|liên đoàn|đảng ủy|cấp ủy|các cơ quan|các đơn vị|các địa phương|các huyện|các xã|cơ quan|đơn vị)\b",
        "",
        "UBND các huyện, thị xã, thành phố",
        tones=True,
    ),
)
_BY_GROUP: dict[str, tuple[Rule, ...]] = {}
for _rule in PATTERNS:
    _BY_GROUP[_rule.group] = (*_BY_GROUP.get(_rule.group, ()), _rule)

GROUPS = tuple(_BY_GROUP)
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
