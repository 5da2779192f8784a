import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatUkDate, formatUkDateTime, parseDate, parseDateTime, parseMonth } from './dates.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Any real calendar date between 1900 and 2099, as ISO text. */
const isoDates = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('parseDate', () => {
  it('accepts both contract forms', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });

  it.each([
    '31/02/2024',
    '29/02/2023',
    '2024-13-01',
    '00/01/2024',
    'yesterday',
    '1/2/2024',
    '',
    '2024-1-01',
  ])('rejects %s', (text) => expect(parseDate(text)).toBeUndefined());

  it('formatting as dd/mm/yyyy then parsing is the identity', () => {
    fc.assert(fc.property(isoDates, (iso) => parseDate(formatUkDate(iso)) === iso));
  });

  it('ISO text parses to itself', () => {
    fc.assert(fc.property(isoDates, (iso) => parseDate(iso) === iso));
  });
});

describe('parseDateTime', () => {
  it('accepts a bare date as midnight and the three time forms', () => {
    expect(parseDateTime('01/05/2024')).toBe('2024-05-01 00:00:00');
    expect(parseDateTime('01/05/2024 13:45')).toBe('2024-05-01 13:45:00');
    expect(parseDateTime('2024-05-01 13:45:07')).toBe('2024-05-01 13:45:07');
    expect(parseDateTime('2024-05-01T13:45')).toBe('2024-05-01 13:45:00');
  });

  it.each([
    '01/05/2024T13:45',
    '2024-05-01 24:00',
    '2024-05-01 12:60',
    '2024-05-01T10:00Z',
    '2024-05-01 9:00',
  ])('rejects %s', (text) => expect(parseDateTime(text)).toBeUndefined());

  it('formatting then parsing is the identity', () => {
    const times = fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59));
    fc.assert(
      fc.property(isoDates, times, (iso, [h, m, s]) => {
        const canonical = `${iso} ${pad(h)}:${pad(m)}:${pad(s)}`;
        return parseDateTime(formatUkDateTime(canonical)) === canonical;
      }),
    );
  });
});

describe('parseMonth', () => {
  it('gives the first day of a police.uk month', () => {
    expect(parseMonth('2021-05')).toBe('2021-05-01');
    expect(parseMonth('2021-13')).toBeUndefined();
    expect(parseMonth('05/2021')).toBeUndefined();
  });
});
