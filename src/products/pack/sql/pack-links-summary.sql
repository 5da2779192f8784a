-- TOEX links: per link_type, the VAWG people (by person_id) who have a link of that type,
-- and the number of links they hold. VAWG people: anyone involved in a VAWG occurrence of
-- the force in the period. Input: profile_vawg, involvement, person_key, link.
-- Parameters: $from, $to.
WITH people AS (
  SELECT DISTINCT k.person_id
  FROM profile_vawg v
  JOIN involvement i ON i.force = v.force AND i.occurrence_ref = v.occurrence_ref
  JOIN person_key k ON k.force = i.force AND k.person_ref = i.person_ref
  WHERE v.occurred_on BETWEEN $from::DATE AND $to::DATE
)
SELECT l.link_type, count(DISTINCT pe.person_id) AS people, count(*) AS links
FROM people pe
JOIN person_key k ON k.person_id = pe.person_id
JOIN link l ON l.force = k.force AND l.person_ref = k.person_ref
GROUP BY l.link_type
ORDER BY people DESC, l.link_type;
