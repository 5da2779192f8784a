-- One person's latest address (with force and effective date) and links, as JSON-ready
-- rows: kind 'address' or 'link'. Parameter: $person_id.
(SELECT 'address' AS kind, a.force, a.address AS detail, a.postcode AS extra,
        a.effective_from::VARCHAR AS on_date
 FROM person_key k
 JOIN address a ON a.force = k.force AND a.person_ref = k.person_ref
 WHERE k.person_id = $person_id
 ORDER BY a.effective_from DESC, a.force
 LIMIT 1)
UNION ALL
(SELECT 'link', l.force, l.link_type, l.object_key, l.recorded_at::VARCHAR
 FROM person_key k
 JOIN link l ON l.force = k.force AND l.person_ref = k.person_ref
 WHERE k.person_id = $person_id
 ORDER BY l.link_type, l.object_key);
