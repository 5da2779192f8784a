-- VAWG occurrences per calendar month over a span (the twelve months to the period end and
-- the twelve before them). Parameters: $from, $to.
SELECT strftime(occurred_on, '%Y-%m') AS month, count(*) AS occurrences
FROM profile_vawg
WHERE occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
GROUP BY ALL
ORDER BY month;
