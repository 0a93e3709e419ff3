"""Files as districts really send them: layouts, encodings, formats, and hostile files."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile

import pytest

from etl import loader
from tests import messy


def loaded_people(wh) -> list[tuple]:
    with wh.read() as con:
        return sorted(
            con.execute(
                "SELECT full_name, birth_date, birth_year, gender, commune_name, district_name "
                "FROM officers"
            ).fetchall()
        )


def assert_loaded(result):
    assert result.status == "loaded", [e.message for e in result.errors]
    return result


@pytest.mark.parametrize("variant", ["xlsx", "xls", "tcvn3", "vni", "gender_column"])
def test_real_roster_loads_with_right_names_dates_codes_genders(wh, tmp_path, variant):
    if variant == "xls":
        path = messy.officers_xls(tmp_path / "roster.xls")
    elif variant in ("tcvn3", "vni"):
        font = ".VnTime" if variant == "tcvn3" else None  # VNI: detected by content alone
        path = messy.officers_report(
            tmp_path / f"{variant}.xlsx", encode=messy.legacy_encoder(variant), font=font
        )
    else:
        path = messy.officers_report(
            tmp_path / "roster.xlsx", with_gender_column=variant == "gender_column"
        )
    result = assert_loaded(loader.load_file(path, wh))
    assert result.rows == len(messy.PEOPLE)
    assert loaded_people(wh) == messy.expected_people()
    with wh.read() as con:
        batch = con.execute("SELECT as_of_date, unit_names, era FROM batches").fetchone()
        codes = con.execute("SELECT DISTINCT commune_code FROM officers").fetchall()
    assert batch == (dt.date(2016, 12, 31), ["Huyện Mường Lát", "Huyện Quan Sơn"], "legacy")
    assert all(len(c) == 5 for (c,) in codes)
    # subtotals and the signature block were not loaded, and nothing was left unexplained
    assert not [w for w in result.warnings if "ghi" in w.message and "dòng số liệu" in w.message]


def test_form_that_begins_in_column_c_is_read_where_excel_has_it(wh, tmp_path):
    """Two empty columns on the left: the merged header still lines up, and a problem is
    reported in the column the analyst sees."""
    from openpyxl import load_workbook

    path = messy.officers_report(tmp_path / "margin.xlsx", margin=2)
    assert_loaded(loader.load_file(path, wh))
    assert loaded_people(wh) == messy.expected_people()
    wb = load_workbook(path)
    ws = wb.active
    first = next(r for r in range(1, 40) if ws.cell(r, 3).value == 1)
    birth = next(c for c in (5, 6) if ws.cell(first, c).value is not None)
    ws.cell(first, birth, "31/02/1980")
    wb.save(path)
    errors = loader.prepare(path.read_bytes(), path.name).errors
    assert [(e.row, e.column, e.value) for e in errors] == [
        (first, "E" if birth == 5 else "F", "31/02/1980")
    ]


def test_roster_text_is_nfc_with_one_tone_placement(wh, tmp_path):
    assert_loaded(loader.load_file(messy.officers_report(tmp_path / "r.xlsx"), wh))
    names = [p[0] for p in loaded_people(wh)]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert "Hà Thị Hòa" in names and "Vi Văn Thủy" in names and "Lương Thị Khỏe" in names
    assert "Phạm Quý Long" in names  # 'quý' keeps its tone on y


def test_subtotal_that_disagrees_is_a_warning_not_a_refusal(wh, tmp_path):
    from openpyxl import load_workbook

    path = messy.officers_report(tmp_path / "r.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "Cộng: 3 đội viên":
                cell.value = "Cộng: 4 đội viên"
    wb.save(path)
    result = assert_loaded(loader.load_file(path, wh))
    (warning,) = [w for w in result.warnings if "Cộng: 4" in w.message]
    assert "có 3 dòng số liệu" in warning.message and warning.row is not None


def test_birth_in_both_gender_columns_is_an_error(wh, tmp_path):
    from openpyxl import load_workbook

    path = messy.officers_report(tmp_path / "r.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    row = next(r for r in ws.iter_rows() if r[0].value == 1)
    row[3].value = "01/01/1990"  # Nữ column filled next to Nam
    wb.save(path)
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    (error,) = result.errors
    assert error.row == row[0].row and error.column == "C"
    assert "cả hai cột Nam và Nữ" in error.message


def test_ntm_sheet_per_district_with_numbered_criteria(wh, tmp_path):
    path, expected = messy.ntm_report(tmp_path / "ntm.xlsx")
    result = assert_loaded(loader.load_file(path, wh))
    with wh.read() as con:
        got = dict(con.execute("SELECT commune_name, criteria_met FROM commune_ntm").fetchall())
        levels = dict(con.execute("SELECT commune_name, ntm_level FROM commune_ntm").fetchall())
        marks = con.execute("SELECT count(*) FROM commune_ntm_criteria WHERE met").fetchone()[0]
        district = con.execute("SELECT DISTINCT district_name FROM commune_ntm").fetchone()[0]
    assert got == expected
    assert levels["Xã Sơn Thủy"] == "NTM" and levels["Xã Na Mèo"] is None
    assert marks == sum(expected.values())  # x, X, Đạt and ✓ all count
    assert district == "Huyện Quan Sơn"  # from the sheet's name
    assert result.kind == "communes"


def test_training_with_dashes_vietnamese_numbers_and_total(wh, tmp_path):
    result = assert_loaded(loader.load_file(messy.training_report(tmp_path / "t.xlsx"), wh))
    assert not result.warnings  # 'Tổng cộng' 1.023 = 1.020 + 0 + 3
    with wh.read() as con:
        rows = con.execute(
            "SELECT unit_name, category, level, achieved FROM training_results "
            "ORDER BY achieved DESC"
        ).fetchall()
    assert rows == [
        ("Huyện Sơn Hòa", "chuyên môn nghiệp vụ", "trung cấp", 1020),
        ("Xã Xuân Sơn Bắc", "tin học", None, 3),
        ("Huyện Sông Hinh", "lý luận chính trị", "sơ cấp", 0),
    ]


CSV_ROWS = (
    "STT;Họ và tên;Năm sinh;Giới tính;Chức vụ;Huyện;Xã\n"
    "1;Nguyễn Thị Hoà;1990;Nữ;Phó Chủ tịch UBND xã;Mường Lát;Tam Chung\n"
    "2;Lò Văn Toản;12/5/1988;Nam;Phó Chủ tịch UBND xã;Quan Sơn;Na Mèo\n"
)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 has â, ơ, ư... precomposed but tone marks only as combining characters."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("utf-8", ";"), ("utf-8-sig", ","), ("cp1258", ";")],
)
def test_csv_encodings_and_separators(wh, tmp_path, encoding, separator):
    text = CSV_ROWS.replace(";", separator)
    data = to_cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    path = tmp_path / "ds.csv"
    path.write_bytes(data)
    result = loader.load_file(path, wh)
    assert_loaded(result)  # province comes from the district names alone
    names = [p[0] for p in loaded_people(wh)]
    assert names == ["Lò Văn Toản", "Nguyễn Thị Hòa"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)


def test_unknown_and_ambiguous_units_name_candidates(wh, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text(
        "STT,Họ và tên,Năm sinh,Giới tính,Chức vụ,Tỉnh,Xã,Ngày bổ nhiệm\n"
        "1,A,1990,Nam,PCT,Thanh Hóa,Thanh Sơn,01/03/2012\n"
        "2,B,1990,Nam,PCT,Thanh Hóa,Không Có Xã Này,01/03/2012\n",
        encoding="utf-8",
    )
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    messages = {e.row: e.message for e in result.errors}
    # the candidates are named with their district and province, on the commune's column
    assert "trùng nhiều đơn vị" in messages[2] and "Hãy ghi thêm tên huyện" in messages[2]
    assert "Huyện Như Xuân, Tỉnh Thanh Hóa" in messages[2]
    assert "Thị xã Nghi Sơn, Tỉnh Thanh Hóa" in messages[2]
    assert {e.row: e.column for e in result.errors}[2] == "G"
    assert messages[3] == "Không tìm thấy xã 'Không Có Xã Này' thuộc Tỉnh Thanh Hóa."


# ------------------------------------------------------------------ hostile files


def refused(wh, tmp_path, name, data) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    before = wh.query("SELECT count(*) AS n FROM load_batches").n[0]
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    assert wh.query("SELECT count(*) AS n FROM load_batches").n[0] == before
    (error,) = result.errors
    assert name in error.message
    return error.message


def test_not_a_workbook(wh, tmp_path):
    assert "không phải bảng tính" in refused(wh, tmp_path, "anh.xlsx", b"\x89PNG\r\n\x1a\n...")


def test_truncated_workbook(wh, tmp_path):
    data = messy.officers_report(tmp_path / "full.xlsx").read_bytes()
    message = refused(wh, tmp_path, "cut.xlsx", data[: len(data) // 2])
    assert "hỏng hoặc không đầy đủ" in message


def test_password_protected_workbook_says_so(wh, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = messy.officers_report(tmp_path / "plain.xlsx")
    out = io.BytesIO()
    with plain.open("rb") as f:
        OOXMLFile(f).encrypt("matkhau", out)
    assert "mật khẩu" in refused(wh, tmp_path, "khoa.xlsx", out.getvalue())


def test_zip_bomb_is_refused_before_inflating(wh, tmp_path, monkeypatch):
    monkeypatch.setenv("TIENDO_MAX_INFLATED_MB", "20")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    message = refused(wh, tmp_path, "bom.xlsx", buffer.getvalue())
    assert "vượt quá giới hạn 20 MB" in message


def test_zip_bomb_with_a_lying_size_header_is_refused(wh, tmp_path, monkeypatch):
    monkeypatch.setenv("TIENDO_MAX_INFLATED_MB", "20")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    data = bytearray(buffer.getvalue())
    # rewrite the declared uncompressed size (local header and central directory) to 1 KB
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(sig)
        data[at + offset : at + offset + 4] = (1024).to_bytes(4, "little")
    message = refused(wh, tmp_path, "lie.xlsx", bytes(data))
    assert "vượt quá giới hạn" in message or "hỏng" in message


def test_xml_entities_are_never_resolved(wh, tmp_path):
    path = messy.officers_report(tmp_path / "ok.xlsx")
    evil = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = evil.encode() + body
            dst.writestr(item, data)
    assert "DOCTYPE/ENTITY" in refused(wh, tmp_path, "xxe.xlsx", out.getvalue())


def test_macro_workbook_loads_without_running_anything(wh, tmp_path):
    path = messy.officers_report(tmp_path / "r.xlsx")
    xlsm = tmp_path / "r.xlsm"
    xlsm.write_bytes(path.read_bytes())
    assert_loaded(loader.load_file(xlsm, wh))


# ------------------------------------------------------------------ loading rules


def roster_with_bad_rows(tmp_path):
    from openpyxl import load_workbook

    path = messy.officers_report(tmp_path / "r.xlsx")
    wb = load_workbook(path)
    ws = wb.active
    bad_rows = []
    for row in ws.iter_rows():
        if row[0].value == 2 and row[8].value == "xã Trung Lý":
            row[8].value = "Xã Không Có"
            bad_rows.append(row[0].row)
        if row[0].value == 1 and row[8].value == "Na Mèo":
            row[6].value = "Cử nhân"  # a valid free-text value, not an error
    wb.save(path)
    return path, bad_rows


def test_accept_valid_loads_the_rest_and_keeps_rejections(wh, tmp_path):
    path, bad_rows = roster_with_bad_rows(tmp_path)
    refused = loader.load_file(path, wh)
    assert refused.status == "refused"
    result = loader.load_file(path, wh, accept_valid=True)
    assert result.status == "loaded" and result.rows == len(messy.PEOPLE) - 1
    assert [e.row for e in result.errors] == bad_rows
    with wh.read() as con:
        rejected = con.execute(
            'SELECT file_name, sheet, row, "column", value FROM rejected_rows'
        ).fetchall()
        counts = con.execute("SELECT rows_read, rows_loaded, rows_rejected FROM batches").fetchone()
    assert rejected == [("r.xlsx", "Biểu 01", bad_rows[0], "I", "Xã Không Có")]
    assert counts == (5, 4, 1)


def test_accept_valid_still_refuses_a_file_level_problem(wh, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"garbage")
    assert loader.load_file(path, wh, accept_valid=True).status == "refused"


def test_error_workbook_marks_bad_cells_with_comments(tmp_path):
    from openpyxl import load_workbook

    from etl import error_workbook

    path, bad_rows = roster_with_bad_rows(tmp_path)
    prepared = loader.prepare(path.read_bytes(), path.name)
    out = error_workbook.write(
        path.read_bytes(), path.name, prepared.errors, prepared.warnings, tmp_path / "loi"
    )
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Lỗi cần sửa"
    cell = wb["Biểu 01"][f"I{bad_rows[0]}"]
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert "không tìm thấy xã" in cell.comment.text.lower()
    summary = list(wb["Lỗi cần sửa"].iter_rows(min_row=2, values_only=True))
    assert summary[0][:4] == ("Lỗi", "Biểu 01", bad_rows[0], "I")
    # the rest of the workbook is the analyst's own file, unchanged
    assert wb["Biểu 01"]["A1"].value == "UBND TỈNH THANH HÓA"


def test_error_workbook_for_an_old_xls_is_an_xlsx_copy(tmp_path):
    from openpyxl import load_workbook

    from etl import error_workbook

    path = messy.officers_xls(tmp_path / "r.xls")
    problems = [loader.Problem("Bieu 01", 12, "B", "x", "Sai tên.")]
    out = error_workbook.write(path.read_bytes(), path.name, problems, [], tmp_path)
    assert out.suffix == ".xlsx"
    assert load_workbook(out)["Bieu 01"]["B12"].comment.text == "Lỗi: Sai tên."


def test_progress_callback_reaches_the_total(tmp_path):
    path = messy.officers_report(tmp_path / "r.xlsx")
    seen = []
    prepared = loader.prepare(
        path.read_bytes(), path.name, progress=lambda d, t: seen.append((d, t))
    )
    assert not prepared.errors
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)


def test_duplicate_person_is_a_warning(wh, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "STT;Họ và tên;Ngày sinh;Giới tính;Chức vụ;Huyện;Xã;Ngày bổ nhiệm\n"
        "1;Lò Văn A;01/02/1990;Nam;PCT;Mường Lát;Tam Chung;01/03/2012\n"
        "2;LÒ VĂN A;01/02/1990;Nam;Chủ tịch;Mường Lát;Tam Chung;01/03/2015\n",
        encoding="utf-8",
    )
    result = assert_loaded(loader.load_file(path, wh))
    (warning,) = result.warnings
    assert warning.row == 3 and "Trùng người với dòng 2" in warning.message


def test_one_sheet_per_district(wh, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for district, commune in (("Mường Lát", "Tam Chung"), ("Quan Sơn", "Na Mèo")):
        ws = wb.create_sheet(district)
        ws.append([f"UBND HUYỆN {district.upper()}"])
        ws.append(["(Tính đến ngày 30/06/2017)"])
        ws.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Xã"])
        ws.append([1, f"Người ở {commune}", 1988, "Nam", "PCT", commune])
    wb.save(tmp_path / "hai_huyen.xlsx")
    result = assert_loaded(loader.load_file(tmp_path / "hai_huyen.xlsx", wh))
    assert result.rows == 2
    with wh.read() as con:
        got = con.execute("SELECT district_name, commune_name FROM officers ORDER BY 1").fetchall()
    assert got == [("Huyện Mường Lát", "Xã Tam Chung"), ("Huyện Quan Sơn", "Xã Na Mèo")]


def test_error_workbook_notes_a_merged_header_on_its_top_left_cell(tmp_path):
    """A warning on a cell inside a merged header (openpyxl's MergedCell cannot hold a
    comment) is written on the range's top-left cell, and the workbook is written."""
    from openpyxl import Workbook, load_workbook

    from etl import error_workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "DS"
    ws["A1"] = "Trình độ"
    ws.merge_cells("A1:C2")
    path = tmp_path / "m.xlsx"
    wb.save(path)
    warning = loader.Problem("DS", 2, "B", "", "Cột không nhận ra.")
    out = error_workbook.write(path.read_bytes(), path.name, [], [warning], tmp_path / "loi")
    assert "Cột không nhận ra" in load_workbook(out)["DS"]["A1"].comment.text


