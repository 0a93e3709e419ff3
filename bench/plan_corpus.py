"""A corpus of short Vietnamese plan texts, each with the proposals a careful analyst expects.

Reading a plan (Kế hoạch, Chương trình hành động, Đề án) proposes the document's identity,
its quantitative goals and its reporting duties (etl/plan/model.py). Each :class:`Case` here
is one plan written the way provincial plans are written (header block, "Căn cứ ..." lines
full of document numbers and dates, MỤC ĐÍCH / MỤC TIÊU / NHIỆM VỤ / TỔ CHỨC THỰC HIỆN,
"Nơi nhận:", a signature), with every goal and every dated or periodic report it contains,
and nothing else, so that both recall and precision can be measured.
``tests/test_plan_extract.py`` and ``make bench`` use it to score the extractor (recall and
precision). Plain data: the module needs only the stdlib
(``check_corpus`` also reads the measure registry in etl/spec to validate the names).

The texts are invented, in the style of the five real plans in shared/seeds; units and
provinces are real (pre-2025 provinces with districts, and after 1/7/2025 today's provinces
with communes only). The expectations were written without looking at the extractor.

How to compare (what the expectations mean)
-------------------------------------------
- ``quote_has`` is an exact substring of the text, inside the sentence (or table row line)
  the goal/duty comes from; it never crosses a line. Several goals may sit in one sentence.
  A goal matches when its quote contains ``quote_has`` and its value is ``value``.
- ``issuer_has``, ``recipient_has`` and ``reporter_has`` are meant to be compared
  case-insensitively (headers are printed in capitals: "SỞ NỘI VỤ").
- Measures are given as ``key:arg``; for the officer measures (``officer_count``,
  ``officer_placed_share``, ``officer_communes``) the argument is the programme's name as
  registered in the goals workbook, which no plan text can know, so only the key is given
  and only the key should be compared.

Conventions (judgement calls, applied the same way in every case)
-----------------------------------------------------------------
Goals
- Comparison: a plain target ("có 25%", "đạt 98,5%", "đủ", "hết số", a table cell) is a
  floor, ">=" (a plan's target is met when reached or exceeded); "ít nhất", "tối thiểu",
  "không dưới", "từ X trở lên" -> ">="; "trên", "hơn" -> ">"; "dưới" -> "<"; "không quá",
  "tối đa" -> "<=". A rate the plan wants to bring down (tỷ lệ hộ nghèo "còn 25%", a plain
  table cell for it) is a ceiling, "<=". "từ A đến B", "A-B", "A - B", "A – B" -> "range".
  "=" is not used: no plan here sets an exact figure.
- "hết số đội viên/trí thức trẻ" -> 100 "%" (officer_placed_share when it is about placing
  them after their term).
- A fall *by* some points ("giảm bình quân 3-4%/năm", "mỗi xã giảm ít nhất 1,5% số hộ
  nghèo") is a goal in "%", but no registered measure gives a yearly fall: measure None.
- Unit: "%" for shares, else the counted noun right after the number as the plan writes it
  ("xã", "lớp", "cán bộ" for "cán bộ, công chức", "công chức", "người", "trí thức trẻ",
  "đội viên", "tiêu chí" for "15/19 tiêu chí" (value 15)); "lượt" stays with its noun
  ("lượt cán bộ"). In a table, the "Đơn vị tính" cell.
- Deadline: "đến (hết) năm Y", "năm Y", "trong năm Y", "giai đoạn X-Y" -> Y-12-31;
  "quý I..IV/Y" -> the quarter's last day; "6 tháng đầu năm Y" -> Y-06-30; "trước ngày
  d/m/Y" -> that date; "trước năm Y" -> (Y-1)-12-31 (before the year begins). A goal with
  no deadline of its own takes the plan's period (its title's "giai đoạn 2021-2025",
  "năm 2024", or the "Mục tiêu cụ thể đến năm 2025" heading above it). A yearly goal
  ("hằng năm", "hàng năm", "mỗi năm") has deadline None and recurring True.
- In a table of targets, one goal per target cell whose column has a deadline ("Năm 2026",
  "Đến năm 2030"); the base-year column ("Thực hiện năm 2021") is the current state, not a
  goal.
- Scope: the plan's own unit by default (the province; the district for a UBND huyện plan);
  a named district or commune when the goal names it; "mỗi huyện (, thị xã, thành phố)",
  "mỗi huyện đoàn" -> each_district; "mỗi xã (, phường)" -> each_commune; "100% xã" is a
  share at the plan's level, not each_commune. Names are given without "huyện"/"xã".
- Measure: training_achieved counts people trained (province/district level), so a target
  in classes ("lớp"), a share of cadres trained, or a per-commune training count has no
  measure (None). Cultural families/villages and the poor-household rate are
  indicator_mean; cultural communes and solid offices are indicator_share; "N xã đạt chuẩn
  NTM (nâng cao/kiểu mẫu)" is ntm_level_count; "x% số xã đạt chuẩn NTM" is ntm_share.
- Not goals: numbers in document references (numbers, dates, "khóa XII", "Điều 26"),
  the current state ("toàn tỉnh có 124 đơn vị hành chính cấp xã"), eligibility rules
  ("tuổi không quá 30", "từ 46 tuổi trở lên", "cam kết công tác ít nhất 36 tháng"),
  money, addresses, meeting and class sizes, the size of a selection board.
Duties
- A pair "báo cáo 6 tháng trước ngày D/6 và báo cáo năm trước ngày D'/12" (no year) is two
  duties: a half-yearly one whose due is the day number D (of the half-year's last month;
  the second half is covered by the yearly report) and a yearly one due "12-D'". When the
  dates carry a year ("trước ngày 10/6/2024 và ... trước ngày 10/11/2024") they are two
  one-off duties.
- A list under a lead-in ("Các huyện đoàn ... báo cáo về Ban Thường vụ Tỉnh Đoàn: + Kế
  hoạch triển khai: gửi trước ...; + Báo cáo ...") gives one duty per item, with the
  lead-in's reporter and recipient. Sending a plan document counts as a duty (kind "other"
  unless its subject is training etc.).
- The reporter is the body the sentence (or the numbered "IV. TỔ CHỨC THỰC HIỆN" heading
  it sits under) gives the task to. "UBND tỉnh (qua Sở Nội vụ)": recipient_has is the body
  in "qua" ("Sở Nội vụ"), where the file is actually sent.
- Not duties: meetings ("hội nghị sơ kết vào quý III", "giao ban định kỳ hằng quý", "định
  kỳ 6 tháng, năm ... tổ chức sơ kết"), "thường xuyên báo cáo", "báo cáo đột xuất (khi có
  yêu cầu)", reports with neither a period nor a date, and deadlines of tasks that are not
  a report or a document sent (holding a conference "trước ngày 30/6/2017").
- report_kind: "officers" (cadres, đội viên, trí thức trẻ, placement), "communes" (NTM,
  poverty, cultural titles, help to a commune), "training", "goals" (kết quả thực hiện
  các chỉ tiêu of a programme), "other".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

COMPARISONS = (">=", ">", "=", "<=", "<", "range")
SCOPE_LEVELS = ("province", "district", "commune", "each_district", "each_commune")
FREQUENCIES = ("once", "monthly", "quarterly", "half-yearly", "yearly")
REPORT_KINDS = ("officers", "communes", "training", "goals", "other")


@dataclass(frozen=True)
class ExpectedGoal:
    quote_has: str  # exact substring of the goal's sentence / table row
    value: float
    comparison: str  # one of COMPARISONS
    unit: str  # the counted noun as the plan says it, or "%"
    deadline: str | None  # ISO date; None for a yearly goal
    recurring: bool  # True for a yearly goal
    scope_level: str  # one of SCOPE_LEVELS
    scope_name: str | None  # province/district/commune name; None for each_*
    measure: str | None  # "key" or "key:arg" of etl.spec.measures.MEASURES, or None
    value_max: float | None = None  # the upper end of a "range"


@dataclass(frozen=True)
class ExpectedDuty:
    quote_has: str
    frequency: str  # one of FREQUENCIES
    due: str | int | None  # once: ISO date; yearly: "MM-DD"; else a day number or None
    report_kind: str  # one of REPORT_KINDS
    recipient_has: str | None
    reporter_has: tuple[str, ...]


@dataclass(frozen=True)
class ExpectedDocument:
    number: str | None
    date: str | None
    issuer_has: str | None
    province: str | None


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    document: ExpectedDocument
    goals: tuple[ExpectedGoal, ...]
    duties: tuple[ExpectedDuty, ...]


# ---------------------------------------------------------------------------------------
# 1. UBND tỉnh Lào Cai, 2021: training of commune cadres 2021-2025.
# ---------------------------------------------------------------------------------------
LAO_CAI_2021 = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 86/KH-UBND
Lào Cai, ngày 15 tháng 3 năm 2021
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ, công chức cấp xã tỉnh Lào Cai giai đoạn 2021-2025
Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019;
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức;
Căn cứ Quyết định số 163/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ phê duyệt Đề án đào tạo, bồi dưỡng cán bộ, công chức, viên chức giai đoạn 2016-2025;
Căn cứ Thông tư số 01/2018/TT-BNV ngày 08/01/2018 của Bộ Nội vụ hướng dẫn một số điều của Nghị định số 101/2017/NĐ-CP;
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ XVI, nhiệm kỳ 2020-2025;
Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức cấp xã giai đoạn 2021-2025 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao trình độ, năng lực thực thi công vụ của đội ngũ cán bộ, công chức cấp xã, đáp ứng tiêu chuẩn chức danh theo quy định.
- Gắn đào tạo, bồi dưỡng với quy hoạch, bố trí, sử dụng cán bộ, công chức; ưu tiên cán bộ, công chức là người dân tộc thiểu số, cán bộ nữ.
2. Yêu cầu
- Đào tạo, bồi dưỡng đúng đối tượng, đúng nhu cầu, tránh trùng lặp, lãng phí.
- Cán bộ, công chức từ 46 tuổi trở lên (nam) và từ 41 tuổi trở lên (nữ) chưa đạt chuẩn thì không cử đi đào tạo trình độ đại học.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức cấp xã chuyên nghiệp, có bản lĩnh chính trị vững vàng, đủ năng lực hoàn thành nhiệm vụ được giao, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI.
2. Mục tiêu cụ thể
- Đến hết năm 2025, có 1.250 lượt cán bộ, công chức cấp xã được bồi dưỡng kiến thức quản lý nhà nước theo tiêu chuẩn ngạch chuyên viên.
- Đào tạo trình độ trung cấp lý luận chính trị cho ít nhất 420 cán bộ, công chức cấp xã chưa đạt chuẩn.
- Đào tạo trình độ đại học chuyên môn nghiệp vụ cho 180 công chức cấp xã chưa đạt chuẩn.
- Phấn đấu 97,5% công chức cấp xã đạt chuẩn về trình độ chuyên môn theo quy định.
- Hằng năm, mỗi huyện, thị xã, thành phố tổ chức tối thiểu 02 lớp bồi dưỡng kỹ năng ứng dụng công nghệ thông tin cho cán bộ, công chức cấp xã.
- Huyện Si Ma Cai phấn đấu 100% công chức cấp xã được bồi dưỡng tiếng Mông.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, đánh giá thực trạng trình độ đội ngũ cán bộ, công chức cấp xã, xác định nhu cầu đào tạo, bồi dưỡng theo từng chức danh quy định tại Thông tư số 13/2019/TT-BNV ngày 06/11/2019 của Bộ Nội vụ.
2. Đổi mới nội dung, chương trình bồi dưỡng theo vị trí việc làm; tăng cường bồi dưỡng theo hình thức trực tuyến.
3. Thực hiện chế độ hỗ trợ cho cán bộ, công chức cấp xã đi học theo Nghị quyết số 11/2020/NQ-HĐND ngày 04/12/2020 của HĐND tỉnh.
IV. KINH PHÍ THỰC HIỆN
Kinh phí từ nguồn ngân sách tỉnh giao cho Sở Nội vụ hằng năm, dự kiến 500 triệu đồng/năm, và nguồn lồng ghép các chương trình mục tiêu quốc gia.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, phối hợp với Trường Chính trị tỉnh và các cơ quan liên quan tổ chức thực hiện Kế hoạch.
- Tổng hợp kết quả đào tạo, bồi dưỡng, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 15/12 hằng năm.
2. Trường Chính trị tỉnh
- Mở các lớp trung cấp lý luận chính trị - hành chính tại các huyện theo kế hoạch được giao.
3. UBND các huyện, thị xã, thành phố
- Xây dựng kế hoạch đào tạo, bồi dưỡng năm 2021 của địa phương, gửi về Sở Nội vụ trước ngày 15/4/2021.
- Định kỳ báo cáo kết quả đào tạo, bồi dưỡng 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11 về Sở Nội vụ để tổng hợp.
- Báo cáo đột xuất khi có yêu cầu của cơ quan có thẩm quyền.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Trần Minh Tuấn
"""

