import { describe, expect, it } from 'vitest';
import { recordSpec } from '../core/record-schema.js';
import { isToexError } from '../core/errors.js';
import { forceExtractLayout, policeUkLayout } from './source-layout.js';
import { levenshtein, mapHeader, normaliseHeader } from './header-map.js';

const occurrences = forceExtractLayout(recordSpec('occurrence'));

function mismatch(header: string[]): string {
  try {
    mapHeader(occurrences, header, 'occurrences.csv');
  } catch (error) {
    if (isToexError(error, 'SCHEMA_MISMATCH')) return error.message;
    throw error;
  }
  throw new Error('expected SCHEMA_MISMATCH');
}

describe('mapHeader', () => {
  it('matches names case-insensitively with spaces or underscores, and keeps extras', () => {
    const header = ['Occurrence Ref', 'OCCURRED_FROM', 'HO Code', 'Beat  Code'];
    const map = mapHeader(occurrences, header, 'f.csv');
    expect(map.indexes[0]).toBe(0);
    expect(map.indexes[1]).toBe(1);
    expect(map.extras).toEqual([{ name: 'beat_code', index: 3 }]);
  });

  it('names the file, the missing column, the columns found and a likely rename', () => {
    const message = mismatch(['Occurence Ref', 'occurred_from']);
    expect(message).toContain('occurrences.csv');
    expect(message).toContain('required column occurrence_ref is missing');
    expect(message).toContain('did you mean "occurence_ref"');
    expect(message).toContain('columns found: occurence_ref, occurred_from');
  });

  it('rejects a header that names one column twice', () => {
    expect(mismatch(['occurrence_ref', 'Occurrence Ref', 'occurred_from'])).toContain('twice');
  });

  it('reads both police.uk header variants', () => {
    const layout = policeUkLayout();
    const published = [
      'Crime ID',
      'Month',
      'Reported by',
      'Falls within',
      'Longitude',
      'Latitude',
      'Location',
      'LSOA code',
      'LSOA name',
      'Crime type',
      'Last outcome category',
      'Context',
    ];
    const snake = published.map(normaliseHeader);
    expect(mapHeader(layout, published, 'a.csv')).toEqual(mapHeader(layout, snake, 'b.csv'));
    expect(mapHeader(layout, snake, 'b.csv').extras.map((e) => e.name)).toEqual([
      'reported_by',
      'falls_within',
      'lsoa_name',
      'context',
    ]);
  });
});

describe('levenshtein', () => {
  it('counts edits', () => {
    expect(levenshtein('occurence_ref', 'occurrence_ref')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });
});
