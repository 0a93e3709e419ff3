"""A fourth held-out set of Vietnamese plan texts, written blind to the extractor: the cases
and their expectations were written without reading the plan reader's code, its tests or
the other blind sets, and are meant to be scored once, after the reader was finished, to
estimate how it does on plans it was never tuned on; they follow exactly the same
conventions as bench/plan_corpus.py (see its docstring for how goals and duties compare).

Scored once, after the reader was finished (and before any change for this set): goals
recall 96,1% (49/51), precision 83,1% (49/59: figures of the present under "KẾT QUẢ ĐẾN
HẾT NĂM 2018", a table's "Năm 2025 (ước)" column, a class size), all fields right on 44
of 49; duties recall and precision 100% (21/21), all fields right on 16 of 21.
"""

from __future__ import annotations

from bench.plan_corpus import (
    EACH_C,
    EACH_D,
    FAM,
    NTM,
    POOR,
    TRAIN,
    VIL,
    C,
    Case,
    D,
    ExpectedDocument,
    P,
    duty,
    goal,
)

# ---------------------------------------------------------------------------------------
# 1. UBND tỉnh Hòa Bình, 2018: streamlining commune cadres and part-time staff 2018-2021.
# ---------------------------------------------------------------------------------------
HOA_BINH_2018 = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 134/KH-UBND
Hòa Bình, ngày 25 tháng 9 năm 2018
KẾ HOẠCH
Sắp xếp, tinh giản đội ngũ cán bộ, công chức và người hoạt động không chuyên trách cấp xã trên địa bàn tỉnh Hòa Bình giai đoạn 2018-2021
Căn cứ Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức;
Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả;
Căn cứ Nghị định số 92/2009/NĐ-CP ngày 22/10/2009 của Chính phủ về chức danh, số lượng, một số chế độ, chính sách đối với cán bộ, công chức ở xã, phường, thị trấn và những người hoạt động không chuyên trách ở cấp xã; Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 của Chính phủ về chính sách tinh giản biên chế;
Căn cứ Kế hoạch số 07-KH/TU ngày 15/3/2018 của Ban Thường vụ Tỉnh ủy Hòa Bình thực hiện Nghị quyết số 18-NQ/TW;
Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Sắp xếp, kiện toàn đội ngũ cán bộ, công chức và người hoạt động không chuyên trách cấp xã tinh gọn, hoạt động hiệu lực, hiệu quả; giảm chi thường xuyên ngân sách nhà nước.
- Kết hợp tinh giản biên chế với nâng cao chất lượng, cơ cấu lại đội ngũ theo vị trí việc làm.
2. Yêu cầu
- Thực hiện công khai, dân chủ, khách quan; bảo đảm ổn định tư tưởng của cán bộ, công chức và người hoạt động không chuyên trách.
- Không áp dụng chính sách tinh giản đối với người có thời gian công tác còn dưới 12 tháng đến tuổi nghỉ hưu.
II. THỰC TRẠNG
Tại thời điểm 31/12/2017, toàn tỉnh có 210 xã, phường, thị trấn với 4.236 cán bộ, công chức cấp xã và 3.158 người hoạt động không chuyên trách cấp xã, bình quân 15 người/xã; năm 2015, số người hoạt động không chuyên trách cấp xã là 3.204 người.
III. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức cấp xã tinh gọn, chuyên nghiệp; từng bước bố trí kiêm nhiệm các chức danh người hoạt động không chuyên trách, giảm số người hưởng phụ cấp từ ngân sách nhà nước.
2. Mục tiêu cụ thể
- Đến năm 2021, giảm ít nhất 10% số người hoạt động không chuyên trách cấp xã so với năm 2015.
- Đến năm 2021, 100% xã, phường, thị trấn bố trí không quá 14 người hoạt động không chuyên trách.
- Thực hiện tinh giản biên chế đối với 190 cán bộ, công chức cấp xã dôi dư, không đáp ứng yêu cầu nhiệm vụ.
- Huyện Mai Châu giảm tối thiểu 40 người hoạt động không chuyên trách cấp xã thông qua bố trí kiêm nhiệm.
- Trên 90% công chức cấp xã có trình độ chuyên môn từ trung cấp trở lên, phù hợp với chức danh đảm nhiệm.
IV. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, đánh giá đội ngũ theo tiêu chuẩn chức danh; thực hiện chính sách tinh giản biên chế theo Nghị định số 108/2014/NĐ-CP và Nghị định số 113/2018/NĐ-CP ngày 31/8/2018 của Chính phủ.
2. Bố trí cán bộ, công chức cấp xã kiêm nhiệm chức danh người hoạt động không chuyên trách; khuyến khích Bí thư chi bộ đồng thời là Trưởng xóm, tiểu khu.
3. Người hoạt động không chuyên trách nghỉ việc do sắp xếp được hỗ trợ một lần theo Nghị quyết của HĐND tỉnh, mức 1,5 tháng phụ cấp hiện hưởng cho mỗi năm công tác.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Hướng dẫn, kiểm tra, đôn đốc các huyện, thành phố thực hiện Kế hoạch; thẩm định đề án sắp xếp của các huyện, thành phố.
- Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 20/12 hằng năm.
- Tham mưu UBND tỉnh tổ chức sơ kết việc thực hiện Kế hoạch vào quý IV năm 2019.
2. Sở Tài chính bảo đảm kinh phí giải quyết chế độ, chính sách cho các trường hợp nghỉ việc do sắp xếp.
3. UBND các huyện, thành phố
- Xây dựng đề án sắp xếp, bố trí cán bộ, công chức và người hoạt động không chuyên trách cấp xã của địa phương, gửi Sở Nội vụ thẩm định trước ngày 31/10/2018.
- Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp.
- Báo cáo đột xuất khi có yêu cầu của UBND tỉnh.
4. UBND các xã, phường, thị trấn rà soát, lập danh sách người hoạt động không chuyên trách dôi dư, đề xuất phương án giải quyết, gửi UBND huyện, thành phố.
Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Các sở: Nội vụ, Tài chính;
- UBND các huyện, thành phố;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Văn Cửu
"""

# ---------------------------------------------------------------------------------------
# 2. UBND tỉnh Đắk Nông, 2020: training ethnic-minority commune cadres 2021-2025.
# ---------------------------------------------------------------------------------------
DAK_NONG_2020 = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 742/KH-UBND
Đắk Nông, ngày 21 tháng 12 năm 2020
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ, công chức cấp xã là người dân tộc thiểu số tỉnh Đắk Nông giai đoạn 2021-2025
Căn cứ Luật Cán bộ, công chức ngày 13/11/2008; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày 25/11/2019;
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức;
Căn cứ Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030;
Căn cứ Quyết định số 402/QĐ-TTg ngày 14/3/2016 của Thủ tướng Chính phủ phê duyệt Đề án phát triển đội ngũ cán bộ, công chức, viên chức người dân tộc thiểu số trong thời kỳ mới;
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đắk Nông lần thứ XII, nhiệm kỳ 2020-2025;
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao trình độ, năng lực của đội ngũ cán bộ, công chức cấp xã là người dân tộc thiểu số, nhất là đồng bào dân tộc thiểu số tại chỗ M'nông, Mạ, Ê đê.
- Tạo nguồn cán bộ người dân tộc thiểu số để quy hoạch vào các chức danh chủ chốt cấp xã.
II. THỰC TRẠNG
Đến ngày 31/12/2019, toàn tỉnh có 71 xã, phường, thị trấn với 1.562 cán bộ, công chức cấp xã; trong đó người dân tộc thiểu số là 284 người, chiếm 18,2%; còn 37 người chưa qua đào tạo chuyên môn.
III. MỤC TIÊU
Phấn đấu đến năm 2025 đạt các chỉ tiêu sau:
1. Tỷ lệ cán bộ, công chức cấp xã là người dân tộc thiểu số đạt từ 25% trở lên so với tổng số cán bộ, công chức cấp xã toàn tỉnh.
2. Đào tạo trình độ trung cấp lý luận chính trị cho 280 cán bộ, công chức cấp xã là người dân tộc thiểu số; trong đó huyện Tuy Đức đào tạo 60 người, huyện Đăk Glong đào tạo 70 người.
3. Đào tạo trình độ đại học chuyên môn nghiệp vụ cho ít nhất 120 công chức cấp xã là người dân tộc thiểu số tại chỗ.
4. 100% cán bộ, công chức cấp xã là người dân tộc thiểu số được bồi dưỡng kiến thức quản lý nhà nước theo tiêu chuẩn chức danh.
5. Hằng năm, mỗi huyện, thành phố mở ít nhất 01 lớp bồi dưỡng kỹ năng tin học cho cán bộ, công chức cấp xã là người dân tộc thiểu số.
IV. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát trình độ, xác định nhu cầu đào tạo của từng cán bộ, công chức; người được cử đi đào tạo đại học phải cam kết công tác tại địa phương ít nhất 05 năm sau khi tốt nghiệp.
2. Mở lớp tại các huyện có đông đồng bào dân tộc thiểu số; mỗi lớp từ 40 đến 50 học viên.
3. Hỗ trợ học viên là người dân tộc thiểu số tiền ăn 50.000 đồng/người/ngày theo Nghị quyết số 15/2019/NQ-HĐND ngày 18/7/2019 của HĐND tỉnh.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, phối hợp với Trường Chính trị tỉnh, Ban Dân tộc tỉnh hướng dẫn, theo dõi việc thực hiện Kế hoạch.
- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm.
- Tham mưu UBND tỉnh tổng kết Kế hoạch vào quý IV năm 2025.
2. Trường Chính trị tỉnh mở các lớp trung cấp lý luận chính trị theo chỉ tiêu được giao.
3. UBND các huyện, thành phố
- Xây dựng kế hoạch đào tạo, bồi dưỡng năm 2021 của địa phương, gửi Sở Nội vụ trước ngày 31/01/2021.
- Báo cáo sơ kết kết quả thực hiện giai đoạn 2021-2023 về Sở Nội vụ trước ngày 31/10/2023.
- Báo cáo đột xuất khi có yêu cầu.
Nơi nhận:
- Bộ Nội vụ, Ủy ban Dân tộc (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Sở Nội vụ, Ban Dân tộc tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Tôn Thị Ngọc Hạnh
"""

