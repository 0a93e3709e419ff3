"""A third held-out set of Vietnamese plan texts, written blind to the extractor: the
expectations were set by reading only the conventions and examples of bench/plan_corpus.py
(never etl/plan/ or the scorer), so that recall and precision on these cases measure how the
extractor generalises; every case follows the same conventions as bench/plan_corpus.py
(comparison, unit, deadline and plan-period default, recurring, scope, measure, duties).

When first scored (after the reader had been changed for sets a and b, before any change
for this one): goals recall 82,8%, precision 94,1% (a table whose rows are communes, a
PDF's broken lines); duties recall 70,0%, precision 93,3%.
"""

from __future__ import annotations

from bench.plan_corpus import (
    EACH_C,
    EACH_D,
    FAM,
    NTM,
    OFFICE,
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
# 1. UBND tỉnh Yên Bái, 2019: full-time police officers for the commune police posts.
# ---------------------------------------------------------------------------------------
YEN_BAI_2019 = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 52/KH-UBND
Yên Bái, ngày 11 tháng 3 năm 2019
KẾ HOẠCH
Bố trí Công an chính quy đảm nhiệm các chức danh Công an xã trên địa bàn tỉnh Yên Bái giai đoạn 2019-2020
Căn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018;
Căn cứ Pháp lệnh Công an xã ngày 21 tháng 11 năm 2008; Nghị định số 73/2009/NĐ-CP ngày 07/9/2009 của Chính phủ quy định chi tiết thi hành một số điều của Pháp lệnh Công an xã;
Căn cứ Nghị quyết số 22-NQ/TW ngày 15/3/2018 của Bộ Chính trị về tiếp tục đổi mới, sắp xếp tổ chức bộ máy Bộ Công an tinh gọn, hoạt động hiệu lực, hiệu quả;
Căn cứ Đề án số 106/ĐA-BCA-X11 ngày 27/8/2018 của Bộ Công an về xây dựng Công an xã chính quy;
Thực hiện Chỉ thị số 12-CT/TU ngày 18/01/2019 của Ban Thường vụ Tỉnh ủy Yên Bái, UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Xây dựng lực lượng Công an xã chính quy, chuyên nghiệp, bám sát địa bàn, giữ vững an ninh chính trị, trật tự, an toàn xã hội ở cơ sở.
- Việc bố trí thực hiện chặt chẽ, có lộ trình; ưu tiên các xã trọng điểm, phức tạp về an ninh, trật tự và các xã vùng cao đồng bào Mông.
- Toàn tỉnh hiện có 168 đơn vị hành chính cấp xã, trong đó có 146 xã với 1.752 Công an xã bán chuyên trách.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng Công an xã chính quy, trong sạch, vững mạnh, đủ sức làm nòng cốt bảo vệ an ninh, trật tự ở cơ sở, không để xảy ra khoảng trống về lực lượng khi thay thế Công an xã bán chuyên trách.
2. Mục tiêu cụ thể
- Trong năm 2019, bố trí Công an chính quy tại ít nhất 90 xã, ưu tiên các xã vùng cao, xã trọng điểm về an ninh, trật tự.
- Đến hết năm 2020, 100% xã được bố trí Công an chính quy đảm nhiệm các chức danh Công an xã.
- Điều động, bố trí 520 cán bộ, chiến sĩ Công an chính quy về công tác tại các xã.
- Mỗi xã bố trí tối thiểu 03 đồng chí Công an chính quy; mỗi xã trọng điểm, phức tạp về an ninh, trật tự bố trí từ 05 đến 07 đồng chí.
- Huyện Trạm Tấu hoàn thành bố trí Công an chính quy tại 100% số xã trong quý IV/2019.
- 100% Công an chính quy về xã được bồi dưỡng nghiệp vụ công tác cơ sở và tiếng Mông, tiếng Dao trước khi nhận nhiệm vụ.
III. NHIỆM VỤ, GIẢI PHÁP
1. Lựa chọn cán bộ có trình độ trung cấp Công an nhân dân trở lên, tuổi đời không quá 45, ưu tiên người dân tộc thiểu số, người biết tiếng dân tộc tại địa bàn.
2. Rà soát Công an xã bán chuyên trách; người không đủ tiêu chuẩn hoặc có nguyện vọng nghỉ thì giải quyết chế độ theo quy định của HĐND tỉnh.
3. Bố trí nơi làm việc, ăn nghỉ cho Công an chính quy tại trụ sở UBND xã; mức hỗ trợ ban đầu 05 triệu đồng/người.
IV. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh
- Chủ trì xây dựng phương án bố trí Công an chính quy về các xã năm 2019, trình UBND tỉnh phê duyệt trước ngày 15/4/2019.
- Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh và Bộ Công an trước ngày 05/12 hằng năm.
- Tham mưu tổ chức hội nghị sơ kết 01 năm thực hiện Kế hoạch vào tháng 3/2020.
2. Sở Nội vụ
- Hướng dẫn giải quyết chế độ, chính sách đối với Công an xã bán chuyên trách dôi dư.
3. UBND các huyện, thị xã, thành phố
- Bố trí nơi làm việc cho Công an chính quy; chỉ đạo UBND cấp xã phối hợp quản lý, sử dụng lực lượng.
- Báo cáo kết quả tiếp nhận, bố trí Công an chính quy về UBND tỉnh (qua Công an tỉnh) vào ngày 22 hằng tháng.
- Báo cáo đột xuất khi có yêu cầu.
Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Công an tỉnh để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.
Nơi nhận:
- Bộ Công an (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Công an tỉnh, Sở Nội vụ;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Đức Duy
"""

# ---------------------------------------------------------------------------------------
# 2. UBND tỉnh Quảng Trị, 2026 (no districts): civilised communes and cultural families,
#    goals under "Năm 2026" / "Đến năm 2030" subheadings and a table per commune.
# ---------------------------------------------------------------------------------------
QUANG_TRI_2026 = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 31/KH-UBND
Quảng Trị, ngày 16 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng xã, phường văn minh và gia đình văn hóa trên địa bàn tỉnh Quảng Trị giai đoạn 2026-2030
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07/12/2023 của Chính phủ quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, tổ dân phố văn hóa"; "Xã, phường, thị trấn tiêu biểu";
Căn cứ Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Trị năm 2025;
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025-2030;
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa nhiệm vụ xây dựng đời sống văn hóa ở cơ sở sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị, tổ chức chính quyền địa phương 2 cấp.
- Toàn tỉnh hiện có 78 đơn vị hành chính cấp xã, gồm 69 xã, 08 phường và 01 đặc khu; năm 2025 tỷ lệ gia đình văn hóa bình quân đạt 86,4%.
- Việc bình xét các danh hiệu văn hóa phải thực chất, công khai, tránh chạy theo thành tích.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng môi trường văn hóa lành mạnh ở từng thôn, bản, tổ dân phố; giữ gìn bản sắc văn hóa của đồng bào Vân Kiều, Pa Kô, Chứt.
2. Mục tiêu cụ thể
a) Năm 2026
- Tỷ lệ hộ gia đình được công nhận danh hiệu "Gia đình văn hóa" đạt 88% trở lên.
- 82% thôn, bản, tổ dân phố được công nhận danh hiệu văn hóa.
- Có 30% số xã, phường đạt chuẩn văn minh (xã đạt chuẩn văn hóa nông thôn mới, phường đạt chuẩn đô thị văn minh).
- Xã Hướng Phùng phấn đấu tỷ lệ gia đình văn hóa đạt 80%.
b) Đến năm 2030
- Tỷ lệ gia đình văn hóa đạt từ 92% trở lên; trên 90% thôn, bản, tổ dân phố đạt danh hiệu văn hóa.
- Có ít nhất 60% số xã, phường đạt chuẩn văn minh.
- Mỗi xã, phường xây dựng ít nhất 01 mô hình "Khu dân cư văn minh, an toàn".
- Trong năm 2028, 100% thôn, bản vùng đồng bào dân tộc thiểu số có nhà văn hóa đạt chuẩn.
c) Chỉ tiêu tỷ lệ gia đình văn hóa của các xã, phường trọng điểm
STT | Xã, phường | Đơn vị tính | Thực hiện năm 2025 | Năm 2026 | Đến năm 2030
1 | Phường Đồng Hới | % | 90,2 | 91 | 95
2 | Phường Đông Hà | % | 89,5 | 90 | 94
3 | Xã Khe Sanh | % | 81 | 83 | 90
4 | Xã Đakrông | % | 70,6 | 75 | 85
III. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền trên Báo và Phát thanh, Truyền hình Quảng Trị; biên soạn tài liệu tuyên truyền bằng tiếng Vân Kiều, tiếng Pa Kô.
2. Tổ chức Liên hoan văn hóa các dân tộc miền Tây của tỉnh vào năm 2027 với khoảng 800 nghệ nhân tham gia.
3. Hỗ trợ xây dựng nhà văn hóa thôn, bản với mức tối đa 300 triệu đồng/công trình.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
- Chủ trì, hướng dẫn tiêu chuẩn, trình tự bình xét các danh hiệu văn hóa.
- Tổng hợp, báo cáo UBND tỉnh và Bộ Văn hóa, Thể thao và Du lịch kết quả thực hiện trước ngày 20/12 hằng năm.
- Tham mưu tổ chức sơ kết giữa kỳ vào quý IV năm 2028.
2. UBND các xã, phường, đặc khu
- Xây dựng kế hoạch thực hiện của địa phương, gửi về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/3/2026.
- Báo cáo kết quả bình xét danh hiệu văn hóa về Sở Văn hóa, Thể thao và Du lịch trước ngày 05/12 hằng năm.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa" ở khu dân cư.
Nơi nhận:
- Bộ VHTTDL (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Các sở, ban, ngành;
- UBND các xã, phường, đặc khu;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Xuân Tân
"""

# ---------------------------------------------------------------------------------------
# 3. UBND huyện Bảo Lạc (Cao Bằng), 2020: the district's own plan (its scope by default).
# ---------------------------------------------------------------------------------------
BAO_LAC_2020 = """ỦY BAN NHÂN DÂN
HUYỆN BẢO LẠC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 38/KH-UBND
Bảo Lạc, ngày 24 tháng 02 năm 2020
KẾ HOẠCH
Bồi dưỡng tiếng Mông, tiếng Dao và đào tạo lý luận chính trị cho cán bộ, công chức cấp xã huyện Bảo Lạc, tỉnh Cao Bằng năm 2020
Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức;
Căn cứ Thông tư số 32/2011/TT-BGDĐT ngày 08/8/2011 của Bộ Giáo dục và Đào tạo hướng dẫn bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức, viên chức công tác tại vùng dân tộc thiểu số;
Căn cứ Kế hoạch số 3050/KH-UBND ngày 20/12/2019 của UBND tỉnh Cao Bằng về đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2020;
Căn cứ Nghị quyết số 08/NQ-HĐND ngày 19/12/2019 của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2020;
UBND huyện Bảo Lạc xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Giúp cán bộ, công chức cấp xã giao tiếp được bằng tiếng Mông, tiếng Dao với nhân dân, nâng cao hiệu quả công tác dân vận ở cơ sở.
- Chuẩn hóa trình độ lý luận chính trị của đội ngũ cán bộ, công chức cấp xã theo tiêu chuẩn chức danh.
- Huyện hiện có 17 xã, thị trấn; đồng bào Mông, Dao chiếm trên 60% dân số toàn huyện.
II. MỤC TIÊU
1. Mục tiêu chung
Nâng cao năng lực giao tiếp, vận động quần chúng và bản lĩnh chính trị của đội ngũ cán bộ, công chức cấp xã vùng đồng bào dân tộc thiểu số.
2. Mục tiêu cụ thể
- Mở 02 lớp bồi dưỡng tiếng Mông và 01 lớp bồi dưỡng tiếng Dao cho cán bộ, công chức cấp xã.
- Mỗi xã cử ít nhất 02 cán bộ, công chức tham gia lớp bồi dưỡng tiếng Mông hoặc tiếng Dao; riêng xã Cốc Pàng cử 04 cán bộ, công chức.
- Đào tạo trung cấp lý luận chính trị - hành chính cho 40 cán bộ, công chức cấp xã chưa đạt chuẩn.
- Bồi dưỡng sơ cấp lý luận chính trị cho ít nhất 85 người hoạt động không chuyên trách ở xã, thôn, tổ dân phố.
- Đến hết năm 2020, 100% cán bộ chủ chốt cấp xã có trình độ trung cấp lý luận chính trị trở lên.
- Xã Sơn Lộ phấn đấu 100% công chức chuyên môn giao tiếp được bằng tiếng Dao.
III. NỘI DUNG, HÌNH THỨC
1. Lớp tiếng Mông mở tại xã Cốc Pàng và xã Hưng Đạo; lớp tiếng Dao mở tại xã Sơn Lộ; mỗi lớp khoảng 35 học viên, thời gian học 03 tháng.
2. Lớp trung cấp lý luận chính trị - hành chính do Trường Chính trị Hoàng Đình Giong tỉnh Cao Bằng phối hợp mở tại Trung tâm Bồi dưỡng chính trị huyện.
3. Học viên là cán bộ, công chức dưới 50 tuổi, chưa qua bồi dưỡng tiếng dân tộc; hỗ trợ tiền ăn 30.000 đồng/người/ngày.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ huyện
- Là cơ quan thường trực, phối hợp với Trung tâm Bồi dưỡng chính trị huyện tổ chức các lớp học.
- Tổng hợp, báo cáo UBND huyện và Sở Nội vụ tỉnh Cao Bằng kết quả thực hiện Kế hoạch trước ngày 05/12/2020.
2. Trung tâm Bồi dưỡng chính trị huyện
- Quản lý học viên; báo cáo kết quả từng lớp về Phòng Nội vụ huyện sau khi kết thúc khóa học.
3. UBND các xã, thị trấn
- Lập danh sách cán bộ, công chức cử đi học, gửi về Phòng Nội vụ huyện trước ngày 16/3/2020.
- Định kỳ hằng quý, báo cáo tình hình cán bộ, công chức tham gia học tập về Phòng Nội vụ huyện trước ngày 25 của tháng cuối quý.
Nơi nhận:
- Sở Nội vụ tỉnh Cao Bằng (b/c);
- TT. Huyện ủy, TT. HĐND huyện;
- Trung tâm Bồi dưỡng chính trị huyện;
- UBND các xã, thị trấn;
- Lưu: VT, NV.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nông Văn Hùng
"""

# ---------------------------------------------------------------------------------------
# 4. UBND tỉnh Sóc Trăng, 2023: sustainable poverty reduction among Khmer people.
# ---------------------------------------------------------------------------------------
SOC_TRANG_2023 = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 117/KH-UBND
Sóc Trăng, ngày 05 tháng 6 năm 2023
KẾ HOẠCH
Giảm nghèo bền vững trong đồng bào dân tộc Khmer trên địa bàn tỉnh Sóc Trăng giai đoạn 2023-2025
Căn cứ Nghị định số 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ quy định chuẩn nghèo đa chiều giai đoạn 2022-2025;
Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025;
Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030;
UBND tỉnh Sóc Trăng ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Tập trung nguồn lực hỗ trợ hộ nghèo, hộ cận nghèo đồng bào Khmer phát triển sinh kế, thoát nghèo bền vững.
- Cuối năm 2022, toàn tỉnh có 20.517 hộ nghèo, chiếm 6,54%; trong đó hộ nghèo dân tộc Khmer chiếm 9,12% số hộ Khmer.
- Phát huy vai trò của Ban quản trị chùa, sư sãi, người có uy tín trong vận động đồng bào Khmer.
II. MỤC TIÊU
1. Mục tiêu chung
Cải thiện thu nhập, điều kiện sống của đồng bào Khmer; hạn chế tái nghèo, thu hẹp khoảng cách với mức bình quân chung của tỉnh.
2. Mục tiêu cụ thể
- Tỷ lệ hộ nghèo toàn tỉnh giảm bình quân 1-1,5%/năm; đến cuối năm 2025 giảm còn 3,5%.
- Tỷ lệ hộ nghèo dân tộc Khmer đến năm 2025 còn dưới 6%.
- Huyện Trần Đề giảm tỷ lệ hộ nghèo xuống dưới 5%.
- Mỗi huyện, thị xã, thành phố giảm ít nhất 1% hộ nghèo dân tộc Khmer mỗi năm.
- Phấn đấu có 4.500 hộ đồng bào Khmer thoát nghèo trong giai đoạn 2023-2025.
- Hỗ trợ xây mới, sửa chữa nhà ở cho 850 hộ có khó khăn về nhà ở trong năm 2024.
- 100% hộ nghèo, hộ cận nghèo đồng bào Khmer có nhu cầu được vay vốn tín dụng chính sách.
III. NHIỆM VỤ, GIẢI PHÁP
1. Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế theo Chương trình mục tiêu quốc gia; mức hỗ trợ tối đa 20 triệu đồng/hộ.
2. Đào tạo nghề cho lao động Khmer gắn với giải quyết việc làm; mỗi lớp dạy nghề khoảng 30 học viên.
3. Tuyên truyền bằng tiếng Khmer trên Đài Phát thanh và Truyền hình tỉnh; phối hợp với các chùa Khmer vận động đồng bào.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội
- Là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc thực hiện Kế hoạch.
- Tổng hợp, báo cáo UBND tỉnh và Bộ Lao động - Thương binh và Xã hội trước ngày 10/12 hằng năm.
2. Ban Dân tộc tỉnh phối hợp theo dõi việc thực hiện chính sách đối với đồng bào Khmer.
3. UBND các huyện, thị xã, thành phố
- Xây dựng kế hoạch giảm nghèo của địa phương; chỉ đạo UBND cấp xã rà soát hộ nghèo, hộ cận nghèo theo quy định.
- Định kỳ 6 tháng (trước ngày 20/6) và hằng năm (trước ngày 20/11) báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Lao động - Thương binh và Xã hội).
4. Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh tổ chức hội nghị tổng kết vào quý IV năm 2025.
Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- Ủy ban Dân tộc (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Thị Diễm Ngọc
"""

# ---------------------------------------------------------------------------------------
# 5. UBND tỉnh Thanh Hóa, 9/2025 (no districts): commune officials meeting the standards.
# ---------------------------------------------------------------------------------------
THANH_HOA_2025 = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 312/KH-UBND
Thanh Hóa, ngày 26 tháng 9 năm 2025
KẾ HOẠCH
Nâng cao chất lượng, chuẩn hóa đội ngũ cán bộ, công chức các xã, phường sau sắp xếp đơn vị hành chính giai đoạn 2025-2030
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;
Căn cứ Nghị quyết số 1686/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Thanh Hóa năm 2025;
Căn cứ Nghị định số 170/2025/NĐ-CP ngày 30/6/2025 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý công chức;
Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ 2025-2030;
UBND tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Từ ngày 01/7/2025, toàn tỉnh có 166 xã, phường; đội ngũ cán bộ, công chức cấp xã được hình thành từ cán bộ cấp huyện, cấp xã trước sắp xếp, trình độ chưa đồng đều.
- Chuẩn hóa đội ngũ theo tiêu chuẩn chức danh, vị trí việc làm; gắn với đánh giá, sàng lọc, thay thế người không đáp ứng yêu cầu.
II. MỤC TIÊU
1. Mục tiêu chung
Xây dựng đội ngũ cán bộ, công chức các xã, phường chuyên nghiệp, đạt chuẩn, đáp ứng yêu cầu vận hành chính quyền địa phương 2 cấp.
2. Mục tiêu cụ thể
- Đến năm 2027, tối thiểu 85% công chức cấp xã có trình độ đại học trở lên phù hợp với vị trí việc làm; đến năm 2030 đạt 100%.
- Từ 70% trở lên cán bộ, công chức cấp xã có trình độ trung cấp lý luận chính trị trở lên.
- Tỷ lệ cán bộ, công chức là người dân tộc thiểu số tại các xã miền núi đạt từ 20 đến 25%.
- Giai đoạn 2025-2027, bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên cho 1.800 công chức cấp xã chưa đạt chuẩn.
- Trong năm 2026, bồi dưỡng kỹ năng số, ứng dụng công nghệ thông tin cho 4.500 lượt cán bộ, công chức cấp xã.
- Mỗi xã, phường có tối thiểu 02 công chức được bồi dưỡng chuyên sâu về chuyển đổi số.
- Xã Mường Lát bố trí tối thiểu 05 công chức là người dân tộc Mông, Thái tại chỗ.
- Hằng năm, tỷ lệ cán bộ, công chức cấp xã xếp loại không hoàn thành nhiệm vụ không quá 3%.
III. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát trình độ cán bộ, công chức theo tiêu chuẩn quy định tại Nghị định số 170/2025/NĐ-CP; người từ 55 tuổi trở lên chưa đạt chuẩn thì không cử đi đào tạo trình độ đại học.
2. Điều động công chức từ các phường về các xã miền núi; thời gian điều động không quá 03 năm.
3. Kinh phí từ ngân sách tỉnh, dự kiến 15 tỷ đồng cho cả giai đoạn.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì, hướng dẫn, kiểm tra việc thực hiện; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện các chỉ tiêu của Kế hoạch trước ngày 20/12 hằng năm.
- Tham mưu tổ chức sơ kết giữa kỳ vào năm 2028.
2. Trường Chính trị tỉnh mở các lớp trung cấp lý luận chính trị theo kế hoạch hằng năm.
3. UBND các xã, phường
- Rà soát, gửi danh sách cán bộ, công chức chưa đạt chuẩn về Sở Nội vụ trước ngày 31/10/2025.
- Báo cáo kết quả thực hiện các chỉ tiêu của Kế hoạch về Sở Nội vụ trước ngày 15 tháng cuối quý.
- Báo cáo đột xuất theo yêu cầu của UBND tỉnh.
Nơi nhận:
- Bộ Nội vụ (b/c);
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Sở Nội vụ, Trường Chính trị tỉnh;
- UBND các xã, phường;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Hoài Anh
"""

# ---------------------------------------------------------------------------------------
# 6. UBND tỉnh Bắc Kạn, 2017, badly converted from PDF: broken lines, a page break.
# ---------------------------------------------------------------------------------------
BAC_KAN_2017_PDF = """UỶ BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 156 /KH-UBND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Kạn, ngày 20 tháng 3 năm 2017
KẾ HOẠCH
Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn
mới trên địa bàn tỉnh Bắc Kạn năm 2017
Căn cứ Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ phê
duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020;
Căn cứ Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban
hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016-2020;
Uỷ ban nhân dân tỉnh Bắc Kạn xây dựng Kế hoạch thực hiện năm 2017 như sau:
I. MỤC TIÊU
1. MỤC TIÊU CHUNG
- Tiếp tục triển khai đồng bộ các nội dung của Chương trình, ưu tiên các xã
đã đạt từ 15 tiêu chí trở lên để tập trung chỉ đạo về đích.
2. MỤC TIÊU CỤ THỂ
- Đến hết năm 2017, toàn tỉnh có 11 xã đạt chuẩn nông thôn mới (lũy kế); bình quân
toàn tỉnh đạt 10,5 tiêu chí/xã.
- Mỗi huyện, thành phố có ít nhất 01 xã đạt chuẩn nông thôn mới.
- Xã Bộc Bố (huyện Pác Nặm) đạt tối thiểu 15/19 tiêu chí.
- Giảm tỷ lệ hộ nghèo toàn tỉnh xuống còn 26,5%
theo chuẩn nghèo đa chiều.
- Về văn hóa:
+ Tỷ lệ thôn, bản đạt danh hiệu văn hóa đạt 68%;
+ Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa" năm 2017
2
Trang 2
đạt từ 80% trở lên.
- Về hạ tầng:
+ 90% số xã có trụ sở làm
việc kiên cố, đạt chuẩn theo quy định;
+ 100% xã có đường ô tô đến trung tâm xã được cứng hóa.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tập trung chỉ đạo các xã điểm; lồng ghép các nguồn vốn, huy động nhân dân
hiến đất, đóng góp ngày công làm đường giao thông nông thôn.
2. Phân bổ vốn ngân sách tỉnh năm 2017 là 45 tỷ đồng, ưu tiên cho các xã phấn
đấu đạt chuẩn; mỗi xã điểm được hỗ trợ tối đa 1,5 tỷ đồng.
3. Tổ chức tập huấn cho cán bộ làm công tác nông thôn mới cấp huyện, xã, thôn.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Điều phối nông thôn mới tỉnh
- Theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh, Ban Chỉ đạo Trung ương kết quả
thực hiện năm 2017 trước ngày 10/12/2017.
2. Các sở, ngành được phân công phụ trách tiêu chí thực hiện chế độ báo cáo về
Văn phòng Điều phối nông thôn mới tỉnh như sau:
+ Kế hoạch thực hiện tiêu chí: gửi trước ngày 15/4/2017;
+ Báo cáo 6 tháng: gửi trước ngày 10/6/2017;
+ Báo cáo năm: gửi trước ngày 10/11/2017.
3. UBND các huyện, thành phố chỉ đạo UBND các xã thực hiện; báo cáo tiến độ
về Văn phòng Điều phối nông thôn mới tỉnh trước ngày 20 hằng tháng.
Nơi nhận:
- Văn phòng Điều phối NTM Trung ương (b/c);
- TT. Tỉnh uỷ, TT. HĐND tỉnh;
- Các sở, ngành thành viên BCĐ;
- UBND các huyện, thành phố;
- Lưu: VT, NLN.
TM. UỶ BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Thị Minh Hoa
"""


# Short constructors keep each expectation on one line (the table below is left unformatted):
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
LDTBXH = "Sở Lao động - Thương binh và Xã hội"
VPDP = "Văn phòng Điều phối nông thôn mới tỉnh"

# fmt: off
CASES: tuple[Case, ...] = (
    Case(
        name="yen_bai_2019_commune_police",
        text=YEN_BAI_2019,
        document=ExpectedDocument("52/KH-UBND", "2019-03-11", "Yên Bái", "Yên Bái"),
        goals=(
            goal("tại ít nhất 90 xã", 90, ">=", "xã", "2019-12-31", P, "Yên Bái", "officer_communes"),
            goal("100% xã được bố trí Công an chính quy", 100, ">=", "%", "2020-12-31", P, "Yên Bái", None),
            goal("bố trí 520 cán bộ, chiến sĩ", 520, ">=", "cán bộ", "2020-12-31", P, "Yên Bái", "officer_count"),
            goal("Mỗi xã bố trí tối thiểu 03 đồng chí", 3, ">=", "đồng chí", "2020-12-31", EACH_C, None, "officer_count"),
            goal("bố trí từ 05 đến 07 đồng chí", 5, "range", "đồng chí", "2020-12-31", EACH_C, None, "officer_count", value_max=7),
            goal("Huyện Trạm Tấu hoàn thành bố trí Công an chính quy tại 100%", 100, ">=", "%", "2019-12-31", D, "Trạm Tấu", None),
            goal("100% Công an chính quy về xã được bồi dưỡng", 100, ">=", "%", "2020-12-31", P, "Yên Bái", None),
        ),
        duties=(
            duty("trình UBND tỉnh phê duyệt trước ngày 15/4/2019", "once", "2019-04-15", "officers", "UBND tỉnh", "Công an tỉnh"),
            duty("báo cáo UBND tỉnh và Bộ Công an trước ngày 05/12 hằng năm", "yearly", "12-05", "officers", "UBND tỉnh", "Công an tỉnh"),
            duty("vào ngày 22 hằng tháng", "monthly", 22, "officers", "Công an tỉnh", "UBND các huyện"),
        ),
    ),
    Case(
        name="quang_tri_2026_civilised_communes",
        text=QUANG_TRI_2026,
        document=ExpectedDocument("31/KH-UBND", "2026-01-16", "Quảng Trị", "Quảng Trị"),
        goals=(
            goal('"Gia đình văn hóa" đạt 88% trở lên', 88, ">=", "%", "2026-12-31", P, "Quảng Trị", FAM),
            goal("82% thôn, bản, tổ dân phố", 82, ">=", "%", "2026-12-31", P, "Quảng Trị", VIL),
            goal("Có 30% số xã, phường đạt chuẩn văn minh", 30, ">=", "%", "2026-12-31", P, "Quảng Trị", XAVH),
            goal("Xã Hướng Phùng phấn đấu tỷ lệ gia đình văn hóa đạt 80%", 80, ">=", "%", "2026-12-31", C, "Hướng Phùng", FAM),
            goal("đạt từ 92% trở lên", 92, ">=", "%", "2030-12-31", P, "Quảng Trị", FAM),
            goal("trên 90% thôn, bản, tổ dân phố", 90, ">", "%", "2030-12-31", P, "Quảng Trị", VIL),
            goal("Có ít nhất 60% số xã, phường", 60, ">=", "%", "2030-12-31", P, "Quảng Trị", XAVH),
            goal("ít nhất 01 mô hình", 1, ">=", "mô hình", "2030-12-31", EACH_C, None, None),
            goal("100% thôn, bản vùng đồng bào dân tộc thiểu số có nhà văn hóa", 100, ">=", "%", "2028-12-31", P, "Quảng Trị", None),
            goal("Phường Đồng Hới | %", 91, ">=", "%", "2026-12-31", C, "Đồng Hới", FAM),
            goal("Phường Đồng Hới | %", 95, ">=", "%", "2030-12-31", C, "Đồng Hới", FAM),
            goal("Phường Đông Hà | %", 90, ">=", "%", "2026-12-31", C, "Đông Hà", FAM),
            goal("Phường Đông Hà | %", 94, ">=", "%", "2030-12-31", C, "Đông Hà", FAM),
            goal("Xã Khe Sanh | %", 83, ">=", "%", "2026-12-31", C, "Khe Sanh", FAM),
            goal("Xã Khe Sanh | %", 90, ">=", "%", "2030-12-31", C, "Khe Sanh", FAM),
            goal("Xã Đakrông | %", 75, ">=", "%", "2026-12-31", C, "Đakrông", FAM),
            goal("Xã Đakrông | %", 85, ">=", "%", "2030-12-31", C, "Đakrông", FAM),
        ),
        duties=(
            duty("kết quả thực hiện trước ngày 20/12 hằng năm", "yearly", "12-20", "communes", "UBND tỉnh", VHTTDL),
            duty("gửi về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/3/2026", "once", "2026-03-10", "communes", VHTTDL, "UBND các xã"),
            duty("Du lịch trước ngày 05/12 hằng năm", "yearly", "12-05", "communes", VHTTDL, "UBND các xã"),
        ),
    ),
    Case(
        name="bao_lac_2020_district_language_training",
        text=BAO_LAC_2020,
        document=ExpectedDocument("38/KH-UBND", "2020-02-24", "Bảo Lạc", "Cao Bằng"),
        goals=(
            goal("Mở 02 lớp bồi dưỡng tiếng Mông", 2, ">=", "lớp", "2020-12-31", D, "Bảo Lạc", None),
            goal("01 lớp bồi dưỡng tiếng Dao", 1, ">=", "lớp", "2020-12-31", D, "Bảo Lạc", None),
            goal("Mỗi xã cử ít nhất 02 cán bộ", 2, ">=", "cán bộ", "2020-12-31", EACH_C, None, None),
            goal("riêng xã Cốc Pàng cử 04 cán bộ", 4, ">=", "cán bộ", "2020-12-31", C, "Cốc Pàng", None),
            goal("cho 40 cán bộ, công chức cấp xã", 40, ">=", "cán bộ", "2020-12-31", D, "Bảo Lạc", TRAIN + "lý luận chính trị"),
            goal("cho ít nhất 85 người", 85, ">=", "người", "2020-12-31", D, "Bảo Lạc", TRAIN + "lý luận chính trị"),
            goal("100% cán bộ chủ chốt cấp xã", 100, ">=", "%", "2020-12-31", D, "Bảo Lạc", None),
            goal("Xã Sơn Lộ phấn đấu 100%", 100, ">=", "%", "2020-12-31", C, "Sơn Lộ", None),
        ),
        duties=(
            duty("kết quả thực hiện Kế hoạch trước ngày 05/12/2020", "once", "2020-12-05", "training", "UBND huyện", "Phòng Nội vụ"),
            duty("gửi về Phòng Nội vụ huyện trước ngày 16/3/2020", "once", "2020-03-16", "training", "Phòng Nội vụ", "UBND các xã"),
            duty("trước ngày 25 của tháng cuối quý", "quarterly", 25, "training", "Phòng Nội vụ", "UBND các xã"),
        ),
    ),
    Case(
        name="soc_trang_2023_khmer_poverty",
        text=SOC_TRANG_2023,
        document=ExpectedDocument("117/KH-UBND", "2023-06-05", "Sóc Trăng", "Sóc Trăng"),
        goals=(
            goal("giảm bình quân 1-1,5%/năm", 1, "range", "%", None, P, "Sóc Trăng", None, value_max=1.5, recurring=True),
            goal("giảm còn 3,5%", 3.5, "<=", "%", "2025-12-31", P, "Sóc Trăng", POOR),
            goal("còn dưới 6%", 6, "<", "%", "2025-12-31", P, "Sóc Trăng", None),
            goal("Huyện Trần Đề giảm tỷ lệ hộ nghèo xuống dưới 5%", 5, "<", "%", "2025-12-31", D, "Trần Đề", POOR),
            goal("giảm ít nhất 1% hộ nghèo dân tộc Khmer mỗi năm", 1, ">=", "%", None, EACH_D, None, None, recurring=True),
            goal("có 4.500 hộ đồng bào Khmer thoát nghèo", 4500, ">=", "hộ", "2025-12-31", P, "Sóc Trăng", None),
            goal("cho 850 hộ", 850, ">=", "hộ", "2024-12-31", P, "Sóc Trăng", None),
            goal("100% hộ nghèo, hộ cận nghèo đồng bào Khmer", 100, ">=", "%", "2025-12-31", P, "Sóc Trăng", None),
        ),
        duties=(
            duty("Bộ Lao động - Thương binh và Xã hội trước ngày 10/12 hằng năm", "yearly", "12-10", "communes", "UBND tỉnh", LDTBXH),
            duty("6 tháng (trước ngày 20/6)", "half-yearly", 20, "communes", LDTBXH, "UBND các huyện"),
            duty("hằng năm (trước ngày 20/11)", "yearly", "11-20", "communes", LDTBXH, "UBND các huyện"),
        ),
    ),
    Case(
        name="thanh_hoa_2025_commune_standards",
        text=THANH_HOA_2025,
        document=ExpectedDocument("312/KH-UBND", "2025-09-26", "Thanh Hóa", "Thanh Hóa"),
        goals=(
            goal("tối thiểu 85% công chức cấp xã", 85, ">=", "%", "2027-12-31", P, "Thanh Hóa", None),
            goal("đến năm 2030 đạt 100%", 100, ">=", "%", "2030-12-31", P, "Thanh Hóa", None),
            goal("Từ 70% trở lên cán bộ", 70, ">=", "%", "2030-12-31", P, "Thanh Hóa", None),
            goal("đạt từ 20 đến 25%", 20, "range", "%", "2030-12-31", P, "Thanh Hóa", None, value_max=25),
            goal("cho 1.800 công chức cấp xã", 1800, ">=", "công chức", "2027-12-31", P, "Thanh Hóa", TRAIN + "quản lý nhà nước"),
            goal("4.500 lượt cán bộ", 4500, ">=", "lượt cán bộ", "2026-12-31", P, "Thanh Hóa", TRAIN + "tin học"),
            goal("Mỗi xã, phường có tối thiểu 02 công chức", 2, ">=", "công chức", "2030-12-31", EACH_C, None, None),
            goal("Xã Mường Lát bố trí tối thiểu 05 công chức", 5, ">=", "công chức", "2030-12-31", C, "Mường Lát", None),
            goal("không hoàn thành nhiệm vụ không quá 3%", 3, "<=", "%", None, P, "Thanh Hóa", None, recurring=True),
        ),
        duties=(
            duty("các chỉ tiêu của Kế hoạch trước ngày 20/12 hằng năm", "yearly", "12-20", "goals", "UBND tỉnh", "Sở Nội vụ"),
            duty("chưa đạt chuẩn về Sở Nội vụ trước ngày 31/10/2025", "once", "2025-10-31", "officers", "Sở Nội vụ", "UBND các xã"),
            duty("về Sở Nội vụ trước ngày 15 tháng cuối quý", "quarterly", 15, "goals", "Sở Nội vụ", "UBND các xã"),
        ),
    ),
    Case(
        name="bac_kan_2017_pdf_conversion",
        text=BAC_KAN_2017_PDF,
        document=ExpectedDocument("156/KH-UBND", "2017-03-20", "Bắc Kạn", "Bắc Kạn"),
        goals=(
            goal("toàn tỉnh có 11 xã đạt chuẩn nông thôn mới", 11, ">=", "xã", "2017-12-31", P, "Bắc Kạn", NTM),
            goal("đạt 10,5 tiêu chí/xã", 10.5, ">=", "tiêu chí", "2017-12-31", P, "Bắc Kạn", None),
            goal("Mỗi huyện, thành phố có ít nhất 01 xã", 1, ">=", "xã", "2017-12-31", EACH_D, None, NTM),
            goal("Xã Bộc Bố (huyện Pác Nặm) đạt tối thiểu 15/19 tiêu chí", 15, ">=", "tiêu chí", "2017-12-31", C, "Bộc Bố", None),
            goal("xuống còn 26,5%", 26.5, "<=", "%", "2017-12-31", P, "Bắc Kạn", POOR),
            goal("danh hiệu văn hóa đạt 68%", 68, ">=", "%", "2017-12-31", P, "Bắc Kạn", VIL),
            goal("đạt từ 80% trở lên", 80, ">=", "%", "2017-12-31", P, "Bắc Kạn", FAM),
            goal("90% số xã có trụ sở làm", 90, ">=", "%", "2017-12-31", P, "Bắc Kạn", OFFICE),
            goal("100% xã có đường ô tô", 100, ">=", "%", "2017-12-31", P, "Bắc Kạn", None),
        ),
        duties=(
            duty("thực hiện năm 2017 trước ngày 10/12/2017", "once", "2017-12-10", "communes", "UBND tỉnh", VPDP),
            duty("Kế hoạch thực hiện tiêu chí: gửi trước ngày 15/4/2017", "once", "2017-04-15", "communes", VPDP, "sở, ngành"),
            duty("Báo cáo 6 tháng: gửi trước ngày 10/6/2017", "once", "2017-06-10", "communes", VPDP, "sở, ngành"),
            duty("Báo cáo năm: gửi trước ngày 10/11/2017", "once", "2017-11-10", "communes", VPDP, "sở, ngành"),
            duty("trước ngày 20 hằng tháng", "monthly", 20, "communes", VPDP, "UBND các huyện"),
        ),
    ),
)
# fmt: on
