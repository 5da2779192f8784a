import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../core/record-schema.js';
import { compileValidator } from './column-validator.js';

const col = (c: Partial<ColumnSpec> & Pick<ColumnSpec, 'kind'>): ColumnSpec => ({
  name: 'x',
  label: 'X',
  ...c,
});

describe('compileValidator', () => {
  it('keeps references exactly, leading zeros and all', () => {
    const { validate } = compileValidator(col({ kind: 'ref' }));
    expect(validate('00123')).toBe('00123');
    expect(validate('  ')).toBeNull();
  });

  it('reads flags case-insensitively and blank as unknown', () => {
    const { validate } = compileValidator(col({ kind: 'flag' }));
    expect(['Y', 'yes', 'TRUE', 'n', 'No', 'false', ''].map(validate)).toEqual([
      'true',
      'true',
      'true',
      'false',
      'false',
      'false',
      null,
    ]);
    expect(validate('1')).toBeUndefined();
  });

  it('checks numeric shape and range; blank is unknown, never zero', () => {
    const { validate, expected } = compileValidator(col({ kind: 'int', min: 0, max: 120 }));
    expect(validate('42')).toBe('42');
    expect(validate('')).toBeNull();
    expect(validate('121')).toBeUndefined();
    expect(validate('4.5')).toBeUndefined();
    expect(expected).toBe('a whole number from 0 to 120');
    const lat = compileValidator(col({ kind: 'float', min: -90, max: 90 })).validate;
    expect(lat('52.301536')).toBe('52.301536');
    expect(lat('1e999')).toBeUndefined();
    expect(lat('52,3')).toBeUndefined();
  });

  it('gives enum values their declared spelling', () => {
    const { validate } = compileValidator(col({ kind: 'enum', values: ['suspect', 'victim'] }));
    expect(validate('Victim')).toBe('victim');
    expect(validate('vic')).toBeUndefined();
  });

  it('rejects impossible dates', () => {
    const { validate } = compileValidator(col({ kind: 'datetime' }));
    expect(validate('31/02/2024')).toBeUndefined();
    expect(validate('2024-13-01')).toBeUndefined();
    expect(validate('yesterday')).toBeUndefined();
    expect(validate(' 01/05/2024 10:30 ')).toBe('2024-05-01 10:30:00');
  });
});
