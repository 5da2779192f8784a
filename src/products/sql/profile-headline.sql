-- Headline figures of the period. Parameters: $from, $to (DATE text, inclusive).
-- People are counted by person_id (person_key), never by person_ref.
WITH p AS (
  SELECT * FROM profile_vawg
  WHERE occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
),
people AS (
  SELECT DISTINCT k.person_id, i.role
  FROM p
  JOIN involvement i ON i.force = p.force AND i.occurrence_ref = p.occurrence_ref
  JOIN person_key k ON k.force = i.force AND k.person_ref = i.person_ref
)
SELECT
  (SELECT count(*) FROM p) AS occurrences,
  (SELECT count(*) FROM p WHERE is_crime) AS crimes,
  (SELECT count(*) FROM p WHERE lower(status) = 'open') AS open,
  (SELECT sum(harm_days) FROM p) AS harm_days,
  (SELECT count(*) FROM p WHERE harm_days IS NULL) AS harm_unknown,
  (SELECT count(DISTINCT person_id) FROM people WHERE role = 'victim') AS victims,
  (SELECT count(DISTINCT person_id) FROM people WHERE role IN ('suspect', 'offender'))
    AS suspects;
