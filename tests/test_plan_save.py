"""Saving a plan's confirmed proposals: a goals batch like a workbook's, the plan kept with
it, goals per district for "mỗi huyện", duties per unit and period; and the CLI's
``python -m etl plan`` contract (its --json fields, --save printing load's JSON)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx

from etl.plan import extract, save
from etl.plan.read import read_plan
from tests.conftest import etl_cli

SEEDS = Path(__file__).resolve().parents[1] / "etl" / "plan" / "seeds"
PY = SEEDS / "phu_yen_2011_he_thong_chinh_tri_co_so.txt"
TODAY = dt.date(2026, 11, 30)


def docx_of(text: str, path: Path) -> Path:
    """A plan as a clerk saves it from Word."""
    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    document.save(path)
    return path


def proposals_of(path: Path):
    return extract.propose(read_plan(path.read_bytes(), path.name))


def test_save_makes_a_goals_batch_with_the_plan(wh, tmp_path):
    path = docx_of(PY.read_text(encoding="utf-8"), tmp_path / "ke_hoach.docx")
    p = proposals_of(path)
    result = save.save(p, wh, "chuyenvien", today=TODAY)
    assert result.status == "loaded", result.errors
    assert result.kind == "goals" and result.batch_id
    # the goals with no measure are named, not silently dropped
    unsaved = [w.message for w in result.warnings if "chưa có cách đo" in w.message]
    assert len(unsaved) == sum(1 for g in p.goals if not g.measure)
    with wh.read() as con:
        goals = con.execute(
            "SELECT goal_id, scope, scope_level, target_value, unit, deadline, measure, quote "
            "FROM goals ORDER BY goal_id"
        ).fetchall()
        plan = save.stored_plan(con, result.batch_id)
        duties = con.execute(
            "SELECT unit_level, count(*), min(due_date), max(due_date), any_value(recipient) "
            "FROM reporting_duties GROUP BY ALL ORDER BY 1"
        ).fetchall()
    by_value = {}
    for g in goals:
        by_value.setdefault(g[3], []).append(g)
    # "mỗi huyện, thị xã, thành phố chọn 2 - 3 xã": one goal per district of Phú Yên, target 2
    pilots = [g for g in goals if g[6] == "officer_communes"]
    assert len(pilots) == 9 and {g[2] for g in pilots} == {"district"}
    assert {g[3] for g in pilots} == {2.0} and {g[5] for g in pilots} == {dt.date(2012, 6, 30)}
    (cmnv,) = [g for g in goals if g[6] == "training_achieved:chuyên môn nghiệp vụ"]
    assert (cmnv[1], cmnv[3], cmnv[4], cmnv[5]) == (
        "Tỉnh Phú Yên",
        431.0,
        "người",
        dt.date(2015, 12, 31),
    )
    assert "431 cán bộ" in cmnv[7] and cmnv[7] in plan.text
    # a yearly goal is due at the plan's end, and says it is yearly
    (families,) = [g for g in goals if g[6] == "indicator_mean:tỷ lệ gia đình văn hóa"]
    assert families[5] == dt.date(2015, 12, 31)
    # the plan is kept: its file as uploaded and its text
    assert plan.file_name == "ke_hoach.docx" and plan.format == "docx"
    assert plan.content == path.read_bytes()
    # the yearly duty: each district and the province's departments, every year 2011-2015
    levels = {d[0]: d for d in duties}
    assert levels["district"][1] == 9 * 5 and levels["province"][1] == 5
    assert levels["district"][2] == dt.date(2011, 12, 5)
    assert levels["district"][3] == dt.date(2015, 12, 5)
    assert levels["district"][4] == "UBND tỉnh (qua Sở Nội vụ)"


def test_same_confirmation_twice_is_unchanged_and_an_edit_replaces(wh, tmp_path):
    path = docx_of(PY.read_text(encoding="utf-8"), tmp_path / "ke_hoach.docx")
    first = save.save(proposals_of(path), wh, today=TODAY)
    again = save.save(proposals_of(path), wh, today=TODAY)
    assert first.status == "loaded" and again.status == "unchanged"
    assert again.batch_id == first.batch_id
    edited = proposals_of(path)
    edited.goals = [g for g in edited.goals if g.value == 431]
    edited.goals[0].value = 450
    edited.duties = []
    third = save.save(edited, wh, today=TODAY)
    assert third.status == "loaded" and third.replaced_batch_ids == [first.batch_id]
    with wh.read() as con:
        assert con.execute("SELECT target_value FROM goals").fetchall() == [(450.0,)]
        assert save.stored_plan(con, third.batch_id) is not None


def test_each_district_in_a_plan_named_districts(wh):
    """The reporters "UBND các huyện thuộc phạm vi Dự án" are the districts the plan names."""
    text = (SEEDS / "thanh_hoa_2017_tong_ket_du_an_600.txt").read_text(encoding="utf-8")
    from etl.plan.model import PlanText

    p = extract.propose(PlanText("th.txt", "txt", text, text.encode()))
    (duty,) = p.duties
    units = save.reporting_units(duty, p)
    names = sorted(u.name for u in units)
    assert names == sorted(
        f"Huyện {n}"
        for n in (
            "Thường Xuân",
            "Như Xuân",
            "Lang Chánh",
            "Bá Thước",
            "Quan Sơn",
            "Quan Hóa",
            "Mường Lát",
        )
    )


def test_nothing_to_save_is_refused_in_vietnamese(wh, tmp_path):
    path = tmp_path / "trong.txt"
    path.write_text("KẾ HOẠCH\nTuyên truyền về cải cách hành chính.\n", encoding="utf-8")
    result = save.save(proposals_of(path), wh, today=TODAY)
    assert result.status == "refused"
    assert "Không có chỉ tiêu" in result.errors[0].message


def test_cli_json_and_save(tmp_path):
    path = docx_of(PY.read_text(encoding="utf-8"), tmp_path / "phu_yen.docx")
    db = tmp_path / "w.duckdb"
    out = etl_cli("plan", str(path), "--json", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert not db.exists()  # proposing writes nothing
    data = json.loads(out.stdout)
    assert set(data) >= {"document", "goals", "duties"}
    assert data["document"]["province"] == {"name": "Phú Yên", "code": "54"}
    for g in data["goals"]:
        assert set(g) >= {
            "quote",
            "value",
            "value_max",
            "comparison",
            "unit",
            "deadline",
            "recurring",
            "scope",
            "measure",
        }
        assert set(g["scope"]) == {"level", "name", "code"}
    (duty,) = data["duties"]
    assert (duty["due"], duty["frequency"], duty["recurring"]) == ("12-05", "yearly", True)
    saved = etl_cli("plan", str(path), "--save", "--db", str(db), TIENDO_TODAY="2026-11-30")
    assert saved.returncode == 0, saved.stderr
    result = json.loads(saved.stdout)
    assert set(result) >= {"file", "status", "kind", "batch_id", "rows", "errors", "warnings"}
    assert result["status"] == "loaded" and result["kind"] == "goals"
    listed = json.loads(etl_cli("batches", "--db", str(db), "--json").stdout.splitlines()[-1])
    assert listed["batch_id"] == result["batch_id"]
    text = etl_cli("plan", str(path))
    assert text.returncode == 0 and "Chỉ tiêu đề xuất" in text.stdout and "431" in text.stdout


def test_cli_refuses_an_old_doc_in_vietnamese(tmp_path):
    path = tmp_path / "ke_hoach.doc"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    out = etl_cli("plan", str(path), "--json")
    assert out.returncode == 1 and ".docx" in out.stderr and "ke_hoach.doc" in out.stderr


def test_a_ceiling_in_the_plan_is_saved_as_one(wh, tmp_path):
    """ "tỷ lệ hộ nghèo ... còn dưới 9%" is a rate to bring down: saved as "<", so the
    dashboard judges it met at 8%, not at 10%."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/KH-UBND\nPhú Yên, ngày 10 tháng 3 năm 2012\n"
        "KẾ HOẠCH\nGiảm nghèo giai đoạn 2012-2015\nCăn cứ Nghị quyết số 80/NQ-CP;\n"
        "II. MỤC TIÊU\n"
        "- Đến năm 2015, tỷ lệ hộ nghèo toàn tỉnh giảm xuống còn dưới 9%.\n"
        "- Trên 90% gia đình đạt danh hiệu gia đình văn hóa.\n"
    )
    p = proposals_of(docx_of(text, tmp_path / "ngheo.docx"))
    assert {(g.value, g.comparison) for g in p.goals} == {(9, "<"), (90, ">")}
    result = save.save(p, wh, today=TODAY)
    assert result.status == "loaded", result.errors
    with wh.read() as con:
        stored = dict(con.execute("SELECT target_value, comparison FROM goals").fetchall())
    assert stored == {9.0: "<", 90.0: ">"}
