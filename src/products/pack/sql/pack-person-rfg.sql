-- The RFG inputs of one person in a period: their distinct VAWG occurrences in the role
-- group ('suspect' = suspect or offender | 'victim'), total known harm, and whole weeks from
-- the latest to the period end. As profile-person-stats counts a person for a force's
-- ranking, but over the person's records within $force (NULL = every force) and with no
-- location filter. Input: model_vawg_occurrence, model_vawg_harm, involvement, person_key.
-- Parameters: $person_id, $force, $from, $to (yyyy-mm-dd), $role_group.
WITH inv AS (
  SELECT DISTINCT v.force, v.occurrence_ref, v.occurred_on, h.harm_days
  FROM person_key k
  JOIN involvement i ON i.force = k.force AND i.person_ref = k.person_ref
  JOIN model_vawg_occurrence v ON v.force = i.force AND v.occurrence_ref = i.occurrence_ref
  JOIN model_vawg_harm h ON h.force = v.force AND h.occurrence_ref = v.occurrence_ref
  WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
    AND v.occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
    AND CASE WHEN $role_group = 'suspect' THEN i.role IN ('suspect', 'offender')
             ELSE i.role = 'victim' END
)
SELECT count(*) AS occurrences,
       sum(harm_days) AS harm_days,
       CAST(floor(date_diff('day', max(occurred_on), CAST($to AS DATE)) / 7) AS INTEGER)
         AS weeks_since_latest
FROM inv;
