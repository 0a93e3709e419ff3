"""The demo province: spreadsheets built from the seed plans, loaded through ``load``.

The story follows the five plans in ``shared/seeds``:

* Thanh Hóa's seven Project-600 districts (Thường Xuân, Như Xuân, Lang Chánh, Bá Thước,
  Quan Sơn, Quan Hóa, Mường Lát): the members, their end of project on 30/6/2017 and
  where they were placed; district reports due to Sở Nội vụ before 15/6/2017; the yearly
  reports of KH 207/KH-UBND due before 20/11.
* Cao Bằng's five Project-600 districts (Bảo Lạc, Bảo Lâm, Hà Quảng, Thông Nông, Hạ Lang),
  with the 2014 youth-union plan's reporting dates. Thông Nông was merged into Hà Quảng in
  2020, so its communes appear under Hà Quảng, as in the reference data.
* Phú Yên's 2011-2015 plan: 431 cadres trained in professional skills and 907 in political
  theory, 25% of communes new-rural, cultural families/villages/communes, 230 young
  graduates by 2012 and 2-3 pilot communes per district with a young Vice-Chairman.
* Trà Vinh's two sponsored communes, Tân Sơn (Trà Cú) and Hòa Tân (Cầu Kè), through the
  2025 reform: their 2025 figures are reported in the new units (Vĩnh Long).
* A current plan, invented for the demo: Thanh Hóa's 2026-2030 plan in today's units (no
  districts): NTM under the 10-criteria set of 2026-2030, training, and new commune civil
  servants. Its figures run to November 2026 and are chosen so that, judged on
  30/11/2026 (``DEMO_TODAY``, what the tests set as TIENDO_TODAY), every status occurs:
  met, on track, behind, at risk, missed, too little data, and no data.

Figures are invented but seeded, so every build is identical. Each spreadsheet is written
with the analysts' own templates and loaded with ``etl.loader``, so the demo exercises the
real pipeline.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import shutil
from pathlib import Path

from etl import loader, store, templates
from etl.spec.criteria import criteria_count, criteria_set_for_year
from etl.store import migrations, snapshots
from etl.text import fold
from etl.units.reference import unit_rows

SEED = 2011
PROGRAM_600 = "Dự án 600 Phó Chủ tịch xã"
PROGRAM_PY = "Thu hút trí thức trẻ (NQ 153/2010/NQ-HĐND)"
PCT = "Phó Chủ tịch UBND xã"
DOC_TH_600 = "Kế hoạch tổng kết Dự án 600 Phó Chủ tịch xã (UBND tỉnh Thanh Hóa, 2017)"
DOC_TH_207 = "KH 207/KH-UBND ngày 17/12/2018 (UBND tỉnh Thanh Hóa)"
DOC_CB_70 = "KH 70-KH/TĐTN-TCKT ngày 31/3/2014 (Tỉnh Đoàn Cao Bằng)"
DOC_PY = "Kế hoạch thực hiện CTr 04-CTr/TU ngày 24/6/2011 (UBND tỉnh Phú Yên)"
DOC_TV = "KH 29/KH-VP ngày 10/5/2023 (Văn phòng UBND tỉnh Trà Vinh)"
DOC_TH_2026 = "KH 15/KH-UBND ngày 15/01/2026 (UBND tỉnh Thanh Hóa) — dữ liệu mẫu"
PROGRAM_TH_2026 = "Tuyển dụng công chức cấp xã sau sắp xếp (KH 15/KH-UBND)"
VHXH = "Công chức Văn hóa - Xã hội"
DEMO_TODAY = dt.date(2026, 11, 30)

TH_DISTRICTS = [
    "Thường Xuân",
    "Như Xuân",
    "Lang Chánh",
    "Bá Thước",
    "Quan Sơn",
    "Quan Hóa",
    "Mường Lát",
]
CB_DISTRICTS = ["Bảo Lạc", "Bảo Lâm", "Hà Quảng", "Hạ Lang"]  # Thông Nông is in Hà Quảng now
TV_COMMUNES = [("Trà Cú", "Tân Sơn"), ("Cầu Kè", "Hòa Tân")]

SURNAMES = [
    "Nguyễn",
    "Lê",
    "Trần",
    "Phạm",
    "Hoàng",
    "Hà",
    "Lò",
    "Vi",
    "Lương",
    "Bùi",
    "Cầm",
    "Nông",
    "Triệu",
    "Lục",
    "Đinh",
    "Phan",
    "Võ",
    "Huỳnh",
    "Ngô",
    "Đỗ",
]
MIDDLE = {
    "Nam": ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công"],
    "Nữ": ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh"],
}
GIVEN = {
    "Nam": [
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Hải",
        "Hùng",
        "Khánh",
        "Long",
        "Nam",
        "Phong",
        "Quân",
        "Sơn",
        "Thắng",
        "Trung",
        "Tuấn",
        "Việt",
    ],
    "Nữ": [
        "Anh",
        "Chi",
        "Dung",
        "Giang",
        "Hà",
        "Hạnh",
        "Hoa",
        "Hương",
        "Lan",
        "Linh",
        "Mai",
        "Nga",
        "Phương",
        "Thảo",
        "Trang",
        "Yến",
    ],
}
ETHNIC = {
    "Thanh Hóa": ["Kinh", "Thái", "Mường", "Thái", "Mường", "H'Mông"],
    "Cao Bằng": ["Tày", "Nùng", "Kinh", "Tày", "H'Mông", "Dao"],
    "Phú Yên": ["Kinh", "Kinh", "Kinh", "Ê Đê", "Chăm", "Ba Na"],
}
MAJORS = [
    "Luật",
    "Kinh tế nông nghiệp",
    "Quản lý đất đai",
    "Hành chính học",
    "Kế toán",
    "Nông học",
    "Công nghệ thông tin",
    "Xây dựng",
]
PLACEMENTS = [
    "Phó Chủ tịch UBND xã",
    "Chủ tịch UBND xã",
    "Phó Bí thư Đảng ủy xã",
    "Chuyên viên Phòng Nội vụ huyện",
    "Chuyên viên Phòng Nông nghiệp huyện",
    "Công chức Văn phòng - Thống kê xã",
    "Chuyên viên Văn phòng HĐND-UBND huyện",
]


class _Units:
    """Legacy units of a province from the reference data, by district."""

    def __init__(self) -> None:
        self.frame = unit_rows()

    def communes(
        self, province: str, district: str | None = None, rural: bool = True, era: str = "legacy"
    ) -> list[tuple[str, str]]:
        """(district short name, commune short name) pairs, in code order."""
        f = self.frame
        prov = f[(f.era == era) & (f.level == "province") & (f.name_key == fold(province))]
        code = prov.code.iloc[0]
        communes = f[(f.era == era) & (f.level == "commune") & (f.province_code == code)]
        if rural:
            communes = communes[communes.unit_type == "Xã"]
        districts = f[(f.era == era) & (f.level == "district")].set_index("code").short_name
        out = []
        for r in communes.sort_values("code").itertuples():
            dname = districts.get(r.district_code) if era == "legacy" else None
            if district is None or (dname and fold(dname) == fold(district)):
                out.append((dname, r.short_name))
        return out

    @functools.cached_property
    def crosswalk(self):
        from etl.units.reference import crosswalk_rows

        return crosswalk_rows()

    def successor(self, old_code: str) -> tuple[str, str]:
        """(new province name, new commune short name) for a legacy commune code."""
        x = self.crosswalk
        row = x[(x.old_code == old_code) & x.is_default].iloc[0]
        f = self.frame
        new = f[(f.era == "2025") & (f.level == "commune") & (f.code == row.new_code)].iloc[0]
        prov = f[(f.era == "2025") & (f.level == "province") & (f.code == new.province_code)]
        return prov.short_name.iloc[0], new.short_name

    def code(self, province: str, district: str, commune: str) -> str:
        f = self.frame
        hit = f[(f.era == "legacy") & (f.level == "commune") & (f.name_key == fold(commune))]
        dist = f[(f.era == "legacy") & (f.level == "district") & (f.name_key == fold(district))]
        hit = hit[hit.district_code.isin(dist.code)]
        return hit.code.iloc[0]


def _person(rng: random.Random, province: str, born: tuple[int, int]) -> dict:
    gender = "Nữ" if rng.random() < 0.38 else "Nam"
    name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
    birth = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
    return dict(
        full_name=name,
        gender=gender,
        birth=birth,
        ethnicity=rng.choice(ETHNIC[province]),
        party_member=rng.random() < 0.7 or None,
        education=rng.choice(["Đại học"] * 5 + ["Thạc sĩ"]),
        major=rng.choice(MAJORS),
    )


def officers_600(
    rng: random.Random, units: _Units, province: str, district: str, as_of: dt.date, ended: bool
) -> list[dict]:
    communes = [c for _, c in units.communes(province, district)]
    count = min(len(communes), rng.randint(5, 9))
    rows = []
    for i, commune in enumerate(rng.sample(communes, count), start=1):
        person = _person(rng, province, (1984, 1989))
        start = dt.date(2012, rng.choice([2, 3, 4]), rng.randint(1, 28))
        placement = None
        status = "Đang công tác"
        if ended:
            status = "Đã kết thúc dự án"
            if rng.random() < 0.9:
                placement = rng.choice(PLACEMENTS)
                status = "Đã bố trí công tác"
        if province == "Thanh Hóa" and fold(district) == fold("Mường Lát") and i == 1:
            placement, status = "Chủ tịch UBND xã", "Đã bố trí công tác"
        rows.append(
            dict(
                stt=i,
                **person,
                political_theory=rng.choice(["Sơ cấp", "Trung cấp", "Trung cấp"]),
                state_management=rng.choice(["Chuyên viên", None]),
                position=PCT,
                program=PROGRAM_600,
                province=province,
                district=district,
                commune=commune,
                start_date=start,
                end_date=dt.date(2017, 6, 30) if ended else None,
                status=status,
                placement_after=placement,
                annual_rating=rng.choice(
                    ["Hoàn thành tốt nhiệm vụ"] * 3 + ["Hoàn thành xuất sắc nhiệm vụ"]
                ),
            )
        )
    return rows


def officers_phu_yen(rng: random.Random, units: _Units) -> list[dict]:
    """214 young graduates recruited 2010-2012 (goal: 230), and the Vice-Chairman pilots."""
    communes = units.communes("Phú Yên", rural=False)
    by_district: dict[str, list[str]] = {}
    for d, c in communes:
        by_district.setdefault(d, []).append(c)
    rows = []
    posts = [
        "Công chức Văn phòng - Thống kê",
        "Công chức Địa chính - Xây dựng",
        "Công chức Tài chính - Kế toán",
        "Công chức Tư pháp - Hộ tịch",
        "Công chức Văn hóa - Xã hội",
    ]
    pilots_per_district = [2, 3, 2, 1, 2, 2, 1, 2, 2]
    for (district, names), pilots in zip(
        sorted(by_district.items()), pilots_per_district, strict=True
    ):
        for j, commune in enumerate(rng.sample(names, pilots)):
            person = _person(rng, "Phú Yên", (1985, 1989))
            rows.append(
                dict(
                    **person,
                    position=PCT,
                    program=PROGRAM_PY,
                    province="Phú Yên",
                    district=district,
                    commune=commune,
                    start_date=dt.date(2012, rng.choice([3, 4, 5, 6]), 10 + j),
                    status="Đang công tác",
                )
            )
    while len(rows) < 214:
        district = rng.choice(sorted(by_district))
        commune = rng.choice(by_district[district])
        person = _person(rng, "Phú Yên", (1984, 1990))
        year = rng.choice([2010, 2011, 2011, 2012, 2012])
        rows.append(
            dict(
                **person,
                position=rng.choice(posts),
                program=PROGRAM_PY,
                province="Phú Yên",
                district=district,
                commune=commune,
                start_date=dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                status="Đang công tác",
            )
        )
    return _numbered(rows)


def ntm_rows(
    rng: random.Random,
    province: str,
    communes: list[tuple[str, str]],
    years: range,
    recognized_early: float,
    pace: float,
) -> list[dict]:
    """A plausible path per commune: criteria met grow yearly, recognition at full marks."""
    rows = []
    for district, commune in communes:
        met = rng.randint(4, 13)
        recognized = None
        level = None
        if rng.random() < recognized_early:
            recognized, level, met = rng.choice([2013, 2014, 2015]), "NTM", 19
        for year in years:
            cset = criteria_set_for_year(year)
            count = criteria_count(cset)
            if year == 2021 and level is None:
                met = max(3, met - rng.randint(1, 3))  # the 2021-2025 set is stricter
            elif level is None and rng.random() < pace:
                met = min(count, met + rng.randint(1, 3))
            if level is None and met >= count:
                level, recognized = "NTM", year
            if (
                level == "NTM"
                and year >= 2022
                and recognized
                and recognized <= year - 3
                and (rng.random() < 0.12)
            ):
                level = "NTM nâng cao"
            marks = (
                set(range(1, count + 1))
                if level
                else set(rng.sample(range(1, count + 1), min(met, count)))
            )
            row = dict(
                province=province,
                district=district,
                commune=commune,
                year=year,
                criteria_set=cset,
                criteria_met=len(marks),
                ntm_level=level,
                recognized_year=recognized if level else None,
            )
            row.update({f"tc{n}": "x" for n in marks})
            rows.append(row)
    return _numbered(rows)


def indicator_rows(rng: random.Random, communes: list[tuple[str, str]]) -> list[dict]:
    rows = []
    for district, commune in communes:
        fam, vil, poor = rng.uniform(78, 92), rng.uniform(58, 80), rng.uniform(8, 30)
        cultural = False
        for year in range(2011, 2016):
            fam = min(99.0, fam + rng.uniform(0, 2.2))
            vil = min(98.0, vil + rng.uniform(0, 4.5))
            poor = max(1.0, poor - rng.uniform(0.5, 3.5))
            cultural = cultural or rng.random() < 0.06
            rows.append(
                dict(
                    province="Phú Yên",
                    district=district,
                    commune=commune,
                    year=year,
                    cultural_families=round(fam, 1),
                    cultural_villages=round(vil, 1),
                    cultural_commune="x" if cultural else None,
                    poor_households=round(poor, 1),
                    solid_office="x" if rng.random() < 0.5 + 0.08 * (year - 2011) else None,
                )
            )
    return rows


def training(rng: random.Random, units: _Units) -> dict[str, list[dict]]:
    targets = [
        dict(province="Phú Yên", category="chuyên môn nghiệp vụ", level="trung cấp", target=300),
        dict(province="Phú Yên", category="chuyên môn nghiệp vụ", level="đại học", target=131),
        dict(province="Phú Yên", category="lý luận chính trị", level="sơ cấp", target=400),
        dict(province="Phú Yên", category="lý luận chính trị", level="trung cấp", target=507),
    ]
    for t in targets:
        t.update(period_start=2011, period_end=2015)
    districts = sorted({d for d, _ in units.communes("Phú Yên", rural=False)})
    # per district, per year: shares of the province target, a little short on skills
    plan = {
        ("chuyên môn nghiệp vụ", "trung cấp"): 282,
        ("chuyên môn nghiệp vụ", "đại học"): 118,
        ("lý luận chính trị", "sơ cấp"): 410,
        ("lý luận chính trị", "trung cấp"): 522,
        ("quản lý nhà nước", "chuyên viên"): 160,
    }
    results = []
    for (category, level), total in plan.items():
        weights = [rng.uniform(0.6, 1.4) for _ in districts]
        for district, w in zip(districts, weights, strict=True):
            share = total * w / sum(weights)
            year_w = [rng.uniform(0.7, 1.3) for _ in range(5)]
            for year, yw in zip(range(2011, 2016), year_w, strict=True):
                results.append(
                    dict(
                        province="Phú Yên",
                        district=district,
                        category=category,
                        level=level,
                        year=year,
                        achieved=round(share * yw / sum(year_w)),
                    )
                )
    return {"targets": _numbered(targets), "results": _numbered(results)}


PLAN_PY = (
    Path(__file__).resolve().parent / "plan" / "seeds" / "phu_yen_2011_he_thong_chinh_tri_co_so.txt"
)
PLAN_PY_FILE = "ke_hoach_phu_yen_2011_2015.docx"
# The analyst's confirmation of the Phú Yên plan's proposals (see plan_phu_yen): the id
# each goal is kept under, by its measure, and the proposals without a measure dropped.
PY_GOAL_IDS = {
    "training_achieved:chuyên môn nghiệp vụ": "PY-CMNV",
    "training_achieved:lý luận chính trị": "PY-LLCT",
    "ntm_share": "PY-NTM",
    "indicator_mean:tỷ lệ gia đình văn hóa": "PY-GDVH",
    "indicator_mean:tỷ lệ thôn văn hóa": "PY-THONVH",
    "indicator_share:xã văn hóa": "PY-XAVH",
    f"officer_count:{PROGRAM_PY}": "PY-TTT",
    f"officer_communes:{PROGRAM_PY}|{PCT}": "PY-PCT",
    "indicator_share:trụ sở kiên cố": "PY-TSKC",
}


def write_plan_phu_yen(path: Path) -> Path:
    """The Phú Yên plan (a seed, as text) as the .docx a district would send."""
    import docx

    document = docx.Document()
    for line in PLAN_PY.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def plan_phu_yen(path: Path, wh: store.Warehouse) -> loader.LoadResult:
    """Load the Phú Yên plan's goals and duty through "Nhập kế hoạch", confirmed as an
    analyst would: the plan has no header, so its date is typed in; goals keep the ids
    the dashboard's links use; proposals with no measure are dropped."""
    from etl.plan import extract, save
    from etl.plan.read import read_plan

    plan = read_plan(path.read_bytes(), path.name)
    proposals = extract.propose(plan, save.programmes(wh))
    proposals.document.date = dt.date(2011, 7, 1)
    proposals.document.number = None
    kept = []
    for goal in proposals.goals:
        if goal.measure in PY_GOAL_IDS and goal.measure not in {g.measure for g in kept}:
            goal.id = PY_GOAL_IDS[goal.measure]
            kept.append(goal)
    proposals.goals = kept
    for i, duty in enumerate(proposals.duties, start=1):
        duty.id = f"PY-BC{i}"
    return save.save(proposals, wh, "demo")


