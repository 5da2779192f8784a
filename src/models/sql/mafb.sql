-- MAFB step (model mafb-v1): suspects who moved across a force boundary into $force.
-- Input: address, person_key, involvement, model_vawg_occurrence (all forces).
-- Parameters: $force, $escalation_from, $period_end (DATE text), $min_vawg (INTEGER),
-- $latest_only, $previous_in_force (BOOLEAN).
-- A move: a home address with force_area = $force, effective_from within the escalation
-- period, whose previous home address (by effective_from, across every record of the same
-- person_id) had a known force_area other than $force. One row per person: their latest move.
WITH home AS (
  SELECT k.person_id,
         lower(replace(trim(a.force_area), ' ', '-')) AS area,
         CAST(a.effective_from AS DATE) AS moved_on
  FROM address a
  JOIN person_key k ON k.force = a.force AND k.person_ref = a.person_ref
  WHERE coalesce(a.address_type, 'home') = 'home'
    AND CAST(a.effective_from AS DATE) <= CAST($period_end AS DATE)
),
ordered AS (
  -- max() windows rather than row_number() = 1 filters: DuckDB 1.5's top-N window
  -- optimisation fails on the latter here ("Failed to cast expression to type").
  SELECT *,
         lag(area) OVER (PARTITION BY person_id ORDER BY moved_on, area) AS from_area,
         moved_on = max(moved_on) OVER (PARTITION BY person_id) AS is_latest
  FROM home
),
candidate AS (
  SELECT person_id, from_area, area AS to_area, moved_on
  FROM ordered
  WHERE area = $force AND from_area IS NOT NULL AND from_area <> $force
    AND moved_on BETWEEN CAST($escalation_from AS DATE) AND CAST($period_end AS DATE)
    AND (NOT $latest_only OR is_latest)
),
moves AS (
  SELECT person_id, arg_max(from_area, moved_on) AS from_area, any_value(to_area) AS to_area,
         max(moved_on) AS moved_on
  FROM candidate
  GROUP BY person_id
),
suspect_vawg AS (
  SELECT DISTINCT k.person_id, v.force, v.occurrence_ref, v.occurred_on
  FROM model_vawg_occurrence v
  JOIN involvement i ON i.force = v.force AND i.occurrence_ref = v.occurrence_ref
  JOIN person_key k ON k.force = i.force AND k.person_ref = i.person_ref
  WHERE i.role IN ('suspect', 'offender') AND v.occurred_on <= CAST($period_end AS DATE)
),
counted AS (
  SELECT m.person_id, m.from_area, m.to_area, m.moved_on,
         count(s.occurrence_ref) AS vawg_all_forces,
         count(s.occurrence_ref) FILTER (WHERE s.force = $force) AS vawg_in_force,
         count(s.occurrence_ref) FILTER (WHERE s.force = $force AND s.occurred_on < m.moved_on)
           AS vawg_in_force_before_move,
         count(DISTINCT s.force) AS forces_with_vawg
  FROM moves m
  JOIN suspect_vawg s ON s.person_id = m.person_id
  GROUP BY ALL
)
SELECT *
FROM counted
WHERE vawg_all_forces >= $min_vawg
  AND (NOT $previous_in_force OR vawg_in_force_before_move > 0)
ORDER BY vawg_all_forces DESC, moved_on DESC, person_id;
