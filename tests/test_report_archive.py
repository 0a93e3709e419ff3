"""The report archive as the Báo cáo định kỳ page lists it (no browser needed: the archive
is written here the way ``dashboard.report`` writes it)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.report import archive

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


def write_report(root: Path, day: str, pages: int = 2) -> Path:
    folder = root / day
    folder.mkdir(parents=True)
    (folder / "bao_cao.pdf").write_bytes(b"%PDF-1.7 " + day.encode())
    files = []
    for i in range(1, pages + 1):
        name = f"{i:02d}_trang.png"
        (folder / name).write_bytes(f"png {day} {i}".encode())
        files.append({"page": "overview", "title": "Tổng quan", "file": name})
    manifest = {
        "created": day,
        "options": {"unit": "38", "period": "2016-2024"},
        "seconds": 31.5,
        "reports": [
            {"unit": "Tỉnh Thanh Hóa", "as_of": "2024-12-31", "pdf": "bao_cao.pdf", "pages": files}
        ],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_listing_is_newest_first_and_skips_broken_folders(tmp_path):
    write_report(tmp_path, "2026-10-01")
    write_report(tmp_path, "2026-11-01")
    broken = tmp_path / "2026-12-01"
    broken.mkdir()
    (broken / "manifest.json").write_text("{not json", encoding="utf-8")
    (tmp_path / ".dang-lap-2026-12-02").mkdir()  # a report still being made
    assert [day.name for day, _ in archive.listing(tmp_path)] == ["2026-11-01", "2026-10-01"]
    assert archive.listing(tmp_path / "missing") == []


def test_reports_of_one_day_are_listed_side_by_side_last_made_first(tmp_path):
    write_report(tmp_path, "2026-11-30")  # an archive from before reports were named
    province = write_report(tmp_path, "2026-11-30_tinh-thanh-hoa_2021-2025")
    district = write_report(tmp_path, "2026-11-30_huyen-muong-lat")
    write_report(tmp_path, "2026-11-29_tinh-thanh-hoa")
    os.utime(province / "manifest.json", (2e9, 2e9))  # written last
    stage = write_report(tmp_path, ".dang-lap-2026-11-30_x-123")  # being moved in place
    names = [day.name for day, _ in archive.listing(tmp_path)]
    assert names[0] == province.name and names[-1] == "2026-11-29_tinh-thanh-hoa"
    assert set(names[1:3]) == {district.name, "2026-11-30"} and stage.name not in names
    assert archive.made_on(district) == dt.date(2026, 11, 30)
    assert archive.made_on(stage) is None


def test_pictures_zip_holds_each_page_once(tmp_path):
    day = write_report(tmp_path, "2026-11-01", pages=3)
    (day / "02_trang.png").unlink()  # someone removed a picture by hand
    ((_, manifest),) = archive.listing(tmp_path)
    files = archive.pictures(day, manifest["reports"][0])
    assert files == ["01_trang.png", "03_trang.png"]
    with zipfile.ZipFile(io.BytesIO(archive.zipped(day, files))) as z:
        assert z.namelist() == files
        assert z.read("03_trang.png") == b"png 2026-11-01 3"


def test_the_page_offers_each_report_for_download(tmp_path, demo_db, monkeypatch):
    write_report(tmp_path / "reports", "2026-10-01")
    write_report(tmp_path / "reports", "2026-11-01")
    monkeypatch.setenv("TIENDO_REPORTS_DIR", str(tmp_path / "reports"))
    monkeypatch.setenv("TIENDO_DB", str(demo_db))
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("app_pages/reports.py").run()
    assert not at.exception
    # under the report maker and its cron line: one heading per report, newest first
    days = [s.value for s in at.subheader if s.value[:2].isdigit()]
    assert days == ["01/11/2026", "01/10/2026"]
    labels = [d.label for d in at.get("download_button")]
    assert labels.count("Tải PDF") == 2 and labels.count("Tải các ảnh (.zip)") == 2
