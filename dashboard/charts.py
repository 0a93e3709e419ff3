"""Plotly figures. Pure functions of DataFrames, so tests can check a figure's data.

Colours are the Okabe-Ito palette: distinguishable for colour-blind readers and in grey
print, and every status also carries its name as text so colour is never the only cue.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard import fmt
from dashboard.i18n import t

STATUS_COLORS = {
    "met": "#009E73",  # bluish green
    "in_progress": "#0072B2",  # blue
    "missed": "#D55E00",  # vermillion
    "no_data": "#999999",
}
# Streamlit markdown colour names closest to the palette above, for status badges.
STATUS_BADGE = {"met": "green", "in_progress": "blue", "missed": "orange", "no_data": "gray"}
STATUS_PATTERNS = {"met": "", "in_progress": "/", "missed": "x", "no_data": "."}
FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"


def status_label(status: str, lang: str = "vi") -> str:
    return t(f"status_{status}", lang)


def goal_progress_bar(goals: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """Horizontal bars: % of target achieved per goal, a line at 100%."""
    data = goals.sort_values("deadline", ascending=False)
    pct = data["pct"].fillna(0).clip(upper=150)
    labels = [
        f"{n} ({s})" if len(n) < 60 else f"{n[:57]}… ({s})"
        for n, s in zip(data["name"], data["scope"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=pct,
            y=labels,
            orientation="h",
            marker=dict(
                color=[STATUS_COLORS[s] for s in data["status"]],
                pattern=dict(shape=[STATUS_PATTERNS[s] for s in data["status"]]),
            ),
            text=[
                f"{fmt.percent(p, 1, lang)} · {status_label(s, lang)}"
                for p, s in zip(data["pct"], data["status"], strict=True)
            ],
            textposition="auto",
            customdata=list(
                zip(
                    [
                        fmt.number(v, 1 if u == "%" else 0, lang)
                        for v, u in zip(data["value"], data["unit"], strict=True)
                    ],
                    [fmt.number(v, 0, lang) for v in data["target_value"]],
                    data["unit"],
                    [fmt.date(d, lang) for d in data["deadline"]],
                    strict=True,
                )
            ),
            hovertemplate=(
                "%{y}<br>"
                + t("current", lang)
                + ": %{customdata[0]} %{customdata[2]}<br>"
                + t("target", lang)
                + ": %{customdata[1]} %{customdata[2]}<br>"
                + t("deadline", lang)
                + ": %{customdata[3]}<extra></extra>"
            ),
        )
    )
    fig.add_vline(x=100, line_dash="dash", line_color="#444444")
    fig.update_layout(
        title=t("progress_chart", lang),
        xaxis=dict(title="%", range=[0, max(110, float(pct.max()) + 10 if len(pct) else 110)]),
        yaxis=dict(automargin=True),
        height=max(260, 46 * len(data) + 120),
        margin=dict(l=10, r=10, t=50, b=40),
        font=dict(family=FONT),
        separators=",." if lang == "vi" else ".,",
        showlegend=False,
    )
    return fig
