-- The analysts' SQL interface. Each view shows current data only: rows of superseded
-- batches are left out. Text is NFC Vietnamese; codes are text in their own era.
-- Documented column by column in README.md ("Giao diện SQL"); a test checks the columns.

CREATE OR REPLACE VIEW current_batches AS
SELECT * FROM load_batches WHERE status = 'current';

CREATE OR REPLACE VIEW units AS
SELECT era, level, code, name, short_name, unit_type, parent_code, province_code,
       district_code, latitude, longitude
FROM ref_units;

CREATE OR REPLACE VIEW unit_crosswalk AS
SELECT o.code AS old_code, o.name AS old_name, od.name AS old_district_name,
       op.name AS old_province_name, n.code AS new_code, n.name AS new_name,
       np.name AS new_province_name, x.share, x.share_basis, x.is_default
FROM ref_unit_crosswalk x
JOIN ref_units o  ON o.era = 'legacy' AND o.level = 'commune' AND o.code = x.old_code
LEFT JOIN ref_units od ON od.era = 'legacy' AND od.level = 'district' AND od.code = o.district_code
JOIN ref_units op ON op.era = 'legacy' AND op.level = 'province' AND op.code = o.province_code
JOIN ref_units n  ON n.era = '2025' AND n.level = 'commune' AND n.code = x.new_code
JOIN ref_units np ON np.era = '2025' AND np.level = 'province' AND np.code = n.province_code;

CREATE OR REPLACE VIEW ntm_criteria AS
SELECT criteria_set, number, name, decision FROM ref_ntm_criteria;

-- One commune with the names of its district (legacy era only) and province.
CREATE OR REPLACE VIEW commune_names AS
SELECT c.era, c.code AS commune_code, c.name AS commune_name,
       d.code AS district_code, d.name AS district_name,
       p.code AS province_code, p.name AS province_name,
       c.latitude, c.longitude
FROM ref_units c
LEFT JOIN ref_units d ON d.era = c.era AND d.level = 'district' AND d.code = c.district_code
JOIN ref_units p ON p.era = c.era AND p.level = 'province' AND p.code = c.province_code
WHERE c.level = 'commune';

CREATE OR REPLACE VIEW officers AS
SELECT f.batch_id, f.full_name, f.birth_date, f.birth_year, f.gender, f.ethnicity,
       f.position, f.program, f.commune_code, u.commune_name, u.district_name,
       u.province_name, f.start_date, f.end_date, f.status,
       f.era, u.district_code, u.province_code, f.party_member, f.education, f.major,
       f.political_theory, f.state_management, f.placement_after, f.annual_rating,
       f.note, f.source_row
FROM fact_officer f
JOIN current_batches b USING (batch_id)
JOIN commune_names u ON u.era = f.era AND u.commune_code = f.commune_code;

CREATE OR REPLACE VIEW commune_ntm AS
SELECT f.batch_id, f.commune_code, u.commune_name, u.district_name, u.province_name,
       f.year, f.criteria_set, f.criteria_met, f.ntm_level, f.recognized_year,
       f.era, u.district_code, u.province_code, f.source_row
FROM fact_commune_ntm f
JOIN current_batches b USING (batch_id)
JOIN commune_names u ON u.era = f.era AND u.commune_code = f.commune_code;

CREATE OR REPLACE VIEW commune_ntm_criteria AS
SELECT f.batch_id, f.commune_code, f.year, f.criteria_set, f.criterion_no,
       c.name AS criterion_name, f.met, f.era
FROM fact_ntm_criterion f
JOIN current_batches b USING (batch_id)
JOIN ref_ntm_criteria c ON c.criteria_set = f.criteria_set AND c.number = f.criterion_no;

-- Sub-criteria (2.1, 17.10) of a criterion, where the file marked them one by one.
CREATE OR REPLACE VIEW commune_ntm_subcriteria AS
SELECT f.batch_id, f.commune_code, f.year, f.criteria_set, f.criterion_no, f.sub_criterion,
       c.name AS criterion_name, f.met, f.era
FROM fact_ntm_subcriterion f
JOIN current_batches b USING (batch_id)
JOIN ref_ntm_criteria c ON c.criteria_set = f.criteria_set AND c.number = f.criterion_no;

CREATE OR REPLACE VIEW commune_indicators AS
SELECT f.batch_id, f.commune_code, f.year, f.indicator, f.value,
       f.era, u.commune_name, u.district_code, u.district_name, u.province_code,
       u.province_name, f.source_row
FROM fact_commune_indicator f
JOIN current_batches b USING (batch_id)
JOIN commune_names u ON u.era = f.era AND u.commune_code = f.commune_code;

CREATE OR REPLACE VIEW training_targets AS
SELECT f.batch_id, u.name AS unit_name, f.category, f.level, f.period_start,
       f.period_end, f.target, f.era, f.unit_level, f.unit_code, u.province_code,
       CASE f.unit_level WHEN 'district' THEN f.unit_code ELSE u.district_code END
           AS district_code,
       f.source_row
FROM fact_training_target f
JOIN current_batches b USING (batch_id)
JOIN ref_units u ON u.era = f.era AND u.level = f.unit_level AND u.code = f.unit_code;

CREATE OR REPLACE VIEW training_results AS
SELECT f.batch_id, u.name AS unit_name, f.category, f.level, f.year, f.achieved,
       f.era, f.unit_level, f.unit_code, u.province_code,
       CASE f.unit_level WHEN 'district' THEN f.unit_code ELSE u.district_code END
           AS district_code,
       f.source_row
FROM fact_training_result f
JOIN current_batches b USING (batch_id)
JOIN ref_units u ON u.era = f.era AND u.level = f.unit_level AND u.code = f.unit_code;

CREATE OR REPLACE VIEW goals AS
SELECT f.goal_id, f.name, f.measure, u.name AS scope, f.target_value, f.unit,
       f.deadline, f.source_document, f.quote, coalesce(f.comparison, '>=') AS comparison,
       f.batch_id, f.era, f.scope_level, f.scope_code, u.province_code,
       CASE f.scope_level WHEN 'district' THEN f.scope_code ELSE u.district_code END
           AS district_code
FROM fact_goal f
JOIN current_batches b USING (batch_id)
JOIN ref_units u ON u.era = f.era AND u.level = f.scope_level AND u.code = f.scope_code;

CREATE OR REPLACE VIEW reporting_duties AS
SELECT f.duty_id, u.name AS unit_name, f.report_kind, f.report_name, f.period_label,
       f.due_date, f.recipient, f.source_document, f.quote,
       f.batch_id, f.era, f.unit_level, f.unit_code, u.province_code,
       CASE f.unit_level WHEN 'district' THEN f.unit_code ELSE u.district_code END
           AS district_code
FROM fact_reporting_duty f
JOIN current_batches b USING (batch_id)
JOIN ref_units u ON u.era = f.era AND u.level = f.unit_level AND u.code = f.unit_code;

CREATE OR REPLACE VIEW batches AS
SELECT batch_id, file_name, kind, sheets, era, unit_names, as_of_date, period_start,
       period_end, loaded_by, loaded_at, rows_read, rows_loaded, rows_rejected, status,
       superseded_by, file_sha256, unit_codes, superseded_at, rolled_back_at
FROM load_batches;

CREATE OR REPLACE VIEW rejected_rows AS
SELECT r.batch_id, b.file_name, r.sheet, r.row, r."column", r.value, r.message
FROM batch_rejections r JOIN load_batches b USING (batch_id);
