-- Conflation evidence: the scored record pairs of the last resolve run that touch this
-- person's records ('force:person_ref' ids), both records within $force when set.
-- Input: person_key, resolve_pair. Parameters: $person_id, $force.
WITH records AS (
  SELECT force || ':' || person_ref AS record_id
  FROM person_key
  WHERE person_id = $person_id AND ($force IS NULL OR force = $force)
)
SELECT rp.record_l, rp.record_r, rp.match_weight, rp.match_probability, rp.decided, rp.joined
FROM resolve_pair rp
WHERE (rp.record_l IN (SELECT record_id FROM records) OR rp.record_r IN (SELECT record_id FROM records))
  AND ($force IS NULL OR (split_part(rp.record_l, ':', 1) = $force
                          AND split_part(rp.record_r, ':', 1) = $force))
ORDER BY rp.match_weight DESC
