import { describe, expect, it } from 'vitest';
import {
  lastCompleteMonths,
  monthsBetween,
  parseUserDate,
  periodWarnings,
  ukDate,
  yearToDateSpans,
} from './period.js';

describe('profile period', () => {
  it('takes the last six complete months of data', () => {
    // Data to the last day of April: April is complete -> Nov..Apr.
    expect(lastCompleteMonths('2024-04-30', 6)).toEqual({ from: '2023-11-01', to: '2024-04-30' });
    // Data to 29 April: April is incomplete -> Oct..Mar.
    expect(lastCompleteMonths('2024-04-29', 6)).toEqual({ from: '2023-10-01', to: '2024-03-31' });
    expect(lastCompleteMonths('2024-02-29', 1)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('starts the year to date on 1 April, across the year boundary', () => {
    expect(yearToDateSpans('2024-04-30', 4)).toEqual({
      current: { from: '2024-04-01', to: '2024-04-30' },
      previous: { from: '2023-04-01', to: '2023-04-30' },
    });
    expect(yearToDateSpans('2024-03-31', 4)).toEqual({
      current: { from: '2023-04-01', to: '2024-03-31' },
      previous: { from: '2022-04-01', to: '2023-03-31' },
    });
    expect(yearToDateSpans('2024-03-31', 1).current).toEqual({
      from: '2024-01-01',
      to: '2024-03-31',
    });
  });

  it('reads dd/mm/yyyy and ISO dates and rejects others', () => {
    expect(parseUserDate('01/11/2023', 'from')).toBe('2023-11-01');
    expect(parseUserDate('2023-11-01', 'from')).toBe('2023-11-01');
    expect(() => parseUserDate('31/02/2023', 'from')).toThrow(/not a date/);
    expect(() => parseUserDate('11/1/23', 'from')).toThrow(/not a date/);
    expect(ukDate('2024-04-30')).toBe('30/04/2024');
    expect(monthsBetween({ from: '2023-11-01', to: '2024-02-29' })).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
  });
});

describe('periodWarnings', () => {
  it('warns when the data ends before the period does, or before it starts', () => {
    const covered = { from: '2023-11-01', to: '2024-04-30', dataEnd: '2024-04-30' };
    expect(periodWarnings(covered)).toEqual([]);
    const short = periodWarnings({ ...covered, dataEnd: '2024-03-15' });
    expect(short).toHaveLength(1);
    expect(short[0]).toMatch(/data ends on 15\/03\/2024, before the period ends/);
    const after = periodWarnings({ from: '2025-01-01', to: '2025-06-30', dataEnd: '2024-04-30' });
    expect(after[0]).toMatch(/starts after the force's data ends \(30\/04\/2024\)/);
    expect(periodWarnings({ ...covered, dataEnd: null })[0]).toMatch(/no occurrences/);
  });
});
