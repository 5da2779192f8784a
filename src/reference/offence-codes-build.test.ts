import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../core/paths.js';
import { toCsvText } from './csv-file.js';
import { buildOffenceCodes, compareHoCodes, offenceCodeColumns } from './offence-codes-build.js';

// Regenerate data/reference/offence-codes.csv with:
//   TOEX_UPDATE_REFERENCE=1 npx vitest run src/reference/offence-codes-build.test.ts
describe('buildOffenceCodes', () => {
  const rows = buildOffenceCodes();
  const byCode = new Map(rows.map((r) => [r.ho_code, r]));

  it('matches the committed offence-codes.csv (the file is generated, not hand-edited)', () => {
    const text = toCsvText(offenceCodeColumns, rows);
    const file = dataPath('reference', 'offence-codes.csv');
    if (process.env['TOEX_UPDATE_REFERENCE'] === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('splits the composite Homicide node and takes the Murder label from the draft', () => {
    expect(byCode.get('1')).toMatchObject({ offence: 'Murder', level2: 'Homicide' });
    expect(byCode.get('4.10')).toMatchObject({ level2: 'Homicide', prc_subgroup: 'Homicide' });
  });

  it('gives codes placed directly under a group a subgroup', () => {
    expect(byCode.get('9A')?.level2).toBe('Public order offences');
    expect(byCode.get('46')).toMatchObject({ level2: 'Shoplifting', crime_type: 'Shoplifting' });
    expect(byCode.get('8L')?.level2).toBe('Stalking and harassment');
  });

  it('maps 2017-18 subgroup names to the current CCHI subgroups and categories', () => {
    expect(byCode.get('28E')).toMatchObject({
      prc_subgroup: 'Residential burglary',
      crime_type: 'Burglary',
    });
    expect(byCode.get('45')?.crime_type).toBe('Vehicle crime');
    expect(byCode.get('4.4')?.prc_subgroup).toBe('Death or serious injury - unlawful driving');
    expect(byCode.get('8U')?.crime_type).toBe('Violence and sexual offences');
  });

  it('orders codes by number then suffix', () => {
    const codes = ['105A', '4.10', '3B', '2', '4.1', '3A'].sort(compareHoCodes);
    expect(codes).toEqual(['2', '3A', '3B', '4.1', '4.10', '105A']);
  });
});
