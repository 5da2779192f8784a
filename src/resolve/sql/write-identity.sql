-- Replaces person_identity with this run's assignments, keeping assigned_at where a record
-- keeps its person id.
-- Input:  resolve_assignment(record_id 'force:person_ref', person_id), $model_version.
-- Output: person_identity(force, person_ref, person_id, assigned_at, model_version).
CREATE OR REPLACE TEMP TABLE resolve_identity_next AS
SELECT split_part(a.record_id, ':', 1) AS force,
  substr(a.record_id, length(split_part(a.record_id, ':', 1)) + 2) AS person_ref,
  a.person_id
FROM resolve_assignment a;
CREATE OR REPLACE TEMP TABLE resolve_identity_merged AS
SELECT n.force, n.person_ref, n.person_id,
  CASE WHEN o.person_id = n.person_id THEN o.assigned_at ELSE now()::TIMESTAMP END AS assigned_at,
  $model_version AS model_version
FROM resolve_identity_next n
LEFT JOIN person_identity o USING (force, person_ref);
DELETE FROM person_identity;
INSERT INTO person_identity SELECT * FROM resolve_identity_merged;
