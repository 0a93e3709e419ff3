"""The analysts' upload desk, through the app: upload → preview → confirm → history →
rollback, and the ways it must refuse. Real files, a real warehouse, AppTest sessions."""

from __future__ import annotations

import datetime as dt
import getpass
import math
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from etl.store import history
from tests.conftest import officer

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def open_page(db: Path, monkeypatch, page: str) -> AppTest:
    monkeypatch.setenv("TIENDO_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page(f"app_pages/{page}").run()
    assert not broken(at), broken(at)
    return at


def texts(at: AppTest) -> str:
    parts = [
        e.value for e in (*at.markdown, *at.caption, *at.info, *at.warning, *at.error, *at.success)
    ]
    return "\n".join(str(p) for p in parts)


def broken(at: AppTest) -> list[str]:
    """What a reader must never see: a traceback, or the error boundary's apology (a
    page's exception is caught there and shown as a reference, not as ``at.exception``)."""
    found = [str(e.value) for e in at.exception]
    return found + [e.value for e in at.error if "Mã tham chiếu" in e.value]


# what leaks when a value is shown as Python or DuckDB wrote it
RAW_WORDS = {"None", "none", "nan", "NaN", "NaT", "<NA>", "legacy", "True", "False"}
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def leaks(at: AppTest) -> list[str]:
    """Raw values anywhere a reader looks: table cells, headers, messages and metrics."""
    cells = [
        (f"bảng {i}", str(c), v)
        for i, d in enumerate(at.dataframe)
        for c in d.value.columns
        for v in d.value[c].tolist()
    ]
    shown = [(f"tiêu đề {i}", "", c) for i, d in enumerate(at.dataframe) for c in d.value.columns]
    shown += [("chữ", "", line) for line in texts(at).splitlines()]
    shown += [("số đo", m.label, m.value) for m in at.metric]
    found = []
    for where, column, value in cells + shown:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            found.append(f"{where} {column}: trống kiểu Python ({value!r})")
            continue
        text = str(value)
        if text.strip() in RAW_WORDS or ISO_DATE.search(text):
            found.append(f"{where} {column}: {text!r}")
    return found


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key="uploads").set_value([(n, c, XLSX) for n, c in files]).run()
    assert not broken(at), broken(at)
    return at


def confirm(at: AppTest) -> AppTest:
    buttons = [b for b in at.button if b.key and b.key.startswith("confirm_")]
    assert buttons, "no confirm button"
    buttons[0].click().run()
    assert not at.exception, at.exception
    return at


def batches(wh) -> list[tuple]:
    with wh.read() as con:
        return con.execute(
            "SELECT batch_id, status, rows_loaded, file_name FROM batches ORDER BY batch_id"
        ).fetchall()


def test_upload_preview_confirm_history_rollback(wh, officers_file, monkeypatch):
    first = officers_file([officer(), officer(stt=2, full_name="Hà Thị Mai", gender="Nữ")])
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, (first.name, first.read_bytes()))
    body = texts(at)
    # what was detected, and the rows as they will be stored
    assert "Danh sách cán bộ" in [m.value for m in at.metric]
    assert "Huyện Mường Lát" in body and "30/06/2017" in body
    preview = at.dataframe[-1].value
    assert set(preview["Họ và tên"]) == {"Lò Văn Bình", "Hà Thị Mai"}
    assert batches(wh) == []  # nothing is written before confirmation

    confirm(at)
    loaded = batches(wh)
    assert [(s, n) for _, s, n, _ in loaded] == [("current", 2)]
    assert "Đã nạp lô" in texts(at)

    # a corrected file for the same district and date replaces the first one
    second = officers_file([officer(), officer(stt=2, full_name="Hà Thị Mai Anh")], name="b.xlsx")
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, (second.name, second.read_bytes()))
    assert f"thay thế lô {loaded[0][0]}" in texts(at)
    confirm(at)
    assert [s for _, s, _, _ in batches(wh)] == ["superseded", "current"]

    # history: the newest batch first; choose it, compare it, roll it back
    old_id, new_id = (b for b, *_ in batches(wh))
    at = open_page(wh.path, monkeypatch, "history.py")
    assert at.dataframe[0].value.iloc[0, 0] == new_id
    diff = history.compare(wh, old_id, new_id)
    assert set(diff.change) == {"added", "removed"}  # one person renamed: out and in
    at.selectbox(key="history_batch").set_value(new_id).run()
    assert not at.exception
    assert any(d.label == "Tải tệp gốc" for d in at.get("download_button"))
    at.checkbox(key=f"sure_{new_id}").check().run()
    at.button(key=f"rollback_{new_id}").click().run()
    assert not at.exception
    assert [s for _, s, _, _ in batches(wh)] == ["current", "rolled_back"]
    assert f"Đã hoàn tác lô {new_id}" in texts(at)


