"""A national-scale warehouse, so dashboard queries can be timed on the volumes they will meet.

Every legacy commune (about 10,000) × 19 NTM criteria × 10 years, 250,000 officers, training
targets and results for every province and district, plan goals for every province and a
reporting duty per district and year. Rows are made inside DuckDB with SQL keyed on
``hash(seed, key, salt)``, never with Python loops, so the full scale builds in seconds and
the same seed always gives the same warehouse.

Facts arrive in batches the way analysts' files would: per province, one communes file and
one training file a year (loaded around the 20/11 due date, some late), one officer roster,
and one plan (goals and reporting duties) per five-year period. Each batch lists the units
it covers like ``etl.loader._coverage`` does.

    python -m bench.national OUT.duckdb [--communes N] [--officers N] [--seed N]

With ``TIENDO_WAREHOUSE`` set, it fills that lake instead (a fresh one: no batch yet), as
``make bench`` does for lake mode (bench/modes.py).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable
from pathlib import Path

import duckdb

from etl import demo, store
from etl.spec import tables
from etl.store import goal_series, migrations, snapshots

FACT_TABLES = tuple(tables.FACT_TABLES)
LAST_YEAR = 2025  # the 2026-2030 criteria set has 10 criteria; this model knows 19

PROGRAM_600 = demo.PROGRAM_600
PROGRAM_500 = "Đề án 500 trí thức trẻ"
PROGRAM_YOUNG = "Thu hút trí thức trẻ về công tác ở xã"
PCT = demo.PCT
# Share of officers in each programme (the rest are regular cadres), as cumulative bounds.
_TO_600, _TO_500, _TO_YOUNG = 0.02, 0.07, 0.27
CIVIL_SERVANTS = [
    "Công chức Văn phòng - Thống kê",
    "Công chức Văn phòng - Thống kê",
    "Công chức Địa chính - Xây dựng",
    "Công chức Địa chính - Xây dựng",
    "Công chức Tài chính - Kế toán",
    "Công chức Tư pháp - Hộ tịch",
    "Công chức Văn hóa - Xã hội",
    "Công chức Văn hóa - Xã hội",
]
POSITIONS = [
    *CIVIL_SERVANTS,
    "Chủ tịch UBND xã",
    PCT,
    PCT,
    "Bí thư Đảng ủy xã",
    "Phó Bí thư Đảng ủy xã",
    "Chỉ huy trưởng Quân sự xã",
    "Bí thư Đoàn xã",
]
RATINGS = [
    *["Hoàn thành tốt nhiệm vụ"] * 12,
    *["Hoàn thành xuất sắc nhiệm vụ"] * 4,
    *["Hoàn thành nhiệm vụ"] * 3,
    "Không hoàn thành nhiệm vụ",
]
# Where minorities live: (province codes, share of officers not Kinh, their ethnicities).
ETHNIC_REGIONS = [
    (["02", "04", "06", "08", "19", "20", "22", "24"], 0.6, ["Tày", "Nùng", "H'Mông", "Dao"]),
    (["10", "11", "12", "14", "15"], 0.7, ["Thái", "H'Mông", "Dao", "Tày", "Khơ Mú"]),
    (["17", "25", "37", "38", "40"], 0.35, ["Mường", "Thái", "Mường", "Dao"]),
    (["62", "64", "66", "67", "68"], 0.35, ["Ê Đê", "Gia Rai", "Ba Na", "Xơ Đăng", "M'Nông"]),
    (["84", "89", "91", "94", "95"], 0.3, ["Khmer", "Khmer", "Hoa", "Chăm"]),
    (["45", "46", "49", "51", "54", "56", "58", "60"], 0.12, ["Cơ Tu", "Hrê", "Chăm", "Raglai"]),
]
# (category, level, people trained per commune per year in a district)
TRAINING = [
    ("lý luận chính trị", "sơ cấp", 0.6),
    ("lý luận chính trị", "trung cấp", 0.9),
    ("lý luận chính trị", "cao cấp", 0.05),
    ("chuyên môn nghiệp vụ", "trung cấp", 0.4),
    ("chuyên môn nghiệp vụ", "đại học", 0.5),
    ("chuyên môn nghiệp vụ", "thạc sĩ", 0.05),
    ("quản lý nhà nước", "chuyên viên", 0.6),
    ("quản lý nhà nước", "chuyên viên chính", 0.08),
]
# Criteria communes tend to reach late (income, poverty, production, environment) or early.
HARD_CRITERIA, EASY_CRITERIA = [10, 11, 13, 17], [1, 4, 8, 18, 19]

# The columns each SELECT below produces, in order. source_row is the row as Excel shows it:
# data starts on row 5, under the title block and the header.
COLUMNS: dict[str, str] = {
    "fact_commune_ntm": "batch_id source_row era commune_code year criteria_set criteria_met "
    "ntm_level recognized_year",
    "fact_ntm_criterion": "batch_id era commune_code year criteria_set criterion_no met",
    "fact_commune_indicator": "batch_id source_row era commune_code year indicator value",
    "fact_officer": "batch_id source_row full_name birth_date birth_year gender ethnicity "
    "party_member education major political_theory state_management position program era "
    "commune_code start_date end_date status placement_after annual_rating note",
    "fact_training_result": "batch_id source_row era unit_level unit_code category level year "
    "achieved",
    "fact_training_target": "batch_id source_row era unit_level unit_code category level "
    "period_start period_end target",
    "fact_goal": "batch_id source_row goal_id name measure era scope_level scope_code "
    "target_value unit deadline source_document",
    "fact_reporting_duty": "batch_id source_row duty_id era unit_level unit_code report_kind "
    "report_name period_label due_date recipient source_document",
    "load_batches": "batch_id file_name file_sha256 kind sheets era unit_codes unit_names "
    "as_of_date period_start period_end scope_key loaded_by loaded_at rows_read rows_loaded "
    "rows_rejected status superseded_by",
    "batch_files": "batch_id content",
}


def _insert(con: duckdb.DuckDBPyConnection, table: str, select: str) -> None:
    """Insert by column name, so a column added to the schema later cannot shift values."""
    con.execute(f"INSERT INTO {table} ({', '.join(COLUMNS[table].split())}) {select}")


def _lit(items: Iterable[str]) -> str:
    """A DuckDB list literal of strings: the name lists are data, not parameters."""
    return "[" + ", ".join("'" + s.replace("'", "''") + "'" for s in items) + "]"


def _check_years(years: range) -> None:
    """Refuse years the NTM model cannot describe, before any file is touched."""
    if not years:
        raise ValueError("years is empty")
    if max(years) > LAST_YEAR:
        raise ValueError(f"years after {LAST_YEAR} need the 10-criteria 2026-2030 set")


def _scope(con: duckdb.DuckDBPyConnection, communes: int | None, years: range, seed: int) -> int:
    """Temp tables of the units and years in play; returns the number of communes."""
    s = int(seed)
    con.execute(f"CREATE OR REPLACE TEMP MACRO _h(k, salt) AS hash({s}, k, salt)")
    con.execute(
        f"CREATE OR REPLACE TEMP MACRO _u(k, salt) AS (hash({s}, k, salt) % 1000003) / 1000003.0"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP MACRO _pick(xs, k, salt) AS "
        f"xs[1 + (hash({s}, k, salt) % len(xs))::BIGINT]"
    )
    limit = "" if communes is None else f"LIMIT {int(communes)}"
    con.execute(
        f"""
        CREATE TEMP TABLE _c AS
        SELECT row_number() OVER (ORDER BY code) - 1 AS idx, code, district_code, province_code
        FROM (SELECT * FROM ref_units WHERE era = 'legacy' AND level = 'commune'
              ORDER BY code {limit})
        """
    )
    whole = communes is None
    con.execute(
        f"""
        CREATE TEMP TABLE _d AS
        SELECT d.code, d.province_code, count(c.code) AS n_communes
        FROM ref_units d LEFT JOIN _c c ON c.district_code = d.code
        WHERE d.era = 'legacy' AND d.level = 'district'
        GROUP BY ALL HAVING {whole} OR count(c.code) > 0
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE _p AS
        SELECT p.code, p.short_name, p.name_key,
               'UBND ' || lower(p.unit_type) || ' ' || p.short_name AS authority,
               sum(d.n_communes) AS n_communes
        FROM ref_units p JOIN _d d ON d.province_code = p.code
        WHERE p.era = 'legacy' AND p.level = 'province'
        GROUP BY ALL
        """
    )
    con.execute(
        """
        CREATE TEMP TABLE _y AS
        SELECT year, (2016 + 5 * floor((year - 2016) / 5))::INTEGER AS ps
        FROM (SELECT unnest(?::INTEGER[]) AS year)
        """,
        [list(years)],
    )
    con.execute("CREATE TEMP TABLE _eth (codes VARCHAR[], share DOUBLE, names VARCHAR[])")
    con.executemany("INSERT INTO _eth VALUES (?, ?, ?)", [list(r) for r in ETHNIC_REGIONS])
    con.execute("CREATE TEMP TABLE _pair (category VARCHAR, level VARCHAR, rate DOUBLE, k INTEGER)")
    con.executemany(
        "INSERT INTO _pair VALUES (?, ?, ?, ?)", [[*t, k] for k, t in enumerate(TRAINING)]
    )
    return con.execute("SELECT count(*) FROM _c").fetchone()[0]


def _batches(con: duckdb.DuckDBPyConnection) -> None:
    """One row per file an analyst would have loaded, ids in the order they were loaded."""
    con.execute(
        """
        CREATE TEMP TABLE _b AS
        WITH ymin AS (SELECT min(year) AS y0 FROM _y),
        yearly AS (
            SELECT k.kind, p.code AS province_code, y.year AS bkey, p.name_key, p.authority,
                   make_date(y.year, 10, 31) AS as_of_date,
                   make_date(y.year, 11, 20)
                     + to_days((_h(k.kind || p.code || y.year, 'late') % 32)::INTEGER - 19
                               + (_h(p.code, 'habit') % 9)::INTEGER - 4)
                     + to_minutes((450 + _h(k.kind || p.code || y.year, 'clock') % 600)::INTEGER)
                     AS loaded_at,
                   CASE WHEN k.kind = 'communes' THEN 'Nông thôn mới,Chỉ tiêu khác'
                        WHEN y.year = greatest(y.ps, (SELECT y0 FROM ymin))
                        THEN 'Chỉ tiêu đào tạo,Kết quả đào tạo'
                        ELSE 'Kết quả đào tạo' END AS sheets,
                   CASE k.kind WHEN 'communes' THEN 'ntm_' ELSE 'dao_tao_' END AS stem,
                   y.year::VARCHAR AS suffix
            FROM _p p, _y y, (VALUES ('communes'), ('training')) k(kind)),
        plans AS (
            SELECT DISTINCT p.code AS province_code, y.ps,
                   make_date(y.ps, 1, 10) + (_h(p.code || y.ps, 'plan') % 50)::INTEGER
                       AS plan_date,
                   p.name_key, p.authority
            FROM _p p, _y y),
        raw AS (
            SELECT kind, province_code, bkey, as_of_date, loaded_at, sheets,
                   stem || name_key || '_' || suffix || '.xlsx' AS file_name,
                   NULL AS document, name_key
            FROM yearly
            UNION ALL
            SELECT 'officers', p.code, 0, DATE '2025-06-30',
                   DATE '2025-07-01' + to_days((_h(p.code, 'roster') % 25)::INTEGER)
                       + to_minutes((450 + _h(p.code, 'roster clock') % 600)::INTEGER),
                   'Danh sách cán bộ', 'can_bo_' || p.name_key || '_2025.xlsx', NULL, p.name_key
            FROM _p p
            UNION ALL
            SELECT 'goals', province_code, ps, plan_date,
                   plan_date + to_days((3 + _h(province_code || ps, 'goals') % 28)::INTEGER)
                       + to_minutes((450 + _h(province_code || ps, 'goals clock') % 600)::INTEGER),
                   'Chỉ tiêu kế hoạch,Nghĩa vụ báo cáo',
                   'ke_hoach_' || name_key || '_' || ps || '_' || (ps + 4) || '.xlsx',
                   'Kế hoạch số ' || (10 + _h(province_code || ps, 'doc') % 190)
                       || '/KH-UBND ngày ' || strftime(plan_date, '%d/%m/%Y') || ' của '
                       || authority,
                   name_key
            FROM plans)
        SELECT row_number() OVER (ORDER BY loaded_at, kind, province_code)::INTEGER AS batch_id,
               *, 'snv.' || name_key AS loaded_by
        FROM raw
        """
    )


def _communes(con: duckdb.DuckDBPyConnection) -> None:
    """NTM paths that only go up, flags that add up to criteria_met, five yearly indicators."""
    hard, easy = ",".join(map(str, HARD_CRITERIA)), ",".join(map(str, EASY_CRITERIA))
    con.execute(
        """
        CREATE TEMP TABLE _ntm AS
        WITH cy AS (
            SELECT c.code, c.province_code, y.year,
                   5 + (_h(c.code, 'base') % 11)::INTEGER AS base,
                   CASE WHEN y.year = min(y.year) OVER () THEN 0
                        ELSE [0, 0, 1, 1, 1, 1, 1, 2, 2, 3][1 + (_h(c.code || y.year, 'step') % 10)::INTEGER]
                   END AS step
            FROM _c c CROSS JOIN _y y),
        grown AS (
            SELECT *, least(19, base + sum(step) OVER (PARTITION BY code ORDER BY year))::INTEGER
                      AS criteria_met
            FROM cy),
        recognized AS (
            SELECT *, min(year) FILTER (WHERE criteria_met = 19) OVER (PARTITION BY code)
                      AS first_full,
                   _u(code, 'advanced') < 0.45 AS advanced, _u(code, 'model') < 0.25 AS model
            FROM grown),
        upgraded AS (
            SELECT *, greatest(2021, first_full + 2 + (_h(code, 'lag') % 3)::INTEGER) AS nc_year
            FROM recognized)
        SELECT code, upgraded.province_code, year,
               CASE WHEN year <= 2020 THEN '2016-2020' ELSE '2021-2025' END AS criteria_set,
               criteria_met,
               CASE WHEN criteria_met < 19 THEN NULL
                    WHEN advanced AND model AND year >= nc_year + 2 THEN 'NTM kiểu mẫu'
                    WHEN advanced AND year >= nc_year THEN 'NTM nâng cao'
                    ELSE 'NTM' END AS ntm_level,
               CASE WHEN criteria_met = 19 THEN first_full END AS recognized_year,
               b.batch_id,
               (row_number() OVER (PARTITION BY b.batch_id ORDER BY code) + 4)::INTEGER
                   AS source_row
        FROM upgraded
        JOIN _b b ON b.kind = 'communes' AND b.province_code = upgraded.province_code
                 AND b.bkey = upgraded.year
        """
    )
    _insert(
        con,
        "fact_commune_ntm",
        """
        SELECT batch_id, source_row, 'legacy', code, year, criteria_set, criteria_met,
               ntm_level, recognized_year
        FROM _ntm ORDER BY batch_id, source_row
        """,
    )
    # A commune meets its criteria in a fixed order, so a criterion once met stays met and
    # exactly criteria_met flags are TRUE.
    _insert(
        con,
        "fact_ntm_criterion",
        f"""
        WITH ranks AS (
            SELECT c.code, n.no,
                   row_number() OVER (
                       PARTITION BY c.code
                       ORDER BY _u(c.code || '/' || n.no, 'order')
                                + CASE WHEN n.no IN ({hard}) THEN 0.6
                                       WHEN n.no IN ({easy}) THEN -0.6 ELSE 0 END,
                                n.no) AS rank
            FROM _c c CROSS JOIN range(1, 20) n(no))
        SELECT t.batch_id, 'legacy', t.code, t.year, t.criteria_set, r.no::INTEGER,
               r.rank <= t.criteria_met
        FROM _ntm t JOIN ranks r ON r.code = t.code
        ORDER BY t.batch_id, t.source_row, r.no
        """,
    )
    _insert(
        con,
        "fact_commune_indicator",
        """
        SELECT batch_id, source_row, 'legacy', code, year, indicator, value FROM (
            SELECT batch_id, source_row, code, year,
                   unnest(['tỷ lệ gia đình văn hóa', 'tỷ lệ thôn văn hóa', 'xã văn hóa',
                           'tỷ lệ hộ nghèo', 'trụ sở kiên cố']) AS indicator,
                   unnest([
                       round(least(99, 76 + 14 * _u(code, 'fam') + (0.2 + 1.2 * _u(code, 'fam+'))
                             * (year - 2016) + _u(code || year, 'fam~')), 1),
                       round(least(98, 55 + 22 * _u(code, 'vil') + (0.5 + 3 * _u(code, 'vil+'))
                             * (year - 2016) + 2 * _u(code || year, 'vil~')), 1),
                       CASE WHEN year >= 2014 + (_h(code, 'xvh') % 16)::INTEGER THEN 1 ELSE 0 END,
                       round(greatest(0.3, 5 + 22 * _u(code, 'poor') - (0.4 + 2 * _u(code, 'poor-'))
                             * (year - 2016) + _u(code || year, 'poor~')), 1),
                       CASE WHEN year >= 2008 + (_h(code, 'office') % 20)::INTEGER THEN 1 ELSE 0 END
                   ]::DOUBLE[]) AS value
            FROM _ntm)
        ORDER BY batch_id, source_row
        """,
    )


def _officers(con: duckdb.DuckDBPyConnection, officers: int, n_communes: int) -> None:
    """A roster per province: regular cadres and three recruitment programmes, with their
    own start windows, terms and placements after the programme ends."""
    con.execute(
        f"""
        CREATE TEMP TABLE _o AS
        WITH a AS (
            SELECT r.i, c.code AS commune_code, c.province_code,
                   _u(r.i, 'female') < 0.38 AS female, _u(r.i, 'program') AS up
            FROM range({int(officers)}) r(i)
            JOIN _c c ON c.idx = (_h(r.i, 'commune') % {max(n_communes, 1)})::BIGINT),
        b AS (
            SELECT *,
                   CASE WHEN up < {_TO_600} THEN '{PROGRAM_600}' WHEN up < {_TO_500} THEN '{PROGRAM_500}'
                        WHEN up < {_TO_YOUNG} THEN '{PROGRAM_YOUNG}' END AS program,
                   CASE WHEN up < {_TO_600} THEN DATE '2011-03-01' + (_h(i, 'start') % 1000)::INTEGER
                        WHEN up < {_TO_500} THEN DATE '2013-06-01' + (_h(i, 'start') % 2770)::INTEGER
                        ELSE DATE '2010-01-01' + (_h(i, 'start') % 5479)::INTEGER
                   END AS start_date
            FROM a),
        c AS (
            SELECT *,
                   CASE WHEN up < {_TO_500}
                        THEN greatest(1960, year(start_date) - 23 - (_h(i, 'age') % 8)::INTEGER)
                        ELSE 1960 + (_h(i, 'age') % (least(2000, year(start_date) - 22) - 1959))::INTEGER
                   END AS birth_year,
                   CASE WHEN up < {_TO_600} THEN
                            CASE WHEN _u(i, 'end') < 0.9 THEN DATE '2017-06-30' END
                        WHEN up < {_TO_500} THEN
                            CASE WHEN _u(i, 'end') < 0.65 THEN (start_date + INTERVAL 5 YEAR)::DATE END
                        WHEN _u(i, 'end') < 0.38
                        THEN start_date + (400 + _h(i, 'term') % 2800)::INTEGER
                   END AS end_raw
            FROM b),
        d AS (
            SELECT *, CASE WHEN end_raw <= DATE '2025-06-30' THEN end_raw END AS end_date,
                   CASE WHEN program IS NOT NULL AND _u(i, 'placed') < 0.8
                        THEN _pick({_lit(demo.PLACEMENTS)}, i, 'placement') END AS placed
            FROM c)
        SELECT d.*,
               _pick({_lit(demo.SURNAMES)}, i, 'surname') || ' '
                   || CASE WHEN female THEN _pick({_lit(demo.MIDDLE["Nữ"])}, i, 'middle')
                           || ' ' || _pick({_lit(demo.GIVEN["Nữ"])}, i, 'given')
                      ELSE _pick({_lit(demo.MIDDLE["Nam"])}, i, 'middle')
                           || ' ' || _pick({_lit(demo.GIVEN["Nam"])}, i, 'given') END
                   AS full_name,
               CASE WHEN _u(i, 'year only') >= 0.05
                    THEN make_date(birth_year, 1 + (_h(i, 'month') % 12)::INTEGER,
                                   1 + (_h(i, 'day') % 28)::INTEGER) END AS birth_date,
               CASE WHEN _u(i, 'ethnic') < coalesce(e.share, 0.03)
                    THEN _pick(coalesce(e.names, ['Hoa', 'Tày', 'Mường']), i, 'ethnicity')
                    ELSE 'Kinh' END AS ethnicity,
               (row_number() OVER (PARTITION BY d.province_code ORDER BY commune_code, i) + 4)::INTEGER
                   AS source_row
        FROM d LEFT JOIN (SELECT unnest(codes) AS province_code, share, names FROM _eth) e
             ON e.province_code = d.province_code
        """
    )
    _insert(
        con,
        "fact_officer",
        f"""
        SELECT b.batch_id, o.source_row, o.full_name, o.birth_date, o.birth_year,
               CASE WHEN female THEN 'Nữ' ELSE 'Nam' END,
               o.ethnicity,
               CASE WHEN _u(i, 'party') < CASE WHEN up < {_TO_600} THEN 0.85 ELSE 0.7 END THEN TRUE END,
               CASE WHEN program IS NOT NULL
                    THEN _pick(['Đại học', 'Đại học', 'Đại học', 'Đại học', 'Thạc sĩ'], i, 'edu')
                    ELSE _pick(['Đại học', 'Đại học', 'Đại học', 'Đại học', 'Đại học',
                                'Cao đẳng', 'Cao đẳng', 'Trung cấp', 'Thạc sĩ'], i, 'edu') END,
               _pick({_lit(demo.MAJORS)}, i, 'major'),
               CASE WHEN _u(i, 'llct?') < 0.9 THEN _pick(['Sơ cấp', 'Sơ cấp', 'Trung cấp',
                    'Trung cấp', 'Trung cấp', 'Trung cấp', 'Cao cấp'], i, 'llct') END,
               CASE WHEN _u(i, 'qlnn?') < 0.5
                    THEN _pick(['Chuyên viên', 'Chuyên viên', 'Chuyên viên', 'Chuyên viên chính'],
                               i, 'qlnn') END,
               CASE WHEN up < {_TO_600} THEN '{PCT}'
                    WHEN up < {_TO_500} AND _u(i, 'pct') < 0.4 THEN '{PCT}'
                    WHEN up < {_TO_YOUNG} THEN _pick({_lit(CIVIL_SERVANTS)}, i, 'position')
                    ELSE _pick({_lit(POSITIONS)}, i, 'position') END,
               program, 'legacy', commune_code, start_date, end_date,
               CASE WHEN end_date IS NULL THEN 'Đang công tác'
                    WHEN placed IS NOT NULL THEN 'Đã bố trí công tác'
                    WHEN program IS NOT NULL THEN 'Đã kết thúc dự án'
                    WHEN year(end_date) - birth_year >= 60 THEN 'Đã nghỉ hưu'
                    ELSE 'Đã chuyển công tác' END,
               CASE WHEN end_date IS NOT NULL THEN placed END,
               CASE WHEN _u(i, 'rated') < 0.95 THEN _pick({_lit(RATINGS)}, i, 'rating') END,
               NULL
        FROM _o o JOIN _b b ON b.kind = 'officers' AND b.province_code = o.province_code
        ORDER BY b.batch_id, o.source_row
        """,
    )


def _training(con: duckdb.DuckDBPyConnection) -> None:
    """Results per district and year; province targets per period about what that pace gives."""
    _insert(
        con,
        "fact_training_result",
        """
        SELECT b.batch_id,
               (row_number() OVER (PARTITION BY b.batch_id ORDER BY d.code, x.k) + 4)::INTEGER,
               'legacy', 'district', d.code, x.category, x.level, y.year,
               round(x.rate * greatest(d.n_communes, 1)
                     * (0.6 + 0.8 * _u(d.code || '/' || y.year || '/' || x.k, 'trained')))::INTEGER
        FROM _d d CROSS JOIN _y y CROSS JOIN _pair x
        JOIN _b b ON b.kind = 'training' AND b.province_code = d.province_code
                 AND b.bkey = y.year
        ORDER BY b.batch_id, d.code, x.k
        """,
    )
    _insert(
        con,
        "fact_training_target",
        """
        WITH periods AS (SELECT ps, min(year) AS first_year FROM _y GROUP BY ps)
        SELECT b.batch_id,
               (row_number() OVER (PARTITION BY b.batch_id ORDER BY x.k) + 4)::INTEGER,
               'legacy', 'province', p.code, x.category, x.level, t.ps, t.ps + 4,
               greatest(1, round(x.rate * 5 * p.n_communes
                                 * (0.85 + 0.3 * _u(p.code || '/' || t.ps || '/' || x.k, 'target'))))
                   ::INTEGER
        FROM _p p CROSS JOIN periods t CROSS JOIN _pair x
        JOIN _b b ON b.kind = 'training' AND b.province_code = p.code AND b.bkey = t.first_year
        ORDER BY b.batch_id, x.k
        """,
    )


def _goals(con: duckdb.DuckDBPyConnection) -> None:
    """A plan per province and period: goals in the measure vocabulary, some within reach and
    some not, and a yearly NTM and training report from every district due on 20/11."""

    def num(expr: str) -> str:  # 1.234, as Vietnamese plans write it
        return f"replace(format('{{:,}}', ({expr})::BIGINT), ',', '.')"

    con.execute(
        f"""
        CREATE TEMP TABLE _g AS
        WITH per AS (SELECT DISTINCT ps, ps + 4 AS pe FROM _y),
        trained AS (
            SELECT province_code, category, ps,
                   sum(target) OVER (PARTITION BY province_code, category ORDER BY ps)
                       AS cumulative
            FROM (SELECT unit_code AS province_code, category, period_start AS ps,
                         sum(target) AS target
                  FROM fact_training_target GROUP BY ALL)),
        young AS (
            SELECT o.province_code, per.ps, count(*) AS n
            FROM _o o JOIN per ON year(o.start_date) <= per.pe
            WHERE o.program = '{PROGRAM_YOUNG}' GROUP BY ALL),
        p600 AS (
            SELECT province_code, count(DISTINCT commune_code) AS n FROM _o
            WHERE program = '{PROGRAM_600}' GROUP BY ALL),
        goals AS (
            SELECT p.code, per.ps, 1 AS seq, 'NTM' AS abbr, 'ntm_share' AS measure,
                   CASE WHEN per.ps < 2021 THEN 8 + (_h(p.code || per.ps, 'ntm') % 23)::INTEGER
                        ELSE 55 + (_h(p.code || per.ps, 'ntm') % 26)::INTEGER END AS target,
                   '%' AS unit
            FROM _p p, per
            UNION ALL
            SELECT p.code, per.ps, 2, 'NTMNC', 'ntm_level_count:NTM nâng cao',
                   greatest(1, round(p.n_communes * (0.1 + 0.15 * _u(p.code, 'nc')))), 'xã'
            FROM _p p, per WHERE per.ps >= 2021
            UNION ALL
            SELECT t.province_code, t.ps, 3 + x.k,
                   ['LLCT', 'CMNV', 'QLNN'][x.k + 1], 'training_achieved:' || t.category,
                   round(t.cumulative * (0.9 + 0.2 * _u(t.province_code || t.ps || x.k, 'tr'))),
                   'người'
            FROM trained t
            JOIN (VALUES (0, 'lý luận chính trị'), (1, 'chuyên môn nghiệp vụ'),
                         (2, 'quản lý nhà nước')) x(k, category) USING (category)
            UNION ALL
            SELECT province_code, ps, 6, 'TTT', 'officer_count:{PROGRAM_YOUNG}',
                   greatest(1, round(n * (0.85 + 0.3 * _u(province_code || ps, 'young')))),
                   'người'
            FROM young
            UNION ALL
            SELECT x.province_code, per.ps, 7, 'DA600', 'officer_communes:{PROGRAM_600}|{PCT}',
                   greatest(1, round(x.n * (0.9 + 0.25 * _u(x.province_code, '600')))), 'xã'
            FROM p600 x, per WHERE per.ps < 2021
            UNION ALL
            SELECT x.province_code, per.ps, 8, 'DA600BT', 'officer_placed_share:{PROGRAM_600}',
                   [80, 90, 100][1 + (_h(x.province_code, 'placed') % 3)::INTEGER], '%'
            FROM p600 x, per WHERE per.ps < 2021
            UNION ALL
            SELECT p.code, per.ps, 9, 'GDVH', 'indicator_mean:tỷ lệ gia đình văn hóa',
                   CASE WHEN per.ps < 2021 THEN 82 ELSE 87 END
                       + (_h(p.code || per.ps, 'gdvh') % 7)::INTEGER, '%'
            FROM _p p, per
            UNION ALL
            SELECT p.code, per.ps, 10, 'XVH', 'indicator_share:xã văn hóa',
                   CASE WHEN per.ps < 2021 THEN 35 ELSE 55 END
                       + (_h(p.code || per.ps, 'xvh') % 21)::INTEGER, '%'
            FROM _p p, per)
        SELECT g.code, g.ps, g.seq, g.measure, g.unit, g.target::INTEGER AS target,
               g.code || '-' || g.abbr || '-' || (g.ps + 4) AS goal_id,
               make_date(g.ps + 4, 12, 31) AS deadline,
               CASE split_part(g.measure, ':', 1)
                   WHEN 'ntm_share' THEN 'Có ít nhất ' || g.target || '% số xã đạt chuẩn nông thôn mới'
                   WHEN 'ntm_level_count' THEN {num("g.target")} || ' xã đạt chuẩn nông thôn mới nâng cao'
                   WHEN 'training_achieved' THEN 'Đào tạo, bồi dưỡng ' || split_part(g.measure, ':', 2)
                        || ' cho ' || {num("g.target")} || ' lượt cán bộ, công chức cấp xã'
                   WHEN 'officer_count' THEN 'Thu hút ' || {num("g.target")}
                        || ' trí thức trẻ về công tác ở xã'
                   WHEN 'officer_communes' THEN {num("g.target")}
                        || ' xã có đội viên Dự án 600 giữ chức Phó Chủ tịch UBND xã'
                   WHEN 'officer_placed_share' THEN 'Bố trí công tác cho ' || g.target
                        || '% đội viên Dự án 600 sau khi kết thúc dự án'
                   WHEN 'indicator_mean' THEN 'Tỷ lệ gia đình văn hóa đạt ' || g.target || '% trở lên'
                   ELSE g.target || '% số xã đạt chuẩn xã văn hóa'
               END AS name
        FROM (SELECT * REPLACE (target::INTEGER AS target) FROM goals) g
        """
    )
    _insert(
        con,
        "fact_goal",
        """
        SELECT b.batch_id, (row_number() OVER (PARTITION BY b.batch_id ORDER BY g.seq) + 4)::INTEGER,
               g.goal_id, g.name, g.measure, 'legacy', 'province', g.code, g.target, g.unit,
               g.deadline, b.document
        FROM _g g JOIN _b b ON b.kind = 'goals' AND b.province_code = g.code AND b.bkey = g.ps
        ORDER BY b.batch_id, g.seq
        """,
    )
    _insert(
        con,
        "fact_reporting_duty",
        """
        SELECT b.batch_id,
               (row_number() OVER (PARTITION BY b.batch_id ORDER BY y.year, d.code, r.kind) + 4)
                   ::INTEGER,
               'BC-' || r.abbr || '-' || d.code || '-' || y.year, 'legacy', 'district', d.code,
               r.kind, r.title || y.year, 'năm ' || y.year, make_date(y.year, 11, 20),
               r.recipient, b.document
        FROM _d d CROSS JOIN _y y
        CROSS JOIN (VALUES
            ('communes', 'NTM', 'Báo cáo kết quả xây dựng nông thôn mới năm ',
             'Văn phòng Điều phối nông thôn mới'),
            ('training', 'DT', 'Báo cáo kết quả đào tạo, bồi dưỡng cán bộ, công chức cấp xã năm ',
             'Sở Nội vụ')) r(kind, abbr, title, recipient)
        JOIN _b b ON b.kind = 'goals' AND b.province_code = d.province_code AND b.bkey = y.ps
        ORDER BY b.batch_id, y.year, d.code, r.kind
        """,
    )


def _load_batches(con: duckdb.DuckDBPyConnection) -> None:
    """Batch rows from what each batch really holds: the units it covers (whole province
    when any row is province-level, else its districts, as the loader does) and its years."""
    con.execute(
        """
        CREATE TEMP TABLE _cover AS
        WITH rows AS (
            SELECT batch_id, 'district' AS level, c.district_code AS code, lo, hi, n
            FROM (SELECT batch_id, commune_code, min(year) lo, max(year) hi, count(*) n
                  FROM fact_commune_ntm GROUP BY ALL
                  UNION ALL
                  SELECT batch_id, commune_code, min(year), max(year), count(*)
                  FROM fact_commune_indicator GROUP BY ALL
                  UNION ALL
                  SELECT batch_id, commune_code, min(year(start_date)),
                         max(coalesce(year(end_date), year(start_date))), count(*)
                  FROM fact_officer GROUP BY ALL) f
            JOIN _c c ON c.code = f.commune_code
            UNION ALL
            SELECT batch_id, unit_level, unit_code, min(period_start), max(period_end), count(*)
            FROM fact_training_target GROUP BY ALL
            UNION ALL
            SELECT batch_id, unit_level, unit_code, min(year), max(year), count(*)
            FROM fact_training_result GROUP BY ALL
            UNION ALL
            SELECT batch_id, scope_level, scope_code, min(year(deadline)), max(year(deadline)),
                   count(*)
            FROM fact_goal GROUP BY ALL
            UNION ALL
            SELECT batch_id, unit_level, unit_code, min(year(due_date)), max(year(due_date)),
                   count(*)
            FROM fact_reporting_duty GROUP BY ALL),
        units AS (
            SELECT r.batch_id, b.province_code,
                   CASE WHEN bool_or(r.level = 'province') OVER (PARTITION BY r.batch_id)
                        THEN b.province_code ELSE r.code END AS code,
                   CASE WHEN bool_or(r.level = 'province') OVER (PARTITION BY r.batch_id)
                        THEN 'province' ELSE 'district' END AS level,
                   r.lo, r.hi, r.n
            FROM rows r JOIN _b b USING (batch_id)),
        named AS (
            SELECT u.batch_id, u.code, ref.name, min(u.lo) lo, max(u.hi) hi, sum(u.n) n
            FROM units u
            JOIN ref_units ref ON ref.era = 'legacy' AND ref.level = u.level AND ref.code = u.code
            GROUP BY ALL)
        SELECT batch_id, list(code ORDER BY code) AS unit_codes,
               list(name ORDER BY code) AS unit_names, min(lo) AS lo, max(hi) AS hi,
               sum(n)::INTEGER AS n
        FROM named GROUP BY batch_id
        """
    )
    _insert(
        con,
        "load_batches",
        """
        SELECT b.batch_id, b.file_name, sha256('bench.national:' || b.file_name), b.kind,
               b.sheets, 'legacy', c.unit_codes, c.unit_names, b.as_of_date, c.lo, c.hi,
               b.kind || '|legacy|' || array_to_string(c.unit_codes, ',') || '|'
                   || strftime(b.as_of_date, '%Y-%m-%d'),
               b.loaded_by, b.loaded_at, c.n, c.n, 0, 'current', NULL
        FROM _b b JOIN _cover c USING (batch_id)
        ORDER BY b.batch_id
        """,
    )
    # The uploaded bytes are not kept: a note stands in, so every batch still has its file row.
    _insert(
        con,
        "batch_files",
        """
        SELECT batch_id, encode('bench.national:' || file_name) FROM load_batches
        """,
    )


def build(
    path: Path | None = None,
    *,
    communes: int | None = None,
    officers: int = 250_000,
    years: range = range(2016, 2026),
    seed: int = 7,
    wh: store.Warehouse | None = None,
) -> dict[str, int]:
    """Create (or overwrite) the warehouse file at ``path``, or fill ``wh``, a warehouse
    of either mode that holds no batch yet (a fresh lake, say); return the row count of
    each fact table and of load_batches. ``communes=N`` keeps the first N legacy communes
    by code."""
    _check_years(years)
    if communes is not None and communes < 1:
        raise ValueError("communes must be at least 1")
    if wh is None:
        if path is None:
            raise ValueError("a path or a warehouse is needed")
        path = Path(path)
        for suffix in ("", ".wal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        wh = store.create(path)
    else:
        wh.transact(lambda con: None)  # its schema and reference data, in either mode

    def fill(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
        if con.execute("SELECT count(*) FROM load_batches").fetchone()[0]:
            raise ValueError(f"{wh!r} already holds batches")
        n_communes = _scope(con, communes, years, seed)
        _batches(con)
        _communes(con)
        _officers(con, officers, n_communes)
        _training(con)
        _goals(con)
        _load_batches(con)
        snapshots.rebuild(con)  # each batch current from its load, for time travel
        goal_series.refresh(con)  # as a load would (rows are written directly here)
        migrations.set_meta(
            con, "bench", f"national seed={seed} communes={n_communes} officers={officers}"
        )
        # Files loaded later through etl.loader must get ids after these.
        last = con.execute("SELECT max(batch_id) FROM load_batches").fetchone()[0]
        if wh.mode == "embedded":
            con.execute("SELECT max(nextval('batch_id_seq')) FROM range(?)", [last])
        else:
            while wh.next_id(con, "batch_id") < last:
                pass
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (*FACT_TABLES, "load_batches")
        }

    return wh.transact(fill)


def main(argv: list[str] | None = None) -> None:
    from etl import config

    parser = argparse.ArgumentParser(prog="python -m bench.national", description=__doc__)
    parser.add_argument(
        "out", type=Path, nargs="?", help="the .duckdb file to write (overwritten); none "
        "with TIENDO_WAREHOUSE set: the lake it names, which must hold no batch yet"
    )  # fmt: skip
    parser.add_argument("--communes", type=int, default=None, help="first N legacy communes")
    parser.add_argument("--officers", type=int, default=250_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="the counts as one JSON line")
    args = parser.parse_args(argv)
    lake = bool(config.lake_url())
    if not lake and args.out is None:
        parser.error("OUT is needed unless TIENDO_WAREHOUSE names a lake")
    start = time.perf_counter()
    counts = build(
        None if lake else args.out,
        communes=args.communes,
        officers=args.officers,
        seed=args.seed,
        wh=store.Warehouse() if lake else None,
    )
    seconds = time.perf_counter() - start
    if args.json:
        print(json.dumps({**counts, "seconds": seconds}))
        return
    for table, n in counts.items():
        print(f"{table:<24}{n:>12,}")
    print(f"{'seconds':<24}{seconds:>12.1f}")


if __name__ == "__main__":
    main()