def goals_thanh_hoa() -> dict[str, list[dict]]:
    goal_rows = [
        dict(
            stt=1,
            goal_id="TH-600-BT",
            name="Bố trí, sử dụng hết số đội viên Dự án 600 đã hoàn thành nhiệm vụ",
            measure=f"officer_placed_share:{PROGRAM_600}",
            province="Thanh Hóa",
            target_value=100,
            unit="%",
            deadline=dt.date(2017, 12, 31),
            source_document=DOC_TH_600,
        )
    ]
    duties = [
        dict(
            duty_id=f"TH-600-{i}",
            province="Thanh Hóa",
            district=d,
            report_kind="officers",
            report_name="Báo cáo tổng kết Dự án 600 của huyện",
            period_label="năm 2017",
            due_date=dt.date(2017, 6, 15),
            recipient="Sở Nội vụ",
            source_document=DOC_TH_600,
        )
        for i, d in enumerate(TH_DISTRICTS, start=1)
    ]
    duties += [
        dict(
            duty_id=f"TH-207-{year}-{i}",
            province="Thanh Hóa",
            district=d,
            report_kind="other",
            report_name="Báo cáo kết quả thực hiện KH 207/KH-UBND",
            period_label=f"năm {year}",
            due_date=dt.date(year, 11, 20),
            recipient="UBND tỉnh (qua Sở Nội vụ)",
            source_document=DOC_TH_207,
        )
        for year in range(2019, 2025)
        for i, d in enumerate(TH_DISTRICTS, start=1)
    ]
    return {"goals": goal_rows, "duties": _numbered(duties)}


