"""The demo province: built from scratch through the real loader, telling the seeds' story."""

from __future__ import annotations

import pytest

from etl import demo, store
from etl.store import Warehouse


def test_demo_builds_from_scratch_and_tells_the_story(demo_db):
    with Warehouse(demo_db).read() as con:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        th = q(
            "SELECT district_name, count(*) FROM officers WHERE program = "
            "'Dự án 600 Phó Chủ tịch xã' AND province_name = 'Tỉnh Thanh Hóa' GROUP BY 1"
        )
        cb = q("SELECT DISTINCT district_name FROM officers WHERE province_name = 'Tỉnh Cao Bằng'")
        py = q("SELECT count(*) FROM officers WHERE province_name = 'Tỉnh Phú Yên'")[0][0]
        targets = dict(
            q(
                "SELECT category, sum(target) FROM training_targets "
                "WHERE period_start = 2011 GROUP BY 1"
            )
        )
        tv = q(
            "SELECT DISTINCT era, commune_name FROM commune_ntm "
            "WHERE province_name IN ('Tỉnh Trà Vinh', 'Tỉnh Vĩnh Long') ORDER BY 1, 2"
        )
        goals = q("SELECT goal_id, source_document FROM goals")
        duties = q("SELECT count(*) FROM reporting_duties WHERE due_date = DATE '2017-06-15'")
        refused = q("SELECT count(*) FROM batches WHERE rows_loaded = 0")[0][0]
        demo_flag = q("SELECT value FROM meta WHERE key = 'demo'")[0][0]
    assert {d for d, _ in th} == {
        "Huyện Thường Xuân",
        "Huyện Như Xuân",
        "Huyện Lang Chánh",
        "Huyện Bá Thước",
        "Huyện Quan Sơn",
        "Huyện Quan Hóa",
        "Huyện Mường Lát",
    }
    assert {d for (d,) in cb} == {
        "Huyện Bảo Lạc",
        "Huyện Bảo Lâm",
        "Huyện Hà Quảng",
        "Huyện Hạ Lang",
    }
    assert 200 <= py < 230  # short of the plan's 230
    assert targets == {"chuyên môn nghiệp vụ": 431, "lý luận chính trị": 907}
    assert ("legacy", "Xã Hòa Tân") in tv and ("legacy", "Xã Tân Sơn") in tv
    assert any(era == "2025" for era, _ in tv)
    assert len(goals) >= 8 and all(doc for _, doc in goals)
    assert duties[0][0] == 7
    assert refused == 0 and demo_flag == "true"


def test_demo_refuses_to_overwrite_a_real_warehouse(wh, tmp_path):
    with pytest.raises(store.WarehouseError, match="kho dữ liệu thật"):
        demo.build(wh.path, tmp_path / "src")
    assert wh.exists()


def test_demo_is_deterministic(tmp_path):
    a = demo.write_sources(tmp_path / "a")
    b = demo.write_sources(tmp_path / "b")
    from etl.read import read_sheets

    for x, y in zip(a, b, strict=True):
        assert [list(s.rows) for s in read_sheets(x.read_bytes(), x.name)] == [
            list(s.rows) for s in read_sheets(y.read_bytes(), y.name)
        ]


def test_batches_count_rows_not_facts(demo_db):
    """A communes file yields several facts per row (indicators): what was read, loaded and
    rejected is still counted in rows, and the demo's history is dated like real loads."""
    with store.Warehouse(demo_db).read() as con:
        rows = con.execute(
            "SELECT rows_read, rows_rejected, as_of_date, loaded_at FROM batches"
        ).fetchall()
    assert all(rejected == 0 and read > 0 for read, rejected, _, _ in rows)
    assert all(loaded.date() > as_of for _, _, as_of, loaded in rows if as_of)
