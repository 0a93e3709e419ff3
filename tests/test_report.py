"""``python -m dashboard.report`` on the demo warehouse, in a real browser: the pictures,
the PDF (pages, text, fonts), the archive, a burst per district, and a broken page that
must stop the report."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from dashboard.report import capture, document

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(
        not Path(capture.CHROMIUM).exists() and not os.environ.get("CI"),
        reason="chromium is not installed (make test installs it)",
    ),
]


def report(db: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.report", "--db", str(db), "--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


@pytest.fixture(scope="module")
def made(demo_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    done = report(demo_db, out, "--unit", "38")
    assert done.returncode == 0, done.stderr
    folder = Path(done.stdout.strip().splitlines()[-1])
    return folder, done


def test_every_page_is_a_picture_that_fits_a4(made):
    folder, done = made
    pngs = sorted(folder.glob("*.png"))
    assert [p.name for p in pngs] == [
        "01_tong-quan.png",
        "02_can-bo.png",
        "03_nong-thon-moi.png",
        "04_dao-tao.png",
        "05_don-vi.png",
    ]
    for png in pngs:
        with Image.open(png) as image:
            assert image.width == capture.WIDTH  # A4 at 150 dpi
            assert image.height >= capture.HEIGHT
        assert png.stat().st_size > 30_000  # a real page, not a blank one
    # progress page by page, and where the files are at the end
    assert done.stderr.count("[") >= 5 and "Tổng quan" in done.stderr
    assert str(folder) in done.stderr and "giây" in done.stderr


def test_pdf_has_the_cover_every_page_numbers_and_vietnamese_text(made):
    folder, _ = made
    pdf = folder / "bao_cao.pdf"
    slices = sum(
        math.ceil(Image.open(p).height / document.SLICE_HEIGHT) for p in folder.glob("*.png")
    )
    assert pdf_pages(pdf) == 1 + slices
    text = pdf_text(pdf)
    for expected in (
        "UBND TỈNH THANH HÓA",
        "SỞ NỘI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO TIẾN ĐỘ THỰC HIỆN CÁC KẾ HOẠCH",
        "Tính đến ngày 31/12/2024",
        "Nông thôn mới",
        "Đào tạo, bồi dưỡng",
        f"Trang 2/{pdf_pages(pdf)}",
        "Bộ lọc: Tỉnh Thanh Hóa",
    ):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" in row[-5:-3] for row in rows)  # every font embedded


def test_archive_has_a_manifest_matching_the_files(made):
    import hashlib

    folder, _ = made
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (only,) = manifest["reports"]
    assert only["unit"] == "Tỉnh Thanh Hóa" and only["as_of"] == "2024-12-31"
    assert only["batches"] and (folder / only["pdf"]).exists()
    for page in only["pages"]:
        content = (folder / page["file"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == page["sha256"]
    assert not list(folder.parent.glob(".dang-lap-*"))  # no staging folder left


def test_same_warehouse_and_options_give_the_same_pictures(demo_db, made, tmp_path):
    folder, _ = made
    again = report(demo_db, tmp_path, "--unit", "38", "--pages", "ntm")
    assert again.returncode == 0, again.stderr
    second = Path(again.stdout.strip().splitlines()[-1]) / "01_nong-thon-moi.png"
    from PIL import ImageChops

    a = Image.open(folder / "03_nong-thon-moi.png").convert("RGB")
    b = Image.open(second).convert("RGB")
    assert a.size == b.size
    # Identical but for antialiasing: the table grid is drawn on a canvas, whose corner
    # pixels can differ by a shade from one run to the next.
    diff = ImageChops.difference(a, b).convert("L")  # per pixel: the gap as a grey level
    histogram = diff.histogram()
    changed = sum(histogram[1:])
    assert changed <= a.width * a.height // 10_000
    assert not any(histogram[17:])  # and never by more than a shade (16 of 255)


def test_one_pdf_per_district(demo_db, tmp_path):
    done = report(
        demo_db, tmp_path, "--unit", "04", "--each-unit", "district", "--pages", "overview"
    )
    assert done.returncode == 0, done.stderr
    folder = Path(done.stdout.strip().splitlines()[-1])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    units = {r["unit"] for r in manifest["reports"]}
    assert units == {"Huyện Bảo Lâm", "Huyện Bảo Lạc", "Huyện Hà Quảng", "Huyện Hạ Lang"}
    for r in manifest["reports"]:
        text = pdf_text(folder / r["pdf"])
        assert r["unit"] in text and "UBND TỈNH CAO BẰNG" in text


def test_a_broken_page_stops_the_report_and_delivers_nothing(demo_db, tmp_path):
    import duckdb

    broken = tmp_path / "broken.duckdb"
    shutil.copy(demo_db, broken)
    with duckdb.connect(str(broken)) as con:  # the criteria view the NTM page reads is gone
        con.execute("DROP VIEW commune_ntm_criteria")
    out = tmp_path / "out"
    done = report(broken, out, "--unit", "38", "--pages", "overview", "ntm")
    assert done.returncode == 1
    assert "Nông thôn mới" in done.stderr and "báo cáo không được lập" in done.stderr
    assert not out.exists() or not any(out.iterdir())


def test_the_reports_page_lists_the_archive(made, monkeypatch):
    from streamlit.testing.v1 import AppTest

    folder, _ = made
    monkeypatch.setenv("TIENDO_REPORTS_DIR", str(folder.parent))
    monkeypatch.setenv(
        "TIENDO_DB",
        str(json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["options"]["db"]),
    )
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120).run()
    at.switch_page("app_pages/reports.py").run()
    assert not at.exception
    labels = [d.label for d in at.get("download_button")]
    assert "Tải PDF" in labels and "Tải các ảnh (.zip)" in labels
    assert any("Tỉnh Thanh Hóa" in m.value for m in at.markdown)
