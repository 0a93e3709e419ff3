"""One PDF of the report: an official cover, then every page's picture, numbered, with a
footer saying what data it shows.

Chromium prints it (``page.pdf``): the same browser that took the pictures, with the
fonts it used embedded, so the diacritics print as on screen. Long pictures are cut into
A4-high slices with Pillow, so a page break never falls at a random place in an image.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

# Content box of an A4 page with 12 mm side margins and room for the footer, in the
# pictures' pixels (1240 px wide): slices are cut to this height.
SLICE_HEIGHT = 1620
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


@dataclass
class Cover:
    issuer: str  # "UBND TỈNH THANH HÓA"
    office: str  # "SỞ NỘI VỤ"
    title: str
    subtitle: str  # the unit and period
    as_of: str  # "31/12/2024"
    place_date: str  # "Thanh Hóa, ngày 31 tháng 12 năm 2024"
    contents: list[str]


def slices(png: Path) -> list[bytes]:
    """The picture cut into A4-high PNG slices (the last one may be shorter)."""
    with Image.open(png) as image:
        image.load()
        out = []
        for top in range(0, image.height, SLICE_HEIGHT):
            part = image.crop((0, top, image.width, min(image.height, top + SLICE_HEIGHT)))
            buf = io.BytesIO()
            part.save(buf, format="PNG", optimize=False)
            out.append(buf.getvalue())
        return out


_CSS = """
@page { size: A4; margin: 12mm 12mm 16mm 12mm; }
body { font-family: "Noto Serif", "Times New Roman", serif; margin: 0; color: #000; }
.cover { page-break-after: always; }
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
.page { page-break-before: always; }
.page:first-of-type { page-break-before: auto; }
.page h2 { font-family: "Noto Sans", sans-serif; font-size: 12pt; margin: 0 0 4pt; }
img { width: 100%; display: block; }
.slice { page-break-inside: avoid; }
"""


def _footer(text: str) -> str:
    return (
        '<div style="font-family: Noto Sans, sans-serif; font-size: 7pt; width: 100%; '
        'padding: 0 12mm; display: flex; justify-content: space-between; color: #333;">'
        f"<span>{html.escape(text)}</span>"
        '<span style="white-space: nowrap; padding-left: 8pt">Trang <span class="pageNumber">'
        '</span>/<span class="totalPages"></span></span></div>'
    )


def build_html(cover: Cover, pages: list[tuple[str, Path]]) -> str:
    parts = [
        f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><style>{_CSS}</style>"
        "</head><body>",
        "<section class='cover'><div class='head'>",
        f"<div><span>{html.escape(cover.issuer)}</span><b>{html.escape(cover.office)}</b>"
        "<div class='rule'></div></div>",
        f"<div><b>{MOTTO[0]}</b><b>{MOTTO[1]}</b><div class='rule'></div></div>",
        "</div>",
        f"<div class='place'>{html.escape(cover.place_date)}</div>",
        f"<h1>{html.escape(cover.title)}</h1>",
        f"<p class='sub'>{html.escape(cover.subtitle)}</p>",
        f"<p class='asof'>Tính đến ngày {html.escape(cover.as_of)}</p>",
        "<ol>" + "".join(f"<li>{html.escape(c)}</li>" for c in cover.contents) + "</ol>",
        "</section>",
    ]
    for title, png in pages:
        parts.append(f"<section class='page'><h2>{html.escape(title)}</h2>")
        for piece in slices(png):
            data = base64.b64encode(piece).decode()
            parts.append(f"<div class='slice'><img src='data:image/png;base64,{data}'></div>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(browser, cover: Cover, pages: list[tuple[str, Path]], footer: str, out: Path):
    """Print the cover and the pictures to ``out`` with Chromium."""
    page = browser.new_page()
    try:
        page.set_content(build_html(cover, pages), wait_until="load")
        page.emulate_media(media="print")
        page.pdf(
            path=str(out),
            format="A4",
            print_background=True,
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=_footer(footer),
            margin={"top": "12mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            tagged=True,
        )
    finally:
        page.close()