# ---------------------------------------------------------------------------------------
# 2. UBND tỉnh Nghệ An, 2022: new-rural programme 2021-2025, with a table of targets.
# ---------------------------------------------------------------------------------------
NGHE_AN_2022 = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 412/KH-UBND
Nghệ An, ngày 08 tháng 7 năm 2022
KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh Nghệ An giai đoạn 2021-2025
Căn cứ Nghị quyết số 25/2021/QH15 ngày 28/7/2021 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;
Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025, gồm 19 tiêu chí;
Căn cứ Nghị quyết số 06/2022/NQ-HĐND ngày 18/5/2022 của HĐND tỉnh quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách nhà nước thực hiện Chương trình;
UBND tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Triển khai đồng bộ, hiệu quả Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn tỉnh.
- Xác định cụ thể nhiệm vụ của các sở, ban, ngành, UBND các huyện, thành phố, thị xã; huy động tối đa nguồn lực xã hội.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng nông thôn mới đi vào chiều sâu, hiệu quả, bền vững; nâng cao đời sống vật chất, tinh thần của người dân nông thôn.
2. Mục tiêu cụ thể
Các chỉ tiêu chủ yếu như sau:
STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2021 | Năm 2023 | Đến năm 2025
1 | Số xã đạt chuẩn nông thôn mới | xã | 262 | 280 | 310
2 | Tỷ lệ xã đạt chuẩn nông thôn mới | % | 64,1 | 68,5 | 75
3 | Số xã đạt chuẩn nông thôn mới nâng cao | xã | 38 | 60 | 85
4 | Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã | 5 | 12 | 20
5 | Số đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới | huyện | 7 | 8 | 10
6 | Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều | % | 8,2 | 6,5 | dưới 4
- Mỗi huyện có ít nhất 01 xã đạt chuẩn nông thôn mới kiểu mẫu.
- Huyện Kỳ Sơn phấn đấu có ít nhất 03 xã đạt chuẩn nông thôn mới.
- 100% số xã có trụ sở làm việc kiên cố, đạt chuẩn theo quy định.
III. NHIỆM VỤ, GIẢI PHÁP
1. Đẩy mạnh tuyên truyền, vận động; phát huy vai trò chủ thể của người dân trong xây dựng nông thôn mới.
2. Ưu tiên nguồn lực cho 27 xã đặc biệt khó khăn, xã an toàn khu; mức hỗ trợ tối đa 500 triệu đồng/xã để hoàn thiện hạ tầng thiết yếu.
3. Kiện toàn bộ máy Văn phòng Điều phối nông thôn mới các cấp theo Quyết định số 1920/QĐ-TTg ngày 05/10/2016 của Thủ tướng Chính phủ.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Phát triển nông thôn (Cơ quan thường trực Chương trình)
- Hướng dẫn, đôn đốc các huyện triển khai thực hiện; tổng hợp, báo cáo UBND tỉnh, Ban Chỉ đạo Trung ương kết quả thực hiện Chương trình trước ngày 15/12 hằng năm.
2. Các sở, ban, ngành là thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh
- Hướng dẫn thực hiện các tiêu chí thuộc lĩnh vực ngành phụ trách.
3. UBND các huyện, thành phố, thị xã
- Xây dựng kế hoạch giai đoạn 2021-2025 và hằng năm của địa phương.
- Báo cáo quý trước ngày 20 của tháng cuối quý và báo cáo năm trước ngày 05/12 hàng năm về Văn phòng Điều phối nông thôn mới tỉnh.
4. Văn phòng Điều phối nông thôn mới tỉnh tham mưu tổ chức hội nghị sơ kết giữa kỳ vào quý III năm 2023.
Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Các thành viên BCĐ tỉnh;
- UBND các huyện, thành phố, thị xã;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Đệ
"""

# ---------------------------------------------------------------------------------------
# 3. Sở Nội vụ Quảng Nam, 2023: young volunteers for mountain communes.
# ---------------------------------------------------------------------------------------
QUANG_NAM_2023 = """UBND TỈNH QUẢNG NAM
SỞ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1285/KH-SNV
Quảng Nam, ngày 12 tháng 4 năm 2023
KẾ HOẠCH
Tuyển chọn trí thức trẻ tình nguyện về công tác tại các xã miền núi tỉnh Quảng Nam giai đoạn 2023-2025
Căn cứ Nghị định số 140/2017/NĐ-CP ngày 05/12/2017 của Chính phủ về chính sách thu hút, tạo nguồn cán bộ từ sinh viên tốt nghiệp xuất sắc, cán bộ khoa học trẻ;
Căn cứ Nghị quyết số 16/2022/NQ-HĐND ngày 28/4/2022 của HĐND tỉnh quy định chính sách hỗ trợ trí thức trẻ tình nguyện về công tác tại các xã miền núi;
Thực hiện Kế hoạch số 2410/KH-UBND ngày 05/4/2023 của UBND tỉnh, Sở Nội vụ xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Tạo nguồn cán bộ trẻ, có trình độ cho các xã miền núi, vùng đồng bào dân tộc thiểu số.
- Việc tuyển chọn bảo đảm công khai, minh bạch, đúng đối tượng, tiêu chuẩn.
II. MỤC TIÊU
1. Mục tiêu chung
Bổ sung đội ngũ cán bộ trẻ, được đào tạo cơ bản cho các xã thuộc 06 huyện miền núi, góp phần nâng cao chất lượng hoạt động của chính quyền cơ sở.
2. Mục tiêu cụ thể
- Giai đoạn 2023-2025, tuyển chọn 120 trí thức trẻ có trình độ đại học trở lên về công tác tại các xã miền núi; trong đó năm 2023 tuyển chọn ít nhất 40 người.
- Mỗi xã đặc biệt khó khăn được bố trí từ 1 đến 2 trí thức trẻ.
- Huyện Nam Trà My tiếp nhận tối thiểu 25 trí thức trẻ.
- Bố trí hết số trí thức trẻ đã hoàn thành thời gian tình nguyện vào làm công chức cấp xã hoặc các vị trí phù hợp.
- Trên 70% trí thức trẻ được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên.
III. TIÊU CHUẨN, CHẾ ĐỘ
1. Tiêu chuẩn: công dân Việt Nam, tuổi đời không quá 30 tuổi; tốt nghiệp đại học hệ chính quy loại khá trở lên; cam kết công tác tại xã ít nhất 36 tháng.
2. Chế độ: được hưởng trợ cấp một lần 50 triệu đồng khi nhận công tác và các chế độ theo Nghị quyết số 16/2022/NQ-HĐND.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Công chức, viên chức
- Tham mưu tổ chức tiếp nhận hồ sơ, xét tuyển; tổng hợp kết quả, báo cáo Giám đốc Sở.
2. UBND các huyện: Nam Giang, Phước Sơn, Tây Giang, Đông Giang, Nam Trà My, Bắc Trà My
- Rà soát nhu cầu, gửi danh sách vị trí cần bổ sung trí thức trẻ về Sở Nội vụ trước ngày 15/5/2023.
- Định kỳ hằng quý, báo cáo tình hình quản lý, sử dụng trí thức trẻ về Sở Nội vụ trước ngày 15 của tháng đầu quý sau.
3. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 10/12 hằng năm.
Trên đây là Kế hoạch tuyển chọn trí thức trẻ tình nguyện giai đoạn 2023-2025, đề nghị các cơ quan, địa phương phối hợp thực hiện./.
Nơi nhận:
- UBND tỉnh (b/c);
- Ban Tổ chức Tỉnh ủy;
- Tỉnh Đoàn Quảng Nam;
- UBND các huyện miền núi;
- Lưu: VT, CCVC.
GIÁM ĐỐC
Lê Văn Hải
"""

# ---------------------------------------------------------------------------------------
# 4. UBND tỉnh Đắk Lắk, 2020: cultural families, villages, communes 2021-2025.
# ---------------------------------------------------------------------------------------
DAK_LAK_2020 = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 9870/KH-UBND
Đắk Lắk, ngày 28 tháng 12 năm 2020
KẾ HOẠCH
Thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" trên địa bàn tỉnh Đắk Lắk giai đoạn 2021-2025
Căn cứ Quyết định số 1610/QĐ-TTg ngày 16/9/2011 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa";
Căn cứ Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ quy định về xét tặng danh hiệu "Gia đình văn hóa"; "Thôn văn hóa", "Làng văn hóa", "Ấp văn hóa", "Bản văn hóa", "Tổ dân phố văn hóa";
Căn cứ Thông tư số 08/2014/TT-BVHTTDL ngày 24/9/2014 của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết tiêu chuẩn, trình tự, thủ tục xét và công nhận "Xã đạt chuẩn văn hóa nông thôn mới";
UBND tỉnh Đắk Lắk ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao chất lượng phong trào, gắn với xây dựng nông thôn mới và đô thị văn minh.
- Phát huy vai trò chủ thể của nhân dân, nhất là đồng bào các dân tộc thiểu số tại chỗ.
2. Yêu cầu
- Việc bình xét, công nhận các danh hiệu văn hóa phải thực chất, tránh chạy theo thành tích.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng môi trường văn hóa lành mạnh, phong phú; giữ gìn, phát huy bản sắc văn hóa các dân tộc Ê Đê, M'nông, Gia Rai.
2. Mục tiêu cụ thể
- Hằng năm có trên 85% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; trên 70% thôn, buôn, tổ dân phố đạt danh hiệu văn hóa.
- Đến năm 2025, có 50% số xã đạt chuẩn văn hóa nông thôn mới.
- 100% buôn đồng bào dân tộc thiểu số tại chỗ có nhà văn hóa cộng đồng.
- Mỗi huyện, thị xã, thành phố xây dựng ít nhất 01 mô hình điểm về bảo tồn văn hóa truyền thống.
- Huyện Ea Súp phấn đấu tỷ lệ gia đình văn hóa đạt từ 80% trở lên.
III. NHIỆM VỤ, GIẢI PHÁP
1. Đẩy mạnh tuyên truyền trên Báo Đắk Lắk, Đài Phát thanh - Truyền hình tỉnh bằng tiếng Việt và tiếng dân tộc.
2. Tổ chức Ngày hội Văn hóa các dân tộc tỉnh với khoảng 1.500 nghệ nhân, diễn viên tham gia.
3. Lồng ghép phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch (Cơ quan thường trực Ban Chỉ đạo phong trào tỉnh)
- Hướng dẫn, kiểm tra việc thực hiện; tổng hợp, báo cáo UBND tỉnh, Ban Chỉ đạo Trung ương phong trào kết quả thực hiện trước ngày 30/11 hằng năm.
- Tham mưu tổ chức Hội nghị sơ kết 03 năm vào quý III năm 2023 và tổng kết phong trào vào quý IV năm 2025.
2. UBND các huyện, thị xã, thành phố
- Chỉ đạo UBND cấp xã tổ chức bình xét, công nhận danh hiệu văn hóa đúng quy định.
- Báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 10/6 và báo cáo năm trước ngày 10/11 về Sở Văn hóa, Thể thao và Du lịch.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì cuộc vận động ở khu dân cư.
Nơi nhận:
- Bộ VHTTDL (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Thành viên BCĐ phong trào tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
H' Yim Kđoh
"""

