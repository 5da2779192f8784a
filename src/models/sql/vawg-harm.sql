-- Harm step (model harm-v1): crime harm in days for each VAWG occurrence.
-- Input: model_vawg_occurrence, ref_harm (by Home Office code), ref_harm_crime_type (by force
-- and data.police.uk crime type). Output: temp table model_vawg_harm. When neither reference
-- knows the offence, harm_days is NULL and harm_basis 'unknown': unknown is never zero.
CREATE OR REPLACE TEMP TABLE model_vawg_harm AS
SELECT v.force, v.occurrence_ref,
       coalesce(h.harm_days, ct.harm_days) AS harm_days,
       CASE
         WHEN h.harm_days IS NOT NULL THEN 'ho-code'
         WHEN ct.harm_days IS NOT NULL THEN 'force-crime-type'
         ELSE 'unknown'
       END AS harm_basis
FROM model_vawg_occurrence v
LEFT JOIN ref_harm h ON h.ho_code = upper(trim(v.ho_code))
LEFT JOIN ref_harm_crime_type ct
  ON lower(replace(ct.force, ' ', '-')) = v.force
 AND lower(ct.crime_type) = lower(v.crime_type);
