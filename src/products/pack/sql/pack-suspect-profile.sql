-- Suspects of the force's VAWG occurrences in the period, counted once each by person_id,
-- per dimension: ethnicity, postcode district of the occurrence, crime classification level 3
-- (ref_offence; as in profile-classification.sql, a code without a level 3 shows its offence,
-- then its code, then 'Unclassified'), gender and age band at event. A person with
-- occurrences in two classes (or districts, or age bands) counts once in each.
-- Input: profile_vawg (from buildProfile), involvement, person, person_key, ref_offence.
-- Parameters: $from, $to. Output: dimension, label, people.
WITH s AS (
  SELECT DISTINCT k.person_id, p.ethnicity, p.gender, v.postcode_district, i.age_at_event,
         coalesce(r.level3, r.offence, v.ho_code, 'Unclassified') AS level3
  FROM profile_vawg v
  JOIN involvement i ON i.force = v.force AND i.occurrence_ref = v.occurrence_ref
  JOIN person p ON p.force = i.force AND p.person_ref = i.person_ref
  JOIN person_key k ON k.force = i.force AND k.person_ref = i.person_ref
  LEFT JOIN ref_offence r ON r.ho_code = upper(trim(v.ho_code))
  WHERE i.role IN ('suspect', 'offender') AND v.occurred_on BETWEEN $from::DATE AND $to::DATE
)
SELECT 'ethnicity' AS dimension, coalesce(ethnicity, 'Not recorded') AS label,
       count(DISTINCT person_id) AS people FROM s GROUP BY 2
UNION ALL
SELECT 'district', coalesce(postcode_district, 'Not recorded'), count(DISTINCT person_id)
FROM s GROUP BY 2
UNION ALL
SELECT 'classification', level3, count(DISTINCT person_id) FROM s GROUP BY 2
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
