-- Fast path, step 2. Input: raw_file (good records, file order by rowid), raw_rejects
-- (records DuckDB's reader rejected; `line` = record number, header = 1).
-- Output: raw_order, one row per record of the file with its physical start line and the
-- lines it uses (1 + line feeds inside quoted fields). A rejected record with record number
-- r comes before the good record of ordinal r - 2 - (rejects before it). In a CRLF file
-- DuckDB 1.5 starts csv_line with the LF of the previous line ending: dropped here.
CREATE OR REPLACE TEMP TABLE raw_reject AS
SELECT line AS record_no,
       any_value(CASE WHEN starts_with(csv_line, chr(10)) THEN substr(csv_line, 2) ELSE csv_line END) AS csv_line, any_value(error_type) AS error_type,
       bool_and(error_type IN ('MISSING COLUMNS', 'TOO MANY COLUMNS')) AS field_count
FROM raw_rejects GROUP BY line;

CREATE OR REPLACE TEMP TABLE raw_order AS
WITH rec AS (
  SELECT rowid AS pos, 1 AS good, 0 AS record_no, 1 + {{lineFeeds}} AS used FROM raw_file
  UNION ALL
  SELECT record_no - 2 - (row_number() OVER (ORDER BY record_no) - 1), 0, record_no,
         1 + toex_lf(csv_line)
  FROM raw_reject
)
SELECT pos, good, record_no, used,
       {{headerLines}} + 1 + coalesce(sum(used) OVER (ORDER BY pos, good, record_no
         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS line
FROM rec;
