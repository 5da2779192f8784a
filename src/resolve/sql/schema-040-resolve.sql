-- Entity resolution tables (owned by src/resolve/). person_identity itself lives in
-- src/store/sql/schema-020-person-identity.sql; these record how it came to be.

-- Analyst decisions on a pair of records ('force:person_ref' ids). They win over the model on
-- every later run: 'confirm' joins the pair, 'reject' keeps the two records in different
-- persons. Ids are stored with record_l < record_r. The latest decision on a pair counts:
-- the one recorded last, by decision_seq (decided_at can tie: two decisions in one second, or
-- in one transaction, where now() is the same).
CREATE SEQUENCE IF NOT EXISTS resolve_decision_seq;
CREATE TABLE IF NOT EXISTS resolve_decision (
  record_l VARCHAR NOT NULL,
  record_r VARCHAR NOT NULL,
  decision VARCHAR NOT NULL,             -- 'confirm' or 'reject'
  decided_by VARCHAR NOT NULL,
  decided_at TIMESTAMP NOT NULL,
  reason VARCHAR NOT NULL,
  decision_seq BIGINT NOT NULL DEFAULT nextval('resolve_decision_seq')
);
-- Stores made before decision_seq: the existing rows are numbered in the order they are stored,
-- which is the order they were recorded (decisions are never deleted).
ALTER TABLE resolve_decision
  ADD COLUMN IF NOT EXISTS decision_seq BIGINT DEFAULT nextval('resolve_decision_seq');

-- The decision that counts on each decided pair: the last one recorded.
CREATE OR REPLACE VIEW resolve_decision_latest AS
SELECT record_l, record_r, arg_max(decision, decision_seq) AS decision
FROM resolve_decision
GROUP BY record_l, record_r;

-- Changes to resolved persons across runs: 'new', 'merge' (several earlier ids now one
-- person), 'split' (one earlier id now spread over several persons).
CREATE TABLE IF NOT EXISTS person_identity_event (
  event_kind VARCHAR NOT NULL,
  person_id VARCHAR NOT NULL,            -- the id the person holds after the run
  other_ids VARCHAR[] NOT NULL,          -- the earlier ids involved
  records INTEGER NOT NULL,
  event_at TIMESTAMP NOT NULL,
  model_version VARCHAR
);

-- Every model a run has used, so `resolve explain` can reproduce a score later.
CREATE TABLE IF NOT EXISTS resolve_model (
  model_version VARCHAR PRIMARY KEY,
  model JSON NOT NULL,
  used_at TIMESTAMP NOT NULL
);

-- The scored pairs of the last run that reached the threshold (or were decided by an analyst).
CREATE TABLE IF NOT EXISTS resolve_pair (
  record_l VARCHAR NOT NULL,
  record_r VARCHAR NOT NULL,
  match_weight DOUBLE NOT NULL,
  match_probability DOUBLE NOT NULL,
  decided VARCHAR,                       -- 'confirm' / 'reject' when an analyst decided
  joined BOOLEAN NOT NULL                -- true when the pair joined two records in clustering
);

-- One row per resolution run: what it resolved (extracts and person records in the store,
-- the last analyst decision it honoured) under which model, so a later job can tell that
-- nothing has changed since and skip a run that would give the same persons.
CREATE TABLE IF NOT EXISTS resolve_run (
  run_at TIMESTAMP NOT NULL,
  model_version VARCHAR NOT NULL,
  extracts INTEGER NOT NULL,
  person_records INTEGER NOT NULL,
  last_decision_seq BIGINT NOT NULL      -- 0 when no decision had been recorded
);
