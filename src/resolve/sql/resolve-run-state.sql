-- What a resolution run depends on, now: extracts loaded, person records, the latest
-- analyst decision. Output: one row (extracts, person_records, last_decision_seq).
SELECT (SELECT count(*) FROM extract)::INTEGER AS extracts,
       (SELECT count(*) FROM person)::INTEGER AS person_records,
       (SELECT coalesce(max(decision_seq), 0) FROM resolve_decision)::BIGINT AS last_decision_seq;
