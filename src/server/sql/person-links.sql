-- The links (phones, vehicles, associates...) of a resolved person, within $force when set.
-- Input: person_key, link. Parameters: $person_id, $force.
SELECT l.force, l.person_ref, l.link_type, l.link_reason, l.object_key, l.recorded_at
FROM person_key k
JOIN link l USING (force, person_ref)
WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
ORDER BY l.force, l.link_type, l.object_key
