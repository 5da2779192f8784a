-- Profile scope: the force's VAWG occurrences (all dates, for year-to-date figures) with
-- their harm, after the location-type filter in profile_location_filter (mode 'include' or
-- 'exclude', lower-case location types). With an include list, occurrences without a
-- location type are left out; an exclude list keeps them. Parameter: $force.
CREATE OR REPLACE TEMP TABLE profile_vawg AS
SELECT v.*, h.harm_days, h.harm_basis
FROM model_vawg_occurrence v
JOIN model_vawg_harm h USING (force, occurrence_ref)
WHERE v.force = $force
  AND (NOT EXISTS (SELECT 1 FROM profile_location_filter WHERE mode = 'include')
       OR lower(trim(v.location_type)) IN
          (SELECT location_type FROM profile_location_filter WHERE mode = 'include'))
  AND (v.location_type IS NULL
       OR lower(trim(v.location_type)) NOT IN
          (SELECT location_type FROM profile_location_filter WHERE mode = 'exclude'));
