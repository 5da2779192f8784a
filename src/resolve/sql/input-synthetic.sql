-- Adapter: a synthetic scale set of about $n records (a quarter are originals, the rest
-- noisy duplicates: dropped or swapped letters, mistyped date digits, missing values), built
-- by duplicating-with-noise the names of FEBRL dataset 3 at $path. Deterministic (setseed).
-- Output: resolve_input and resolve_truth (record_id 's:<person>-<copy>', truth = person).
SELECT setseed(0.42);
CREATE OR REPLACE TEMP TABLE resolve_pool AS
SELECT list(DISTINCT trim(given_name)) FILTER (WHERE trim(given_name) <> '') AS f,
  list(DISTINCT trim(surname)) FILTER (WHERE trim(surname) <> '') AS s
FROM read_csv($path, all_varchar = true, header = true);
CREATE OR REPLACE TEMP TABLE resolve_base AS
SELECT i AS person,
  f[1 + floor(random() * len(f))::INTEGER] AS forename,
  s[1 + floor(random() * len(s))::INTEGER] AS surname,
  strftime(DATE '1940-01-01' + floor(random() * 25000)::INTEGER, '%Y%m%d') AS dob,
  lpad(floor(random() * 9000 + 1000)::INTEGER::VARCHAR, 4, '0') AS postcode,
  CASE WHEN random() < 0.5 THEN 'M' ELSE 'F' END AS gender,
  floor(random() * 9000000 + 1000000)::INTEGER::VARCHAR AS id_number
FROM resolve_pool, range(($n / 4)::INTEGER) t(i);
INSERT INTO resolve_input
SELECT 's:' || person || '-' || k, 's',
  CASE WHEN k > 0 AND random() < 0.2 THEN left(forename, length(forename) - 1) ELSE forename END,
  CASE WHEN k > 0 AND random() < 0.2 THEN substr(surname, 2, 1) || substr(surname, 1, 1) || substr(surname, 3)
       ELSE surname END,
  CASE WHEN k > 0 AND random() < 0.15 THEN left(dob, 7) || floor(random() * 10)::INTEGER::VARCHAR
       ELSE dob END,
  CASE WHEN k > 0 AND random() < 0.2 THEN NULL ELSE postcode END,
  gender,
  CASE WHEN random() < 0.5 THEN NULL ELSE id_number END,
  NULL, NULL, NULL, NULL
FROM resolve_base, range(4) c(k);
INSERT INTO resolve_truth SELECT 's:' || person || '-' || k, person::VARCHAR FROM resolve_base, range(4) c(k);
