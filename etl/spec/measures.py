"""How each kind of goal is measured, declared once.

A goal in the goals workbook names its measure ("training_achieved:chuyên môn nghiệp vụ":
the measure, then its argument). Everything tiendo knows about a measure sits in its
:class:`Measure`: the help the template shows, the SQL that gives the goal's value year by
year, whether the value adds up from nothing since the plan was issued, whether it is a
count or a rate (which decides how a district or commune is judged against a province's
goal), the levels it can be measured at, and the sentence that explains it to a reader.
The loader validates measures against :data:`MEASURES`; the dashboard evaluates them.

The SQL reads the goals to evaluate as relation ``_goal_evals`` (goal_id, era, scope_level,
scope_code, arg, dyear = the deadline's year, deadline); ``{scoped:VIEW}`` expands to the
view's rows joined to the goals whose unit they fall in. It returns (goal_id, year, value,
batch_ids), so all goals of one measure are evaluated in one query.
"""

from __future__ import annotations

from dataclasses import dataclass

NTM_RANK = (
    "CASE ntm_level WHEN 'NTM' THEN 1 WHEN 'NTM nâng cao' THEN 2 "
    "WHEN 'NTM kiểu mẫu' THEN 3 ELSE 0 END"
)
ALL_LEVELS = ("province", "district", "commune")


@dataclass(frozen=True)
class Measure:
    key: str
    help: str  # the goals template's note: what it counts and what its argument is
    kind: str  # "count": units add up to the province; "rate": a share or mean, they don't
    cumulative: bool  # counts from nothing on the day the plan is issued
    sql: str
    explain: tuple[str, str]  # (vi, en), with {arg}
    levels: tuple[str, ...] = ALL_LEVELS  # where the facts allow measuring it

    def explanation(self, arg: str, lang: str = "vi") -> str:
        return self.explain[1 if lang == "en" else 0].format(arg=arg.strip())


