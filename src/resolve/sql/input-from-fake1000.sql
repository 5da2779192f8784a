-- Adapter: Splink's fake_1000 benchmark into resolve_input (and its cluster into resolve_truth).
-- Input:  the CSV at $path (unique_id, first_name, surname, dob yyyy-mm-dd, city, email, cluster).
-- Output: rows appended to resolve_input and resolve_truth; record_id = fake:unique_id.
CREATE OR REPLACE TEMP TABLE resolve_fake AS
SELECT * FROM read_csv($path, all_varchar = true, header = true);
INSERT INTO resolve_input
SELECT 'fake:' || unique_id, 'fake', first_name, surname, replace(dob, '-', ''), NULL, NULL,
  NULL, NULL, NULL, city, email
FROM resolve_fake;
INSERT INTO resolve_truth SELECT 'fake:' || unique_id, cluster FROM resolve_fake;
