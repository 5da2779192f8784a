-- VAWG occurrences by location type in the period. Parameters: $from, $to.
SELECT coalesce(location_type, 'Not recorded') AS location_type, count(*) AS occurrences
FROM profile_vawg
WHERE occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
GROUP BY ALL
ORDER BY occurrences DESC, location_type;
