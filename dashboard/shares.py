"""A share says what it is a share of: "100,0% của 192 người có thông tin / 302".

A ratio is worked out over the people (or communes) whose value is known, and the text
names both numbers, so a share over a few known values is never read as a share of
everyone; with nothing known it is "—" and "chưa có thông tin", never 0% or 100%.

Counts are whole things: a weighted count under today's units (a commune split in three
counts a third in each part) stays exact in the queries and the Excel export and is shown
rounded, on count axes too (:func:`count_axis`: no tick at 0,5 people).

Pure: no Streamlit here. :func:`metric` draws on any container with ``metric`` and
``caption`` (``st``, a column), so pages and tests use the same code.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dashboard import fmt
from dashboard.i18n import t

NOUNS = ("people", "communes")  # the label keys noun_<noun> and noun_<noun>_one
_EPS = 1e-9  # weighted counts are sums of crosswalk shares: equal up to float noise


def _clean(x: float | None) -> float:
    if x is None:
        return 0.0
    x = float(x)
    return 0.0 if math.isnan(x) else x


@dataclass(frozen=True)
class Share:
    """``hit`` of the ``known`` (those whose value is given), out of ``total`` in scope.

    Counts are weighted (``sum(w)``) and kept exact; ``noun`` names what is counted
    ("people", "communes").
    """

    hit: float
    known: float
    total: float
    noun: str = "people"

    @classmethod
    def of(cls, hit, known, total, noun: str = "people") -> Share:
        return cls(_clean(hit), _clean(known), _clean(total), noun)

    @property
    def pct(self) -> float | None:
        """Percent of the known; None when nothing is known."""
        return 100 * self.hit / self.known if self.known > _EPS else None

    @property
    def unknown(self) -> float:
        return max(self.total - self.known, 0.0)

    def text(self, lang: str = "vi", decimals: int = 1) -> str:
        return describe(self.pct, self.known, self.total, self.noun, lang, decimals)

    def metric(self, container, label: str, lang: str = "vi") -> None:
        metric(container, label, self, lang)


def _noun(noun: str, n: float, lang: str) -> str:
    one = lang == "en" and round(n) == 1
    return t(f"noun_{noun}_one" if one else f"noun_{noun}", lang)


def count(n: float | None, lang: str = "vi") -> str:
    """A (weighted) count as a whole number: 159 xã, never 159,0."""
    return fmt.number(None if n is None else _clean(n), 0, lang)


def denominator(known: float | None, total: float | None, noun: str, lang: str = "vi") -> str:
    """What a share is of: "của 192 người có thông tin / 302", "của 302 người" when all
    are known, "chưa có thông tin (302 người)" when none is."""
    known, total = _clean(known), _clean(total)
    if known <= _EPS:
        if total <= _EPS:
            return t("share_no_data", lang)
        return t("share_no_data_of", lang).format(
            total=count(total, lang), noun=_noun(noun, total, lang)
        )
    if known >= total - _EPS:
        return t("share_of_all", lang).format(
            total=count(total, lang), noun=_noun(noun, total, lang)
        )
    return t("share_of_known", lang).format(
        known=count(known, lang), total=count(total, lang), noun=_noun(noun, known, lang)
    )


def describe(
    share: float | None,
    known: float | None,
    total: float | None,
    noun: str = "people",
    lang: str = "vi",
    decimals: int = 1,
) -> str:
    """The share and its denominator in words, e.g. "100,0% của 192 người có thông tin /
    302" (en: "100.0% of 192 people with data / 302"); "— chưa có thông tin (302 người)"
    when no value is known, whatever ``share`` says."""
    if _clean(known) <= _EPS or share is None or (isinstance(share, float) and math.isnan(share)):
        value = "—"
    else:
        value = fmt.percent(share, decimals, lang)
    return f"{value} {denominator(known, total, noun, lang)}"


def value(share: Share, lang: str = "vi", decimals: int = 1) -> str:
    """The share alone, as a metric shows it: "79,3%", or "—" with nothing known."""
    return fmt.percent(share.pct, decimals, lang)


def metric(container, label: str, share: Share, lang: str = "vi") -> None:
    """``container.metric`` of the share, its denominator as the caption beneath and the
    whole sentence as the help."""
    container.metric(label, value(share, lang), help=f"{label}: {share.text(lang)}")
    container.caption(denominator(share.known, share.total, share.noun, lang))


# ------------------------------------------------------------------ count axes


def _step(top: float) -> int:
    """A whole tick step giving about six ticks up to ``top``: 1, 2, 5, 10, 20, 50, …"""
    raw = max(top / 6, 1.0)
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * magnitude >= raw - _EPS:
            return int(m * magnitude)
    return int(10 * magnitude)  # pragma: no cover


def _numbers(values) -> list[float]:
    out = []
    for v in values if values is not None else ():
        try:
            f = float(v)
        except (TypeError, ValueError):
            continue
        if not math.isnan(f):
            out.append(f)
    return out


def axis_top(fig, axis: str = "y") -> float:
    """The largest value drawn along ``axis``: stacked bars add up per category."""
    other = "x" if axis == "y" else "y"
    stacked = fig.layout.barmode in ("stack", "relative")
    top, stacks = 0.0, {}
    for trace in fig.data:
        values = getattr(trace, axis, None)
        if values is None:
            continue
        if stacked and trace.type == "bar":
            keys = getattr(trace, other, None)
            keys = list(keys) if keys is not None else list(range(len(values)))
            for k, v in zip(keys, values, strict=False):
                (f,) = _numbers([v]) or (0.0,)
                stacks[k] = stacks.get(k, 0.0) + max(f, 0.0)
        else:
            top = max([top, *_numbers(values)])
    return max([top, *stacks.values()])


def count_axis(fig, axis: str = "y"):
    """Ticks at whole numbers from zero on the axis that counts people or communes (the
    x axis of a horizontal bar chart): no "0,5" tick on a chart of 2 officers."""
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(tickformat=",d", rangemode="tozero", tick0=0, dtick=_step(axis_top(fig, axis)))
    return fig


def bar_labels(fig, counts, shares, lang: str = "vi") -> None:
    """Write "224 · 66,3%" on each bar of a one-trace bar chart (the count alone where
    the share is unknown: the "(không ghi)" bar)."""
    fig.data[0].text = [
        count(n, lang) if s is None or s != s else f"{count(n, lang)} · {fmt.percent(s, 1, lang)}"
        for n, s in zip(counts, shares, strict=True)
    ]
