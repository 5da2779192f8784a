-- The victims of one suspect's VAWG occurrences (by victim person_id): age at the latest
-- event, occurrences, latest date and total known harm. Only the suspect's records within
-- $force count when it is set, so only occurrences of that force (involvement rows share
-- their occurrence's force). Parameters: $person_id, $force (NULL = every force).
WITH mine AS (
  SELECT DISTINCT i.force, i.occurrence_ref
  FROM person_key k
  JOIN involvement i ON i.force = k.force AND i.person_ref = k.person_ref
  WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
    AND i.role IN ('suspect', 'offender')
)
SELECT vk.person_id AS victim_id,
       arg_max(vi.age_at_event, v.occurred_on) AS age,
       count(DISTINCT (v.force, v.occurrence_ref)) AS occurrences,
       max(v.occurred_on)::VARCHAR AS latest_on,
       sum(h.harm_days) AS harm_days
FROM mine m
JOIN model_vawg_occurrence v ON v.force = m.force AND v.occurrence_ref = m.occurrence_ref
JOIN model_vawg_harm h ON h.force = v.force AND h.occurrence_ref = v.occurrence_ref
JOIN involvement vi ON vi.force = v.force AND vi.occurrence_ref = v.occurrence_ref
JOIN person_key vk ON vk.force = vi.force AND vk.person_ref = vi.person_ref
WHERE vi.role = 'victim' AND vk.person_id <> $person_id
GROUP BY vk.person_id
ORDER BY occurrences DESC, latest_on DESC, victim_id;
