"""Scope enforced where data is read: a connection limited to a user's units shows
nothing outside them, whatever a query, a filter or a URL asks; uploads, rollbacks,
original files, comparisons, reports and the report archive follow the same rule. Each
test tries to get around a rule."""

from __future__ import annotations

import duckdb
import pytest

from dashboard.pages import PAGES, QUERIED
from dashboard.queries.filters import UnitFilter
from dashboard.queries.scope import Scope
from dashboard.report import archive, capture, run
from etl import loader, store
from etl.access import accounts, restrict, uploads
from etl.access.restrict import RESTRICTED, Restriction
from etl.access.roles import ROLES
from etl.access.units import parse
from etl.store import history
from tests.conftest import officer
from tests.measure import record

D384 = (parse("384"),)  # Mường Lát, Thanh Hóa, before the reform
P38_NOW = (parse("2025:38"),)  # Thanh Hóa from 1/7/2025


def rows_outside(con, units) -> dict[str, int]:
    """Per restricted view, rows whose unit is not inside ``units``, judged from the
    reference units directly (not through restrict's own table)."""
    inside = restrict.covered(units)
    communes = {c for e, lvl, c in inside if lvl == "commune"}
    out = {}
    for view in RESTRICTED:
        cols = {r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()}
        if "commune_code" in cols:
            frame = con.execute(f"SELECT era, commune_code FROM {view}").fetchall()
            out[view] = sum(
                1 for era, c in frame if c not in communes or (era, "commune", c) not in inside
            )
        elif "scope_code" in cols:
            frame = con.execute(f"SELECT era, scope_level, scope_code FROM {view}").fetchall()
            out[view] = sum(1 for key in frame if tuple(key) not in inside)
        elif "unit_code" in cols and "unit_level" in cols:
            frame = con.execute(f"SELECT era, unit_level, unit_code FROM {view}").fetchall()
            out[view] = sum(1 for key in frame if tuple(key) not in inside)
        else:  # batches, rejected rows: by the batch's units
            frame = con.execute(
                f"SELECT b.era, b.unit_codes FROM {view} v JOIN load_batches b USING (batch_id)"
            ).fetchall()
            codes = {(e, c) for e, _, c in inside}
            out[view] = sum(1 for era, us in frame if not all((era, c) in codes for c in us))
    return out


@pytest.mark.parametrize("units", [D384, (parse("38"),), P38_NOW, (parse("04"), parse("384"))])
def test_a_restricted_connection_shows_only_its_units(demo_db, units):
    with duckdb.connect(str(demo_db), read_only=True) as con:
        totals = {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in RESTRICTED}
        restrict.restrict(con, units, personal=True)
        assert rows_outside(con, units) == dict.fromkeys(RESTRICTED, 0)
        seen = {v: con.execute(f"SELECT count(*) FROM {v}").fetchone()[0] for v in RESTRICTED}
    assert seen["officers"] > 0 and seen["commune_ntm"] > 0  # something, not nothing
    assert sum(seen.values()) < sum(totals.values())
    record(
        "access",
        "Dòng ngoài đơn vị bị ẩn khỏi các view (số dòng)",
        sum(totals.values()) - sum(seen.values()),
    )


def test_todays_province_covers_what_crosswalks_into_it(demo_db):
    with duckdb.connect(str(demo_db), read_only=True) as con:
        restrict.restrict(con, P38_NOW, personal=True)
        eras = dict(con.execute("SELECT era, count(*) FROM officers GROUP BY era").fetchall())
    assert eras.get("legacy", 0) > 0 and eras.get("2025", 0) > 0


