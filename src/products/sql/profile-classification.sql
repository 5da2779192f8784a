-- VAWG occurrences by crime classification levels 1-3 (ref_offence). depth 1 = level 1
-- totals, 2 = level 2 within level 1, 3 = level 3 within level 2. Codes missing from
-- ref_offence show as 'Unclassified'. Parameters: $from, $to.
WITH c AS (
  SELECT coalesce(r.level1, 'Unclassified') AS l1,
         coalesce(r.level2, 'Unclassified') AS l2,
         coalesce(r.level3, r.offence, v.ho_code, 'Unclassified') AS l3
  FROM profile_vawg v
  LEFT JOIN ref_offence r ON r.ho_code = upper(trim(v.ho_code))
  WHERE v.occurred_on BETWEEN CAST($from AS DATE) AND CAST($to AS DATE)
)
SELECT l1 AS level1,
       CASE WHEN grouping(l2) = 0 THEN l2 END AS level2,
       CASE WHEN grouping(l3) = 0 THEN l3 END AS level3,
       3 - grouping(l2) - grouping(l3) AS depth,
       count(*) AS occurrences
FROM c
GROUP BY GROUPING SETS ((l1), (l1, l2), (l1, l2, l3))
ORDER BY depth, occurrences DESC, level1, level2, level3;