# ---------------------------------------------------------------------------------------
# 3. UBND tỉnh Tây Ninh, 9/2025 (no districts, after the merger with Long An): cultural
#    families and hamlets, with a table whose 2025 column is an estimate.
# ---------------------------------------------------------------------------------------
TAY_NINH_2025 = """ỦY BAN NHÂN DÂN
TỈNH TÂY NINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 215/KH-UBND
Tây Ninh, ngày 22 tháng 9 năm 2025
KẾ HOẠCH
Xây dựng gia đình văn hóa, ấp, khu phố văn hóa trên địa bàn tỉnh Tây Ninh giai đoạn 2025-2030
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;
Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa";
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Thống nhất việc bình xét, công nhận danh hiệu văn hóa tại 96 xã, phường sau khi hợp nhất tỉnh Long An và tỉnh Tây Ninh.
- Việc bình xét phải thực chất, tránh chạy theo thành tích; gắn với xây dựng nông thôn mới và đô thị văn minh.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đời sống văn hóa lành mạnh ở khu dân cư; phát huy vai trò của gia đình trong giữ gìn truyền thống văn hóa vùng đất Tây Ninh - Long An.
2. Mục tiêu cụ thể
- Hằng năm, có từ 90% trở lên hộ gia đình đạt danh hiệu "Gia đình văn hóa".
- Hằng năm, có trên 85% ấp, khu phố đạt danh hiệu "Ấp văn hóa", "Khu phố văn hóa".
- Hằng năm, mỗi xã, phường tuyên dương ít nhất 10 gia đình văn hóa tiêu biểu.
- Mỗi xã, phường xây dựng ít nhất 01 mô hình "Gia đình hạnh phúc, phát triển bền vững".
- Xã Hòa Hội phấn đấu đến năm 2027 có 100% ấp đạt danh hiệu "Ấp văn hóa".
- Phường Tân Ninh có trên 95% hộ gia đình đạt danh hiệu "Gia đình văn hóa".
Các chỉ tiêu chủ yếu:
STT | Chỉ tiêu | ĐVT | Năm 2025 (ước) | Năm 2026 | Năm 2030
1 | Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa" | % | 91,4 | 92 | 95
2 | Tỷ lệ ấp, khu phố đạt danh hiệu văn hóa | % | 87,6 | 88 | 92
3 | Tỷ lệ ấp, khu phố có nhà văn hóa - khu thể thao đạt chuẩn | % | 76 | 80 | 95
4 | Số câu lạc bộ gia đình phát triển bền vững | câu lạc bộ | 310 | 340 | 450
III. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền trên Báo và Phát thanh, Truyền hình Tây Ninh; tổ chức Ngày hội Gia đình tỉnh với khoảng 2.000 người tham dự.
2. Khen thưởng gia đình văn hóa tiêu biểu theo Nghị định số 86/2023/NĐ-CP; mức thưởng 500.000 đồng/gia đình.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
- Hướng dẫn các xã, phường bình xét, công nhận danh hiệu; theo dõi, đôn đốc thực hiện Kế hoạch.
- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 30/11 hằng năm.
- Tham mưu tổ chức sơ kết giữa kỳ vào quý IV năm 2027.
2. UBND các xã, phường
- Xây dựng kế hoạch triển khai tại địa phương, gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 31/10/2025.
- Báo cáo kết quả bình xét, công nhận danh hiệu văn hóa về Sở Văn hóa, Thể thao và Du lịch trước ngày 15/11 hằng năm.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Ban Công tác Mặt trận ở ấp, khu phố tham gia bình xét.
Nơi nhận:
- Bộ VHTTDL (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Sở Văn hóa, Thể thao và Du lịch;
- UBND các xã, phường;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hồng Thanh
"""

