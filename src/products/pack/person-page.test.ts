import { describe, expect, it } from 'vitest';
import type { PersonPageData } from './person-page-data.js';
import { personPage } from './person-page.js';

const data = (scope: string | null, forces: string[]): PersonPageData => ({
  personId: 'P-1',
  scope,
  records: forces.map((force, i) => ({
    force,
    person_ref: `R${i}`,
    surname: 'Testperson',
    forenames: 'Pat',
    date_of_birth: '1980-04-02',
    gender: 'M',
    ethnicity: null,
    nationality: null,
    occupation: null,
    pnc_id: null,
    extract_id: 'x1',
    source_file: 'persons.csv',
    source_line: i + 2,
  })),
  occurrences: [],
  victims: [],
  context: [],
});

const page = (d: PersonPageData) =>
  personPage({
    kind: 'suspect',
    pageNumber: 1,
    ranked: undefined,
    data: d,
    period: { from: '2023-11-01', to: '2024-04-30' },
    packDate: '2024-05-08',
  });

describe('person page in a record scope', () => {
  it('says the page holds one force’s records, the same whether others hold any or not', () => {
    const notes = [data('west-mercia', ['west-mercia']), data('west-mercia', [])].map((d) =>
      page(d).blocks.filter((b) => b.kind === 'note' && b.tone === 'warning'),
    );
    expect(notes[0]).toEqual(notes[1]);
    expect(notes[0]).toHaveLength(1);
    expect(JSON.stringify(notes[0])).toContain('person records of West Mercia only');
  });

  it('adds no note to the full view', () => {
    const blocks = page(data(null, ['essex', 'kent'])).blocks;
    expect(blocks.some((b) => b.kind === 'note' && b.tone === 'warning')).toBe(false);
  });
});
