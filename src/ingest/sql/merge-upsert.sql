-- Step 4. Input: {{stage}}, whose stage_drop rows are deleted first (keys unique after step 1). Output: {{table}}
-- rows of the force updated in place by key, or inserted, with this extract's provenance
-- (force, extract_id, source_file, source_line, loaded_at). An UPDATE then an INSERT of
-- the new keys, because INSERT ... ON CONFLICT was several times slower in DuckDB here.
DELETE FROM {{stage}} WHERE rowid IN (SELECT stage_row FROM stage_drop);

UPDATE {{table}} t
SET {{updates}}
FROM (SELECT {{casts}}, CAST(s.extras AS JSON) AS extras, s.source_file, s.source_line
      FROM {{stage}} s) AS u
WHERE t.force = $force AND {{keyJoinU}};

INSERT INTO {{table}} ({{columns}}, extras, force, extract_id, source_file, source_line, loaded_at)
SELECT {{casts}}, CAST(s.extras AS JSON), $force, $extract_id, s.source_file, s.source_line,
       CAST($loaded_at AS TIMESTAMP)
FROM {{stage}} s
WHERE NOT EXISTS (SELECT 1 FROM {{table}} t WHERE t.force = $force AND {{keyJoin}});
