import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from './dates.js';

describe('formatDay', () => {
  it('shows API dates and timestamps as dd/mm/yyyy', () => {
    expect(formatDay('2024-03-01')).toBe('01/03/2024');
    expect(formatDay('2024-03-01 14:05:00')).toBe('01/03/2024 14:05');
    expect(formatDay('2024-03-01 00:00:00')).toBe('01/03/2024');
    expect(formatDay(null)).toBe('');
  });
});

describe('parseDay', () => {
  it('reads dd/mm/yyyy as yyyy-mm-dd', () => {
    expect(parseDay('1/2/2024')).toBe('2024-02-01');
    expect(parseDay(' 29/02/2024 ')).toBe('2024-02-29');
    expect(parseDay('')).toBe('');
  });

  it('refuses days that do not exist and other layouts', () => {
    expect(parseDay('29/02/2023')).toBeNull();
    expect(parseDay('31/04/2024')).toBeNull();
    expect(parseDay('2024-02-01')).toBeNull();
    expect(parseDay('13/13/2024')).toBeNull();
  });

  it('round-trips with formatDay', () => {
    expect(formatDay(parseDay('05/11/2023'))).toBe('05/11/2023');
  });
});
