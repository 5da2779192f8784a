-- Suspects of the force's VAWG occurrences in the period, counted once each by person_id,
-- per dimension: ethnicity, postcode district of the occurrence, crime classification level 3
-- (ref_offence; as in profile-classification.sql, a code without a level 3 shows its offence,
-- then its code, then 'Unclassified'), gender and age band at event. A person with
-- occurrences in two classes (or districts, or age bands) counts once in each.
-- Ethnicity: forces record either the 18+1 code ('A2') or its description ('Asian -
-- Pakistani'); both become 'A2 Asian - Pakistani' through ref_ethnicity (case and outer
-- spaces ignored). A value that is neither is shown trimmed, as recorded.
-- Input: profile_vawg (from buildProfile), involvement, person, person_key, ref_offence,
-- ref_ethnicity. Parameters: $from, $to. Output: dimension, label, people (and band: an age
-- band's place, null for the other dimensions), in print order: most people first, except
-- age bands, youngest first with every band shown (0 when none) and 'Not recorded' last
-- when there is one.
WITH s AS (
  SELECT DISTINCT k.person_id, p.gender, v.postcode_district, i.age_at_event,
         coalesce(e.code || ' ' || e.description, nullif(trim(p.ethnicity), '')) AS ethnicity,
         coalesce(r.level3, r.offence, v.ho_code, 'Unclassified') AS level3
  FROM profile_vawg v
  JOIN involvement i ON i.force = v.force AND i.occurrence_ref = v.occurrence_ref
  JOIN person p ON p.force = i.force AND p.person_ref = i.person_ref
  JOIN person_key k ON k.force = i.force AND k.person_ref = i.person_ref
  LEFT JOIN ref_offence r ON r.ho_code = upper(trim(v.ho_code))
  LEFT JOIN ref_ethnicity e
    ON e.code = upper(trim(p.ethnicity)) OR lower(e.description) = lower(trim(p.ethnicity))
  WHERE i.role IN ('suspect', 'offender') AND v.occurred_on BETWEEN $from::DATE AND $to::DATE
),
bands (band, low, high) AS (
  VALUES (1, NULL, 18), (2, 18, 25), (3, 25, 35), (4, 35, 50), (5, 50, NULL)
),
band_labels (band, label) AS (
  VALUES (1, 'Under 18'), (2, '18-24'), (3, '25-34'), (4, '35-49'), (5, '50 and over'),
         (6, 'Not recorded')
),
aged AS (
  SELECT s.person_id, coalesce(b.band, 6) AS band
  FROM s
  LEFT JOIN bands b
    ON s.age_at_event >= coalesce(b.low, s.age_at_event)
   AND s.age_at_event < coalesce(b.high, s.age_at_event + 1)
),
age_counts AS (
  SELECT l.band, l.label, count(DISTINCT a.person_id) AS people
  FROM band_labels l LEFT JOIN aged a ON a.band = l.band
  GROUP BY l.band, l.label
  HAVING l.band < 6 OR count(a.person_id) > 0
),
counts AS (
  SELECT 'ethnicity' AS dimension, coalesce(ethnicity, 'Not recorded') AS label,
         count(DISTINCT person_id) AS people FROM s GROUP BY 2
  UNION ALL
  SELECT 'district', coalesce(postcode_district, 'Not recorded'), count(DISTINCT person_id)
  FROM s GROUP BY 2
  UNION ALL
  SELECT 'classification', level3, count(DISTINCT person_id) FROM s GROUP BY 2
  UNION ALL
  SELECT 'gender', coalesce(gender, 'U'), count(DISTINCT person_id) FROM s GROUP BY 2
)
SELECT dimension, label, people, NULL AS band FROM counts
UNION ALL
SELECT 'age', label, people, band FROM age_counts
ORDER BY dimension, band NULLS LAST, people DESC, label;
