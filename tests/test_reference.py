"""Reference data: both eras of units, the crosswalk, the NTM criteria sets."""

from __future__ import annotations

import pytest

from etl.spec import criteria


def test_unit_counts_per_era(wh):
    with wh.read() as con:
        counts = dict(
            ((era, level), n)
            for era, level, n in con.execute(
                "SELECT era, level, count(*) FROM units GROUP BY ALL"
            ).fetchall()
        )
    assert counts[("legacy", "province")] == 63
    assert 690 <= counts[("legacy", "district")] <= 715
    assert 10_000 <= counts[("legacy", "commune")] <= 10_700
    assert counts[("2025", "province")] == 34
    assert counts[("2025", "commune")] == 3321
    assert ("2025", "district") not in counts


def test_codes_are_text_of_the_right_width(wh):
    with wh.read() as con:
        widths = con.execute(
            "SELECT level, min(length(code)), max(length(code)) FROM units GROUP BY level"
        ).fetchall()
    assert {w[0]: (w[1], w[2]) for w in widths} == {
        "province": (2, 2),
        "district": (3, 3),
        "commune": (5, 5),
    }


def test_reused_codes_are_told_apart_by_era(wh):
    with wh.read() as con:
        reused = con.execute(
            """
            SELECT o.code, o.name, n.name FROM units o JOIN units n
              ON o.code = n.code AND o.level = 'commune' AND n.level = 'commune'
             AND o.era = 'legacy' AND n.era = '2025' AND o.name <> n.name
            """
        ).fetchall()
    assert len(reused) > 100  # a code alone does not identify a commune


def test_every_legacy_commune_has_successors_whose_shares_sum_to_one(wh):
    with wh.read() as con:
        orphans, bad_sums, splits = con.execute(
            """
            SELECT
              (SELECT count(*) FROM units u WHERE era = 'legacy' AND level = 'commune'
                 AND code NOT IN (SELECT old_code FROM unit_crosswalk)),
              (SELECT count(*) FROM (SELECT old_code, sum(share) s FROM unit_crosswalk
                 GROUP BY old_code) WHERE abs(s - 1) > 1e-9),
              (SELECT count(DISTINCT old_code) FROM unit_crosswalk WHERE share < 1)
            """
        ).fetchone()
    assert orphans == 0
    assert bad_sums == 0
    assert splits > 100  # many-to-many: some old communes were divided


def test_crosswalk_follows_tra_vinh_into_vinh_long(wh):
    with wh.read() as con:
        row = con.execute(
            "SELECT old_name, old_province_name, new_province_name, share FROM unit_crosswalk "
            "WHERE old_name = 'Xã Hòa Tân' AND old_district_name = 'Huyện Cầu Kè'"
        ).fetchone()
    assert row == ("Xã Hòa Tân", "Tỉnh Trà Vinh", "Tỉnh Vĩnh Long", 1.0)


def test_coordinates_present_for_nearly_all_communes(wh):
    with wh.read() as con:
        missing = con.execute(
            "SELECT count(*) FROM units WHERE level = 'commune' AND latitude IS NULL"
        ).fetchone()[0]
    assert missing < 50


@pytest.mark.parametrize(
    ("criteria_set", "count"), [("2016-2020", 19), ("2021-2025", 19), ("2026-2030", 10)]
)
def test_ntm_criteria_sets(wh, criteria_set, count):
    with wh.read() as con:
        rows = con.execute(
            "SELECT number, name FROM ntm_criteria WHERE criteria_set = ? ORDER BY number",
            [criteria_set],
        ).fetchall()
    assert [n for n, _ in rows] == list(range(1, count + 1))
    assert rows[0][1] == "Quy hoạch"
    assert criteria.criteria_count(criteria_set) == count
