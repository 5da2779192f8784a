-- Last step of an extract. Input: stage_quarantine (this extract's invalid rows).
-- Output: the rows in quarantine with the extract's force, id and load time.
INSERT INTO quarantine
SELECT $force, $extract_id, source_file, source_line, column_name, value_position, value,
       rule, expected, CAST(raw_record AS JSON), CAST($loaded_at AS TIMESTAMP)
FROM stage_quarantine;
