-- Reference tables, loaded by src/reference/load-reference.ts (replaced as a whole, in one
-- transaction). Sources and licences: data/reference/SOURCES.md. Other stages code against
-- these names and columns.

-- Home Office offence codes: group (level1), subgroup (level2), code and label (level3),
-- data.police.uk category (crime_type) and CCHI subgroup (prc_subgroup).
CREATE TABLE IF NOT EXISTS ref_offence (
  ho_code VARCHAR PRIMARY KEY,
  offence VARCHAR,
  level1 VARCHAR,
  level2 VARCHAR,
  level3 VARCHAR,
  crime_type VARCHAR,
  prc_subgroup VARCHAR
);

-- VAWG rule per code: 'core', 'female-victim-or-DA-flag' or 'exploitation-context'.
CREATE TABLE IF NOT EXISTS ref_vawg_rule (
  ho_code VARCHAR PRIMARY KEY,
  rule VARCHAR NOT NULL
);

-- Cambridge Crime Harm Index harm in days per code; basis 'subgroup-median-approximation'
-- (default: the code's subgroup median, an approximation) or 'cchi-official'.
CREATE TABLE IF NOT EXISTS ref_harm (
  ho_code VARCHAR PRIMARY KEY,
  harm_days DOUBLE NOT NULL,
  basis VARCHAR NOT NULL
);

-- Volume-weighted harm per data.police.uk category and force (fallback without a code).
CREATE TABLE IF NOT EXISTS ref_harm_crime_type (
  force VARCHAR,
  crime_type VARCHAR,
  harm_days DOUBLE,
  PRIMARY KEY (force, crime_type)
);

-- ONS mid-year population per police force area (2009-2019).
CREATE TABLE IF NOT EXISTS ref_population (
  force VARCHAR,
  year INTEGER,
  population INTEGER,
  PRIMARY KEY (force, year)
);

-- Postcode district centroids (outward codes, e.g. MK40).
CREATE TABLE IF NOT EXISTS ref_postcode_district (
  district VARCHAR PRIMARY KEY,
  latitude DOUBLE,
  longitude DOUBLE,
  region VARCHAR
);

-- Ethnicity codes of the 18+1 classification (ONS 2011 Census groups plus NS, not stated),
-- so a chart shows one label whether a force recorded the code (A2) or the description.
CREATE TABLE IF NOT EXISTS ref_ethnicity (
  code VARCHAR PRIMARY KEY,
  description VARCHAR NOT NULL
);

-- Which version of each reference table is loaded, so products can print it.
CREATE TABLE IF NOT EXISTS ref_version (
  name VARCHAR PRIMARY KEY,
  version VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  licence VARCHAR,
  sha256 VARCHAR,
  loaded_at TIMESTAMP
);
