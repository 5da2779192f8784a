-- Extracts, per-file load outcomes and quarantined rows. A row that fails validation is
-- kept here with its reason, never dropped; personal values are not copied into `value`.
CREATE TABLE IF NOT EXISTS extract (
  force VARCHAR NOT NULL,
  extract_id VARCHAR NOT NULL,
  source_kind VARCHAR NOT NULL,          -- 'force-extract' or 'police-uk'
  extracted_at TIMESTAMP,
  period_from DATE,
  period_to DATE,
  folder VARCHAR NOT NULL,
  content_hash VARCHAR NOT NULL,
  loaded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (force, extract_id)
);

CREATE TABLE IF NOT EXISTS load_file (
  force VARCHAR NOT NULL,
  extract_id VARCHAR NOT NULL,
  source_file VARCHAR NOT NULL,
  record_kind VARCHAR NOT NULL,
  rows_read INTEGER NOT NULL,
  loaded INTEGER NOT NULL,
  quarantined INTEGER NOT NULL,
  duplicate INTEGER NOT NULL,
  skipped INTEGER NOT NULL,
  loaded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (force, extract_id, source_file)
);

CREATE TABLE IF NOT EXISTS quarantine (
  force VARCHAR NOT NULL,
  extract_id VARCHAR NOT NULL,
  source_file VARCHAR NOT NULL,
  source_line INTEGER NOT NULL,
  column_name VARCHAR,
  value_position VARCHAR,                -- e.g. 'field 3 of 12, characters 1-10'
  value VARCHAR,                         -- NULL when the column holds personal data
  rule VARCHAR NOT NULL,                 -- stable rule id, e.g. 'date-format'
  expected VARCHAR NOT NULL,
  raw_record JSON,                       -- the whole row, so nothing is lost
  loaded_at TIMESTAMP NOT NULL
);
