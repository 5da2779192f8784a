-- Per-person VAWG figures in the period, the inputs of the rankings and of RFG.
-- Parameters: $from, $to, $role_group ('suspect' = suspect or offender | 'victim').
-- People are grouped by person_id; an occurrence counts once per person even when two of
-- their records are on it. The name and record count come from the person's records in the
-- profile's force alone: a force's profile (and a pack made for that force's analyst) must
-- not show what another force's records hold.
WITH p AS (
  SELECT * FROM profile_vawg
  WHERE occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
),
inv AS (
  SELECT DISTINCT k.person_id, k.force, p.occurrence_ref, p.occurred_on, p.harm_days
  FROM p
  JOIN involvement i ON i.force = p.force AND i.occurrence_ref = p.occurrence_ref
  JOIN person_key k ON k.force = i.force AND k.person_ref = i.person_ref
  WHERE CASE WHEN $role_group = 'suspect' THEN i.role IN ('suspect', 'offender')
             ELSE i.role = 'victim' END
),
names AS (
  SELECT k.person_id,
         min(nullif(concat_ws(' ', pr.forenames, pr.surname), '')) AS name,
         count(*) AS records
  FROM person_key k
  JOIN person pr ON pr.force = k.force AND pr.person_ref = k.person_ref
  WHERE (k.person_id, k.force) IN (SELECT person_id, force FROM inv)
  GROUP BY k.person_id
)
SELECT inv.person_id, n.name, n.records,
       count(*) AS occurrences,
       sum(inv.harm_days) AS harm_days,
       count(*) FILTER (WHERE inv.harm_days IS NULL) AS harm_unknown,
       max(inv.occurred_on) AS latest_on,
       CAST(floor(date_diff('day', max(inv.occurred_on), CAST($to AS DATE)) / 7) AS INTEGER)
         AS weeks_since_latest
FROM inv
LEFT JOIN names n USING (person_id)
GROUP BY inv.person_id, n.name, n.records;
