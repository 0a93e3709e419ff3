"""``make bench``'s two-mode section (bench/modes.py) at a tiny scale, through all its real
parts: the national warehouse built in each mode, the page-query and loader processes,
the local PostgreSQL for the lake. Nothing about speed is asserted: only that the closing
table holds both modes and that pandas and DuckDB give the same figures."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from bench import modes, postgres

pytestmark = [pytest.mark.xdist_group("bench_modes")]

TINY = {
    "TIENDO_BENCH_MODES": "embedded,lake",
    "TIENDO_BENCH_COMMUNES": "40",
    "TIENDO_BENCH_LAKE_COMMUNES": "30",
    "TIENDO_BENCH_OFFICERS": "800",
    "TIENDO_BENCH_LOAD_ROWS": "150",
    "TIENDO_BENCH_PAGE_RUNS": "2",
}
NUMBER = r"\d[\d.]*(,\d+)?"


def row(table: str, mode: str) -> list[str]:
    """The cells of the main table's row for ``mode``."""
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] == modes.LABEL[mode]:
            return cells
    raise AssertionError(f"no row for {mode} in:\n{table}")


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[str, str]:
    """What the section prints and the Markdown table it returns."""
    mp = pytest.MonkeyPatch()
    for name, value in TINY.items():
        mp.setenv(name, value)
    for name in modes.LAKE_ENV:
        mp.delenv(name, raising=False)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            table = modes.run(tmp_path_factory.mktemp("modes"))
    finally:
        mp.undo()
    return out.getvalue(), table


def test_the_table_has_both_modes(printed):
    _, table = printed
    embedded = row(table, "embedded")
    assert re.fullmatch(NUMBER, embedded[1]), embedded  # rows in the warehouse
    assert re.fullmatch(NUMBER, embedded[2]), embedded  # load rows/s
    assert all(re.fullmatch(f"{NUMBER} / {NUMBER}", c) for c in embedded[5:-1]), embedded
    lake = row(table, "lake")
    why = postgres.unavailable()
    if why:
        assert lake[1] == f"PostgreSQL unavailable: {why}"
    else:
        assert re.fullmatch(NUMBER, lake[1]), lake  # ran, and did not fail
        assert all(re.fullmatch(f"{NUMBER} / {NUMBER}", c) for c in lake[5:-1]), lake


def test_pandas_gives_duckdbs_figures(printed):
    text, table = printed
    ran = ["embedded"] + ([] if postgres.unavailable() else ["lake"])
    for mode in ran:
        checked = [line for line in table.splitlines() if line.startswith(f"| {mode} |")]
        assert len(checked) == 3, table
        assert all(line.endswith(": same |") for line in checked), checked
    assert "KHÔNG KHỚP" not in text
    assert text.count("✓ khớp") == 3 * len(ran)


def test_the_scale_is_printed(printed):
    text, table = printed
    assert "40 legacy communes" in table
    if not postgres.unavailable():
        assert "lake: 30 legacy communes" in table
        assert "hồ dữ liệu ở quy mô nhỏ hơn" in text
