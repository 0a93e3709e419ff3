"""Where a goal is heading: project the recent trend to the deadline and name the status.

A leader asks one question of each goal: will we make it? The answer is one of

- ``met``: the latest value already reaches the target (for a ceiling, "tỷ lệ hộ nghèo
  dưới 4%", is at or under it: :mod:`etl.spec.comparisons`);
- ``missed``: judged on (or after) the deadline without reaching it;
- ``on_track`` (đúng tiến độ): the trend reaches the target by the deadline;
- ``behind`` (chậm): the trend gets to at least 90% of the target by the deadline;
- ``at_risk`` (có nguy cơ không đạt): the trend falls short of 90%;
- ``no_trend``: one figure only and no starting point, so no direction to project;
- ``no_data``: nothing measured yet.

The trend is a least-squares line through the last few yearly figures (at most
``WINDOW``). With one figure and a known starting point (a cumulative count starts from 0
on the day the plan was issued) the pace since the start is used instead. The arithmetic
is small and must be explained to the reader, so it is written out here rather than
pulled from a statistics package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from etl.spec import comparisons

WINDOW = 5  # yearly figures used for the trend
BEHIND_RATIO = 0.9  # projected/target at or above this is "chậm", below it "có nguy cơ"

STATUSES = ("met", "on_track", "behind", "at_risk", "missed", "no_trend", "no_data")


@dataclass(frozen=True)
class Projection:
    status: str
    current: float | None  # the latest value on or before the as-of date
    projected: float | None  # the value the trend gives at the deadline
    slope: float | None  # change per year
    method: str  # 'trend' | 'pace' | 'none'
    points: int  # figures used


def years_between(a: dt.date, b: dt.date) -> float:
    return (b - a).days / 365.25


def slope_of(points: list[tuple[dt.date, float]]) -> float:
    """Least-squares slope, in value per year, of dated figures (at least two dates)."""
    origin = points[0][0]
    xs = [years_between(origin, d) for d, _ in points]
    ys = [v for _, v in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        raise ValueError("figures on a single date have no slope")
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def project(
    points: list[tuple[dt.date, float]],
    target: float,
    deadline: dt.date,
    as_of: dt.date,
    start: tuple[dt.date, float] | None = None,
    comparison: str | None = None,
) -> Projection:
    """The status of a goal from its dated figures, judged on ``as_of``.

    ``start`` is a known starting point (date, value) used when there is a single figure.
    ``comparison`` is the goal's (a floor when None). Figures dated after ``as_of`` are
    ignored, so the same data gives the same answer for any chosen day.
    """
    seen = sorted((d, float(v)) for d, v in points if d <= as_of and v is not None)
    if not seen:
        return Projection("no_data", None, None, None, "none", 0)
    last_date, current = seen[-1]
    if comparisons.reached(current, target, comparison):
        return Projection("met", current, current, None, "none", len(seen))
    if deadline <= as_of:  # judged on the deadline (or after it): no more time
        return Projection("missed", current, current, None, "none", len(seen))
    recent = seen[-WINDOW:]
    if len({d for d, _ in recent}) >= 2:
        slope, method = slope_of(recent), "trend"
    elif start is not None and start[0] < last_date:
        slope = (current - start[1]) / years_between(start[0], last_date)
        method, recent = "pace", [start, *recent]
    else:
        return Projection("no_trend", current, None, None, "none", len(recent))
    projected = current + slope * years_between(last_date, deadline)
    ratio = comparisons.attainment(projected, target, comparison)
    if comparisons.reached(projected, target, comparison):
        status = "on_track"
    elif ratio is None or ratio >= BEHIND_RATIO:
        status = "behind"
    else:
        status = "at_risk"
    return Projection(status, current, projected, slope, method, len(recent))
