"""Six more Vietnamese plan texts with the proposals a careful analyst expects, written blind
to the extractor (without reading etl/plan, its tests or its scorer) as a held-out set, so
that its recall and precision can be checked on texts it was never tuned to; they follow
exactly the conventions of bench/plan_corpus.py (its docstring, its dataclasses and its
``check_corpus``) and vary eras, wording, layout and where the goals sit (a merged province
after 1/7/2025, a city of phường and xã, an Đề án with "a) b) c)" targets, a Chương trình
hành động with two horizons, a table beside a yearly goal, a page copied from a website).

When first scored (sets a and b together, before the reader was changed for them):
goals recall 97,0%, precision 80,2% (figures of the present read as goals), all fields
right on 62 of 97; duties recall and precision 100%, all fields right on 25 of 41.
"""

from __future__ import annotations

from bench.plan_corpus import (
    EACH_C,
    EACH_D,
    FAM,
    NTM,
    NTM_KM,
    NTM_NC,
    POOR,
    TRAIN,
    VIL,
    XAVH,
    C,
    Case,
    D,
    ExpectedDocument,
    P,
    duty,
    goal,
)

# ---------------------------------------------------------------------------------------
# 1. UBND tỉnh Phú Thọ (Phú Thọ + Vĩnh Phúc + Hòa Bình), 8/2025: training the cadres of the
#    new communes; a "thực trạng" section of counts before the goals.
# ---------------------------------------------------------------------------------------
PHU_THO_2025 = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 347/KH-UBND
Phú Thọ, ngày 26 tháng 8 năm 2025
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương 2 cấp trên địa bàn tỉnh Phú Thọ giai đoạn 2025-2026
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Phú Thọ năm 2025;
Căn cứ Nghị định số 171/2025/NĐ-CP ngày 30/6/2025 của Chính phủ quy định về đào tạo, bồi dưỡng công chức;
Căn cứ Công văn số 3521/BNV-ĐT ngày 10/7/2025 của Bộ Nội vụ về việc bồi dưỡng cán bộ, công chức cấp xã sau sắp xếp;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Trang bị kịp thời kiến thức, kỹ năng cho đội ngũ cán bộ, công chức các xã, phường mới sau khi hợp nhất tỉnh Vĩnh Phúc, tỉnh Hòa Bình và tỉnh Phú Thọ, không tổ chức cấp huyện.
- Bảo đảm chính quyền cấp xã vận hành thông suốt, không gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp.
2. Yêu cầu
- Bồi dưỡng đúng đối tượng, sát vị trí việc làm; ưu tiên công chức trước đây công tác ở cấp huyện nay chuyển về xã, phường.
- Kết hợp bồi dưỡng tập trung với bồi dưỡng trực tuyến; mỗi lớp tập trung không quá 80 học viên.
II. THỰC TRẠNG
Sau sắp xếp, toàn tỉnh có 148 đơn vị hành chính cấp xã (133 xã và 15 phường) với 6.812 cán bộ, công chức; trong đó 1.947 người chưa được bồi dưỡng về nhiệm vụ mới của cấp xã.
III. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức cấp xã đủ năng lực thực hiện các nhiệm vụ, thẩm quyền được phân cấp, phân quyền từ cấp huyện trước đây.
2. Mục tiêu cụ thể
- Trong quý IV/2025, 100% cán bộ, công chức cấp xã được bồi dưỡng kiến thức về tổ chức, vận hành chính quyền địa phương 2 cấp.
- Trong quý IV/2025, tổ chức tối thiểu 16 lớp bồi dưỡng nghiệp vụ cho công chức làm việc tại Trung tâm phục vụ hành chính công cấp xã.
- Mỗi xã, phường có ít nhất 02 công chức được bồi dưỡng chuyên sâu về quản lý đất đai, quy hoạch, xây dựng trong 6 tháng đầu năm 2026.
- Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên chính cho 450 công chức cấp xã.
- Đào tạo cao cấp lý luận chính trị cho 120 cán bộ chủ chốt cấp xã.
- Bồi dưỡng kỹ năng ứng dụng công nghệ thông tin, chuyển đổi số cho không dưới 1.500 người là công chức các phòng chuyên môn cấp xã.
- Xã Tam Đảo bảo đảm 100% công chức chuyên môn có trình độ đại học trở lên trước ngày 30/6/2026.
IV. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát trình độ cán bộ, công chức theo tiêu chuẩn tại Nghị định số 170/2025/NĐ-CP ngày 30/6/2025 của Chính phủ; không cử đi đào tạo cao cấp lý luận chính trị đối với người có tuổi đời trên 50.
2. Biên soạn tài liệu bồi dưỡng theo nhóm vị trí việc làm; tổ chức bồi dưỡng tập trung tại Trường Chính trị tỉnh và các cơ sở đào tạo tại phường Vĩnh Yên, phường Hòa Bình.
V. KINH PHÍ
Từ nguồn ngân sách tỉnh năm 2025, năm 2026 giao cho Sở Nội vụ; dự kiến 8,6 tỷ đồng.
VI. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, phối hợp với Trường Chính trị tỉnh tổ chức các lớp bồi dưỡng theo Kế hoạch.
- Tổng hợp, báo cáo UBND tỉnh kết quả bồi dưỡng năm 2025 trước ngày 20/12/2025.
- Tham mưu UBND tỉnh tổ chức hội nghị sơ kết việc thực hiện Kế hoạch vào tháng 01/2026.
- Xây dựng báo cáo tổng kết thực hiện Kế hoạch, gửi UBND tỉnh và Bộ Nội vụ trước ngày 15/7/2026.
2. Trường Chính trị tỉnh
- Mở các lớp cao cấp lý luận chính trị hệ không tập trung theo chỉ tiêu được Học viện Chính trị quốc gia Hồ Chí Minh giao.
3. UBND các xã, phường
- Cử cán bộ, công chức tham gia bồi dưỡng; gửi danh sách học viên về Sở Nội vụ trước ngày 15/9/2025.
- Định kỳ hằng quý, báo cáo kết quả cử cán bộ, công chức đi bồi dưỡng về Sở Nội vụ trước ngày 18 của tháng cuối quý.
- Báo cáo đột xuất theo yêu cầu của Sở Nội vụ.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Sở Nội vụ, Trường Chính trị tỉnh;
- UBND các xã, phường;
- Lưu: VT, NCTH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thanh Hải
"""

# ---------------------------------------------------------------------------------------
# 2. UBND Thành phố Hồ Chí Minh, 1/2026: digital skills for ward/commune officials; goals
#    in "lượt", "tối thiểu", a named phường, a yearly one; a monthly and a yearly report.
# ---------------------------------------------------------------------------------------
HO_CHI_MINH_2026 = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 58/KH-UBND
Thành phố Hồ Chí Minh, ngày 09 tháng 01 năm 2026
KẾ HOẠCH
Bồi dưỡng kỹ năng số, năng lực chuyển đổi số cho cán bộ, công chức phường, xã, đặc khu trên địa bàn Thành phố Hồ Chí Minh năm 2026
Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;
Căn cứ Nghị định số 171/2025/NĐ-CP ngày 30/6/2025 của Chính phủ quy định về đào tạo, bồi dưỡng công chức;
Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về triển khai phong trào "Bình dân học vụ số";
Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Phổ cập kỹ năng số cho đội ngũ cán bộ, công chức của 168 phường, xã, đặc khu sau sắp xếp; hình thành đội ngũ nòng cốt về chuyển đổi số ở cơ sở.
- Gắn bồi dưỡng với yêu cầu vận hành Hệ thống thông tin giải quyết thủ tục hành chính và các nền tảng số dùng chung của Thành phố.
II. MỤC TIÊU
1. Mục tiêu chung
Cán bộ, công chức cấp xã sử dụng thành thạo các nền tảng số, khai thác dữ liệu phục vụ quản lý, điều hành và phục vụ người dân, doanh nghiệp.
2. Mục tiêu cụ thể
Phấn đấu trong năm 2026:
+ Bồi dưỡng kỹ năng số cơ bản cho 25.000 lượt cán bộ, công chức, người lao động tại các phường, xã, đặc khu.
+ Tối thiểu 95% cán bộ, công chức cấp xã hoàn thành chương trình "Bình dân học vụ số" và được cấp chứng nhận trên nền tảng trực tuyến.
+ Bồi dưỡng kỹ năng khai thác, sử dụng trí tuệ nhân tạo trong xử lý công việc cho 6.000 lượt công chức chuyên môn.
+ Tối thiểu 80% hồ sơ thủ tục hành chính tại cấp xã được tiếp nhận, giải quyết trực tuyến toàn trình.
+ Phường Bến Thành thí điểm mô hình "Phường số", bảo đảm 100% văn bản, hồ sơ công việc được xử lý trên môi trường mạng trong quý II/2026.
Hằng năm, tổ chức ít nhất 40 lớp bồi dưỡng chuyên sâu về an toàn thông tin, quản trị dữ liệu cho công chức phụ trách chuyển đổi số cấp xã.
III. NỘI DUNG, HÌNH THỨC
1. Bồi dưỡng trực tuyến trên nền tảng học tập số của Thành phố; bồi dưỡng trực tiếp tại Trường Cán bộ Thành phố và cơ sở 2 tại phường Thủ Đức.
2. Mỗi lớp trực tiếp tối đa 60 học viên; thời lượng 05 ngày/lớp.
3. Tổ chức Hội thi "Công chức số" cấp Thành phố vào tháng 10/2026 với khoảng 500 thí sinh.
IV. KINH PHÍ
Ngân sách Thành phố năm 2026 bố trí cho Sở Nội vụ, dự kiến 18,5 tỷ đồng; huy động hỗ trợ từ các doanh nghiệp công nghệ.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì triển khai Kế hoạch; phối hợp với Sở Khoa học và Công nghệ xây dựng chương trình, tài liệu bồi dưỡng.
- Tổng hợp, báo cáo UBND Thành phố kết quả thực hiện Kế hoạch trước ngày 05 tháng 12 hằng năm.
2. Trường Cán bộ Thành phố
- Tổ chức các lớp bồi dưỡng trực tiếp; báo cáo kết quả từng lớp về Sở Nội vụ sau khi kết thúc lớp học.
3. Sở Khoa học và Công nghệ
- Bảo đảm hạ tầng, tài khoản học tập trên nền tảng số cho học viên.
4. UBND các phường, xã, đặc khu
- Cử cán bộ, công chức tham gia bồi dưỡng đầy đủ, đúng thành phần.
- Báo cáo tiến độ thực hiện Kế hoạch về Sở Nội vụ trước ngày 20 hằng tháng.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND Thành phố xem xét, quyết định./.
Nơi nhận:
- Bộ Nội vụ (b/c);
- Thường trực Thành ủy, Thường trực HĐND TP;
- TTUB: CT, các PCT;
- Các sở, ban, ngành Thành phố;
- UBND các phường, xã, đặc khu;
- Lưu: VT, (NC).
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Khoa
"""

