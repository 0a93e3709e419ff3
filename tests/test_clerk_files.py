"""What files written by outsiders, the way district clerks make them, taught the loader:
each test is one such file, cut down to what went wrong, and the facts it must give."""

from __future__ import annotations

import openpyxl
import pytest

from etl import loader


def _sheet(rows: list[list], name: str = "Sheet1", percent: set[tuple[int, int]] = frozenset()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = name
    for row in rows:
        ws.append(row)
    for r, c in percent:
        ws.cell(r, c).number_format = "0.0%"
    return wb


def _load(wh, tmp_path, wb_or_text, name: str, **kw):
    path = tmp_path / name
    if isinstance(wb_or_text, bytes):
        path.write_bytes(wb_or_text)
    else:
        wb_or_text.save(path)
    return loader.load_file(path, wh, **kw)


def _rows(wh, sql: str) -> list[tuple]:
    with wh.read() as con:
        return con.execute(sql).fetchall()


def test_semicolon_csv_with_a_quoted_semicolon(wh, tmp_path):
    text = (
        "STT;Xã;Huyện;Tỉnh;Năm;Số tiêu chí đạt;Ghi chú\r\n"
        '1;Hoằng Phụ;Hoằng Hóa;Thanh Hóa;2019;19;"Đạt chuẩn; đã có QĐ"\r\n'
        "2;Hoằng Phú;Hoằng Hóa;Thanh Hóa;2019;15;\r\n"
    )
    result = _load(wh, tmp_path, text.encode("utf-8"), "ntm.csv")
    assert result.status == "loaded", result.errors
    got = _rows(wh, "SELECT commune_name, criteria_met FROM commune_ntm ORDER BY 1")
    assert got == [("Xã Hoằng Phú", 15), ("Xã Hoằng Phụ", 19)]


def test_a_dash_in_a_yes_no_column_is_no_and_in_a_rate_unknown(wh, tmp_path):
    wb = _sheet(
        [
            ["CHỈ TIÊU VĂN HÓA CÁC XÃ HUYỆN THIỆU HÓA NĂM 2023"],
            ["STT", "Tên xã", "Trụ sở kiên cố", "Tỷ lệ hộ nghèo (%)"],
            [1, "Thiệu Vận", "-", "-"],
            [2, "Thiệu Long", "Có", 3.5],
        ]
    )
    assert _load(wh, tmp_path, wb, "ct.xlsx", kind="communes").status == "loaded"
    got = _rows(wh, "SELECT commune_name, indicator, value FROM commune_indicators ORDER BY 1, 2")
    assert got == [
        ("Xã Thiệu Long", "trụ sở kiên cố", 1.0),
        ("Xã Thiệu Long", "tỷ lệ hộ nghèo", 3.5),
        ("Xã Thiệu Vận", "trụ sở kiên cố", 0.0),
    ]


@pytest.mark.parametrize(
    ("written", "refused"),
    [("xã Hoằng Phú", True), ("Hoang Phu", False), ("HOẰNG PHỤ", False)],
)
def test_a_code_and_a_name_with_other_tone_marks_contradict(wh, tmp_path, written, refused):
    """16003 is Hoằng Phụ: 'Hoằng Phú' contradicts it; a name typed without tone marks,
    or in capitals, does not."""
    wb = _sheet(
        [
            ["UBND HUYỆN HOẰNG HÓA"],
            ["STT", "Họ và tên", "Mã xã", "Xã"],
            [1, "Lê Văn An", 16003, written],
        ]
    )
    result = _load(wh, tmp_path, wb, "ds.xlsx", kind="officers")
    assert (result.status == "refused") == refused, result.errors
    if refused:
        assert "16003" in result.errors[0].message and written in result.errors[0].message


def test_a_summary_sheet_difference_names_the_commune_and_the_figure(wh, tmp_path):
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "TH"
    district = wb.create_sheet("Quan Sơn")
    header = ["STT", "Xã", "Huyện", "Năm", "Số tiêu chí đạt"]
    summary.append(header)
    summary.append([1, "Na Mèo", "Quan Sơn", 2022, 16])
    district.append(header)
    district.append([1, "Na Mèo", "Quan Sơn", 2022, 15])
    result = _load(wh, tmp_path, wb, "th.xlsx")
    assert result.status == "loaded", result.errors
    (warning,) = result.warnings
    assert warning.sheet == "TH" and "Xã Na Mèo" in warning.message
    assert "số tiêu chí đạt 16 (trang đơn vị: 15)" in warning.message
    assert _rows(wh, "SELECT criteria_met FROM commune_ntm") == [(15,)]


@pytest.mark.parametrize("sheet", ["Lý luận chính trị", "LLCT"])
def test_a_training_category_named_by_the_sheet(wh, tmp_path, sheet):
    wb = _sheet(
        [
            ["KẾT QUẢ ĐÀO TẠO NĂM 2017"],
            ["STT", "Đơn vị", "Trung cấp", "Cao cấp"],
            [1, "Quan Sơn", 12, 3],
        ],
        name=sheet,
    )
    assert _load(wh, tmp_path, wb, "dt.xlsx", kind="training").status == "loaded"
    got = _rows(wh, "SELECT category, level, year, achieved FROM training_results ORDER BY 2")
    assert got == [
        ("lý luận chính trị", "cao cấp", 2017, 3),
        ("lý luận chính trị", "trung cấp", 2017, 12),
    ]


def test_levels_written_as_abbreviations_are_spelled_out(wh, tmp_path):
    wb = _sheet(
        [
            ["STT", "Họ và tên", "Xã", "Huyện", "Tỉnh", "TĐCM", "LLCT"],
            [1, "Vi Thị Ngọc", "Hồi Xuân", "Quan Hóa", "Thanh Hóa", "ĐH", "TC"],
            [2, "Lò Văn Phong", "Hồi Xuân", "Quan Hóa", "Thanh Hóa", "Thạc sĩ", "Cử nhân"],
            [3, "Hà Văn Khánh", "Hồi Xuân", "Quan Hóa", "Thanh Hóa", "cđ", "CC"],
        ]
    )
    assert _load(wh, tmp_path, wb, "cb.xlsx", kind="officers").status == "loaded"
    got = _rows(wh, "SELECT education, political_theory FROM officers ORDER BY full_name")
    assert got == [("Cao đẳng", "Cao cấp"), ("Thạc sĩ", "Cao cấp"), ("Đại học", "Trung cấp")]


@pytest.mark.parametrize("years_on_top", [True, False])
def test_indicator_cross_tab_with_years(wh, tmp_path, years_on_top):
    """Years over indicators, or indicators over years: one row per commune, year and
    indicator, whatever the rate header's wording ('Tỷ lệ ...' is never a ratio here)."""
    indicators = ["Tỷ lệ hộ nghèo (%)", "Tỷ lệ gia đình văn hóa (%)"]
    years = [2021, 2022]
    pairs = (
        [(y, i) for y in years for i in indicators]
        if years_on_top
        else [(y, i) for i in indicators for y in years]
    )
    top = [f"Năm {y}" if years_on_top else i for y, i in pairs]
    below = [i if years_on_top else y for y, i in pairs]
    wb = _sheet(
        [
            ["UBND HUYỆN HOẰNG HÓA"],
            ["STT", "Tên xã", *top],
            [None, None, *below],
            [1, "Hoằng Đồng", *[10 * (k + 1) for k in range(4)]],
        ]
    )
    ws = wb.active
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    for c in (3, 5):
        ws.merge_cells(start_row=2, start_column=c, end_row=2, end_column=c + 1)
    assert _load(wh, tmp_path, wb, "ct.xlsx", kind="communes").status == "loaded"
    got = _rows(wh, "SELECT year, indicator, value FROM commune_indicators")
    expected = {
        (y, i.split(" (")[0].lower(), float(10 * (k + 1))) for k, (y, i) in enumerate(pairs)
    }
    assert set(got) == expected


def test_no_commune_column_is_one_refusal_with_what_was_recognised(wh, tmp_path):
    """A roster whose commune column has a header nobody foresaw, on a sheet named "DS
    đội viên" (which names no unit): one sheet-level refusal naming the missing field,
    the header row and the columns recognised; mapping the column then loads it."""
    wb = _sheet(
        [
            ["UBND HUYỆN MƯỜNG LÁT"],
            ["STT", "Họ và tên", "Dân tộc", "Địa bàn"],
            [1, "Lò Văn Bình", "Thái", "Tam Chung"],
            [2, "Hà Thị Mai", "Mường", "Pù Nhi"],
        ],
        name="DS đội viên",
    )
    result = _load(wh, tmp_path, wb, "dv.xlsx", kind="officers")
    assert result.status == "refused" and result.missing_fields == ["commune_name"]
    (error,) = result.errors
    assert error.sheet == "DS đội viên" and "dòng tiêu đề 2" in error.message
    assert "B = full_name" in error.message and "C = ethnicity" in error.message
    mapped = _load(wh, tmp_path, wb, "dv.xlsx", kind="officers", mapping={"D": "commune_name"})
    assert mapped.status == "loaded", mapped.errors
    assert _rows(wh, "SELECT count(*) FROM officers") == [(2,)]


@pytest.mark.parametrize(
    ("header", "codes"),
    [("Mã ĐVHC", [26, 26, 27]), ("Mã ĐVHC", ["026", "026", "027"]), ("Mã huyện", [26, 26, 27])],
)
def test_a_district_code_beside_district_and_commune_names(wh, tmp_path, header, codes):
    """A code column of districts (typed as numbers, their zeros lost) beside district and
    commune names: the code names the district, the commune is found by name within it
    (two communes called Tả Lủng, one in each district)."""
    wb = _sheet(
        [
            ["KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI TỈNH HÀ GIANG NĂM 2019"],
            ["STT", header, "Huyện", "Xã", "Năm", "Số tiêu chí đạt"],
            [1, codes[0], "Đồng Văn", "Lũng Cú", 2019, 9],
            [2, codes[1], "Đồng Văn", "Tả Lủng", 2019, 8],
            [3, codes[2], "Mèo Vạc", "Tả Lủng", 2019, 10],
        ]
    )
    result = _load(wh, tmp_path, wb, "ntm.xlsx", kind="communes")
    assert result.status == "loaded", result.errors
    got = _rows(wh, "SELECT commune_code, criteria_met FROM commune_ntm ORDER BY 1")
    assert got == [("00715", 9), ("00742", 8), ("00796", 10)]
