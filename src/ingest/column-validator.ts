import type { ColumnSpec } from '../core/record-schema.js';
import { parseDate, parseDateTime } from '../core/dates.js';

/**
 * Checks one raw CSV value and returns its canonical staged text: a string, `null` for
 * blank (blank means unknown, never zero), or `undefined` when the value is invalid.
 * Canonical forms are what DuckDB casts directly: `yyyy-mm-dd`, `yyyy-mm-dd hh:mm:ss`,
 * `true`/`false`, plain numbers.
 */
export type Validator = (raw: string) => string | null | undefined;

/** A compiled validator with the sentence that says what it expects, for messages. */
export interface CompiledValidator {
  validate: Validator;
  expected: string;
}

const flags: Record<string, string> = {
  y: 'true',
  yes: 'true',
  true: 'true',
  n: 'false',
  no: 'false',
  false: 'false',
};
const wholeNumber = /^[+-]?\d+$/;
const decimal = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Compiles the validator of one column of the record model, once per file. */
export function compileValidator(column: ColumnSpec): CompiledValidator {
  switch (column.kind) {
    case 'text':
      return { validate: (raw) => (raw.trim() === '' ? null : raw), expected: 'text' };
    case 'ref':
      return { validate: (raw) => (raw.trim() === '' ? null : raw), expected: 'a reference' };
    case 'date':
      return { validate: trimmed(parseDate), expected: 'a date dd/mm/yyyy or yyyy-mm-dd' };
    case 'datetime':
      return {
        validate: trimmed(parseDateTime),
        expected: 'a date dd/mm/yyyy or yyyy-mm-dd, optionally with HH:MM or HH:MM:SS',
      };
    case 'flag':
      return {
        validate: trimmed((t) => flags[t.toLowerCase()]),
        expected: 'Y/N, Yes/No or True/False',
      };
    case 'int':
      return numeric(column, wholeNumber, 'a whole number');
    case 'float':
      return numeric(column, decimal, 'a number');
    case 'enum':
      return enumValidator(column.values ?? []);
  }
}

/** Blank (after trimming) is unknown; otherwise the parser sees the trimmed text. */
function trimmed(parse: (text: string) => string | undefined): Validator {
  return (raw) => {
    const text = raw.trim();
    return text === '' ? null : parse(text);
  };
}

function numeric(column: ColumnSpec, shape: RegExp, noun: string): CompiledValidator {
  const min = column.min ?? -Infinity;
  const max = column.max ?? Infinity;
  const range =
    column.min !== undefined && column.max !== undefined ? ` from ${min} to ${max}` : '';
  const validate = trimmed((text) => {
    if (!shape.test(text)) return undefined;
    const n = Number(text);
    return n >= min && n <= max ? String(n) : undefined;
  });
  return { validate, expected: `${noun}${range}` };
}

function enumValidator(values: readonly string[]): CompiledValidator {
  const canonical = new Map(values.map((v) => [v.toLowerCase(), v]));
  return {
    validate: trimmed((text) => canonical.get(text.toLowerCase())),
    expected: `one of ${values.join(', ')}`,
  };
}