# ---------------------------------------------------------------------------------------
# 3. UBND tỉnh Lai Châu, 2022 (with districts): an Đề án (ĐA) on women and ethnic-minority
#    cadres; "Phần I..V", targets as "a) b) c)", ranges, "trên", "không quá".
# ---------------------------------------------------------------------------------------
LAI_CHAU_2022 = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 03/ĐA-UBND
Lai Châu, ngày 18 tháng 4 năm 2022
ĐỀ ÁN
Nâng cao tỷ lệ và chất lượng cán bộ nữ, cán bộ người dân tộc thiểu số trong đội ngũ cán bộ, công chức cấp xã tỉnh Lai Châu giai đoạn 2022-2025
Phần I
SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN
1. Căn cứ pháp lý
- Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước;
- Quyết định số 402/QĐ-TTg ngày 14/3/2016 của Thủ tướng Chính phủ phê duyệt Đề án phát triển đội ngũ cán bộ, công chức, viên chức người dân tộc thiểu số trong thời kỳ mới;
- Nghị định số 34/2019/NĐ-CP ngày 24/4/2019 của Chính phủ sửa đổi, bổ sung một số quy định về cán bộ, công chức cấp xã;
- Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV, nhiệm kỳ 2020-2025.
2. Thực trạng
Toàn tỉnh có 106 xã, phường, thị trấn với 2.268 cán bộ, công chức cấp xã; cán bộ nữ chiếm 24,6%, cán bộ, công chức người dân tộc thiểu số chiếm 71,3%. Huyện Nậm Nhùn và huyện Mường Tè còn 09 xã chưa có cán bộ nữ trong Ban Thường vụ Đảng ủy.
Phần II
MỤC TIÊU
1. Mục tiêu chung
Tăng số lượng, nâng cao chất lượng cán bộ nữ, cán bộ người dân tộc thiểu số ở cấp xã, bảo đảm cơ cấu hợp lý, đáp ứng yêu cầu nhiệm vụ trong tình hình mới.
2. Mục tiêu cụ thể
a) Tỷ lệ cán bộ nữ trong đội ngũ cán bộ, công chức cấp xã đạt từ 30% đến 35%.
b) Tỷ lệ nữ giữ chức danh chủ chốt cấp xã (Bí thư, Phó Bí thư Đảng ủy, Chủ tịch, Phó Chủ tịch HĐND, UBND xã) đạt 15-20%.
c) Tỷ lệ cán bộ, công chức cấp xã là người dân tộc thiểu số đạt trên 75%.
d) Tỷ lệ cán bộ, công chức cấp xã người dân tộc thiểu số chưa đạt chuẩn về trình độ chuyên môn không quá 5%.
đ) Mỗi huyện, thành phố có ít nhất 03 xã, phường, thị trấn có nữ Chủ tịch hoặc Phó Chủ tịch UBND.
e) Đào tạo trung cấp lý luận chính trị cho 250 cán bộ nữ, cán bộ người dân tộc thiểu số cấp xã.
g) Huyện Mường Tè có ít nhất 12 cán bộ, công chức cấp xã là người dân tộc Si La, La Hủ, Cống.
Phần III
NHIỆM VỤ, GIẢI PHÁP
1. Làm tốt công tác quy hoạch; cán bộ nữ được quy hoạch lần đầu phải đủ tuổi công tác ít nhất 02 nhiệm kỳ.
2. Đào tạo, bồi dưỡng theo Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ; hỗ trợ cán bộ nữ đi học có con nhỏ dưới 36 tháng tuổi 500.000 đồng/tháng.
3. Luân chuyển, tăng cường cán bộ nữ từ tỉnh, huyện về xã theo Quy định số 98-QĐ/TW ngày 07/10/2017 của Bộ Chính trị.
Phần IV
KINH PHÍ
Tổng kinh phí dự kiến 4.850 triệu đồng, từ ngân sách tỉnh và nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Phần V
TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc thực hiện Đề án.
- Tổng hợp, báo cáo UBND tỉnh và Ban Thường vụ Tỉnh ủy kết quả thực hiện Đề án trước ngày 15/12 hằng năm.
- Tham mưu tổ chức hội nghị sơ kết 02 năm thực hiện Đề án vào quý IV/2023.
- Xây dựng báo cáo tổng kết Đề án, trình UBND tỉnh trước ngày 31/10/2025.
2. Hội Liên hiệp Phụ nữ tỉnh giới thiệu hội viên ưu tú để bồi dưỡng, tạo nguồn cán bộ nữ.
3. Ban Dân tộc tỉnh phối hợp theo dõi việc thực hiện chính sách đối với cán bộ người dân tộc thiểu số.
4. UBND các huyện, thành phố
- Xây dựng kế hoạch tạo nguồn cán bộ nữ, cán bộ người dân tộc thiểu số cấp xã giai đoạn 2022-2025 của địa phương, gửi Sở Nội vụ trước ngày 31/5/2022.
- Định kỳ hằng năm, báo cáo kết quả thực hiện Đề án về Sở Nội vụ trước ngày 30/11.
Nơi nhận:
- Ban Tổ chức Trung ương, Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Hội LHPN tỉnh, Ban Dân tộc tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, TH.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Phương
"""

# ---------------------------------------------------------------------------------------
# 4. UBND tỉnh Cà Mau, 2021: a Chương trình hành động (CTr) on a Tỉnh ủy resolution on
#    new-rural building, with targets to 2025 and an orientation to 2030; the 6-month/year pair.
# ---------------------------------------------------------------------------------------
CA_MAU_2021 = """ỦY BAN NHÂN DÂN
TỈNH CÀ MAU
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 09/CTr-UBND
Cà Mau, ngày 21 tháng 5 năm 2021
CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết số 04-NQ/TU ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới giai đoạn 2021-2025, định hướng đến năm 2030
Căn cứ Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ XVI, nhiệm kỳ 2020-2025;
Căn cứ Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020;
Thực hiện Nghị quyết số 04-NQ/TU ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ của Nghị quyết thành chỉ tiêu, nhiệm vụ cụ thể của từng sở, ngành, địa phương.
- Xây dựng nông thôn mới gắn với thích ứng biến đổi khí hậu, phòng, chống sạt lở bờ biển, xâm nhập mặn.
II. KẾT QUẢ GIAI ĐOẠN 2016-2020
Đến cuối năm 2020, toàn tỉnh có 48 xã đạt chuẩn nông thôn mới, 04 xã đạt chuẩn nông thôn mới nâng cao; bình quân đạt 16,2 tiêu chí/xã; tỷ lệ hộ nghèo còn 2,97%.
III. MỤC TIÊU
1. Mục tiêu tổng quát
Xây dựng nông thôn mới bền vững, gắn với phát triển kinh tế biển, nuôi trồng thủy sản và du lịch sinh thái rừng ngập mặn; nâng cao đời sống vật chất, tinh thần của người dân nông thôn.
2. Chỉ tiêu cụ thể
2.1. Đến năm 2025
- Có ít nhất 75% số xã đạt chuẩn nông thôn mới.
- Có 20 xã đạt chuẩn nông thôn mới nâng cao, trong đó có 05 xã đạt chuẩn nông thôn mới kiểu mẫu.
- Huyện U Minh có thêm 03 xã đạt chuẩn nông thôn mới; huyện Ngọc Hiển có ít nhất 01 xã đạt chuẩn nông thôn mới nâng cao.
- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 0,5%/năm; đến năm 2025 còn dưới 2%.
2.2. Định hướng đến năm 2030
- Có 100% số xã đạt chuẩn nông thôn mới, trong đó 50% số xã đạt chuẩn nông thôn mới nâng cao.
IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Ưu tiên nguồn lực cho 12 xã bãi ngang ven biển, xã đặc biệt khó khăn; mức hỗ trợ từ ngân sách tỉnh 1,5 tỷ đồng/xã/năm.
2. Phát triển sản xuất theo chuỗi giá trị tôm - lúa, tôm - rừng; thực hiện Chương trình mỗi xã một sản phẩm (OCOP).
3. Kiện toàn Văn phòng Điều phối nông thôn mới các cấp theo Quyết định số 1920/QĐ-TTg ngày 05/10/2016 của Thủ tướng Chính phủ.
4. Huy động nguồn lực: tổng vốn huy động giai đoạn 2021-2025 dự kiến 12.500 tỷ đồng, trong đó ngân sách nhà nước chiếm khoảng 30%.
V. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành tỉnh và UBND các huyện, thành phố Cà Mau căn cứ Chương trình hành động này xây dựng kế hoạch cụ thể; định kỳ báo cáo tiến độ, kết quả xây dựng nông thôn mới 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 05/12 về UBND tỉnh (qua Văn phòng Điều phối nông thôn mới tỉnh).
2. Văn phòng Điều phối nông thôn mới tỉnh theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh, Ban Thường vụ Tỉnh ủy kết quả thực hiện các chỉ tiêu của Chương trình hành động trước ngày 15/12 hằng năm.
3. Tổ chức sơ kết 03 năm thực hiện Nghị quyết vào quý III/2023 và tổng kết vào quý IV/2025.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thành phố Cà Mau;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Phước
"""

# ---------------------------------------------------------------------------------------
# 5. UBND tỉnh Gia Lai (Gia Lai + Bình Định), 3/2026: cultural families and villages; a
#    yearly goal, a table of targets by year, a one-off report dated in words.
# ---------------------------------------------------------------------------------------
GIA_LAI_2026_CULTURE = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 74/KH-UBND
Gia Lai, ngày 03 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" gắn với xây dựng gia đình văn hóa, làng văn hóa trên địa bàn tỉnh Gia Lai giai đoạn 2026-2030
Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu";
Căn cứ Nghị quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Gia Lai năm 2025;
Căn cứ Quyết định số 128/QĐ-UBND ngày 20/01/2026 của UBND tỉnh ban hành Kế hoạch phát triển văn hóa tỉnh Gia Lai giai đoạn 2026-2030;
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Thống nhất việc bình xét danh hiệu văn hóa giữa vùng ven biển phía Đông (tỉnh Bình Định trước đây) và vùng Tây Nguyên phía Tây sau khi hợp nhất tỉnh.
- Giữ gìn, phát huy bản sắc văn hóa các dân tộc Bahnar, Jrai; bảo tồn nhà rông, không gian văn hóa cồng chiêng.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng môi trường văn hóa lành mạnh ở khu dân cư; gia đình no ấm, tiến bộ, hạnh phúc; nâng cao đời sống tinh thần của Nhân dân.
2. Mục tiêu cụ thể
- Hằng năm, có từ 90% trở lên hộ gia đình được công nhận danh hiệu "Gia đình văn hóa".
- Các chỉ tiêu chủ yếu:
STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | Đến năm 2030
1 | Tỷ lệ thôn, làng, tổ dân phố được công nhận danh hiệu văn hóa | % | 82 | 84 | 90
2 | Tỷ lệ xã đạt chuẩn văn hóa nông thôn mới | % | 35 | 40 | 60
3 | Số làng đồng bào dân tộc thiểu số có nhà rông văn hóa đạt chuẩn | làng | 1.180 | 1.240 | 1.400
- Mỗi xã, phường xây dựng ít nhất 01 mô hình "Khu dân cư văn hóa kiểu mẫu" trong năm 2026.
- Xã Kbang phấn đấu đến năm 2028 có 100% làng đạt danh hiệu "Làng văn hóa".
III. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền bằng tiếng Việt, tiếng Bahnar, tiếng Jrai trên Báo và Phát thanh, Truyền hình Gia Lai.
2. Tổ chức Liên hoan cồng chiêng tỉnh vào tháng 11/2026 tại phường Pleiku với khoảng 1.200 nghệ nhân tham gia.
3. Hỗ trợ sửa chữa nhà rông văn hóa, mức tối đa 200 triệu đồng/nhà, ưu tiên các làng tại xã Kbang, xã Kông Chro.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
- Là cơ quan thường trực Ban Chỉ đạo phong trào tỉnh; hướng dẫn tiêu chuẩn, trình tự, thủ tục xét tặng danh hiệu văn hóa.
- Tổng hợp, báo cáo UBND tỉnh kết quả 01 năm triển khai Kế hoạch trước ngày 15 tháng 12 năm 2026.
2. UBND các xã, phường
- Tổ chức bình xét, công nhận danh hiệu văn hóa đúng quy định.
- Báo cáo kết quả bình xét danh hiệu văn hóa về Sở Văn hóa, Thể thao và Du lịch trước ngày 31/10 hằng năm.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" ở khu dân cư.
Nơi nhận:
- Bộ VHTTDL (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Thành viên BCĐ phong trào tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Siu Hương Ly
"""

