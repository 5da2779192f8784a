-- One person's latest address (with force and effective date) and links, as JSON-ready
-- rows: kind 'address' or 'link', with the record (person_ref) each belongs to and a link's
-- reason. Only records within $force count when it is set. Parameters: $person_id, $force.
(SELECT 'address' AS kind, a.force, a.person_ref, a.address AS detail, a.postcode AS extra,
        CAST(NULL AS VARCHAR) AS reason, a.effective_from::VARCHAR AS on_date
 FROM person_key k
 JOIN address a ON a.force = k.force AND a.person_ref = k.person_ref
 WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
 ORDER BY a.effective_from DESC, a.force
 LIMIT 1)
UNION ALL
(SELECT 'link', l.force, l.person_ref, l.link_type, l.object_key, l.link_reason,
        l.recorded_at::VARCHAR
 FROM person_key k
 JOIN link l ON l.force = k.force AND l.person_ref = k.person_ref
 WHERE k.person_id = $person_id AND ($force IS NULL OR k.force = $force)
 ORDER BY l.link_type, l.object_key);
