-- Person records matching a name (spelling-tolerant), a date of birth or a reference.
-- The name score is the best Jaro-Winkler similarity of the query against
-- "forenames surname", "surname forenames" and the surname alone, in lower case.
-- Input: person_key, person. Parameters: $name, $dob (yyyy-mm-dd), $ref, $force,
-- $min_score (0-1), $limit.
WITH scored AS (
  SELECT k.person_id, p.force, p.person_ref, p.surname, p.forenames, p.date_of_birth, p.gender,
         CASE WHEN $name IS NULL THEN NULL ELSE greatest(
           jaro_winkler_similarity(lower(concat_ws(' ', p.forenames, p.surname)), lower($name)),
           jaro_winkler_similarity(lower(concat_ws(' ', p.surname, p.forenames)), lower($name)),
           jaro_winkler_similarity(lower(coalesce(p.surname, '')), lower($name))
         ) END AS name_score
  FROM person_key k
  JOIN person p USING (force, person_ref)
  WHERE ($force IS NULL OR p.force = $force)
    AND ($dob IS NULL OR p.date_of_birth = CAST($dob AS DATE))
    AND ($ref IS NULL OR p.person_ref = $ref OR p.pnc_id = $ref)
)
SELECT * FROM scored
WHERE $name IS NULL OR name_score >= $min_score
ORDER BY name_score DESC NULLS LAST, person_id, force, person_ref
LIMIT $limit
