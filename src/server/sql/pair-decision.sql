-- The analyst decision that counts on a pair (the last recorded, as resolve_decision_latest
-- picks it), with who made it, when (UTC) and why; no row when nobody decided.
-- Input: resolve_decision. Parameters: $record_l, $record_r ('force:person_ref', l < r).
SELECT decision, decided_by, strftime(decided_at, '%Y-%m-%d %H:%M:%S') AS decided_at, reason
FROM resolve_decision
WHERE record_l = $record_l AND record_r = $record_r
ORDER BY decision_seq DESC
LIMIT 1
