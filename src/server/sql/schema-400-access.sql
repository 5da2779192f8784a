-- Access control and audit for the analysts' server (owned by src/server/).

-- Accounts. password_hash is NULL for accounts of an external identity provider.
-- force is set for role 'analyst' only: the force whose records the analyst may see.
CREATE TABLE IF NOT EXISTS app_user (
  user_id VARCHAR PRIMARY KEY,
  username VARCHAR NOT NULL UNIQUE,
  role VARCHAR NOT NULL,                 -- analyst, regional-analyst, supervisor, administrator
  force VARCHAR,
  identity_provider VARCHAR NOT NULL,    -- 'local' or the name of an external provider
  password_hash VARCHAR,                 -- 'scrypt$N$r$p$salt$hash' (base64url)
  created_at TIMESTAMP NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT false
);

-- Server-side sessions. Only sha256(session id) is stored, so a copy of the store does not
-- hand out live sessions.
CREATE TABLE IF NOT EXISTS app_session (
  session_hash VARCHAR PRIMARY KEY,
  user_id VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  last_seen_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL
);

-- The audit log: append-only and hash-chained. hash = sha256(prev_hash || canonical JSON of
-- the entry's other columns); the first entry's prev_hash is 64 zeros. Times are ISO 8601
-- UTC text so that the hashed value is exactly what is stored.
CREATE TABLE IF NOT EXISTS audit_log (
  entry_id BIGINT PRIMARY KEY,
  logged_at VARCHAR NOT NULL,
  user_id VARCHAR,
  username VARCHAR,
  role VARCHAR,
  action VARCHAR NOT NULL,               -- e.g. 'person.view', 'person.search', 'export'
  route VARCHAR NOT NULL,
  ids VARCHAR NOT NULL,                  -- canonical JSON: the ids and criteria involved
  purpose VARCHAR,
  outcome VARCHAR NOT NULL,              -- 'ok', 'denied', 'not-found'
  prev_hash VARCHAR NOT NULL,
  hash VARCHAR NOT NULL
);
