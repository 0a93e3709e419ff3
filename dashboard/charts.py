"""Plotly figures. Pure functions of DataFrames, so tests can check a figure's data.

Colours are the Okabe-Ito palette: distinguishable for colour-blind readers and in grey
print, and every status also carries its name as text so colour is never the only cue.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from dashboard import fmt
from dashboard.i18n import t

# Okabe-Ito colours, named once.
BLACK, ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE = (
    "#000000",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
)
GREY = "#999999"
WHITE = "#FFFFFF"  # the hatching over a status colour

STATUS_COLORS = {
    "met": GREEN,
    "on_track": BLUE,
    "behind": ORANGE,
    "at_risk": VERMILLION,
    "missed": PURPLE,
    "no_trend": SKY,
    "no_data": GREY,
}
# Streamlit markdown colour names closest to the palette above, for status badges.
STATUS_BADGE = {
    "met": "green",
    "on_track": "blue",
    "behind": "orange",
    "at_risk": "red",
    "missed": "violet",
    "no_trend": "gray",
    "no_data": "gray",
}
STATUS_PATTERNS = {
    "met": "",
    "on_track": "/",
    "behind": "\\",
    "at_risk": "x",
    "missed": "+",
    "no_trend": ".",
    "no_data": ".",
}
REPORT_COLORS = {"on_time": GREEN, "late": ORANGE, "missing": VERMILLION, "not_due": GREY}
LEVEL_COLORS = {"Chưa đạt": "#BBBBBB", "NTM": SKY, "NTM nâng cao": BLUE, "NTM kiểu mẫu": GREEN}
SERIES = [BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, BLACK]
FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"


def status_label(status: str, lang: str = "vi") -> str:
    return t(f"status_{status}", lang)


# Most urgent first: what a leader can still act on, then what is lost, then the rest.
URGENCY = ("at_risk", "behind", "missed", "no_trend", "no_data", "on_track", "met")


def by_urgency(goals: pd.DataFrame) -> pd.DataFrame:
    """Goals with the most urgent first, then the nearest deadline."""
    rank = {s: i for i, s in enumerate(URGENCY)}
    return (
        goals.assign(_u=[rank.get(s, len(rank)) for s in goals.status])
        .sort_values(["_u", "deadline"], kind="stable")
        .drop(columns="_u")
    )


def _short(text: str, width: int = 58) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def goal_progress_bar(goals: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """The scorecard: one bar per goal, most urgent at the top, its length the share of
    the target reached and its colour and pattern the status, whose name is written
    beside the bar in black (legible in grey print and for colour-blind readers)."""
    data = by_urgency(goals)
    pct = data["pct"].fillna(0).clip(lower=0, upper=150)
    labels = [f"{_short(n)} · {s}" for n, s in zip(data["name"], data["scope"], strict=True)]
    fig = go.Figure(
        go.Bar(
            x=pct,
            y=labels,
            orientation="h",
            marker=dict(
                color=[STATUS_COLORS[s] for s in data["status"]],
                line=dict(color=BLACK, width=0.5),
                pattern=dict(
                    shape=[STATUS_PATTERNS[s] for s in data["status"]],
                    fgcolor=WHITE,
                    solidity=0.25,
                ),
            ),
            text=[
                f"{fmt.percent(p, 1, lang) if p == p and p is not None else '—'} · "
                f"{status_label(s, lang)}"
                for p, s in zip(data["pct"], data["status"], strict=True)
            ],
            textposition="outside",
            textfont=dict(color=BLACK, size=13),
            cliponaxis=False,
            customdata=list(
                zip(
                    [
                        fmt.amount(v, u, lang)
                        for v, u in zip(data["value"], data["unit"], strict=True)
                    ],
                    [
                        fmt.amount(v, u, lang)
                        for v, u in zip(data["target_value"], data["unit"], strict=True)
                    ],
                    [fmt.date(d, lang) for d in data["deadline"]],
                    strict=True,
                )
            ),
            hovertemplate=(
                "%{y}<br>"
                + t("current", lang)
                + ": %{customdata[0]}<br>"
                + t("target", lang)
                + ": %{customdata[1]}<br>"
                + t("deadline", lang)
                + ": %{customdata[2]}<extra></extra>"
            ),
        )
    )
    fig.add_vline(x=100, line_dash="dash", line_color="#444444", layer="below")
    top = max(100.0, float(pct.max()) if len(pct) else 100.0)
    fig.update_layout(
        title=t("progress_chart", lang),
        template="plotly_white",
        xaxis=dict(title="%", range=[0, top + 45], ticksuffix="%", dtick=25),
        yaxis=dict(automargin=True, autorange="reversed"),
        height=max(200, 30 * len(data) + 90),
        margin=dict(l=10, r=10, t=50, b=30),
        font=dict(family=FONT),
        separators=",." if lang == "vi" else ".,",
        showlegend=False,
        bargap=0.25,
    )
    return fig


def _layout(fig: go.Figure, title: str, lang: str, height: int = 380, **extra) -> go.Figure:
    """One look for every figure: white print-friendly template, Vietnamese separators,
    the same font as the page, and no clock or random element anywhere."""
    fig.update_layout(
        title=title,
        template="plotly_white",
        height=height,
        margin=dict(l=10, r=10, t=50, b=40),
        font=dict(family=FONT),
        separators=",." if lang == "vi" else ".,",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0),
        **extra,
    )
    return fig


def goal_trend(goal, lang: str = "vi") -> go.Figure:
    """One goal: its figures, the trend carried to the deadline, and the target."""
    dates = [d for d, _ in goal.points]
    values = [v for _, v in goal.points]
    fig = go.Figure(
        go.Scatter(
            x=dates,
            y=values,
            mode="lines+markers",
            name=t("actual", lang),
            line=dict(color=BLUE),
            hovertemplate="%{x|%d/%m/%Y}: %{y:,."
            + ("1" if goal.unit == "%" else "0")
            + "f}<extra></extra>",
        )
    )
    if goal.projected is not None and dates and goal.method != "none":
        fig.add_trace(
            go.Scatter(
                x=[dates[-1], goal.deadline],
                y=[values[-1], goal.projected],
                mode="lines+markers",
                name=t("projection", lang),
                line=dict(color=STATUS_COLORS[goal.status], dash="dash"),
                hovertemplate="%{x|%d/%m/%Y}: %{y:,."
                + ("1" if goal.unit == "%" else "0")
                + "f}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[goal.deadline],
            y=[goal.target_value],
            mode="markers",
            marker=dict(symbol="star", size=14, color=BLACK),
            name=t("target", lang),
            hovertemplate="%{x|%d/%m/%Y}: %{y:,."
            + ("1" if goal.unit == "%" else "0")
            + "f}<extra></extra>",
        )
    )
    # An explicit range from the first figure (or the plan's issue) to past the deadline:
    # a single point otherwise gets an axis of one day with repeated labels.
    first = min([*dates, *([goal.issued] if getattr(goal, "issued", None) else []), goal.deadline])
    pad = dt.timedelta(days=max(60, (goal.deadline - first).days // 12))
    return _layout(
        fig,
        _short(goal.name, 70),
        lang,
        300,
        xaxis=dict(
            tickformat="%d/%m/%Y" if (goal.deadline - first).days < 800 else "%Y",
            type="date",
            range=[first - pad, goal.deadline + pad],
            nticks=8,
        ),
        yaxis=dict(rangemode="tozero", tickformat=",d" if goal.unit != "%" else None),
    )


def bars(
    frame: pd.DataFrame,
    x: str,
    y: str,
    title: str,
    lang: str = "vi",
    color: str | None = None,
    colors: dict[str, str] | None = None,
    horizontal: bool = False,
    customdata: str | None = None,
    labels: dict[str, str] | None = None,
    barmode: str = "stack",
) -> go.Figure:
    """Bars of ``y`` by ``x`` (one trace per value of ``color``), values printed on them.

    ``customdata`` names a column carried with each bar so a click can drill down.
    """
    labels = labels or {}
    groups = [(None, frame)] if color is None else list(frame.groupby(color, sort=False))
    fig = go.Figure()
    for i, (name, part) in enumerate(groups):
        tint = (colors or {}).get(name, SERIES[i % len(SERIES)]) if name else BLUE
        values = part[y].astype(float)
        fig.add_trace(
            go.Bar(
                x=values if horizontal else part[x],
                y=part[x] if horizontal else values,
                orientation="h" if horizontal else "v",
                name=str(name) if name is not None else labels.get(y, y),
                marker_color=tint,
                text=[fmt.number(v, 0, lang) for v in values],
                textposition="auto",
                customdata=part[customdata] if customdata else None,
                hovertemplate=f"%{{{'y' if horizontal else 'x'}}}: "
                f"%{{{'x' if horizontal else 'y'}:,.0f}}<extra>{name or ''}</extra>",
            )
        )
    axis = dict(title=labels.get(y, ""))
    height = max(320, 28 * frame[x].nunique() + 120) if horizontal else 380
    return _layout(
        fig,
        title,
        lang,
        height,
        barmode=barmode,
        showlegend=color is not None,
        **(
            {"xaxis": axis, "yaxis": dict(autorange="reversed", automargin=True)}
            if horizontal
            else {"yaxis": axis}
        ),
    )


def levels_by_year(levels: pd.DataFrame, goals: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """Share of communes at each NTM level per year, stacked to 100%, with goal targets."""
    fig = go.Figure()
    # rows of unknown level carry no share: groupby's default (dropna) leaves them out
    for level, part in levels.groupby("level", sort=False, dropna=True):
        fig.add_trace(
            go.Bar(
                x=part.year,
                y=part.share,
                name=level,
                marker_color=LEVEL_COLORS.get(level, GREY),
                text=[fmt.percent(v, 0, lang) for v in part.share],
                textposition="inside",
                customdata=part.communes,
                hovertemplate="%{x}: %{y:,.1f}% (%{customdata:,.0f} "
                + t("noun_communes", lang)
                + ")<extra>"
                + level
                + "</extra>",
            )
        )
    for g in goals.itertuples():
        fig.add_trace(
            go.Scatter(
                x=[g.deadline.year],
                y=[g.target_value],
                mode="markers+text",
                marker=dict(symbol="star", size=16, color=BLACK),
                text=[f"{t('target', lang)} {fmt.percent(g.target_value, 0, lang)}"],
                textposition="top center",
                name=f"{t('target', lang)}: {g.scope}",
                hovertemplate=g.name + "<extra></extra>",
            )
        )
    return _layout(
        fig,
        t("ntm_levels_chart", lang),
        lang,
        400,
        barmode="stack",
        yaxis=dict(title="%", range=[0, 105]),
        xaxis=dict(dtick=1),
    )


def criteria_heatmap(cells: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """Communes (rows) × criteria (columns): met in blue, not met in orange."""
    cells = cells.assign(district_name=cells.district_name.fillna(""))  # 2025: no districts
    grid = cells.pivot_table(
        index=["commune_code", "commune_name", "district_name"],
        columns="criterion_no",
        values="met",
        aggfunc="max",
        sort=False,
    )
    names = cells.drop_duplicates("criterion_no").set_index("criterion_no").criterion_name.to_dict()
    rows = [f"{c} ({d})" if d else c for _, c, d in grid.index]
    fig = go.Figure(
        go.Heatmap(
            z=grid.values,
            x=[f"TC{n}" for n in grid.columns],
            y=rows,
            zmin=0,
            zmax=1,
            colorscale=[[0, ORANGE], [0.5, ORANGE], [0.5, BLUE], [1, BLUE]],
            showscale=False,
            xgap=1,
            ygap=1,
            customdata=[[names.get(n, "") for n in grid.columns] for _ in rows],
            hovertemplate="%{y}<br>%{x}. %{customdata}: %{z}<extra></extra>",
        )
    )
    return _layout(
        fig,
        t("heatmap_chart", lang),
        lang,
        max(300, 14 * len(rows) + 120),
        yaxis=dict(autorange="reversed", automargin=True, tickfont=dict(size=10)),
        xaxis=dict(side="top"),
    )


def commune_map(points: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """Communes at their coordinates, coloured by level. Plain axes instead of a tile
    map or plotly's geo layer, both of which download map data: this works offline."""
    fig = go.Figure()
    for level, part in points.groupby("level", sort=False):
        fig.add_trace(
            go.Scatter(
                x=part.longitude,
                y=part.latitude,
                mode="markers",
                name=level,
                marker=dict(color=LEVEL_COLORS.get(level, GREY), size=8, line=dict(width=0.5)),
                customdata=list(
                    zip(
                        part.commune_name,
                        part.district_name.fillna(""),
                        part.criteria_met,
                        strict=True,
                    )
                ),
                hovertemplate="%{customdata[0]}, %{customdata[1]}: %{customdata[2]} "
                + t("criteria", lang)
                + "<extra></extra>",
            )
        )
    return _layout(
        fig,
        t("map_chart", lang),
        lang,
        520,
        xaxis=dict(title=t("longitude", lang), showgrid=False),
        yaxis=dict(title=t("latitude", lang), scaleanchor="x", scaleratio=1, showgrid=False),
    )