def test_a_leader_sees_no_birth_dates_or_party_membership(demo_db, monkeypatch):
    leader = accounts.User("ld", "lanh_dao", (parse("38"),))
    with duckdb.connect(str(demo_db), read_only=True) as con:
        restrict.restrict(con, leader.restriction.units, leader.restriction.personal)
        names, births, years, party = con.execute(
            "SELECT count(full_name), count(birth_date), count(birth_year), count(party_member)"
            " FROM officers"
        ).fetchone()
        values = con.execute("SELECT count(value) FROM rejected_rows").fetchone()[0]
    assert names > 0 and (births, years, party, values) == (0, 0, 0, 0)
    monkeypatch.setenv("TIENDO_SHOW_PERSONAL", "1")  # the setting that allows it
    assert leader.restriction.personal
    with duckdb.connect(str(demo_db), read_only=True) as con:
        restrict.restrict(con, leader.restriction.units, leader.restriction.personal)
        assert con.execute("SELECT count(birth_date) FROM officers").fetchone()[0] > 0


@pytest.mark.parametrize("page", [p.key for p in PAGES if p.queries])
def test_every_page_query_asked_for_another_unit_shows_nothing_of_it(demo_db, page):
    """A URL parameter (or a crafted filter) for Cao Bằng, read by a Mường Lát analyst."""
    other = Scope(UnitFilter("legacy", "province", "04"))
    with duckdb.connect(str(demo_db), read_only=True) as con:
        restrict.restrict(con, D384, personal=True)
        empty = [v for v in RESTRICTED if con.execute(f"SELECT count(*) FROM {v} v WHERE "
                 "v.batch_id IN (SELECT batch_id FROM load_batches WHERE '04' IN "
                 "(SELECT unnest(unit_codes)))").fetchone()[0]]  # fmt: skip
        assert empty == []
        QUERIED[page](con, other)  # runs every query of the page: none fails
        for view in ("officers", "commune_ntm", "training_results", "goals"):
            n = con.execute(f"SELECT count(*) FROM {view} WHERE province_code = '04'").fetchone()
            assert n[0] == 0
    record("access", "Tham số URL của đơn vị khác", 1)


def test_an_upload_with_rows_outside_the_units_is_refused_naming_them(wh, officers_file):
    path = officers_file(
        [
            officer(stt=1, full_name="Lò Văn A"),
            officer(stt=2, full_name="Hà Văn B", district="Quan Hóa", commune="Thành Sơn"),
            officer(stt=3, full_name="Lò Thị C", commune="Mường Lý"),
            officer(stt=4, full_name="Phạm Văn D", district="Quan Hóa", commune="Trung Sơn"),
        ]
    )
    prepared = loader.prepare(path.read_bytes(), path.name)
    assert not prepared.errors
    assert uploads.refuse_outside(prepared, D384) == 2
    rows = sorted(e.row for e in prepared.errors if e.row)
    assert len(rows) == 2 and all(r > 0 for r in rows)
    whole = [e for e in prepared.errors if e.row is None]
    assert len(whole) == 1 and ", ".join(map(str, rows)) in whole[0].message
    assert "384" in whole[0].message and "không nạp" in whole[0].message
    before = wh.query("SELECT count(*) AS n FROM load_batches").n[0]
    result = loader.commit(prepared, wh, "cv", accept_valid=True)  # not even the valid rows
    assert result.status == "refused"
    assert wh.query("SELECT count(*) AS n FROM load_batches").n[0] == before
    # the same file for the province's analyst goes in
    again = loader.prepare(path.read_bytes(), path.name)
    assert uploads.refuse_outside(again, (parse("38"),)) == 0
    assert loader.commit(again, wh, "cv38").status == "loaded"
    record("access", "Tải lên dòng ngoài đơn vị", 2)


def _batch_of(wh, province: str) -> int:
    return int(
        wh.query(
            "SELECT min(batch_id) AS b FROM load_batches WHERE status = 'current' AND "
            "list_contains(unit_codes, ?)",
            [province],
        ).b[0]
    )