# ---------------------------------------------------------------------------------------
# 4. UBND huyện Mèo Vạc (Hà Giang), 2019: the district's new-rural plan for one year.
# ---------------------------------------------------------------------------------------
MEO_VAC_2019 = """ỦY BAN NHÂN DÂN
HUYỆN MÈO VẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 38/KH-UBND
Mèo Vạc, ngày 22 tháng 02 năm 2019
KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Mèo Vạc, tỉnh Hà Giang năm 2019
Căn cứ Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020;
Căn cứ Quyết định số 2311/QĐ-UBND ngày 31/10/2017 của UBND tỉnh Hà Giang ban hành Bộ tiêu chí xã nông thôn mới tỉnh Hà Giang giai đoạn 2017-2020;
Căn cứ Kế hoạch số 36/KH-UBND ngày 30/01/2019 của UBND tỉnh Hà Giang thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2019;
Căn cứ Nghị quyết số 09/NQ-HĐND ngày 20/12/2018 của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2019;
UBND huyện Mèo Vạc xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Huy động các nguồn lực thực hiện các tiêu chí nông thôn mới, ưu tiên xã đăng ký đạt chuẩn và các xã biên giới.
- Phát huy vai trò chủ thể của đồng bào Mông, Lô Lô, Giáy, Dao trong xây dựng nông thôn mới.
II. KẾT QUẢ ĐẾN HẾT NĂM 2018
Toàn huyện có 17 xã và 01 thị trấn; bình quân đạt 7,6 tiêu chí/xã, chưa có xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo còn 52,3%.
III. MỤC TIÊU NĂM 2019
1. Mục tiêu chung
Tập trung hoàn thành các tiêu chí về giao thông, thủy lợi, nhà ở dân cư; cải thiện đời sống vật chất, tinh thần của người dân vùng cao núi đá.
2. Mục tiêu cụ thể
- Phấn đấu toàn huyện có 01 xã đạt chuẩn nông thôn mới.
- Xã Tát Ngà đạt 19/19 tiêu chí nông thôn mới.
- Xã Khâu Vai đạt 15/19 tiêu chí; xã Pả Vi đạt 14/19 tiêu chí.
- Mỗi xã còn lại tăng thêm ít nhất 02 tiêu chí so với năm 2018.
- Bình quân toàn huyện đạt 9,2 tiêu chí/xã.
- Tỷ lệ hộ nghèo giảm từ 5% trở lên, xuống còn dưới 47,3%.
- Cứng hóa 35 km đường trục thôn, liên thôn theo phương châm "Nhà nước và nhân dân cùng làm".
IV. NHIỆM VỤ, GIẢI PHÁP
1. Ưu tiên vốn Chương trình 135 và vốn lồng ghép cho xã Tát Ngà; hỗ trợ xi măng 50 tấn/km đường bê tông.
2. Vận động nhân dân hiến đất, góp ngày công; tổ chức ra quân làm đường vào tháng 3 năm 2019.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và PTNT huyện (cơ quan thường trực Ban Chỉ đạo huyện)
- Hướng dẫn các xã xây dựng kế hoạch, theo dõi tiến độ thực hiện các tiêu chí.
- Tổng hợp, báo cáo UBND huyện, Văn phòng Điều phối nông thôn mới tỉnh trước ngày 25 hằng tháng.
- Tham mưu tổ chức tổng kết Chương trình năm 2019 vào tháng 12/2019.
2. Các phòng, ban, ngành của huyện được phân công phụ trách tiêu chí hướng dẫn, hỗ trợ các xã.
3. UBND các xã, thị trấn
- Xây dựng kế hoạch chi tiết của xã, gửi Phòng Nông nghiệp và PTNT huyện trước ngày 15/3/2019.
- Báo cáo tiến độ thực hiện các tiêu chí về Phòng Nông nghiệp và PTNT huyện trước ngày 20 hằng tháng.
- Tham dự giao ban định kỳ hằng tháng của Ban Chỉ đạo huyện.
Nơi nhận:
- UBND tỉnh Hà Giang (b/c);
- Văn phòng Điều phối NTM tỉnh;
- TT. Huyện ủy, TT. HĐND huyện;
- UBND các xã, thị trấn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Sùng Minh Sính
"""

