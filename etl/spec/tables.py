"""The fact tables, declared once: columns, types, labels and natural key.

The loader types its Arrow tables from here, the warehouse creates and extends the
tables from here (:mod:`etl.store.migrations`), the history compares batches on the
natural keys declared here, the upload page labels its preview from here, and the bench
and tests list the tables from here. Add a fact table or a column in this file and
nowhere else (the views in ``store/sql/views.sql`` decide what analysts see).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

ARROW = {
    "VARCHAR": pa.string(),
    "DATE": pa.date32(),
    "INTEGER": pa.int32(),
    "BOOLEAN": pa.bool_(),
    "DOUBLE": pa.float64(),
}


@dataclass(frozen=True)
class Column:
    name: str
    sql: str  # DuckDB type, a key of ARROW
    nullable: bool = True
    label: tuple[str, str] = ("", "")  # Vietnamese, English: how a preview heads it
    note: str = ""  # the comment in the DDL

    @property
    def arrow(self) -> pa.DataType:
        return ARROW[self.sql]


@dataclass(frozen=True)
class FactTable:
    name: str
    label: tuple[str, str]  # Vietnamese, English
    columns: tuple[Column, ...]
    # SQL expressions that say which real thing a row is about: two batches describe the
    # same thing when these agree, and any other difference is a change.
    natural_key: tuple[str, ...]
    detail: bool = False  # rows that detail another table's rows (not counted as rows loaded)
    preview_open: bool = False  # shown unfolded in the upload page's preview

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def arrow_schema(self, names: list[str] | None = None) -> pa.Schema:
        """The Arrow schema of the named columns (all of them by default), in that order."""
        wanted = names if names is not None else self.column_names
        return pa.schema([(n, self.column(n).arrow) for n in wanted])

    def ddl(self) -> str:
        lines = []
        for i, c in enumerate(self.columns):
            line = f"    {c.name} {c.sql}{'' if c.nullable else ' NOT NULL'}"
            line += "," if i < len(self.columns) - 1 else ""
            lines.append(line + (f"  -- {c.note}" if c.note else ""))
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n" + "\n".join(lines) + "\n);"


def _c(name: str, sql: str, vi: str, en: str, nullable: bool = True, note: str = "") -> Column:
    return Column(name, sql, nullable, (vi, en), note)


BATCH = _c("batch_id", "INTEGER", "Lô", "Batch", False)
ROW = _c("source_row", "INTEGER", "Dòng Excel", "Excel row", False, "the row as Excel shows it")
ERA = _c("era", "VARCHAR", "Thời kỳ đơn vị", "Unit era", False, "'legacy' | '2025'")
COMMUNE = _c("commune_code", "VARCHAR", "Mã xã", "Commune code", False)
YEAR = _c("year", "INTEGER", "Năm", "Year", False)
CRITERIA_SET = _c("criteria_set", "VARCHAR", "Bộ tiêu chí", "Criteria set", False)
UNIT_LEVEL = _c("unit_level", "VARCHAR", "Cấp đơn vị", "Unit level", False)
UNIT_CODE = _c("unit_code", "VARCHAR", "Mã đơn vị", "Unit code", False)
CATEGORY = _c("category", "VARCHAR", "Lĩnh vực", "Category", False)
LEVEL = _c("level", "VARCHAR", "Trình độ", "Level")
SOURCE_DOCUMENT = _c("source_document", "VARCHAR", "Văn bản", "Document", False)

OFFICER = FactTable(
    "fact_officer",
    ("cán bộ", "officers"),
    (
        BATCH,
        ROW,
        _c("full_name", "VARCHAR", "Họ và tên", "Full name", False, "as written (capitals kept)"),
        _c("birth_date", "DATE", "Ngày sinh", "Birth date"),
        _c("birth_year", "INTEGER", "Năm sinh", "Birth year"),
        _c("gender", "VARCHAR", "Giới tính", "Gender", note="'Nam' | 'Nữ'"),
        _c("ethnicity", "VARCHAR", "Dân tộc", "Ethnicity"),
        _c("party_member", "BOOLEAN", "Đảng viên", "Party member"),
        _c("education", "VARCHAR", "Trình độ chuyên môn", "Education"),
        _c("major", "VARCHAR", "Chuyên ngành", "Major"),
        _c("political_theory", "VARCHAR", "Lý luận chính trị", "Political theory"),
        _c("state_management", "VARCHAR", "Quản lý nhà nước", "State management"),
        _c("position", "VARCHAR", "Chức vụ", "Position"),
        _c("program", "VARCHAR", "Chương trình", "Programme"),
        ERA,
        COMMUNE,
        _c("start_date", "DATE", "Ngày bổ nhiệm", "Start date"),
        _c("end_date", "DATE", "Ngày kết thúc", "End date"),
        _c("status", "VARCHAR", "Tình trạng", "Status"),
        _c("placement_after", "VARCHAR", "Nơi bố trí sau dự án", "Placement after"),
        _c("annual_rating", "VARCHAR", "Xếp loại hằng năm", "Annual rating"),
        _c("note", "VARCHAR", "Ghi chú", "Note"),
    ),
    (
        "lower(full_name)",
        "coalesce(CAST(birth_date AS VARCHAR), CAST(birth_year AS VARCHAR))",
        "commune_code",
    ),
    preview_open=True,
)
COMMUNE_NTM = FactTable(
    "fact_commune_ntm",
    ("kết quả nông thôn mới của xã", "commune NTM results"),
    (
        BATCH,
        ROW,
        ERA,
        COMMUNE,
        YEAR,
        CRITERIA_SET,
        _c("criteria_met", "INTEGER", "Số tiêu chí đạt", "Criteria met"),
        _c(
            "ntm_level",
            "VARCHAR",
            "Mức đạt chuẩn",
            "NTM level",
            note="'NTM' | 'NTM nâng cao' | 'NTM kiểu mẫu'",
        ),
        _c("recognized_year", "INTEGER", "Năm công nhận", "Year recognised"),
    ),
    ("commune_code", "CAST(year AS VARCHAR)"),
    preview_open=True,
)
NTM_CRITERION = FactTable(
    "fact_ntm_criterion",
    ("từng tiêu chí NTM", "NTM criteria"),
    (
        BATCH,
        ERA,
        COMMUNE,
        YEAR,
        CRITERIA_SET,
        _c("criterion_no", "INTEGER", "Tiêu chí số", "Criterion", False),
        _c("met", "BOOLEAN", "Đạt", "Met", False),
    ),
    ("commune_code", "CAST(year AS VARCHAR)", "CAST(criterion_no AS VARCHAR)"),
    detail=True,
)
NTM_SUBCRITERION = FactTable(
    "fact_ntm_subcriterion",
    ("từng chỉ tiêu con của tiêu chí NTM", "NTM sub-criteria"),
    (
        BATCH,
        ERA,
        COMMUNE,
        YEAR,
        CRITERIA_SET,
        _c("criterion_no", "INTEGER", "Tiêu chí số", "Criterion", False),
        _c("sub_criterion", "VARCHAR", "Chỉ tiêu", "Sub-criterion", False, "'2.1', '17.10'"),
        _c("met", "BOOLEAN", "Đạt", "Met", False),
    ),
    ("commune_code", "CAST(year AS VARCHAR)", "sub_criterion"),
    detail=True,
)
COMMUNE_INDICATOR = FactTable(
    "fact_commune_indicator",
    ("chỉ tiêu của xã", "commune indicators"),
    (
        BATCH,
        ROW,
        ERA,
        COMMUNE,
        YEAR,
        _c("indicator", "VARCHAR", "Chỉ tiêu", "Indicator", False),
        _c("value", "DOUBLE", "Giá trị", "Value", note="percent 0-100, or 1/0 for yes/no"),
    ),
    ("commune_code", "CAST(year AS VARCHAR)", "indicator"),
)
TRAINING_TARGET = FactTable(
    "fact_training_target",
    ("chỉ tiêu đào tạo", "training targets"),
    (
        BATCH,
        ROW,
        ERA,
        UNIT_LEVEL,
        UNIT_CODE,
        CATEGORY,
        LEVEL,
        _c("period_start", "INTEGER", "Từ năm", "From", False),
        _c("period_end", "INTEGER", "Đến năm", "To", False),
        _c("target", "INTEGER", "Chỉ tiêu (người)", "Target", False),
    ),
    (
        "unit_level",
        "unit_code",
        "category",
        "level",
        "CAST(period_start AS VARCHAR)",
        "CAST(period_end AS VARCHAR)",
    ),
)
TRAINING_RESULT = FactTable(
    "fact_training_result",
    ("kết quả đào tạo", "training results"),
    (
        BATCH,
        ROW,
        ERA,
        UNIT_LEVEL,
        UNIT_CODE,
        CATEGORY,
        LEVEL,
        YEAR,
        _c("achieved", "INTEGER", "Số đã đào tạo (người)", "Trained", False),
    ),
    ("unit_level", "unit_code", "category", "level", "CAST(year AS VARCHAR)"),
    preview_open=True,
)
GOAL = FactTable(
    "fact_goal",
    ("chỉ tiêu kế hoạch", "goals"),
    (
        BATCH,
        ROW,
        _c("goal_id", "VARCHAR", "Mã chỉ tiêu", "Goal id", False),
        _c("name", "VARCHAR", "Tên chỉ tiêu", "Goal", False),
        _c("measure", "VARCHAR", "Cách đo", "Measure", False),
        ERA,
        _c("scope_level", "VARCHAR", "Cấp đơn vị", "Unit level", False),
        _c("scope_code", "VARCHAR", "Mã đơn vị", "Unit code", False),
        _c("target_value", "DOUBLE", "Giá trị mục tiêu", "Target", False),
        _c(
            "comparison",
            "VARCHAR",
            "So sánh",
            "Comparison",
            note="'>=' | '>' | '<=' | '<' (etl.spec.comparisons); none: '>='",
        ),
        _c("unit", "VARCHAR", "Đơn vị tính", "Unit", False, "'người' | '%' | 'xã' | ..."),
        _c("deadline", "DATE", "Thời hạn", "Deadline", False),
        SOURCE_DOCUMENT,
        _c("quote", "VARCHAR", "Câu trong kế hoạch", "Sentence in the plan"),
    ),
    ("goal_id",),
    preview_open=True,
)
REPORTING_DUTY = FactTable(
    "fact_reporting_duty",
    ("nghĩa vụ báo cáo", "reporting duties"),
    (
        BATCH,
        ROW,
        _c("duty_id", "VARCHAR", "Mã", "Duty id", False),
        ERA,
        UNIT_LEVEL,
        UNIT_CODE,
        _c("report_kind", "VARCHAR", "Loại số liệu", "Kind of data", False),
        _c("report_name", "VARCHAR", "Tên báo cáo", "Report", False),
        _c("period_label", "VARCHAR", "Kỳ báo cáo", "Period", False),
        _c("due_date", "DATE", "Hạn nộp", "Due", False),
        _c("recipient", "VARCHAR", "Nơi nhận", "Recipient", False),
        SOURCE_DOCUMENT,
        _c("quote", "VARCHAR", "Câu trong kế hoạch", "Sentence in the plan"),
    ),
    ("duty_id",),
)

FACT_TABLES: dict[str, FactTable] = {
    t.name: t
    for t in (
        OFFICER,
        COMMUNE_NTM,
        NTM_CRITERION,
        NTM_SUBCRITERION,
        COMMUNE_INDICATOR,
        TRAINING_TARGET,
        TRAINING_RESULT,
        GOAL,
        REPORTING_DUTY,
    )
}
