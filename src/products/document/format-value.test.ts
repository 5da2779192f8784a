import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatValue } from './format-value.js';

describe('formatValue', () => {
  it('writes dates as dd/mm/yyyy, with or without a time', () => {
    expect(formatDate('2024-03-07')).toBe('07/03/2024');
    expect(formatDate('2024-03-07 13:45:00')).toBe('07/03/2024');
    expect(formatDateTime('2024-03-07T13:45:09Z')).toBe('07/03/2024 13:45');
  });

  it('leaves text that is not an ISO date unchanged', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('groups thousands and fixes decimals', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(3)).toBe('3');
  });

  it('prints null as empty and keeps text as text', () => {
    expect(formatValue(null, 'number')).toBe('');
    expect(formatValue('=1+1', 'text')).toBe('=1+1');
    expect(formatValue(0.5, 'number', 1)).toBe('0.5');
  });
});