def cumulative_training(
    cum: pd.DataFrame, projections: pd.DataFrame, lang: str = "vi"
) -> go.Figure:
    """Cumulative people trained per category against the period target, and the pace
    carried to the end of the period."""
    fig = go.Figure()
    for i, ((category, p0, p1), g) in enumerate(
        cum.groupby(["category", "period_start", "period_end"], sort=False)
    ):
        tint = SERIES[i % len(SERIES)]
        fig.add_trace(
            go.Scatter(
                x=g.year,
                y=g.cumulative,
                mode="lines+markers",
                name=f"{category} ({p0}–{p1})",
                line=dict(color=tint),
                hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=[p0, p1],
                y=[g.target.iloc[0]] * 2,
                mode="lines",
                line=dict(color=tint, dash="dot"),
                name=f"{t('target', lang)}: {category}",
                hovertemplate=f"{t('target', lang)}: %{{y:,.0f}}<extra></extra>",
            )
        )
        p = projections[(projections.category == category) & (projections.period_start == p0)]
        if not p.empty and p.projected.notna().iloc[0] and g.year.max() < p1:
            fig.add_trace(
                go.Scatter(
                    x=[g.year.max(), p1],
                    y=[g.cumulative.iloc[-1], p.projected.iloc[0]],
                    mode="lines",
                    line=dict(color=tint, dash="dash"),
                    name=f"{t('projection', lang)}: {category}",
                    hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
                )
            )
    return _layout(fig, t("cumulative_chart", lang), lang, 400, xaxis=dict(dtick=1))


def reporting_bar(report: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """How many duties of the period were met on time, late, or not at all."""
    counts = report.groupby("status").size().reindex(list(REPORT_COLORS)).fillna(0)
    fig = go.Figure(
        go.Bar(
            x=counts.values,
            y=[t(f"report_{s}", lang) for s in counts.index],
            orientation="h",
            marker_color=[REPORT_COLORS[s] for s in counts.index],
            text=[fmt.number(v, 0, lang) for v in counts.values],
            textposition="auto",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    return _layout(fig, t("reporting_chart", lang), lang, 240, showlegend=False)
