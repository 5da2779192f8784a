import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../src/store/store.js';
import { generatePack } from '../../../src/products/pack/generate-pack.js';
import { packSettings } from '../../../src/products/pack/pack-settings.js';
import { buildVawgPack } from '../../../src/products/pack/vawg-pack.js';
import { renderPdf } from '../../../src/products/document/render-pdf.js';
import { pdfPages } from './pdf-text.js';

const prov = "'testshire', 'x1', 'f.csv', 1, TIMESTAMP '2024-02-01 00:00:00'";

/** Two suspects, three victims, four rapes (19C, a core VAWG code) in Testshire. */
async function seed(store: Store) {
  const occ = [
    ['O1', '2023-09-10'],
    ['O2', '2023-11-02'],
    ['O3', '2023-12-20'],
    ['O4', '2022-05-01'],
  ];
  for (const [ref, on] of occ) {
    await store.run(
      `INSERT INTO occurrence (occurrence_ref, occurred_from, ho_code, crime_type, offence_description, da_flag, outcome, summary, postcode, postcode_district, force, extract_id, source_file, source_line, loaded_at)
       VALUES (?, ?::TIMESTAMP, '19C', 'Violence and sexual offences', 'Rape of a female aged 16 and over', true, 'Under investigation', ?, 'AB1 2CD', 'AB1', ${prov})`,
      [ref!, on!, '<script>alert(1)</script>'],
    );
  }
  const people = [
    ['S1', 'M', '1980-04-02'],
    ['S2', 'M', '1990-01-01'],
    ['V1', 'F', '2008-06-01'],
    ['V2', 'F', '1985-06-01'],
  ];
  for (const [ref, g, dob] of people) {
    await store.run(
      `INSERT INTO person (person_ref, surname, forenames, gender, date_of_birth, ethnicity, occupation, force, extract_id, source_file, source_line, loaded_at)
       VALUES (?, 'Testperson', 'Pat', ?, ?::DATE, 'W1', 'Driver', ${prov})`,
      [ref!, g!, dob!],
    );
  }
  const inv = [
    ['O1', 'S1', 'suspect', 43],
    ['O1', 'V1', 'victim', 15],
    ['O2', 'S1', 'suspect', 43],
    ['O2', 'V2', 'victim', 38],
    ['O3', 'S2', 'suspect', 33],
    ['O3', 'V2', 'victim', 38],
    ['O4', 'S1', 'suspect', 42],
    ['O4', 'V1', 'victim', 13],
  ] as const;
  for (const [o, p, role, age] of inv) {
    await store.run(
      `INSERT INTO involvement (occurrence_ref, person_ref, role, age_at_event, force, extract_id, source_file, source_line, loaded_at) VALUES (?, ?, ?, ?, ${prov})`,
      [o, p, role, age],
    );
  }
  await store.run(
    `INSERT INTO link (person_ref, link_type, object_key, force, extract_id, source_file, source_line, loaded_at) VALUES ('S1', 'phone', 'PH1', ${prov})`,
  );
}

let store: Store;
beforeAll(async () => {
  store = await Store.open(':memory:');
  await seed(store);
});
afterAll(() => store.close());

describe('VAWG pack from hand-made data', () => {
  it('gives suspect pages to both suspects and prints every section', async () => {
    const result = await generatePack(store, {
      force: 'testshire',
      meetingDate: '2024-02-14',
      settings: packSettings(),
      builder: buildVawgPack,
      now: '2024-02-07T09:00:00Z',
    });
    expect(result.record.period).toEqual({ from: '2023-08-01', to: '2024-01-31' });
    expect(result.record.pages.map((p) => p.personId).sort()).toEqual([
      'testshire:S1',
      'testshire:S2',
    ]);
    const ids = result.document.sections.map((s) => s.id);
    expect(ids).toContain('suspect-page-1');
    expect(ids).toContain('toex-links');
    expect(ids).toContain('configuration');
    // The configuration page writes its dates dd/mm/yyyy, and the models and reference
    // tables appear there once (the method section keeps only its note).
    const config = result.document.sections.find((s) => s.id === 'configuration');
    const settingsTable = config?.blocks.find((b) => b.kind === 'table');
    const values = Object.fromEntries(
      (settingsTable?.kind === 'table' ? settingsTable.rows : []).map((r) => [
        r['setting'],
        r['value'],
      ]),
    );
    expect(values['Period']).toMatch(/^01\/08\/2023 to 31\/01\/2024 /);
    expect(values['TTCG meeting date']).toBe('14/02/2024');
    expect(values['Pack date']).toBe('07/02/2024');
    expect(values['Next TTCG meeting']).toBe('none scheduled');
    const tables = result.document.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'table' ? [b.id] : [])),
    );
    expect(tables.filter((t) => t === 'models' || t === 'references')).toEqual(['models']);
    const pdf = pdfPages(await renderPdf(result.document, { compress: false }))
      .join(' ')
      .replace(/\s+/g, '');
    expect(pdf).toContain('Suspectpage1');
    expect(pdf).toContain('<script>alert(1)</script>');
  });
});
