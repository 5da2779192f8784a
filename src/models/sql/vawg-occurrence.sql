-- VAWG classification step (model vawg-rule-v1).
-- Input: occurrence, involvement, person, ref_vawg_rule. Parameter: $include_exploitation.
-- Output: temp table model_vawg_occurrence, one row per VAWG occurrence in every force,
-- with the rule that matched and why (vawg_reason), so each classification is explainable.
CREATE OR REPLACE TEMP TABLE model_vawg_occurrence AS
WITH female_victim AS (
  SELECT DISTINCT i.force, i.occurrence_ref
  FROM involvement i
  JOIN person p ON p.force = i.force AND p.person_ref = i.person_ref
  WHERE i.role = 'victim' AND upper(p.gender) = 'F'
),
classified AS (
  SELECT o.*, r.rule AS vawg_rule,
         CASE
           WHEN r.rule = 'core' THEN 'core-code'
           WHEN r.rule = 'exploitation-context' AND $include_exploitation THEN 'exploitation-context'
           WHEN r.rule = 'female-victim-or-DA-flag' AND coalesce(o.da_flag, false) THEN 'da-flag'
           WHEN r.rule = 'female-victim-or-DA-flag' AND fv.occurrence_ref IS NOT NULL
             THEN 'female-victim'
         END AS vawg_reason
  FROM occurrence o
  JOIN ref_vawg_rule r ON r.ho_code = upper(trim(o.ho_code))
  LEFT JOIN female_victim fv ON fv.force = o.force AND fv.occurrence_ref = o.occurrence_ref
)
SELECT force, occurrence_ref, CAST(occurred_from AS DATE) AS occurred_on, ho_code, crime_type,
       coalesce(is_crime, true) AS is_crime, status, location_type, address,
       postcode_district, postcode_sector, vawg_rule, vawg_reason
FROM classified
WHERE vawg_reason IS NOT NULL;
