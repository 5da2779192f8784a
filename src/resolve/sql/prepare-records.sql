-- Normalises resolution input into comparable records and term frequencies.
-- Input:  resolve_input(record_id, source, forename, surname, dob 'yyyymmdd', postcode, gender,
--         id_number, street_number, street, locality, email), all VARCHAR, NULL when unknown.
-- Output: resolve_record(record_id, source, the same columns normalised (upper case, letters and
--         digits only, '' as NULL), pc_sector, pc_district, pc_area (UK postcodes only),
--         tf_forename, tf_surname: the share of records holding that value), postcodes: every
--         home postcode of the record's history (resolve_input_postcode) normalised, NULL when
--         it has none.
CREATE OR REPLACE TABLE resolve_record AS
WITH n AS (
  SELECT record_id, coalesce(source, '') AS source,
    nullif(regexp_replace(upper(split_part(trim(forename), ' ', 1)), '[^A-Z]', '', 'g'), '') AS forename,
    nullif(regexp_replace(upper(trim(surname)), '[^A-Z]', '', 'g'), '') AS surname,
    CASE WHEN regexp_matches(trim(dob), '^[0-9]{8}$') THEN trim(dob) END AS dob,
    nullif(regexp_replace(upper(postcode), '[^A-Z0-9]', '', 'g'), '') AS postcode,
    CASE WHEN upper(trim(gender)) IN ('M', 'F') THEN upper(trim(gender)) END AS gender,
    nullif(regexp_replace(upper(id_number), '[^A-Z0-9]', '', 'g'), '') AS id_number,
    nullif(regexp_replace(upper(street_number), '[^A-Z0-9]', '', 'g'), '') AS street_number,
    nullif(regexp_replace(upper(trim(street)), '[^A-Z0-9 ]', '', 'g'), '') AS street,
    nullif(regexp_replace(upper(trim(locality)), '[^A-Z0-9 ]', '', 'g'), '') AS locality,
    nullif(lower(trim(email)), '') AS email
  FROM resolve_input
), uk AS (
  SELECT *,
    regexp_matches(coalesce(postcode, ''), '^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$') AS is_uk
  FROM n
)
SELECT record_id, source, forename, surname, dob, postcode, gender, id_number,
  street_number, street, locality, email,
  CASE WHEN is_uk THEN left(postcode, length(postcode) - 2) END AS pc_sector,
  CASE WHEN is_uk THEN left(postcode, length(postcode) - 3) END AS pc_district,
  CASE WHEN is_uk THEN regexp_extract(postcode, '^[A-Z]+') END AS pc_area,
  tf.tf_forename, ts.tf_surname, h.postcodes
FROM uk
-- Term frequencies by GROUP BY over the distinct values (a window over a million rows took
-- half as long again); a missing name gets no frequency, as only exact levels use it.
LEFT JOIN (
  SELECT forename, count(*) / sum(count(forename)) OVER () AS tf_forename FROM uk GROUP BY forename
) tf USING (forename)
LEFT JOIN (
  SELECT surname, count(*) / sum(count(surname)) OVER () AS tf_surname FROM uk GROUP BY surname
) ts USING (surname)
LEFT JOIN (
  SELECT record_id, list(DISTINCT pc ORDER BY pc) AS postcodes
  FROM (
    SELECT record_id, nullif(regexp_replace(upper(postcode), '[^A-Z0-9]', '', 'g'), '') AS pc
    FROM resolve_input_postcode
  )
  WHERE pc IS NOT NULL
  GROUP BY record_id
) h USING (record_id);
