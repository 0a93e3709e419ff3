"""The upload desk's preview says the stored rows the way a clerk does (issue 13): the
person or goal first and its unit by name, Vietnamese headings, dd/mm/yyyy, 'Có'/'Không',
eras in words, amounts as 1.234,5 and years as 2015, nothing where a value is missing.
Every kind of file the loader accepts, the unusual ones too, through the real loader and
through the page, then the history page that lists and compares them."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
import pytest

from dashboard.upload_view import preview_frame, problems_frame
from etl import loader, templates
from etl.templates import EXAMPLES
from tests.conftest import officer
from tests.test_upload_desk import ISO_DATE, RAW_WORDS, broken, confirm, leaks, open_page, upload


def sparse_csv(tmp_path: Path) -> Path:
    """A roster with only a name, a commune and a district: everything else unknown."""
    path = tmp_path / "ds_ngan.csv"
    path.write_text(
        "Họ và tên,Xã,Huyện\nLò Văn Bình,Tam Chung,Mường Lát\nHà Thị Mai,Pù Nhi,Mường Lát\n",
        encoding="utf-8",
    )
    return path


def sparse_roster(tmp_path: Path) -> Path:
    """The roster template with only name, province, district and commune filled in."""
    rows = [
        dict(stt=i, full_name=n, province="Thanh Hóa", district="Mường Lát", commune=c)
        for i, (n, c) in enumerate([("LÒ VĂN BÌNH", "Tam Chung"), ("Hà Thị Mai", "Pù Nhi")], 1)
    ]
    return templates.write_workbook("officers", tmp_path / "ds_thua.xlsx", {"officers": rows})


def full_roster(tmp_path: Path) -> Path:
    """Birth dates, no start or end dates, a party member: the issue's roster."""
    row = officer(start_date=None, end_date=None, status=None, party_member="x")
    return templates.write_workbook(
        "officers", tmp_path / "ds_du.xlsx", {"officers": [row]}, as_of=dt.date(2024, 5, 1)
    )


def new_era_roster(tmp_path: Path) -> Path:
    """A roster after 1/7/2025: communes under the province, no district."""
    row = officer(district=None, commune="Phường Hàm Rồng", start_date=dt.date(2025, 9, 1))
    row.update(end_date=None, status=None)
    return templates.write_workbook(
        "officers", tmp_path / "ds_moi.xlsx", {"officers": [row]}, as_of=dt.date(2026, 1, 1)
    )


def goals(tmp_path: Path) -> Path:
    goal = dict(EXAMPLES[("goals", "goals")], target_value=1234.5)
    duty = EXAMPLES[("goals", "duties")]
    return templates.write_workbook(
        "goals", tmp_path / "chi_tieu.xlsx", {"goals": [goal], "duties": [duty]}
    )


def training(tmp_path: Path) -> Path:
    target = dict(EXAMPLES[("training", "targets")], target=1507)
    result = EXAMPLES[("training", "results")]
    return templates.write_workbook(
        "training", tmp_path / "dao_tao.xlsx", {"targets": [target], "results": [result]}
    )


def communes(tmp_path: Path) -> Path:
    return templates.write_workbook(
        "communes",
        tmp_path / "xa.xlsx",
        {
            "ntm": [EXAMPLES[("communes", "ntm")]],
            "indicators": [EXAMPLES[("communes", "indicators")]],
        },
    )


FILES = [sparse_csv, sparse_roster, full_roster, new_era_roster, goals, training, communes]


def previews(path: Path, lang: str = "vi") -> dict[str, pd.DataFrame]:
    prepared = loader.prepare(path.read_bytes(), path.name)
    assert prepared.facts and not prepared.errors, prepared.errors
    return {t: preview_frame(t, f.to_pandas(), lang) for t, f in prepared.facts.items()}


def raw_cells(frame: pd.DataFrame) -> list[str]:
    return [
        f"{c}: {v!r}"
        for c in frame.columns
        for v in frame[c]
        if not isinstance(v, str) or v.strip() in RAW_WORDS or ISO_DATE.search(v) or v == "nan"
    ]


