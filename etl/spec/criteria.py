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


# Shorter names districts write over a criterion's column (folded words), in the two
# 19-criteria sets; the full names of every set are matched as well.
SHORT_NAMES_19: dict[str, int] = {
    "thuy loi va phong chong thien tai": 3,
    "thuy loi": 3,
    "co so ha tang thuong mai": 7,
    "ha tang thuong mai nong thon": 7,
    "cho nong thon": 7,
    "thong tin truyen thong": 8,
    "buu dien": 8,
    "nha o": 9,
    "nha o dan cu": 9,
    "ho ngheo": 11,
    "ngheo da chieu": 11,
    "lao dong": 12,
    "lao dong co viec lam": 12,
    "to chuc san xuat": 13,
    "to chuc san xuat va phat trien kinh te nong thon": 13,
    "giao duc": 14,
    "giao duc va dao tao": 14,
    "moi truong": 17,
    "moi truong va an toan thuc pham": 17,
    "he thong chinh tri": 18,
    "he thong chinh tri va tiep can phap luat": 18,
    "an ninh trat tu xa hoi": 19,
    "quoc phong va an ninh": 19,
    "an ninh": 19,
}
# Groups districts put over the criteria of the 19-criteria sets (a third header level).
GROUPS_19 = (
    "quy hoach",
    "ha tang kinh te xa hoi",
    "kinh te va to chuc san xuat",
    "van hoa xa hoi moi truong",
    "he thong chinh tri",
)
