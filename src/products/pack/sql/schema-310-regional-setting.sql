-- Regional settings (owned by src/products/pack/regional-settings.ts): the defaults every
-- pack of the region is made with, set by an administrator in the web app or with
-- `toex settings set`. One row per setting that has been set; a setting without a row keeps
-- its built-in default (defaultPackSettings). Command-line flags still override per run.
CREATE TABLE IF NOT EXISTS regional_setting (
  setting_key VARCHAR PRIMARY KEY,       -- a PackSettings field: marking, periodMonths, ...
  value JSON NOT NULL,                   -- the value as JSON text: "OFFICIAL-SENSITIVE", 6
  changed_by VARCHAR NOT NULL,           -- account username, or cli:<name> from the CLI
  changed_at TIMESTAMP NOT NULL          -- UTC
);