def test_file_with_errors_shows_them_and_cannot_be_confirmed(wh, officers_file, monkeypatch):
    bad = officers_file([officer(), officer(stt=2, birth="31/02/1990", commune="Không Có")])
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, (bad.name, bad.read_bytes()))
    body = texts(at)
    assert "sửa theo tệp đánh dấu lỗi" in body
    problems = at.dataframe[0].value
    assert (problems["Dòng"] == "7").any() and problems["Cần sửa"].str.len().min() > 0
    confirm_button = next(b for b in at.button if b.key and b.key.startswith("confirm_"))
    assert confirm_button.disabled
    assert any(d.label.startswith("Tải tệp đã đánh dấu lỗi") for d in at.get("download_button"))

    # loading the valid rows keeps the rejected one with the batch
    at.checkbox(key="upload_accept_valid").check().run()
    confirm(at)
    with wh.read() as con:
        assert con.execute("SELECT count(*) FROM officers").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM rejected_rows").fetchone()[0] >= 1


def test_same_file_again_is_recognised(wh, officers_file, monkeypatch):
    f = officers_file([officer()])
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, (f.name, f.read_bytes()))
    confirm(at)
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, (f.name, f.read_bytes()))
    assert "đã được nạp" in texts(at)
    assert next(b for b in at.button if b.key.startswith("confirm_")).disabled
    assert len(batches(wh)) == 1


def test_too_big_upload_is_refused_with_a_vietnamese_message(wh, monkeypatch):
    monkeypatch.setenv("TIENDO_MAX_UPLOAD_MB", "0.001")  # about a kilobyte
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, ("lon_qua.xlsx", b"PK" + b"\0" * 4096))
    message = " ".join(e.value for e in at.error)
    assert "lon_qua.xlsx" in message and "vượt giới hạn" in message
    assert batches(wh) == []


def test_not_a_workbook_is_refused_whole(wh, monkeypatch):
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, ("bao_cao.xlsx", "Xin chào, đây là thư.".encode()))
    assert "không phải bảng tính" in texts(at) or "Không đọc được" in texts(at)
    assert next(b for b in at.button if b.key.startswith("confirm_")).disabled
    assert batches(wh) == []


@pytest.mark.parametrize("many", [2])
def test_several_files_at_once(wh, officers_file, monkeypatch, many):
    files = [
        officers_file(
            [officer(district=d, commune=c)], name=f"{i}.xlsx", as_of=dt.date(2017, 6, 30)
        )
        for i, (d, c) in enumerate([("Mường Lát", "Tam Chung"), ("Quan Sơn", "Mường Mìn")])
    ][:many]
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, *[(f.name, f.read_bytes()) for f in files])
    assert len([b for b in at.button if b.key.startswith("confirm_")]) == many
    for _ in range(many):
        buttons = [b for b in at.button if b.key.startswith("confirm_") and not b.disabled]
        buttons[0].click().run()
    assert [s for _, s, _, _ in batches(wh)] == ["current"] * many


def test_mapping_columns_follows_the_preview_and_is_saved(wh, monkeypatch, tmp_path):
    """A roster with headers tiendo does not know: refused until its columns are mapped
    in the drop-downs; the preview follows each choice; the choice is saved on confirm
    and applied, shown as such, to the next file with the same headers."""
    from tests.test_cli import _odd_roster

    odd = _odd_roster(tmp_path / "la.xlsx")
    at = open_page(wh.path, monkeypatch, "upload.py")
    at.selectbox(key="upload_kind").set_value("officers").run()
    upload(at, (odd.name, odd.read_bytes()))
    confirm_button = next(b for b in at.button if b.key and b.key.startswith("confirm_"))
    assert confirm_button.disabled  # no name column: nothing to store yet
    boxes = {b.key.rsplit("_", 1)[-1]: b for b in at.selectbox if b.key.startswith("map_")}
    assert {"A", "B", "C", "D", "E", "F", "G"} <= set(boxes)
    assert "Lò Văn Bình" in " ".join(str(c.value) for c in at.caption)  # first values shown

    boxes["B"].set_value("full_name").run()
    boxes = {b.key.rsplit("_", 1)[-1]: b for b in at.selectbox if b.key.startswith("map_")}
    boxes["C"].set_value("commune_name").run()
    assert not at.exception, at.exception
    preview = at.dataframe[-1].value
    assert set(preview["Họ và tên"]) == {"Lò Văn Bình", "Hà Thị Mai"}
    assert batches(wh) == []
    confirm(at)
    assert [(s, n) for _, s, n, _ in batches(wh)] == [("current", 2)]
    with wh.read() as con:
        (fields,) = con.execute("SELECT fields FROM column_mappings").fetchone()
    assert '"Người": "full_name"' in fields and '"Nơi làm việc": "commune_name"' in fields

    more = _odd_roster(
        tmp_path / "la2.xlsx",
        [[3, "Giàng A Sình", "Mường Lý", "Mường Lát", "20/11/1986", "Đại học", None]],
    )
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, (more.name, more.read_bytes()))
    assert "cách ghép cột đã lưu số" in texts(at)
    preview = at.dataframe[-1].value
    assert "Giàng A Sình" in set(preview["Họ và tên"])
    forget = next(b for b in at.button if b.key.startswith("forget_"))
    forget.click().run()
    assert not at.exception
    with wh.read() as con:
        assert con.execute("SELECT count(*) FROM column_mappings").fetchone()[0] == 0