# ---------------------------------------------------------------------------------------
# 5. UBND tỉnh Sơn La, 2016: a copy from a web page (table cells run together, stray
#    spaces, the title over two lines, the specific goals in one paragraph).
# ---------------------------------------------------------------------------------------
SON_LA_2016 = """ỦY BAN NHÂN DÂN TỈNH SƠN LA
-------
   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  Độc lập - Tự do - Hạnh phúc
---------------
Số:  285/KH-UBND
     Sơn La, ngày  24  tháng 10 năm 2016
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ, công chức cấp xã và cán bộ làm công tác xây dựng
nông thôn mới trên địa bàn tỉnh Sơn La giai đoạn 2016 - 2020
Căn cứ Quyết định số 1600/QĐ-TTg  ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020;
Căn cứ Quyết định số 163/QĐ-TTg ngày 25/01/2016 của Thủ tướng Chính phủ phê duyệt Đề án đào tạo, bồi dưỡng cán bộ, công chức, viên chức giai đoạn 2016 - 2025;
Căn cứ Nghị định số 18/2010/NĐ-CP ngày 05/3/2010 của Chính phủ về đào tạo, bồi dưỡng công chức;
Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 612/TTr-SNV ngày 10/10/2016,
UBND tỉnh Sơn La ban hành Kế hoạch như sau:
I.  MỤC ĐÍCH, YÊU CẦU
1. Mục đích:  Nâng cao năng lực quản lý, điều hành của đội ngũ cán bộ, công chức cấp xã, nhất là ở các xã đặc biệt khó khăn; trang bị kiến thức, kỹ năng cho cán bộ làm công tác xây dựng nông thôn mới các cấp.
2. Yêu cầu:  Đào tạo, bồi dưỡng đúng đối tượng, gắn với quy hoạch và sử dụng cán bộ; ưu tiên cử đi đào tạo đại học đối với cán bộ, công chức là người dân tộc thiểu số, nữ, tuổi đời dưới 35.
II.  MỤC TIÊU
1. Mục tiêu chung:  Xây dựng đội ngũ cán bộ, công chức cấp xã đủ về số lượng, đạt chuẩn về trình độ, đáp ứng yêu cầu xây dựng nông thôn mới và phát triển kinh tế - xã hội ở cơ sở.
2. Mục tiêu cụ thể:  đến năm 2020, bồi dưỡng kiến thức quản lý nhà nước cho 1.150 lượt cán bộ, công chức cấp xã;  đào tạo trung cấp lý luận chính trị - hành chính cho ít nhất 640 cán bộ, công chức cấp xã, riêng huyện Sốp Cộp 45 người;  phấn đấu 87,5% công chức cấp xã có trình độ chuyên môn từ trung cấp trở lên;  100% cán bộ chuyên trách xây dựng nông thôn mới cấp xã được bồi dưỡng nghiệp vụ;  hằng năm mỗi huyện, thành phố mở ít nhất 01 lớp bồi dưỡng tin học văn phòng cho công chức cấp xã.
III.  NỘI DUNG, HÌNH THỨC
1. Bồi dưỡng tập trung tại Trường Chính trị tỉnh và Trung tâm Bồi dưỡng chính trị các huyện; quy mô mỗi khóa khoảng 300 học viên, chia thành các lớp không quá 60 học viên.
2. Bồi dưỡng tại chỗ, theo cụm xã đối với cán bộ nông thôn mới cấp xã, cấp bản.
IV.  KINH PHÍ
Tổng kinh phí dự kiến 2,5 tỷ đồng/năm, từ nguồn ngân sách tỉnh và nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
V.  TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ:  Chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch;  tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 15/12 hằng năm.
2. Sở Nông nghiệp và Phát triển nông thôn:  Phối hợp xây dựng nội dung bồi dưỡng kiến thức xây dựng nông thôn mới.
3. Trường Chính trị tỉnh:  Mở các lớp trung cấp lý luận chính trị - hành chính theo kế hoạch được giao.
4. UBND các huyện, thành phố:
- Xây dựng kế hoạch đào tạo, bồi dưỡng năm 2017 của địa phương, gửi về Sở Nội vụ trước ngày 15/11/2016.
- Báo cáo kết quả đào tạo, bồi dưỡng về Sở Nội vụ trước ngày 30/11 hằng năm.
Nơi nhận:  - Bộ Nội vụ (b/c);  - TT Tỉnh ủy, TT HĐND tỉnh;  - Các sở, ban, ngành;  - UBND các huyện, thành phố;  - Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN   KT. CHỦ TỊCH   PHÓ CHỦ TỊCH
(Đã ký)
Lò Minh Hùng
"""