@pytest.mark.parametrize("make", FILES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_raw_value_in_any_preview(make, lang, tmp_path):
    for table, frame in previews(make(tmp_path), lang).items():
        assert not raw_cells(frame), (table, raw_cells(frame))
        assert not [c for c in frame.columns if "_" in c], frame.columns  # no stored names


@pytest.mark.parametrize("make", FILES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_stored_column_has_its_own_heading(make, lang, tmp_path):
    """In English a goal's unit of measure is 'Unit' too: no column may be lost."""
    prepared = loader.prepare(make(tmp_path).read_bytes(), "x" + make(tmp_path).suffix)
    for table, facts in prepared.facts.items():
        frame = preview_frame(table, facts.to_pandas(), lang)
        levels = {"unit_level", "scope_level"} & set(facts.column_names)
        assert frame.columns.is_unique
        assert len(frame.columns) == len(facts.column_names) - len(levels) + 1, table


def test_a_roster_reads_like_the_clerks_own(tmp_path):
    (frame,) = previews(full_roster(tmp_path)).values()
    assert list(frame.columns[:2]) == ["Họ và tên", "Đơn vị"]
    row = frame.iloc[0]
    assert row["Đơn vị"] == "Xã Tam Chung, Huyện Mường Lát"
    assert row["Ngày sinh"] == "14/05/1987" and row["Năm sinh"] == "1987"
    assert row["Ngày bổ nhiệm"] == "" and row["Ngày kết thúc"] == ""  # blank, not None/NaT
    assert row["Đảng viên"] == "Có"
    assert row["Thời kỳ đơn vị"] == "trước 1/7/2025"
    assert list(frame.columns[-3:]) == ["Mã xã", "Dòng Excel", "Thời kỳ đơn vị"]

    (new,) = previews(new_era_roster(tmp_path)).values()
    assert new.iloc[0]["Thời kỳ đơn vị"] == "từ 1/7/2025"
    assert new.iloc[0]["Đơn vị"] == "Phường Hàm Rồng, Tỉnh Thanh Hóa"

    (sparse,) = previews(sparse_roster(tmp_path)).values()
    assert sparse.iloc[0]["Họ và tên"] == "Lò Văn Bình"  # capitals in title case, as pages do
    assert set(sparse["Ngày sinh"]) == {""}


def test_amounts_years_and_marks(tmp_path):
    shown = previews(goals(tmp_path))
    goal = shown["fact_goal"].iloc[0]
    assert list(shown["fact_goal"].columns[:3]) == ["Tên chỉ tiêu", "Mã chỉ tiêu", "Đơn vị"]
    assert goal["Giá trị mục tiêu"] == "1.234,5" and goal["Thời hạn"] == "31/12/2015"
    assert goal["Đơn vị"] == "Tỉnh Phú Yên"
    assert "lý luận chính trị" in goal["Cách đo"] and "training_achieved" not in goal["Cách đo"]
    duty = shown["fact_reporting_duty"].iloc[0]
    assert duty["Loại số liệu"] == "Đào tạo, bồi dưỡng" and duty["Đơn vị"] == "Huyện Tuy An"

    shown = previews(training(tmp_path))
    target = shown["fact_training_target"].iloc[0]
    assert target["Chỉ tiêu (người)"] == "1.507"  # a count: separator, no decimals
    assert (target["Từ năm"], target["Đến năm"]) == ("2011", "2015")  # years: neither
    assert "Cấp đơn vị" not in shown["fact_training_target"].columns  # 'Tỉnh ...' says it
    assert shown["fact_training_result"].iloc[0]["Năm"] == "2012"

    shown = previews(communes(tmp_path))
    values = dict(
        zip(
            shown["fact_commune_indicator"]["Chỉ tiêu"],
            shown["fact_commune_indicator"]["Giá trị"],
            strict=True,
        )
    )
    assert values["tỷ lệ gia đình văn hóa"] == "85,3%" and values["xã văn hóa"] == "Có"
    assert set(shown["fact_ntm_criterion"]["Đạt"]) == {"Có", "Không"}  # 14 of 19 marked
    assert shown["fact_commune_ntm"].iloc[0]["Năm công nhận"] == ""


def test_problems_without_a_place_are_blank(tmp_path):
    prepared = loader.prepare(sparse_csv(tmp_path).read_bytes(), "ds_ngan.csv")
    frame = problems_frame(prepared)
    assert not frame.empty  # the columns it lacks are a warning for the whole sheet
    for column in frame.columns:
        for value in frame[column]:
            assert isinstance(value, str) and value not in RAW_WORDS, (column, value)
            assert not (isinstance(value, float) and math.isnan(value))


def test_unusual_files_through_both_pages(wh, tmp_path, monkeypatch):
    """Each file uploaded, previewed and confirmed on the page, then the history lists
    them all and compares the two rosters: no traceback, no raw value anywhere."""
    for make in FILES:
        path = make(tmp_path)
        at = open_page(wh.path, monkeypatch, "upload.py")
        upload(at, (path.name, path.read_bytes()))
        assert not leaks(at), (path.name, leaks(at))
        confirm(at)
        assert not leaks(at), (path.name, leaks(at))
        assert [s.value[:10] for s in at.success] == ["Đã nạp lô "], path.name
    at = open_page(wh.path, monkeypatch, "history.py")
    assert not leaks(at), leaks(at)
    assert len(at.dataframe[0].value) == len(FILES)
    # the two Mường Lát rosters without a date cover the same scope: the later replaced
    # the earlier; compare them, and every batch opens
    for batch in at.dataframe[0].value["Lô"]:
        at.selectbox(key="history_batch").set_value(int(batch)).run()
        assert not broken(at), (batch, broken(at))
        assert not leaks(at), (batch, leaks(at))
    at.selectbox(key="compare_old").set_value(1).run()
    at.selectbox(key="compare_new").set_value(2).run()
    at.button(key="compare_run").click().run()
    assert not broken(at), broken(at)
    assert not leaks(at), leaks(at)
    diff = at.dataframe[-1].value
    assert set(diff["Thay đổi"]) == {"Dòng sửa"}  # same people; the template says more
    assert "Lò Văn Bình · Xã Tam Chung, Huyện Mường Lát" in set(diff["Dòng (khóa)"])


def test_the_english_switch_reads_the_same_rows(wh, tmp_path, monkeypatch):
    at = open_page(wh.path, monkeypatch, "upload.py")
    at.sidebar.radio(key="lang").set_value("en").run()
    path = full_roster(tmp_path)
    upload(at, (path.name, path.read_bytes()))
    assert not leaks(at), leaks(at)
    assert at.file_uploader(key="uploads").label.startswith("Drag files here")
    preview = at.dataframe[-1].value
    assert list(preview.columns[:2]) == ["Full name", "Administrative unit"]
    assert preview.iloc[0]["Unit era"] == "before 1/7/2025"
    assert preview.iloc[0]["Party member"] == "Yes"
    confirm(at)
    assert [s.value[:16] for s in at.success] == ["Loaded as batch "]
    at.switch_page("app_pages/history.py").run()
    assert not broken(at) and not leaks(at), (broken(at), leaks(at))
    assert at.dataframe[0].value.iloc[0]["Status"] == "Current"