# ---------------------------------------------------------------------------------------
# 6. UBND tỉnh Hưng Yên, 2018: a page copied from a website; the header run together, the
#    number and date on one line, blank lines, the goals in one paragraph, traps.
# ---------------------------------------------------------------------------------------
HUNG_YEN_2018 = """Cổng thông tin điện tử tỉnh Hưng Yên
Văn bản chỉ đạo điều hành

ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 95/KH-UBND Hưng Yên, ngày 10 tháng 5 năm 2018


KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới gắn với nâng cao chất lượng đội ngũ cán bộ cơ sở tỉnh Hưng Yên năm 2018


Thực hiện Nghị quyết số 03-NQ/TU ngày 25/4/2016 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới tỉnh Hưng Yên giai đoạn 2016-2020; Nghị quyết số 122/2017/NQ-HĐND ngày 12/12/2017 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2018; Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020, UBND tỉnh ban hành Kế hoạch thực hiện năm 2018 như sau:

I. MỤC ĐÍCH, YÊU CẦU

Huy động cả hệ thống chính trị và Nhân dân tham gia xây dựng nông thôn mới; nâng cao chất lượng các tiêu chí ở những xã đã đạt chuẩn.

Đội ngũ cán bộ, công chức cấp xã phải đủ năng lực tổ chức thực hiện các tiêu chí nông thôn mới ở cơ sở.


II. MỤC TIÊU

Năm 2018, phấn đấu toàn tỉnh có 85 xã đạt chuẩn nông thôn mới, trong đó có 05 xã đạt chuẩn nông thôn mới nâng cao; huyện Tiên Lữ có 100% số xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo toàn tỉnh giảm xuống còn 2,5%; bồi dưỡng kiến thức quản lý nhà nước cho 1.200 cán bộ, công chức cấp xã; đào tạo trung cấp lý luận chính trị cho ít nhất 300 cán bộ, công chức cấp xã chưa đạt chuẩn; mỗi xã có tối thiểu 01 công chức được bồi dưỡng nghiệp vụ về nông thôn mới; 100% thôn, tổ dân phố có nhà văn hóa.

III. NHIỆM VỤ VÀ GIẢI PHÁP

1. Ngân sách tỉnh bố trí cho xây dựng nông thôn mới năm 2018 là 650 tỷ đồng; thưởng cho xã đạt chuẩn nông thôn mới nâng cao 1 tỷ đồng/xã.

2. Cử cán bộ, công chức cấp xã đi đào tạo, bồi dưỡng theo quy định tại Điều 26 Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ; không cử đi đào tạo trung cấp lý luận chính trị đối với người từ 55 tuổi trở lên (nam) và từ 50 tuổi trở lên (nữ).

3. Văn phòng Điều phối nông thôn mới tỉnh tham mưu tổ chức 02 hội nghị sơ kết 6 tháng và tổng kết năm, mỗi hội nghị khoảng 250 đại biểu.

4. Tiếp nhận phản ánh của người dân về xây dựng nông thôn mới qua đường dây nóng của Văn phòng Điều phối nông thôn mới tỉnh: 0221.3863.669.

5. Lồng ghép các chương trình, dự án trên địa bàn nông thôn; thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".

IV. TỔ CHỨC THỰC HIỆN

1. UBND các huyện, thành phố định kỳ hằng quý báo cáo kết quả thực hiện về UBND tỉnh (qua Văn phòng Điều phối nông thôn mới tỉnh) trước ngày 15 của tháng cuối quý.

2. Sở Nội vụ báo cáo UBND tỉnh kết quả đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm 2018 trước ngày 30/11/2018.

3. Văn phòng Điều phối nông thôn mới tỉnh tổng hợp, báo cáo UBND tỉnh, Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia trước ngày 10/12/2018.

4. Các sở, ngành là thành viên Ban Chỉ đạo tỉnh hướng dẫn, hỗ trợ các xã thực hiện tiêu chí thuộc ngành phụ trách.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Các sở, ngành; UBND các huyện, thành phố;
- Lưu: VT, NN.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH

Nguyễn Minh Quang


Ngày đăng: 14/05/2018 | Lượt xem: 2.315
Tải văn bản: 95-KH-UBND.doc
"""


