/**
 * The record model, declared once as data. Ingest validates against it, the store derives
 * its DDL from it, and products take their labels from it. Column names are snake_case and
 * follow the force extract contract (shared/spec/extract-format.md, version 1).
 */

/** How a column's text is parsed and checked. */
export type ColumnKind = 'text' | 'ref' | 'date' | 'datetime' | 'flag' | 'int' | 'float' | 'enum';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  required?: boolean;
  /** Personal data: its value never appears in messages, logs or quarantine detail. */
  personal?: boolean;
  /** Allowed values for `enum` columns, compared case-insensitively. */
  values?: readonly string[];
  /** Range for numeric columns. */
  min?: number;
  max?: number;
  label: string;
}

/** The record kinds a force extract delivers, one CSV file each. */
export type RecordKind = 'occurrence' | 'person' | 'involvement' | 'address' | 'link';

export interface RecordSpec {
  kind: RecordKind;
  /** Store table that holds this kind. */
  table: string;
  /** File name inside an extract folder. */
  file: string;
  /** Columns that identify a record within a force (the force is always part of the key). */
  key: readonly string[];
  columns: readonly ColumnSpec[];
}

const occurrence: RecordSpec = {
  kind: 'occurrence',
  table: 'occurrence',
  file: 'occurrences.csv',
  key: ['occurrence_ref'],
  columns: [
    { name: 'occurrence_ref', kind: 'ref', required: true, label: 'Reference' },
    { name: 'occurred_from', kind: 'datetime', required: true, label: 'Occurred from' },
    { name: 'occurred_to', kind: 'datetime', label: 'Occurred to' },
    { name: 'reported_at', kind: 'datetime', label: 'Reported' },
    { name: 'ho_code', kind: 'text', label: 'Home Office code' },
    { name: 'offence_description', kind: 'text', label: 'Offence' },
    { name: 'crime_type', kind: 'text', label: 'Crime type' },
    { name: 'is_crime', kind: 'flag', label: 'Recorded crime' },
    { name: 'da_flag', kind: 'flag', label: 'Domestic abuse' },
    { name: 'status', kind: 'enum', values: ['open', 'closed'], label: 'Status' },
    { name: 'outcome', kind: 'text', label: 'Outcome' },
    { name: 'location_type', kind: 'text', label: 'Location type' },
    { name: 'address', kind: 'text', personal: true, label: 'Address' },
    { name: 'postcode', kind: 'text', label: 'Postcode' },
    { name: 'latitude', kind: 'float', min: -90, max: 90, label: 'Latitude' },
    { name: 'longitude', kind: 'float', min: -180, max: 180, label: 'Longitude' },
    { name: 'lsoa_code', kind: 'text', label: 'LSOA' },
    { name: 'lpc', kind: 'text', label: 'Policing area' },
    { name: 'oic', kind: 'text', label: 'Officer in case' },
    { name: 'summary', kind: 'text', personal: true, label: 'Summary' },
  ],
};

const person: RecordSpec = {
  kind: 'person',
  table: 'person',
  file: 'persons.csv',
  key: ['person_ref'],
  columns: [
    { name: 'person_ref', kind: 'ref', required: true, label: 'Person reference' },
    { name: 'surname', kind: 'text', personal: true, label: 'Surname' },
    { name: 'forenames', kind: 'text', personal: true, label: 'Forenames' },
    { name: 'date_of_birth', kind: 'date', personal: true, label: 'Date of birth' },
    { name: 'gender', kind: 'enum', values: ['M', 'F', 'X', 'U'], label: 'Gender' },
    { name: 'ethnicity', kind: 'text', label: 'Ethnicity' },
    { name: 'nationality', kind: 'text', label: 'Nationality' },
    { name: 'occupation', kind: 'text', personal: true, label: 'Occupation' },
    { name: 'pnc_id', kind: 'text', personal: true, label: 'PNC id' },
  ],
};

const involvement: RecordSpec = {
  kind: 'involvement',
  table: 'involvement',
  file: 'involvements.csv',
  key: ['occurrence_ref', 'person_ref', 'role'],
  columns: [
    { name: 'occurrence_ref', kind: 'ref', required: true, label: 'Reference' },
    { name: 'person_ref', kind: 'ref', required: true, label: 'Person reference' },
    {
      name: 'role',
      kind: 'enum',
      required: true,
      values: ['suspect', 'offender', 'victim', 'witness', 'other'],
      label: 'Role',
    },
    { name: 'age_at_event', kind: 'int', min: 0, max: 120, label: 'Age at event' },
  ],
};

const address: RecordSpec = {
  kind: 'address',
  table: 'address',
  file: 'addresses.csv',
  key: ['person_ref', 'effective_from', 'address_type'],
  columns: [
    { name: 'person_ref', kind: 'ref', required: true, label: 'Person reference' },
    { name: 'address', kind: 'text', personal: true, label: 'Address' },
    { name: 'postcode', kind: 'text', personal: true, label: 'Postcode' },
    { name: 'force_area', kind: 'text', label: 'Force area' },
    { name: 'effective_from', kind: 'datetime', required: true, label: 'Effective from' },
    { name: 'effective_to', kind: 'datetime', label: 'Effective to' },
    { name: 'address_type', kind: 'enum', values: ['home', 'other'], label: 'Address type' },
  ],
};

const link: RecordSpec = {
  kind: 'link',
  table: 'link',
  file: 'links.csv',
  key: ['person_ref', 'link_type', 'object_key'],
  columns: [
    { name: 'person_ref', kind: 'ref', required: true, label: 'Person reference' },
    { name: 'link_type', kind: 'text', required: true, label: 'Link type' },
    { name: 'link_reason', kind: 'text', label: 'Link reason' },
    { name: 'object_key', kind: 'ref', required: true, label: 'Linked record' },
    { name: 'recorded_at', kind: 'datetime', label: 'Recorded' },
  ],
};

/** Every record kind, in load order (parents before the records that refer to them). */
export const recordSpecs: readonly RecordSpec[] = [occurrence, person, involvement, address, link];

/** The spec of one record kind. */
export function recordSpec(kind: RecordKind): RecordSpec {
  const spec = recordSpecs.find((s) => s.kind === kind);
  if (spec === undefined) throw new Error(`unknown record kind ${kind as string}`);
  return spec;
}

/** Columns every record table carries to say where each row came from. */
export const provenanceColumns = [
  { name: 'force', sql: 'VARCHAR NOT NULL' },
  { name: 'extract_id', sql: 'VARCHAR NOT NULL' },
  { name: 'source_file', sql: 'VARCHAR NOT NULL' },
  { name: 'source_line', sql: 'INTEGER NOT NULL' },
  { name: 'loaded_at', sql: 'TIMESTAMP NOT NULL' },
] as const;

/** The force codes of the region (others may be configured). */
export const regionForces = [
  'bedfordshire',
  'cambridgeshire',
  'essex',
  'hertfordshire',
  'kent',
  'norfolk',
  'suffolk',
  'warwickshire',
  'west-mercia',
] as const;
