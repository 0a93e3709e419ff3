"""Every corpus case (tests/corpus/) loads into a fresh warehouse exactly as it says."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil

import pytest

import tests.corpus
from etl import loader
from etl.store import Warehouse
from tests.corpus.base import FACT_VIEWS, REGISTRY, Case

for _module in pkgutil.iter_modules(tests.corpus.__path__):
    if _module.name != "base":
        importlib.import_module(f"tests.corpus.{_module.name}")


def _normal(value: object) -> object:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _rows(rows: list[dict], columns: list[str]) -> list[tuple]:
    return sorted(
        (tuple(_normal(r[c]) for c in columns) for r in rows),
        key=lambda t: tuple((v is None, str(v)) for v in t),
    )


def _located(problems, sheet: str | None, row: int | None) -> bool:
    return any(
        (sheet is None or p.sheet == sheet) and (row is None or p.row == row) for p in problems
    )


def check_case(case: Case, wh: Warehouse) -> None:
    result = loader.load_file(case.path, wh, kind=case.kind, mapping=case.mapping or None)
    errors = [(e.sheet, e.row, e.column, e.value, e.message) for e in result.errors]
    about = f"{case.path.name} ({case.note})"
    if case.status == "refused":
        assert result.status == "refused", f"{about}: loaded, should be refused"
        if case.missing_fields is not None:
            assert sorted(result.missing_fields) == sorted(case.missing_fields), about
        for text in case.error_contains:
            assert any(text in e.message for e in result.errors), f"{about}: {errors}"
        for sheet, row in case.error_at:
            assert _located(result.errors, sheet, row), (
                f"{about}: no error at {sheet} {row}: {errors}"
            )
        return
    assert result.status == "loaded", f"{about}: {errors}"
    assert not result.errors, f"{about}: {errors}"
    for sheet, row in case.warn_at:
        warnings = [(w.sheet, w.row, w.message) for w in result.warnings]
        assert _located(result.warnings, sheet, row), (
            f"{about}: no warning at {sheet} {row}: {warnings}"
        )
    with wh.read() as con:
        for view in FACT_VIEWS:
            expected = case.expect.get(view, [])
            if not expected:
                count = con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
                assert count == 0, f"{about}: {view} should be empty, has {count} rows"
                continue
            columns = list(expected[0])
            assert all(list(r) == columns for r in expected), f"{view}: rows with other keys"
            got = con.execute(f"SELECT {', '.join(columns)} FROM {view}").fetchall()
            got_rows = [dict(zip(columns, g, strict=True)) for g in got]
            assert _rows(got_rows, columns) == _rows(expected, columns), f"{about}: {view}"


@pytest.mark.parametrize("case_id", sorted(REGISTRY))
def test_corpus_case(case_id, tmp_path):
    _layout_class, builder = REGISTRY[case_id]
    out = tmp_path / "files"
    out.mkdir()
    case = builder(out)
    check_case(case, Warehouse(tmp_path / "w.duckdb"))


def test_corpus_covers_every_class_of_layouts():
    """At least 40 files, and several for each section of shared/LAYOUTS.md (1-7; 8 is
    the mapping, tested on its own)."""
    assert len(REGISTRY) >= 40
    sections = [cls.split()[0] for cls, _ in REGISTRY.values()]
    for section in "1234567":
        assert sections.count(section) >= 3, (
            f"LAYOUTS.md section {section}: {sections.count(section)} cases"
        )