# ---------------------------------------------------------------------------------------
# 6. Sở Nội vụ Nghệ An, 2024: digital skills and languages, targets per year (subheadings).
# ---------------------------------------------------------------------------------------
NGHE_AN_2024 = """UBND TỈNH NGHỆ AN
SỞ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 612/KH-SNV
Nghệ An, ngày 11 tháng 3 năm 2024
KẾ HOẠCH
Bồi dưỡng kiến thức, kỹ năng chuyển đổi số và ngoại ngữ cho cán bộ, công chức cấp xã giai đoạn 2024-2025
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18/10/2021 sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP;
Căn cứ Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;
Căn cứ Kế hoạch số 112/KH-UBND ngày 20/02/2024 của UBND tỉnh về đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024;
Sở Nội vụ xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Trang bị kiến thức, kỹ năng số cho cán bộ, công chức cấp xã, đáp ứng yêu cầu giải quyết thủ tục hành chính trên môi trường điện tử.
- Nâng cao khả năng giao tiếp ngoại ngữ, tiếng dân tộc thiểu số của công chức cấp xã ở vùng du lịch, vùng đồng bào dân tộc thiểu số.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức cấp xã có kỹ năng số cơ bản, làm chủ các nền tảng số dùng chung của tỉnh.
2. Mục tiêu cụ thể
a) Năm 2024
- Bồi dưỡng kiến thức, kỹ năng chuyển đổi số cho 1.800 lượt cán bộ, công chức cấp xã.
- Bồi dưỡng tiếng Anh trình độ A2 cho 120 công chức cấp xã thuộc thành phố Vinh.
- Trong quý III/2024, 100% công chức Văn phòng - Thống kê cấp xã được bồi dưỡng kỹ năng sử dụng chữ ký số, hệ thống quản lý văn bản và điều hành.
- Tổ chức 04 lớp bồi dưỡng tiếng Thái, tiếng Mông cho công chức cấp xã các huyện miền núi.
b) Năm 2025
- Bồi dưỡng chuyển đổi số cho ít nhất 2.200 lượt cán bộ, công chức cấp xã; trong đó huyện Quế Phong bồi dưỡng 150 lượt cán bộ, công chức.
- Bồi dưỡng tiếng Anh giao tiếp cho 200 công chức cấp xã các huyện, thị xã ven biển phục vụ phát triển du lịch.
- Mỗi xã, phường, thị trấn có ít nhất 02 công chức được bồi dưỡng chuyên sâu về an toàn thông tin.
- Trước ngày 30/6/2025, 100% cán bộ, công chức cấp xã kích hoạt và sử dụng tài khoản định danh điện tử.
- Trên 80% học viên được đánh giá đạt yêu cầu trở lên sau khóa bồi dưỡng.
III. NỘI DUNG, HÌNH THỨC
1. Bồi dưỡng trực tuyến trên nền tảng học tập số của tỉnh kết hợp bồi dưỡng tập trung; mỗi lớp tập trung không quá 50 học viên, thời gian 05 ngày.
2. Giảng viên: Trường Chính trị tỉnh, Trường Đại học Vinh và chuyên gia của Sở Thông tin và Truyền thông.
3. Kinh phí: từ nguồn ngân sách tỉnh giao cho Sở Nội vụ, dự kiến 1,8 tỷ đồng mỗi năm.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Công chức, viên chức chủ trì tham mưu Giám đốc Sở triển khai Kế hoạch; theo dõi, đôn đốc các đơn vị thực hiện.
2. Trường Chính trị tỉnh
- Mở lớp theo chỉ tiêu được giao; báo cáo kết quả về Sở Nội vụ 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11.
3. UBND các huyện, thành phố, thị xã
- Gửi danh sách cán bộ, công chức cấp xã tham gia bồi dưỡng năm 2024 về Sở Nội vụ trước ngày 10/4/2024.
- Báo cáo kết quả cử công chức đi bồi dưỡng về Sở Nội vụ hằng quý, trước ngày 20 của tháng cuối quý.
4. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm 2024 trước ngày 15/12/2024.
Nơi nhận:
- UBND tỉnh (b/c);
- Sở Thông tin và Truyền thông;
- Trường Chính trị tỉnh;
- UBND các huyện, thành phố, thị xã;
- Lưu: VT, CCVC.
GIÁM ĐỐC
Nguyễn Viết Hưng
"""


