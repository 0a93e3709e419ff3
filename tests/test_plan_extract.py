"""Reading a plan's goals and duties: the pattern table, the five seed plans (the goals
and duties shared/PRODUCT.md and the README's demo section name), and the corpus of plan
texts written for this (bench/plan_corpus.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from etl.plan import extract
from etl.plan import patterns as P
from etl.plan.model import COMPARISONS, FREQUENCIES, SCOPE_LEVELS, PlanText

SEEDS = Path(__file__).resolve().parents[1] / "etl" / "plan" / "seeds"


def propose(name: str, programmes: list[str] | None = None):
    text = (SEEDS / name).read_text(encoding="utf-8")
    return extract.propose(PlanText(name, "txt", text), programmes)


def only(items, **want):
    """The one proposal whose fields are as ``want`` (``quote`` as a substring)."""
    found = [
        x
        for x in items
        if all(
            (v in getattr(x, k)) if k in ("quote", "name") else getattr(x, k) == v
            for k, v in want.items()
        )
    ]
    assert len(found) == 1, (want, [(x.name if hasattr(x, "name") else x.quote) for x in items])
    return found[0]


# -- the table of patterns ---------------------------------------------------------------------


@pytest.mark.parametrize("rule", P.PATTERNS, ids=lambda r: f"{r.group}:{r.example[:30]}")
def test_every_rule_matches_its_example(rule):
    text = rule.example
    hay = P.lower(text) if rule.tones else P.fold(text)
    if rule.group == "measure":  # tried on the words after the value, as the reader does
        hay = P.after_value(hay)
    assert rule.regex.search(hay), f"{rule.pattern!r} does not match its example {text!r}"


def test_fold_keeps_offsets():
    text = "Phấn đấu HẰNG NĂM có trên 90% gia đình văn hoá; Đến năm 2015 — xong."
    folded = P.fold(text)
    assert len(folded) == len(text)
    assert folded.index("hang nam") == text.index("HẰNG NĂM")
    assert P.compiled("văn hóa").search(folded)  # old and new tone placement alike


def test_rule_groups_and_values_are_known():
    assert {r.means for r in P.rules("comparison")} <= set(COMPARISONS)
    assert {r.means for r in P.rules("scope")} <= set(SCOPE_LEVELS)
    assert {r.means for r in P.rules("recurring")} <= set(FREQUENCIES)
    from etl.spec.kinds import REPORT_KINDS
    from etl.spec.measures import MEASURES

    assert {r.means for r in P.rules("report_kind")} <= set(REPORT_KINDS)
    assert {r.means.partition(":")[0] for r in P.rules("measure")} <= set(MEASURES)


# -- the seeds ------------------------------------------------------------------------------------


def test_phu_yen_goals():
    p = propose("phu_yen_2011_he_thong_chinh_tri_co_so.txt")
    end = dt.date(2015, 12, 31)
    assert p.document.province.name == "Phú Yên" and p.document.province.code == "54"
    g = only(p.goals, value=431)
    assert (g.comparison, g.unit, g.deadline, g.recurring) == (">=", "người", end, False)
    assert g.measure == "training_achieved:chuyên môn nghiệp vụ" and g.scope.level == "province"
    assert "431 cán bộ" in g.quote and p.plan.text[g.start : g.end] == g.quote
    g = only(p.goals, value=907)
    assert (g.measure, g.deadline) == ("training_achieved:lý luận chính trị", end)
    g = only(p.goals, value=25, unit="%")
    assert (g.measure, g.deadline, g.comparison) == ("ntm_share", end, ">=")
    assert "nông thôn mới" in g.quote
    g = only(p.goals, value=90)  # "trên 90% gia đình văn hóa hằng năm"
    assert (g.comparison, g.deadline, g.recurring) == (">", None, True)
    assert g.measure == "indicator_mean:tỷ lệ gia đình văn hóa"
    g = only(p.goals, value=80)
    assert (g.comparison, g.recurring, g.measure) == (
        ">",
        True,
        "indicator_mean:tỷ lệ thôn văn hóa",
    )
    g = only(p.goals, value=30, unit="%")
    assert (g.comparison, g.deadline, g.recurring) == (">", end, False)
    assert g.measure == "indicator_share:xã văn hóa"
    g = only(p.goals, value=230)
    assert (g.deadline, g.unit, g.measure) == (dt.date(2012, 12, 31), "người", "officer_count")
    g = only(p.goals, value=2, value_max=3)
    assert (g.comparison, g.deadline, g.scope.level) == (
        "range",
        dt.date(2012, 6, 30),
        "each_district",
    )
    assert g.unit == "xã" and g.measure == "officer_communes"
    # said twice (goals, then tasks): proposed once
    assert sum(1 for g in p.goals if g.value == 90) == 1


def test_phu_yen_programme_names_the_officer_measures():
    programme = "Thu hút trí thức trẻ (NQ 153/2010/NQ-HĐND)"
    p = propose(
        "phu_yen_2011_he_thong_chinh_tri_co_so.txt", [programme, "Dự án 600 Phó Chủ tịch xã"]
    )
    assert only(p.goals, value=230).measure == f"officer_count:{programme}"
    assert only(p.goals, value=2, value_max=3).measure == (
        f"officer_communes:{programme}|Phó Chủ tịch UBND xã"
    )


def test_numbers_that_are_not_goals():
    p = propose("phu_yen_2011_he_thong_chinh_tri_co_so.txt")
    values = {g.value for g in p.goals}
    assert 46 not in values  # "có độ tuổi từ 46 tuổi trở lên"
    assert not any(g.value == 25 and g.value_max == 30 for g in p.goals)  # "25 đến 30% so với"
    assert not any(g.value in (3, 92, 153, 173, 34, 2010) for g in p.goals)  # "03 huyện", refs
    th = propose("thanh_hoa_2017_tong_ket_du_an_600.txt")
    assert {g.value for g in th.goals} == {100}  # not "07 huyện", "200 người", "600", "01 đội viên"
    assert propose("thanh_hoa_2018_207_kh_ubnd.txt").goals == []
    assert propose("cao_bang_2014_70_kh_tdtn.txt").goals == []  # "600 trí thức" is the project


def test_thanh_hoa_600():
    p = propose("thanh_hoa_2017_tong_ket_du_an_600.txt")
    g = only(p.goals, value=100)
    assert (g.comparison, g.unit, g.measure) == (
        ">=",
        "%",
        "officer_placed_share",
    )  # "hết số": all of them
    assert "bố trí, sử dụng hết số đội viên" in g.quote
    assert g.deadline == dt.date(2017, 12, 31)  # the year the plan's dates speak of
    assert p.document.province.name == "Thanh Hóa" and p.document.issuer == "UBND tỉnh Thanh Hóa"
    d = only(p.duties, due=dt.date(2017, 6, 15))
    assert (d.frequency, d.recurring, d.recipient) == ("once", False, "Sở Nội vụ")
    assert d.reporter == ["UBND các huyện thuộc phạm vi Dự án"]
    assert d.report_kind == "officers"


def test_thanh_hoa_207():
    p = propose("thanh_hoa_2018_207_kh_ubnd.txt")
    doc = p.document
    assert (doc.number, doc.date, doc.issuer) == (
        "207/KH-UBND",
        dt.date(2018, 12, 17),
        "UBND tỉnh Thanh Hóa",
    )
    assert (doc.province.name, doc.province.code) == ("Thanh Hóa", "38")
    d = only(p.duties, due="11-20")
    assert (d.frequency, d.recurring) == ("yearly", True)
    assert d.recipient == "UBND tỉnh (qua Sở Nội vụ)"
    assert d.reporter == ["các sở, ban, ngành cấp tỉnh", "UBND các huyện, thị xã, thành phố"]
    d = only(p.duties, due="11-30")
    assert d.reporter == ["Sở Nội vụ"] and d.recipient == "UBND tỉnh"
    d = only(p.duties, due=dt.date(2019, 12, 31))  # "báo cáo UBND tỉnh trong quý IV năm 2019"
    assert d.reporter == ["Sở Khoa học và Công nghệ"]
    # two things due by 30/12/2018: the departments' and districts' own plans, and the
    # a) item's "hoàn thành trước 30/12/2018, báo cáo UBND tỉnh (qua Sở Nội vụ)"
    dated = [d for d in p.duties if d.due == dt.date(2018, 12, 30)]
    assert len(dated) == 2 and {d.frequency for d in dated} == {"once"}
    assert any(d.quote.startswith("a) ") for d in dated)


def test_cao_bang_list_of_reports_under_a_lead_in():
    p = propose("cao_bang_2014_70_kh_tdtn.txt")
    doc = p.document
    assert (doc.number, doc.date) == ("70-KH/TĐTN-TCKT", dt.date(2014, 3, 31))
    assert doc.province.name == "Cao Bằng" and "Cao Bằng" in doc.issuer
    plan_ = only(p.duties, due=dt.date(2014, 4, 30))
    result = only(p.duties, due=dt.date(2014, 11, 30))
    for d in (plan_, result):
        assert d.frequency == "once" and d.reporter == ["Các huyện đoàn"]
        assert d.recipient.startswith("Ban Thường vụ Tỉnh Đoàn")
    assert (plan_.report_name, plan_.report_kind) == ("Kế hoạch triển khai", "other")
    assert (result.report_name, result.report_kind) == ("Báo cáo kết quả thực hiện", "officers")


def test_phu_yen_and_tra_vinh_duties():
    d = only(propose("phu_yen_2011_he_thong_chinh_tri_co_so.txt").duties)
    assert (d.frequency, d.due, d.recipient) == ("yearly", "12-05", "UBND tỉnh (qua Sở Nội vụ)")
    assert d.reporter == ["Các sở, ban, ngành liên quan", "UBND các huyện, thị xã, thành phố"]
    tv = propose("tra_vinh_2023_29_kh_vp.txt")
    assert (tv.document.number, tv.document.date) == ("29/KH-VP", dt.date(2023, 5, 10))
    assert tv.document.province.name == "Trà Vinh"
    assert tv.goals == []


def test_offsets_point_at_the_quote():
    for name in sorted(p.name for p in SEEDS.glob("*.txt")):
        p = propose(name)
        for item in [*p.goals, *p.duties]:
            assert p.plan.text[item.start : item.end] == item.quote
            assert item.quote.strip() and item.end > item.start


def test_json_has_the_contract_fields():
    data = propose("phu_yen_2011_he_thong_chinh_tri_co_so.txt").to_json()
    assert set(data["document"]) >= {"number", "date", "issuer", "province"}
    assert set(data["document"]["province"]) == {"name", "code"}
    goal = next(g for g in data["goals"] if g["value"] == 2)
    assert {k: goal[k] for k in ("value", "value_max", "comparison", "deadline", "recurring")} == {
        "value": 2,
        "value_max": 3,
        "comparison": "range",
        "deadline": "2012-06-30",
        "recurring": False,
    }
    assert goal["scope"] == {"level": "each_district", "name": None, "code": None}
    yearly = next(g for g in data["goals"] if g["value"] == 90)
    assert yearly["deadline"] is None and yearly["recurring"] is True
    duty = data["duties"][0]
    assert set(duty) >= {
        "quote",
        "due",
        "frequency",
        "recurring",
        "recipient",
        "reporter",
        "report_kind",
    }
    assert (
        duty["due"] == "12-05" and duty["recurring"] is True and isinstance(duty["reporter"], list)
    )


# -- the corpus of plan texts written for this (bench/plan_corpus.py) ---------------------------


@pytest.mark.parametrize("corpus", ["written", "blind"])
def test_corpus_recall_precision_and_fields(corpus):
    """Both corpora: the texts written with the reader, and the held-out texts written
    blind to it (bench/plan_corpus_blind_*.py), which it must read as well."""
    from bench import plan_score
    from bench.plan_corpus import check_corpus

    cases = plan_score.CASES if corpus == "written" else plan_score.BLIND
    check_corpus(cases)
    totals, scores = plan_score.score(cases)
    misses = {
        s.case.name: [e.quote_has for e in s.goals_missed] + [e.quote_has for e in s.duties_missed]
        for s in scores
        if s.goals_missed or s.duties_missed
    }
    assert len(cases) >= 10
    assert totals.goal_recall >= 0.95, misses
    assert totals.goal_precision >= 0.97, [g.quote for s in scores for g in s.goals_extra]
    assert totals.duty_recall >= 0.95, misses
    assert totals.duty_precision >= 0.97, [d.quote for s in scores for d in s.duties_extra]
    assert totals.goals_fields_right >= 0.85 * totals.goals_found
    assert totals.duties_fields_right >= 0.75 * totals.duties_found
    assert totals.documents_right == totals.documents, {
        s.case.name: s.document_wrong for s in scores if s.document_wrong
    }


def test_corpus_cases_that_must_be_read_whole():
    """Cases read exactly: every goal and duty found, with every field as expected."""
    from bench import plan_score

    scores = {s.case.name: s for s in plan_score.score()[1]}
    for name in ("lam_dong_2025_after_merger", "nghe_an_2024_unnumbered_draft"):
        s = scores[name]
        assert not s.goals_missed and not s.goals_extra, name
        assert not s.duties_missed and not s.duties_extra, name
    table = scores["nghe_an_2022_ntm_table"]  # a table of targets: one goal per target cell
    assert not table.goals_missed and not table.goals_extra
    assert all(not plan_score.goal_fields(e, g) for e, g in table.goals_found if "|" in g.quote)


# -- how things stand, whose plan it is, tables by unit, "trình" ----------------------------------

HEAD = """ỦY BAN NHÂN DÂN
{body_upper}
Số: 21/KH-UBND
{place}, ngày 10 tháng 3 năm 2021
KẾ HOẠCH
Giảm nghèo bền vững giai đoạn 2021-2025
Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ;
"""


def plan_text(body: str, body_upper: str = "TỈNH CÀ MAU", place: str = "Cà Mau") -> PlanText:
    return PlanText("k.txt", "txt", HEAD.format(body_upper=body_upper, place=place) + body)


def test_figures_of_today_are_not_goals():
    p = extract.propose(
        plan_text(
            "I. THỰC TRẠNG\n"
            "Toàn tỉnh có 101 xã với 2.268 cán bộ; cán bộ nữ chiếm 24,6%.\n"
            "II. MỤC TIÊU\n"
            "- Năm 2020 toàn tỉnh có 48 xã đạt chuẩn nông thôn mới; trong đó 04 xã nâng cao.\n"
            "- Hiện có 12 xã chưa có trụ sở kiên cố; phấn đấu 100% xã có trụ sở làm việc kiên cố.\n"
            "- Huyện Ngọc Hiển có ít nhất 01 xã đạt chuẩn nông thôn mới nâng cao.\n"
        )
    )
    values = sorted(g.value for g in p.goals)
    # the present (a "Thực trạng" section, "hiện có", a year before the plan) is not
    # promised; "Ngọc Hiển có" is not "hiện có" (tones decide)
    assert values == [1, 100], [(g.value, g.name) for g in p.goals]
    hien = only(p.goals, value=1)
    assert hien.scope.level == "district" and hien.scope.name == "Huyện Ngọc Hiển"
    assert hien.measure == "ntm_level_count:NTM nâng cao"


def test_a_district_plan_is_for_the_district():
    p = extract.propose(
        plan_text(
            "II. MỤC TIÊU\n"
            "- Tỷ lệ hộ nghèo toàn huyện giảm xuống còn 25%.\n"
            "- Mỗi xã có ít nhất 01 mô hình sinh kế.\n",
            body_upper="HUYỆN MƯỜNG NHÉ",
            place="Mường Nhé",
        )
    )
    assert p.document.issuer == "UBND huyện Mường Nhé"
    assert (p.document.province.name, p.document.province.code) == ("Điện Biên", "11")
    poor = only(p.goals, value=25)
    assert (poor.scope.level, poor.scope.name) == ("district", "Huyện Mường Nhé")
    assert (poor.comparison, poor.measure) == ("<=", "indicator_mean:tỷ lệ hộ nghèo")
    assert only(p.goals, value=1).scope.level == "each_commune"


def test_a_table_whose_rows_are_units_takes_its_target_from_the_line_above():
    p = extract.propose(
        plan_text(
            "II. MỤC TIÊU\n"
            "c) Tỷ lệ gia đình văn hóa của các huyện trọng điểm:\n"
            "STT | Huyện | Đơn vị tính | Thực hiện năm 2020 | Năm 2023 | Đến năm 2025\n"
            "1 | Huyện U Minh | % | 80,5 | 85 | 90\n"
            "2 | Huyện Ngọc Hiển | % | 70 | 75 | 82,5\n"
        )
    )
    table = [g for g in p.goals if " | " in g.quote]
    assert sorted(g.value for g in table) == [75, 82.5, 85, 90]  # not the 2020 column
    for g in table:
        assert g.scope.level == "district" and g.scope.name in g.quote
        assert g.measure == "indicator_mean:tỷ lệ gia đình văn hóa" and g.unit == "%"
        assert g.name.startswith("Tỷ lệ gia đình văn hóa")
    assert only(table, value=82.5).deadline == dt.date(2025, 12, 31)


def test_trinh_sends_to_a_body_and_trinh_do_sends_nothing():
    p = extract.propose(
        plan_text(
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Nội vụ xây dựng Đề án, trình UBND tỉnh trước ngày 31/10/2021.\n"
            "2. Bảo đảm 100% công chức có trình độ đại học trước ngày 30/6/2022.\n"
            "3. Các huyện báo cáo kết quả thực hiện các chỉ tiêu về Sở Nội vụ trước ngày 15 "
            "tháng cuối quý.\n"
        )
    )
    assert {(d.frequency, str(d.due)) for d in p.duties} == {
        ("once", "2021-10-31"),
        ("quarterly", "15"),
    }
    sent = only(p.duties, frequency="once")
    assert sent.recipient == "UBND tỉnh" and sent.reporter == ["Sở Nội vụ"]
    assert only(p.duties, frequency="quarterly").report_kind == "goals"


def test_100_percent_of_communes_before_a_count_is_every_commune():
    p = extract.propose(
        plan_text(
            "II. MỤC TIÊU\n"
            "- Đến năm 2023, 100% xã, phường, thị trấn bố trí không quá 14 người hoạt động "
            "không chuyên trách.\n"
            "- Đến năm 2023, 100% xã có trụ sở làm việc kiên cố.\n"
        )
    )
    assert sorted((g.value, g.comparison, g.scope.level) for g in p.goals) == [
        (14, "<=", "each_commune"),  # every commune: at most 14 (the 100% is no goal)
        (100, ">=", "province"),  # a share of communes to reach
    ]
