-- Random record pairs for estimating u (the chance a level is reached by two different people).
-- Input:  resolve_record; $n records sampled twice by hash order (repeatable), $link = true
--         keeps only pairs across sources.
-- Output: resolve_u_pair(id_l, id_r), about $n * $n / 2 pairs, nearly all non-matches.
CREATE OR REPLACE TABLE resolve_u_pair AS
SELECT l.record_id AS id_l, r.record_id AS id_r
FROM (SELECT record_id, source FROM resolve_record ORDER BY hash(record_id, 'l') LIMIT $n) l
JOIN (SELECT record_id, source FROM resolve_record ORDER BY hash(record_id, 'r') LIMIT $n) r
  ON l.record_id < r.record_id AND (NOT $link OR l.source <> r.source);
