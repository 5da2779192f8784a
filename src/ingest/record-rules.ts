import type { RecordSpec } from '../core/record-schema.js';
import { normalisePostcode, postcodeDistrict, postcodeSector } from '../core/postcode.js';
import { stagedColumns } from './staging.js';

/** A rule that spans columns, broken by one row. */
export interface RowProblem {
  rule: string;
  column: string;
  expected: string;
}

/** Staged values of one row, by staged column slot; `null` is unknown. */
export type StagedValues = (string | null)[];

/**
 * Cross-column rules and derived columns of one record kind: defaults from the contract,
 * date order, the offence requirement, known Home Office codes and postcode parts.
 */
export interface RecordRules {
  /** Fills defaults and derived columns in place; returns the first broken rule, if any. */
  apply(values: StagedValues): RowProblem | undefined;
  /** Data-quality warnings counted while applying (rule id -> rows). */
  readonly warnings: Map<string, number>;
}

/** Options for compiling the rules of a record kind. */
export interface RecordRulesOptions {
  /** Known Home Office codes (from ref_offence); undefined skips the check. */
  knownHoCodes?: ReadonlySet<string> | undefined;
}

/** Compiles the rules of one record kind against its staged column slots. */
export function compileRecordRules(
  spec: RecordSpec,
  options: RecordRulesOptions = {},
): RecordRules {
  const names = stagedColumns(spec);
  const slot = (name: string) => names.indexOf(name);
  const warnings = new Map<string, number>();
  const warn = (rule: string) => warnings.set(rule, (warnings.get(rule) ?? 0) + 1);
  switch (spec.kind) {
    case 'occurrence':
      return { warnings, apply: occurrenceRules(slot, warn, options.knownHoCodes) };
    case 'address':
      return { warnings, apply: addressRules(slot, warn) };
    case 'person':
    case 'involvement':
    case 'link':
      return { warnings, apply: () => undefined };
  }
}

type Slot = (name: string) => number;
type Warn = (rule: string) => void;

function occurrenceRules(slot: Slot, warn: Warn, known: ReadonlySet<string> | undefined) {
  const [from, to, ho, type, crime] = [
    'occurred_from',
    'occurred_to',
    'ho_code',
    'crime_type',
    'is_crime',
  ].map(slot);
  const postcode = postcodeSlots(slot, warn, true);
  return (v: StagedValues): RowProblem | undefined => {
    v[crime as number] ??= 'true';
    const order = checkOrder(v, { from: from as number, to: to as number, column: 'occurred_to' });
    if (order !== undefined) return order;
    const code = v[ho as number] ?? null;
    if (code === null && v[type as number] === null) {
      return { rule: 'offence-missing', column: 'ho_code', expected: 'a ho_code or a crime_type' };
    }
    if (code !== null && known !== undefined && !known.has(code)) {
      return {
        rule: 'unknown-ho-code',
        column: 'ho_code',
        expected: 'a Home Office code listed in ref_offence',
      };
    }
    postcode(v);
    return undefined;
  };
}

function addressRules(slot: Slot, warn: Warn) {
  const [from, to, type] = ['effective_from', 'effective_to', 'address_type'].map(slot);
  const postcode = postcodeSlots(slot, warn, false);
  return (v: StagedValues): RowProblem | undefined => {
    v[type as number] ??= 'home';
    postcode(v);
    return checkOrder(v, { from: from as number, to: to as number, column: 'effective_to' });
  };
}

/** Canonical date-times compare correctly as text. */
function checkOrder(
  v: StagedValues,
  { from, to, column }: { from: number; to: number; column: string },
): RowProblem | undefined {
  const start = v[from];
  const end = v[to];
  if (start == null || end == null || start <= end) return undefined;
  return { rule: 'date-order', column, expected: `${column} on or after the start of the window` };
}

/** Normalises the postcode and fills its district (and sector for occurrences). */
function postcodeSlots(slot: Slot, warn: Warn, withSector: boolean) {
  const [code, district, sector] = ['postcode', 'postcode_district', 'postcode_sector'].map(slot);
  return (v: StagedValues): void => {
    const raw = v[code as number];
    if (raw == null) return;
    const normal = normalisePostcode(raw);
    if (normal === undefined) {
      warn('postcode-format');
      return;
    }
    v[code as number] = normal;
    v[district as number] = postcodeDistrict(normal) ?? null;
    if (withSector) v[sector as number] = postcodeSector(normal) ?? null;
  };
}
