-- Step 1 of merging one record kind. Input: {{stage}} (validated rows of this extract).
-- Output: stage_drop rows for every later row whose key came earlier in the extract (the
-- first row, by file then line, wins): 'duplicate' when it is identical to the first, and
-- 'quarantined', with a quarantine entry, when it differs, so nothing is lost. Only keys that occur
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

-- A later row identical to the first is a duplicate; one that differs is quarantined.
INSERT INTO stage_drop
SELECT s.stage_row, s.source_file,
       CASE WHEN {{differs}} THEN 'quarantined' ELSE 'duplicate' END
FROM stage_ranked s JOIN stage_ranked f USING ({{key}})
WHERE s.rn > 1 AND f.rn = 1;

DROP TABLE stage_ranked;
