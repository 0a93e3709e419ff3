"""Six plan texts written blind to the extractor, as a held-out set: invented in the style of
the real plans in shared/seeds, with real pre-2025 provinces, districts and communes, and for
each text its document, every quantitative goal and every reporting duty (and nothing else),
written without reading the plan reader (etl/plan), its scorer or its tests, and following
exactly the conventions stated in the docstring of bench/plan_corpus.py (comparison, unit,
deadline and the plan-period default, recurring, scope, measure, report kind, recipient,
reporter, due), so that the same tools score them.

When first scored (sets a and b together, before the reader was changed for them):
goals recall 97,0%, precision 80,2% (figures of the present read as goals), all fields
right on 62 of 97; duties recall and precision 100%, all fields right on 25 of 41.
"""

from __future__ import annotations

from bench.plan_corpus import (
    EACH_C,
    EACH_D,
    FAM,
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
# 1. UBND tỉnh Hà Tĩnh, 2019: standardising commune cadres by 2020 ("chậm nhất ngày").
# ---------------------------------------------------------------------------------------
HA_TINH_2019 = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 125 /KH-UBND
Hà Tĩnh, ngày 09 tháng 4 năm 2019
KẾ HOẠCH
Chuẩn hóa đội ngũ cán bộ, công chức cấp xã trên địa bàn tỉnh Hà Tĩnh đến năm 2020
Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;
Căn cứ Nghị định số 112/2011/NĐ-CP ngày 05/12/2011 của Chính phủ về công chức xã, phường, thị trấn; Nghị định số 34/2019/NĐ-CP ngày 24/4/2019 của Chính phủ sửa đổi, bổ sung một số quy định về cán bộ, công chức cấp xã;
Căn cứ Quyết định số 04/2004/QĐ-BNV ngày 16/01/2004 của Bộ trưởng Bộ Nội vụ ban hành quy định tiêu chuẩn cụ thể đối với cán bộ, công chức xã, phường, thị trấn;
Căn cứ Nghị quyết số 96/2018/NQ-HĐND ngày 13/7/2018 của HĐND tỉnh về chính sách hỗ trợ đào tạo, bồi dưỡng cán bộ, công chức cấp xã;
Ủy ban nhân dân tỉnh ban hành Kế hoạch chuẩn hóa đội ngũ cán bộ, công chức cấp xã như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Đánh giá đúng thực trạng đội ngũ: toàn tỉnh hiện có 262 xã, phường, thị trấn với 5.874 cán bộ, công chức cấp xã, trong đó 712 người chưa đạt chuẩn về trình độ chuyên môn.
- Làm cơ sở để bố trí, sắp xếp, đào tạo, bồi dưỡng cán bộ, công chức cấp xã đạt chuẩn theo quy định.
2. Yêu cầu
- Không cử đi đào tạo trình độ đại học đối với cán bộ, công chức còn dưới 05 năm công tác đến tuổi nghỉ hưu; trường hợp không đạt chuẩn thì bố trí công tác khác hoặc giải quyết nghỉ chế độ.
- Việc chuẩn hóa phải gắn với sắp xếp đơn vị hành chính cấp xã và tinh giản biên chế.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức cấp xã đạt chuẩn về trình độ, có phẩm chất đạo đức tốt, đủ năng lực thực thi nhiệm vụ, đáp ứng yêu cầu xây dựng nông thôn mới.
2. Mục tiêu cụ thể
a) Đến năm 2020, 100% cán bộ cấp xã có trình độ chuyên môn từ trung cấp trở lên; không dưới 85% công chức cấp xã có trình độ đại học phù hợp với chức danh đảm nhiệm.
b) Đào tạo trung cấp lý luận chính trị - hành chính cho 650 cán bộ, công chức cấp xã chưa đạt chuẩn.
c) Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên cho ít nhất 1.100 công chức cấp xã.
d) Trong năm 2019, riêng huyện Hương Khê đào tạo đại học chuyên môn nghiệp vụ cho 60 công chức cấp xã.
đ) Trên 90% cán bộ, công chức cấp xã sử dụng thành thạo máy vi tính trong thực thi công vụ.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát trình độ từng cán bộ, công chức theo tiêu chuẩn chức danh; lập danh sách người chưa đạt chuẩn theo biểu mẫu của Sở Nội vụ.
2. Hỗ trợ kinh phí học tập 2.000.000 đồng/người/năm học theo Nghị quyết số 96/2018/NQ-HĐND.
3. Thực hiện tinh giản biên chế theo Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 của Chính phủ đối với người không đạt chuẩn.
IV. KINH PHÍ
Từ nguồn ngân sách tỉnh và ngân sách cấp huyện; dự kiến 4,2 tỷ đồng.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Hướng dẫn, kiểm tra, đôn đốc các địa phương thực hiện Kế hoạch.
- Tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ kết quả chuẩn hóa đội ngũ cán bộ, công chức cấp xã chậm nhất ngày 30/11 hằng năm.
- Tham mưu tổ chức sơ kết 01 năm thực hiện Kế hoạch vào quý II năm 2020.
2. Trường Chính trị Trần Phú
- Mở các lớp trung cấp lý luận chính trị - hành chính tại các huyện; báo cáo kết quả mở lớp về Sở Nội vụ chậm nhất ngày 15/12/2019.
3. UBND các huyện, thành phố, thị xã
- Xây dựng kế hoạch chuẩn hóa của địa phương, gửi Sở Nội vụ chậm nhất ngày 31/5/2019.
- Báo cáo kết quả thực hiện 6 tháng chậm nhất ngày 15/6 và báo cáo năm chậm nhất ngày 15/11 về Sở Nội vụ.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Ban Tổ chức Tỉnh ủy;
- UBND các huyện, thành phố, thị xã;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Đặng Ngọc Sơn
"""

# ---------------------------------------------------------------------------------------
# 2. UBND tỉnh Điện Biên, 2014: young graduates for communes; goals in running prose.
# ---------------------------------------------------------------------------------------
DIEN_BIEN_2014 = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 742/KH-UBND
Điện Biên, ngày 24 tháng 3 năm 2014
KẾ HOẠCH
Thu hút trí thức trẻ về công tác tại các xã đặc biệt khó khăn tỉnh Điện Biên giai đoạn 2014-2016
Căn cứ Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ về Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 61 huyện nghèo;
Căn cứ Quyết định số 170/QĐ-TTg ngày 26/01/2011 của Thủ tướng Chính phủ phê duyệt Dự án thí điểm tuyển chọn 600 trí thức trẻ ưu tú, có trình độ đại học tăng cường về làm Phó Chủ tịch UBND xã thuộc 62 huyện nghèo;
Căn cứ Nghị quyết số 322/2013/NQ-HĐND ngày 12/12/2013 của HĐND tỉnh Điện Biên về chính sách thu hút trí thức trẻ về công tác tại xã;
Ủy ban nhân dân tỉnh Điện Biên ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Toàn tỉnh hiện có 130 xã, phường, thị trấn, trong đó 98 xã đặc biệt khó khăn; nhiều xã còn thiếu công chức có trình độ đại học, nhất là ở các lĩnh vực địa chính, tư pháp, tài chính. Kế hoạch nhằm tạo nguồn cán bộ trẻ cho cơ sở, bảo đảm việc thu hút công khai, minh bạch, đúng đối tượng.
II. MỤC TIÊU
1. Mục tiêu chung
Bổ sung cho các xã đặc biệt khó khăn đội ngũ trí thức trẻ được đào tạo cơ bản, góp phần nâng cao chất lượng hoạt động của chính quyền cơ sở và thực hiện thắng lợi Chương trình giảm nghèo theo Nghị quyết số 30a/2008/NQ-CP.
2. Mục tiêu cụ thể
Trong giai đoạn 2014-2016, tỉnh phấn đấu thu hút 150 trí thức trẻ có trình độ đại học trở lên về công tác tại các xã đặc biệt khó khăn, trong đó năm 2014 thu hút ít nhất 40 trí thức trẻ; mỗi huyện có xã đặc biệt khó khăn tiếp nhận ít nhất 05 trí thức trẻ, riêng huyện Nậm Pồ mới được thành lập tiếp nhận tối thiểu 20 trí thức trẻ để kiện toàn bộ máy chính quyền các xã.
Đến hết năm 2016, phấn đấu có 30 xã có trí thức trẻ được bầu, bổ nhiệm giữ chức danh Phó Chủ tịch UBND xã; khi kết thúc thời gian công tác theo hợp đồng, bố trí ít nhất 80% số trí thức trẻ hoàn thành tốt nhiệm vụ vào làm công chức cấp xã hoặc viên chức tại địa phương.
III. TIÊU CHUẨN, CHẾ ĐỘ VÀ GIẢI PHÁP
1. Tiêu chuẩn: công dân Việt Nam, tuổi đời không quá 30; tốt nghiệp đại học hệ chính quy; tự nguyện cam kết công tác tại xã ít nhất 05 năm.
2. Chế độ: được hưởng trợ cấp ban đầu 10 triệu đồng/người và phụ cấp theo Nghị quyết số 322/2013/NQ-HĐND.
3. Việc xét tuyển do Hội đồng tuyển chọn của tỉnh gồm 09 thành viên thực hiện; Hội đồng hoàn thành xét tuyển đợt I trước ngày 30/6/2014.
4. Hằng năm, 100% trí thức trẻ được bồi dưỡng kiến thức quản lý nhà nước và kỹ năng công tác dân vận trước khi giao nhiệm vụ.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, hướng dẫn tiêu chuẩn, hồ sơ, quy trình tuyển chọn; thông báo công khai trên Báo Điện Biên Phủ và Cổng thông tin điện tử tỉnh.
- Tổng hợp, báo cáo UBND tỉnh, Bộ Nội vụ kết quả thu hút, sử dụng trí thức trẻ trước ngày 15 tháng 12 hằng năm.
2. UBND các huyện, thị xã, thành phố
- Rà soát nhu cầu, đăng ký số lượng trí thức trẻ cần tiếp nhận, gửi Sở Nội vụ trước ngày 15/4/2014.
- Định kỳ hằng quý, báo cáo tình hình quản lý, sử dụng trí thức trẻ về Sở Nội vụ trước ngày 20 của tháng cuối quý.
3. Sở Tài chính bố trí kinh phí thực hiện chính sách thu hút theo dự toán được duyệt.
4. Đề nghị Tỉnh Đoàn Điện Biên phối hợp vận động đoàn viên, thanh niên có trình độ đại học tham gia.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Mùa A Sơn
"""

