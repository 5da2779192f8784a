-- Tasking packs: the TTCG meeting schedule per force, every generated pack, and the people
-- each pack gave a page to (by resolved person_id, so a person is recognised across forces).
CREATE TABLE IF NOT EXISTS pack_schedule (
  force VARCHAR NOT NULL,
  meeting_date DATE NOT NULL,            -- TTCG meeting; the pack is due 7 days before
  recorded_at TIMESTAMP NOT NULL,
  PRIMARY KEY (force, meeting_date)
);

CREATE TABLE IF NOT EXISTS pack_history (
  force VARCHAR NOT NULL,
  meeting_date DATE NOT NULL,
  pack_date DATE NOT NULL,
  period_from DATE NOT NULL,
  period_to DATE NOT NULL,
  content_hash VARCHAR NOT NULL,         -- sha256 of the pack content, generation time excluded
  settings JSON NOT NULL,
  generated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (force, meeting_date)
);

CREATE TABLE IF NOT EXISTS pack_history_person (
  force VARCHAR NOT NULL,
  meeting_date DATE NOT NULL,
  page_kind VARCHAR NOT NULL,            -- 'suspect' or 'victim'
  page_rank INTEGER NOT NULL,            -- 1 = first page of that kind
  person_id VARCHAR NOT NULL,
  PRIMARY KEY (force, meeting_date, page_kind, person_id)
);
