-- Adapter: toex person records into resolve_input, each with its latest home postcode, and
-- every home postcode of each record's address history into resolve_input_postcode.
-- Input:  person(force, person_ref, forenames, surname, date_of_birth, gender, pnc_id) and
--         address(force, person_ref, postcode, effective_from, address_type).
-- Output: rows appended to resolve_input and resolve_input_postcode; record_id = force:person_ref, source = force.
INSERT INTO resolve_input
WITH home AS (
  SELECT force, person_ref, arg_max(postcode, effective_from) AS postcode
  FROM address
  WHERE coalesce(address_type, 'home') = 'home' AND postcode IS NOT NULL
  GROUP BY force, person_ref
)
SELECT p.force || ':' || p.person_ref, p.force, p.forenames, p.surname,
  strftime(p.date_of_birth, '%Y%m%d'), h.postcode, p.gender, p.pnc_id,
  NULL, NULL, NULL, NULL
FROM person p
LEFT JOIN home h USING (force, person_ref);
INSERT INTO resolve_input_postcode
SELECT DISTINCT a.force || ':' || a.person_ref, a.postcode
FROM address a
SEMI JOIN person p USING (force, person_ref)
WHERE coalesce(a.address_type, 'home') = 'home' AND a.postcode IS NOT NULL;
