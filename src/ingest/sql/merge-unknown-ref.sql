-- Step 2 (involvement, address, link). Input: {{stage}}, the store's {{parent}} table for
-- this force (which already holds this extract's parents: they merge first).
-- Output: a quarantine entry and a 'quarantined' stage_drop row for each row whose
-- {{column}} is not in {{parent}} for the force.
CREATE OR REPLACE TEMP TABLE stage_orphan AS
SELECT s.rowid AS stage_row, s.*
FROM {{stage}} s
WHERE NOT EXISTS (SELECT 1 FROM stage_drop d WHERE d.stage_row = s.rowid)
  AND NOT EXISTS (SELECT 1 FROM {{parent}} p WHERE p.force = $force AND p.{{column}} = s.{{column}});

INSERT INTO stage_quarantine
SELECT s.source_file, s.source_line, '{{column}}', NULL, s.{{column}}, '{{rule}}',
       'an existing {{column}}: in this extract or already in the store for the force', {{raw}}
FROM stage_orphan s;

INSERT INTO stage_drop SELECT stage_row, source_file, 'quarantined' FROM stage_orphan;

DROP TABLE stage_orphan;
