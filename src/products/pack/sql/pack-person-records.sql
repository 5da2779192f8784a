-- The person records (one per force record) behind one person_id. Parameter: $person_id.
SELECT p.force, p.person_ref, p.surname, p.forenames, p.date_of_birth::VARCHAR AS date_of_birth,
       p.gender, p.ethnicity, p.occupation, p.pnc_id
FROM person_key k
JOIN person p ON p.force = k.force AND p.person_ref = k.person_ref
WHERE k.person_id = $person_id
ORDER BY p.force, p.person_ref;
