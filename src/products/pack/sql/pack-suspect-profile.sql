-- Suspects of the force's VAWG occurrences in the period, counted once each by person_id,
-- per dimension (ethnicity, postcode district of the occurrence, gender, age band at event).
-- Input: profile_vawg (from buildProfile), involvement, person, person_key.
-- Parameters: $from, $to. Output: dimension, label, people.
WITH s AS (
  SELECT DISTINCT k.person_id, p.ethnicity, p.gender, v.postcode_district, i.age_at_event
  FROM profile_vawg v
  JOIN involvement i ON i.force = v.force AND i.occurrence_ref = v.occurrence_ref
  JOIN person p ON p.force = i.force AND p.person_ref = i.person_ref
  JOIN person_key k ON k.force = i.force AND k.person_ref = i.person_ref
  WHERE i.role IN ('suspect', 'offender') AND v.occurred_on BETWEEN $from::DATE AND $to::DATE
)
SELECT 'ethnicity' AS dimension, coalesce(ethnicity, 'Not recorded') AS label,
       count(DISTINCT person_id) AS people FROM s GROUP BY 2
UNION ALL
SELECT 'district', coalesce(postcode_district, 'Not recorded'), count(DISTINCT person_id)
FROM s GROUP BY 2
UNION ALL
SELECT 'gender', coalesce(gender, 'U'), count(DISTINCT person_id) FROM s GROUP BY 2
UNION ALL
SELECT 'age', CASE WHEN age_at_event IS NULL THEN 'Not recorded'
                   WHEN age_at_event < 18 THEN 'Under 18'
                   WHEN age_at_event < 25 THEN '18-24'
                   WHEN age_at_event < 35 THEN '25-34'
                   WHEN age_at_event < 50 THEN '35-49'
                   ELSE '50 and over' END,
       count(DISTINCT person_id) FROM s GROUP BY 2
ORDER BY 1, 3 DESC, 2;
