-- The end of a force's data, for the default profile period. Parameter: $force.
-- extract_end: the latest period_to the force's extracts declare. data_end: the latest
-- occurrence date, taken to the end of its month when the date is known only to the month
-- (data.police.uk rows carry a month, not a day).
SELECT
  (SELECT max(period_to) FROM extract WHERE force = $force) AS extract_end,
  (SELECT max(CASE WHEN date_precision = 'month' THEN last_day(CAST(occurred_from AS DATE))
                   ELSE CAST(occurred_from AS DATE) END)
   FROM occurrence WHERE force = $force) AS data_end;
