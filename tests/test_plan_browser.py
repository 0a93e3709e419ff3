"""A real browser on a real server: an analyst drops a provincial plan (.docx) on Nhập kế
hoạch, sees its goals and reporting duty proposed with their sentences highlighted, saves
them, then finds a goal tracked on Tổng quan and follows its link back to the sentence on
Văn bản kế hoạch, where the original file can be downloaded.

Playwright drives Debian's chromium (never a downloaded browser), on a copy of the demo.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dashboard.pages import BY_KEY
from etl.labels import t
from tests.browser_marks import BROWSER_MARKS

pytestmark = BROWSER_MARKS

TIMEOUT_MS = 60_000
SHOWN_MS = 15_000  # for what must already be on a page whose script has finished

# The plan as a provincial clerk writes it. 318/KH-UBND is not one of the demo's plans,
# and 12/3/2025 is before the reform: Thanh Hóa (38) with its districts.
NUMBER = "318/KH-UBND"
REFERENCE = "KH 318/KH-UBND ngày 12/03/2025"
GOAL_LLCT = "Đến năm 2027, đào tạo lý luận chính trị cho 350 cán bộ, công chức cấp xã."
GOAL_NTM = "Đến năm 2027, phấn đấu 80% số xã đạt chuẩn nông thôn mới."
DUTY = (
    "UBND các huyện, thị xã, thành phố tổ chức thực hiện kế hoạch này; báo cáo kết quả "
    "thực hiện về Sở Nội vụ trước ngày 15/12 hằng năm."
)
# The header as official documents set it: two columns of a borderless table, the issuer
# and number on the left, the national motto and the place and date on the right.
HEADER = (
    ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", f"Số: {NUMBER}"],
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thanh Hóa, ngày 12 tháng 3 năm 2025",
    ],
)
TITLE = [
    "KẾ HOẠCH",
    "Đào tạo, bồi dưỡng cán bộ, công chức cấp xã và xây dựng nông thôn mới giai đoạn 2025 - 2027",
]
BODY = [  # (paragraph, is a heading)
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    (
        "Nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã, đáp ứng yêu cầu xây dựng "
        "nông thôn mới.",
        False,
    ),
    ("II. MỤC TIÊU", True),
    (f"1. {GOAL_LLCT}", False),
    (f"2. {GOAL_NTM}", False),
    ("III. NHIỆM VỤ, GIẢI PHÁP", True),
    (  # numbers that are no goal: a decision's number and date
        "Sở Nội vụ chủ trì, phối hợp với các sở, ngành mở các lớp bồi dưỡng theo Quyết định "
        "số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ.",
        False,
    ),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    (DUTY, False),
]
FILE_NAME = "ke_hoach_318_kh_ubnd.docx"
# The ids the save gives: the plan's number and year, then the goal's place.
GOAL_NTM_ID = "KH318-2025-02"

IDLE = """() => !document.querySelector('[data-testid="stStatusWidget"]') &&
    (document.querySelector('[data-testid="stApp"]') || {getAttribute: () => ''})
        .getAttribute('data-test-script-state') === 'notRunning'"""
CELLS = """grid => Object.fromEntries([...grid.querySelectorAll('[data-testid^="glide-cell-"]')]
    .map(c => [c.dataset.testid.slice('glide-cell-'.length), c.textContent]))"""


def plan_docx(path: Path) -> Path:
    """The plan as Word: the header in a two-column borderless table, the title centred in
    bold, numbered sections, the recipients and signature side by side in another."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    for cell, lines in zip(header.rows[0].cells, HEADER, strict=True):
        cell.paragraphs[0].add_run(lines[0]).bold = True
        for line in lines[1:]:
            cell.add_paragraph().add_run(line).bold = line.isupper()
    for line in TITLE:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = True
    for text, heading in BODY:
        document.add_paragraph().add_run(text).bold = heading
    table = document.add_table(rows=1, cols=2)
    recipients, signature = table.rows[0].cells
    recipients.text = "Nơi nhận:\n- Sở Nội vụ;\n- UBND các huyện, thị xã, thành phố;\n- Lưu: VT."
    signature.text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hòa"
    document.save(path)
    return path


@pytest.fixture(scope="module")
def own_server(tmp_path_factory, demo_db):
    """A server on a copy of the demo: the test saves a plan into it."""
    from dashboard.report.capture import app_server

    db = tmp_path_factory.mktemp("plan") / "warehouse.duckdb"
    shutil.copy(demo_db, db)
    with app_server(db) as url:
        yield url


