"""The national new-rural (nông thôn mới) criteria sets, as reference data.

A commune's "số tiêu chí đạt" only means something against its set. The names follow the
decisions' annexes (numbering in the order the annex lists them).
"""

from __future__ import annotations

CRITERIA_SETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "2016-2020": (
        "Quyết định số 1980/QĐ-TTg ngày 17/10/2016",
        (
            "Quy hoạch",
            "Giao thông",
            "Thủy lợi",
            "Điện",
            "Trường học",
            "Cơ sở vật chất văn hóa",
            "Cơ sở hạ tầng thương mại nông thôn",
            "Thông tin và Truyền thông",
            "Nhà ở dân cư",
            "Thu nhập",
            "Hộ nghèo",
            "Lao động có việc làm",
            "Tổ chức sản xuất",
            "Giáo dục và Đào tạo",
            "Y tế",
            "Văn hóa",
            "Môi trường và an toàn thực phẩm",
            "Hệ thống chính trị và tiếp cận pháp luật",
            "Quốc phòng và An ninh",
        ),
    ),
    "2021-2025": (
        "Quyết định số 318/QĐ-TTg ngày 08/3/2022",
        (
            "Quy hoạch",
            "Giao thông",
            "Thủy lợi và phòng, chống thiên tai",
            "Điện",
            "Trường học",
            "Cơ sở vật chất văn hóa",
            "Cơ sở hạ tầng thương mại nông thôn",
            "Thông tin và Truyền thông",
            "Nhà ở dân cư",
            "Thu nhập",
            "Nghèo đa chiều",
            "Lao động",
            "Tổ chức sản xuất và phát triển kinh tế nông thôn",
            "Giáo dục và Đào tạo",
            "Y tế",
            "Văn hóa",
            "Môi trường và an toàn thực phẩm",
            "Hệ thống chính trị và tiếp cận pháp luật",
            "Quốc phòng và An ninh",
        ),
    ),
    "2026-2030": (
        "Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025",
        (
            "Quy hoạch",
            "Hạ tầng kinh tế - xã hội",
            "Phát triển kinh tế nông thôn",
            "Đào tạo nguồn nhân lực nông thôn",
            "Văn hóa, giáo dục, y tế",
            "Giảm nghèo và an sinh xã hội",
            "Khoa học công nghệ và chuyển đổi số",
            "Môi trường và cảnh quan nông thôn",
            "Xây dựng hệ thống chính trị và hành chính công",
            "Tiếp cận pháp luật và an ninh, quốc phòng",
        ),
    ),
}

NTM_LEVELS = ("NTM", "NTM nâng cao", "NTM kiểu mẫu")


def criteria_set_for_year(year: int) -> str:
    """The set in force for a reporting year."""
    if year <= 2020:
        return "2016-2020"
    if year <= 2025:
        return "2021-2025"
    return "2026-2030"


def criteria_count(criteria_set: str) -> int:
    return len(CRITERIA_SETS[criteria_set][1])


def rows() -> list[tuple[str, int, str, str]]:
    return [
        (name, number, criterion, decision)
        for name, (decision, criteria) in CRITERIA_SETS.items()
        for number, criterion in enumerate(criteria, start=1)
    ]
