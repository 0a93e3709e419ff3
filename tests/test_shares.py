"""A share and its denominator in words, and whole-number count axes (dashboard/shares.py)."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from dashboard import charts, shares
from dashboard.shares import Share


def test_a_share_of_the_known_names_both_numbers():
    assert shares.describe(100.0, 192, 302, "people") == "100,0% của 192 người có thông tin / 302"
    assert (
        shares.describe(100.0, 192, 302, "people", "en") == "100.0% of 192 people with data / 302"
    )
    assert shares.describe(44.2, 147, 159, "communes") == "44,2% của 147 xã có thông tin / 159"
    assert (
        shares.describe(44.2, 147, 159, "communes", "en") == "44.2% of 147 communes with data / 159"
    )


def test_when_all_are_known_it_says_so_briefly():
    assert shares.describe(79.3, 302, 302) == "79,3% của 302 người"
    assert shares.describe(79.3, 302, 302, "people", "en") == "79.3% of 302 people"
    assert shares.describe(0.0, 7, 7) == "0,0% của 7 người"  # a known 0%: all men
    assert shares.describe(100.0, 1, 1, "communes", "en") == "100.0% of 1 commune"


@pytest.mark.parametrize("share", [None, 0.0, 100.0, float("nan")])
def test_with_nothing_known_a_dash_never_0_or_100_percent(share):
    text = shares.describe(share, 0, 302)
    assert text == "— chưa có thông tin (302 người)"
    assert shares.describe(share, 0, 302, "people", "en") == "— no data (302 people)"
    assert shares.describe(share, 0, 0) == "— chưa có thông tin"
    assert "%" not in text


def test_weighted_counts_are_shown_whole_and_kept_exact():
    # under today's units a split commune counts in shares: 191.6 people known of 301.5
    s = Share.of(120.25, 191.6, 301.5)
    assert s.pct == pytest.approx(100 * 120.25 / 191.6)  # exact, not of rounded counts
    assert s.text() == f"{shares.fmt.percent(s.pct)} của 192 người có thông tin / 302"
    assert "," not in s.text().split("%", 1)[1]  # no "191,6 người"
    # float noise in the weights is not a missing value
    assert Share.of(3, 301.99999999999994, 302).text() == "1,0% của 302 người"


def test_share_of_missing_values():
    empty = Share.of(None, None, float("nan"))
    assert (empty.hit, empty.known, empty.total, empty.pct) == (0.0, 0.0, 0.0, None)
    gaps = Share.of(3, 4, 9)
    assert gaps.pct == 75.0 and gaps.unknown == 5
    assert shares.value(gaps) == "75,0%"
    assert shares.value(Share.of(0, 0, 9)) == "—"


class Container:
    """Records what a Streamlit column would be asked to draw."""

    def __init__(self):
        self.calls = []

    def metric(self, label, value, help=None):
        self.calls.append(("metric", label, value, help))

    def caption(self, text):
        self.calls.append(("caption", text))


def test_metric_shows_the_share_and_its_denominator_beneath():
    col = Container()
    Share.of(192, 192, 302).metric(col, "Tỷ lệ đảng viên")
    assert col.calls == [
        (
            "metric",
            "Tỷ lệ đảng viên",
            "100,0%",
            "Tỷ lệ đảng viên: 100,0% của 192 người có thông tin / 302",
        ),
        ("caption", "của 192 người có thông tin / 302"),
    ]
    col = Container()
    Share.of(0, 0, 5).metric(col, "Party members", "en")
    assert col.calls[0][2] == "—"
    assert col.calls[1] == ("caption", "no data (5 people)")


@pytest.mark.parametrize("top", [0, 0.5, 1, 2, 3, 5, 7, 9.5, 12, 40, 338, 1234.5, 25_000])
def test_count_axis_steps_are_whole_numbers(top):
    step = shares._step(top)
    assert isinstance(step, int) and step >= 1
    assert top / step <= 6 or step == 1  # about six ticks at most


def test_count_axis_on_a_chart_of_two_officers_has_no_half_ticks():
    import pandas as pd

    frame = pd.DataFrame({"value": ["Nam", "Nữ"], "officers": [2.0, 1.5]})
    fig = shares.count_axis(
        charts.bars(frame, "value", "officers", "Giới tính", horizontal=True), "x"
    )
    assert fig.layout.xaxis.tickformat == ",d"
    assert fig.layout.xaxis.dtick == 1 and fig.layout.xaxis.tick0 == 0
    assert fig.layout.xaxis.rangemode == "tozero"
    # the bars say whole numbers (1.5 people is shown 2), the value stays exact
    assert list(fig.data[0].text) == ["2", "2"]
    assert list(fig.data[0].x) == [2.0, 1.5]


def test_count_axis_adds_up_stacked_bars():
    fig = go.Figure(
        [go.Bar(x=["a", "b"], y=[30, 5]), go.Bar(x=["a", "b"], y=[40, 1])],
        layout=dict(barmode="stack"),
    )
    assert shares.axis_top(fig) == 70
    fig.update_layout(barmode="group")
    assert shares.axis_top(fig) == 40
    assert shares.count_axis(fig).layout.yaxis.dtick == 10


def test_bar_labels_carry_the_share_of_the_known():
    import pandas as pd

    frame = pd.DataFrame({"value": ["(không ghi)", "Thái", "Kinh"], "officers": [5.0, 2.0, 1.0]})
    fig = charts.bars(frame, "value", "officers", "Dân tộc", horizontal=True)
    shares.bar_labels(fig, frame.officers, [float("nan"), 200 / 3, 100 / 3])
    assert list(fig.data[0].text) == ["5", "2 · 66,7%", "1 · 33,3%"]
