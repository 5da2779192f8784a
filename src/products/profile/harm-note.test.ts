import { describe, expect, it } from 'vitest';
import { harmNote } from './profile-document.js';

describe('harmNote', () => {
  it('gives the total alone when every occurrence has a known harm', () => {
    expect(harmNote({ occurrences: 3, harmDays: 1234.4, harmUnknown: 0 })).toBe(
      'Harm: 1,234 days in total.',
    );
  });

  it('says how many occurrences of unknown harm are left out, singular or plural', () => {
    expect(harmNote({ occurrences: 3, harmDays: 20, harmUnknown: 1 })).toBe(
      'Harm: 20 days in total, over the occurrences whose harm is known; 1 occurrence of unknown harm is left out, not counted as zero.',
    );
    expect(harmNote({ occurrences: 3000, harmDays: 20, harmUnknown: 1200 })).toMatch(
      /; 1,200 occurrences of unknown harm are left out, not counted as zero\.$/,
    );
  });

  it('gives no total when no harm is known, and no count of nothing', () => {
    expect(harmNote({ occurrences: 2, harmDays: null, harmUnknown: 2 })).toBe(
      'Harm: not known for any occurrence of the period (2 occurrences), so no total is given.',
    );
    expect(harmNote({ occurrences: 0, harmDays: null, harmUnknown: 0 })).toBe(
      'Harm: no VAWG occurrence in the period.',
    );
  });
});
