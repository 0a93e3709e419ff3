"""A goal's comparison: how the goals workbook may write it, and what it means for a value."""

from __future__ import annotations

import pytest

from etl.spec import comparisons as C


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (None, ">="),
        ("", ">="),
        ("ít nhất", ">="),
        ("IT NHAT", ">="),
        ("Tối thiểu", ">="),
        ("≥", ">="),
        (">=", ">="),
        ("trên", ">"),
        ("Không quá", "<="),
        ("tối đa", "<="),
        ("<=", "<="),
        ("dưới", "<"),
        ("Còn dưới", "<"),
        ("<", "<"),
    ],
)
def test_the_workbook_words(text, symbol):
    assert C.parse(text) == symbol


def test_unknown_words_are_not_guessed():
    assert C.parse("khoảng") is None and C.parse("bằng") is None


def test_reached_and_attainment():
    assert C.reached(8, 4, ">=") and not C.reached(8, 4, "<")
    assert C.reached(4, 4, "<=") and not C.reached(4, 4, "<")
    assert C.attainment(3, 4, ">=") == 0.75
    assert C.attainment(8, 4, "<=") == 0.5  # twice the ceiling: half way
    assert C.attainment(0, 4, "<") == 1.0
    assert C.attainment(5, 0, ">=") is None


def test_every_proposal_comparison_is_stored_as_one_the_dashboard_knows():
    from etl.plan.model import COMPARISONS

    assert set(C.STORED) == set(COMPARISONS)
    assert set(C.STORED.values()) <= set(C.BY_SYMBOL)
    assert (
        C.words(">=") == "" and C.words("<=") == "không quá" and C.words("<", "en") == "less than"
    )