# ---------------------------------------------------------------------------------------
# 5. UBND huyện Tri Tôn (An Giang), 2019: poverty and new-rural, the district's scope.
# ---------------------------------------------------------------------------------------
TRI_TON_2019 = """ỦY BAN NHÂN DÂN
HUYỆN TRI TÔN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 215/KH-UBND
Tri Tôn, ngày 20 tháng 12 năm 2019
KẾ HOẠCH
Giảm nghèo bền vững gắn với xây dựng nông thôn mới trên địa bàn huyện Tri Tôn, tỉnh An Giang năm 2020
Căn cứ Quyết định số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020;
Căn cứ Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020;
Căn cứ Kế hoạch số 758/KH-UBND ngày 06/12/2019 của UBND tỉnh An Giang về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2020;
Căn cứ Nghị quyết số 12/NQ-HĐND ngày 17/12/2019 của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2020;
UBND huyện Tri Tôn xây dựng Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Huy động nguồn lực để giảm nghèo nhanh, bền vững, nhất là trong đồng bào dân tộc Khmer.
- Gắn công tác giảm nghèo với thực hiện các tiêu chí nông thôn mới tại các xã.
II. MỤC TIÊU
1. Mục tiêu chung
Cải thiện đời sống, tăng thu nhập của người dân, nhất là hộ nghèo, hộ cận nghèo; hạn chế tái nghèo và phát sinh hộ nghèo mới.
2. Mục tiêu cụ thể năm 2020
- Giảm tỷ lệ hộ nghèo toàn huyện xuống dưới 9%; mỗi xã giảm ít nhất 1,5% số hộ nghèo so với đầu năm.
- Toàn huyện có 05 xã đạt chuẩn nông thôn mới.
- Xã Lương An Trà đạt 19/19 tiêu chí nông thôn mới.
- 100% cán bộ, công chức cấp xã phụ trách công tác giảm nghèo được tập huấn nghiệp vụ.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát hộ nghèo, hộ cận nghèo theo Quyết định số 59/2015/QĐ-TTg ngày 19/11/2015 của Thủ tướng Chính phủ.
2. Thực hiện chính sách tín dụng ưu đãi, mức vay tối đa 50 triệu đồng/hộ; hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg.
3. Lồng ghép các nguồn lực đầu tư hạ tầng thiết yếu cho các xã biên giới, xã có đông đồng bào Khmer.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Lao động - Thương binh và Xã hội
- Là cơ quan thường trực, hướng dẫn các xã, thị trấn triển khai thực hiện.
- Tổng hợp, báo cáo UBND huyện và Sở Lao động - Thương binh và Xã hội tỉnh An Giang kết quả thực hiện trước ngày 15/12/2020.
2. Văn phòng Điều phối nông thôn mới huyện theo dõi tiến độ thực hiện các tiêu chí.
3. UBND các xã, thị trấn
- Báo cáo tiến độ thực hiện về Phòng Lao động - Thương binh và Xã hội huyện trước ngày 25 hằng tháng.
- Thường xuyên báo cáo những khó khăn, vướng mắc phát sinh để UBND huyện kịp thời chỉ đạo.
Nơi nhận:
- UBND tỉnh An Giang (b/c);
- Sở LĐ-TB&XH tỉnh;
- TT. Huyện ủy, TT. HĐND huyện;
- UBND các xã, thị trấn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Chau Sóc Kha
"""

# ---------------------------------------------------------------------------------------
# 6. Tỉnh Đoàn Hà Giang, 2018: young volunteers; duties as a list under a lead-in.
# ---------------------------------------------------------------------------------------
HA_GIANG_2018 = """BCH ĐOÀN TỈNH HÀ GIANG
***
Số: 112 -KH/TĐTN-TNNT
ĐOÀN TNCS HỒ CHÍ MINH
Hà Giang, ngày 05 tháng 3 năm 2018
KẾ HOẠCH
Triển khai Dự án trí thức trẻ tình nguyện tham gia phát triển nông thôn, miền núi trên địa bàn tỉnh Hà Giang năm 2018
------------------------
Thực hiện Quyết định số 1758/QĐ-TTg ngày 30/9/2013 của Thủ tướng Chính phủ phê duyệt Dự án thí điểm tuyển chọn trí thức trẻ tình nguyện về các xã tham gia phát triển nông thôn, miền núi giai đoạn 2013-2020; Kế hoạch số 45-KH/TWĐTN-ĐTN ngày 10/01/2018 của Ban Bí thư Trung ương Đoàn, Ban Thường vụ Tỉnh Đoàn Hà Giang xây dựng Kế hoạch triển khai như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Phát huy vai trò xung kích của đội viên Dự án trong phát triển kinh tế - xã hội ở các xã đặc biệt khó khăn.
- Tạo nguồn cán bộ trẻ cho cấp ủy, chính quyền, Đoàn cơ sở.
2. Yêu cầu
- Các hoạt động phải thiết thực, phù hợp với điều kiện của từng địa phương, đơn vị.
II. CHỈ TIÊU
- 100% đội viên Dự án tham gia sinh hoạt Đoàn tại cơ sở.
- Tổ chức ít nhất 02 buổi gặp mặt, giao ban với đội viên Dự án trong năm 2018.
- Mỗi huyện đoàn có đội viên Dự án xây dựng tối thiểu 01 mô hình phát triển kinh tế do đội viên làm nòng cốt.
- Giới thiệu 05 đội viên ưu tú để cấp ủy xem xét, kết nạp vào Đảng.
III. NỘI DUNG THỰC HIỆN
1. Cấp tỉnh
- Phối hợp với Sở Nội vụ, Sở Nông nghiệp và Phát triển nông thôn quản lý, theo dõi 20 đội viên Dự án đang công tác tại 20 xã của 07 huyện.
- Tổ chức diễn đàn "Trí thức trẻ tình nguyện chung tay xây dựng nông thôn mới" với khoảng 150 đại biểu tham dự.
2. Cấp huyện
- Ban Thường vụ các huyện đoàn chủ động phối hợp với Phòng Nội vụ tổ chức giao ban định kỳ hằng quý với đội viên Dự án.
- Thường xuyên báo cáo, đề xuất với cấp ủy, chính quyền cùng cấp tạo điều kiện cho đội viên hoàn thành nhiệm vụ.
IV. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức - Kiểm tra Tỉnh Đoàn tham mưu Ban Thường vụ Tỉnh Đoàn triển khai, theo dõi, đôn đốc thực hiện Kế hoạch.
2. Các huyện đoàn, thành đoàn thực hiện tốt công tác thông tin, báo cáo về Ban Thường vụ Tỉnh Đoàn:
+ Kế hoạch triển khai: gửi trước ngày 30/3/2018;
+ Báo cáo sơ kết 6 tháng: gửi trước ngày 15/6/2018;
+ Báo cáo tổng kết năm: gửi trước ngày 15/11/2018.
Ban Thường vụ Tỉnh Đoàn đề nghị các đơn vị triển khai thực hiện tốt kế hoạch này./.
Nơi nhận:
- Ban Tổ chức TW Đoàn;
- Ban Dân vận Tỉnh ủy;
- Sở Nội vụ;
- Các huyện đoàn, thành đoàn;
- Lưu: VP.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
PHÓ BÍ THƯ
(Đã ký)
Vàng Thị Mai
"""

# ---------------------------------------------------------------------------------------
# 7. Văn phòng UBND tỉnh Bình Định, 2016: help to one commune (a named commune's scope).
# ---------------------------------------------------------------------------------------
BINH_DINH_2016 = """UBND TỈNH BÌNH ĐỊNH
VĂN PHÒNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/KH-VP
Bình Định, ngày 22 tháng 02 năm 2016
KẾ HOẠCH
Giúp đỡ xã An Toàn, huyện An Lão xây dựng nông thôn mới giai đoạn 2016-2020
Căn cứ Quyết định số 800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia về xây dựng nông thôn mới giai đoạn 2010-2020;
Thực hiện Chỉ thị số 05-CT/TU ngày 15/01/2016 của Ban Thường vụ Tỉnh ủy về việc các cơ quan, đơn vị cấp tỉnh giúp đỡ xã đặc biệt khó khăn xây dựng nông thôn mới;
Thực hiện Quyết định số 312/QĐ-UBND ngày 29/01/2016 của UBND tỉnh phân công cơ quan giúp đỡ các xã, Văn phòng UBND tỉnh xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Hỗ trợ xã An Toàn tháo gỡ khó khăn, huy động nguồn lực thực hiện các tiêu chí nông thôn mới.
- Cán bộ, công chức, người lao động Văn phòng tích cực tham gia, đóng góp thiết thực, tránh hình thức.
II. MỤC TIÊU
1. Mục tiêu chung
Góp phần cùng Đảng bộ, chính quyền và nhân dân xã An Toàn xây dựng nông thôn mới, cải thiện đời sống đồng bào Ba Na.
2. Mục tiêu cụ thể
- Đến năm 2020, xã An Toàn đạt ít nhất 15/19 tiêu chí nông thôn mới.
- Mỗi năm giảm từ 3 – 4% hộ nghèo; đến năm 2020 tỷ lệ hộ nghèo của xã còn không quá 25%.
- Hằng năm hỗ trợ xã xây dựng 02 nhà đại đoàn kết cho hộ nghèo.
III. NỘI DUNG THỰC HIỆN
- Phân công 01 lãnh đạo Văn phòng trực tiếp theo dõi, chỉ đạo công tác giúp đỡ xã.
- Hỗ trợ xã nâng cấp trụ sở làm việc, trang bị máy vi tính, kinh phí dự kiến 300 triệu đồng.
- Hướng dẫn, bồi dưỡng nghiệp vụ văn phòng, văn thư, lưu trữ cho công chức xã.
- Vận động doanh nghiệp hỗ trợ giống cây trồng, vật nuôi cho hộ nghèo.
IV. TỔ CHỨC THỰC HIỆN
1. Thành lập Tổ công tác giúp đỡ xã An Toàn do 01 Phó Chánh Văn phòng làm Tổ trưởng.
2. Tổ công tác báo cáo Chánh Văn phòng kết quả thực hiện 6 tháng trước ngày 20/6 và cả năm trước ngày 20/12 hằng năm.
3. Định kỳ 6 tháng, năm, Văn phòng phối hợp với Đảng ủy, UBND xã An Toàn tổ chức sơ kết, rút kinh nghiệm.
4. Đề nghị UBND xã An Toàn thường xuyên báo cáo tình hình, đề xuất nội dung cần hỗ trợ.
Nơi nhận:
- TT. Tỉnh ủy, UBND tỉnh (b/c);
- UBND huyện An Lão;
- Đảng ủy, UBND xã An Toàn;
- Các phòng, đơn vị thuộc VP;
- Lưu: VT, HCTC.
CHÁNH VĂN PHÒNG
Phạm Văn Lộc
"""

