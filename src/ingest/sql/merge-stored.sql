-- Step 3. Input: {{stage}} and the stored {{table}} rows of this force.
-- Output: stage_drop rows: 'duplicate' where the stored row is identical (nothing to
-- change, provenance kept), and, when this extract is older than one already loaded
-- ($older), 'skipped' where any stored row has the key (newer rows are never overwritten).
INSERT INTO stage_drop
SELECT s.rowid, s.source_file,
       CASE WHEN {{same}} THEN 'duplicate' ELSE 'skipped' END
FROM {{stage}} s
JOIN {{table}} t ON t.force = $force AND {{keyJoin}}
WHERE NOT EXISTS (SELECT 1 FROM stage_drop d WHERE d.stage_row = s.rowid)
  AND ($older OR {{same}});
