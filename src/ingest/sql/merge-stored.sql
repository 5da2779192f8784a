-- Step 3. Input: {{stage}}, the stored {{table}} rows of this force and the extract table.
-- Output: stage_drop rows: 'duplicate' where the stored row is identical (nothing to
-- change, provenance kept), and 'skipped' where the stored row came from an extract with a
-- later extracted_at than this one ($extracted_at): a row is never overwritten by an older
-- copy of itself, but an older extract still updates rows that only older extracts wrote.
-- police.uk loads have no extracted_at (NULL), so they never skip.
INSERT INTO stage_drop
SELECT s.rowid, s.source_file,
       CASE WHEN {{same}} THEN 'duplicate' ELSE 'skipped' END
FROM {{stage}} s
JOIN {{table}} t ON t.force = $force AND {{keyJoin}}
LEFT JOIN extract e ON e.force = t.force AND e.extract_id = t.extract_id
WHERE NOT EXISTS (SELECT 1 FROM stage_drop d WHERE d.stage_row = s.rowid)
  AND (({{same}}) OR e.extracted_at > CAST($extracted_at AS TIMESTAMP));