def loaded_by(wh) -> list[str]:
    with wh.read() as con:
        return [
            r[0] for r in con.execute("SELECT loaded_by FROM batches ORDER BY batch_id").fetchall()
        ]


def test_a_batch_loaded_from_the_page_records_who_loaded_it(wh, officers_file, monkeypatch):
    """'Người nạp' is the account that loaded the file, never 'unknown' or blank: as the
    page fills it in, when the analyst clears the field, and as TIENDO_USER names it."""
    monkeypatch.delenv("TIENDO_USER", raising=False)
    account = getpass.getuser()
    assert account and account != "unknown"
    at = open_page(wh.path, monkeypatch, "upload.py")
    assert at.text_input(key="upload_user").value == account
    first = officers_file([officer()], as_of=dt.date(2017, 6, 30))
    confirm(upload(at, (first.name, first.read_bytes())))

    at = open_page(wh.path, monkeypatch, "upload.py")
    at.text_input(key="upload_user").set_value("   ").run()  # cleared (or spaces)
    second = officers_file([officer()], name="b.xlsx", as_of=dt.date(2018, 6, 30))
    confirm(upload(at, (second.name, second.read_bytes())))

    monkeypatch.setenv("TIENDO_USER", "Nguyễn Thị Lan")
    at = open_page(wh.path, monkeypatch, "upload.py")
    third = officers_file([officer()], name="c.xlsx", as_of=dt.date(2019, 6, 30))
    confirm(upload(at, (third.name, third.read_bytes())))
    assert loaded_by(wh) == [account, account, "Nguyễn Thị Lan"]


def test_a_corrected_file_replaces_its_refused_card(wh, officers_file, monkeypatch):
    """Issue 13: a clerk drops a file, it is refused, she fixes it and drops it again.
    The uploader now holds both; the page shows one card for the name (the newest),
    one button, and after confirming only what happened."""
    bad = officers_file([officer(), officer(stt=2, birth="31/02/1990")], name="ds.xlsx")
    refused = bad.read_bytes()
    good = officers_file([officer(), officer(stt=2, birth=dt.date(1990, 2, 3))], name="ds.xlsx")
    fixed = good.read_bytes()
    other = officers_file([officer(district="Quan Sơn", commune="Mường Mìn")], name="qs.xlsx")
    at = open_page(wh.path, monkeypatch, "upload.py")
    upload(at, ("ds.xlsx", refused))
    assert next(b for b in at.button if b.key.startswith("confirm_")).disabled

    upload(at, ("ds.xlsx", refused), ("qs.xlsx", other.read_bytes()), ("ds.xlsx", fixed))
    assert [h.value for h in at.subheader] == ["ds.xlsx", "qs.xlsx"]  # where it first stood
    buttons = [b for b in at.button if b.key.startswith("confirm_")]
    assert len(buttons) == 2 and not any(b.disabled for b in buttons)
    assert "bản tải lên trước được bỏ qua" in texts(at)
    assert "sửa theo tệp đánh dấu lỗi" not in texts(at)  # the refused reading is gone

    buttons[0].click().run()
    assert not broken(at), broken(at)
    assert [(s, f) for _, s, _, f in batches(wh)] == [("current", "ds.xlsx")]
    with wh.read() as con:
        births = con.execute("SELECT birth_date FROM fact_officer ORDER BY source_row").fetchall()
    assert births == [(dt.date(1987, 5, 14),), (dt.date(1990, 2, 3),)]
    said = [s.value for s in at.success]
    assert len(said) == 1 and said[0].startswith("Đã nạp lô")
    assert "không thay đổi gì" not in texts(at)  # no second, contradicting message
    assert len([b for b in at.button if b.key.startswith("confirm_")]) == 1  # qs.xlsx's


def test_confirmed_file_says_only_that_it_was_loaded(wh, officers_file, monkeypatch):
    f = officers_file([officer()])
    at = open_page(wh.path, monkeypatch, "upload.py")
    confirm(upload(at, (f.name, f.read_bytes())))
    assert [s.value for s in at.success] == [f"Đã nạp lô {batches(wh)[0][0]}: 1 dòng."]
    # nothing but the banner that says the app is open (no accounts in this warehouse)
    assert not at.info and [w.icon for w in at.warning] == [":material/lock_open:"]
    assert not [b for b in at.button if b.key.startswith("confirm_")]
