-- Hotspot postcode areas (district or sector) ranked by VAWG occurrences in the period,
-- keeping ties at the cut-off, each with its streets (occurrence address text; in
-- data.police.uk-derived data "On or near ..."). Parameters: $from, $to,
-- $level ('district' | 'sector'), $top (areas), $streets (streets per area).
WITH p AS (
  SELECT CASE WHEN $level = 'district' THEN postcode_district ELSE postcode_sector END AS area,
         coalesce(address, 'Not recorded') AS street
  FROM profile_vawg
  WHERE occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
),
areas AS (
  SELECT area, count(*) AS occurrences, rank() OVER (ORDER BY count(*) DESC) AS area_rank
  FROM p WHERE area IS NOT NULL GROUP BY area
),
streets AS (
  SELECT area, street, count(*) AS occurrences,
         row_number() OVER (PARTITION BY area ORDER BY count(*) DESC, street) AS street_rank
  FROM p WHERE area IS NOT NULL GROUP BY area, street
)
SELECT a.area, a.occurrences, a.area_rank, s.street, s.occurrences AS street_occurrences
FROM areas a
JOIN streets s USING (area)
WHERE a.area_rank <= $top AND s.street_rank <= $streets
ORDER BY a.area_rank, a.area, s.street_rank;
