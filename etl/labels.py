"""Every label tiendo shows, in Vietnamese first and English as a switch: one catalogue
for the dashboard, the reports and the command line (dashboard.i18n re-exports it)."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("Tiến độ — Theo dõi kế hoạch cán bộ, xã", "Tiến độ — Commune cadre plans"),
    "language": ("Ngôn ngữ", "Language"),
    "language_name": ("Tiếng Việt", "English"),
    "filters": ("Bộ lọc", "Filters"),
    "unit": ("Đơn vị", "Unit"),
    "all_units": ("Tất cả đơn vị", "All units"),
    "district": ("Huyện", "District"),
    "all_districts": ("Cả tỉnh", "Whole province"),
    "period": ("Giai đoạn (năm)", "Period (years)"),
    "demo_banner": (
        "Dữ liệu mẫu (demo) dựng từ các kế hoạch của Thanh Hóa, Cao Bằng, Phú Yên và Trà Vinh, "
        "và một kế hoạch 2026–2030 giả định của Thanh Hóa; số liệu là giả định, không phải "
        "số liệu thật.",
        "Demo data built from the plans of Thanh Hóa, Cao Bằng, Phú Yên and Trà Vinh, and an "
        "invented 2026–2030 plan of Thanh Hóa; the figures are invented.",
    ),
    "snapshot_control": ("Xem số liệu tại một thời điểm", "Data as at a past moment"),
    "snapshot_day": ("Ngày", "Day"),
    "snapshot_time": ("Giờ (giờ Việt Nam)", "Time (Vietnam time)"),
    "snapshot_show": ("Xem", "Show"),
    "snapshot_latest": ("Về số liệu hiện hành", "Back to current data"),
    "snapshot_help": (
        "Hiện số liệu đúng như kho dữ liệu có tại thời điểm đó (các tệp đã nạp, chưa bị "
        "thay thế hay hoàn tác), để dựng lại một báo cáo đã gửi. Khác với 'Tính đến ngày' "
        "của báo cáo, vốn chỉ đổi ngày đánh giá chỉ tiêu.",
        "Shows the data exactly as the warehouse held it at that moment (the files loaded, "
        "not yet replaced or rolled back), to make a report that was sent again. Unlike a "
        "report's 'As of', which only changes the day goals are judged on.",
    ),
    "snapshot_banner": (
        "Đang xem số liệu như tại {moment} (giờ Việt Nam), không phải số liệu hiện hành.",
        "Showing the data as it stood at {moment} (Vietnam time), not the current data.",
    ),
    "snapshot_bad": (
        "Không hiểu thời điểm '{value}' trong địa chỉ (snapshot); đang hiện số liệu hiện "
        "hành. Viết dạng 2026-11-30T17:00.",
        "Could not read the moment '{value}' in the address (snapshot); showing current "
        "data. Write it as 2026-11-30T17:00.",
    ),
    "snapshot_note": ("Số liệu như tại {moment}", "Data as at {moment}"),
    "page_overview": ("Tổng quan", "Overview"),
    "page_officers": ("Cán bộ", "Officers"),
    "page_ntm": ("Nông thôn mới", "New rural"),
    "page_training": ("Đào tạo, bồi dưỡng", "Training"),
    "page_unit": ("Đơn vị", "Unit"),
    "page_upload": ("Tải dữ liệu", "Upload"),
    "page_history": ("Lịch sử nạp", "Load history"),
    "page_templates": ("Biểu mẫu", "Templates"),
    "page_reports": ("Báo cáo định kỳ", "Periodic reports"),
    "report_title": (
        "Báo cáo tiến độ thực hiện các kế hoạch về cán bộ cấp xã và xây dựng xã",
        "Progress report on the plans for commune cadres and communes",
    ),
    "section_dashboard": ("Bảng điều khiển", "Dashboard"),
    "section_data": ("Dữ liệu", "Data"),
    "overview_title": ("Tổng quan tiến độ các chỉ tiêu", "Progress against the goals"),
    "goals": ("Chỉ tiêu kế hoạch", "Plan goals"),
    "current": ("Hiện đạt", "Current"),
    "target": ("Mục tiêu", "Target"),
    "deadline": ("Thời hạn", "Deadline"),
    "achieved_pct": ("Tỷ lệ hoàn thành", "% achieved"),
    "data_year": ("Số liệu năm", "Data year"),
    "status": ("Trạng thái", "Status"),
    "status_met": ("Đạt", "Met"),
    "status_on_track": ("Đúng tiến độ", "On track"),
    "status_behind": ("Chậm", "Behind"),
    "status_at_risk": ("Có nguy cơ không đạt", "At risk"),
    "status_no_trend": ("Chưa đủ số liệu để dự báo", "Too little data to project"),
    "status_missed": ("Không đạt", "Missed"),
    "status_no_data": ("Chưa có số liệu", "No data"),
    "source_document": ("Văn bản", "Document"),
    "scope": ("Phạm vi", "Scope"),
    "headline_officers": ("Cán bộ, đội viên", "Officers"),
    "headline_communes": ("Xã có số liệu NTM", "Communes with NTM data"),
    "headline_ntm": ("Xã đạt chuẩn NTM (năm gần nhất)", "NTM communes (latest year)"),
    "headline_trained": ("Lượt cán bộ được đào tạo", "Cadres trained"),
    "freshness": ("Số liệu mới nhất theo loại", "Latest data by kind"),
    "kind": ("Loại số liệu", "Kind"),
    "file": ("Tệp", "File"),
    "as_of": ("Tính đến ngày", "As of"),
    "loaded_at": ("Nạp lúc", "Loaded at"),
    "loaded_by": ("Người nạp", "Loaded by"),
    "rows": ("Số dòng", "Rows"),
    "batch": ("Lô", "Batch"),
    "units_covered": ("Đơn vị", "Units"),
    "sources": ("Nguồn dữ liệu", "Data sources"),
    "sources_help": (
        "Các lô nạp (tệp tải lên) tạo nên số liệu trên trang này.",
        "The load batches (uploaded files) behind the figures on this page.",
    ),
    "empty_title": ("Chưa có số liệu", "No data yet"),
    "empty_body": (
        "Kho dữ liệu chưa có số liệu cho lựa chọn này. Để bổ sung: lấy biểu mẫu ở trang "
        "**Biểu mẫu** (hoặc dùng bảng tính sẵn có của đơn vị), rồi vào trang **Tải dữ "
        "liệu**, chọn tệp, xem trước và bấm **Nạp vào kho**. Nếu vừa chọn một đơn vị hay "
        "giai đoạn hẹp, hãy thử mở rộng bộ lọc bên trái.",
        "There is no data for this selection yet. To add it: take a template from the "
        "**Templates** page (or use the unit's own spreadsheet), open the **Upload** page, "
        "choose the file, check the preview and press **Load**. If you have just chosen a "
        "narrow unit or period, try widening the filters on the left.",
    ),
    "no_warehouse": ("Chưa có kho dữ liệu", "No warehouse yet"),
    "kind_officers": ("Danh sách cán bộ", "Officer assignments"),
    "kind_communes": ("Chỉ tiêu cấp xã", "Commune indicators"),
    "kind_training": ("Đào tạo, bồi dưỡng", "Training"),
    "kind_goals": ("Chỉ tiêu kế hoạch", "Goals"),
    "progress_chart": ("Mức hoàn thành so với mục tiêu (%)", "Achievement against target (%)"),
    "how_computed": ("Cách tính", "How it is computed"),
    # --- filters and navigation
    "new_units": ("Theo đơn vị hành chính hiện nay", "In today's units"),
    "new_units_help": (
        "Hiển thị số liệu trước 1/7/2025 theo 34 tỉnh hiện nay (không còn cấp huyện), qua "
        "bảng chuyển đổi đơn vị; xã bị chia thì số liệu được chia đều cho các xã mới.",
        "Show data from before 1/7/2025 in today's 34 provinces (no districts) through the "
        "crosswalk; a commune that was split is shared equally among its successors.",
    ),
    "new_units_short": ("theo đơn vị hành chính hiện nay", "in today's units"),
    "program": ("Chương trình, dự án", "Programme"),
    "all_programs": ("Tất cả chương trình", "All programmes"),
    "criteria_set": ("Bộ tiêu chí NTM", "NTM criteria set"),
    "all_criteria_sets": ("Mọi bộ tiêu chí", "All criteria sets"),
    "whole_unit": ("Toàn đơn vị", "The whole unit"),
    "level_province": ("Tỉnh", "Province"),
    "level_district": ("Huyện", "District"),
    "level_commune": ("Xã", "Commune"),
    "click_to_drill": (
        "Bấm vào một cột (hoặc một dòng của bảng) để xem chi tiết đơn vị đó.",
        "Click a bar (or a table row) to look inside that unit.",
    ),
    "children_help": (
        "Chọn một dòng để xem đơn vị cấp dưới đó.",
        "Select a row to open that unit.",
    ),
    "export_excel": ("Tải bảng Excel", "Download as Excel"),
    "no_sources": ("Không có lô nạp nào.", "No load batches."),
    # --- overview
    "judged_on": (
        "Mỗi chỉ tiêu được đánh giá tại ngày sớm nhất trong: hôm nay ({date}), thời hạn của "
        "chỉ tiêu, và cuối giai đoạn đã chọn. Chỉ tiêu đã hết hạn: Đạt hoặc Không đạt theo "
        "số liệu đến thời hạn.",
        "Each goal is judged on the earliest of today ({date}), its deadline and the end of "
        "the chosen period. A goal past its deadline is Met or Missed on the value reached "
        "by then.",
    ),
    "status_contributes": ("Phần đóng góp", "Contribution"),
    "status_counts": ("Số chỉ tiêu theo trạng thái", "Goals by status"),
    "most_urgent": (
        "Các chỉ tiêu, cần chú ý nhất ở trên (có nguy cơ, chậm, không đạt, …).",
        "Goals, those needing attention first (at risk, behind, missed, …).",
    ),
    "goal_detail": ("Chi tiết chỉ tiêu", "Goal details"),
    "goal_pick": ("Chọn chỉ tiêu", "Choose a goal"),
    "judged_at": ("Đánh giá tại", "Judged on"),
    "all_goals": ("Tất cả chỉ tiêu", "All goals"),
    "headline": ("Số liệu chung", "Key figures"),
    "inherited_goals": (
        "Chỉ tiêu của {parent} tính trên {unit}: chỉ tiêu tỷ lệ so với mục tiêu của tỉnh; "
        "chỉ tiêu số lượng cho biết phần đóng góp của đơn vị vào tổng của tỉnh.",
        "The goals of {parent} measured on {unit}: a rate against the province's target; a "
        "count as the unit's part of the province's total.",
    ),
    "contributions": ("Phần đóng góp vào chỉ tiêu của tỉnh", "Part of the province's goals"),
    "unit_value": ("Của đơn vị", "This unit"),
    "province_value": ("Của tỉnh", "Province"),
    "part_pct": ("Tỷ trọng", "Share of total"),
    "no_goals_anywhere": (
        "Chưa có chỉ tiêu kế hoạch nào cho lựa chọn này. Chuyên viên có thể nạp tệp chỉ "
        "tiêu (biểu mẫu 'Chỉ tiêu kế hoạch' ở trang **Biểu mẫu**) tại trang **Tải dữ liệu**.",
        "No plan goals for this selection. An analyst can load a goals file (the 'Goals' "
        "template on the **Templates** page) on the **Upload** page.",
    ),
    "final_note": (
        "Đã hết thời hạn: kết quả tính đến {date}.",
        "Past its deadline: the result as of {date}.",
    ),
    "goal": ("Chỉ tiêu", "Goal"),
    "cards_capped": (
        "Hiện {n} chỉ tiêu cần chú ý nhất (có nguy cơ, chậm, … trước); đủ {total} chỉ tiêu "
        "trong bảng dưới.",
        "Showing the {n} goals that most need attention (at risk, behind … first); all "
        "{total} are in the table below.",
    ),
    "plans_in_own_units": (
        "Chỉ tiêu, lịch báo cáo và tệp số liệu được đánh giá theo đơn vị mà kế hoạch ban "
        "hành khi đó (gồm cả các tỉnh cũ đã hợp nhất vào tỉnh này).",
        "Goals, reporting duties and files are judged in the units the plans named "
        "(including the former provinces merged into this one).",
    ),
    "unit_of_measure": ("Đơn vị tính", "Unit"),
    "projected": ("Dự kiến đến thời hạn", "Projected at deadline"),
    "projection": ("Dự báo theo xu hướng", "Projection"),
    "actual": ("Số liệu", "Actual"),
    "goal_trend_pick": ("Xem xu hướng của chỉ tiêu", "Show the trend of"),
    "explain_trend": (
        "Xu hướng {n} năm gần nhất: {slope} {unit}/năm, dự kiến đạt {projected} vào "
        "{deadline} ({ratio} mục tiêu).",
        "Trend over the last {n} years: {slope} {unit}/year, projected {projected} by "
        "{deadline} ({ratio} of target).",
    ),
    "explain_pace": (
        "Tốc độ từ khi ban hành kế hoạch: {slope} {unit}/năm, dự kiến đạt {projected} "
        "vào {deadline} ({ratio} mục tiêu).",
        "Pace since the plan was issued: {slope} {unit}/year, projected {projected} by "
        "{deadline} ({ratio} of target).",
    ),
    "explain_rule_ceiling": (
        "Chỉ tiêu cần giảm: đúng tiến độ khi dự kiến xuống tới mục tiêu; chậm khi mức hoàn "
        "thành dự kiến (mục tiêu chia cho số dự kiến) từ {behind} đến dưới 100%; có nguy cơ "
        "không đạt: dưới {behind}.",
        "A goal to bring down: on track when projected to come down to the target; behind "
        "when the projected attainment (target over projection) is {behind} to under 100%; "
        "at risk: under {behind}.",
    ),
    "explain_rule": (
        "Đúng tiến độ: dự kiến đạt mục tiêu; chậm: dự kiến đạt từ {behind} đến dưới 100%; "
        "có nguy cơ không đạt: dưới {behind}.",
        "On track: projected to reach the target; behind: projected {behind} to under 100%; "
        "at risk: under {behind}.",
    ),
    "reporting": ("Tình hình gửi báo cáo", "Reporting completeness"),
    "reporting_year": ("Kỳ báo cáo (năm)", "Reporting year"),
    "reporting_chart": ("Số báo cáo theo tình trạng", "Reports by status"),
    "report_on_time": ("Đúng hạn", "On time"),
    "report_late": ("Gửi muộn", "Late"),
    "report_missing": ("Chưa gửi (quá hạn)", "Missing (overdue)"),
    "report_not_due": ("Chưa đến hạn", "Not yet due"),
    "report_name": ("Báo cáo", "Report"),
    "period_label": ("Kỳ", "Period"),
    "due_date": ("Hạn gửi", "Due"),
    "sent_at": ("Đã gửi lúc", "Sent at"),
    "days_late": ("Số ngày muộn", "Days late"),
    "recipient": ("Nơi nhận", "Recipient"),
    "no_duties": (
        "Chưa có lịch báo cáo: nạp trang 'Nhiệm vụ báo cáo' của bảng chỉ tiêu kế hoạch.",
        "No reporting duties yet: load the 'duties' sheet of a goals workbook.",
    ),
    # --- officers
    "officers_total": ("Số cán bộ", "Officers"),
    "share_women": ("Tỷ lệ nữ", "Women"),
    "share_minority": ("Tỷ lệ người dân tộc thiểu số", "Ethnic minorities"),
    "share_university": ("Trình độ đại học trở lên", "University degree"),
    "share_theory_mid": ("Lý luận chính trị trung cấp trở lên", "Mid-level political theory"),
    "share_party": ("Tỷ lệ đảng viên", "Party members"),
    # a share and what it is a share of (dashboard/shares.py)
    "share_of_known": (
        "của {known} {noun} có thông tin / {total}",
        "of {known} {noun} with data / {total}",
    ),
    "share_of_all": ("của {total} {noun}", "of {total} {noun}"),
    "share_no_data": ("chưa có thông tin", "no data"),
    "share_no_data_of": ("chưa có thông tin ({total} {noun})", "no data ({total} {noun})"),
    "shares_basis": ("Tỷ lệ % {basis}.", "Percentages {basis}."),
    "noun_people": ("người", "people"),
    "noun_people_one": ("người", "person"),
    "noun_communes": ("xã", "communes"),
    "noun_communes_one": ("xã", "commune"),
    "not_given": ("(không ghi)", "(not given)"),
    "level_unknown": ("Chưa có thông tin", "No data"),
    "ntm_share_basis": (
        "trên số xã có thông tin về mức đạt chuẩn (có ghi mức đạt hoặc số tiêu chí đạt)",
        "of the communes whose level is known (a level or a criteria count given)",
    ),
    "by_unit": ("Theo đơn vị", "By unit"),
    "officers_by_unit": ("Số cán bộ theo đơn vị", "Officers by unit"),
    "serving": ("Đang công tác", "Serving"),
    "women": ("Nữ", "Women"),
    "communes_with_officers": ("Số xã có cán bộ", "Communes covered"),
    "by_program": ("Theo chương trình, chức vụ, tình trạng", "By programme, post and status"),
    "officers_by_post": ("Số cán bộ theo chức vụ và tình trạng", "Officers by post and status"),
    "position": ("Chức vụ", "Post"),
    "composition": ("Cơ cấu đội ngũ", "Composition"),
    "breakdown_gender": ("Giới tính", "Gender"),
    "breakdown_age_band": ("Độ tuổi", "Age"),
    "breakdown_ethnicity": ("Dân tộc", "Ethnicity"),
    "breakdown_education": ("Trình độ chuyên môn", "Education"),
    "breakdown_political_theory": ("Trình độ lý luận chính trị", "Political theory"),
    "tenure": ("Thời gian công tác và bố trí sau dự án", "Tenure and placement"),
    "tenure_chart": ("Số cán bộ theo năm", "Officers by year"),
    "started": ("Bắt đầu trong năm", "Started"),
    "ended": ("Kết thúc trong năm", "Ended"),
    "placement_chart": ("Bố trí công tác sau khi kết thúc", "Placement after the term"),
    "roster": ("Danh sách cán bộ", "Roster"),
    "roster_search": ("Tìm theo tên, xã hoặc chức vụ", "Search by name, commune or post"),
    "roster_count": ("{n} người.", "{n} people."),
    "roster_limit": (
        "Chỉ hiện {n} người đầu tiên; hãy tìm hoặc lọc để thu hẹp.",
        "Only the first {n} are shown; search or filter to narrow down.",
    ),
    "full_name": ("Họ và tên", "Full name"),
    "gender": ("Giới tính", "Gender"),
    "birth_year": ("Năm sinh", "Born"),
    "ethnicity": ("Dân tộc", "Ethnicity"),
    "education": ("Trình độ chuyên môn", "Education"),
    "political_theory": ("Lý luận chính trị", "Political theory"),
    "placement_after": ("Bố trí sau dự án", "Placement after"),
    "start_date": ("Ngày bắt đầu", "Start"),
    "end_date": ("Ngày kết thúc", "End"),
    # --- new rural
    "ntm_levels_chart": ("Tỷ lệ xã theo mức đạt chuẩn NTM (%)", "Communes by NTM level (%)"),
    "ntm_year": ("Năm", "Year"),
    "communes_assessed": ("Số xã có số liệu", "Communes assessed"),
    "communes_ntm": ("Số xã đạt chuẩn NTM", "NTM communes"),
    "share_ntm": ("Tỷ lệ xã đạt chuẩn", "Share NTM"),
    "mean_criteria": ("Bình quân tiêu chí đạt/xã", "Mean criteria met"),
    "ntm_own_units_note": (
        "Bản đồ, bảng tiêu chí và danh sách xã gần đạt chuẩn hiển thị theo đơn vị lúc đánh "
        "giá: một tiêu chí là của một xã cụ thể, không cộng gộp qua sáp nhập được.",
        "The map, criteria heatmap and near-miss list stay in the units the communes were "
        "assessed in: a criterion belongs to one real commune.",
    ),
    "near_misses": ("Xã còn thiếu 1–2 tiêu chí", "Communes missing 1–2 criteria"),
    "near_misses_help": (
        "Các xã chưa được công nhận nhưng chỉ còn thiếu 1 hoặc 2 tiêu chí: nơi cần tập "
        "trung chỉ đạo.",
        "Communes not yet recognised that miss only one or two criteria: where to act.",
    ),
    "no_near_misses": ("Không có xã nào chỉ thiếu 1–2 tiêu chí.", "No near misses."),
    "criteria": ("tiêu chí", "criteria"),
    "criteria_met": ("Số tiêu chí đạt", "Criteria met"),
    "criteria_missing": ("Còn thiếu", "Missing"),
    "missing_criteria": ("Tiêu chí chưa đạt", "Criteria not met"),
    "heatmap": ("Bảng tiêu chí theo xã", "Criteria by commune"),
    "heatmap_chart": (
        "Tiêu chí đạt (xanh) và chưa đạt (cam)",
        "Criteria met (blue) and not met (orange)",
    ),
    "heatmap_help": (
        "Bộ tiêu chí {set}; {n} xã, xếp từ xã đạt ít tiêu chí nhất (tối đa {limit} xã).",
        "Criteria set {set}; {n} communes, fewest criteria first (at most {limit}).",
    ),
    "no_heatmap": (
        "Chưa có số liệu từng tiêu chí cho năm này.",
        "No per-criterion data for this year.",
    ),
    "distribution_chart": (
        "Số xã theo số tiêu chí đạt, năm {year}",
        "Communes by criteria met, {year}",
    ),
    "trend_chart": ("Bình quân tiêu chí đạt/xã qua các năm", "Mean criteria met by year"),
    "communes": ("Số xã", "Communes"),
    "map": ("Bản đồ xã", "Commune map"),
    "map_chart": ("Vị trí các xã theo mức đạt chuẩn", "Communes by NTM level"),
    "map_help": (
        "Mỗi chấm là trụ sở một xã theo tọa độ trong danh mục đơn vị; bản đồ không cần Internet.",
        "Each dot is a commune at its reference coordinates; the map needs no Internet.",
    ),
    "no_coordinates": ("Không có tọa độ cho các xã này.", "No coordinates for these communes."),
    "longitude": ("Kinh độ", "Longitude"),
    "latitude": ("Vĩ độ", "Latitude"),
    "year": ("Năm", "Year"),
    "level": ("Mức đạt", "Level"),
    "share": ("Tỷ lệ", "Share"),
    # --- training
    "training_target_chart": ("Kế hoạch và kết quả theo lĩnh vực, trình độ", "Target and achieved"),
    "category": ("Lĩnh vực", "Category"),
    "training_level": ("Trình độ", "Level"),
    "period_start": ("Từ năm", "From"),
    "period_end": ("Đến năm", "To"),
    "achieved": ("Đã đạt", "Achieved"),
    "cumulative": ("Lũy kế so với chỉ tiêu giai đoạn", "Cumulative against the period target"),
    "cumulative_chart": ("Lũy kế số người được đào tạo", "People trained, cumulative"),
    "per_year": ("Bình quân/năm", "Per year"),
    "no_training_targets": (
        "Chưa có chỉ tiêu giai đoạn để so sánh.",
        "No period targets to compare with.",
    ),
    "training_projection_help": (
        "Dự kiến: tốc độ các năm gần nhất kéo dài đến hết giai đoạn (một năm số liệu thì "
        "tính từ đầu giai đoạn).",
        "Projection: the recent yearly pace carried to the end of the period (from the "
        "period's start when there is one year of data).",
    ),
    "by_year": ("Theo năm", "By year"),
    "training_year_chart": ("Số người được đào tạo theo năm", "People trained by year"),
    "training_unit_chart": ("Số người được đào tạo theo đơn vị", "People trained by unit"),
    # --- unit page
    "no_goals_here": (
        "Không có chỉ tiêu kế hoạch nào đo được trên đơn vị này.",
        "No goal can be measured on this unit.",
    ),
    "no_officers_here": ("Chưa có số liệu cán bộ.", "No officer data."),
    "no_ntm_here": ("Chưa có số liệu nông thôn mới.", "No new-rural data."),
    "no_training_here": ("Chưa có số liệu đào tạo.", "No training data."),
    # --- upload desk
    "upload_help": (
        "Thả một hay nhiều tệp Excel (.xlsx, .xlsm, .xls, .ods), CSV, TSV hoặc Unicode Text "
        "(.txt). Mỗi tệp được đọc và kiểm tra trước; chưa có gì được ghi vào kho cho đến khi "
        "bấm 'Xác nhận nạp'.",
        "Drop one or more Excel (.xlsx, .xlsm, .xls, .ods), CSV, TSV or Unicode Text (.txt) "
        "files. Each is read and checked first; nothing is written until you press 'Confirm "
        "load'.",
    ),
    "upload_files": ("Chọn tệp (tối đa {mb} MB mỗi tệp)", "Choose files (at most {mb} MB each)"),
    "mapping_title": ("Ghép cột", "Map columns"),
    "mapping_help": (
        "Mỗi cột của tệp, vài giá trị đầu và thông tin tiendo đọc nó thành. Chọn lại ở ô "
        "bên phải: phần xem trước đổi theo ngay. 'Bỏ qua' để không dùng cột đó.",
        "Each column of the file, its first values, and what tiendo reads it as. Choose "
        "again on the right: the preview follows at once. 'Skip' leaves the column out.",
    ),
    "mapping_sheet": (
        "Trang '{sheet}', dòng đầu cột {row}",
        "Sheet '{sheet}', header row {row}",
    ),
    "mapping_missing": ("Còn thiếu: {fields}.", "Still missing: {fields}."),
    "mapping_column": ("Cột", "Column"),
    "mapping_header": ("Đầu cột", "Header"),
    "mapping_samples": ("Giá trị đầu", "First values"),
    "mapping_field": ("Đọc là", "Read as"),
    "mapping_unset": ("(chưa ghép)", "(not mapped)"),
    "mapping_ignore": ("Bỏ qua", "Skip"),
    "mapping_saved_used": (
        "Đã dùng cách ghép cột đã lưu số {id} cho tệp có cùng đầu cột. Có thể đổi bên dưới.",
        "Used saved column mapping no. {id} for files with the same headers. You can change "
        "it below.",
    ),
    "mapping_forget": ("Bỏ cách ghép đã lưu số {id}", "Forget saved mapping no. {id}"),
    "mapping_save": (
        "Lưu cách ghép cột này cho các tệp sau có cùng đầu cột",
        "Save this mapping for later files with the same headers",
    ),
    "mapping_saved_ok": (
        "Đã lưu cách ghép cột (số {ids}).",
        "Column mapping saved (no. {ids}).",
    ),
    "kind_auto": ("Tự nhận biết", "Detect"),
    "accept_valid": ("Nạp các dòng hợp lệ, bỏ dòng lỗi", "Load the valid rows, skip the bad ones"),
    "accept_valid_help": (
        "Các dòng lỗi được giữ lại cùng lô để xem và sửa sau (trang Lịch sử nạp).",
        "Rejected rows are kept with the batch (see Load history).",
    ),
    "too_big": (
        "Tệp {name} nặng {size} MB, vượt giới hạn {mb} MB cho một tệp tải lên. Hãy tách "
        "tệp theo huyện hoặc theo năm rồi tải lên từng phần, hoặc nhờ quản trị tăng "
        "TIENDO_MAX_UPLOAD_MB.",
        "{name} is {size} MB, over the {mb} MB upload limit. Split it by district or year, "
        "or ask the administrator to raise TIENDO_MAX_UPLOAD_MB.",
    ),
    "reading": ("Đang đọc và kiểm tra…", "Reading and checking…"),
    "rows_read": ("Số dòng đọc được", "Rows read"),
    "errors": ("Lỗi", "Errors"),
    "warnings": ("Cảnh báo", "Warnings"),
    "error": ("Lỗi", "Error"),
    "warning": ("Cảnh báo", "Warning"),
    "sheets": ("Trang", "Sheets"),
    "period_years": ("Giai đoạn số liệu", "Data years"),
    "era": ("Đơn vị hành chính", "Units"),
    "era_legacy": ("trước 1/7/2025", "before 1/7/2025"),
    "era_2025": ("từ 1/7/2025", "from 1/7/2025"),
    "problems": ("Lỗi và cảnh báo", "Errors and warnings"),
    "level_of_problem": ("Mức", "Level"),
    "sheet": ("Trang", "Sheet"),
    "row": ("Dòng", "Row"),
    "column": ("Cột", "Column"),
    "value": ("Giá trị", "Value"),
    "what_to_fix": ("Cần sửa", "What to fix"),
    "download_errors": (
        "Tải tệp đã đánh dấu lỗi (ô sai tô đỏ, có ghi chú)",
        "Download the file with the errors marked",
    ),
    "preview": ("Số liệu sẽ được lưu: {table} ({n} dòng)", "Rows to be stored: {table} ({n})"),
    "preview_first": ("Hiện {n} dòng đầu.", "The first {n} rows."),
    "same_file": (
        "Tệp này đã được nạp (lô {batch}) {file}; nạp lại sẽ không thay đổi gì.",
        "This file was already loaded (batch {batch}) {file}; loading it again changes nothing.",
    ),
    "will_replace": (
        "Nạp tệp này sẽ thay thế lô {batches} (cùng loại, cùng đơn vị, cùng kỳ); lô cũ vẫn "
        "được giữ trong Lịch sử nạp và có thể khôi phục.",
        "Loading this file replaces batch {batches} (same kind, units and period); the old "
        "batch stays in the history and can be restored.",
    ),
    "cannot_load": (
        "Không nạp được tệp này.",
        "This file cannot be loaded.",
    ),
    "fix_or_accept": (
        "Tệp có dòng lỗi: sửa theo tệp đánh dấu lỗi rồi tải lên lại, hoặc chọn 'Nạp các dòng "
        "hợp lệ'.",
        "The file has rows with errors: fix them and upload again, or tick 'Load the valid rows'.",
    ),
    "confirm_load": ("Xác nhận nạp", "Confirm load"),
    "loaded_ok": ("Đã nạp lô {batch}: {n} dòng.", "Loaded as batch {batch}: {n} rows."),
    "replaced_ok": ("Thay thế lô {batches}.", "Replaces batch {batches}."),
    "upload_drop": (
        "Kéo thả tệp vào đây hoặc bấm Chọn tệp · tối đa {mb} MB mỗi tệp · {types}",
        "Drag files here or press Choose files · at most {mb} MB each · {types}",
    ),
    "upload_browse": ("Chọn tệp", "Choose files"),
    "upload_refused_chip": (
        "Không nhận: tệp quá dung lượng hoặc sai loại tệp.",
        "Not accepted: too large or not an accepted type.",
    ),
    "upload_newer": (
        "Đang xem bản tải lên sau cùng của tệp này; bản tải lên trước được bỏ qua.",
        "Showing the latest upload of this file; the earlier one is set aside.",
    ),
    "already_loaded": (
        "Tệp này đã được nạp (lô {batch}); nạp lại sẽ không thay đổi gì.",
        "This file was already loaded (batch {batch}); loading it again changes nothing.",
    ),
    "unit_of_row": ("Đơn vị", "Administrative unit"),
    "batch_era": ("Đơn vị hành chính", "Unit era"),
    "yes": ("Có", "Yes"),
    "no": ("Không", "No"),
    # --- templates
    "templates_help": (
        "Mỗi biểu mẫu có tiêu đề cột tiếng Việt, danh sách chọn cho tỉnh, huyện, mức đạt và "
        "tiêu chí, một dòng ví dụ (STT 'Ví dụ', không được nạp) và trang 'Hướng dẫn'. Điền "
        "từ dòng dưới dòng ví dụ rồi tải lên ở trang 'Tải dữ liệu'.",
        "Each template has Vietnamese headers, drop-downs for provinces, districts, levels "
        "and criteria, one sample row (STT 'Ví dụ', never loaded) and an instructions "
        "sheet. Fill in below the sample and upload it on the 'Upload' page.",
    ),
    "template_sheets": ("Các trang và cột bắt buộc", "Sheets and required columns"),
    "download_template": ("Tải biểu mẫu", "Download the template"),
    # --- periodic reports
    "reports_help": (
        "Các báo cáo định kỳ (ảnh từng trang và một tệp PDF khổ A4 có bìa, số trang, chân "
        "trang ghi nguồn số liệu), lưu trong {folder}.",
        "Periodic reports (a picture of each page and one A4 PDF with a cover, page numbers "
        "and a footer naming the data), kept in {folder}.",
    ),
    "no_reports": ("Chưa có báo cáo nào.", "No reports yet."),
    "download_pdf": ("Tải PDF", "Download PDF"),
    "download_pngs": ("Tải các ảnh (.zip)", "Download the pictures (.zip)"),
    "report_make_title": ("Lập báo cáo", "Make a report"),
    "report_for": (
        "Báo cáo theo bộ lọc đang chọn ở thanh bên: {filters}.",
        "A report of what the sidebar's filters show: {filters}.",
    ),
    "report_ignored": (
        "Chương trình và bộ tiêu chí không thuộc báo cáo định kỳ: báo cáo gồm mọi chương "
        "trình, mọi bộ tiêu chí.",
        "Programme and criteria set are not part of a periodic report: it covers them all.",
    ),
    "report_make": ("Lập báo cáo", "Make the report"),
    "report_running": (
        "Đang lập báo cáo: {step} (bước {done}/{total})",
        "Making the report: {step} (step {done} of {total})",
    ),
    "report_step_start": (
        "khởi động bảng điều khiển và trình duyệt",
        "starting the dashboard and the browser",
    ),
    "report_step_done": ("xong", "done"),
    "report_done": (
        "Đã lập báo cáo lúc {time}: xem ở danh sách dưới đây.",
        "Report made at {time}: see the list below.",
    ),
    "report_failed": (
        "Không lập được báo cáo (lần chạy lúc {time}): {message}",
        "The report could not be made (run at {time}): {message}",
    ),
    "report_background": (
        "Báo cáo được lập trong một tiến trình riêng (khoảng một phút): có thể đóng trang "
        "này, báo cáo vẫn được lập và lưu.",
        "The report is made by a process of its own (about a minute): you may close this "
        "page, the report is still made and kept.",
    ),
    "report_cron_title": ("Lập tự động theo lịch (cron)", "Make it on a schedule (cron)"),
    "report_cron_help": (
        "Dòng dưới đây lập báo cáo với cùng bộ lọc lúc 6 giờ sáng ngày 1 hằng tháng. Thêm "
        "bằng `crontab -e` trên máy chạy tiendo.",
        "This line makes the report with the same filters at 6:00 on the first of every "
        "month. Add it with `crontab -e` on the machine that runs tiendo.",
    ),
    "report_archive": ("Các báo cáo đã lập", "Reports made"),
    # --- history
    "history_help": (
        "Chọn một dòng để tải tệp gốc, hoàn tác lô hoặc xem các dòng bị từ chối.",
        "Select a row to download the original file, roll the batch back or see its rejected rows.",
    ),
    "all_kinds": ("Mọi loại", "All kinds"),
    "all_statuses": ("Mọi trạng thái", "Any status"),
    # facts named in the loader's messages (summary sheets compared with the rows)
    "fact_criteria_met": ("số tiêu chí đạt", "criteria met"),
    "fact_ntm_level": ("mức đạt chuẩn", "NTM level"),
    "fact_value": ("giá trị", "value"),
    "fact_year": ("năm", "year"),
    "fact_indicator": ("chỉ tiêu", "indicator"),
    "batch_current": ("Hiện hành", "Current"),
    "batch_superseded": ("Đã bị thay thế", "Replaced"),
    "batch_rolled_back": ("Đã hoàn tác", "Rolled back"),
    "rows_rejected": ("Dòng bị từ chối", "Rows rejected"),
    "superseded_by": ("Thay bằng lô", "Replaced by"),
    "pick_batch": ("Lô đang xem", "Batch"),
    "pick_batch_none": ("(chọn một lô)", "(choose a batch)"),
    "batch_detail": ("Lô {batch}: {file}", "Batch {batch}: {file}"),
    "download_original": ("Tải tệp gốc", "Download the original file"),
    "rollback_sure": ("Tôi muốn hoàn tác lô này", "I want to roll this batch back"),
    "rollback": ("Hoàn tác lô", "Roll back"),
    "rolled_back": (
        "Đã hoàn tác lô {batch}; lô hiện hành trở lại: {restored}.",
        "Batch {batch} rolled back; current again: {restored}.",
    ),
    "none": ("không có", "none"),
    "rejected_rows": ("Các dòng bị từ chối", "Rejected rows"),
    "compare": ("So sánh hai lô", "Compare two batches"),
    "compare_help": (
        "Thường dùng để so một tệp đã sửa với tệp trước của cùng đơn vị, cùng kỳ.",
        "Usually a corrected file against the earlier one for the same units and period.",
    ),
    "compare_old": ("Lô cũ", "Old batch"),
    "compare_new": ("Lô mới", "New batch"),
    "compare_run": ("So sánh", "Compare"),
    "change": ("Thay đổi", "Change"),
    "change_added": ("Dòng thêm", "Added"),
    "change_removed": ("Dòng bớt", "Removed"),
    "change_changed": ("Dòng sửa", "Changed"),
    "no_differences": ("Hai lô giống nhau.", "The two batches are the same."),
    "table": ("Bảng", "Table"),
    "row_key": ("Dòng (khóa)", "Row (key)"),
    "details": ("Chi tiết", "Details"),
    "period_from": ("từ {year}", "from {year}"),
    "period_until": ("đến {year}", "until {year}"),
    "empty_value": ("(trống)", "(empty)"),
    "unexpected_error": (
        "Đã xảy ra lỗi không mong muốn khi hiển thị trang này. Mã tham chiếu: **{ref}**. "
        "Hãy báo mã này cho quản trị viên.",
        "An unexpected error occurred while showing this page. Reference: **{ref}**. "
        "Please give this reference to your administrator.",
    ),
    # --- sign-in, roles, audit (etl.access) ---
    "sign_in_title": ("Đăng nhập", "Sign in"),
    "sign_in_help": (
        "Bảng điều khiển có dữ liệu cá nhân của cán bộ: hãy đăng nhập bằng tài khoản được cấp.",
        "The dashboard holds cadres' personal data: sign in with the account you were given.",
    ),
    "username": ("Tên đăng nhập", "Username"),
    "password": ("Mật khẩu", "Password"),
    "sign_in": ("Đăng nhập", "Sign in"),
    "sign_in_sso": ("Đăng nhập một lần (SSO)", "Single sign-on"),
    "sign_in_missing": (
        "Hãy nhập tên đăng nhập và mật khẩu.",
        "Enter your username and password.",
    ),
    "sign_out": ("Đăng xuất", "Sign out"),
    "signed_in_as": ("Đăng nhập: **{user}** · {role}", "Signed in: **{user}** · {role}"),
    "scope_units": ("Đơn vị được xem: {units}", "Units: {units}"),
    "scope_everywhere": ("mọi đơn vị", "every unit"),
    "role_lanh_dao": ("Lãnh đạo", "Leader"),
    "role_chuyen_vien": ("Chuyên viên", "Analyst"),
    "role_quan_tri": ("Quản trị", "Administrator"),
    "open_banner": (
        "Chưa có tài khoản nào: ai mở được trang này đều xem được toàn bộ dữ liệu, kể cả dữ "
        "liệu cá nhân của cán bộ. Vì vậy trang chỉ mở trên máy này (127.0.0.1). Quản trị viên "
        "thêm tài khoản để bật đăng nhập (README, mục Tài khoản).",
        "No accounts yet: anyone who can open this page sees all the data, including cadres' "
        "personal data, so it is served on this machine only (127.0.0.1). An administrator "
        "adds accounts to turn sign-in on (README, Accounts).",
    ),
    "open_refused": (
        "tiendo đang mở ra mạng ({listen}) nhưng chưa có tài khoản nào, nên không phục vụ. "
        "Thêm tài khoản bằng `python -m etl users add`, hoặc bỏ TIENDO_LISTEN để chỉ mở trên "
        "máy này.",
        "tiendo listens on the network ({listen}) but has no accounts, so it serves nothing. "
        "Add accounts with `python -m etl users add`, or unset TIENDO_LISTEN to serve this "
        "machine only.",
    ),
    "no_right": (
        "Tài khoản của bạn không được dùng trang này.",
        "Your account may not use this page.",
    ),
    "personal_hidden": (
        "Ngày sinh và đảng viên không hiện với vai trò Lãnh đạo (quản trị viên bật bằng "
        "TIENDO_SHOW_PERSONAL=1).",
        "Birth dates and party membership are hidden for the Leader role (an administrator "
        "can turn them on with TIENDO_SHOW_PERSONAL=1).",
    ),
    "upload_outside": (
        "Tệp có {n} dòng thuộc đơn vị ngoài phạm vi tài khoản ({units}); không nạp tệp này. "
        "Các dòng: {rows}.",
        "The file has {n} rows in units outside your account's ({units}); it is not loaded. "
        "Rows: {rows}.",
    ),
    "row_outside": (
        "Đơn vị mã {code} ngoài phạm vi tài khoản.",
        "Unit {code} is outside your account's units.",
    ),
    "page_audit": ("Nhật ký truy cập", "Audit log"),
    "audit_help": (
        "Mọi lần đăng nhập (cả lần sai), nạp, hoàn tác, xuất dữ liệu, lập báo cáo và thay đổi "
        "tài khoản. Nhật ký chỉ được ghi thêm, không sửa, không xóa được.",
        "Every sign-in (failed ones too), upload, rollback, export, report and account change. "
        "The log is only ever added to.",
    ),
    "audit_at": ("Lúc", "When"),
    "audit_actor": ("Người", "Who"),
    "audit_action": ("Việc", "What"),
    "audit_target": ("Đối tượng", "Target"),
    "audit_detail": ("Chi tiết", "Detail"),
    "audit_origin": ("Từ đâu", "From"),
    "audit_outcome": ("Kết quả", "Outcome"),
    "audit_all_actions": ("Mọi việc", "All actions"),
    "audit_sign_in": ("Đăng nhập", "Sign-in"),
    "audit_sign_in_failed": ("Đăng nhập thất bại", "Failed sign-in"),
    "audit_sign_out": ("Đăng xuất", "Sign-out"),
    "audit_upload": ("Nạp tệp", "Upload"),
    "audit_rollback": ("Hoàn tác lô", "Rollback"),
    "audit_export": ("Xuất dữ liệu", "Export"),
    "audit_report": ("Lập báo cáo", "Report"),
    "audit_user_add": ("Thêm tài khoản", "Account added"),
    "audit_user_set": ("Sửa tài khoản", "Account changed"),
    "audit_user_disable": ("Vô hiệu hóa tài khoản", "Account disabled"),
    "audit_user_enable": ("Bật lại tài khoản", "Account enabled"),
    "audit_user_passwd": ("Đổi mật khẩu", "Password set"),
    "audit_refused": ("Bị từ chối", "Refused"),
    "audit_ok": ("Được", "Done"),
    "audit_none": ("Chưa có dòng nhật ký nào.", "The log is empty."),
    # -- Nhập kế hoạch, Văn bản kế hoạch (dashboard/app_pages/plan_import.py, plan.py) --
    "page_plan_import": ("Nhập kế hoạch", "Import a plan"),
    "page_plan": ("Văn bản kế hoạch", "Plan documents"),
    "plan_import_help": (
        "Tải lên văn bản kế hoạch (Word, PDF có lớp chữ, văn bản thuần hoặc trang web). "
        "tiendo đề xuất các chỉ tiêu và nghĩa vụ báo cáo, mỗi mục kèm câu gốc trong văn bản. "
        "Hãy xác nhận, sửa hoặc bỏ từng mục rồi bấm Lưu vào kho; chưa có gì được lưu trước "
        "khi bấm nút.",
        "Upload a plan document (Word, PDF with a text layer, plain text or a web page). "
        "tiendo proposes its goals and reporting duties, each with the sentence it came from. "
        "Confirm, edit or drop each, then press Save to the warehouse; nothing is saved "
        "before that.",
    ),
    "plan_drop": (
        "Kéo thả tệp kế hoạch vào đây hoặc bấm Chọn tệp · tối đa {mb} MB · {types}",
        "Drag a plan file here or press Choose files · at most {mb} MB · {types}",
    ),
    "plan_reading": ("Đang đọc kế hoạch…", "Reading the plan…"),
    "plan_document": ("Thông tin văn bản", "The document"),
    "plan_file": (
        "Tệp {file} ({format}), {n} đoạn văn bản.",
        "File {file} ({format}), {n} paragraphs.",
    ),
    "plan_number": ("Số văn bản", "Number"),
    "plan_date": ("Ngày ban hành", "Date issued"),
    "plan_issuer": ("Cơ quan ban hành", "Issued by"),
    "plan_province": ("Tỉnh", "Province"),
    "plan_goals": ("Chỉ tiêu đề xuất", "Proposed goals"),
    "plan_goals_help": (
        "Bỏ dấu ở cột Giữ để không lưu một chỉ tiêu; sửa trực tiếp trong bảng. Chỉ tiêu chưa "
        "có cách đo sẽ không được lưu.",
        "Untick Keep to leave a goal out; edit right in the table. A goal without a measure "
        "is not saved.",
    ),
    "plan_duties": ("Nghĩa vụ báo cáo đề xuất", "Proposed reporting duties"),
    "plan_duties_help": (
        "Bỏ dấu ở cột Giữ để không lưu một nghĩa vụ báo cáo; sửa trực tiếp trong bảng.",
        "Untick Keep to leave a duty out; edit right in the table.",
    ),
    "plan_keep": ("Giữ", "Keep"),
    "plan_col_name": ("Tên chỉ tiêu", "Goal"),
    "plan_col_value": ("Giá trị", "Value"),
    "plan_col_value_max": ("Giá trị tối đa", "Up to"),
    "plan_col_comparison": ("So sánh", "Comparison"),
    "plan_col_unit": ("Đơn vị tính", "Unit"),
    "plan_col_deadline": ("Thời hạn", "Deadline"),
    "plan_col_recurring": ("Hằng năm", "Every year"),
    "plan_col_scope_level": ("Cấp áp dụng", "Applies to"),
    "plan_col_scope_name": ("Đơn vị", "Unit"),
    "plan_col_measure": ("Cách đo", "Measure"),
    "plan_col_measure_help": (
        "Số liệu nào đo chỉ tiêu này, ví dụ training_achieved:chuyên môn nghiệp vụ (số người "
        "đã đào tạo lĩnh vực chuyên môn nghiệp vụ).",
        "Which data measures this goal, e.g. training_achieved:chuyên môn nghiệp vụ (people "
        "trained in that field).",
    ),
    "plan_col_report_name": ("Tên báo cáo", "Report"),
    "plan_col_frequency": ("Tần suất", "How often"),
    "plan_col_due": ("Hạn nộp", "Due"),
    "plan_col_due_help": (
        "Một lần: dd/mm/yyyy; hằng năm: dd/mm; hằng tháng, quý, 6 tháng: ngày trong tháng "
        "sau kỳ báo cáo (ví dụ 15).",
        "Once: dd/mm/yyyy; yearly: dd/mm; monthly, quarterly, half-yearly: the day of the "
        "month after the period (e.g. 15).",
    ),
    "plan_col_recipient": ("Nơi nhận", "Recipient"),
    "plan_col_reporter": ("Đơn vị báo cáo", "Reported by"),
    "plan_col_reporter_help": (
        "Các đơn vị phải gửi báo cáo, cách nhau bằng dấu phẩy.",
        "Who must send the report, separated by commas.",
    ),
    "plan_col_report_kind": ("Loại số liệu", "Kind of data"),
    "plan_cmp_ge": ("≥ (ít nhất)", "≥ (at least)"),
    "plan_cmp_gt": ("> (hơn)", "> (more than)"),
    "plan_cmp_eq": ("= (đúng bằng)", "= (exactly)"),
    "plan_cmp_le": ("≤ (nhiều nhất)", "≤ (at most)"),
    "plan_cmp_lt": ("< (dưới)", "< (less than)"),
    "plan_cmp_range": ("khoảng (từ … đến …)", "range (from … to …)"),
    "plan_level_province": ("Tỉnh", "Province"),
    "plan_level_district": ("Huyện", "District"),
    "plan_level_commune": ("Xã", "Commune"),
    "plan_level_each_district": ("Từng huyện", "Each district"),
    "plan_level_each_commune": ("Từng xã", "Each commune"),
    "plan_freq_once": ("Một lần", "Once"),
    "plan_freq_monthly": ("Hằng tháng", "Monthly"),
    "plan_freq_quarterly": ("Hằng quý", "Quarterly"),
    "plan_freq_half_yearly": ("6 tháng một lần", "Half-yearly"),
    "plan_freq_yearly": ("Hằng năm", "Yearly"),
    "plan_kind_officers": ("Cán bộ", "Officers"),
    "plan_kind_communes": ("Xã, nông thôn mới", "Communes, new rural"),
    "plan_kind_training": ("Đào tạo, bồi dưỡng", "Training"),
    "plan_kind_goals": ("Chỉ tiêu", "Goals"),
    "plan_kind_other": ("Khác", "Other"),
    "plan_no_goals": (
        "Không tìm thấy chỉ tiêu định lượng nào (con số kèm đơn vị tính và thời hạn) trong "
        "văn bản này. Các nghĩa vụ báo cáo bên dưới vẫn lưu được.",
        "No quantified goal (a figure with its unit and deadline) was found in this "
        "document. The reporting duties below can still be saved.",
    ),
    "plan_no_duties": (
        "Không tìm thấy nghĩa vụ báo cáo nào trong văn bản này.",
        "No reporting duty was found in this document.",
    ),
    "plan_source": ("Câu gốc trong kế hoạch", "The sentence in the plan"),
    "plan_pick": ("Xem câu gốc của", "Show the sentence of"),
    "plan_pick_goal": ("Chỉ tiêu {n}: {name}", "Goal {n}: {name}"),
    "plan_pick_duty": ("Nghĩa vụ báo cáo {n}: {name}", "Reporting duty {n}: {name}"),
    "plan_full_text": (
        "Toàn văn kế hoạch (các câu được đề xuất được tô màu)",
        "The whole plan (the proposed sentences highlighted)",
    ),
    "plan_save": ("Lưu vào kho", "Save to the warehouse"),
    "plan_save_help": (
        "Chỉ các dòng có dấu ở cột Giữ được lưu, thành một lô chỉ tiêu kèm tệp kế hoạch, "
        "người nạp: {user}.",
        "Only the rows ticked Keep are saved, as one goals batch with the plan file, loaded "
        "by {user}.",
    ),
    "plan_fix_first": (
        "Chưa lưu. Hãy sửa các dòng sau rồi bấm Lưu vào kho lại:",
        "Not saved. Fix these rows, then press Save to the warehouse again:",
    ),
    "plan_goal_no_value": (
        "Chỉ tiêu {n} ({name}): chưa có giá trị (một con số).",
        "Goal {n} ({name}): no value (a number).",
    ),
    "plan_duty_bad_due": (
        'Nghĩa vụ báo cáo {n}: không đọc được hạn nộp "{due}". Ghi dd/mm/yyyy (một lần), '
        "dd/mm (hằng năm) hoặc ngày trong tháng (hằng tháng, quý, 6 tháng).",
        'Reporting duty {n}: cannot read the due "{due}". Write dd/mm/yyyy (once), dd/mm '
        "(yearly) or a day of the month (monthly, quarterly, half-yearly).",
    ),
    "plan_nothing_kept": (
        "Chưa giữ chỉ tiêu hay nghĩa vụ báo cáo nào: không có gì để lưu.",
        "No goal or reporting duty is ticked Keep: nothing to save.",
    ),
    "plan_pick_batch": ("Kế hoạch đã nhập", "Imported plan"),
    "plan_pick_placeholder": ("Chọn một kế hoạch", "Choose a plan"),
    "plan_batch_label": (
        "Lô {batch} · {reference} · {file}",
        "Batch {batch} · {reference} · {file}",
    ),
    "plan_no_reference": ("Kế hoạch", "Plan"),
    "plan_none": (
        "Chưa có kế hoạch nào được nhập. Dùng trang Nhập kế hoạch để đọc một văn bản kế hoạch.",
        "No plan has been imported yet. Use Import a plan to read a plan document.",
    ),
    "plan_unknown_batch": (
        "Lô {batch} không có văn bản kế hoạch kèm theo (không có lô này, lô được nạp từ "
        "biểu mẫu Excel, hoặc lô ngoài phạm vi tài khoản).",
        "Batch {batch} has no plan document (no such batch, a batch loaded from an Excel "
        "template, or one outside your account's units).",
    ),
    "plan_reference": ("Văn bản", "Document"),
    "plan_download": ("Tải văn bản gốc", "Download the original"),
    "plan_showing_goal": (
        "Câu của chỉ tiêu **{name}** (mã {id}):",
        "The sentence of goal **{name}** (id {id}):",
    ),
    "plan_showing_duty": (
        "Câu của nghĩa vụ báo cáo **{name}** (mã {id}):",
        "The sentence of reporting duty **{name}** (id {id}):",
    ),
    "plan_goal_not_in_batch": (
        "Chỉ tiêu {id} không thuộc lô {batch}; dưới đây là toàn văn kế hoạch của lô.",
        "Goal {id} is not in batch {batch}; the batch's whole plan is below.",
    ),
    "plan_duty_not_in_batch": (
        "Nghĩa vụ báo cáo {id} không thuộc lô {batch}; dưới đây là toàn văn kế hoạch của lô.",
        "Reporting duty {id} is not in batch {batch}; the batch's whole plan is below.",
    ),
    "plan_quote_missing": (
        "Không tìm thấy câu của {id} trong văn bản (câu đã được sửa khi lưu).",
        "The sentence of {id} is not in the text (it was edited when saved).",
    ),
    "plan_text": ("Toàn văn kế hoạch", "The whole plan"),
    "plan_marked": (
        "{n} câu được tô màu: các chỉ tiêu và nghĩa vụ báo cáo đã lưu của lô này.",
        "{n} sentences highlighted: the goals and reporting duties this batch saved.",
    ),
    "plan_link": ("Xem câu này trong kế hoạch", "See this sentence in the plan"),
}


def t(key: str, lang: str = "vi") -> str:
    vi, en = LABELS[key]
    return en if lang == "en" else vi
