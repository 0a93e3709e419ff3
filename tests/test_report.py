"""``python -m dashboard.report`` on the demo warehouse, in a real browser: the pictures,
the PDF (pages, text, fonts) laid out for print (text of 9 pt or more, no widget, no
chart cut by a sheet break, each sheet headed with its unit and period), the archive, a
burst per district, and a broken page that must stop the report."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from dashboard.i18n import t
from dashboard.report import capture, printing
from tests.browser_marks import BROWSER_MARKS

ROOT = Path(__file__).resolve().parent.parent

pytestmark = BROWSER_MARKS


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


def manifest_of(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_pdf_has_the_cover_every_page_numbers_and_vietnamese_text(made):
    folder, _ = made
    pdf = folder / "bao_cao.pdf"
    (only,) = manifest_of(folder)["reports"]
    spans = [p["pdf_pages"] for p in only["pages"]]
    # the cover, then each dashboard page's sheets, one after the other
    assert spans[0][0] == 2 and all(a[1] + 1 == b[0] for a, b in itertools.pairwise(spans))
    assert pdf_pages(pdf) == only["pdf_sheets"] == spans[-1][1]
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
        f"Trang {pdf_pages(pdf)}/{pdf_pages(pdf)}",
        "Bộ lọc: Tỉnh Thanh Hóa",
    ):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" in row[-5:-3] for row in rows)  # every font embedded


def _mul(a: list[float], b: list[float]) -> list[float]:
    """PDF matrix product a × b (6-number form)."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _text_sizes(reader, holder, resources, ctm: list[float], out: list[float]) -> list[float]:
    """The printed height (pt) of every text run: the font size through the text matrix,
    the transformations (q/Q/cm) and forms (Do) it is drawn in, and a Type 3 font's own
    matrix. Read from the content streams, not guessed from bounding boxes."""
    from pypdf.generic import ContentStream

    data = holder.get_contents() if hasattr(holder, "get_contents") else holder
    ops = ContentStream(data, reader).operations
    fonts = resources.get("/Font", {}) if resources else {}
    stack, size, font_scale, tm = [], 0.0, 1.0, [1.0, 0, 0, 1.0, 0, 0]
    for operands, op in ops:
        if op == b"q":
            stack.append((ctm, size, font_scale))
        elif op == b"Q":
            ctm, size, font_scale = stack.pop()
        elif op == b"cm":
            ctm = _mul([float(x) for x in operands], ctm)
        elif op == b"BT":
            tm = [1.0, 0, 0, 1.0, 0, 0]
        elif op == b"Tf":
            size = float(operands[1])
            font = fonts[operands[0]].get_object() if operands[0] in fonts else {}
            matrix = font.get("/FontMatrix") if font.get("/Subtype") == "/Type3" else None
            font_scale = abs(float(matrix[0]) * float(matrix[3])) ** 0.5 * 1000 if matrix else 1
        elif op == b"Tm":
            tm = [float(x) for x in operands]
        elif op in (b"Tj", b"TJ", b"'", b'"'):
            m = _mul(tm, ctm)
            out.append(size * font_scale * abs(m[0] * m[3] - m[1] * m[2]) ** 0.5)
        elif op == b"Do":
            form = resources["/XObject"][operands[0]].get_object()
            if form["/Subtype"] == "/Form":
                matrix = [float(x) for x in form.get("/Matrix", [1, 0, 0, 1, 0, 0])]
                _text_sizes(reader, form, form.get("/Resources", resources), _mul(matrix, ctm), out)
    return out


