-- The person records of one resolved person, limited to one force when $force is set.
-- Input: person_key, person. Parameters: $person_id, $force (NULL = every force).
SELECT k.person_id, p.force, p.person_ref, p.surname, p.forenames, p.date_of_birth, p.gender,
       p.ethnicity, p.nationality, p.occupation, p.pnc_id, p.extract_id, p.source_file,
       p.source_line
FROM person_key k
JOIN person p USING (force, person_ref)
WHERE k.person_id = $person_id AND ($force IS NULL OR p.force = $force)
ORDER BY p.force, p.person_ref
