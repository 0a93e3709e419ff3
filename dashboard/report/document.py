"""One PDF of the report: an official cover, then every dashboard page as Chromium printed
it for A4 (see ``printing``), each sheet headed with its page, unit and period, numbered,
with a footer saying what data it shows.

Chromium prints the cover, the pages and the running heads and footers (the same browser
that drew the pages, with the fonts it used embedded, so the diacritics print as on
screen); pypdf lays the heads and footers over the sheets and joins them into one file.
The heads and footers are printed separately because Chromium numbers the sheets of
each printout from 1, and the report is numbered as one document.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path

from dashboard.report import printing

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PAGE_WORD = {"vi": "Trang", "en": "Page"}
NO_MARGIN = dict.fromkeys(("top", "bottom", "left", "right"), "0")


@dataclass
class Cover:
    issuer: str  # "UBND TỈNH THANH HÓA"
    office: str  # "SỞ NỘI VỤ"
    title: str
    subtitle: str  # the unit and period
    as_of: str  # "31/12/2024"
    place_date: str  # "Thanh Hóa, ngày 31 tháng 12 năm 2024"
    contents: list[str]
    as_of_label: str = "Tính đến ngày"


@dataclass
class Section:
    """One dashboard page as printed, and the head on each of its sheets."""

    head: str  # "Tổng quan · Tỉnh Thanh Hóa · Giai đoạn 2021–2025"
    pdf: bytes


_COVER_CSS = """
@page { size: A4; margin: 20mm 12mm 22mm 12mm; }
body { font-family: "Noto Serif", "Times New Roman", serif; margin: 0; color: #000; }
.head { display: flex; justify-content: space-between; text-align: center; font-size: 12pt; }
.head > div:first-child { width: 40%; }
.head > div:last-child { width: 58%; white-space: nowrap; }
.head b { display: block; }
.rule { width: 40%; margin: 2pt auto 0; border-top: 1px solid #000; }
.place { text-align: right; font-style: italic; margin-top: 14pt; font-size: 12pt; }
h1 { text-align: center; font-size: 17pt; margin: 70pt 0 6pt; text-transform: uppercase; }
.sub { text-align: center; font-size: 13pt; margin: 0 0 4pt; }
.asof { text-align: center; font-style: italic; font-size: 13pt; margin-bottom: 40pt; }
ol { font-size: 12pt; line-height: 1.6; }
"""


def build_html(cover: Cover) -> str:
    """The cover page."""
    return "".join(
        [
            f"<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
            f"<style>{_COVER_CSS}</style></head><body><div class='head'>",
            f"<div><span>{html.escape(cover.issuer)}</span><b>{html.escape(cover.office)}</b>"
            "<div class='rule'></div></div>",
            f"<div><b>{MOTTO[0]}</b><b>{MOTTO[1]}</b><div class='rule'></div></div>",
            "</div>",
            f"<div class='place'>{html.escape(cover.place_date)}</div>",
            f"<h1>{html.escape(cover.title)}</h1>",
            f"<p class='sub'>{html.escape(cover.subtitle)}</p>",
            f"<p class='asof'>{html.escape(cover.as_of_label)} {html.escape(cover.as_of)}</p>",
            "<ol>" + "".join(f"<li>{html.escape(c)}</li>" for c in cover.contents) + "</ol>",
            "</body></html>",
        ]
    )


# Heads and footers, one A4 sheet each, laid over the printed sheets: in the margins
# printing.MARGIN_MM leaves, at 9 pt or more.
_MARGINS_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "Noto Sans", sans-serif; color: #333; }
.sheet { position: relative; width: 210mm; height: 297mm; overflow: hidden;
         break-after: page; }
.sheet:last-child { break-after: auto; }
.top { position: absolute; left: 12mm; right: 12mm; top: 9mm; font-size: 10pt;
       font-weight: 600; color: #000; border-bottom: 0.5pt solid #999; padding-bottom: 1.5mm;
       white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.foot { position: absolute; left: 12mm; right: 12mm; bottom: 6mm; font-size: 9pt;
        display: flex; justify-content: space-between; align-items: flex-end; gap: 8pt;
        line-height: 1.25; }
.foot .no { white-space: nowrap; }
"""


def margins_html(heads: list[str], footer: str, page_word: str = "Trang") -> str:
    """Sheet ``i`` of ``len(heads)``: its head ('' for none) and the common footer."""
    total = len(heads)
    sheets = [
        "<div class='sheet'>"
        + (f"<div class='top'>{html.escape(head)}</div>" if head else "")
        + f"<div class='foot'><span>{html.escape(footer)}</span>"
        f"<span class='no'>{page_word} {i}/{total}</span></div></div>"
        for i, head in enumerate(heads, start=1)
    ]
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<style>{_MARGINS_CSS}</style></head><body>{''.join(sheets)}</body></html>"
    )


def _print(browser, content: str, margin: dict[str, str]) -> bytes:
    page = browser.new_page()
    try:
        page.set_content(content, wait_until="load")
        page.emulate_media(media="print")
        return page.pdf(
            width=f"{printing.PAGE_MM[0]}mm",
            height=f"{printing.PAGE_MM[1]}mm",
            print_background=True,
            margin=margin,
        )
    finally:
        page.close()


def write_pdf(
    browser,
    cover: Cover,
    sections: list[Section],
    footer: str,
    out: Path,
    lang: str = "vi",
) -> list[tuple[int, int]]:
    """The cover and the sections as one numbered PDF at ``out``; returns each section's
    first and last sheet (from 1, the cover is 1)."""
    from pypdf import PdfReader, PdfWriter

    margin = {k: f"{v}mm" for k, v in printing.MARGIN_MM.items()}
    parts = [PdfReader(io.BytesIO(_print(browser, build_html(cover), margin)))]
    parts += [PdfReader(io.BytesIO(s.pdf)) for s in sections]
    heads = [""] * len(parts[0].pages)
    spans = []
    for section, part in zip(sections, parts[1:], strict=True):
        spans.append((len(heads) + 1, len(heads) + len(part.pages)))
        heads += [section.head] * len(part.pages)
    overlay = PdfReader(
        io.BytesIO(_print(browser, margins_html(heads, footer, PAGE_WORD[lang]), NO_MARGIN))
    )
    writer = PdfWriter()
    sheets = [sheet for part in parts for sheet in part.pages]
    for sheet, over in zip(sheets, overlay.pages, strict=True):
        writer.add_page(sheet).merge_page(over)
    writer.add_metadata({"/Title": cover.title, "/Author": f"{cover.office} — {cover.issuer}"})
    with out.open("wb") as f:
        writer.write(f)
    return spans
