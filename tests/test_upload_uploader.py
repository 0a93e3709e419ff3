"""The uploader speaks Vietnamese and states tiendo's own limit (issue 13: it said
'Upload · 1GB per file'). Streamlit's drop zone has no option for its words, so they are
hidden by a style scoped to the upload desk's uploader and said in its label; the limit
Streamlit enforces is the one tiendo states (config.toml, and `make run` from
TIENDO_MAX_UPLOAD_MB)."""

from __future__ import annotations

import math
import os
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from dashboard.upload_view import ACCEPTED_TYPES, uploader_style, uploader_text
from etl import config, store
from tests.test_upload_desk import open_page, upload

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("TIENDO_CHROMIUM", "/usr/bin/chromium")
DEFAULT_MB = next(s for s in config.SETTINGS if s.name == "max_upload_mb").default


def test_the_uploader_says_in_vietnamese_what_it_takes(wh, monkeypatch):
    monkeypatch.delenv("TIENDO_MAX_UPLOAD_MB", raising=False)
    at = open_page(wh.path, monkeypatch, "upload.py")
    uploader = at.file_uploader(key="uploads")
    assert uploader.label == (
        f"Kéo thả tệp vào đây hoặc bấm Chọn tệp · tối đa {DEFAULT_MB} MB mỗi tệp · "
        ".xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt"
    )
    assert [f".{x}" for x in ACCEPTED_TYPES] == uploader.allowed_type
    assert uploader.proto.max_upload_size_mb == int(DEFAULT_MB)  # Streamlit's own check

    monkeypatch.setenv("TIENDO_MAX_UPLOAD_MB", "20")
    at = open_page(wh.path, monkeypatch, "upload.py")
    assert "tối đa 20 MB mỗi tệp" in at.file_uploader(key="uploads").label
    assert at.file_uploader(key="uploads").proto.max_upload_size_mb == 20
    assert uploader_text(int(2.5 * 2**20)).count("tối đa 2,5 MB") == 1


def test_the_style_is_a_constant_scoped_to_the_uploader(wh, monkeypatch):
    """The only HTML the page sends is the style: the same before and after a file
    (even one named like markup) is uploaded, every rule under the uploader's key."""
    at = open_page(wh.path, monkeypatch, "upload.py")
    before = [h.proto.body for h in at.get("html")]
    assert before == [uploader_style("vi")]
    upload(at, ("<b>bẫy</b>.xlsx", b"not a workbook"))
    assert [h.proto.body for h in at.get("html")] == before
    rules = [line for line in before[0].splitlines() if line.endswith("{") or "{ " in line]
    assert rules and all(r.startswith(".st-key-uploads ") for r in rules), rules
    assert "Chọn tệp" in before[0] and "Không nhận" in before[0]
    assert '"' not in uploader_style("en").split("content: ")[1].split(";")[0][1:-1]


def test_streamlit_config_allows_what_tiendo_allows():
    """Streamlit refuses a larger file before tiendo sees it; with the same limit the
    English 'per file' figure never contradicts the Vietnamese one."""
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["server"]["maxUploadSize"] == int(DEFAULT_MB)


def _run_recipe() -> str:
    """The `make run` recipe, its continued lines joined."""
    text = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", text, re.M)
    assert recipe, "no run target"
    return recipe.group(1).replace("\\\n", " ")


@pytest.mark.parametrize("setting", [None, "20", "0.5", "bad"])
def test_make_run_passes_the_same_limit_to_streamlit(setting, monkeypatch):
    """`make run` starts the server through dashboard.serve, which passes the setting."""
    assert "-m dashboard.serve" in _run_recipe()
    if setting is not None:
        monkeypatch.setenv("TIENDO_MAX_UPLOAD_MB", setting)
    else:
        monkeypatch.delenv("TIENDO_MAX_UPLOAD_MB", raising=False)
    from dashboard import serve

    command = serve.command("data/warehouse.duckdb", 8501)
    passed = int(command[command.index("--server.maxUploadSize") + 1])
    assert passed == math.ceil(config.max_upload_bytes() / 2**20)
    assert passed == {None: 50, "20": 20, "0.5": 1, "bad": 50}[setting]


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
@pytest.mark.skipif(
    not Path(CHROMIUM).exists() and not shutil.which("chromium") and not os.environ.get("CI"),
    reason="chromium is not installed (make test installs it)",
)
def test_the_drop_zone_in_a_real_browser(tmp_path, monkeypatch):
    """No English in the drop zone, 'Chọn tệp' on its button, and a file Streamlit
    refuses by its own limit (before tiendo sees it) is refused in Vietnamese."""
    from playwright.sync_api import sync_playwright

    from dashboard.report.capture import app_server

    db = tmp_path / "warehouse.duckdb"
    store.create(db)
    big = tmp_path / "lon_qua.xlsx"
    big.write_bytes(b"PK" + b"\0" * (2 * 2**20))
    monkeypatch.setenv("STREAMLIT_SERVER_MAX_UPLOAD_SIZE", "1")  # as `make run` passes it
    monkeypatch.setenv("TIENDO_MAX_UPLOAD_MB", "1")
    after = "(el) => getComputedStyle(el, '::after').content"
    with app_server(db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="vi-VN")
        page.goto(f"{url}/tai-du-lieu")
        page.wait_for_selector("input[type=file]", state="attached", timeout=60_000)
        zone = page.locator(".st-key-uploads")
        zone.get_by_text("Kéo thả tệp vào đây").wait_for(timeout=60_000)
        shown = zone.inner_text()
        assert "tối đa 1 MB mỗi tệp" in shown and ".xlsx" in shown
        for english in ("Upload", "per file", "Drag and drop", "Browse", "MB per"):
            assert english not in shown, (english, shown)
        button = zone.locator('[data-testid="stFileUploaderDropzone"] > span > button')
        assert button.locator("[data-has-shortcut]").evaluate(after) == '"Chọn tệp"'

        page.set_input_files("input[type=file]", str(big))
        chip = zone.locator('[data-testid="stFileChip"][aria-invalid="true"]')
        chip.wait_for(timeout=60_000)
        alert = chip.locator('[role="alert"]')
        assert alert.evaluate(after) == '"Không nhận: tệp quá dung lượng hoặc sai loại tệp."'
        assert alert.evaluate("(el) => getComputedStyle(el).fontSize") == "0px"  # English
        assert alert.bounding_box()["height"] > 0  # and the Vietnamese is on screen
        assert page.get_by_role("button", name="Xác nhận nạp").count() == 0  # never read
        browser.close()
