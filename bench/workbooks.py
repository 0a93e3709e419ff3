"""Large officer workbooks for the benchmark, shaped like a real report (title block,
header, STT), written with openpyxl's streaming writer so 500k rows fit in memory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

HEADER = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Dân tộc",
    "Trình độ chuyên môn",
    "Lý luận chính trị",
    "Chức vụ",
    "Chương trình",
    "Tỉnh",
    "Huyện",
    "Xã",
    "Ngày bổ nhiệm",
    "Tình trạng",
]
PLACES = [
    ("Mường Lát", "Tam Chung"),
    ("Quan Sơn", "Na Mèo"),
    ("Quan Hóa", "Hồi Xuân"),
    ("Bá Thước", "Lũng Cao"),
    ("Lang Chánh", "Yên Khương"),
    ("Như Xuân", "Thanh Quân"),
]
SURNAMES = ["Nguyễn", "Lê", "Lò", "Hà", "Vi", "Lương", "Phạm", "Cầm"]
GIVEN = ["An", "Bình", "Hòa", "Thủy", "Lan", "Hùng", "Mai", "Quân", "Yến", "Long"]


def officers(path: Path, rows: int, text_date_at: int | None = None) -> Path:
    """``text_date_at``: the data row (0-based) whose birth date is typed as text, so
    that column mixes dates and text (a fast Arrow read of it is refused)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["UBND TỈNH THANH HÓA"])
    ws.append(["DANH SÁCH CÁN BỘ CẤP XÃ"])
    ws.append(["(Tính đến ngày 31/12/2016)"])
    ws.append(HEADER)
    for i in range(rows):
        district, commune = PLACES[i % len(PLACES)]
        name = f"{SURNAMES[i % 8]} Văn {GIVEN[(i // 8) % 10]} {i}"
        ws.append(
            [
                i + 1,
                name,
                dt.date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
                if i != text_date_at
                else f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1970 + i % 30}",
                "Nam" if i % 3 else "Nữ",
                "Thái" if i % 2 else "Kinh",
                "Đại học",
                "Trung cấp",
                "Phó Chủ tịch UBND xã",
                "Dự án 600",
                "Thanh Hóa",
                district,
                commune,
                dt.date(2012, 1 + i % 12, 1 + i % 28),
                "Đang công tác",
            ]
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def province_roster(path: Path, rows: int, province_code: str = "38") -> tuple[Path, int]:
    """A roster spread over every commune of one legacy province (Thanh Hóa by default),
    names written as the reference writes them ("Xã Hoằng Phụ", "Huyện Hoằng Hóa"), as a
    province-wide report is: tone pairs such as Hoằng Phụ/Hoằng Phú must resolve exactly.
    Returns the path and the number of communes."""
    from etl.units.reference import unit_rows

    units = unit_rows()
    legacy = units[(units.era == "legacy") & (units.province_code == province_code)]
    districts = dict(zip(legacy.code, legacy.name, strict=True))
    communes = legacy[legacy.level == "commune"].sort_values("code")
    places = [
        (districts[d], name) for d, name in zip(communes.district_code, communes.name, strict=True)
    ]
    province = legacy[legacy.level == "province"].name.iloc[0]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Toàn tỉnh")
    ws.append([f"UBND {province.upper()}"])
    ws.append(["DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ"])
    ws.append(["(Tính đến ngày 31/12/2019)"])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Chức vụ", "Xã",
               "Huyện", "Tỉnh"])  # fmt: skip
    for i in range(rows):
        district, commune = places[i % len(places)]
        ws.append(
            [
                i + 1,
                f"{SURNAMES[i % 8]} Thị {GIVEN[(i // 8) % 10]} {i}",
                dt.date(1965 + i % 35, 1 + i % 12, 1 + i % 28),
                "Nữ" if i % 2 else "Nam",
                "Kinh" if i % 3 else "Mường",
                "Công chức Văn phòng - Thống kê",
                commune,
                district,
                province,
            ]
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path, len(places)
