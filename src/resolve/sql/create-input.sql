-- The generic resolution input, emptied before each run; adapters fill it.
-- Output: resolve_input: one row per record; record_id unique; source groups records (a force,
-- or a benchmark file); dob as 'yyyymmdd' text (so a typed-in invalid date can still be
-- compared character by character); NULL where unknown. resolve_truth(record_id, truth_id)
-- holds benchmark ground truth, only ever read by evaluation. resolve_input_postcode(record_id,
-- postcode): every home postcode a record has held (its address history, the latest included);
-- empty for benchmarks without history, which makes the history comparison neutral.
CREATE OR REPLACE TABLE resolve_input (
  record_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  forename VARCHAR,
  surname VARCHAR,
  dob VARCHAR,
  postcode VARCHAR,
  gender VARCHAR,
  id_number VARCHAR,
  street_number VARCHAR,
  street VARCHAR,
  locality VARCHAR,
  email VARCHAR
);
CREATE OR REPLACE TABLE resolve_truth (record_id VARCHAR NOT NULL, truth_id VARCHAR NOT NULL);
CREATE OR REPLACE TABLE resolve_input_postcode (record_id VARCHAR NOT NULL, postcode VARCHAR NOT NULL);
