-- Step 1 of merging one record kind. Input: {{stage}} (validated rows of this extract).
-- Output: stage_drop rows with outcome 'duplicate' for every later row whose key came
-- earlier in the extract (the first row, by file then line, wins), and a quarantine entry
-- for each such row that differs from the first, so nothing is lost. Only keys that occur
-- more than once are ranked, which keeps this cheap on large extracts.
CREATE OR REPLACE TEMP TABLE stage_ranked AS
WITH repeated AS (
  SELECT {{key}} FROM {{stage}} GROUP BY {{key}} HAVING count(*) > 1
)
SELECT s.rowid AS stage_row, s.*,
       row_number() OVER (PARTITION BY {{key}} ORDER BY s.source_file, s.source_line) AS rn
FROM {{stage}} s SEMI JOIN repeated USING ({{key}});

INSERT INTO stage_quarantine
SELECT s.source_file, s.source_line, '{{keyText}}', NULL, NULL, 'duplicate-key',
       'a key used once per extract; the first row was kept', {{raw}}
FROM stage_ranked s JOIN stage_ranked f USING ({{key}})
WHERE s.rn > 1 AND f.rn = 1 AND ({{differs}});

INSERT INTO stage_drop
SELECT stage_row, source_file, 'duplicate' FROM stage_ranked WHERE rn > 1;

DROP TABLE stage_ranked;