def goals_cao_bang() -> dict[str, list[dict]]:
    duties = []
    for i, d in enumerate(CB_DISTRICTS, start=1):
        duties.append(
            dict(
                duty_id=f"CB-KH-{i}",
                province="Cao Bằng",
                district=d,
                report_kind="other",
                report_name="Kế hoạch triển khai (huyện đoàn)",
                period_label="năm 2014",
                due_date=dt.date(2014, 4, 30),
                recipient="Ban Thường vụ Tỉnh Đoàn",
                source_document=DOC_CB_70,
            )
        )
        duties.append(
            dict(
                duty_id=f"CB-BC-{i}",
                province="Cao Bằng",
                district=d,
                report_kind="officers",
                report_name="Báo cáo kết quả thực hiện",
                period_label="năm 2014",
                due_date=dt.date(2014, 11, 30),
                recipient="Ban Thường vụ Tỉnh Đoàn",
                source_document=DOC_CB_70,
            )
        )
    return {"duties": _numbered(duties)}


def goals_tra_vinh() -> dict[str, list[dict]]:
    goal_rows = [
        dict(
            stt=1,
            goal_id="TV-NTMNC",
            name="Xã Tân Sơn và xã Hòa Tân đạt chuẩn nông thôn mới nâng cao",
            measure="ntm_level_count:NTM nâng cao",
            province="Trà Vinh",
            target_value=2,
            unit="xã",
            deadline=dt.date(2025, 6, 30),
            source_document=DOC_TV,
        )
    ]
    duties = [
        dict(
            duty_id=f"TV-{half}-{year}-{i}",
            province="Trà Vinh",
            district=d,
            commune=c,
            report_kind="communes",
            report_name=f"Sơ kết {label} kế hoạch đỡ đầu xã",
            period_label=f"{label} {year}",
            due_date=due,
            recipient="Văn phòng UBND tỉnh",
            source_document=DOC_TV,
        )
        for year in (2023, 2024)
        for half, label, due in (
            ("6T", "6 tháng", dt.date(year, 6, 30)),
            ("N", "năm", dt.date(year, 12, 15)),
        )
        for i, (d, c) in enumerate(TV_COMMUNES, start=1)
    ]
    return {"goals": goal_rows, "duties": _numbered(duties)}


