"""The ``python -m etl`` contract: subcommands, exit codes and the --json lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.cli import build_parser, main
from tests.conftest import etl_cli, officer

ROOT = Path(__file__).resolve().parent.parent
JSON_KEYS = {"file", "status", "kind", "batch_id", "rows", "replaced_batch_ids", "errors"}
ERROR_KEYS = {"sheet", "row", "column", "value", "message"}


run_cli = etl_cli


def test_load_json_contract_and_exit_codes(wh, officers_file):
    good = officers_file([officer()], name="tot.xlsx")
    bad = officers_file([officer(gender="?")], name="xau.xlsx")
    proc = run_cli("load", str(good), str(bad), "--db", str(wh.path), "--json")
    assert proc.returncode == 1, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["status"] for line in lines] == ["loaded", "refused"]
    for line in lines:
        assert line.keys() >= JSON_KEYS
    assert lines[0]["batch_id"] == 1 and lines[0]["rows"] == 1 and lines[0]["kind"] == "officers"
    (error,) = lines[1]["errors"]
    assert error.keys() >= ERROR_KEYS
    assert (error["sheet"], error["row"], error["column"]) == ("Danh sách cán bộ", 6, "D")

    again = run_cli("load", str(good), "--db", str(wh.path), "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["status"] == "unchanged"


def test_load_human_output_is_vietnamese(wh, officers_file):
    bad = officers_file([officer(birth="30/02/1990")], name="xau.xlsx")
    proc = run_cli("load", str(bad), "--db", str(wh.path))
    assert proc.returncode == 1
    assert "[TỪ CHỐI]" in proc.stdout
    assert "trang 'Danh sách cán bộ', dòng 6, cột C, giá trị '30/02/1990'" in proc.stdout


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("load").returncode == 2
    assert run_cli("load", "x.xlsx", "--kind", "unknown").returncode == 2
    assert run_cli("no-such-command").returncode == 2


def test_missing_file_is_refused_not_crashed(wh, tmp_path):
    proc = run_cli("load", str(tmp_path / "khong_co.xlsx"), "--db", str(wh.path), "--json")
    assert proc.returncode == 1
    assert "Không mở được tệp" in json.loads(proc.stdout)["errors"][0]["message"]


def test_db_from_environment(wh, officers_file, monkeypatch, capsys):
    monkeypatch.setenv("TIENDO_DB", str(wh.path))
    assert main(["load", str(officers_file([officer()])), "--json"]) == 0
    assert main(["batches", "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert json.loads(out[-1])["file_name"] == "can_bo.xlsx"


def test_batches_lists_and_hides_superseded(wh, officers_file, capsys):
    main(["load", str(officers_file([officer()], name="a.xlsx")), "--db", str(wh.path)])
    main(
        ["load", str(officers_file([officer(full_name="B")], name="b.xlsx")), "--db", str(wh.path)]
    )
    capsys.readouterr()
    main(["batches", "--db", str(wh.path)])
    current = capsys.readouterr().out
    main(["batches", "--db", str(wh.path), "--all"])
    everything = capsys.readouterr().out
    assert "b.xlsx" in current and "a.xlsx" not in current
    assert "a.xlsx" in everything and "superseded" in everything


@pytest.mark.parametrize("kind", ["officers", "communes", "training", "goals"])
def test_template_command_writes_a_workbook_with_instructions(tmp_path, kind):
    from openpyxl import load_workbook

    out = tmp_path / f"{kind}.xlsx"
    proc = run_cli("template", kind, "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    sheets = load_workbook(out).sheetnames
    assert sheets[-1] == "Hướng dẫn" and len(sheets) >= 2


def test_every_subcommand_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        assert f"python -m etl {name}" in readme, f"README does not show `python -m etl {name}`"


def test_a_file_that_is_not_a_warehouse_is_a_clear_error(tmp_path, officers_file):
    bogus = tmp_path / "khong_phai_kho.duckdb"
    bogus.write_bytes(b"hello")
    for args in (["batches"], ["load", str(officers_file([officer()]))]):
        proc = run_cli(*args, "--db", str(bogus))
        assert proc.returncode == 1
        assert "không phải cơ sở dữ liệu DuckDB" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_load_errors_out_and_accept_valid_flags(wh, officers_file, tmp_path):
    bad = officers_file([officer(), officer(stt=2, full_name="B", gender="?")], name="mot_loi.xlsx")
    out_dir = tmp_path / "loi"
    proc = run_cli("load", str(bad), "--db", str(wh.path), "--json", "--errors-out", str(out_dir))
    line = json.loads(proc.stdout)
    assert proc.returncode == 1 and line["status"] == "refused"
    assert Path(line["error_workbook"]).exists() and Path(line["error_workbook"]).parent == out_dir
    assert "dòng/giây" in proc.stderr  # rows per second at the end
    proc = run_cli("load", str(bad), "--db", str(wh.path), "--json", "--accept-valid")
    line = json.loads(proc.stdout)
    assert proc.returncode == 0 and line["status"] == "loaded" and line["rows"] == 1
    assert [e["row"] for e in line["errors"]] == [7]


def test_rollback_restores_the_replaced_batch(wh, officers_file, capsys):
    first = officers_file([officer()], name="a.xlsx")
    corrected = officers_file([officer(full_name="Lò Văn Bình Mới")], name="b.xlsx")
    for path in (first, corrected):
        assert main(["load", str(path), "--db", str(wh.path), "--json"]) == 0
    capsys.readouterr()

    assert main(["rollback", "2", "--db", str(wh.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "batch_id": 2,
        "status": "rolled_back",
        "restored_batch_ids": [1],
    }
    with wh.read() as con:
        names = con.execute("SELECT full_name FROM officers").fetchall()
        statuses = con.execute("SELECT batch_id, status FROM batches ORDER BY 1").fetchall()
    assert names == [("Lò Văn Bình",)]
    assert statuses == [(1, "current"), (2, "rolled_back")]

    again = run_cli("rollback", "2", "--db", str(wh.path))
    assert again.returncode == 1
    assert "Lô 2 (b.xlsx) không còn là số liệu hiện hành" in again.stderr
    missing = run_cli("rollback", "99", "--db", str(wh.path))
    assert missing.returncode == 1 and "Không có lô số 99" in missing.stderr
    assert "Traceback" not in again.stderr + missing.stderr

    assert main(["rollback", "1", "--db", str(wh.path)]) == 0
    assert capsys.readouterr().out.strip() == (
        "Đã hoàn tác lô 1. Không có lô cũ nào cần khôi phục."
    )


def _odd_roster(path: Path, extra: list | None = None) -> Path:
    """A roster whose headers no clerk's template uses: name, commune and birth date under
    words tiendo does not know, and education under a group header."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS"
    ws.append(["TT", "Người", "Nơi làm việc", "Huyện", "Sinh", "Trình độ đào tạo", None])
    ws.append([None, None, None, None, None, "Chuyên môn", "Lý luận"])
    ws.merge_cells("F1:G1")
    for col in "ABCDE":
        ws.merge_cells(f"{col}1:{col}2")
    ws.append([1, "Lò Văn Bình", "Tam Chung", "Mường Lát", "14/05/1987", "Đại học", "Trung cấp"])
    ws.append([2, "Hà Thị Mai", "Pù Nhi", "Mường Lát", "02/09/1988", "Cao đẳng", None])
    for row in extra or []:
        ws.append(row)
    wb.save(path)
    return path


