import { recordSpec, type ColumnSpec, type RecordSpec } from '../core/record-schema.js';
import { parseMonth } from '../core/dates.js';
import { compileValidator, type Validator } from './column-validator.js';

/** How one file column feeds one column of the record model. */
export interface FieldRule {
  column: ColumnSpec;
  /** The header this rule reads, normalised (lower case, underscores). */
  header: string;
  required: boolean;
  validate: Validator;
  expected: string;
}

/**
 * How the CSV files of one source format map onto a record kind: which headers feed which
 * columns, and which staged values are fixed for the whole source.
 */
export interface SourceLayout {
  spec: RecordSpec;
  fields: readonly FieldRule[];
  /** Staged values fixed for every row, by record-model or derived column name. */
  constants: Readonly<Record<string, string>>;
  /** A blank value in this column means the row is not a record of this kind (skipped). */
  skipWhenBlank?: { header: string; reason: string };
}

const upperCode: Validator = (raw) => (raw.trim() === '' ? null : raw.trim().toUpperCase());

function ruleFor(column: ColumnSpec, header = column.name): FieldRule {
  const compiled = compileValidator(column);
  const validate = column.name === 'ho_code' ? upperCode : compiled.validate;
  return { column, header, required: column.required === true, ...compiled, validate };
}

/** The layout of a force extract file (extract-format.md, version 1): headers are column names. */
export function forceExtractLayout(spec: RecordSpec): SourceLayout {
  const constants: Record<string, string> =
    spec.kind === 'occurrence' ? { date_precision: 'day' } : {};
  return { spec, fields: spec.columns.map((c) => ruleFor(c)), constants };
}

/** Columns every police.uk file must have (a blank Crime ID means the row is skipped). */
const policeUkRequired = new Set(['occurrence_ref', 'crime_type']);

/** data.police.uk header (normalised) for each occurrence column it fills. */
const policeUkHeaders: Record<string, string> = {
  occurrence_ref: 'crime_id',
  latitude: 'latitude',
  longitude: 'longitude',
  address: 'location',
  lsoa_code: 'lsoa_code',
  crime_type: 'crime_type',
  outcome: 'last_outcome_category',
};

/**
 * The layout of data.police.uk street-level files, either header variant. `Month` is the
 * only date, so occurrences start on the month's first day with `date_precision = month`;
 * rows without a Crime ID are anti-social behaviour, not crimes, and are skipped.
 */
export function policeUkLayout(): SourceLayout {
  const spec = recordSpec('occurrence');
  const fields = spec.columns.flatMap((c) => {
    const header = policeUkHeaders[c.name];
    return header === undefined
      ? []
      : [{ ...ruleFor(c, header), required: policeUkRequired.has(c.name) }];
  });
  const occurred = spec.columns.find((c) => c.name === 'occurred_from');
  if (occurred !== undefined) fields.push(monthRule(occurred));
  const constants = { is_crime: 'true', date_precision: 'month' };
  const skipWhenBlank = {
    header: 'crime_id',
    reason: 'no Crime ID: anti-social behaviour, not a crime',
  };
  return { spec, fields, constants, skipWhenBlank };
}

function monthRule(column: ColumnSpec): FieldRule {
  const validate: Validator = (raw) => {
    const text = raw.trim();
    if (text === '') return null;
    const day = parseMonth(text);
    return day === undefined ? undefined : `${day} 00:00:00`;
  };
  return { column, header: 'month', required: true, validate, expected: 'a month yyyy-mm' };
}