# ---------------------------------------------------------------------------------------
# 3. UBND tỉnh Bến Tre, 2016: cultural life movement 2016-2020; yearly goals, a range.
# ---------------------------------------------------------------------------------------
BEN_TRE_2016 = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 3906/KH-UBND
Bến Tre, ngày 5 tháng 8 năm 2016
KẾ HOẠCH
Thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" trên địa bàn tỉnh Bến Tre giai đoạn 2016-2020
Căn cứ Quyết định số 1610/QĐ-TTg ngày 16/9/2011 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa";
Căn cứ Thông tư số 17/2011/TT-BVHTTDL ngày 02/12/2011 của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết về tiêu chuẩn, trình tự, thủ tục xét và công nhận danh hiệu "Gia đình văn hóa", "Ấp văn hóa", "Khu phố văn hóa";
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ X, nhiệm kỳ 2015-2020;
UBND tỉnh Bến Tre ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Phát huy kết quả giai đoạn 2011-2015: năm 2015 toàn tỉnh có 84,3% hộ gia đình văn hóa, 76,8% ấp, khu phố văn hóa và 32 xã đạt chuẩn văn hóa nông thôn mới.
- Gắn phong trào với xây dựng nông thôn mới, đô thị văn minh và phát triển du lịch cộng đồng.
2. Yêu cầu
- Việc bình xét các danh hiệu văn hóa phải công khai, dân chủ, đúng thực chất; chống bệnh thành tích.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đời sống văn hóa lành mạnh, phong phú ở khu dân cư; giữ gìn bản sắc văn hóa miệt vườn xứ dừa; nâng cao chất lượng các danh hiệu văn hóa.
2. Mục tiêu cụ thể
- Hằng năm có từ 85% đến 90% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; hàng năm có trên 80% ấp, khu phố đạt danh hiệu "Ấp văn hóa", "Khu phố văn hóa".
- Hàng năm, trên 90% cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa.
- Đến năm 2020, có 60% số xã đạt chuẩn văn hóa nông thôn mới; 70% phường, thị trấn đạt chuẩn văn minh đô thị.
- 100% ấp, khu phố có nhà văn hóa hoặc nơi sinh hoạt văn hóa cộng đồng.
- Mỗi xã, phường, thị trấn có ít nhất 01 câu lạc bộ văn hóa, văn nghệ hoạt động thường xuyên.
- Huyện Thạnh Phú phấn đấu đến năm 2018 tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa" trên 88%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền trên Báo Đồng Khởi, Đài Phát thanh và Truyền hình Bến Tre; tổ chức Ngày hội Đại đoàn kết toàn dân tộc vào ngày 18/11 hằng năm ở khu dân cư.
2. Khen thưởng ấp, khu phố văn hóa tiêu biểu 3 năm liền, mức thưởng 1.500.000 đồng/ấp.
3. Lồng ghép phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch - Cơ quan thường trực Ban Chỉ đạo phong trào tỉnh
- Hướng dẫn, kiểm tra việc bình xét, công nhận danh hiệu văn hóa.
- Tổng hợp, báo cáo UBND tỉnh, Ban Chỉ đạo Trung ương phong trào trước ngày 25/11 hằng năm.
- Tham mưu tổ chức sơ kết vào quý IV năm 2018 và tổng kết 5 năm vào quý IV năm 2020.
2. UBND các huyện, thành phố
- Chỉ đạo UBND cấp xã triển khai phong trào ở từng ấp, khu phố.
- Báo cáo kết quả thực hiện 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 05/11 về Sở Văn hóa, Thể thao và Du lịch.
3. Các sở, ban, ngành tỉnh báo cáo kết quả xây dựng cơ quan, đơn vị đạt chuẩn văn hóa về Sở Văn hóa, Thể thao và Du lịch trước ngày 30/10 hằng năm.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì cuộc vận động ở khu dân cư và báo cáo kết quả khi có yêu cầu.
Nơi nhận:
- Bộ VHTTDL (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Thành viên BCĐ phong trào tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hữu Lập
"""

# ---------------------------------------------------------------------------------------
# 4. UBND huyện Mường Nhé (Điện Biên), 2017: the district's own poverty plan 2017-2020.
# ---------------------------------------------------------------------------------------
MUONG_NHE_2017 = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG NHÉ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 38/KH-UBND
Mường Nhé, ngày 22 tháng 02 năm 2017
KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn huyện Mường Nhé, tỉnh Điện Biên giai đoạn 2017-2020
Căn cứ Quyết định số 1722/QĐ-TTg ngày 02/9/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016-2020;
Căn cứ Quyết định số 59/2015/QĐ-TTg ngày 19/11/2015 của Thủ tướng Chính phủ ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020;
Căn cứ Kế hoạch số 3915/KH-UBND ngày 30/12/2016 của UBND tỉnh Điện Biên thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững;
Căn cứ Nghị quyết số 52/NQ-HĐND ngày 20/12/2016 của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2017;
UBND huyện Mường Nhé xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Đầu năm 2017 toàn huyện có 6.118 hộ nghèo, chiếm 61,54% tổng số hộ; giảm nghèo là nhiệm vụ trọng tâm của cả hệ thống chính trị.
- Huy động nguồn lực, ưu tiên các xã biên giới, xã có đông đồng bào Mông, Hà Nhì, Cống, Si La.
II. MỤC TIÊU
1. Mục tiêu chung
Cải thiện sinh kế, nâng cao thu nhập cho người nghèo; hạn chế tái nghèo; giữ vững an ninh chính trị vùng biên giới.
2. Mục tiêu cụ thể
- Tỷ lệ hộ nghèo toàn huyện giảm bình quân mỗi năm từ 7% đến 8%; đến năm 2020 tỷ lệ hộ nghèo toàn huyện còn dưới 30%.
- Hằng năm, mỗi xã giảm ít nhất 4% số hộ nghèo; riêng xã Chung Chải phấn đấu đến năm 2020 tỷ lệ hộ nghèo còn không quá 40%.
- Mỗi xã xây dựng ít nhất 01 mô hình sinh kế (trồng sa nhân, thảo quả dưới tán rừng, chăn nuôi bò sinh sản) cho hộ nghèo.
- 100% hộ nghèo có nhu cầu được vay vốn tín dụng ưu đãi.
- Đào tạo nghề cho 1.200 lao động nông thôn, trong đó ít nhất 70% là người dân tộc thiểu số.
III. NHIỆM VỤ, GIẢI PHÁP
1. Hỗ trợ vay vốn qua Phòng giao dịch Ngân hàng Chính sách xã hội huyện, mức vay tối đa 50 triệu đồng/hộ.
2. Dạy nghề cho lao động trong độ tuổi từ 15 đến 60 tuổi, ưu tiên nghề nông nghiệp, lâm nghiệp.
3. Các xã tổ chức rà soát hộ nghèo, hộ cận nghèo cuối năm, hoàn thành trước ngày 30/11/2017.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Lao động - Thương binh và Xã hội
- Là cơ quan thường trực Ban Chỉ đạo giảm nghèo huyện; hướng dẫn các xã tổ chức thực hiện.
- Tổng hợp, báo cáo UBND huyện, Sở Lao động - Thương binh và Xã hội tỉnh kết quả rà soát hộ nghèo trước ngày 10/12 hằng năm.
2. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn xây dựng các mô hình sinh kế.
3. UBND các xã
- Báo cáo nhanh tiến độ thực hiện về Phòng Lao động - Thương binh và Xã hội trước ngày 25 hằng tháng.
- Định kỳ hằng quý, báo cáo kết quả giảm nghèo (kèm biểu số liệu hộ nghèo, hộ cận nghèo) về UBND huyện (qua Phòng Lao động - Thương binh và Xã hội) trước ngày 15 của tháng cuối quý.
4. Ban Chỉ đạo giảm nghèo huyện họp giao ban định kỳ hằng quý để đánh giá tiến độ.
Nơi nhận:
- UBND tỉnh Điện Biên (b/c);
- Sở LĐ-TB&XH tỉnh;
- TT. Huyện ủy, TT. HĐND huyện;
- UBND các xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Chiến
"""

# ---------------------------------------------------------------------------------------
# 5. UBND tỉnh Thái Bình, 2021: advanced and model new-rural communes, a table of targets.
# ---------------------------------------------------------------------------------------
THAI_BINH_2021 = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 87/KH-UBND
Thái Bình, ngày 28 tháng 6 năm 2021
KẾ HOẠCH
Xây dựng xã nông thôn mới nâng cao, xã nông thôn mới kiểu mẫu trên địa bàn tỉnh Thái Bình giai đoạn 2021-2025
Căn cứ Quyết định số 691/QĐ-TTg ngày 05/6/2018 của Thủ tướng Chính phủ ban hành tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2018-2020;
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025;
Căn cứ Nghị quyết số 12/NQ-HĐND ngày 15/4/2021 của HĐND tỉnh về xây dựng nông thôn mới nâng cao, kiểu mẫu giai đoạn 2021-2025;
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Đến hết năm 2020, 100% số xã trên địa bàn tỉnh đạt chuẩn nông thôn mới; 07/08 huyện, thành phố được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới.
- Tiếp tục nâng cao chất lượng các tiêu chí, xây dựng nông thôn mới đi vào chiều sâu, bền vững.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng nông thôn mới nâng cao, kiểu mẫu gắn với tái cơ cấu ngành nông nghiệp, phát triển kinh tế nông thôn và nâng cao đời sống người dân.
2. Mục tiêu cụ thể
Các chỉ tiêu chủ yếu như sau:
STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2020 | Năm 2021 | Năm 2023 | Đến năm 2025
1 | Số xã đạt chuẩn nông thôn mới nâng cao | xã | 26 | 50 | 95 | 130
2 | Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao | % | 10,7 | 20,7 | 39,3 | 53,7
3 | Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã | 2 | 6 | 15 | 26
4 | Tỷ lệ hộ nghèo | % | 1,92 | 1,6 | 1,2 | dưới 1
Ngoài các chỉ tiêu trên, mỗi huyện có ít nhất 02 xã đạt chuẩn nông thôn mới kiểu mẫu; riêng huyện Hưng Hà phấn đấu có 05 xã đạt chuẩn nông thôn mới kiểu mẫu.
Trong năm 2022, xã Vũ Hội, huyện Vũ Thư đạt 19/19 tiêu chí xã nông thôn mới nâng cao.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát, đánh giá thực trạng các tiêu chí nâng cao, kiểu mẫu tại từng xã; lựa chọn xã điểm để tập trung chỉ đạo.
2. Hỗ trợ mỗi xã đạt chuẩn nông thôn mới kiểu mẫu 1 tỷ đồng từ ngân sách tỉnh theo Nghị quyết số 12/NQ-HĐND.
3. Phát huy vai trò chủ thể của người dân; đẩy mạnh phong trào "Thái Bình chung sức xây dựng nông thôn mới".
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Phát triển nông thôn là cơ quan thường trực, hướng dẫn, đôn đốc các địa phương thực hiện.
2. Văn phòng Điều phối nông thôn mới tỉnh
- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 30/11 hằng năm.
- Tham mưu tổ chức Hội nghị sơ kết giữa kỳ vào quý IV năm 2023.
3. UBND các huyện, thành phố
- Xây dựng kế hoạch của địa phương, gửi Văn phòng Điều phối nông thôn mới tỉnh trước ngày 31/7/2021.
- Báo cáo kết quả thực hiện định kỳ 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11 về Văn phòng Điều phối nông thôn mới tỉnh.
Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Các sở, ban, ngành;
- UBND các huyện, thành phố;
- Lưu: VT, NNTNMT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lại Văn Hoàn
"""

# ---------------------------------------------------------------------------------------
# 6. Sở Nội vụ Quảng Ninh, 2023: skills training for commune cadres; traps that aren't goals.
# ---------------------------------------------------------------------------------------
QUANG_NINH_2023 = """UBND TỈNH QUẢNG NINH
SỞ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 412/KH-SNV
Quảng Ninh, ngày 20 tháng 02 năm 2023
KẾ HOẠCH
Bồi dưỡng kỹ năng cho cán bộ, công chức cấp xã tỉnh Quảng Ninh năm 2023
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức; Nghị định số 89/2021/NĐ-CP ngày 18/10/2021 sửa đổi, bổ sung một số điều của Nghị định số 101/2017/NĐ-CP;
Căn cứ Nghị định số 92/2009/NĐ-CP ngày 22/10/2009 của Chính phủ về chức danh, số lượng, một số chế độ, chính sách đối với cán bộ, công chức ở xã, phường, thị trấn và những người hoạt động không chuyên trách ở cấp xã;
Căn cứ Kế hoạch số 35/KH-UBND ngày 10/02/2023 của UBND tỉnh về đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2023;
Sở Nội vụ xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Toàn tỉnh hiện có 171 xã, phường, thị trấn với khoảng 3.820 cán bộ, công chức cấp xã; nhiều người chưa được bồi dưỡng kỹ năng theo vị trí việc làm.
- Bồi dưỡng thiết thực, đúng đối tượng, gắn với chuyển đổi số và xây dựng chính quyền điện tử.
II. CHỈ TIÊU
- Bồi dưỡng kiến thức quản lý nhà nước, kỹ năng lãnh đạo, điều hành cho 1.800 lượt cán bộ, công chức cấp xã.
- Bồi dưỡng kỹ năng ứng dụng công nghệ thông tin, chuyển đổi số cho 2.500 lượt công chức cấp xã và người hoạt động không chuyên trách.
- Trong quý II/2023, hoàn thành bồi dưỡng kỹ năng điều hành cho 100% Chủ tịch UBND cấp xã mới được kiện toàn.
- Riêng huyện Bình Liêu bồi dưỡng tiếng Trung giao tiếp cho ít nhất 40 công chức cấp xã các xã biên giới.
- Tổ chức 36 lớp bồi dưỡng tập trung, trong đó mỗi huyện, thị xã, thành phố tổ chức ít nhất 02 lớp tại địa phương.
- Trên 95% học viên được đánh giá hoàn thành khóa học.
III. NỘI DUNG, HÌNH THỨC, KINH PHÍ
1. Hình thức: tập trung tại Trường Chính trị Nguyễn Văn Cừ và trung tâm chính trị các huyện; mỗi lớp khoảng 60 học viên, thời gian 05 ngày/lớp.
2. Đối tượng: cán bộ, công chức cấp xã; ưu tiên người dưới 45 tuổi chưa được bồi dưỡng kỹ năng trong 03 năm gần đây.
3. Kinh phí: tổng kinh phí dự kiến 2.850 triệu đồng từ nguồn ngân sách tỉnh năm 2023 theo Nghị quyết số 120/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Công chức, viên chức
- Chủ trì, phối hợp với Trường Chính trị Nguyễn Văn Cừ xây dựng chương trình, mở lớp; tổ chức hội nghị triển khai Kế hoạch vào ngày 28/02/2023.
- Tổng hợp kết quả, tham mưu báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 15/12/2023.
2. Trường Chính trị Nguyễn Văn Cừ
- Bố trí giảng viên, cơ sở vật chất; báo cáo kết quả tổ chức các lớp về Sở Nội vụ trước ngày 30 tháng 11 năm 2023.
3. UBND các huyện, thị xã, thành phố
- Cử cán bộ, công chức tham gia; gửi danh sách học viên về Sở Nội vụ (qua Phòng Công chức, viên chức) trước ngày 10/3/2023.
- Định kỳ hằng quý, báo cáo kết quả cử cán bộ, công chức đi bồi dưỡng về Sở Nội vụ trước ngày 18 của tháng cuối quý.
- Báo cáo đột xuất khi có yêu cầu.
Nơi nhận:
- UBND tỉnh (b/c);
- Bộ Nội vụ;
- Trường Chính trị Nguyễn Văn Cừ;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, CCVC.
GIÁM ĐỐC
Phạm Thị Thu Hà
"""


# fmt: off
CASES: tuple[Case, ...] = (
    Case(
        name="blind_ha_tinh_2019_standardisation",
        text=HA_TINH_2019,
        document=ExpectedDocument("125/KH-UBND", "2019-04-09", "Hà Tĩnh", "Hà Tĩnh"),
        goals=(
            goal("100% cán bộ cấp xã có trình độ chuyên môn từ trung cấp trở lên", 100, ">=", "%", "2020-12-31", P, "Hà Tĩnh", None),
            goal("không dưới 85% công chức cấp xã", 85, ">=", "%", "2020-12-31", P, "Hà Tĩnh", None),
            goal("cho 650 cán bộ, công chức cấp xã", 650, ">=", "cán bộ", "2020-12-31", P, "Hà Tĩnh", TRAIN + "lý luận chính trị"),
            goal("cho ít nhất 1.100 công chức cấp xã", 1100, ">=", "công chức", "2020-12-31", P, "Hà Tĩnh", TRAIN + "quản lý nhà nước"),
            goal("riêng huyện Hương Khê đào tạo đại học chuyên môn nghiệp vụ cho 60 công chức", 60, ">=", "công chức", "2019-12-31", D, "Hương Khê", TRAIN + "chuyên môn nghiệp vụ"),
            goal("Trên 90% cán bộ, công chức cấp xã", 90, ">", "%", "2020-12-31", P, "Hà Tĩnh", None),
        ),
        duties=(
            duty("kết quả chuẩn hóa đội ngũ cán bộ, công chức cấp xã chậm nhất ngày 30/11 hằng năm", "yearly", "11-30", "officers", "UBND tỉnh", "Sở Nội vụ"),
            duty("báo cáo kết quả mở lớp về Sở Nội vụ chậm nhất ngày 15/12/2019", "once", "2019-12-15", "training", "Sở Nội vụ", "Trường Chính trị Trần Phú"),
            duty("gửi Sở Nội vụ chậm nhất ngày 31/5/2019", "once", "2019-05-31", "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("6 tháng chậm nhất ngày 15/6", "half-yearly", 15, "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("báo cáo năm chậm nhất ngày 15/11", "yearly", "11-15", "officers", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="blind_dien_bien_2014_young_graduates",
        text=DIEN_BIEN_2014,
        document=ExpectedDocument("742/KH-UBND", "2014-03-24", "Điện Biên", "Điện Biên"),
        goals=(
            goal("thu hút 150 trí thức trẻ", 150, ">=", "trí thức trẻ", "2016-12-31", P, "Điện Biên", "officer_count"),
            goal("năm 2014 thu hút ít nhất 40 trí thức trẻ", 40, ">=", "trí thức trẻ", "2014-12-31", P, "Điện Biên", "officer_count"),
            goal("tiếp nhận ít nhất 05 trí thức trẻ", 5, ">=", "trí thức trẻ", "2016-12-31", EACH_D, None, "officer_count"),
            goal("tiếp nhận tối thiểu 20 trí thức trẻ", 20, ">=", "trí thức trẻ", "2016-12-31", D, "Nậm Pồ", "officer_count"),
            goal("có 30 xã có trí thức trẻ", 30, ">=", "xã", "2016-12-31", P, "Điện Biên", "officer_communes"),
            goal("bố trí ít nhất 80% số trí thức trẻ", 80, ">=", "%", "2016-12-31", P, "Điện Biên", "officer_placed_share"),
            goal("Hằng năm, 100% trí thức trẻ được bồi dưỡng", 100, ">=", "%", None, P, "Điện Biên", None, recurring=True),
        ),
        duties=(
            duty("kết quả thu hút, sử dụng trí thức trẻ trước ngày 15 tháng 12 hằng năm", "yearly", "12-15", "officers", "UBND tỉnh", "Sở Nội vụ"),
            duty("gửi Sở Nội vụ trước ngày 15/4/2014", "once", "2014-04-15", "officers", "Sở Nội vụ", "UBND các huyện"),
            duty("trước ngày 20 của tháng cuối quý", "quarterly", 20, "officers", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
    Case(
        name="blind_ben_tre_2016_culture",
        text=BEN_TRE_2016,
        document=ExpectedDocument("3906/KH-UBND", "2016-08-05", "Bến Tre", "Bến Tre"),
        goals=(
            goal("từ 85% đến 90% hộ gia đình", 85, "range", "%", None, P, "Bến Tre", FAM, value_max=90, recurring=True),
            goal("trên 80% ấp, khu phố", 80, ">", "%", None, P, "Bến Tre", VIL, recurring=True),
            goal("trên 90% cơ quan, đơn vị, doanh nghiệp", 90, ">", "%", None, P, "Bến Tre", None, recurring=True),
            goal("có 60% số xã đạt chuẩn văn hóa nông thôn mới", 60, ">=", "%", "2020-12-31", P, "Bến Tre", XAVH),
            goal("70% phường, thị trấn đạt chuẩn văn minh đô thị", 70, ">=", "%", "2020-12-31", P, "Bến Tre", None),
            goal("100% ấp, khu phố có nhà văn hóa", 100, ">=", "%", "2020-12-31", P, "Bến Tre", None),
            goal("có ít nhất 01 câu lạc bộ", 1, ">=", "câu lạc bộ", "2020-12-31", EACH_C, None, None),
            goal("Huyện Thạnh Phú phấn đấu đến năm 2018", 88, ">", "%", "2018-12-31", D, "Thạnh Phú", FAM),
        ),
        duties=(
            duty("Ban Chỉ đạo Trung ương phong trào trước ngày 25/11 hằng năm", "yearly", "11-25", "communes", "UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch"),
            duty("6 tháng trước ngày 05/6", "half-yearly", 5, "communes", "Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện"),
            duty("báo cáo năm trước ngày 05/11", "yearly", "11-05", "communes", "Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện"),
            duty("đạt chuẩn văn hóa về Sở Văn hóa, Thể thao và Du lịch trước ngày 30/10 hằng năm", "yearly", "10-30", "communes", "Sở Văn hóa, Thể thao và Du lịch", "sở, ban, ngành"),
        ),
    ),
    Case(
        name="blind_muong_nhe_2017_district_poverty",
        text=MUONG_NHE_2017,
        document=ExpectedDocument("38/KH-UBND", "2017-02-22", "Mường Nhé", "Điện Biên"),
        goals=(
            goal("giảm bình quân mỗi năm từ 7% đến 8%", 7, "range", "%", None, D, "Mường Nhé", None, value_max=8, recurring=True),
            goal("tỷ lệ hộ nghèo toàn huyện còn dưới 30%", 30, "<", "%", "2020-12-31", D, "Mường Nhé", POOR),
            goal("mỗi xã giảm ít nhất 4% số hộ nghèo", 4, ">=", "%", None, EACH_C, None, None, recurring=True),
            goal("tỷ lệ hộ nghèo còn không quá 40%", 40, "<=", "%", "2020-12-31", C, "Chung Chải", POOR),
            goal("Mỗi xã xây dựng ít nhất 01 mô hình sinh kế", 1, ">=", "mô hình", "2020-12-31", EACH_C, None, None),
            goal("100% hộ nghèo có nhu cầu", 100, ">=", "%", "2020-12-31", D, "Mường Nhé", None),
            goal("Đào tạo nghề cho 1.200 lao động nông thôn", 1200, ">=", "lao động", "2020-12-31", D, "Mường Nhé", None),
            goal("ít nhất 70% là người dân tộc thiểu số", 70, ">=", "%", "2020-12-31", D, "Mường Nhé", None),
        ),
        duties=(
            duty("kết quả rà soát hộ nghèo trước ngày 10/12 hằng năm", "yearly", "12-10", "communes", "UBND huyện", "Phòng Lao động - Thương binh và Xã hội"),
            duty("trước ngày 25 hằng tháng", "monthly", 25, "communes", "Phòng Lao động - Thương binh và Xã hội", "UBND các xã"),
            duty("trước ngày 15 của tháng cuối quý", "quarterly", 15, "communes", "Phòng Lao động - Thương binh và Xã hội", "UBND các xã"),
        ),
    ),
    Case(
        name="blind_thai_binh_2021_ntm_table",
        text=THAI_BINH_2021,
        document=ExpectedDocument("87/KH-UBND", "2021-06-28", "Thái Bình", "Thái Bình"),
        goals=(
            goal("Số xã đạt chuẩn nông thôn mới nâng cao | xã", 50, ">=", "xã", "2021-12-31", P, "Thái Bình", NTM_NC),
            goal("Số xã đạt chuẩn nông thôn mới nâng cao | xã", 95, ">=", "xã", "2023-12-31", P, "Thái Bình", NTM_NC),
            goal("Số xã đạt chuẩn nông thôn mới nâng cao | xã", 130, ">=", "xã", "2025-12-31", P, "Thái Bình", NTM_NC),
            goal("Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao | %", 20.7, ">=", "%", "2021-12-31", P, "Thái Bình", None),
            goal("Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao | %", 39.3, ">=", "%", "2023-12-31", P, "Thái Bình", None),
            goal("Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao | %", 53.7, ">=", "%", "2025-12-31", P, "Thái Bình", None),
            goal("Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã", 6, ">=", "xã", "2021-12-31", P, "Thái Bình", NTM_KM),
            goal("Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã", 15, ">=", "xã", "2023-12-31", P, "Thái Bình", NTM_KM),
            goal("Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã", 26, ">=", "xã", "2025-12-31", P, "Thái Bình", NTM_KM),
            goal("Tỷ lệ hộ nghèo | %", 1.6, "<=", "%", "2021-12-31", P, "Thái Bình", POOR),
            goal("Tỷ lệ hộ nghèo | %", 1.2, "<=", "%", "2023-12-31", P, "Thái Bình", POOR),
            goal("Tỷ lệ hộ nghèo | %", 1, "<", "%", "2025-12-31", P, "Thái Bình", POOR),
            goal("mỗi huyện có ít nhất 02 xã", 2, ">=", "xã", "2025-12-31", EACH_D, None, NTM_KM),
            goal("riêng huyện Hưng Hà phấn đấu có 05 xã", 5, ">=", "xã", "2025-12-31", D, "Hưng Hà", NTM_KM),
            goal("xã Vũ Hội, huyện Vũ Thư đạt 19/19 tiêu chí", 19, ">=", "tiêu chí", "2022-12-31", C, "Vũ Hội", None),
        ),
        duties=(
            duty("báo cáo UBND tỉnh kết quả thực hiện trước ngày 30/11 hằng năm", "yearly", "11-30", "communes", "UBND tỉnh", "Văn phòng Điều phối nông thôn mới tỉnh"),
            duty("gửi Văn phòng Điều phối nông thôn mới tỉnh trước ngày 31/7/2021", "once", "2021-07-31", "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các huyện"),
            duty("định kỳ 6 tháng trước ngày 15/6", "half-yearly", 15, "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các huyện"),
            duty("báo cáo năm trước ngày 15/11", "yearly", "11-15", "communes", "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các huyện"),
        ),
    ),
    Case(
        name="blind_quang_ninh_2023_skills_training",
        text=QUANG_NINH_2023,
        document=ExpectedDocument("412/KH-SNV", "2023-02-20", "Sở Nội vụ", "Quảng Ninh"),
        goals=(
            goal("cho 1.800 lượt cán bộ", 1800, ">=", "lượt cán bộ", "2023-12-31", P, "Quảng Ninh", TRAIN + "quản lý nhà nước"),
            goal("cho 2.500 lượt công chức", 2500, ">=", "lượt công chức", "2023-12-31", P, "Quảng Ninh", TRAIN + "tin học"),
            goal("cho 100% Chủ tịch UBND cấp xã", 100, ">=", "%", "2023-06-30", P, "Quảng Ninh", None),
            goal("cho ít nhất 40 công chức cấp xã", 40, ">=", "công chức", "2023-12-31", D, "Bình Liêu", TRAIN + "ngoại ngữ"),
            goal("Tổ chức 36 lớp", 36, ">=", "lớp", "2023-12-31", P, "Quảng Ninh", None),
            goal("tổ chức ít nhất 02 lớp", 2, ">=", "lớp", "2023-12-31", EACH_D, None, None),
            goal("Trên 95% học viên", 95, ">", "%", "2023-12-31", P, "Quảng Ninh", None),
        ),
        duties=(
            duty("báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 15/12/2023", "once", "2023-12-15", "training", "UBND tỉnh", "Phòng Công chức, viên chức"),
            duty("trước ngày 30 tháng 11 năm 2023", "once", "2023-11-30", "training", "Sở Nội vụ", "Trường Chính trị Nguyễn Văn Cừ"),
            duty("trước ngày 10/3/2023", "once", "2023-03-10", "training", "Phòng Công chức, viên chức", "UBND các huyện"),
            duty("trước ngày 18 của tháng cuối quý", "quarterly", 18, "training", "Sở Nội vụ", "UBND các huyện"),
        ),
    ),
)
# fmt: on