# Short constructors keep each expectation on one line (the table below is left unformatted):

# Judgement calls beyond the conventions of bench/plan_corpus.py, applied here:
# - "Huyện U Minh có thêm 03 xã đạt chuẩn" is a gain *by* 3 communes, not a number of
#   communes at a level: like a fall by some points, no registered measure gives it (None).
# - "50% số xã đạt chuẩn nông thôn mới nâng cao" is a share at a level above NTM; ntm_share
#   has no level argument, so no registered measure fits (None).
# - "100% thôn, tổ dân phố có nhà văn hóa" is about buildings, not the cultural-village title
#   (None); "nhà rông văn hóa" counts in a table are counts of villages ("làng", None).
# - Training in AI use and digital skills is "tin học"; training with a share or per-commune
#   target has no measure (as in the conventions).
# - "tổ chức 02 hội nghị sơ kết 6 tháng và tổng kết năm" (Hưng Yên) schedules meetings in the
#   tasks, with their size: neither a goal nor a duty. "Báo cáo kết quả từng lớp ... sau khi
#   kết thúc lớp học" (Hồ Chí Minh) has neither a period nor a date: not a duty.
# - The Hưng Yên page's "Ngày đăng: 14/05/2018" and "Lượt xem: 2.315" are the website's, not
#   the document's: its date is the one on the "Số:" line.

