-- Macros for validating raw CSV text in SQL; each mirrors a JS validator and is
-- cross-checked against it in sql-validators.test.ts.
-- toex_trim: JS String.prototype.trim for the whitespace seen in extracts (space, tab,
-- line breaks, form feed, vertical tab, no-break space, byte-order mark).
CREATE OR REPLACE TEMP MACRO toex_trim(s) AS
  trim(s, ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(160) || chr(65279));

-- toex_blank: NULL or whitespace only, which means unknown (never zero).
CREATE OR REPLACE TEMP MACRO toex_blank(s) AS s IS NULL OR toex_trim(s) = '';

-- toex_lf: line feeds in a value (a quoted field may span lines).
CREATE OR REPLACE TEMP MACRO toex_lf(s) AS coalesce(length(s) - length(replace(s, chr(10), '')), 0);

-- toex_date: core/dates.ts parseDate: dd/mm/yyyy or yyyy-mm-dd (shape by one regular
-- expression, since strptime also takes one-digit days), a real calendar date.
CREATE OR REPLACE TEMP MACRO toex_date(t) AS
  CASE WHEN regexp_full_match(t, '[0-9]{2}/[0-9]{2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}')
    THEN strftime(try_strptime(t, ['%d/%m/%Y', '%Y-%m-%d']), '%Y-%m-%d') END;

-- toex_datetime: core/dates.ts parseDateTime: a date, optionally one space (or T after an
-- ISO date) and HH:MM or HH:MM:SS (hours 0-23, minutes and seconds 0-59); a bare date
-- gets midnight. One regular expression for the shape, strptime for the calendar.
CREATE OR REPLACE TEMP MACRO toex_datetime(t) AS
  CASE WHEN regexp_full_match(t,
      '([0-9]{2}/[0-9]{2}/[0-9]{4}( ([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?)|([0-9]{4}-[0-9]{2}-[0-9]{2}([ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?)')
    THEN strftime(try_strptime(t, ['%d/%m/%Y', '%d/%m/%Y %H:%M', '%d/%m/%Y %H:%M:%S',
      '%Y-%m-%d', '%Y-%m-%d %H:%M', '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M', '%Y-%m-%dT%H:%M:%S']),
      '%Y-%m-%d %H:%M:%S') END;

-- toex_postcode: core/postcode.ts normalisePostcode: upper case, one space between the
-- outward code and the inward code or sector digit; NULL when not a postcode. JS \s is
-- any white space: the class below covers what extracts hold.
CREATE OR REPLACE TEMP MACRO toex_pc_split(u, c) AS
  CASE
    WHEN len(regexp_split_to_array(u, '[ \t\n\r\f\v\x{00A0}\x{FEFF}]+')) = 2 THEN
      CASE WHEN regexp_full_match(u,
          '[A-Z]{1,2}[0-9][A-Z0-9]?[ \t\n\r\f\v\x{00A0}\x{FEFF}]+[0-9]([A-Z]{2})?')
        THEN regexp_replace(u, '[ \t\n\r\f\v\x{00A0}\x{FEFF}]+', ' ') END
    WHEN regexp_full_match(c, '[A-Z]{1,2}[0-9][A-Z0-9]?') THEN c
    WHEN regexp_full_match(c, '[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}')
      THEN regexp_replace(c, '^(.*)(...)$', '\1 \2')
    WHEN regexp_full_match(c, '[A-Z]{1,2}[0-9][A-Z0-9]?[0-9]')
      THEN regexp_replace(c, '^(.*)(.)$', '\1 \2')
  END;

CREATE OR REPLACE TEMP MACRO toex_postcode(s) AS
  toex_pc_split(upper(toex_trim(s)),
    regexp_replace(upper(toex_trim(s)), '[ \t\n\r\f\v\x{00A0}\x{FEFF}]+', '', 'g'));

-- toex_district / toex_sector: core/postcode.ts postcodeDistrict / postcodeSector of a
-- normalised postcode.
CREATE OR REPLACE TEMP MACRO toex_district(n) AS split_part(n, ' ', 1);

CREATE OR REPLACE TEMP MACRO toex_sector(n) AS
  CASE WHEN contains(n, ' ') THEN left(n, strpos(n, ' ') + 1) END;
