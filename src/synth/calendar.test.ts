import { describe, expect, it } from 'vitest';
import { ageOn, dayOf, formatDay, formatMinute, monthSpan, monthsBetween } from './calendar.js';

describe('calendar', () => {
  it('writes days and minutes as forces do', () => {
    expect(formatDay(dayOf('2024-02-29'))).toBe('29/02/2024');
    expect(formatMinute(dayOf('2021-05-01') * 1440 + 13 * 60 + 5)).toBe('01/05/2021 13:05');
  });

  it('counts an age in whole years, turning on the birthday', () => {
    expect(ageOn(dayOf('2007-05-01'), dayOf('2023-04-30'))).toBe(15);
    expect(ageOn(dayOf('2007-05-01'), dayOf('2023-05-01'))).toBe(16);
  });

  it('lists the 36 months of the period and their lengths', () => {
    const months = monthsBetween('2021-05-01', '2024-04-30');
    expect(months).toHaveLength(36);
    expect(months[35]).toBe('2024-04');
    expect(monthSpan('2024-02').days).toBe(29);
  });
});
