"""Every label the dashboard shows, in Vietnamese first and English as a switch."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("Tiến độ — Theo dõi kế hoạch cán bộ, xã", "Tiến độ — Commune cadre plans"),
    "language": ("Ngôn ngữ", "Language"),
    "filters": ("Bộ lọc", "Filters"),
    "unit": ("Đơn vị", "Unit"),
    "all_units": ("Tất cả đơn vị", "All units"),
    "district": ("Huyện", "District"),
    "all_districts": ("Cả tỉnh", "Whole province"),
    "period": ("Giai đoạn (năm)", "Period (years)"),
    "demo_banner": (
        "Dữ liệu mẫu (demo) dựng từ các kế hoạch của Thanh Hóa, Cao Bằng, Phú Yên và Trà Vinh; "
        "số liệu là giả định, không phải số liệu thật.",
        "Demo data built from the plans of Thanh Hóa, Cao Bằng, Phú Yên and Trà Vinh; the "
        "figures are invented.",
    ),
    "page_overview": ("Tổng quan", "Overview"),
    "page_officers": ("Cán bộ", "Officers"),
    "page_ntm": ("Nông thôn mới", "New rural"),
    "page_training": ("Đào tạo, bồi dưỡng", "Training"),
    "page_unit": ("Đơn vị", "Unit"),
    "page_upload": ("Tải dữ liệu", "Upload"),
    "page_history": ("Lịch sử nạp", "Load history"),
    "page_templates": ("Biểu mẫu", "Templates"),
    "page_reports": ("Báo cáo định kỳ", "Periodic reports"),
    "section_dashboard": ("Bảng điều khiển", "Dashboard"),
    "section_data": ("Dữ liệu", "Data"),
    "overview_title": ("Tổng quan tiến độ các chỉ tiêu", "Progress against the goals"),
    "goals": ("Chỉ tiêu kế hoạch", "Plan goals"),
    "current": ("Hiện đạt", "Current"),
    "target": ("Mục tiêu", "Target"),
    "deadline": ("Thời hạn", "Deadline"),
    "achieved_pct": ("Tỷ lệ hoàn thành", "Achieved"),
    "data_year": ("Số liệu năm", "Data year"),
    "status": ("Trạng thái", "Status"),
    "status_met": ("Đạt", "Met"),
    "status_in_progress": ("Đang thực hiện", "In progress"),
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
        "Kho dữ liệu chưa có số liệu cho lựa chọn này. Hãy nạp bảng tính theo biểu mẫu: "
        "`python -m etl template officers --out bieu_mau.xlsx`, điền số liệu rồi "
        "`python -m etl load bieu_mau.xlsx`; hoặc chạy `make run` để xem dữ liệu mẫu.",
        "There is no data for this selection. Fill in a template "
        "(`python -m etl template officers --out template.xlsx`) and load it with "
        "`python -m etl load template.xlsx`, or run `make run` for the demo data.",
    ),
    "no_warehouse": ("Chưa có kho dữ liệu", "No warehouse yet"),
    "stub_body": (
        "Trang này đang được xây dựng; số liệu đã có trong kho và xem được qua giao diện SQL "
        "(xem README, mục 'Giao diện SQL').",
        "This page is being built; its data is already in the warehouse and available through "
        "the SQL views (see README, 'SQL interface').",
    ),
    "kind_officers": ("Danh sách cán bộ", "Officer assignments"),
    "kind_communes": ("Chỉ tiêu cấp xã", "Commune indicators"),
    "kind_training": ("Đào tạo, bồi dưỡng", "Training"),
    "kind_goals": ("Chỉ tiêu kế hoạch", "Goals"),
    "progress_chart": ("Mức hoàn thành so với mục tiêu (%)", "Achievement against target (%)"),
    "how_computed": ("Cách tính", "How it is computed"),
}


def t(key: str, lang: str = "vi") -> str:
    vi, en = LABELS[key]
    return en if lang == "en" else vi
