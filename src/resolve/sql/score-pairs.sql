-- Match weight and probability of each candidate pair.
-- Input:  resolve_vector (compare-pairs.sql) and resolve_weight(comparison, level, weight, m,
--         tf): one row per comparison level, tf = true on term-frequency adjusted exact levels,
--         whose weight is log2(m / frequency of the value) instead. $prior is log2(lambda/(1-lambda)).
-- Output: resolve_score(id_l, id_r, match_weight, match_probability); missing levels add 0.
-- Set-based in two steps: the weights are summed once per distinct comparison vector (a few
-- thousand, however many pairs), then each pair takes its vector's sum plus its own
-- term-frequency terms. Nothing is computed per pair in JavaScript.
CREATE OR REPLACE TEMP TABLE resolve_vector_weight AS
WITH v AS (
  SELECT DISTINCT g_forename, g_surname, g_dob, g_postcode, g_gender, g_id_number,
    g_street_number, g_street, g_locality, g_email, g_postcode_history
  FROM resolve_vector
)
SELECT v.*,
  $prior
    + CASE WHEN w1.tf THEN 0 ELSE coalesce(w1.weight, 0) END
    + CASE WHEN w2.tf THEN 0 ELSE coalesce(w2.weight, 0) END
    + coalesce(w3.weight, 0) + coalesce(w4.weight, 0) + coalesce(w5.weight, 0)
    + coalesce(w6.weight, 0) + coalesce(w7.weight, 0) + coalesce(w8.weight, 0)
    + coalesce(w9.weight, 0) + coalesce(w10.weight, 0) + coalesce(w11.weight, 0) AS fixed_weight,
  CASE WHEN w1.tf THEN w1.m END AS m_forename_tf,
  CASE WHEN w2.tf THEN w2.m END AS m_surname_tf
FROM v
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
LEFT JOIN resolve_weight w11 ON w11.comparison = 'postcode_history'
  AND w11.level = v.g_postcode_history;
CREATE OR REPLACE TABLE resolve_score AS
WITH w AS (
  SELECT s.id_l, s.id_r, vw.fixed_weight
    + coalesce(log2(vw.m_forename_tf / s.tf_forename), 0)
    + coalesce(log2(vw.m_surname_tf / s.tf_surname), 0) AS match_weight
  FROM resolve_vector s
  JOIN resolve_vector_weight vw
    USING (g_forename, g_surname, g_dob, g_postcode, g_gender, g_id_number, g_street_number,
      g_street, g_locality, g_email, g_postcode_history)
)
SELECT id_l, id_r, match_weight, 1 / (1 + pow(2, -match_weight)) AS match_probability FROM w;