# ---------------------------------------------------------------------------------------
# 8. UBND tỉnh Thanh Hóa, 2017: placing the 600-project members after the project.
# ---------------------------------------------------------------------------------------
THANH_HOA_2017 = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 98/KH-UBND
Thanh Hóa, ngày 12 tháng 6 năm 2017
KẾ HOẠCH
Bố trí, sử dụng đội viên Dự án 600 Phó Chủ tịch xã sau khi kết thúc Dự án năm 2017
Căn cứ Quyết định số 170/QĐ-TTg ngày 26/01/2011 của Thủ tướng Chính phủ phê duyệt Dự án thí điểm tuyển chọn 600 trí thức trẻ ưu tú, có trình độ đại học tăng cường về làm Phó Chủ tịch UBND xã thuộc 62 huyện nghèo;
Căn cứ Thông báo số 06-TB/TW ngày 29/4/2016 của Bộ Chính trị về chủ trương bố trí, sử dụng đội viên Dự án sau khi kết thúc Dự án;
Căn cứ Quyết định số 731/QĐ-BNV ngày 01/3/2017 của Bộ Nội vụ ban hành Kế hoạch tổng kết Dự án;
UBND tỉnh Thanh Hóa ban hành Kế hoạch bố trí, sử dụng đội viên Dự án như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Bố trí, sử dụng hợp lý đội viên Dự án đã hoàn thành nhiệm vụ, phát huy kinh nghiệm công tác ở cơ sở.
- Việc bố trí bảo đảm đúng quy định, phù hợp với trình độ, năng lực, nguyện vọng của đội viên và nhu cầu của địa phương.
II. MỤC TIÊU
1. Mục tiêu chung
Tạo nguồn cán bộ trẻ, có trình độ, được rèn luyện thực tiễn cho các huyện miền núi của tỉnh.
2. Mục tiêu cụ thể
- Bố trí, sử dụng hết số đội viên Dự án đã hoàn thành nhiệm vụ trước ngày 31/12/2017.
- Ít nhất 80% đội viên được bố trí giữ chức danh lãnh đạo, quản lý từ cấp xã trở lên.
- Huyện Mường Lát tiếp nhận, bố trí 100% số đội viên đang công tác tại huyện vào các vị trí phù hợp.
- Trong quý IV năm 2017, cử 35 đội viên đi đào tạo trung cấp lý luận chính trị - hành chính.
III. PHƯƠNG ÁN BỐ TRÍ
1. Đội viên có nguyện vọng ở lại địa phương: xem xét bố trí vào chức danh Phó Chủ tịch UBND xã, công chức cấp xã hoặc công chức cấp huyện theo quy định của Nghị định số 24/2010/NĐ-CP ngày 15/3/2010 của Chính phủ.
2. Đội viên có nguyện vọng chuyển công tác: xem xét tiếp nhận vào các cơ quan cấp tỉnh; ưu tiên đội viên có từ 05 năm công tác liên tục tại xã.
IV. TỔ CHỨC THỰC HIỆN
1. UBND các huyện: Thường Xuân, Như Xuân, Lang Chánh, Bá Thước, Quan Sơn, Quan Hóa, Mường Lát rà soát, xây dựng phương án bố trí đội viên, gửi về Sở Nội vụ trước ngày 30/6/2017.
2. Sở Nội vụ chủ trì thẩm định phương án; tổng hợp, báo cáo Bộ Nội vụ, Ban Tổ chức Trung ương kết quả bố trí đội viên trước ngày 15/01/2018.
3. Đề nghị Ban Tổ chức Tỉnh ủy chỉ đạo các cấp ủy huyện thực hiện việc bố trí, sử dụng đội viên theo thẩm quyền.
4. Sở Nội vụ phối hợp với Văn phòng UBND tỉnh tổ chức Hội nghị tổng kết Dự án trước ngày 30/6/2017 tại Trung tâm Hội nghị 25B, số 133 Quang Trung, phường Ngọc Trạo, thành phố Thanh Hóa.
Trên đây là Kế hoạch bố trí, sử dụng đội viên Dự án 600 Phó Chủ tịch xã, yêu cầu các cơ quan, đơn vị triển khai thực hiện./.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy (b/c);
- Ban Tổ chức Tỉnh ủy;
- UBND các huyện thuộc Dự án;
- Lưu: VT, THKH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Thìn
"""

# ---------------------------------------------------------------------------------------
# 9. UBND tỉnh Tuyên Quang, 2026 (no districts): new-rural 2026-2030, with a table.
# ---------------------------------------------------------------------------------------
TUYEN_QUANG_2026 = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 27/KH-UBND
Tuyên Quang, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng nông thôn mới trên địa bàn tỉnh Tuyên Quang giai đoạn 2026-2030
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Quyết định số 51/2025/QĐ-TTg của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030, gồm 10 tiêu chí;
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025-2030;
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa mục tiêu xây dựng nông thôn mới của tỉnh sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, tổ chức chính quyền địa phương 2 cấp.
- Toàn tỉnh hiện có 124 đơn vị hành chính cấp xã, gồm 117 xã và 07 phường; mục tiêu, nhiệm vụ được giao đến từng xã.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng nông thôn mới hiện đại, gắn với đô thị hóa và chuyển đổi số; nâng cao thu nhập và đời sống của người dân vùng cao.
2. Mục tiêu cụ thể
Các chỉ tiêu chủ yếu:
STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Năm 2026 | Đến năm 2030
1 | Tỷ lệ xã đạt chuẩn nông thôn mới | % | 41,5 | 45 | 65
2 | Số xã đạt chuẩn nông thôn mới nâng cao | xã | 6 | 8 | 20
3 | Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều) | % | 18,7 | 15,5 | dưới 8
4 | Tỷ lệ thôn, tổ dân phố văn hóa | % | 82 | 84 | 90
- Đến hết năm 2027, 100% xã có trụ sở làm việc kiên cố, đủ điều kiện vận hành bộ phận một cửa.
- Xã Mèo Vạc đạt tối thiểu 7/10 tiêu chí nông thôn mới trong năm 2027.
- Phấn đấu trước năm 2030, toàn tỉnh có ít nhất 05 xã đạt chuẩn nông thôn mới kiểu mẫu.
- Mỗi xã, phường có ít nhất 02 công chức được bồi dưỡng chuyên sâu về xây dựng nông thôn mới.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, đánh giá thực trạng các xã theo Bộ tiêu chí giai đoạn 2026-2030; ưu tiên các xã vùng cao núi đá phía Bắc.
2. Lồng ghép nguồn vốn các chương trình mục tiêu quốc gia; mức hỗ trợ cho mỗi xã đặc biệt khó khăn tối đa 2 tỷ đồng/năm.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
- Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch.
- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.
- Tham mưu tổ chức hội nghị sơ kết giữa kỳ vào quý III năm 2028.
2. UBND các xã, phường
- Xây dựng kế hoạch xây dựng nông thôn mới của địa phương, gửi Sở Nông nghiệp và Môi trường trước ngày 31/3/2026.
- Báo cáo quý trước ngày 20 của tháng cuối quý và báo cáo năm trước ngày 30/11 hằng năm về Sở Nông nghiệp và Môi trường.
Nơi nhận:
- Bộ Nông nghiệp và Môi trường (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Các sở, ban, ngành;
- UBND các xã, phường;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thắng
"""

# ---------------------------------------------------------------------------------------
# 10. Sở Nội vụ Gia Lai, 2026 (no districts): training commune cadres after the merger.
# ---------------------------------------------------------------------------------------
GIA_LAI_2026 = """UBND TỈNH GIA LAI
SỞ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 156/KH-SNV
Gia Lai, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính năm 2026
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18/10/2021 sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP;
Căn cứ Nghị quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Gia Lai năm 2025;
Căn cứ Quyết định số 245/QĐ-UBND ngày 15/01/2026 của UBND tỉnh ban hành Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh Gia Lai năm 2026;
Sở Nội vụ xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Trang bị kiến thức, kỹ năng cho cán bộ, công chức cấp xã đáp ứng yêu cầu vận hành chính quyền địa phương 2 cấp.
- Bồi dưỡng bám sát vị trí việc làm, tránh hình thức, lãng phí.
II. MỤC TIÊU
1. Mục tiêu chung
Nâng cao năng lực quản lý, điều hành và cung cấp dịch vụ công của đội ngũ cán bộ, công chức tại 135 xã, phường của tỉnh.
2. Mục tiêu cụ thể
- Bồi dưỡng kiến thức, kỹ năng chuyển đổi số cho 2.700 lượt cán bộ, công chức cấp xã.
- Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên cho ít nhất 600 công chức cấp xã chưa đạt tiêu chuẩn ngạch.
- Trong quý III/2026, bồi dưỡng tiếng Anh giao tiếp cho 150 công chức các phường ven biển phục vụ du lịch.
- Tổ chức tối thiểu 3 lớp bồi dưỡng tiếng Jrai, tiếng Bahnar cho công chức công tác tại vùng đồng bào dân tộc thiểu số.
- Mỗi xã, phường cử ít nhất 01 công chức tham gia lớp bồi dưỡng chuyên sâu về an toàn thông tin.
- Phường Pleiku tổ chức thí điểm 01 lớp bồi dưỡng kỹ năng số trong quý II/2026.
- Tỷ lệ học viên hoàn thành chương trình đạt trên 95%.
III. NỘI DUNG, HÌNH THỨC
1. Bồi dưỡng tập trung tại Trường Chính trị tỉnh, số 2 Hùng Vương, phường Pleiku; mỗi lớp khoảng 60 học viên.
2. Bồi dưỡng trực tuyến trên nền tảng học tập số của tỉnh đối với nội dung chuyển đổi số.
IV. KINH PHÍ
Từ nguồn ngân sách tỉnh năm 2026 đã giao cho Sở Nội vụ; dự kiến 1,2 tỷ đồng.
V. TỔ CHỨC THỰC HIỆN
1. UBND các xã, phường cử công chức tham gia bồi dưỡng; gửi danh sách học viên về Sở Nội vụ trước ngày 15/3/2026.
2. Trường Chính trị tỉnh báo cáo kết quả mở lớp về Sở Nội vụ trước ngày 25 hằng tháng.
3. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch trước ngày 10/12/2026.
Nơi nhận:
- UBND tỉnh (b/c);
- Trường Chính trị tỉnh;
- UBND các xã, phường;
- Lưu: VT, ĐTBD.
GIÁM ĐỐC
Nguyễn Thị Hạnh
"""