def goals_thanh_hoa_2026() -> dict[str, list[dict]]:
    """The current plan (2026-2030), in today's Thanh Hóa: one goal per status on
    DEMO_TODAY (see the module's docstring; the figures are in thanh_hoa_2026)."""
    end = dt.date(2030, 12, 31)
    goals = [
        (
            "TH26-NTM",
            "72% số xã đạt chuẩn NTM theo Bộ tiêu chí 2026-2030",
            "ntm_share",
            72,
            "%",
            end,
        ),
        (
            "TH26-NTMNC",
            "Năm 2026 có ít nhất 15 xã đạt chuẩn NTM nâng cao",
            "ntm_level_count:NTM nâng cao",
            15,
            "xã",
            dt.date(2026, 12, 31),
        ),
        (
            "TH26-TH",
            "Bồi dưỡng tin học, kỹ năng số cho 3.000 lượt cán bộ, công chức cấp xã",
            "training_achieved:tin học",
            3000,
            "người",
            end,
        ),
        (
            "TH26-LLCT",
            "Đào tạo lý luận chính trị cho 2.500 cán bộ, công chức cấp xã",
            "training_achieved:lý luận chính trị",
            2500,
            "người",
            end,
        ),
        (
            "TH26-VHXH",
            "40 xã thiếu được bổ sung công chức Văn hóa - Xã hội trước 30/6/2026",
            f"officer_communes:{PROGRAM_TH_2026}|{VHXH}",
            40,
            "xã",
            dt.date(2026, 6, 30),
        ),
        (
            "TH26-GDVH",
            "Trên 92% gia đình đạt danh hiệu gia đình văn hóa (hằng năm)",
            "indicator_mean:tỷ lệ gia đình văn hóa",
            92,
            "%",
            end,
        ),
        (
            "TH26-TS",
            "100% xã có trụ sở làm việc kiên cố",
            "indicator_share:trụ sở kiên cố",
            100,
            "%",
            end,
        ),
    ]
    goal_rows = [
        dict(
            goal_id=g[0],
            name=g[1],
            measure=g[2],
            province="Thanh Hóa",
            target_value=g[3],
            unit=g[4],
            deadline=g[5],
            source_document=DOC_TH_2026,
        )
        for g in goals
    ]
    duties = [
        dict(
            duty_id="TH26-BC-NTM-2026",
            province="Thanh Hóa",
            report_kind="communes",
            report_name="Báo cáo kết quả xây dựng NTM năm 2026",
            period_label="năm 2026",
            due_date=dt.date(2026, 11, 20),
            recipient="UBND tỉnh (qua Sở Nội vụ)",
            source_document=DOC_TH_2026,
        ),
        dict(
            duty_id="TH26-BC-DT-2026",
            province="Thanh Hóa",
            report_kind="training",
            report_name="Báo cáo kết quả đào tạo, bồi dưỡng năm 2026",
            period_label="năm 2026",
            due_date=dt.date(2026, 12, 15),
            recipient="Sở Nội vụ",
            source_document=DOC_TH_2026,
        ),
    ]
    return {"goals": _numbered(goal_rows), "duties": _numbered(duties)}


