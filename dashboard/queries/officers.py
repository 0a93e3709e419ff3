"""Cán bộ: who holds which post where, what they are like, and how long they stay.

Every figure counts officer assignments active in the chosen period (started by its last
year, not ended before its first) and weighs each by ``w`` (see :mod:`scope`).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.queries.scope import Scope, facts, run, unit_predicate, year_bounds
from dashboard.shares import Share
from etl import config
from etl.text import display_name

AGE_BANDS = ("Dưới 30", "30–39", "40–49", "50 trở lên")
ROSTER_LIMIT = 2000  # rows shown; the search narrows it down


def _base(scope: Scope) -> tuple[str, dict]:
    """The officers in scope, as a CTE body."""
    where, params = unit_predicate(scope)
    y0, y1 = year_bounds(scope)
    program = "AND f.program = $program" if scope.program else ""
    if scope.program:
        params["program"] = scope.program
    params.update(y0=y0, y1=y1)
    params["ref_year"] = min(y1, config.today().year)  # ages are counted at this year's end
    sql = f"""
        SELECT * FROM {facts("officers", scope)} f
        WHERE {where} {program}
          AND (f.start_date IS NULL OR year(f.start_date) <= $y1)
          AND (f.end_date IS NULL OR year(f.end_date) >= $y0)"""
    return sql, params


def child_level(scope: Scope) -> str:
    """The level one step down from the chosen unit, as displayed."""
    level = scope.unit.level if scope.unit.code else None
    if level is None:
        return "province"
    if level == "province":
        return "commune" if scope.new_units or scope.unit.era == "2025" else "district"
    return "commune"


def by_unit(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Assignments per unit one level down, by status: the drill-down table."""
    base, params = _base(scope)
    level = child_level(scope)
    return run(
        con,
        f"""
        WITH o AS ({base})
        SELECT {level}_code AS code, {level}_name AS name, '{level}' AS level,
               coalesce(sum(w) FILTER (WHERE end_date IS NULL OR year(end_date) > $y1), 0)
                   AS serving,
               sum(w) AS total,
               coalesce(sum(w) FILTER (WHERE gender = 'Nữ'), 0) AS women,
               count(DISTINCT commune_code) AS communes
        FROM o WHERE {level}_code IS NOT NULL
        GROUP BY ALL ORDER BY total DESC, name
        """,
        params,
    ).df()


PROFILE_DIMENSIONS = (
    "gender",
    "age_band",
    "ethnicity",
    "education",
    "political_theory",
    "party_member",
    "post",
    "placement",
)
NOT_GIVEN = "(không ghi)"


