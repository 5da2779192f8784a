import { describe, expect, it } from 'vitest';
import { addMonths, packDateFor, packPeriod, parseDay } from './pack-period.js';

describe('pack period', () => {
  it('is the last six complete months before the pack date', () => {
    expect(packPeriod('2024-02-07')).toEqual({ from: '2023-08-01', to: '2024-01-31' });
    expect(packPeriod('2024-03-01', 3)).toEqual({ from: '2023-12-01', to: '2024-02-29' });
  });

  it('dates the pack seven days before the meeting', () => {
    expect(packDateFor('2024-03-06')).toBe('2024-02-28');
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
  });

  it('rejects impossible dates and periods', () => {
    expect(() => parseDay('2024-02-30')).toThrow(/not a date/);
    expect(() => packPeriod('2024-02-07', 0)).toThrow(/at least one/);
  });
});
