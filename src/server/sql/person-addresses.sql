-- The addresses of a resolved person, newest first, within $force when set.
-- Input: person_key, address. Parameters: $person_id, $force.
SELECT a.force, a.person_ref, a.address, a.postcode, a.force_area, a.address_type,
       a.effective_from, a.effective_to
FROM person_key k
JOIN address a USING (force, person_ref)
WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
ORDER BY a.effective_from DESC