# fmt: off
CASES: tuple[Case, ...] = (
    Case(
        name="phu_tho_2025_new_communes_training",
        text=PHU_THO_2025,
        document=ExpectedDocument("347/KH-UBND", "2025-08-26", "Phú Thọ", "Phú Thọ"),
        goals=(
            goal("100% cán bộ, công chức cấp xã được bồi dưỡng kiến thức", 100, ">=", "%", "2025-12-31", P, "Phú Thọ", None),
            goal("tổ chức tối thiểu 16 lớp", 16, ">=", "lớp", "2025-12-31", P, "Phú Thọ", None),
            goal("có ít nhất 02 công chức", 2, ">=", "công chức", "2026-06-30", EACH_C, None, None),
            goal("cho 450 công chức cấp xã", 450, ">=", "công chức", "2026-12-31", P, "Phú Thọ", TRAIN + "quản lý nhà nước"),
            goal("cho 120 cán bộ chủ chốt", 120, ">=", "cán bộ", "2026-12-31", P, "Phú Thọ", TRAIN + "lý luận chính trị"),
            goal("không dưới 1.500 người", 1500, ">=", "người", "2026-12-31", P, "Phú Thọ", TRAIN + "tin học"),
            goal("Xã Tam Đảo bảo đảm 100% công chức", 100, ">=", "%", "2026-06-30", C, "Tam Đảo", None),
        ),
        duties=(
            duty("kết quả bồi dưỡng năm 2025 trước ngày 20/12/2025", "once", "2025-12-20", "training", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi UBND tỉnh và Bộ Nội vụ trước ngày 15/7/2026", "once", "2026-07-15", "training", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi danh sách học viên về Sở Nội vụ trước ngày 15/9/2025", "once", "2025-09-15", "training", "Sở Nội vụ", "UBND các xã"),
            duty("trước ngày 18 của tháng cuối quý", "quarterly", 18, "training", "Sở Nội vụ", "UBND các xã"),
        ),
    ),
    Case(
        name="ho_chi_minh_2026_digital_skills",
        text=HO_CHI_MINH_2026,
        document=ExpectedDocument("58/KH-UBND", "2026-01-09", "Hồ Chí Minh", "Hồ Chí Minh"),
        goals=(
            goal("cho 25.000 lượt cán bộ", 25000, ">=", "lượt cán bộ", "2026-12-31", P, "Hồ Chí Minh", TRAIN + "tin học"),
            goal("Tối thiểu 95% cán bộ, công chức cấp xã", 95, ">=", "%", "2026-12-31", P, "Hồ Chí Minh", None),
            goal("cho 6.000 lượt công chức", 6000, ">=", "lượt công chức", "2026-12-31", P, "Hồ Chí Minh", TRAIN + "tin học"),
            goal("Tối thiểu 80% hồ sơ thủ tục hành chính", 80, ">=", "%", "2026-12-31", P, "Hồ Chí Minh", None),
            goal("bảo đảm 100% văn bản, hồ sơ công việc", 100, ">=", "%", "2026-06-30", C, "Bến Thành", None),
            goal("tổ chức ít nhất 40 lớp", 40, ">=", "lớp", None, P, "Hồ Chí Minh", None, recurring=True),
        ),
        duties=(
            duty("trước ngày 05 tháng 12 hằng năm", "yearly", "12-05", "training", "UBND Thành phố", "Sở Nội vụ"),
            duty("về Sở Nội vụ trước ngày 20 hằng tháng", "monthly", 20, "training", "Sở Nội vụ", "UBND các phường"),
        ),
    ),
    Case(
        name="lai_chau_2022_women_ethnic_cadres_project",
        text=LAI_CHAU_2022,
        document=ExpectedDocument("03/ĐA-UBND", "2022-04-18", "Lai Châu", "Lai Châu"),
        goals=(
            goal("đạt từ 30% đến 35%", 30, "range", "%", "2025-12-31", P, "Lai Châu", None, value_max=35),
            goal("đạt 15-20%", 15, "range", "%", "2025-12-31", P, "Lai Châu", None, value_max=20),
            goal("đạt trên 75%", 75, ">", "%", "2025-12-31", P, "Lai Châu", None),
            goal("không quá 5%", 5, "<=", "%", "2025-12-31", P, "Lai Châu", None),
            goal("có ít nhất 03 xã", 3, ">=", "xã", "2025-12-31", EACH_D, None, None),
            goal("cho 250 cán bộ nữ", 250, ">=", "cán bộ", "2025-12-31", P, "Lai Châu", TRAIN + "lý luận chính trị"),
            goal("Huyện Mường Tè có ít nhất 12 cán bộ", 12, ">=", "cán bộ", "2025-12-31", D, "Mường Tè", None),
        ),
        duties=(
            duty("kết quả thực hiện Đề án trước ngày 15/12 hằng năm", "yearly", "12-15", "officers", "UBND tỉnh", "Sở Nội vụ"),
            duty("trình UBND tỉnh trước ngày 31/10/2025", "once", "2025-10-31", "officers", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi Sở Nội vụ trước ngày 31/5/2022", "once", "2022-05-31", "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("về Sở Nội vụ trước ngày 30/11", "yearly", "11-30", "officers", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="ca_mau_2021_ntm_action_programme",
        text=CA_MAU_2021,
        document=ExpectedDocument("09/CTr-UBND", "2021-05-21", "Cà Mau", "Cà Mau"),
        goals=(
            goal("Có ít nhất 75% số xã", 75, ">=", "%", "2025-12-31", P, "Cà Mau", "ntm_share"),
            goal("Có 20 xã đạt chuẩn nông thôn mới nâng cao", 20, ">=", "xã", "2025-12-31", P, "Cà Mau", NTM_NC),
            goal("có 05 xã đạt chuẩn nông thôn mới kiểu mẫu", 5, ">=", "xã", "2025-12-31", P, "Cà Mau", NTM_KM),
            goal("Huyện U Minh có thêm 03 xã", 3, ">=", "xã", "2025-12-31", D, "U Minh", None),
            goal("huyện Ngọc Hiển có ít nhất 01 xã", 1, ">=", "xã", "2025-12-31", D, "Ngọc Hiển", NTM_NC),
            goal("giảm bình quân 0,5%/năm", 0.5, ">=", "%", None, P, "Cà Mau", None, recurring=True),
            goal("còn dưới 2%", 2, "<", "%", "2025-12-31", P, "Cà Mau", POOR),
            goal("Có 100% số xã đạt chuẩn nông thôn mới", 100, ">=", "%", "2030-12-31", P, "Cà Mau", "ntm_share"),
            goal("50% số xã đạt chuẩn nông thôn mới nâng cao", 50, ">=", "%", "2030-12-31", P, "Cà Mau", None),
        ),
        duties=(
            duty("6 tháng trước ngày 10/6", "half-yearly", 10, "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "sở, ban, ngành", "UBND các huyện"),
            duty("báo cáo năm trước ngày 05/12", "yearly", "12-05", "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "sở, ban, ngành", "UBND các huyện"),
            duty("chỉ tiêu của Chương trình hành động trước ngày 15/12 hằng năm", "yearly", "12-15", "goals", "UBND tỉnh", "Văn phòng Điều phối nông thôn mới tỉnh"),
        ),
    ),
    Case(
        name="gia_lai_2026_culture_table",
        text=GIA_LAI_2026_CULTURE,
        document=ExpectedDocument("74/KH-UBND", "2026-03-03", "Gia Lai", "Gia Lai"),
        goals=(
            goal("có từ 90% trở lên hộ gia đình", 90, ">=", "%", None, P, "Gia Lai", FAM, recurring=True),
            goal("Tỷ lệ thôn, làng, tổ dân phố được công nhận danh hiệu văn hóa | %", 82, ">=", "%", "2026-12-31", P, "Gia Lai", VIL),
            goal("Tỷ lệ thôn, làng, tổ dân phố được công nhận danh hiệu văn hóa | %", 84, ">=", "%", "2027-12-31", P, "Gia Lai", VIL),
            goal("Tỷ lệ thôn, làng, tổ dân phố được công nhận danh hiệu văn hóa | %", 90, ">=", "%", "2030-12-31", P, "Gia Lai", VIL),
            goal("Tỷ lệ xã đạt chuẩn văn hóa nông thôn mới | %", 35, ">=", "%", "2026-12-31", P, "Gia Lai", XAVH),
            goal("Tỷ lệ xã đạt chuẩn văn hóa nông thôn mới | %", 40, ">=", "%", "2027-12-31", P, "Gia Lai", XAVH),
            goal("Tỷ lệ xã đạt chuẩn văn hóa nông thôn mới | %", 60, ">=", "%", "2030-12-31", P, "Gia Lai", XAVH),
            goal("có nhà rông văn hóa đạt chuẩn | làng", 1180, ">=", "làng", "2026-12-31", P, "Gia Lai", None),
            goal("có nhà rông văn hóa đạt chuẩn | làng", 1240, ">=", "làng", "2027-12-31", P, "Gia Lai", None),
            goal("có nhà rông văn hóa đạt chuẩn | làng", 1400, ">=", "làng", "2030-12-31", P, "Gia Lai", None),
            goal("ít nhất 01 mô hình", 1, ">=", "mô hình", "2026-12-31", EACH_C, None, None),
            goal("có 100% làng", 100, ">=", "%", "2028-12-31", C, "Kbang", VIL),
        ),
        duties=(
            duty("kết quả 01 năm triển khai Kế hoạch trước ngày 15 tháng 12 năm 2026", "once", "2026-12-15", "communes", "UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch"),
            duty("trước ngày 31/10 hằng năm", "yearly", "10-31", "communes", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã"),
        ),
    ),
    Case(
        name="hung_yen_2018_website_copy",
        text=HUNG_YEN_2018,
        document=ExpectedDocument("95/KH-UBND", "2018-05-10", "Hưng Yên", "Hưng Yên"),
        goals=(
            goal("toàn tỉnh có 85 xã", 85, ">=", "xã", "2018-12-31", P, "Hưng Yên", NTM),
            goal("có 05 xã đạt chuẩn nông thôn mới nâng cao", 5, ">=", "xã", "2018-12-31", P, "Hưng Yên", NTM_NC),
            goal("huyện Tiên Lữ có 100% số xã", 100, ">=", "%", "2018-12-31", D, "Tiên Lữ", "ntm_share"),
            goal("giảm xuống còn 2,5%", 2.5, "<=", "%", "2018-12-31", P, "Hưng Yên", POOR),
            goal("cho 1.200 cán bộ", 1200, ">=", "cán bộ", "2018-12-31", P, "Hưng Yên", TRAIN + "quản lý nhà nước"),
            goal("cho ít nhất 300 cán bộ", 300, ">=", "cán bộ", "2018-12-31", P, "Hưng Yên", TRAIN + "lý luận chính trị"),
            goal("tối thiểu 01 công chức", 1, ">=", "công chức", "2018-12-31", EACH_C, None, None),
            goal("100% thôn, tổ dân phố có nhà văn hóa", 100, ">=", "%", "2018-12-31", P, "Hưng Yên", None),
        ),
        duties=(
            duty("trước ngày 15 của tháng cuối quý", "quarterly", 15, "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các huyện"),
            duty("cấp xã năm 2018 trước ngày 30/11/2018", "once", "2018-11-30", "training", "UBND tỉnh", "Sở Nội vụ"),
            duty("Chương trình mục tiêu quốc gia trước ngày 10/12/2018", "once", "2018-12-10", "communes", "UBND tỉnh", "Văn phòng Điều phối nông thôn mới tỉnh"),
        ),
    ),
)
# fmt: on