def test_rollback_original_and_compare_stay_within_the_units(demo_copy):
    wh = store.Warehouse(demo_copy)
    theirs, ours = _batch_of(wh, "043"), _batch_of(wh, "384")
    for attempt in (
        lambda: history.rollback(wh, theirs, D384),
        lambda: history.original_file(wh, theirs, D384),
        lambda: history.compare(wh, theirs, ours, D384),
        lambda: history.rollback(wh, 10**6, D384),
    ):
        with pytest.raises(history.HistoryError, match="không thuộc đơn vị"):
            attempt()
    assert wh.query("SELECT status FROM load_batches WHERE batch_id = ?", [theirs]).status[0] == (
        "current"
    )
    _, content = history.original_file(wh, ours, D384)
    assert content
    assert history.rollback(wh, ours, D384).batch_id == ours
    assert history.rollback(wh, theirs, None).batch_id == theirs  # an administrator: any
    record("access", "Hoàn tác, tải tệp gốc, so sánh lô ngoài đơn vị", 4)


def test_reports_run_as_a_user_and_keep_to_its_units(demo_copy, tmp_path):
    accounts.add("cv", "chuyen_vien", ["384"], "mat-khau-dai-12", db=demo_copy)
    accounts.add("ld", "lanh_dao", ["38"], "mat-khau-dai-12", db=demo_copy)
    wh = store.Warehouse(demo_copy)
    opts = run.Options(db=demo_copy, out=tmp_path, each_unit="district")
    with pytest.raises(capture.ReportError, match="--as"):
        run.account(opts)  # accounts exist: a report needs a user
    opts.user = "khong_co"
    with pytest.raises(capture.ReportError, match="không có"):
        run.account(opts)
    opts.user = "cv"
    cv = run.account(opts)
    assert [s.unit.code for s in run.scopes(opts, wh, cv.restriction)] == ["384"]
    opts.user, opts.unit = "ld", "38"
    ld = run.account(opts)
    districts = {s.unit.code for s in run.scopes(opts, wh, ld.restriction)}
    assert "384" in districts and all(c.startswith(("38", "39", "40")) for c in districts)
    opts.user, opts.unit, opts.each_unit = "cv", "04", None
    with pytest.raises(capture.ReportError, match="ngoài phạm vi"):
        run.scopes(opts, wh, cv.restriction)
    record("access", "Báo cáo cho đơn vị ngoài phạm vi", 2)


def test_the_report_archive_lists_only_what_a_reader_may_see():
    def made(unit=None, scope=None, personal=True):
        return {"options": {"unit": unit, "scope": scope, "personal": personal}}

    assert archive.visible(made("384", ["384"]), D384, True)
    assert archive.visible(made(None, ["384"]), D384, True)
    assert not archive.visible(made("38", None), D384, True)  # the whole province
    assert not archive.visible(made(None, None), D384, True)  # the whole country
    assert not archive.visible(made("04", ["04"]), D384, True)
    assert not archive.visible(made("384", ["384"], personal=True), D384, False)
    assert archive.visible(made("384", ["38"], personal=False), (parse("38"),), False)
    assert archive.visible(made("38", None), None, True)  # an administrator sees all
    assert archive.visible({"options": {}}, None, True)  # made before accounts existed
    assert not archive.visible({"options": {}}, D384, True)


def test_pages_follow_the_roles():
    by_key = {p.key: p for p in PAGES}
    leader, analyst, admin = (ROLES[r] for r in ("lanh_dao", "chuyen_vien", "quan_tri"))
    assert not by_key["upload"].allowed(leader) and by_key["upload"].allowed(analyst)
    assert not by_key["audit"].allowed(analyst) and by_key["audit"].allowed(admin)
    assert all(p.allowed(None) for p in PAGES)  # no accounts: everything, as before
    assert by_key["overview"].allowed(leader)


def test_restriction_keys_differ_so_users_never_share_a_cached_result():
    keys = {
        Restriction(D384, True).key,
        Restriction(D384, False).key,
        Restriction((parse("38"),), True).key,
        Restriction(None, True).key,
    }
    assert len(keys) == 4