def _finished(page) -> None:
    """The script has run to its end, and stayed so for a moment (reruns come in bursts)."""
    for _ in range(2):
        page.wait_for_function(IDLE, timeout=TIMEOUT_MS)
        page.wait_for_timeout(500)
    page.wait_for_function(IDLE, timeout=TIMEOUT_MS)


def _clean(page, errors: list[str]) -> None:
    """No traceback, no error box (the error boundary's apology is one), no script error."""
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0
    assert errors == []


def _cells(page, key: str) -> dict[str, str]:
    """The cells of a data editor drawn on screen, by "column-row" (the grid is a canvas;
    its accessible table holds the cells' text, the columns in view only)."""
    grid = page.locator(f'[class*="st-key-{key}"]')
    grid.locator('[data-testid="glide-cell-1-0"]').wait_for(state="attached", timeout=SHOWN_MS)
    return grid.evaluate(CELLS)


def _choose(page, key: str, typed: str, option: str) -> None:
    """Pick ``option`` in a selectbox by typing in it, as a reader does. Its list closes
    when the page scrolls, so the box is brought into view and left to settle first, and
    typed again if the list did not stay open."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator(f'[class*="st-key-{key}"] input')
    choice = page.get_by_role("option", name=option, exact=True)
    for _ in range(3):
        box.scroll_into_view_if_needed()
        _settled(page, box)
        box.fill(typed)
        try:
            choice.click(timeout=3_000)
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    raise AssertionError(f"{option!r} could not be picked")


def _settled(page, element) -> None:
    """Wait until ``element`` stays put on screen (a scroll has ended)."""
    where = None
    for _ in range(40):
        now = (element.bounding_box() or {}).get("y")
        if now is not None and now == where:
            return
        where = now
        page.wait_for_timeout(150)


def _strong(page) -> list[str]:
    """The text of every strongly highlighted sentence (the one being looked at)."""
    marks = page.locator('[data-testid="stHtml"] mark[style*="font-weight:600"]')
    return [m.text_content() for m in marks.all()]


def test_a_plan_dropped_proposed_saved_and_found_again_from_its_goal(own_server, browser, tmp_path):
    source = plan_docx(tmp_path / FILE_NAME)
    page = browser.new_page(
        viewport={"width": 1400, "height": 1000}, locale="vi-VN", accept_downloads=True
    )
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    # -- Nhập kế hoạch: drop the plan ----------------------------------------------------
    page.goto(f"{own_server}/{BY_KEY['plan_import'].served_at}")
    page.wait_for_selector("input[type=file]", state="attached", timeout=TIMEOUT_MS)
    _finished(page)
    assert page.locator("h1").first.inner_text() == t("page_plan_import")
    save = page.get_by_role("button", name=t("plan_save"))
    assert save.count() == 0  # nothing to save before a file
    page.set_input_files("input[type=file]", str(source))
    save.wait_for(timeout=TIMEOUT_MS)
    _finished(page)
    _clean(page, errors)

    # the document, as read from its header
    body = page.inner_text("body")
    assert f"Tệp {FILE_NAME} (DOCX)" in body
    assert page.get_by_label(t("plan_number"), exact=True).input_value() == NUMBER
    assert page.get_by_label(t("plan_issuer"), exact=True).input_value() == "UBND tỉnh Thanh Hóa"
    assert page.get_by_label(t("plan_province"), exact=True).input_value() == "Thanh Hóa"

    # two goals, their values read from the sentences; the decision's numbers are none
    goals = _cells(page, "plan_goals_")
    assert [goals.get(f"{c}-0") for c in range(7)] == [
        "true",
        "Đào tạo lý luận chính trị cho 350 cán bộ, công chức cấp xã",
        "350",
        "",
        ">=",
        "người",
        "2027-12-31",
    ]
    assert [goals.get(f"{c}-1") for c in (1, 2, 5, 6)] == [
        "80% số xã đạt chuẩn nông thôn mới",
        "80",
        "%",
        "2027-12-31",
    ]
    assert "1-2" not in goals, goals
    # one yearly duty, due 15/12, to the Department, from every district
    duties = _cells(page, "plan_duties_")
    assert [duties.get(f"{c}-0") for c in (0, 2, 3, 4, 5)] == [
        "true",
        "yearly",
        "15/12",
        "Sở Nội vụ",
        "UBND các huyện, thị xã, thành phố",
    ]
    assert "1-1" not in duties, duties

    # the first goal's sentence, highlighted in its paragraph and in the whole text
    assert set(_strong(page)) == {GOAL_LLCT}
    assert page.locator("mark#plan-g0").text_content() == GOAL_LLCT
    whole = page.locator('[data-testid="stHtml"]:has(mark#plan-g0)')
    assert [m.text_content() for m in whole.locator("mark").all()] == [GOAL_LLCT, GOAL_NTM, DUTY]
    assert "IV. TỔ CHỨC THỰC HIỆN" in whole.text_content()

    # the analyst looks at the second goal's sentence
    _choose(page, "plan_item_", "Chỉ tiêu 2", "Chỉ tiêu 2: 80% số xã đạt chuẩn nông thôn mới")
    _finished(page)
    assert set(_strong(page)) == {GOAL_NTM}
    assert page.locator("mark#plan-g1").text_content() == GOAL_NTM
    assert page.locator("mark#plan-g0").count() == 0
    _clean(page, errors)

    # -- save: one goals batch ----------------------------------------------------------
    save.click()
    done = page.locator('[data-testid="stAlertContentSuccess"]')
    done.wait_for(timeout=TIMEOUT_MS)
    _finished(page)
    message = done.inner_text()
    saved = re.fullmatch(r"Đã nạp lô (\d+): (\d+) dòng\.", message.strip())
    assert saved, message
    batch, rows = int(saved.group(1)), int(saved.group(2))
    assert rows > 2  # two goals, and the duty once per district and year
    assert "chưa được lưu" not in page.inner_text("body")  # no goal left out
    _clean(page, errors)

    # -- Tổng quan: the goal tracked, its sentence and the link to it --------------------
    page.goto(f"{own_server}/?unit=legacy:38&goal={GOAL_NTM_ID}")
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=TIMEOUT_MS)
    _finished(page)
    _clean(page, errors)
    assert (
        page.locator(".st-key-goal input").input_value()
        == "80% số xã đạt chuẩn nông thôn mới (Tỉnh Thanh Hóa)"
    )
    body = page.inner_text("body")
    assert "Đào tạo lý luận chính trị cho 350 cán bộ, công chức cấp xã" in body  # scorecard
    assert "Mục tiêu: 80,0%" in body
    assert "Hiện đạt: —" not in body  # judged on the demo's communes, not left blank
    assert f"Văn bản: {REFERENCE}" in body
    assert f"“{GOAL_NTM}”" in body
    link = page.get_by_role("link", name=t("plan_link"))
    assert link.count() == 1
    href = link.get_attribute("href") or ""
    assert f"batch={batch}" in href and f"goal={GOAL_NTM_ID}" in href, href

    # -- Văn bản kế hoạch: the plan, the goal's sentence highlighted --------------------
    link.click()
    page.wait_for_url(f"**/{BY_KEY['plan'].served_at}?**", timeout=TIMEOUT_MS)
    _finished(page)
    page.get_by_text("Câu của chỉ tiêu").wait_for(timeout=SHOWN_MS)
    _clean(page, errors)
    assert page.locator("h1").first.inner_text() == t("page_plan")
    body = page.inner_text("body")
    assert f"Văn bản: {REFERENCE} · Tệp: {FILE_NAME} · Lô: {batch}" in body
    assert f"Câu của chỉ tiêu 80% số xã đạt chuẩn nông thôn mới (mã {GOAL_NTM_ID}):" in body
    assert "3 câu được tô màu" in body
    assert set(_strong(page)) == {GOAL_NTM}
    assert page.locator(f"mark#goal-{GOAL_NTM_ID}").text_content() == GOAL_NTM
    whole = page.locator(f'[data-testid="stHtml"]:has(mark#goal-{GOAL_NTM_ID})')
    assert [m.text_content() for m in whole.locator("mark").all()] == [GOAL_LLCT, GOAL_NTM, DUTY]
    assert f"Số: {NUMBER}" in whole.inner_text()

    # and the original file, as it was dropped
    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.get_by_role("button", name=t("plan_download")).click()
    assert download.value.suggested_filename == FILE_NAME
    assert Path(download.value.path()).read_bytes() == source.read_bytes()
    _clean(page, errors)
    page.close()
