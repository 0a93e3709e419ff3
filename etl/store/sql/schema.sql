-- tiendo warehouse: the tables of the first release (migration 1): reference data (ref_*)
-- and load batches. Every fact row carries the batch it came from; analysts query the
-- views in views.sql. Later changes are migrations in etl/store/migrations.py.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- Administrative units of both eras. A unit is (era, level, code): codes were reused
-- after the 1/7/2025 reform, so a code alone is ambiguous.
--   era 'legacy': 63 provinces, districts, communes (valid until 30/6/2025)
--   era '2025'  : 34 provinces, communes, no districts (from 1/7/2025)
CREATE TABLE IF NOT EXISTS ref_units (
    era           VARCHAR NOT NULL,
    level         VARCHAR NOT NULL,      -- 'province' | 'district' | 'commune'
    code          VARCHAR NOT NULL,      -- 2, 3 or 5 digits, as text
    name          VARCHAR NOT NULL,      -- full name with prefix: 'Xã Hòa Tân'
    short_name    VARCHAR NOT NULL,      -- 'Hòa Tân'
    unit_type     VARCHAR,               -- 'Tỉnh', 'Thành phố', 'Huyện', 'Xã', 'Phường', ...
    parent_code   VARCHAR,               -- district for a legacy commune, province otherwise
    province_code VARCHAR NOT NULL,
    district_code VARCHAR,               -- legacy communes only
    latitude      DOUBLE,
    longitude     DOUBLE,
    name_key      VARCHAR NOT NULL,      -- folded short name, for matching
    PRIMARY KEY (era, level, code)
);

-- Old (legacy) commune -> new (2025) commune. Many-to-many; share is the part of the
-- old commune assumed to lie in the new one (1.0 when it went whole).
CREATE TABLE IF NOT EXISTS ref_unit_crosswalk (
    old_code          VARCHAR NOT NULL,
    new_code          VARCHAR NOT NULL,
    old_province_code VARCHAR NOT NULL,
    new_province_code VARCHAR NOT NULL,
    share             DOUBLE NOT NULL,
    share_basis       VARCHAR NOT NULL,  -- 'whole' | 'equal split'
    is_default        BOOLEAN NOT NULL,  -- the reference data's main successor
    PRIMARY KEY (old_code, new_code)
);

CREATE TABLE IF NOT EXISTS ref_ntm_criteria (
    criteria_set VARCHAR NOT NULL,       -- '2016-2020' | '2021-2025' | '2026-2030'
    number       INTEGER NOT NULL,
    name         VARCHAR NOT NULL,
    decision     VARCHAR NOT NULL,
    PRIMARY KEY (criteria_set, number)
);

CREATE SEQUENCE IF NOT EXISTS batch_id_seq START 1;

CREATE TABLE IF NOT EXISTS load_batches (
    batch_id      INTEGER PRIMARY KEY,
    file_name     VARCHAR NOT NULL,
    file_sha256   VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,      -- officers | communes | training | goals
    sheets        VARCHAR NOT NULL,      -- the sheets read, comma separated
    era           VARCHAR NOT NULL,
    unit_codes    VARCHAR[] NOT NULL,    -- units the file covers (province/district codes)
    unit_names    VARCHAR[] NOT NULL,
    as_of_date    DATE,                  -- 'Tính đến ngày ...' when the file says so
    period_start  INTEGER,
    period_end    INTEGER,
    scope_key     VARCHAR NOT NULL,      -- kind|era|units|period: a newer batch with the same key replaces
    loaded_by     VARCHAR NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,
    rows_read     INTEGER NOT NULL,
    rows_loaded   INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    status        VARCHAR NOT NULL,      -- 'current' | 'superseded' | 'rolled_back'
    superseded_by INTEGER
);

-- Rows refused inside a batch loaded with --accept-valid: what was wrong, where.
CREATE TABLE IF NOT EXISTS batch_rejections (
    batch_id INTEGER NOT NULL,
    sheet    VARCHAR,
    row      INTEGER,
    "column" VARCHAR,
    value    VARCHAR,
    message  VARCHAR NOT NULL
);

-- The uploaded bytes, kept apart from the batch list so listing batches stays cheap.
CREATE TABLE IF NOT EXISTS batch_files (
    batch_id INTEGER PRIMARY KEY,
    content  BLOB NOT NULL
);

-- The fact tables (fact_*) are declared in etl/spec/tables.py and created from there.
