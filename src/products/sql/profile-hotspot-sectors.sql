-- Every postcode sector of the top hotspot districts (district rank <= $top, ties kept),
-- ranked within its district by VAWG occurrences in the period, each with its streets: the
-- drill-down from any listed district, which the force-wide sector ranking may not reach.
-- Parameters: $from, $to, $top (districts), $streets (streets per sector).
WITH p AS (
  SELECT postcode_district AS district, postcode_sector AS sector,
         coalesce(address, 'Not recorded') AS street
  FROM profile_vawg
  WHERE occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
    AND postcode_district IS NOT NULL
),
districts AS (
  SELECT district, rank() OVER (ORDER BY count(*) DESC) AS district_rank
  FROM p GROUP BY district
),
sectors AS (
  SELECT district, sector, count(*) AS occurrences,
         rank() OVER (PARTITION BY district ORDER BY count(*) DESC) AS sector_rank
  FROM p WHERE sector IS NOT NULL GROUP BY district, sector
),
streets AS (
  SELECT sector, street, count(*) AS occurrences,
         row_number() OVER (PARTITION BY sector ORDER BY count(*) DESC, street) AS street_rank
  FROM p WHERE sector IS NOT NULL GROUP BY sector, street
)
SELECT s.district, s.sector AS area, s.occurrences, s.sector_rank AS area_rank, t.street,
       t.occurrences AS street_occurrences
FROM districts d
JOIN sectors s USING (district)
JOIN streets t USING (sector)
WHERE d.district_rank <= $top AND t.street_rank <= $streets
ORDER BY d.district_rank, s.district, s.sector_rank, s.sector, t.street_rank;
