-- VAWG occurrences year to date and previous year to date (inclusive DATE spans).
-- Parameters: $ytd_from, $ytd_to, $prev_from, $prev_to.
SELECT
  count(*) FILTER (WHERE occurred_on BETWEEN CAST($ytd_from AS DATE) AND CAST($ytd_to AS DATE))
    AS current,
  count(*) FILTER (WHERE occurred_on BETWEEN CAST($prev_from AS DATE) AND CAST($prev_to AS DATE))
    AS previous
FROM profile_vawg;
