"""The analysts' SQL interface: views, columns and types, current data only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# The columns each view must have, as the foundation issue fixes them.
CONTRACT = {
    "officers": "batch_id, full_name, birth_date DATE, birth_year INTEGER, gender, ethnicity, "
    "position, program, commune_code, commune_name, district_name, province_name, "
    "start_date DATE, end_date DATE, status",
    "commune_ntm": "batch_id, commune_code, commune_name, district_name, province_name, "
    "year INTEGER, criteria_set, criteria_met INTEGER, ntm_level, recognized_year INTEGER",
    "commune_indicators": "batch_id, commune_code, year, indicator, value DOUBLE",
    "training_targets": "batch_id, unit_name, category, level, period_start INTEGER, "
    "period_end INTEGER, target INTEGER",
    "training_results": "batch_id, unit_name, category, level, year INTEGER, achieved INTEGER",
    "goals": "goal_id, name, measure, scope, target_value, unit, deadline DATE, source_document",
}
ROOT = Path(__file__).resolve().parent.parent


def parse(spec: str) -> list[tuple[str, str | None]]:
    out = []
    for part in spec.split(", "):
        name, _, typ = part.partition(" ")
        out.append((name, typ or None))
    return out


@pytest.mark.parametrize("view", CONTRACT)
def test_view_has_contract_columns_in_order(demo_db, view):
    from etl.store import Warehouse

    with Warehouse(demo_db).read() as con:
        cols = con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position",
            [view],
        ).fetchall()
        rows = con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
    wanted = parse(CONTRACT[view])
    assert [c for c, _ in cols[: len(wanted)]] == [c for c, _ in wanted]
    types = dict(cols)
    for name, typ in wanted:
        if typ:
            assert types[name] == typ, (view, name, types[name])
    assert rows > 0


def test_text_values_follow_the_contract(demo_db):
    from etl.store import Warehouse

    with Warehouse(demo_db).read() as con:
        genders = {r[0] for r in con.execute("SELECT DISTINCT gender FROM officers").fetchall()}
        sets = {
            r[0] for r in con.execute("SELECT DISTINCT criteria_set FROM commune_ntm").fetchall()
        }
        levels = {
            r[0] for r in con.execute("SELECT DISTINCT ntm_level FROM commune_ntm").fetchall()
        }
        cats = {
            r[0]
            for r in con.execute(
                "SELECT category FROM training_targets UNION SELECT category FROM training_results"
            ).fetchall()
        }
        codes = con.execute(
            "SELECT count(*) FROM (SELECT commune_code FROM officers UNION ALL "
            "SELECT commune_code FROM commune_ntm UNION ALL SELECT commune_code FROM "
            "commune_indicators) WHERE NOT regexp_full_match(commune_code, '[0-9]{5}')"
        ).fetchone()[0]
        not_nfc = con.execute(
            "SELECT count(*) FROM officers WHERE full_name <> nfc_normalize(full_name)"
        ).fetchone()[0]
    assert genders == {"Nam", "Nữ"}
    assert sets <= {"2016-2020", "2021-2025", "2026-2030"} and len(sets) >= 2
    assert levels <= {None, "NTM", "NTM nâng cao", "NTM kiểu mẫu"}
    assert cats and all(c == c.lower() for c in cats)
    assert codes == 0 and not_nfc == 0


def test_views_leave_superseded_batches_out(demo_copy):
    from etl.store import Warehouse

    wh = Warehouse(demo_copy)
    with wh.read() as con:
        before = con.execute("SELECT count(*) FROM officers").fetchone()[0]
        batch = con.execute("SELECT batch_id FROM officers LIMIT 1").fetchone()[0]
        in_batch = con.execute(
            "SELECT count(*) FROM officers WHERE batch_id = ?", [batch]
        ).fetchone()[0]
    with wh.write() as con:
        con.execute("UPDATE load_batches SET status = 'superseded' WHERE batch_id = ?", [batch])
    with wh.read() as con:
        after = con.execute("SELECT count(*) FROM officers").fetchone()[0]
    assert after == before - in_batch


def test_every_view_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    views = re.findall(
        r"CREATE OR REPLACE VIEW (\w+)",
        (ROOT / "etl" / "store" / "sql" / "views.sql").read_text(encoding="utf-8"),
    )
    for view in views:
        assert f"`{view}`" in readme, f"view {view} is not documented in README.md"
    for view, spec in CONTRACT.items():
        for name, _ in parse(spec):
            assert name in readme, (view, name)