def test_error_workbook_of_a_csv_keeps_formulas_as_text(tmp_path):
    """A CSV cell that looks like a formula is copied as the text it is, never as a live
    formula; an unreadable text file still gets the summary sheet."""
    from openpyxl import load_workbook

    from etl import error_workbook

    path = tmp_path / "ds.csv"
    path.write_text('Họ và tên,Ghi chú\nA,"=HYPERLINK(""http://x"",""y"")"\n', encoding="utf-8")
    problem = loader.Problem("ds", 2, "B", "", "Sai.")
    out = error_workbook.write(path.read_bytes(), path.name, [problem], [], tmp_path / "loi")
    cell = load_workbook(out)["ds"]["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")

    broken = tmp_path / "hong.csv"
    broken.write_text('Họ và tên,Ghi chú\nA,"mở\nB,c\n', encoding="utf-8")
    prepared = loader.prepare(broken.read_bytes(), broken.name)
    assert prepared.errors and prepared.errors[0].row == 2
    out = error_workbook.write(
        broken.read_bytes(), broken.name, prepared.errors, [], tmp_path / "loi"
    )
    assert load_workbook(out).sheetnames == ["Lỗi cần sửa"]


@pytest.mark.parametrize(
    ("far", "says"),
    [
        ((1_048_576, 16_384), "quá lớn để đọc an toàn"),  # XFD1048576: within Excel, too big
        ((1_048_577, 2), "B1048577"),  # past Excel's last row
        ((5, 16_385), "XFE5"),  # past Excel's last column
    ],
)
def test_a_stray_far_cell_is_refused_before_any_reader_sees_it(wh, tmp_path, far, says):
    """A lone cell far from the table would make calamine allocate the whole range (17
    billion cells for XFD1048576) and abort the process: refused first, naming the sheet."""
    from tests.corpus.containers import _hand_xlsx

    cells = {(1, 1): "STT", (1, 2): "Họ và tên", (1, 3): "Xã", (2, 1): 1, (2, 2): "A"}
    cells[far] = "x"
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_hand_xlsx("Danh sách", cells))
    result = loader.load_file(path, wh)
    assert result.status == "refused"
    (error,) = result.errors
    assert error.sheet == "Danh sách" and says in error.message
