"""Each dashboard page printed for A4 by Chromium, not a screenshot shrunk to fit.

The page is laid out at :data:`PRINT_WIDTH` CSS pixels and printed at :data:`SCALE`: its
16 px text prints at 13 pt, and no text is smaller than 9 pt (chart labels below
:data:`MIN_PX` are raised to it, and a bar label Plotly would shrink below it is left out,
as Plotly's ``uniformtext`` does). Plotly's charts stay vectors. Before printing, the
page's blocks (a heading, a chart, a table, a row of columns…) are measured and the
sheet breaks placed between them here, so a break never falls inside a chart, a table or
a row, and a heading stays with what follows it. A chart taller than a sheet (the
criteria of every commune) is split by rows into sheet-high parts.
"""

from __future__ import annotations

import io
import math
import time
from dataclasses import dataclass, field

MM = 96 / 25.4  # CSS pixels per millimetre
PAGE_MM = (210, 297)  # A4
MARGIN_MM = {"top": 20, "bottom": 22, "left": 12, "right": 12}  # header and footer go in
CONTENT_WIDTH = (PAGE_MM[0] - MARGIN_MM["left"] - MARGIN_MM["right"]) * MM  # 703 px
# Wide enough that Streamlit keeps side-by-side columns (it stacks them below 640 px),
# narrow enough that Plotly's 11.2 px line under a chart's title prints at 9 pt.
PRINT_WIDTH = 650
SCALE = CONTENT_WIDTH / PRINT_WIDTH
SHEET_HEIGHT = (PAGE_MM[1] - MARGIN_MM["top"] - MARGIN_MM["bottom"]) * MM / SCALE
MIN_POINTS = 9.0
MIN_PX = math.ceil(MIN_POINTS / 0.75 / SCALE)  # 12 px: the smallest chart text printed
PIXEL_RATIO = 2  # tables are drawn on a canvas: print it at twice the screen's resolution
CONTINUED = {"vi": " (tiếp theo)", "en": " (continued)"}


def points(px: float) -> float:
    """How tall text of ``px`` CSS pixels prints."""
    return px * 0.75 * SCALE


@dataclass
class Block:
    """One unbreakable piece of a page, measured in the print layout (CSS px)."""

    top: float
    bottom: float
    charts: list[str] = field(default_factory=list)  # the charts' titles
    tables: int = 0
    heading: bool = False

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def leads_in(self) -> bool:
        """A short text that introduces what follows (a caption under a heading)."""
        return not self.charts and not self.tables and self.height <= 120


@dataclass
class Plan:
    breaks: list[int]  # blocks that start a new sheet
    sheet_of: list[int]  # each block's sheet, from 0
    sheets: int
    too_tall: list[int] = field(default_factory=list)  # blocks higher than a sheet: cut