def text_sizes(pdf: Path) -> list[list[float]]:
    """Each sheet's text runs, as printed heights in points."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    return [
        _text_sizes(reader, page, page["/Resources"], [1.0, 0, 0, 1.0, 0, 0], [])
        for page in reader.pages
    ]


def sheet_text(pdf: Path, number: int) -> str:
    done = subprocess.run(
        ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
        capture_output=True,
        text=True,
    )
    return " ".join(done.stdout.split())


def test_every_word_prints_at_9_points_or_more(made):
    folder, _ = made
    sheets = text_sizes(folder / "bao_cao.pdf")
    assert len(sheets) > 6 and all(sheets)  # text on every sheet (the footer at least)
    small = [
        (n, round(size, 2)) for n, sizes in enumerate(sheets, 1) for size in sizes if size < 8.99
    ]
    assert not small, small[:20]
    # and the dashboard's body text is well above it, not everything at the floor
    assert max(max(s) for s in sheets[1:]) > 12
    # pdftotext agrees: no word is drawn less than 9 pt high
    words = subprocess.run(
        ["pdftotext", "-bbox", str(folder / "bao_cao.pdf"), "-"], capture_output=True, text=True
    ).stdout
    heights = [
        float(m[1]) - float(m[0])
        for m in re.findall(r'<word xMin="[^"]+" yMin="([^"]+)" xMax="[^"]+" yMax="([^"]+)"', words)
    ]
    assert heights and min(heights) >= 9


def test_no_widget_is_printed(made):
    """The PDF holds what a reader needs: no drop-down, button, search box or expander."""
    folder, _ = made
    text = pdf_text(folder / "bao_cao.pdf")
    for key in ("goal_pick", "reporting_year", "export_excel", "sources", "roster_search"):
        assert t(key, "vi") not in text, key
    assert "Tải bảng Excel" not in text and "Chọn chỉ tiêu" not in text


def test_each_chart_is_whole_on_the_sheet_it_was_placed_on(made):
    folder, _ = made
    pdf = folder / "bao_cao.pdf"
    (only,) = manifest_of(folder)["reports"]
    placed = 0
    for page in only["pages"]:
        first, last = page["pdf_pages"]
        # Chromium broke the page only where the layout did: between blocks
        assert last - first + 1 == page["sheets_planned"], page["page"]
        assert page["too_tall"] == 0, page["page"]
        whole = [c for c in page["chart_sheets"] if not c["title"].endswith("(tiếp theo)")]
        assert len(whole) == page["charts"], page["page"]  # every chart is in the PDF
        for chart in page["chart_sheets"]:
            assert first <= chart["pdf_page"] <= last
            if chart["title"]:
                words = " ".join(chart["title"].split()[:6])
                assert words in sheet_text(pdf, chart["pdf_page"]), chart
                placed += 1
    assert placed >= 10


def test_every_sheet_is_headed_with_its_page_unit_and_period(made):
    folder, _ = made
    pdf = folder / "bao_cao.pdf"
    (only,) = manifest_of(folder)["reports"]
    for page in only["pages"]:
        assert re.fullmatch(r"\d{4}-\d{4}", page["years"])
        head = f"{page['title']} · Tỉnh Thanh Hóa · {t('period', 'vi')} " + page["years"].replace(
            "-", "–"
        )
        first, last = page["pdf_pages"]
        for number in range(first, last + 1):
            assert sheet_text(pdf, number).startswith(head), (number, head)
    assert printing.points(printing.MIN_PX) >= 9


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


def test_a_report_records_its_snapshot_and_can_be_made_from_a_past_one(demo_db, made, tmp_path):
    """Every report reads one snapshot, recorded in its manifest; ``--snapshot`` makes it
    from the data as it stood then, and says so in its footer."""
    from etl.store import Warehouse
    from etl.store.snapshots import parse_moment

    folder, _ = made
    first = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert parse_moment(first["options"]["snapshot"])  # what --snapshot takes back
    assert first["snapshot"]["asked"] is None and first["snapshot"]["mode"] == "embedded"
    with Warehouse(demo_db).read() as con:  # the day before the report's last file came
        last, day = con.execute(
            "SELECT batch_id, loaded_at::DATE - 1 FROM batches WHERE list_contains(?, batch_id) "
            "ORDER BY loaded_at DESC LIMIT 1",
            [first["reports"][0]["batches"]],
        ).fetchone()
    done = report(
        demo_db, tmp_path, "--unit", "38", "--pages", "overview", "--snapshot", day.isoformat()
    )
    assert done.returncode == 0, done.stderr
    again = Path(done.stdout.strip().splitlines()[-1])
    manifest = json.loads((again / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["snapshot"]["asked"] == day.isoformat()
    assert manifest["snapshot"]["from_batch_history"] is True
    (only,) = manifest["reports"]
    assert last not in only["batches"] and set(only["batches"]) < set(
        first["reports"][0]["batches"]
    )
    words = " ".join(pdf_text(again / only["pdf"]).split())  # the footer may wrap
    assert f"Số liệu như tại {day:%d/%m/%Y} 23:59" in words


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
