-- The occurrences a resolved person is involved in, newest first, within $force when set.
-- Input: person_key, involvement, occurrence. Parameters: $person_id, $force.
SELECT o.force, o.occurrence_ref, i.person_ref, i.role, i.age_at_event, o.occurred_from,
       o.ho_code, o.offence_description, o.crime_type, o.da_flag, o.status, o.outcome,
       o.postcode_district
FROM person_key k
JOIN involvement i USING (force, person_ref)
JOIN occurrence o ON o.force = i.force AND o.occurrence_ref = i.occurrence_ref
WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
ORDER BY o.occurred_from DESC, o.force, o.occurrence_ref, i.role