def test_map_loads_what_the_headers_alone_cannot_and_is_saved(wh, tmp_path):
    odd = _odd_roster(tmp_path / "la.xlsx")
    refused = json.loads(run_cli("load", str(odd), "--db", str(wh.path), "--json").stdout)
    assert refused["status"] == "refused"
    assert refused["closest"].keys() == {"sheet", "header_row", "recognised", "missing_fields"}
    assert refused["missing_fields"]

    maps = [
        "--map=Người=full_name",
        "--map=C=commune_name",  # a column letter
        "--map=Sinh=birth_date",
        "--map=Trình độ đào tạo › Lý luận=political_theory",  # a header under its group
    ]
    proc = run_cli("load", str(odd), "--db", str(wh.path), "--json", "--kind", "officers", *maps)
    out = json.loads(proc.stdout)
    assert out["status"] == "loaded", out["errors"]
    assert out["missing_fields"] == [] and out["unmapped_columns"] == []
    with wh.read() as con:
        got = con.execute(
            "SELECT full_name, commune_name, birth_date::VARCHAR, education, political_theory "
            "FROM officers ORDER BY full_name"
        ).fetchall()
    assert got == [
        ("Hà Thị Mai", "Xã Pù Nhi", "1988-09-02", "Cao đẳng", None),
        ("Lò Văn Bình", "Xã Tam Chung", "1987-05-14", "Đại học", "Trung cấp"),
    ]

    listed = [
        json.loads(x)
        for x in run_cli("mappings", "list", "--json", "--db", str(wh.path)).stdout.splitlines()
    ]
    (saved,) = listed
    assert saved.keys() >= {"id", "signature", "fields", "saved_by", "saved_at"}
    assert saved["fields"]["Người"] == "full_name"

    # the next file with the same headers needs no --map, and says which mapping it used
    more = _odd_roster(
        tmp_path / "la2.xlsx",
        [[3, "Giàng A Sình", "Mường Lý", "Mường Lát", "20/11/1986", "Đại học", None]],
    )
    again = json.loads(run_cli("load", str(more), "--db", str(wh.path), "--json").stdout)
    assert again["status"] == "loaded" and again["saved_mappings"] == [saved["id"]]

    assert run_cli("mappings", "remove", str(saved["id"]), "--db", str(wh.path)).returncode == 0
    assert run_cli("mappings", "remove", str(saved["id"]), "--db", str(wh.path)).returncode == 1
    assert run_cli("mappings", "list", "--json", "--db", str(wh.path)).stdout == ""


def test_map_no_save_and_bad_map(wh, tmp_path):
    odd = _odd_roster(tmp_path / "la.xlsx")
    args = ["--map", "Người=full_name", "--map", "C=commune_name", "--kind", "officers"]
    proc = run_cli("load", str(odd), "--db", str(wh.path), "--no-save", *args)
    assert proc.returncode == 0, proc.stdout
    assert "Chưa lưu" in run_cli("mappings", "list", "--db", str(wh.path)).stdout
    bad = run_cli("load", str(odd), "--db", str(wh.path), "--map", "Người=no_such_field")
    assert bad.returncode == 1 and "no_such_field" in bad.stdout
    assert run_cli("load", str(odd), "--db", str(wh.path), "--map", "Người").returncode == 2
