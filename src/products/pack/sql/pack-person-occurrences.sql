-- Every VAWG occurrence of one person (any role), newest first, with its harm, within
-- $force when set (NULL = every force). Input: model_vawg_occurrence, model_vawg_harm (from
-- the VAWG model), occurrence, involvement, person_key. Parameters: $person_id, $force.
SELECT o.force, o.occurrence_ref, v.occurred_on::VARCHAR AS occurred_on, i.role,
       v.crime_type, o.offence_description, coalesce(o.da_flag, false) AS da_flag, o.outcome,
       o.summary, h.harm_days
FROM person_key k
JOIN involvement i ON i.force = k.force AND i.person_ref = k.person_ref
JOIN model_vawg_occurrence v ON v.force = i.force AND v.occurrence_ref = i.occurrence_ref
JOIN model_vawg_harm h ON h.force = v.force AND h.occurrence_ref = v.occurrence_ref
JOIN occurrence o ON o.force = v.force AND o.occurrence_ref = v.occurrence_ref
WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
ORDER BY v.occurred_on DESC, o.force, o.occurrence_ref;