# ---------------------------------------------------------------------------------------
# 11. UBND tỉnh Lâm Đồng, 9/2025 (no districts): placing commune cadres after the merger.
# ---------------------------------------------------------------------------------------
LAM_DONG_2025 = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 268/KH-UBND
Lâm Đồng, ngày 15 tháng 9 năm 2025
KẾ HOẠCH
Rà soát, bố trí, sắp xếp cán bộ, công chức cấp xã sau khi tổ chức chính quyền địa phương 2 cấp giai đoạn 2025-2026
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;
Căn cứ Nghị định số 170/2025/NĐ-CP ngày 30/6/2025 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;
Căn cứ Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ về chính sách, chế độ đối với cán bộ, công chức, viên chức trong thực hiện sắp xếp tổ chức bộ máy;
UBND tỉnh Lâm Đồng ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Đánh giá đúng thực trạng đội ngũ cán bộ, công chức tại 124 xã, phường, đặc khu sau sắp xếp.
- Bố trí cán bộ, công chức đúng vị trí việc làm, phát huy năng lực, sở trường.
II. MỤC TIÊU
1. Mục tiêu chung
Ổn định tổ chức bộ máy, bảo đảm chính quyền cấp xã vận hành thông suốt, phục vụ người dân và doanh nghiệp.
2. Mục tiêu cụ thể
- Trước ngày 31/12/2025, 100% xã, phường, đặc khu bố trí đủ công chức theo vị trí việc làm.
- Giảm số cán bộ, công chức cấp xã dôi dư xuống không quá 5% tổng số biên chế được giao vào quý IV năm 2025.
- Đào tạo trình độ đại học chuyên môn nghiệp vụ cho 350 công chức cấp xã chưa đạt chuẩn trong năm 2026.
- Mỗi xã có ít nhất 01 công chức có trình độ đại học chuyên ngành công nghệ thông tin.
- Xã Lạc Dương bố trí tối thiểu 3 công chức là người dân tộc thiểu số tại chỗ.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát cán bộ, công chức theo tiêu chuẩn tại Điều 26 Nghị định số 170/2025/NĐ-CP; giải quyết chế độ cho người nghỉ việc theo Nghị định số 178/2024/NĐ-CP.
2. Điều động, biệt phái công chức giữa các xã, phường; thời gian biệt phái không quá 03 năm.
IV. TỔ CHỨC THỰC HIỆN
1. UBND các xã, phường, đặc khu
- Rà soát đội ngũ, báo cáo kết quả về Sở Nội vụ trước ngày 30/9/2025.
- Định kỳ hằng tháng, trước ngày 20, báo cáo tình hình bố trí, sắp xếp cán bộ, công chức về Sở Nội vụ.
- Báo cáo đột xuất theo yêu cầu của UBND tỉnh.
2. Sở Nội vụ
- Hướng dẫn, kiểm tra việc bố trí, sắp xếp; tham mưu điều động công chức giữa các xã.
- Tổng hợp, báo cáo UBND tỉnh và Bộ Nội vụ kết quả thực hiện trước ngày 15/01/2026.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Sở Nội vụ;
- UBND các xã, phường, đặc khu;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Hồng Thái
"""

# ---------------------------------------------------------------------------------------
# 12. UBND tỉnh Quảng Ngãi, 2020: a page copied from a legal-documents site (metadata first).
# ---------------------------------------------------------------------------------------
QUANG_NGAI_2020 = """Kế hoạch 155/KH-UBND năm 2020 thực hiện Đề án nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã các huyện miền núi tỉnh Quảng Ngãi giai đoạn 2021-2025
Số hiệu: 155/KH-UBND Loại văn bản: Kế hoạch
Nơi ban hành: Tỉnh Quảng Ngãi Người ký: Đặng Văn Minh
Ngày ban hành: 30/9/2020 Ngày hiệu lực: Đã biết
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 155/KH-UBND
Quảng Ngãi, ngày 30 tháng 9 năm 2020
KẾ HOẠCH
Thực hiện Đề án nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã các huyện miền núi tỉnh Quảng Ngãi giai đoạn 2021-2025
Thực hiện Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược; Nghị định số 34/2019/NĐ-CP ngày 24/4/2019 của Chính phủ sửa đổi, bổ sung một số quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố; Quyết định số 1182/QĐ-UBND ngày 14/8/2020 của UBND tỉnh phê duyệt Đề án, UBND tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa các mục tiêu của Đề án; phân công trách nhiệm cho các cơ quan, địa phương.
- Ưu tiên đào tạo, bồi dưỡng cán bộ, công chức người dân tộc Hrê, Cor, Ca Dong tại chỗ.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức cấp xã các huyện Ba Tơ, Minh Long, Sơn Hà, Sơn Tây, Trà Bồng đủ về số lượng, bảo đảm chất lượng.
2. Mục tiêu cụ thể đến năm 2025
- 100% cán bộ chủ chốt cấp xã có trình độ đại học.
- Trên 95% công chức cấp xã có trình độ chuyên môn từ đại học trở lên.
- Đào tạo trung cấp lý luận chính trị cho 320 cán bộ, công chức cấp xã của các huyện miền núi; riêng huyện Sơn Tây đào tạo 45 người.
- Tuyển dụng 2-3 sinh viên tốt nghiệp đại học chính quy cho mỗi xã đặc biệt khó khăn.
III. NHIỆM VỤ, GIẢI PHÁP
1. Thực hiện chính sách hỗ trợ cán bộ, công chức đi học theo Nghị quyết số 09/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh; không cử đi đào tạo đại học đối với người từ 46 tuổi trở lên.
2. Thực hiện luân chuyển cán bộ từ tỉnh, huyện về xã theo Quy định số 98-QĐ/TW ngày 07/10/2017 của Bộ Chính trị.
IV. TỔ CHỨC THỰC HIỆN
1. UBND các huyện Ba Tơ, Minh Long, Sơn Hà, Sơn Tây, Trà Bồng
- Xây dựng kế hoạch chi tiết của huyện; định kỳ hằng năm báo cáo kết quả thực hiện các chỉ tiêu của Đề án về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11.
2. Sở Nội vụ
- Theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh trước ngày 30/11 hằng năm.
- Tham mưu báo cáo sơ kết giữa kỳ thực hiện Đề án, trình UBND tỉnh trước ngày 30/6/2023.
- Tham mưu tổ chức tổng kết Đề án vào quý IV năm 2025.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Sở Nội vụ, Sở Tài chính;
- UBND các huyện miền núi;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đặng Văn Minh
"""

# ---------------------------------------------------------------------------------------
# 13. UBND tỉnh Kon Tum, 2022: a Chương trình hành động (CTr), poverty and new-rural.
# ---------------------------------------------------------------------------------------
KON_TUM_2022 = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 18/CTr-UBND
Kon Tum, ngày 14 tháng 3 năm 2022
CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết số 05-NQ/TU ngày 20/12/2021 của Tỉnh ủy về giảm nghèo bền vững và xây dựng nông thôn mới vùng đồng bào dân tộc thiểu số giai đoạn 2021-2025
Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025;
Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025;
Thực hiện Nghị quyết số 05-NQ/TU ngày 20/12/2021 của Tỉnh ủy, UBND tỉnh ban hành Chương trình hành động như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa các chỉ tiêu của Nghị quyết thành nhiệm vụ của các sở, ngành, địa phương.
- Xác định rõ trách nhiệm người đứng đầu trong thực hiện các chỉ tiêu được giao.
II. MỤC TIÊU
1. Mục tiêu chung
Giảm nghèo nhanh, bền vững ở vùng đồng bào dân tộc thiểu số; thu hẹp khoảng cách phát triển giữa các vùng trong tỉnh.
2. Mục tiêu cụ thể
- Tỷ lệ hộ nghèo toàn tỉnh giảm bình quân hằng năm từ 3-4%; đến năm 2025, tỷ lệ hộ nghèo còn dưới 10%.
- Đến năm 2025 có 50% số xã đạt chuẩn nông thôn mới; mỗi huyện có ít nhất 01 xã đạt chuẩn nông thôn mới nâng cao.
- Huyện Kon Plông có ít nhất 02 xã đạt chuẩn nông thôn mới.
- 100% cán bộ, công chức cấp xã vùng đồng bào dân tộc thiểu số được bồi dưỡng kiến thức dân tộc.
III. NHIỆM VỤ, GIẢI PHÁP
1. Ưu tiên nguồn lực cho 02 huyện nghèo Tu Mơ Rông, Kon Plông và các xã đặc biệt khó khăn.
2. Thực hiện hiệu quả các dự án thuộc Chương trình theo Quyết định số 1719/QĐ-TTg; hỗ trợ sinh kế với mức bình quân 15 triệu đồng/hộ.
3. Nâng cao chất lượng đội ngũ cán bộ cơ sở; bố trí cán bộ là người dân tộc thiểu số tại chỗ.
IV. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành và UBND các huyện, thành phố báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12 về UBND tỉnh (qua Ban Dân tộc tỉnh).
2. Ban Dân tộc tỉnh tổng hợp, báo cáo UBND tỉnh và Ban Thường vụ Tỉnh ủy trước ngày 20/12 hằng năm.
3. UBND tỉnh tổ chức sơ kết giữa kỳ vào quý III năm 2023.
Nơi nhận:
- TT. Tỉnh ủy (b/c);
- TT. HĐND tỉnh;
- Các sở, ban, ngành;
- UBND các huyện, thành phố;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Ngọc Tuấn
"""