MEASURES_LIST: tuple[Measure, ...] = (
    Measure(
        "training_achieved",
        "Tổng số người đã đào tạo theo lĩnh vực (đối số: lĩnh vực)",
        "count",
        True,
        """
        WITH y AS (
            SELECT goal_id, year, sum(achieved) AS v, list(DISTINCT batch_id) AS b
            FROM {scoped:training_results}
            WHERE category = arg AND year <= dyear GROUP BY ALL)
        SELECT goal_id, year, sum(v) OVER (PARTITION BY goal_id ORDER BY year), b FROM y""",
        (
            "Cộng dồn số người được đào tạo lĩnh vực '{arg}' qua các năm.",
            "People trained in '{arg}', added up year by year.",
        ),
        levels=("province", "district"),  # training is reported per province or district
    ),
    # Recognition years are read from the newest assessment, so a 2016 file still tells
    # how many communes had been recognised by 2015.
    Measure(
        "ntm_share",
        "Tỷ lệ % xã đã được công nhận đạt chuẩn NTM đến thời hạn",
        "rate",
        False,
        """
        WITH s AS (SELECT * FROM {scoped:commune_ntm}),
        latest AS (SELECT * FROM s QUALIFY year = max(year) OVER (PARTITION BY goal_id)),
        years AS (
            SELECT DISTINCT goal_id, y FROM (
                SELECT goal_id, year AS y, dyear FROM s
                UNION SELECT goal_id, recognized_year, dyear FROM latest)
            WHERE y IS NOT NULL AND y <= dyear)
        SELECT years.goal_id, y,
               100.0 * count(*) FILTER (WHERE l.recognized_year <= y) / count(*),
               list(DISTINCT l.batch_id)
        FROM years JOIN latest l USING (goal_id) GROUP BY ALL""",
        (
            "Số xã được công nhận đạt chuẩn NTM đến từng năm (theo năm công nhận trong số "
            "liệu mới nhất) chia cho số xã có số liệu.",
            "Communes recognised as NTM by each year (recognition year in the newest data) "
            "over the communes assessed.",
        ),
    ),
    Measure(
        "ntm_level_count",
        "Số xã đạt mức chuẩn (đối số: NTM, NTM nâng cao, NTM kiểu mẫu)",
        "count",
        False,
        f"""
        SELECT goal_id, year, count(DISTINCT commune_code) FILTER (WHERE {NTM_RANK} >= (
                   CASE arg WHEN 'NTM' THEN 1 WHEN 'NTM nâng cao' THEN 2 ELSE 3 END)),
               list(DISTINCT batch_id)
        FROM {{scoped:commune_ntm}} WHERE year <= dyear GROUP BY ALL""",
        (
            "Số xã đạt mức '{arg}' trở lên trong số liệu từng năm.",
            "Communes at level '{arg}' or above in each year's data.",
        ),
    ),
    Measure(
        "indicator_mean",
        "Bình quân chỉ tiêu xã của năm gần nhất (đối số: tên chỉ tiêu)",
        "rate",
        False,
        """
        SELECT goal_id, year, avg(value), list(DISTINCT batch_id)
        FROM {scoped:commune_indicators}
        WHERE indicator = arg AND year <= dyear AND value IS NOT NULL GROUP BY ALL""",
        (
            "Bình quân '{arg}' của các xã có số liệu, từng năm.",
            "Mean of '{arg}' over the communes with data, year by year.",
        ),
    ),
    Measure(
        "indicator_share",
        "Tỷ lệ % xã đạt chỉ tiêu có/không (đối số: tên chỉ tiêu)",
        "rate",
        False,
        # A yes/no column stores only its marks: the communes that reported anything
        # that year are the denominator, in the years the indicator was reported at all.
        """
        SELECT goal_id, year,
               100.0 * count(DISTINCT commune_code) FILTER (WHERE indicator = arg AND value > 0)
                     / count(DISTINCT commune_code),
               list(DISTINCT batch_id) FILTER (WHERE indicator = arg)
        FROM {scoped:commune_indicators}
        WHERE year <= dyear GROUP BY ALL
        HAVING count(*) FILTER (WHERE indicator = arg) > 0""",
        (
            "Tỷ lệ xã đạt '{arg}' trong số xã có báo cáo năm đó.",
            "Share of communes with '{arg}' among those that reported that year.",
        ),
    ),
    Measure(
        "officer_count",
        "Số người được bố trí theo chương trình (đối số: chương trình)",
        "count",
        True,
        """
        WITH y AS (
            SELECT goal_id, year(start_date) AS year, count(*) AS v,
                   list(DISTINCT batch_id) AS b
            FROM {scoped:officers}
            WHERE program = arg AND year(start_date) <= dyear GROUP BY ALL)
        SELECT goal_id, year, sum(v) OVER (PARTITION BY goal_id ORDER BY year), b FROM y""",
        (
            "Cộng dồn số người thuộc '{arg}' theo năm bắt đầu công tác.",
            "People in '{arg}', added up by the year they started.",
        ),
    ),
    Measure(
        "officer_communes",
        "Số xã có người của chương trình giữ chức vụ (đối số: chương trình|chức vụ)",
        "count",
        True,
        """
        WITH c AS (
            SELECT goal_id, commune_code, min(year(start_date)) AS year,
                   list(DISTINCT batch_id) AS b
            FROM {scoped:officers}
            WHERE program = split_part(arg, '|', 1) AND position = split_part(arg, '|', 2)
              AND start_date <= deadline
            GROUP BY ALL),
        y AS (SELECT goal_id, year, count(*) AS v, list_distinct(flatten(list(b))) AS b
              FROM c GROUP BY ALL)
        SELECT goal_id, year, sum(v) OVER (PARTITION BY goal_id ORDER BY year), b FROM y""",
        (
            "Số xã có người thuộc chương trình giữ chức vụ ({arg}), cộng dồn theo năm.",
            "Communes with someone from the programme in the post ({arg}), year by year.",
        ),
    ),
    Measure(
        "officer_placed_share",
        "Tỷ lệ % người của chương trình đã được bố trí sau dự án (đối số: chương trình)",
        "rate",
        False,
        """
        WITH y AS (
            SELECT goal_id, year(end_date) AS year, count(placement_after) AS placed,
                   count(*) AS n, list(DISTINCT batch_id) AS b
            FROM {scoped:officers}
            WHERE program = arg AND end_date IS NOT NULL AND end_date <= deadline
            GROUP BY ALL)
        SELECT goal_id, year, 100.0 * sum(placed) OVER w / sum(n) OVER w, b
        FROM y WINDOW w AS (PARTITION BY goal_id ORDER BY year)""",
        (
            "Tỷ lệ người thuộc '{arg}' đã kết thúc và được bố trí công tác.",
            "Share of people in '{arg}' who finished and were given a post.",
        ),
    ),
)
MEASURES: dict[str, Measure] = {m.key: m for m in MEASURES_LIST}


def parse(measure: str) -> tuple[str, str]:
    """'training_achieved:chuyên môn' -> ('training_achieved', 'chuyên môn')."""
    key, _, arg = measure.partition(":")
    return key.strip(), arg.strip()