def paginate(blocks: list[Block], sheet: float = SHEET_HEIGHT) -> Plan:
    """Sheet breaks between blocks, greedily: a block that does not fit on what is left of
    the sheet starts the next one, with the heading (and its caption) just before it."""
    breaks: list[int] = []
    sheet_of: list[int] = []
    too_tall: list[int] = []
    start, current, spill = (blocks[0].top if blocks else 0.0), 0, 0
    for i, block in enumerate(blocks):
        if i and block.bottom - start > sheet + 0.5:
            first = _lead(blocks, i, breaks[-1] if breaks else 0)
            if block.bottom - blocks[first].top > sheet:  # the heading does not fit with it
                first = i
            breaks.append(first)
            current += 1
            sheet_of[first:] = [current] * (i - first)
            start = blocks[first].top
        sheet_of.append(current)
        if block.height > sheet:  # Chromium will cut it: it runs on over more sheets
            too_tall.append(i)
            extra = int(block.height // sheet)
            spill += extra
            start = block.top + extra * sheet
    return Plan(breaks, sheet_of, current + 1 + spill, too_tall)


def _lead(blocks: list[Block], i: int, floor: int) -> int:
    """The first block that goes to the next sheet with block ``i``: the heading above it
    (and the captions between), or the line that introduces its chart or table."""
    first, k = i, i - 1
    labelled = bool(blocks[i].charts or blocks[i].tables)
    while k > floor and (blocks[k].heading or blocks[k].leads_in):
        if blocks[k].heading or (labelled and k == i - 1):
            first = k
        k -= 1
    return first


# Run in the page before it is measured: Plotly text below ``min`` px is raised to it, and
# a bar label that Plotly would shrink below it is hidden (``uniformtext``).
_FONT_FLOOR_JS = """async (min) => {
  for (const gd of document.querySelectorAll('.js-plotly-plot')) {
    const fl = gd._fullLayout;
    if (!fl) continue;
    const up = {'uniformtext.minsize': min, 'uniformtext.mode': 'hide'};
    const raise = (path, font) => { if (font && font.size < min) up[path + '.size'] = min; };
    raise('font', fl.font);
    raise('legend.font', fl.legend && fl.legend.font);
    for (const k of Object.keys(fl)) {
      if (!/^[xy]axis\\d*$/.test(k)) continue;
      raise(k + '.tickfont', fl[k].tickfont);
      raise(k + '.title.font', fl[k].title && fl[k].title.font);
    }
    (fl.annotations || []).forEach((a, i) => raise(`annotations[${i}].font`, a.font));
    await Plotly.relayout(gd, up);
    for (const [i, t] of gd._fullData.entries()) {
      const size = t.textfont && t.textfont.size;
      const least = Array.isArray(size) ? Math.min(...size) : size;
      if (least && least < min) await Plotly.restyle(gd, {'textfont.size': min}, [i]);
      // A label turned on its side to fit a thin bar reads badly on paper: upright, or
      // left out when it does not fit.
      if (t.type === 'bar' && t.textangle === 'auto') {
        await Plotly.restyle(gd, {textangle: 0}, [i]);
      }
    }
  }
}"""

# A heatmap or a horizontal bar chart taller than a sheet becomes parts of whole rows,
# each with its axes and title, placed where the chart was (the chart is hidden).
_SPLIT_JS = """async ({sheet, minRow, continued}) => {
  let parts = 0;
  for (const gd of Array.from(document.querySelectorAll('.js-plotly-plot'))) {
    const box = gd.closest('[data-testid="stElementContainer"]');
    const fl = gd._fullLayout;
    if (!box || !fl || !fl.yaxis || box.getBoundingClientRect().height <= sheet) continue;
    const byRow = gd._fullData.every((t) =>
        t.type === 'heatmap' || (t.type === 'bar' && t.orientation === 'h'));
    if (!byRow) continue;
    const [bottom, top] = fl.yaxis.range;
    const n = Math.round(Math.abs(bottom - top));
    const dir = Math.sign(bottom - top);
    const margin = fl.margin.t + fl.margin.b;
    const row = Math.max(fl._size.h / n, minRow);
    // Whole rows per sheet; the first part leaves room for the heading above the chart.
    const per = Math.floor((sheet - margin - 16) / row);
    const first = Math.floor((sheet - margin - 16 - 120) / row);
    if (n < 2 || first < 1) continue;
    let last = box;
    for (let j = 0, done = 0; done < n; j++) {
      const rows = Math.min(j ? per : first, n - done);
      const from = top + dir * done;
      done += rows;
      const layout = JSON.parse(JSON.stringify(gd.layout));
      layout.width = fl.width;
      layout.height = margin + rows * row;
      layout.yaxis = {...(layout.yaxis || {}), range: [from + dir * rows, from],
                      autorange: false};
      if (j && layout.title && layout.title.text) {
        const text = layout.title.text;
        const cut = text.indexOf('<br>');
        layout.title.text = cut < 0 ? text + continued
            : text.slice(0, cut) + continued + text.slice(cut);
      }
      const holder = document.createElement('div');
      holder.setAttribute('data-testid', 'stElementContainer');
      holder.className = 'report-part';
      const plot = document.createElement('div');
      holder.append(plot);
      last.after(holder);
      last = holder;
      await Plotly.newPlot(plot, JSON.parse(JSON.stringify(gd.data)), layout,
                           {staticPlot: true, responsive: false});
      parts++;
    }
    box.style.display = 'none';
  }
  return parts;
}"""

# The blocks of the main column, each marked with its index. A block is an element, a
# row of columns, or a container that fits on a sheet; a taller container, or columns
# stacked one under the other (a narrow page), is split into what it holds.
_BLOCKS_JS = """(sheet) => {
  const out = [];
  const tid = (el) => el && el.getAttribute('data-testid');
  const stacked = (row) => {
    const cols = Array.from(row.children).filter((c) => c.offsetHeight > 0);
    return cols.length > 1 && cols.every((c, i) => i === 0 ||
        c.getBoundingClientRect().top >= cols[i - 1].getBoundingClientRect().bottom - 1);
  };
  const title = (gd) => ((gd._fullLayout && gd._fullLayout.title.text) || '')
      .split('<br>')[0].replace(/<[^>]*>/g, '').trim();
  const walk = (block) => {
    for (const child of block.children) {
      const box = child.getBoundingClientRect();
      if (box.height < 1) continue;  // hidden widgets, empty slots
      const inner = tid(child) === 'stLayoutWrapper' ? child.firstElementChild : child;
      if (tid(inner) === 'stHorizontalBlock' && stacked(inner)) {
        child.style.breakInside = inner.style.breakInside = 'auto';  // breaks go between
        for (const col of inner.children) {
          const body = col.querySelector(':scope > [data-testid="stVerticalBlock"]');
          if (body) walk(body);
        }
        continue;
      }
      if (tid(inner) === 'stVerticalBlock' && box.height > sheet) {
        child.style.breakInside = inner.style.breakInside = 'auto';
        walk(inner);
        continue;
      }
      child.style.breakInside = 'avoid';
      child.setAttribute('data-report-block', out.length);
      out.push({
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
        charts: Array.from(child.querySelectorAll('.js-plotly-plot'))
            .filter((p) => p.offsetHeight > 0).map(title),
        tables: child.querySelectorAll('[data-testid="stDataFrame"], [data-testid="stTable"]')
            .length,
        heading: tid(child) === 'stElementContainer' &&
            !!child.querySelector('[data-testid="stHeading"]'),
      });
    }
  };
  const main = document.querySelector(
      '[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"]');
  if (main) walk(main);
  return out;
}"""

_BREAK_JS = """(indexes) => {
  for (const i of indexes) {
    const el = document.querySelector(`[data-report-block="${i}"]`);
    if (el) el.style.breakBefore = 'page';
  }
}"""

# Plotly redraws a chart some time after its box changes width: every chart must be as
# wide as its box, and the page done running.
_SIZED_JS = """() => {
  const plots = Array.from(document.querySelectorAll('.js-plotly-plot'))
      .filter((p) => p.offsetHeight > 0);
  return {
    stale: plots.filter((p) => !p._fullLayout ||
        Math.abs(p._fullLayout.width - p.getBoundingClientRect().width) > 2).length,
    running: document.querySelectorAll('[data-testid="stStatusWidget"]').length > 0,
  };
}"""


def _wait_sized(page, timeout: float = 30.0, calm: float = 0.4) -> None:
    """Until every chart has been redrawn at the print width and stays so for ``calm`` s."""
    deadline = time.monotonic() + timeout
    calm_since = None
    while time.monotonic() < deadline:
        state = page.evaluate(_SIZED_JS)
        if state["stale"] or state["running"]:
            calm_since = None
        else:
            calm_since = calm_since or time.monotonic()
            if time.monotonic() - calm_since >= calm:
                return
        page.wait_for_timeout(150)


def _print_media(page) -> None:
    """The print width, print CSS, and a sharper canvas (the tables) for the printer."""
    page.set_viewport_size({"width": PRINT_WIDTH, "height": 1000})
    # Playwright's viewport keeps one pixel per CSS pixel; this session's override stays
    # for the page's life (closing the session would drop it).
    page.context.new_cdp_session(page).send(
        "Emulation.setDeviceMetricsOverride",
        {"width": PRINT_WIDTH, "height": 1000, "deviceScaleFactor": PIXEL_RATIO, "mobile": False},
    )
    page.emulate_media(media="print")


@dataclass
class Printed:
    pdf: bytes
    plan: Plan
    blocks: list[Block]
    sheets: int  # as printed: equals plan.sheets unless Chromium broke a block itself
    parts: int  # tall charts' parts


def print_page(page, lang: str = "vi") -> Printed:
    """The open (settled) dashboard page as A4 sheets, laid out for print."""
    from pypdf import PdfReader

    _print_media(page)
    _wait_sized(page)
    page.evaluate(_FONT_FLOOR_JS, MIN_PX)
    parts = page.evaluate(
        _SPLIT_JS,
        {"sheet": SHEET_HEIGHT, "minRow": MIN_PX * 1.25, "continued": CONTINUED[lang]},
    )
    _wait_sized(page, calm=0.3)
    blocks = [Block(**b) for b in page.evaluate(_BLOCKS_JS, SHEET_HEIGHT)]
    plan = paginate(blocks)
    page.evaluate(_BREAK_JS, plan.breaks)
    pdf = page.pdf(
        width=f"{PAGE_MM[0]}mm",
        height=f"{PAGE_MM[1]}mm",
        scale=SCALE,
        print_background=True,
        margin={k: f"{v}mm" for k, v in MARGIN_MM.items()},
    )
    sheets = len(PdfReader(io.BytesIO(pdf)).pages)
    return Printed(pdf, plan, blocks, sheets, parts)