def profile(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Officers counted along every attribute the page shows, in one pass over the rows
    (GROUPING SETS): columns dimension, value, program, position, status, officers.

    One scan instead of one query per chart keeps the page fast on a country's roster.
    """
    base, params = _base(scope)
    frame = run(
        con,
        f"""
        WITH o AS ({base})
        SELECT gender, age_band, ethnicity, education, political_theory, party_member,
               program, position, status, placement,
               grouping(gender) AS g_gender, grouping(age_band) AS g_age_band,
               grouping(ethnicity) AS g_ethnicity, grouping(education) AS g_education,
               grouping(political_theory) AS g_political_theory,
               grouping(party_member) AS g_party_member, grouping(program) AS g_post,
               grouping(placement) AS g_placement, sum(w) AS officers
        FROM (
            SELECT *,
                   CASE WHEN birth_year IS NULL THEN NULL
                        WHEN $ref_year - birth_year < 30 THEN '{AGE_BANDS[0]}'
                        WHEN $ref_year - birth_year < 40 THEN '{AGE_BANDS[1]}'
                        WHEN $ref_year - birth_year < 50 THEN '{AGE_BANDS[2]}'
                        ELSE '{AGE_BANDS[3]}' END AS age_band,
                   CASE WHEN end_date IS NOT NULL OR placement_after IS NOT NULL
                        THEN coalesce(placement_after, 'Chưa bố trí / chưa ghi') END
                       AS placement
            FROM o)
        GROUP BY GROUPING SETS ((gender), (age_band), (ethnicity), (education),
                                (political_theory), (party_member),
                                (program, position, status), (placement))
        """,
        params,
    ).df()
    rows = []
    for dim in PROFILE_DIMENSIONS:
        part = frame[frame[f"g_{dim}"] == 0]
        if dim == "post":
            for r in part.itertuples():
                rows.append(
                    (
                        "post",
                        None,
                        r.program or NOT_GIVEN,
                        r.position or NOT_GIVEN,
                        r.status or NOT_GIVEN,
                        float(r.officers),
                    )
                )
            continue
        for value, officers in zip(part[dim], part.officers, strict=True):
            if dim == "placement" and pd.isna(value):
                continue  # still serving: not part of the placement picture
            rows.append((dim, value, None, None, None, float(officers)))
    out = pd.DataFrame(
        rows, columns=["dimension", "value", "program", "position", "status", "officers"]
    )
    return out.sort_values(["dimension", "officers"], ascending=[True, False], kind="stable")


def breakdown_of(prof: pd.DataFrame, column: str) -> pd.DataFrame:
    """One attribute's counts from :func:`profile`, missing values named as such, with
    each value's share of the officers whose attribute is known: columns value, officers,
    share (percent of the known; NaN for the not-given row and when nothing is known),
    known and total (the same on every row: the share's denominator and everyone)."""
    part = prof[prof.dimension == column]
    given = [not pd.isna(v) for v in part.value]
    values = [NOT_GIVEN if pd.isna(v) else v for v in part.value]
    counts = part.officers.to_numpy()
    known = float(sum(o for o, g in zip(counts, given, strict=True) if g))
    total = float(counts.sum()) if len(counts) else 0.0
    frame = (
        pd.DataFrame({"value": values, "officers": counts, "given": given})
        .groupby(["value", "given"], as_index=False, sort=False)
        .officers.sum()
        .sort_values(["officers", "value"], ascending=[False, True], kind="stable")
        .reset_index(drop=True)
    )
    frame["share"] = [
        100 * o / known if g and known else float("nan")
        for o, g in zip(frame.officers, frame.given, strict=True)
    ]
    frame["known"], frame["total"] = known, total
    return frame.drop(columns="given")[["value", "officers", "share", "known", "total"]]


def posts_of(prof: pd.DataFrame) -> pd.DataFrame:
    part = prof[prof.dimension == "post"]
    return (
        part[["program", "position", "status", "officers"]]
        .sort_values(
            ["officers", "program", "position", "status"], ascending=[False, True, True, True]
        )
        .reset_index(drop=True)
    )


UNIVERSITY = ("Đại học", "Thạc sĩ", "Tiến sĩ")
THEORY_MID = ("Trung cấp", "Cao cấp", "Cử nhân")
# The ratios cadre plans track: (attribute, what counts as a hit among the known values)
RATIOS = {
    "women": ("gender", lambda v: v == "Nữ"),
    "minority": ("ethnicity", lambda v: v != "Kinh"),
    "university": ("education", lambda v: v in UNIVERSITY),
    "theory_mid": ("political_theory", lambda v: v in THEORY_MID),
    "party": ("party_member", lambda v: bool(v)),
}


def composition_of(prof: pd.DataFrame) -> dict[str, float | Share]:
    """The ratios cadre plans track, each over the officers whose attribute is known:
    ``officers`` is everyone in scope (weighted, exact); every other key is a
    :class:`~dashboard.shares.Share` (hit, known, total) whose ``pct`` is None when no
    value is known."""
    gender = prof[prof.dimension == "gender"]
    total = float(gender.officers.sum()) if not gender.empty else 0.0
    out: dict[str, float | Share] = {"officers": total}
    for key, (column, good) in RATIOS.items():
        part = prof[prof.dimension == column]
        pairs = [
            (v, float(o)) for v, o in zip(part.value, part.officers, strict=True) if not pd.isna(v)
        ]
        out[key] = Share.of(
            sum(o for v, o in pairs if good(v)), sum(o for _, o in pairs), total, "people"
        )
    return out


def by_program_position(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    return posts_of(profile(con, scope))


def composition(con: duckdb.DuckDBPyConnection, scope: Scope) -> dict[str, float | Share]:
    return composition_of(profile(con, scope))


def breakdown(con: duckdb.DuckDBPyConnection, scope: Scope, column: str) -> pd.DataFrame:
    """Officers by one attribute: gender, ethnicity, education, political theory, age band."""
    if column not in PROFILE_DIMENSIONS or column == "post":
        raise ValueError(column)
    return breakdown_of(profile(con, scope), column)


def tenure_timeline(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Per year: officers serving at the end of the year, started and ended that year.

    Serving is what started up to the year less what ended by then: two small grouped
    counts and a running sum, rather than testing every officer against every year."""
    base, params = _base(scope)
    return run(
        con,
        f"""
        WITH o AS (SELECT * FROM ({base}) WHERE start_date IS NOT NULL),
        s AS (SELECT year(start_date) AS year, sum(w) AS n FROM o GROUP BY 1),
        e AS (SELECT year(end_date) AS year, sum(w) AS n FROM o
              WHERE end_date IS NOT NULL GROUP BY 1),
        span AS (SELECT min(year) AS lo, max(year) AS hi
                 FROM (SELECT year FROM s UNION ALL SELECT year FROM e)),
        years AS (SELECT unnest(range(lo, hi + 1)) AS year FROM span),
        t AS (
            SELECT y.year, coalesce(s.n, 0) AS started, coalesce(e.n, 0) AS ended,
                   sum(coalesce(s.n, 0) - coalesce(e.n, 0)) OVER (ORDER BY y.year)
                       AS serving
            FROM years y LEFT JOIN s USING (year) LEFT JOIN e USING (year))
        SELECT year, serving, started, ended FROM t
        WHERE year BETWEEN $y0 AND $y1 ORDER BY year
        """,
        params,
    ).df()


def placement(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """Where officers went after their term or project ended."""
    b = breakdown_of(profile(con, scope), "placement")
    return b.rename(columns={"value": "placement"})


def roster(con: duckdb.DuckDBPyConnection, scope: Scope, search: str = "") -> pd.DataFrame:
    """The officers themselves, newest first; ``search`` matches name, commune or post
    without regard to case or tone marks."""
    base, params = _base(scope)
    match = ""
    if search.strip():
        # the same folding as etl.text.fold_words: no case, no tone marks, đ → d, and
        # anything but letters and digits as one space
        match = (
            "AND regexp_replace(strip_accents(replace(lower(full_name || ' ' || "
            "commune_name || ' ' || coalesce(position, '')), 'đ', 'd')), '[^0-9a-z]+', ' ', "
            "'g') LIKE $q"
        )
        params["q"] = "%" + _fold(search) + "%"
    # under today's units a person counted in several successor communes is listed once
    once = (
        "QUALIFY row_number() OVER (PARTITION BY batch_id, source_row ORDER BY w DESC) = 1"
        if scope.new_units
        else ""
    )
    frame = run(
        con,
        f"""
        WITH o AS ({base})
        SELECT full_name, gender, birth_year, ethnicity, position, program, commune_name,
               district_name, province_name, start_date, end_date, status, education,
               political_theory, placement_after, batch_id
        FROM o WHERE TRUE {match}
        {once}
        ORDER BY start_date DESC NULLS LAST, province_name, district_name, commune_name,
                 full_name
        LIMIT {ROSTER_LIMIT}
        """,
        params,
    ).df()
    frame["full_name"] = frame["full_name"].map(display_name)  # capitals in title case
    return frame


def batch_ids(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[int]:
    base, params = _base(scope)
    return [
        r[0]
        for r in run(
            con, f"WITH o AS ({base}) SELECT DISTINCT batch_id FROM o ORDER BY 1", params
        ).fetchall()
    ]


def _fold(text: str) -> str:
    from etl.text import fold_words

    return " ".join(fold_words(text).split())
