-- Match weight and probability of each candidate pair.
-- Input:  resolve_vector (compare-pairs.sql) and resolve_weight(comparison, level, weight, m,
--         tf): one row per comparison level, tf = true on term-frequency adjusted exact levels,
--         whose weight is log2(m / frequency of the value) instead. $prior is log2(lambda/(1-lambda)).
-- Output: resolve_score(id_l, id_r, match_weight, match_probability); missing levels add 0.
CREATE OR REPLACE TABLE resolve_score AS
WITH w AS (
  SELECT v.id_l, v.id_r, $prior
    + coalesce(CASE WHEN w1.tf THEN log2(w1.m / v.tf_forename) ELSE w1.weight END, 0)
    + coalesce(CASE WHEN w2.tf THEN log2(w2.m / v.tf_surname) ELSE w2.weight END, 0)
    + coalesce(w3.weight, 0) + coalesce(w4.weight, 0) + coalesce(w5.weight, 0)
    + coalesce(w6.weight, 0) + coalesce(w7.weight, 0) + coalesce(w8.weight, 0)
    + coalesce(w9.weight, 0) + coalesce(w10.weight, 0) AS match_weight
  FROM resolve_vector v
  LEFT JOIN resolve_weight w1 ON w1.comparison = 'forename' AND w1.level = v.g_forename
  LEFT JOIN resolve_weight w2 ON w2.comparison = 'surname' AND w2.level = v.g_surname
  LEFT JOIN resolve_weight w3 ON w3.comparison = 'dob' AND w3.level = v.g_dob
  LEFT JOIN resolve_weight w4 ON w4.comparison = 'postcode' AND w4.level = v.g_postcode
  LEFT JOIN resolve_weight w5 ON w5.comparison = 'gender' AND w5.level = v.g_gender
  LEFT JOIN resolve_weight w6 ON w6.comparison = 'id_number' AND w6.level = v.g_id_number
  LEFT JOIN resolve_weight w7 ON w7.comparison = 'street_number' AND w7.level = v.g_street_number
  LEFT JOIN resolve_weight w8 ON w8.comparison = 'street' AND w8.level = v.g_street
  LEFT JOIN resolve_weight w9 ON w9.comparison = 'locality' AND w9.level = v.g_locality
  LEFT JOIN resolve_weight w10 ON w10.comparison = 'email' AND w10.level = v.g_email
)
SELECT id_l, id_r, match_weight, 1 / (1 + pow(2, -match_weight)) AS match_probability FROM w;
