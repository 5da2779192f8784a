-- The last day of data of the forces holding one person's records (within $force when set),
-- for a person page's default period: per force, the latest period_to its extracts declare,
-- else its latest occurrence date (to the month's end when known only to the month), as
-- profile-data-end reads it; the latest of those. Parameters: $person_id, $force.
WITH forces AS (
  SELECT DISTINCT force
  FROM person_key
  WHERE person_id = $person_id AND ($force IS NULL OR force = $force)
),
ends AS (
  SELECT f.force,
         (SELECT max(e.period_to) FROM extract e WHERE e.force = f.force) AS extract_end,
         (SELECT max(CASE WHEN o.date_precision = 'month'
                          THEN last_day(CAST(o.occurred_from AS DATE))
                          ELSE CAST(o.occurred_from AS DATE) END)
          FROM occurrence o WHERE o.force = f.force) AS data_end
  FROM forces f
)
SELECT CAST(max(coalesce(extract_end, data_end)) AS VARCHAR) AS data_end FROM ends;
