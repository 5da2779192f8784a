-- Comparison vectors: for each candidate pair, the level each comparison reaches.
-- Input:  {pairs}(id_l, id_r) and resolve_record (prepare-records.sql).
-- Output: {out}(id_l, id_r, g_forename, g_surname, g_dob, g_postcode, g_gender, g_id_number,
--         g_street_number, g_street, g_locality, g_email, g_postcode_history, tf_forename,
--         tf_surname).
-- A level is an index into the comparison's levels in comparisons.ts (0 = lowest, the last
-- is the exact match); -1 means a value is missing, which weighs nothing (neutral). Levels are
-- TINYINT so a million-pair vector table stays small and groups fast.
-- {pairs} and {out} are table names from a closed set in sql-step.ts, never user input.
CREATE OR REPLACE TABLE {out} AS
SELECT p.id_l, p.id_r,
  CASE
    WHEN l.forename IS NULL OR r.forename IS NULL THEN -1
    WHEN l.forename = r.forename THEN 6
    WHEN l.forename = r.surname AND l.surname = r.forename THEN 5
    WHEN jaro_winkler_similarity(l.forename, r.forename) >= 0.92 THEN 4
    WHEN jaro_winkler_similarity(l.forename, r.forename) >= 0.88 THEN 3
    WHEN left(l.forename, 1) = left(r.forename, 1)
      AND (length(l.forename) = 1 OR length(r.forename) = 1) THEN 2
    WHEN jaro_winkler_similarity(l.forename, r.forename) >= 0.7 THEN 1
    ELSE 0 END::TINYINT AS g_forename,
  CASE
    WHEN l.surname IS NULL OR r.surname IS NULL THEN -1
    WHEN l.surname = r.surname THEN 5
    WHEN l.forename = r.surname AND l.surname = r.forename THEN 4
    WHEN jaro_winkler_similarity(l.surname, r.surname) >= 0.92 THEN 3
    WHEN jaro_winkler_similarity(l.surname, r.surname) >= 0.88 THEN 2
    WHEN jaro_winkler_similarity(l.surname, r.surname) >= 0.7 THEN 1
    ELSE 0 END::TINYINT AS g_surname,
  CASE
    WHEN l.dob IS NULL OR r.dob IS NULL THEN -1
    WHEN l.dob = r.dob THEN 4
    WHEN left(l.dob, 4) = left(r.dob, 4) AND substr(l.dob, 5, 2) = substr(r.dob, 7, 2)
      AND substr(l.dob, 7, 2) = substr(r.dob, 5, 2) THEN 3
    WHEN levenshtein(l.dob, r.dob) <= 1 THEN 2
    WHEN abs(datediff('day', try_strptime(l.dob, '%Y%m%d'), try_strptime(r.dob, '%Y%m%d')))
      <= 365 THEN 1
    ELSE 0 END::TINYINT AS g_dob,
  CASE
    WHEN l.postcode IS NULL OR r.postcode IS NULL THEN -1
    WHEN l.postcode = r.postcode THEN 5
    WHEN l.pc_sector = r.pc_sector THEN 4
    WHEN damerau_levenshtein(l.postcode, r.postcode) <= 1 THEN 3
    WHEN l.pc_district = r.pc_district THEN 2
    WHEN l.pc_area = r.pc_area THEN 1
    ELSE 0 END::TINYINT AS g_postcode,
  CASE
    WHEN l.gender IS NULL OR r.gender IS NULL THEN -1
    WHEN l.gender = r.gender THEN 1
    ELSE 0 END::TINYINT AS g_gender,
  CASE
    WHEN l.id_number IS NULL OR r.id_number IS NULL THEN -1
    WHEN l.id_number = r.id_number THEN 2
    WHEN damerau_levenshtein(l.id_number, r.id_number) <= 1 THEN 1
    ELSE 0 END::TINYINT AS g_id_number,
  CASE
    WHEN l.street_number IS NULL OR r.street_number IS NULL THEN -1
    WHEN l.street_number = r.street_number THEN 1
    ELSE 0 END::TINYINT AS g_street_number,
  CASE
    WHEN l.street IS NULL OR r.street IS NULL THEN -1
    WHEN l.street = r.street THEN 2
    WHEN jaro_winkler_similarity(l.street, r.street) >= 0.88 THEN 1
    ELSE 0 END::TINYINT AS g_street,
  CASE
    WHEN l.locality IS NULL OR r.locality IS NULL THEN -1
    WHEN l.locality = r.locality THEN 2
    WHEN jaro_winkler_similarity(l.locality, r.locality) >= 0.88 THEN 1
    ELSE 0 END::TINYINT AS g_locality,
  CASE
    WHEN l.email IS NULL OR r.email IS NULL THEN -1
    WHEN l.email = r.email THEN 2
    WHEN jaro_winkler_similarity(l.email, r.email) >= 0.88 THEN 1
    ELSE 0 END::TINYINT AS g_email,
  -- Address history: neutral (-1) without history on either side, when neither record has
  -- more than its latest postcode (the postcode comparison already decides), or when the
  -- latest postcodes are equal (counted once, by the postcode comparison).
  CASE
    WHEN l.postcodes IS NULL OR r.postcodes IS NULL THEN -1
    WHEN len(l.postcodes) <= 1 AND len(r.postcodes) <= 1 THEN -1
    WHEN l.postcode = r.postcode THEN -1
    WHEN list_has_any(l.postcodes, r.postcodes) THEN 1
    ELSE 0 END::TINYINT AS g_postcode_history,
  greatest(l.tf_forename, r.tf_forename) AS tf_forename,
  greatest(l.tf_surname, r.tf_surname) AS tf_surname
FROM {pairs} p
JOIN resolve_record l ON l.record_id = p.id_l
JOIN resolve_record r ON r.record_id = p.id_r;
