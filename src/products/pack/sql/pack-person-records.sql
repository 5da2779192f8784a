-- The person records (one per force record) behind one person_id, with where each was
-- loaded from, within $force when set. Parameters: $person_id, $force (NULL = every force).
SELECT p.force, p.person_ref, p.surname, p.forenames, p.date_of_birth::VARCHAR AS date_of_birth,
       p.gender, p.ethnicity, p.nationality, p.occupation, p.pnc_id, p.extract_id,
       p.source_file, p.source_line
FROM person_key k
JOIN person p ON p.force = k.force AND p.person_ref = k.person_ref
WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
ORDER BY p.force, p.person_ref;