def thanh_hoa_2026(rng: random.Random, units: _Units) -> dict[str, dict[str, list[dict]]]:
    """The current plan's figures to November 2026, in today's communes of Thanh Hóa."""
    communes = [c for _, c in units.communes("Thanh Hóa", era="2025")]
    n = len(communes)
    # Recognised by the end of each year (share of communes): +6 points a year, which
    # leads to about 68% by 2030 against a goal of 72% ("chậm").
    shares = {2022: 0.20, 2023: 0.26, 2024: 0.32, 2025: 0.38, 2026: 0.44}
    order = rng.sample(range(n), n)
    recognised: dict[int, int] = {}
    for year, share in shares.items():
        for i in order[: round(share * n)]:
            recognised.setdefault(i, year)
    advanced = set(order[:18])  # 18 'nâng cao' in 2026, against a goal of 15 ("đạt")
    ntm, indicators = [], []
    for i, commune in enumerate(communes):
        for year in (2025, 2026):
            cset = criteria_set_for_year(year)
            count = criteria_count(cset)
            rec = recognised.get(i)
            level = None
            if rec is not None and rec <= year:
                level = "NTM nâng cao" if (year == 2026 and i in advanced) else "NTM"
            met = count if level else rng.randint(max(1, count // 3), count - 1)
            marks = set(range(1, count + 1)) if level else set(rng.sample(range(1, count + 1), met))
            ntm.append(
                dict(
                    province="Thanh Hóa",
                    commune=commune,
                    year=year,
                    criteria_set=cset,
                    criteria_met=len(marks),
                    ntm_level=level,
                    recognized_year=rec if level else None,
                    **{f"tc{k}": "x" for k in marks},
                )
            )
        indicators.append(
            dict(
                province="Thanh Hóa",
                commune=commune,
                year=2026,
                cultural_families=round(rng.uniform(84, 95), 1),
            )
        )
    training = {
        "targets": _numbered(
            [
                dict(province="Thanh Hóa", category="tin học", target=3000),
                dict(
                    province="Thanh Hóa",
                    category="lý luận chính trị",
                    level="trung cấp",
                    target=2500,
                ),
            ]
        ),
        "results": _numbered(
            [
                # on pace for 3.000 by 2030 ("đúng tiến độ") ...
                dict(province="Thanh Hóa", category="tin học", year=2026, achieved=820),
                # ... and far from 2.500 ("có nguy cơ không đạt")
                dict(
                    province="Thanh Hóa",
                    category="lý luận chính trị",
                    level="trung cấp",
                    year=2026,
                    achieved=310,
                ),
            ]
        ),
    }
    for row in training["targets"]:
        row.update(period_start=2026, period_end=2030)
    officers = []
    # 31 of the 40 communes filled by 30/6/2026 ("không đạt"), 5 more since
    for j, commune in enumerate(rng.sample(communes, 36)):
        person = _person(rng, "Thanh Hóa", (1990, 2001))
        if j % 7 == 3:
            person["party_member"] = None  # not stated in the file: unknown, not "no"
        start = dt.date(2026, 2 + j % 5, 1 + j % 27) if j < 31 else dt.date(2026, 8, j - 27)
        officers.append(
            dict(
                **person,
                position=VHXH,
                program=PROGRAM_TH_2026,
                province="Thanh Hóa",
                commune=commune,
                start_date=start,
                status="Đang công tác",
            )
        )
    return {
        "communes": {"ntm": _numbered(ntm), "indicators": _numbered(indicators)},
        "training": training,
        "officers": {"officers": _numbered(officers)},
    }


def _numbered(rows: list[dict]) -> list[dict]:
    """Fill the STT column 1, 2, 3... as the analyst would."""
    for i, row in enumerate(rows, start=1):
        row["stt"] = i
    return rows


def write_sources(out: Path) -> list[Path]:
    """Write every demo workbook into ``out``; returns them in load order."""
    rng = random.Random(SEED)
    units = _Units()
    files: list[Path] = []

    def write(name, kind, data, unit, as_of=None):
        files.append(
            templates.write_workbook(kind, out / name, data, reporting_unit=unit, as_of=as_of)
        )

    write(
        "chi_tieu_thanh_hoa_du_an_600.xlsx",
        "goals",
        goals_thanh_hoa(),
        "UBND tỉnh Thanh Hóa",
        dt.date(2017, 3, 31),
    )
    write(
        "nghia_vu_bao_cao_cao_bang_2014.xlsx",
        "goals",
        goals_cao_bang(),
        "Tỉnh Đoàn Cao Bằng",
        dt.date(2014, 3, 31),
    )
    write(
        "chi_tieu_tra_vinh_do_dau_xa.xlsx",
        "goals",
        goals_tra_vinh(),
        "Văn phòng UBND tỉnh Trà Vinh",
        dt.date(2023, 5, 10),
    )
    for district in TH_DISTRICTS:
        rows = officers_600(rng, units, "Thanh Hóa", district, dt.date(2017, 6, 30), True)
        write(
            f"doi_vien_600_{fold(district)}.xlsx",
            "officers",
            {"officers": rows},
            f"UBND huyện {district}",
            dt.date(2017, 6, 30),
        )
    for district in CB_DISTRICTS:
        rows = officers_600(rng, units, "Cao Bằng", district, dt.date(2014, 11, 30), False)
        write(
            f"doi_vien_600_{fold(district)}.xlsx",
            "officers",
            {"officers": rows},
            f"Huyện đoàn {district}",
            dt.date(2014, 11, 30),
        )
    write(
        "tri_thuc_tre_phu_yen_2012.xlsx",
        "officers",
        {"officers": officers_phu_yen(rng, units)},
        "Sở Nội vụ Phú Yên",
        dt.date(2012, 12, 31),
    )
    py_communes = units.communes("Phú Yên")
    write(
        "xa_phu_yen_2011_2024.xlsx",
        "communes",
        {
            "ntm": ntm_rows(rng, "Phú Yên", py_communes, range(2016, 2025), 0.19, 0.55),
            "indicators": _numbered(indicator_rows(rng, py_communes)),
        },
        "Sở Nội vụ Phú Yên",
        dt.date(2024, 12, 31),
    )
    th_communes = [c for d in TH_DISTRICTS for c in units.communes("Thanh Hóa", d)]
    write(
        "ntm_thanh_hoa_7_huyen.xlsx",
        "communes",
        {"ntm": ntm_rows(rng, "Thanh Hóa", th_communes, range(2016, 2025), 0.0, 0.45)},
        "Sở Nội vụ Thanh Hóa",
        dt.date(2024, 12, 31),
    )
    tv = ntm_rows(rng, "Trà Vinh", list(TV_COMMUNES), range(2021, 2025), 0.0, 1.0)
    for row in tv:  # both sponsored communes were recognised in 2021, one reaches 'nâng cao'
        row.update(
            criteria_met=19,
            ntm_level="NTM",
            recognized_year=2021,
            **{f"tc{n}": "x" for n in range(1, 20)},
        )
        if row["commune"] == "Tân Sơn" and row["year"] == 2024:
            row.update(ntm_level="NTM nâng cao", recognized_year=2024)
    write(
        "ntm_tra_vinh_2021_2024.xlsx",
        "communes",
        {"ntm": tv},
        "Văn phòng UBND tỉnh Trà Vinh",
        dt.date(2024, 12, 31),
    )
    new_rows = []
    for district, commune in TV_COMMUNES:
        province, new_commune = units.successor(units.code("Trà Vinh", district, commune))
        new_rows.append(
            dict(
                stt=len(new_rows) + 1,
                province=province,
                commune=new_commune,
                year=2025,
                criteria_set="2021-2025",
                criteria_met=19,
                ntm_level="NTM nâng cao" if commune == "Tân Sơn" else "NTM",
                recognized_year=2024 if commune == "Tân Sơn" else 2021,
                **{f"tc{n}": "x" for n in range(1, 20)},
            )
        )
    write(
        "ntm_vinh_long_2025.xlsx",
        "communes",
        {"ntm": new_rows},
        "UBND tỉnh Vĩnh Long",
        dt.date(2025, 12, 31),
    )
    write(
        "dao_tao_phu_yen_2011_2015.xlsx",
        "training",
        training(rng, units),
        "Sở Nội vụ Phú Yên",
        dt.date(2015, 12, 31),
    )
    write(
        "chi_tieu_thanh_hoa_2026_2030.xlsx",
        "goals",
        goals_thanh_hoa_2026(),
        "UBND tỉnh Thanh Hóa",
        dt.date(2026, 1, 15),
    )
    current = thanh_hoa_2026(rng, units)
    write(
        "xa_thanh_hoa_2026.xlsx",
        "communes",
        current["communes"],
        "Sở Nội vụ Thanh Hóa",
        dt.date(2026, 10, 31),
    )
    write(
        "dao_tao_thanh_hoa_2026.xlsx",
        "training",
        current["training"],
        "Sở Nội vụ Thanh Hóa",
        dt.date(2026, 10, 31),
    )
    write(
        "cong_chuc_vhxh_thanh_hoa_2026.xlsx",
        "officers",
        current["officers"],
        "Sở Nội vụ Thanh Hóa",
        dt.date(2026, 10, 31),
    )
    return files


def _is_demo(db: Path) -> bool:
    try:
        with store.Warehouse(db).read() as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
    except Exception:  # not a warehouse at all: treat as someone else's file
        return False
    return bool(row and row[0] == "true")


def build(db: str | Path, sources: str | Path, force: bool = False) -> list[loader.LoadResult]:
    """Write the demo workbooks and load them into a fresh warehouse at ``db``."""
    db, sources = Path(db), Path(sources)
    if store.Warehouse(db).mode == "lake":
        # a shared lake is never emptied from here: the demo only goes into a new one
        if store.Warehouse(db).exists() and not _is_demo(db):
            raise store.WarehouseError(
                "Kho dữ liệu chung (TIENDO_WAREHOUSE) đã có số liệu thật; không nạp dữ liệu "
                "mẫu vào đó. Hãy dùng một kho mới (cơ sở dữ liệu PostgreSQL và thư mục mới)."
            )
    else:
        if db.exists() and not force and not _is_demo(db):
            raise store.WarehouseError(
                f"{db} là kho dữ liệu thật (không phải kho mẫu); không ghi đè. "
                "Hãy chọn tệp khác với --db, hoặc thêm --force nếu chắc chắn muốn xóa."
            )
        for suffix in ("", ".wal"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    if sources.exists():
        shutil.rmtree(sources)
    files = write_sources(sources)
    wh = store.create(db)
    results = [loader.load_file(f, wh, user="demo") for f in files]
    # the Phú Yên goals come from the plan itself, read once its officers are loaded (an
    # officer goal names their programme)
    results.append(plan_phu_yen(write_plan_phu_yen(sources / PLAN_PY_FILE), wh))

    def mark(con) -> None:
        migrations.set_meta(con, "demo", "true")
        # The demo files are loaded today, all at once; to show a plausible history (and
        # make the reporting-completeness table meaningful) each batch is dated as if its
        # file had been loaded a few days after its as-of date, at office hours, and its
        # history (what time travel reads) follows.
        con.execute(
            """UPDATE load_batches SET loaded_at = as_of_date + INTERVAL 3 DAY
                   + INTERVAL (8 + batch_id % 8) HOUR + INTERVAL (batch_id * 7 % 60) MINUTE
               WHERE as_of_date IS NOT NULL"""
        )
        snapshots.rebuild(con)

    wh.transact(mark)
    return results
