-- Which resolved person each force person record belongs to. Entity resolution (resolve/)
-- fills it; until it has run, every record is its own person. Products count people through
-- the person_key view, never through person_ref directly.
CREATE TABLE IF NOT EXISTS person_identity (
  force VARCHAR NOT NULL,
  person_ref VARCHAR NOT NULL,
  person_id VARCHAR NOT NULL,
  assigned_at TIMESTAMP NOT NULL,
  model_version VARCHAR,
  PRIMARY KEY (force, person_ref)
);

CREATE OR REPLACE VIEW person_key AS
SELECT p.force, p.person_ref,
       coalesce(i.person_id, p.force || ':' || p.person_ref) AS person_id
FROM person p
LEFT JOIN person_identity i USING (force, person_ref);
