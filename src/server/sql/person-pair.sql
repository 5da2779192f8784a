-- The records of a pair that belong to this person and lie within $force when set: two rows
-- when the pair may be explained to the reader, fewer when it may not (one record missing,
-- another person's, or another force's, all alike).
-- Input: person_key. Parameters: $person_id, $force, $force_a, $ref_a, $force_b, $ref_b.
SELECT force || ':' || person_ref AS record_id
FROM person_key
WHERE person_id = $person_id
  AND ($force IS NULL OR force = $force)
  AND ((force = $force_a AND person_ref = $ref_a) OR (force = $force_b AND person_ref = $ref_b))