# ---------------------------------------------------------------------------------------
# 14. UBND tỉnh Sơn La, 2012: the 600 Vice-Chairmen project in the province.
# ---------------------------------------------------------------------------------------
SON_LA_2012 = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 31/KH-UBND
Sơn La, ngày 06 tháng 3 năm 2012
KẾ HOẠCH
Triển khai Dự án thí điểm tuyển chọn trí thức trẻ ưu tú về làm Phó Chủ tịch UBND xã trên địa bàn tỉnh Sơn La giai đoạn 2012-2016
Căn cứ Quyết định số 170/QĐ-TTg ngày 26/01/2011 của Thủ tướng Chính phủ phê duyệt Dự án thí điểm tuyển chọn 600 trí thức trẻ ưu tú, có trình độ đại học tăng cường về làm Phó Chủ tịch UBND xã thuộc 62 huyện nghèo;
Căn cứ Thông tư số 171/2011/TT-BTC ngày 25/11/2011 của Bộ Tài chính về quản lý và sử dụng kinh phí thực hiện Dự án;
Căn cứ Công văn số 4135/BNV-CQĐP ngày 28/11/2011 của Bộ Nội vụ về việc tuyển chọn trí thức trẻ ưu tú;
UBND tỉnh Sơn La ban hành Kế hoạch triển khai như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Tăng cường cán bộ trẻ có trình độ đại học cho các xã thuộc 05 huyện nghèo: Bắc Yên, Mường La, Phù Yên, Quỳnh Nhai, Sốp Cộp.
- Tuyển chọn công khai, đúng tiêu chuẩn: tuổi không quá 30, tốt nghiệp đại học hệ chính quy loại khá trở lên.
II. MỤC TIÊU
1. Mục tiêu chung
Tạo nguồn cán bộ lãnh đạo, quản lý trẻ cho các huyện nghèo; góp phần thực hiện Chương trình giảm nghèo nhanh và bền vững theo Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ.
2. Mục tiêu cụ thể
- Hoàn thành tuyển chọn 45 trí thức trẻ trong quý II/2012.
- Mỗi huyện nghèo bố trí từ 8 đến 10 đội viên về làm Phó Chủ tịch UBND xã.
- Huyện Sốp Cộp bố trí 06 đội viên.
- 100% đội viên được bồi dưỡng kiến thức quản lý nhà nước trước khi bổ nhiệm.
- Hằng năm, ít nhất 70% đội viên được đánh giá hoàn thành tốt nhiệm vụ trở lên.
III. NHIỆM VỤ, GIẢI PHÁP
1. Thông báo tuyển chọn trên Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh; Hội đồng tuyển chọn gồm 07 thành viên.
2. Đội viên được hưởng chế độ theo Thông tư số 171/2011/TT-BTC; hỗ trợ ban đầu 10 triệu đồng/người.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì tổ chức tuyển chọn; gửi danh sách trí thức trẻ trúng tuyển về Bộ Nội vụ trước ngày 30/7/2012.
- Tổng hợp, báo cáo năm về Bộ Nội vụ (qua Ban Quản lý Dự án 600) trước ngày 20 tháng 11 hằng năm.
2. UBND các huyện: Bắc Yên, Mường La, Phù Yên, Quỳnh Nhai, Sốp Cộp
- Tiếp nhận, phân công đội viên; định kỳ hằng quý, trước ngày 15 của tháng đầu quý sau, báo cáo tình hình công tác của đội viên về Sở Nội vụ.
3. Tỉnh Đoàn phối hợp tổ chức các hoạt động cho đội viên Dự án.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy (b/c);
- Tỉnh Đoàn Sơn La;
- UBND các huyện nghèo;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Cầm Ngọc Minh
"""

# ---------------------------------------------------------------------------------------
# 15. UBND tỉnh Bà Rịa - Vũng Tàu, 2024: commune cadres' quality; dated 6-month/year pair.
# ---------------------------------------------------------------------------------------
BA_RIA_VUNG_TAU_2024 = """ỦY BAN NHÂN DÂN
TỈNH BÀ RỊA - VŨNG TÀU
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45 /KH-UBND
Bà Rịa - Vũng Tàu, ngày 26 tháng 01 năm 2024
KẾ HOẠCH
Nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã năm 2024
Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố;
Căn cứ Nghị định số 29/2023/NĐ-CP ngày 03/6/2023 của Chính phủ quy định về tinh giản biên chế;
Căn cứ Chỉ thị số 20-CT/TU ngày 08/01/2024 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng đội ngũ cán bộ cơ sở;
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao chất lượng, hiệu quả thực thi công vụ của đội ngũ cán bộ, công chức cấp xã.
- Gắn trách nhiệm của người đứng đầu với kết quả thực hiện các chỉ tiêu của Kế hoạch.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức cấp xã chuyên nghiệp, tận tụy, phục vụ nhân dân.
2. Mục tiêu cụ thể
- Trong 6 tháng đầu năm 2024, hoàn thành 100% việc rà soát, sắp xếp thôn, ấp, khu phố theo quy định.
- Đến hết năm 2024, tỷ lệ công chức cấp xã đạt chuẩn theo Nghị định số 33/2023/NĐ-CP đạt 98,5%.
- Bồi dưỡng tin học, kỹ năng số cho 800 cán bộ, công chức cấp xã.
- Bồi dưỡng ngoại ngữ (tiếng Anh) cho không dưới 120 công chức cấp xã thuộc huyện Xuyên Mộc.
- Tỷ lệ cán bộ, công chức cấp xã bị xếp loại không hoàn thành nhiệm vụ dưới 2%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Thực hiện tinh giản biên chế theo Nghị định số 29/2023/NĐ-CP; tổ chức thi tuyển công chức cấp xã tập trung tại Trung tâm Hội nghị tỉnh, số 01 Phạm Văn Đồng, thành phố Bà Rịa.
2. Tổ chức hội nghị sơ kết 6 tháng vào đầu tháng 7/2024 với khoảng 200 đại biểu.
IV. TỔ CHỨC THỰC HIỆN
1. UBND các huyện, thị xã, thành phố báo cáo kết quả thực hiện các chỉ tiêu của Kế hoạch 6 tháng trước ngày 10/6/2024 và báo cáo năm trước ngày 10/11/2024 về Sở Nội vụ.
2. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 30/11/2024.
3. Các sở, ban, ngành phối hợp thực hiện theo chức năng, nhiệm vụ được giao.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Sở Nội vụ;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Công Vinh
"""

# ---------------------------------------------------------------------------------------
# 16. Sở Nội vụ Nghệ An, 2024: an unnumbered, undated draft (number and date None).
# ---------------------------------------------------------------------------------------
NGHE_AN_2024_DRAFT = """UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số:        /KH-SNV
Nghệ An, ngày     tháng 3 năm 2024
DỰ THẢO
KẾ HOẠCH
Cập nhật cơ sở dữ liệu cán bộ, công chức cấp xã năm 2024
Căn cứ Quyết định số 893/QĐ-TTg ngày 19/6/2020 của Thủ tướng Chính phủ phê duyệt Đề án Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức trong các cơ quan nhà nước;
Căn cứ Công văn số 6512/BNV-VP ngày 15/12/2023 của Bộ Nội vụ về việc cập nhật, chuẩn hóa dữ liệu cán bộ, công chức, viên chức;
Căn cứ Kế hoạch số 95/KH-UBND ngày 20/02/2024 của UBND tỉnh Nghệ An;
Sở Nội vụ xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Xây dựng cơ sở dữ liệu đầy đủ, chính xác về cán bộ, công chức cấp xã, kết nối với Cơ sở dữ liệu quốc gia.
- Dữ liệu được cập nhật thường xuyên, kịp thời, bảo đảm an toàn thông tin.
II. MỤC TIÊU
- Trước ngày 30/9/2024, tỷ lệ xã, phường, thị trấn cập nhật đầy đủ dữ liệu cán bộ, công chức vào phần mềm đạt 100%.
- Tối thiểu 90% hồ sơ cán bộ, công chức cấp xã được số hóa.
- Mỗi huyện, thành phố, thị xã bố trí ít nhất 01 công chức Phòng Nội vụ quản trị dữ liệu.
III. NỘI DUNG
1. Mỗi hồ sơ gồm 52 trường thông tin theo Phụ lục kèm theo Kế hoạch này.
2. Tập huấn sử dụng phần mềm cho công chức Văn phòng - Thống kê cấp xã; tổ chức hội nghị tập huấn vào quý II/2024.
3. Rà soát, đối chiếu dữ liệu với hồ sơ gốc; chuẩn hóa tên đơn vị hành chính theo danh mục.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ các huyện, thành phố, thị xã
- Hướng dẫn, kiểm tra các xã nhập liệu; báo cáo tiến độ về Sở Nội vụ trước ngày 25 hằng tháng.
- Gửi báo cáo kết quả cập nhật cơ sở dữ liệu về Sở Nội vụ trước ngày 15/10/2024.
2. Trung tâm Lưu trữ lịch sử tỉnh phối hợp số hóa hồ sơ.
3. Phòng Tổ chức, biên chế và Tổ chức phi chính phủ làm đầu mối theo dõi, tổng hợp.
Nơi nhận:
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Phòng Nội vụ các huyện, thành phố, thị xã;
- Lưu: VT, TCBC.
GIÁM ĐỐC
"""


# Short constructors keep each expectation on one line (the table below is left unformatted):
# goal(quote_has, value, comparison, unit, deadline, scope_level, scope_name, measure,
#    value_max=..., recurring=...) and
# duty(quote_has, frequency, due, report_kind, recipient_has, *reporter_has).
# The builders and names the corpora's expectations are written with (the blind sets too).
def goal(
    quote_has: str,
    value: float,
    comparison: str,
    unit: str,
    deadline: str | None,
    scope_level: str,
    scope_name: str | None,
    measure: str | None,
    *,
    value_max: float | None = None,
    recurring: bool = False,
) -> ExpectedGoal:
    return ExpectedGoal(
        quote_has=quote_has,
        value=value,
        comparison=comparison,
        unit=unit,
        deadline=deadline,
        recurring=recurring,
        scope_level=scope_level,
        scope_name=scope_name,
        measure=measure,
        value_max=value_max,
    )


def duty(
    quote_has: str,
    frequency: str,
    due: str | int | None,
    report_kind: str,
    recipient_has: str | None,
    *reporter_has: str,
) -> ExpectedDuty:
    return ExpectedDuty(
        quote_has=quote_has,
        frequency=frequency,
        due=due,
        report_kind=report_kind,
        recipient_has=recipient_has,
        reporter_has=tuple(reporter_has),
    )


P, D, C = "province", "district", "commune"
EACH_D, EACH_C = "each_district", "each_commune"
TRAIN = "training_achieved:"
FAM = "indicator_mean:tỷ lệ gia đình văn hóa"
VIL = "indicator_mean:tỷ lệ thôn văn hóa"
POOR = "indicator_mean:tỷ lệ hộ nghèo"
XAVH = "indicator_share:xã văn hóa"
OFFICE = "indicator_share:trụ sở kiên cố"
NTM = "ntm_level_count:NTM"
NTM_NC = "ntm_level_count:NTM nâng cao"
NTM_KM = "ntm_level_count:NTM kiểu mẫu"

# fmt: off
CASES: tuple[Case, ...] = (
    Case(
        name="lao_cai_2021_training",
        text=LAO_CAI_2021,
        document=ExpectedDocument("86/KH-UBND", "2021-03-15", "Lào Cai", "Lào Cai"),
        goals=(
            goal("1.250 lượt cán bộ", 1250, ">=", "lượt cán bộ", "2025-12-31", P, "Lào Cai", TRAIN + "quản lý nhà nước"),
            goal("cho ít nhất 420 cán bộ", 420, ">=", "cán bộ", "2025-12-31", P, "Lào Cai", TRAIN + "lý luận chính trị"),
            goal("cho 180 công chức cấp xã", 180, ">=", "công chức", "2025-12-31", P, "Lào Cai", TRAIN + "chuyên môn nghiệp vụ"),
            goal("Phấn đấu 97,5% công chức", 97.5, ">=", "%", "2025-12-31", P, "Lào Cai", None),
            goal("tối thiểu 02 lớp bồi dưỡng", 2, ">=", "lớp", None, EACH_D, None, None, recurring=True),
            goal("Huyện Si Ma Cai phấn đấu 100%", 100, ">=", "%", "2025-12-31", D, "Si Ma Cai", None),
        ),
        duties=(
            duty("báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 15/12 hằng năm", "yearly", "12-15", "training", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi về Sở Nội vụ trước ngày 15/4/2021", "once", "2021-04-15", "training", "Sở Nội vụ", "UBND các huyện"),
            duty("6 tháng trước ngày 15/6", "half-yearly", 15, "training", "Sở Nội vụ", "UBND các huyện"),
            duty("báo cáo năm trước ngày 15/11", "yearly", "11-15", "training", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="nghe_an_2022_ntm_table",
        text=NGHE_AN_2022,
        document=ExpectedDocument("412/KH-UBND", "2022-07-08", "Nghệ An", "Nghệ An"),
        goals=(
            goal("Số xã đạt chuẩn nông thôn mới | xã", 280, ">=", "xã", "2023-12-31", P, "Nghệ An", NTM),
            goal("Số xã đạt chuẩn nông thôn mới | xã", 310, ">=", "xã", "2025-12-31", P, "Nghệ An", NTM),
            goal("Tỷ lệ xã đạt chuẩn nông thôn mới | %", 68.5, ">=", "%", "2023-12-31", P, "Nghệ An", "ntm_share"),
            goal("Tỷ lệ xã đạt chuẩn nông thôn mới | %", 75, ">=", "%", "2025-12-31", P, "Nghệ An", "ntm_share"),
            goal("Số xã đạt chuẩn nông thôn mới nâng cao | xã", 60, ">=", "xã", "2023-12-31", P, "Nghệ An", NTM_NC),
            goal("Số xã đạt chuẩn nông thôn mới nâng cao | xã", 85, ">=", "xã", "2025-12-31", P, "Nghệ An", NTM_NC),
            goal("Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã", 12, ">=", "xã", "2023-12-31", P, "Nghệ An", NTM_KM),
            goal("Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã", 20, ">=", "xã", "2025-12-31", P, "Nghệ An", NTM_KM),
            goal("xây dựng nông thôn mới | huyện", 8, ">=", "huyện", "2023-12-31", P, "Nghệ An", None),
            goal("xây dựng nông thôn mới | huyện", 10, ">=", "huyện", "2025-12-31", P, "Nghệ An", None),
            goal("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều | %", 6.5, "<=", "%", "2023-12-31", P, "Nghệ An", POOR),
            goal("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều | %", 4, "<", "%", "2025-12-31", P, "Nghệ An", POOR),
            goal("Mỗi huyện có ít nhất 01 xã", 1, ">=", "xã", "2025-12-31", EACH_D, None, NTM_KM),
            goal("Huyện Kỳ Sơn phấn đấu có ít nhất 03 xã", 3, ">=", "xã", "2025-12-31", D, "Kỳ Sơn", NTM),
            goal("100% số xã có trụ sở làm việc kiên cố", 100, ">=", "%", "2025-12-31", P, "Nghệ An", OFFICE),
        ),
        duties=(
            duty("kết quả thực hiện Chương trình trước ngày 15/12 hằng năm", "yearly", "12-15", "communes", "UBND tỉnh", "Sở Nông nghiệp và Phát triển nông thôn"),
            duty("Báo cáo quý trước ngày 20 của tháng cuối quý", "quarterly", 20, "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các huyện"),
            duty("báo cáo năm trước ngày 05/12 hàng năm", "yearly", "12-05", "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các huyện"),
        ),
    ),
    Case(
        name="quang_nam_2023_young_graduates",
        text=QUANG_NAM_2023,
        document=ExpectedDocument("1285/KH-SNV", "2023-04-12", "Sở Nội vụ", "Quảng Nam"),
        goals=(
            goal("tuyển chọn 120 trí thức trẻ", 120, ">=", "trí thức trẻ", "2025-12-31", P, "Quảng Nam", "officer_count"),
            goal("năm 2023 tuyển chọn ít nhất 40 người", 40, ">=", "người", "2023-12-31", P, "Quảng Nam", "officer_count"),
            goal("từ 1 đến 2 trí thức trẻ", 1, "range", "trí thức trẻ", "2025-12-31", EACH_C, None, "officer_count", value_max=2),
            goal("tối thiểu 25 trí thức trẻ", 25, ">=", "trí thức trẻ", "2025-12-31", D, "Nam Trà My", "officer_count"),
            goal("Bố trí hết số trí thức trẻ", 100, ">=", "%", "2025-12-31", P, "Quảng Nam", "officer_placed_share"),
            goal("Trên 70% trí thức trẻ", 70, ">", "%", "2025-12-31", P, "Quảng Nam", None),
        ),
        duties=(
            duty("về Sở Nội vụ trước ngày 15/5/2023", "once", "2023-05-15", "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("trước ngày 15 của tháng đầu quý sau", "quarterly", 15, "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("kết quả thực hiện Kế hoạch trước ngày 10/12 hằng năm", "yearly", "12-10", "officers", "UBND tỉnh", "Sở Nội vụ"),
        ),
    ),
    Case(
        name="dak_lak_2020_culture",
        text=DAK_LAK_2020,
        document=ExpectedDocument("9870/KH-UBND", "2020-12-28", "Đắk Lắk", "Đắk Lắk"),
        goals=(
            goal("trên 85% hộ gia đình", 85, ">", "%", None, P, "Đắk Lắk", FAM, recurring=True),
            goal("trên 70% thôn, buôn, tổ dân phố", 70, ">", "%", None, P, "Đắk Lắk", VIL, recurring=True),
            goal("có 50% số xã đạt chuẩn văn hóa nông thôn mới", 50, ">=", "%", "2025-12-31", P, "Đắk Lắk", XAVH),
            goal("100% buôn đồng bào dân tộc thiểu số", 100, ">=", "%", "2025-12-31", P, "Đắk Lắk", None),
            goal("ít nhất 01 mô hình điểm", 1, ">=", "mô hình", "2025-12-31", EACH_D, None, None),
            goal("tỷ lệ gia đình văn hóa đạt từ 80% trở lên", 80, ">=", "%", "2025-12-31", D, "Ea Súp", FAM),
        ),
        duties=(
            duty("kết quả thực hiện trước ngày 30/11 hằng năm", "yearly", "11-30", "communes", "UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch"),
            duty("6 tháng đầu năm trước ngày 10/6", "half-yearly", 10, "communes", "Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện"),
            duty("báo cáo năm trước ngày 10/11", "yearly", "11-10", "communes", "Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện"),
        ),
    ),
    Case(
        name="tri_ton_2019_district_plan",
        text=TRI_TON_2019,
        document=ExpectedDocument("215/KH-UBND", "2019-12-20", "Tri Tôn", "An Giang"),
        goals=(
            goal("xuống dưới 9%", 9, "<", "%", "2020-12-31", D, "Tri Tôn", POOR),
            goal("mỗi xã giảm ít nhất 1,5% số hộ nghèo", 1.5, ">=", "%", "2020-12-31", EACH_C, None, None),
            goal("Toàn huyện có 05 xã", 5, ">=", "xã", "2020-12-31", D, "Tri Tôn", NTM),
            goal("Xã Lương An Trà đạt 19/19 tiêu chí", 19, ">=", "tiêu chí", "2020-12-31", C, "Lương An Trà", None),
            goal("100% cán bộ, công chức cấp xã phụ trách công tác giảm nghèo", 100, ">=", "%", "2020-12-31", D, "Tri Tôn", None),
        ),
        duties=(
            duty("kết quả thực hiện trước ngày 15/12/2020", "once", "2020-12-15", "communes", "UBND huyện", "Phòng Lao động - Thương binh và Xã hội"),
            duty("trước ngày 25 hằng tháng", "monthly", 25, "communes", "Phòng Lao động - Thương binh và Xã hội", "UBND các xã"),
        ),
    ),
    Case(
        name="ha_giang_2018_youth_union",
        text=HA_GIANG_2018,
        document=ExpectedDocument("112-KH/TĐTN-TNNT", "2018-03-05", "Hà Giang", "Hà Giang"),
        goals=(
            goal("100% đội viên Dự án tham gia sinh hoạt Đoàn", 100, ">=", "%", "2018-12-31", P, "Hà Giang", None),
            goal("ít nhất 02 buổi gặp mặt", 2, ">=", "buổi", "2018-12-31", P, "Hà Giang", None),
            goal("tối thiểu 01 mô hình phát triển kinh tế", 1, ">=", "mô hình", "2018-12-31", EACH_D, None, None),
            goal("Giới thiệu 05 đội viên ưu tú", 5, ">=", "đội viên", "2018-12-31", P, "Hà Giang", None),
        ),
        duties=(
            duty("Kế hoạch triển khai: gửi trước ngày 30/3/2018", "once", "2018-03-30", "other", "Ban Thường vụ Tỉnh Đoàn", "huyện đoàn", "thành đoàn"),
            duty("Báo cáo sơ kết 6 tháng: gửi trước ngày 15/6/2018", "once", "2018-06-15", "officers", "Ban Thường vụ Tỉnh Đoàn", "huyện đoàn", "thành đoàn"),
            duty("Báo cáo tổng kết năm: gửi trước ngày 15/11/2018", "once", "2018-11-15", "officers", "Ban Thường vụ Tỉnh Đoàn", "huyện đoàn", "thành đoàn"),
        ),
    ),
    Case(
        name="binh_dinh_2016_commune_help",
        text=BINH_DINH_2016,
        document=ExpectedDocument("45/KH-VP", "2016-02-22", "Văn phòng", "Bình Định"),
        goals=(
            goal("đạt ít nhất 15/19 tiêu chí", 15, ">=", "tiêu chí", "2020-12-31", C, "An Toàn", None),
            goal("Mỗi năm giảm từ 3 – 4% hộ nghèo", 3, "range", "%", None, C, "An Toàn", None, value_max=4, recurring=True),
            goal("còn không quá 25%", 25, "<=", "%", "2020-12-31", C, "An Toàn", POOR),
            goal("xây dựng 02 nhà đại đoàn kết", 2, ">=", "nhà", None, C, "An Toàn", None, recurring=True),
        ),
        duties=(
            duty("6 tháng trước ngày 20/6", "half-yearly", 20, "communes", "Chánh Văn phòng", "Tổ công tác"),
            duty("cả năm trước ngày 20/12 hằng năm", "yearly", "12-20", "communes", "Chánh Văn phòng", "Tổ công tác"),
        ),
    ),
    Case(
        name="thanh_hoa_2017_placement",
        text=THANH_HOA_2017,
        document=ExpectedDocument("98/KH-UBND", "2017-06-12", "Thanh Hóa", "Thanh Hóa"),
        goals=(
            goal("sử dụng hết số đội viên Dự án", 100, ">=", "%", "2017-12-31", P, "Thanh Hóa", "officer_placed_share"),
            goal("Ít nhất 80% đội viên", 80, ">=", "%", "2017-12-31", P, "Thanh Hóa", None),
            goal("Huyện Mường Lát tiếp nhận, bố trí 100%", 100, ">=", "%", "2017-12-31", D, "Mường Lát", "officer_placed_share"),
            goal("cử 35 đội viên", 35, ">=", "đội viên", "2017-12-31", P, "Thanh Hóa", TRAIN + "lý luận chính trị"),
        ),
        duties=(
            duty("gửi về Sở Nội vụ trước ngày 30/6/2017", "once", "2017-06-30", "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("kết quả bố trí đội viên trước ngày 15/01/2018", "once", "2018-01-15", "officers", "Bộ Nội vụ", "Sở Nội vụ"),
        ),
    ),
    Case(
        name="tuyen_quang_2026_ntm_table",
        text=TUYEN_QUANG_2026,
        document=ExpectedDocument("27/KH-UBND", "2026-01-20", "Tuyên Quang", "Tuyên Quang"),
        goals=(
            goal("Tỷ lệ xã đạt chuẩn nông thôn mới | %", 45, ">=", "%", "2026-12-31", P, "Tuyên Quang", "ntm_share"),
            goal("Tỷ lệ xã đạt chuẩn nông thôn mới | %", 65, ">=", "%", "2030-12-31", P, "Tuyên Quang", "ntm_share"),
            goal("Số xã đạt chuẩn nông thôn mới nâng cao | xã", 8, ">=", "xã", "2026-12-31", P, "Tuyên Quang", NTM_NC),
            goal("Số xã đạt chuẩn nông thôn mới nâng cao | xã", 20, ">=", "xã", "2030-12-31", P, "Tuyên Quang", NTM_NC),
            goal("Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều) | %", 15.5, "<=", "%", "2026-12-31", P, "Tuyên Quang", POOR),
            goal("Tỷ lệ hộ nghèo (chuẩn nghèo đa chiều) | %", 8, "<", "%", "2030-12-31", P, "Tuyên Quang", POOR),
            goal("Tỷ lệ thôn, tổ dân phố văn hóa | %", 84, ">=", "%", "2026-12-31", P, "Tuyên Quang", VIL),
            goal("Tỷ lệ thôn, tổ dân phố văn hóa | %", 90, ">=", "%", "2030-12-31", P, "Tuyên Quang", VIL),
            goal("100% xã có trụ sở làm việc kiên cố", 100, ">=", "%", "2027-12-31", P, "Tuyên Quang", OFFICE),
            goal("Xã Mèo Vạc đạt tối thiểu 7/10 tiêu chí", 7, ">=", "tiêu chí", "2027-12-31", C, "Mèo Vạc", None),
            goal("có ít nhất 05 xã đạt chuẩn nông thôn mới kiểu mẫu", 5, ">=", "xã", "2029-12-31", P, "Tuyên Quang", NTM_KM),
            goal("ít nhất 02 công chức được bồi dưỡng", 2, ">=", "công chức", "2030-12-31", EACH_C, None, None),
        ),
        duties=(
            duty("báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm", "yearly", "12-15", "communes", "UBND tỉnh", "Sở Nông nghiệp và Môi trường"),
            duty("gửi Sở Nông nghiệp và Môi trường trước ngày 31/3/2026", "once", "2026-03-31", "communes", "Sở Nông nghiệp và Môi trường", "UBND các xã"),
            duty("Báo cáo quý trước ngày 20 của tháng cuối quý", "quarterly", 20, "communes", "Sở Nông nghiệp và Môi trường", "UBND các xã"),
            duty("báo cáo năm trước ngày 30/11 hằng năm", "yearly", "11-30", "communes", "Sở Nông nghiệp và Môi trường", "UBND các xã"),
        ),
    ),
    Case(
        name="gia_lai_2026_training",
        text=GIA_LAI_2026,
        document=ExpectedDocument("156/KH-SNV", "2026-02-05", "Sở Nội vụ", "Gia Lai"),
        goals=(
            goal("2.700 lượt cán bộ", 2700, ">=", "lượt cán bộ", "2026-12-31", P, "Gia Lai", TRAIN + "tin học"),
            goal("cho ít nhất 600 công chức", 600, ">=", "công chức", "2026-12-31", P, "Gia Lai", TRAIN + "quản lý nhà nước"),
            goal("cho 150 công chức các phường ven biển", 150, ">=", "công chức", "2026-09-30", P, "Gia Lai", TRAIN + "ngoại ngữ"),
            goal("tối thiểu 3 lớp", 3, ">=", "lớp", "2026-12-31", P, "Gia Lai", None),
            goal("cử ít nhất 01 công chức", 1, ">=", "công chức", "2026-12-31", EACH_C, None, None),
            goal("Phường Pleiku tổ chức thí điểm 01 lớp", 1, ">=", "lớp", "2026-06-30", C, "Pleiku", None),
            goal("đạt trên 95%", 95, ">", "%", "2026-12-31", P, "Gia Lai", None),
        ),
        duties=(
            duty("gửi danh sách học viên về Sở Nội vụ trước ngày 15/3/2026", "once", "2026-03-15", "training", "Sở Nội vụ", "UBND các xã"),
            duty("trước ngày 25 hằng tháng", "monthly", 25, "training", "Sở Nội vụ", "Trường Chính trị tỉnh"),
            duty("trước ngày 10/12/2026", "once", "2026-12-10", "training", "UBND tỉnh", "Sở Nội vụ"),
        ),
    ),
    Case(
        name="lam_dong_2025_after_merger",
        text=LAM_DONG_2025,
        document=ExpectedDocument("268/KH-UBND", "2025-09-15", "Lâm Đồng", "Lâm Đồng"),
        goals=(
            goal("100% xã, phường, đặc khu bố trí đủ công chức", 100, ">=", "%", "2025-12-31", P, "Lâm Đồng", None),
            goal("không quá 5% tổng số biên chế", 5, "<=", "%", "2025-12-31", P, "Lâm Đồng", None),
            goal("cho 350 công chức cấp xã", 350, ">=", "công chức", "2026-12-31", P, "Lâm Đồng", TRAIN + "chuyên môn nghiệp vụ"),
            goal("Mỗi xã có ít nhất 01 công chức", 1, ">=", "công chức", "2026-12-31", EACH_C, None, None),
            goal("Xã Lạc Dương bố trí tối thiểu 3 công chức", 3, ">=", "công chức", "2026-12-31", C, "Lạc Dương", None),
        ),
        duties=(
            duty("báo cáo kết quả về Sở Nội vụ trước ngày 30/9/2025", "once", "2025-09-30", "officers", "Sở Nội vụ", "UBND các xã"),
            duty("Định kỳ hằng tháng, trước ngày 20", "monthly", 20, "officers", "Sở Nội vụ", "UBND các xã"),
            duty("kết quả thực hiện trước ngày 15/01/2026", "once", "2026-01-15", "officers", "UBND tỉnh", "Sở Nội vụ"),
        ),
    ),
    Case(
        name="quang_ngai_2020_legal_site_copy",
        text=QUANG_NGAI_2020,
        document=ExpectedDocument("155/KH-UBND", "2020-09-30", "Quảng Ngãi", "Quảng Ngãi"),
        goals=(
            goal("100% cán bộ chủ chốt cấp xã có trình độ đại học", 100, ">=", "%", "2025-12-31", P, "Quảng Ngãi", None),
            goal("Trên 95% công chức cấp xã", 95, ">", "%", "2025-12-31", P, "Quảng Ngãi", None),
            goal("cho 320 cán bộ, công chức cấp xã", 320, ">=", "cán bộ", "2025-12-31", P, "Quảng Ngãi", TRAIN + "lý luận chính trị"),
            goal("riêng huyện Sơn Tây đào tạo 45 người", 45, ">=", "người", "2025-12-31", D, "Sơn Tây", TRAIN + "lý luận chính trị"),
            goal("Tuyển dụng 2-3 sinh viên", 2, "range", "sinh viên", "2025-12-31", EACH_C, None, "officer_count", value_max=3),
        ),
        duties=(
            duty("về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11", "yearly", "11-15", "goals", "Sở Nội vụ", "UBND các huyện"),
            duty("báo cáo UBND tỉnh trước ngày 30/11 hằng năm", "yearly", "11-30", "goals", "UBND tỉnh", "Sở Nội vụ"),
            duty("trình UBND tỉnh trước ngày 30/6/2023", "once", "2023-06-30", "goals", "UBND tỉnh", "Sở Nội vụ"),
        ),
    ),
    Case(
        name="kon_tum_2022_action_programme",
        text=KON_TUM_2022,
        document=ExpectedDocument("18/CTr-UBND", "2022-03-14", "Kon Tum", "Kon Tum"),
        goals=(
            goal("giảm bình quân hằng năm từ 3-4%", 3, "range", "%", None, P, "Kon Tum", None, value_max=4, recurring=True),
            goal("tỷ lệ hộ nghèo còn dưới 10%", 10, "<", "%", "2025-12-31", P, "Kon Tum", POOR),
            goal("có 50% số xã đạt chuẩn nông thôn mới", 50, ">=", "%", "2025-12-31", P, "Kon Tum", "ntm_share"),
            goal("mỗi huyện có ít nhất 01 xã", 1, ">=", "xã", "2025-12-31", EACH_D, None, NTM_NC),
            goal("Huyện Kon Plông có ít nhất 02 xã", 2, ">=", "xã", "2025-12-31", D, "Kon Plông", NTM),
            goal("100% cán bộ, công chức cấp xã vùng đồng bào", 100, ">=", "%", "2025-12-31", P, "Kon Tum", None),
        ),
        duties=(
            duty("báo cáo 6 tháng trước ngày 15/6", "half-yearly", 15, "goals", "Ban Dân tộc", "sở, ban, ngành", "UBND các huyện"),
            duty("báo cáo năm trước ngày 15/12", "yearly", "12-15", "goals", "Ban Dân tộc", "sở, ban, ngành", "UBND các huyện"),
            duty("trước ngày 20/12 hằng năm", "yearly", "12-20", "goals", "UBND tỉnh", "Ban Dân tộc tỉnh"),
        ),
    ),
    Case(
        name="son_la_2012_project_600",
        text=SON_LA_2012,
        document=ExpectedDocument("31/KH-UBND", "2012-03-06", "Sơn La", "Sơn La"),
        goals=(
            goal("tuyển chọn 45 trí thức trẻ", 45, ">=", "trí thức trẻ", "2012-06-30", P, "Sơn La", "officer_count"),
            goal("từ 8 đến 10 đội viên", 8, "range", "đội viên", "2016-12-31", EACH_D, None, "officer_count", value_max=10),
            goal("Huyện Sốp Cộp bố trí 06 đội viên", 6, ">=", "đội viên", "2016-12-31", D, "Sốp Cộp", "officer_count"),
            goal("100% đội viên được bồi dưỡng", 100, ">=", "%", "2016-12-31", P, "Sơn La", None),
            goal("ít nhất 70% đội viên", 70, ">=", "%", None, P, "Sơn La", None, recurring=True),
        ),
        duties=(
            duty("về Bộ Nội vụ trước ngày 30/7/2012", "once", "2012-07-30", "officers", "Bộ Nội vụ", "Sở Nội vụ"),
            duty("trước ngày 20 tháng 11 hằng năm", "yearly", "11-20", "officers", "Ban Quản lý Dự án 600", "Sở Nội vụ"),
            duty("trước ngày 15 của tháng đầu quý sau", "quarterly", 15, "officers", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="ba_ria_vung_tau_2024_dated_pair",
        text=BA_RIA_VUNG_TAU_2024,
        document=ExpectedDocument("45/KH-UBND", "2024-01-26", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        goals=(
            goal("hoàn thành 100% việc rà soát", 100, ">=", "%", "2024-06-30", P, "Bà Rịa - Vũng Tàu", None),
            goal("đạt 98,5%", 98.5, ">=", "%", "2024-12-31", P, "Bà Rịa - Vũng Tàu", None),
            goal("cho 800 cán bộ, công chức cấp xã", 800, ">=", "cán bộ", "2024-12-31", P, "Bà Rịa - Vũng Tàu", TRAIN + "tin học"),
            goal("không dưới 120 công chức", 120, ">=", "công chức", "2024-12-31", D, "Xuyên Mộc", TRAIN + "ngoại ngữ"),
            goal("không hoàn thành nhiệm vụ dưới 2%", 2, "<", "%", "2024-12-31", P, "Bà Rịa - Vũng Tàu", None),
        ),
        duties=(
            duty("6 tháng trước ngày 10/6/2024", "once", "2024-06-10", "goals", "Sở Nội vụ", "UBND các huyện"),
            duty("báo cáo năm trước ngày 10/11/2024", "once", "2024-11-10", "goals", "Sở Nội vụ", "UBND các huyện"),
            duty("báo cáo UBND tỉnh trước ngày 30/11/2024", "once", "2024-11-30", "goals", "UBND tỉnh", "Sở Nội vụ"),
        ),
    ),
    Case(
        name="nghe_an_2024_unnumbered_draft",
        text=NGHE_AN_2024_DRAFT,
        document=ExpectedDocument(None, None, "Sở Nội vụ", "Nghệ An"),
        goals=(
            goal("vào phần mềm đạt 100%", 100, ">=", "%", "2024-09-30", P, "Nghệ An", None),
            goal("Tối thiểu 90% hồ sơ", 90, ">=", "%", "2024-12-31", P, "Nghệ An", None),
            goal("ít nhất 01 công chức Phòng Nội vụ", 1, ">=", "công chức", "2024-12-31", EACH_D, None, None),
        ),
        duties=(
            duty("báo cáo tiến độ về Sở Nội vụ trước ngày 25 hằng tháng", "monthly", 25, "officers", "Sở Nội vụ", "Phòng Nội vụ"),
            duty("về Sở Nội vụ trước ngày 15/10/2024", "once", "2024-10-15", "officers", "Sở Nội vụ", "Phòng Nội vụ"),
        ),
    ),
)
# fmt: on


def check_corpus(cases: tuple[Case, ...] | None = None) -> None:
    """Assert the corpus is self-consistent: every quote occurs in its text, every enum
    value is valid, dates are real, measures are registered (etl.spec)."""
    from etl.spec.criteria import NTM_LEVELS
    from etl.spec.kinds import INDICATORS, TRAINING_CATEGORIES
    from etl.spec.measures import MEASURES, parse

    indicators = {name for _, _, name in INDICATORS}
    args = {
        "training_achieved": set(TRAINING_CATEGORIES),
        "indicator_mean": indicators,
        "indicator_share": indicators,
        "ntm_level_count": set(NTM_LEVELS),
    }
    cases = CASES if cases is None else cases
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "case names must be unique"
    for case in cases:
        where = case.name
        lines = [line for line in case.text.splitlines() if line.strip()]
        assert 30 <= len(lines) <= 80, f"{where}: {len(lines)} lines"
        doc = case.document
        if doc.date is not None:
            dt.date.fromisoformat(doc.date)
        if doc.number is not None:
            assert " " not in doc.number, f"{where}: number {doc.number!r}"
        if doc.issuer_has is not None:
            assert doc.issuer_has.casefold() in case.text.casefold(), f"{where}: issuer"
        for g in case.goals:
            what = f"{where}: goal {g.quote_has!r}"
            assert g.quote_has in case.text, f"{what} not in text"
            assert "\n" not in g.quote_has, what
            assert g.comparison in COMPARISONS, what
            assert g.scope_level in SCOPE_LEVELS, what
            assert g.unit and g.unit.strip() == g.unit, what
            if g.comparison == "range":
                assert g.value_max is not None and g.value_max > g.value, what
            else:
                assert g.value_max is None, what
            if g.recurring:
                assert g.deadline is None, what
            else:
                assert g.deadline is not None, what
                dt.date.fromisoformat(g.deadline)
            if g.scope_level.startswith("each_"):
                assert g.scope_name is None, what
            else:
                assert g.scope_name, what
                assert g.scope_name.casefold() in case.text.casefold(), what
            if g.measure is not None:
                key, arg = parse(g.measure)
                assert key in MEASURES, what
                if key in args:
                    assert arg in args[key], f"{what}: argument {arg!r}"
            if g.unit == "%" and g.comparison not in ("<", "<=", "range"):
                assert g.value <= 100, what
        for d in case.duties:
            what = f"{where}: duty {d.quote_has!r}"
            assert d.quote_has in case.text, f"{what} not in text"
            assert "\n" not in d.quote_has, what
            assert d.frequency in FREQUENCIES, what
            assert d.report_kind in REPORT_KINDS, what
            if d.frequency == "once":
                assert isinstance(d.due, str), what
                dt.date.fromisoformat(d.due)
            elif d.frequency == "yearly":
                assert d.due is None or isinstance(d.due, str), what
                if d.due is not None:
                    month, day = d.due.split("-")
                    assert len(month) == len(day) == 2, what
                    dt.date(2024, int(month), int(day))  # a leap year: 02-29 is allowed
            else:
                assert d.due is None or (isinstance(d.due, int) and 1 <= d.due <= 31), what
            for name in (d.recipient_has, *d.reporter_has):
                if name is not None:
                    assert name.casefold() in case.text.casefold(), f"{what}: {name!r}"


if __name__ == "__main__":
    check_corpus()
    print(
        f"{len(CASES)} cases, {sum(len(c.goals) for c in CASES)} goals, "
        f"{sum(len(c.duties) for c in CASES)} duties"
    )