# fmt: off
CASES: tuple[Case, ...] = (
    Case(
        name="blind_d_hoa_binh_2018_streamlining",
        text=HOA_BINH_2018,
        document=ExpectedDocument("134/KH-UBND", "2018-09-25", "Hòa Bình", "Hòa Bình"),
        goals=(
            goal("giảm ít nhất 10% số người hoạt động không chuyên trách", 10, ">=", "%", "2021-12-31", P, "Hòa Bình", None),
            goal("bố trí không quá 14 người hoạt động không chuyên trách", 14, "<=", "người", "2021-12-31", EACH_C, None, None),
            goal("tinh giản biên chế đối với 190 cán bộ", 190, ">=", "cán bộ", "2021-12-31", P, "Hòa Bình", None),
            goal("Huyện Mai Châu giảm tối thiểu 40 người", 40, ">=", "người", "2021-12-31", D, "Mai Châu", None),
            goal("Trên 90% công chức cấp xã", 90, ">", "%", "2021-12-31", P, "Hòa Bình", None),
        ),
        duties=(
            duty("báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 20/12 hằng năm", "yearly", "12-20", "officers", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi Sở Nội vụ thẩm định trước ngày 31/10/2018", "once", "2018-10-31", "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("Định kỳ 6 tháng (trước ngày 15/6)", "half-yearly", 15, "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("hằng năm (trước ngày 15/12)", "yearly", "12-15", "officers", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="blind_d_dak_nong_2020_ethnic_cadres",
        text=DAK_NONG_2020,
        document=ExpectedDocument("742/KH-UBND", "2020-12-21", "Đắk Nông", "Đắk Nông"),
        goals=(
            goal("đạt từ 25% trở lên", 25, ">=", "%", "2025-12-31", P, "Đắk Nông", None),
            goal("cho 280 cán bộ, công chức cấp xã", 280, ">=", "cán bộ", "2025-12-31", P, "Đắk Nông", TRAIN + "lý luận chính trị"),
            goal("huyện Tuy Đức đào tạo 60 người", 60, ">=", "người", "2025-12-31", D, "Tuy Đức", TRAIN + "lý luận chính trị"),
            goal("huyện Đăk Glong đào tạo 70 người", 70, ">=", "người", "2025-12-31", D, "Đăk Glong", TRAIN + "lý luận chính trị"),
            goal("cho ít nhất 120 công chức", 120, ">=", "công chức", "2025-12-31", P, "Đắk Nông", TRAIN + "chuyên môn nghiệp vụ"),
            goal("100% cán bộ, công chức cấp xã là người dân tộc thiểu số được bồi dưỡng", 100, ">=", "%", "2025-12-31", P, "Đắk Nông", None),
            goal("mở ít nhất 01 lớp bồi dưỡng kỹ năng tin học", 1, ">=", "lớp", None, EACH_D, None, None, recurring=True),
        ),
        duties=(
            duty("báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12 hằng năm", "yearly", "12-15", "training", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi Sở Nội vụ trước ngày 31/01/2021", "once", "2021-01-31", "training", "Sở Nội vụ", "UBND các huyện"),
            duty("về Sở Nội vụ trước ngày 31/10/2023", "once", "2023-10-31", "training", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="blind_d_tay_ninh_2025_cultural_hamlets",
        text=TAY_NINH_2025,
        document=ExpectedDocument("215/KH-UBND", "2025-09-22", "Tây Ninh", "Tây Ninh"),
        goals=(
            goal("có từ 90% trở lên hộ gia đình", 90, ">=", "%", None, P, "Tây Ninh", FAM, recurring=True),
            goal("có trên 85% ấp, khu phố", 85, ">", "%", None, P, "Tây Ninh", VIL, recurring=True),
            goal("tuyên dương ít nhất 10 gia đình", 10, ">=", "gia đình", None, EACH_C, None, None, recurring=True),
            goal("xây dựng ít nhất 01 mô hình", 1, ">=", "mô hình", "2030-12-31", EACH_C, None, None),
            goal("Xã Hòa Hội phấn đấu đến năm 2027 có 100% ấp", 100, ">=", "%", "2027-12-31", C, "Hòa Hội", VIL),
            goal("Phường Tân Ninh có trên 95% hộ gia đình", 95, ">", "%", "2030-12-31", C, "Tân Ninh", FAM),
            goal('"Gia đình văn hóa" | %', 92, ">=", "%", "2026-12-31", P, "Tây Ninh", FAM),
            goal('"Gia đình văn hóa" | %', 95, ">=", "%", "2030-12-31", P, "Tây Ninh", FAM),
            goal("đạt danh hiệu văn hóa | %", 88, ">=", "%", "2026-12-31", P, "Tây Ninh", VIL),
            goal("đạt danh hiệu văn hóa | %", 92, ">=", "%", "2030-12-31", P, "Tây Ninh", VIL),
            goal("khu thể thao đạt chuẩn | %", 80, ">=", "%", "2026-12-31", P, "Tây Ninh", None),
            goal("khu thể thao đạt chuẩn | %", 95, ">=", "%", "2030-12-31", P, "Tây Ninh", None),
            goal("phát triển bền vững | câu lạc bộ", 340, ">=", "câu lạc bộ", "2026-12-31", P, "Tây Ninh", None),
            goal("phát triển bền vững | câu lạc bộ", 450, ">=", "câu lạc bộ", "2030-12-31", P, "Tây Ninh", None),
        ),
        duties=(
            duty("báo cáo UBND tỉnh kết quả thực hiện trước ngày 30/11 hằng năm", "yearly", "11-30", "communes", "UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch"),
            duty("gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 31/10/2025", "once", "2025-10-31", "communes", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã"),
            duty("trước ngày 15/11 hằng năm", "yearly", "11-15", "communes", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã"),
        ),
    ),
    Case(
        name="blind_d_meo_vac_2019_district_ntm",
        text=MEO_VAC_2019,
        document=ExpectedDocument("38/KH-UBND", "2019-02-22", "Mèo Vạc", "Hà Giang"),
        goals=(
            goal("toàn huyện có 01 xã đạt chuẩn nông thôn mới", 1, ">=", "xã", "2019-12-31", D, "Mèo Vạc", NTM),
            goal("Xã Tát Ngà đạt 19/19 tiêu chí", 19, ">=", "tiêu chí", "2019-12-31", C, "Tát Ngà", None),
            goal("Xã Khâu Vai đạt 15/19 tiêu chí", 15, ">=", "tiêu chí", "2019-12-31", C, "Khâu Vai", None),
            goal("xã Pả Vi đạt 14/19 tiêu chí", 14, ">=", "tiêu chí", "2019-12-31", C, "Pả Vi", None),
            goal("tăng thêm ít nhất 02 tiêu chí", 2, ">=", "tiêu chí", "2019-12-31", EACH_C, None, None),
            goal("Bình quân toàn huyện đạt 9,2 tiêu chí", 9.2, ">=", "tiêu chí", "2019-12-31", D, "Mèo Vạc", None),
            goal("giảm từ 5% trở lên", 5, ">=", "%", "2019-12-31", D, "Mèo Vạc", None),
            goal("xuống còn dưới 47,3%", 47.3, "<", "%", "2019-12-31", D, "Mèo Vạc", POOR),
            goal("Cứng hóa 35 km", 35, ">=", "km", "2019-12-31", D, "Mèo Vạc", None),
        ),
        duties=(
            duty("Văn phòng Điều phối nông thôn mới tỉnh trước ngày 25 hằng tháng", "monthly", 25, "communes", "UBND huyện", "Phòng Nông nghiệp và PTNT"),
            duty("gửi Phòng Nông nghiệp và PTNT huyện trước ngày 15/3/2019", "once", "2019-03-15", "communes", "Phòng Nông nghiệp và PTNT huyện", "UBND các xã"),
            duty("trước ngày 20 hằng tháng", "monthly", 20, "communes", "Phòng Nông nghiệp và PTNT huyện", "UBND các xã"),
        ),
    ),
    Case(
        name="blind_d_son_la_2016_web_copy",
        text=SON_LA_2016,
        document=ExpectedDocument("285/KH-UBND", "2016-10-24", "Sơn La", "Sơn La"),
        goals=(
            goal("cho 1.150 lượt cán bộ", 1150, ">=", "lượt cán bộ", "2020-12-31", P, "Sơn La", TRAIN + "quản lý nhà nước"),
            goal("cho ít nhất 640 cán bộ", 640, ">=", "cán bộ", "2020-12-31", P, "Sơn La", TRAIN + "lý luận chính trị"),
            goal("riêng huyện Sốp Cộp 45 người", 45, ">=", "người", "2020-12-31", D, "Sốp Cộp", TRAIN + "lý luận chính trị"),
            goal("phấn đấu 87,5% công chức cấp xã", 87.5, ">=", "%", "2020-12-31", P, "Sơn La", None),
            goal("100% cán bộ chuyên trách xây dựng nông thôn mới", 100, ">=", "%", "2020-12-31", P, "Sơn La", None),
            goal("mở ít nhất 01 lớp bồi dưỡng tin học văn phòng", 1, ">=", "lớp", None, EACH_D, None, None, recurring=True),
        ),
        duties=(
            duty("báo cáo UBND tỉnh, Bộ Nội vụ trước ngày 15/12 hằng năm", "yearly", "12-15", "training", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi về Sở Nội vụ trước ngày 15/11/2016", "once", "2016-11-15", "training", "Sở Nội vụ", "UBND các huyện"),
            duty("về Sở Nội vụ trước ngày 30/11 hằng năm", "yearly", "11-30", "training", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="blind_d_nghe_an_2024_digital_language",
        text=NGHE_AN_2024,
        document=ExpectedDocument("612/KH-SNV", "2024-03-11", "Sở Nội vụ", "Nghệ An"),
        goals=(
            goal("cho 1.800 lượt cán bộ", 1800, ">=", "lượt cán bộ", "2024-12-31", P, "Nghệ An", TRAIN + "tin học"),
            goal("cho 120 công chức cấp xã thuộc thành phố Vinh", 120, ">=", "công chức", "2024-12-31", D, "Vinh", TRAIN + "ngoại ngữ"),
            goal("Trong quý III/2024, 100% công chức", 100, ">=", "%", "2024-09-30", P, "Nghệ An", None),
            goal("Tổ chức 04 lớp", 4, ">=", "lớp", "2024-12-31", P, "Nghệ An", None),
            goal("cho ít nhất 2.200 lượt cán bộ", 2200, ">=", "lượt cán bộ", "2025-12-31", P, "Nghệ An", TRAIN + "tin học"),
            goal("huyện Quế Phong bồi dưỡng 150 lượt cán bộ", 150, ">=", "lượt cán bộ", "2025-12-31", D, "Quế Phong", TRAIN + "tin học"),
            goal("cho 200 công chức cấp xã", 200, ">=", "công chức", "2025-12-31", P, "Nghệ An", TRAIN + "ngoại ngữ"),
            goal("có ít nhất 02 công chức", 2, ">=", "công chức", "2025-12-31", EACH_C, None, None),
            goal("Trước ngày 30/6/2025, 100% cán bộ", 100, ">=", "%", "2025-06-30", P, "Nghệ An", None),
            goal("Trên 80% học viên", 80, ">", "%", "2025-12-31", P, "Nghệ An", None),
        ),
        duties=(
            duty("6 tháng trước ngày 15/6", "half-yearly", 15, "training", "Sở Nội vụ", "Trường Chính trị tỉnh"),
            duty("báo cáo năm trước ngày 15/11", "yearly", "11-15", "training", "Sở Nội vụ", "Trường Chính trị tỉnh"),
            duty("về Sở Nội vụ trước ngày 10/4/2024", "once", "2024-04-10", "training", "Sở Nội vụ", "UBND các huyện"),
            duty("trước ngày 20 của tháng cuối quý", "quarterly", 20, "training", "Sở Nội vụ", "UBND các huyện"),
            duty("trước ngày 15/12/2024", "once", "2024-12-15", "training", "UBND tỉnh", "Sở Nội vụ"),
        ),
    ),
)
# fmt: on
