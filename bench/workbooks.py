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
