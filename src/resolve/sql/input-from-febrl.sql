-- Adapter: one FEBRL benchmark file into resolve_input (and its identity into resolve_truth).
-- Input:  the CSV at $path (rec_id, given_name, surname, street_number, address_1, address_2,
--         suburb, postcode, state, date_of_birth, soc_sec_id; a space after each comma),
--         $source naming the file. Identity: rec-N-org and rec-N-dup-K with the same N.
-- Output: rows appended to resolve_input and resolve_truth; record_id = $source:rec_id.
CREATE OR REPLACE TEMP TABLE resolve_febrl AS
SELECT * FROM read_csv($path, all_varchar = true, header = true);
INSERT INTO resolve_input
SELECT $source || ':' || trim(rec_id), $source, trim(given_name), trim(surname),
  trim(date_of_birth), trim(postcode), NULL, trim(soc_sec_id), trim(street_number),
  trim(address_1), trim(suburb), NULL
FROM resolve_febrl;
INSERT INTO resolve_truth
SELECT $source || ':' || trim(rec_id), regexp_extract(trim(rec_id), '^rec-([0-9]+)-', 1)
FROM resolve_febrl;
