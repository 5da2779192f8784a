// The figures of the real VAWG pack over the hand-made Kent store (pack-fixture.ts), each
// against a value worked out by hand from the fixture: the TOEX links summary, the suspect
// charts, the suspect pages and a victim page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ChartBlock,
  FiguresBlock,
  PackDocument,
  PackSection,
  TableBlock,
} from '../../../src/products/document/pack-document.js';
import { generatePack } from '../../../src/products/pack/generate-pack.js';
import { packSettings } from '../../../src/products/pack/pack-settings.js';
import { buildVawgPack } from '../../../src/products/pack/vawg-pack.js';
import type { Store } from '../../../src/store/store.js';
import { kentGeneratedAt, kentMeeting, kentPackStore } from './pack-fixture.js';

let store: Store;
let doc: PackDocument;
let pagePeople: string[];

beforeAll(async () => {
  store = await kentPackStore();
  const generated = await generatePack(store, {
    force: 'kent',
    meetingDate: kentMeeting,
    settings: packSettings({ victimPages: 1 }),
    builder: buildVawgPack,
    now: kentGeneratedAt,
  });
  doc = generated.document;
  pagePeople = generated.record.pages.map((p) => `${p.pageKind} ${p.rank} ${p.personId}`);
});
afterAll(() => store.close());

function section(id: string): PackSection {
  const found = doc.sections.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no section ${id}`);
  return found;
}

function table(sectionId: string, tableId: string): TableBlock {
  const found = section(sectionId).blocks.find(
    (b): b is TableBlock => b.kind === 'table' && b.id === tableId,
  );
  if (found === undefined) throw new Error(`no table ${tableId}`);
  return found;
}

function chartPairs(id: string): [string, number | null][] {
  const chart = section('suspect-charts').blocks.find(
    (b): b is ChartBlock => b.kind === 'chart' && b.id === id,
  );
  if (chart === undefined) throw new Error(`no chart ${id}`);
  return chart.categories.map((c, i) => [c, chart.series[0]?.values[i] ?? null]);
}

/** Every figure card of a section, label to value. */
function cards(sectionId: string): Record<string, unknown> {
  const blocks = section(sectionId).blocks.filter((b): b is FiguresBlock => b.kind === 'figures');
  return Object.fromEntries(blocks.flatMap((b) => b.cards.map((c) => [c.label, c.value])));
}

describe('VAWG pack values (hand-made Kent data, period 01/11/2023 to 30/04/2024)', () => {
  it('gives suspect pages by RFG to S-1 and kent:s2, and a victim page to V-1', () => {
    // RFG: S-1 30 (below), kent:s2 2; k5's suspect s3 is not VAWG (male victim). Victims:
    // V-1 30, kent:vG 0.3 (1 occurrence, unknown harm, 15 weeks: 30 x 10 x 10 / 10,000).
    expect(pagePeople).toEqual(['suspect 1 S-1', 'suspect 2 kent:s2', 'victim 1 V-1']);
  });

  it('summarises TOEX links per link type: VAWG people and their links', () => {
    // VAWG people of the period: S-1 (k1, k2, k7), kent:s2 (k3, k4), V-1 (k1, k2, k4),
    // kent:vG (k3). Links across all their records: phone PH1 (kent:s1), PH2 (essex:e1s)
    // and PH1 (kent:s2) = 2 people, 3 links; email EM1 (kent:vF2 of V-1); vehicle VH1
    // (essex:e1s of S-1). kent:m's phone PH9 does not count: k5 is not VAWG.
    expect(table('toex-links', 'toex-links').rows).toEqual([
      { link_type: 'phone', people: 2, links: 3 },
      { link_type: 'email', people: 1, links: 1 },
      { link_type: 'vehicle', people: 1, links: 1 },
    ]);
  });

  it("counts the force's suspects once per person in each chart", () => {
    // Suspects: S-1 (kent:s1 on k1, k2, k7) and kent:s2 (k3, k4), both M; kent:s1 is
    // recorded as W1, kent:s2 by the description: one label through ref_ethnicity.
    expect(chartPairs('suspects-by-ethnicity')).toEqual([
      ['W1 White - English/Welsh/Scottish/Northern Irish/British', 2],
    ]);
    expect(chartPairs('suspects-by-gender')).toEqual([['M', 2]]);
    // Districts: ME1 k1, k2 (S-1) and k4 (s2) = 2 people; ME2 k3 (s2); k7 has no postcode.
    expect(chartPairs('suspects-by-district')).toEqual([
      ['ME1', 2],
      ['ME2', 1],
      ['Not recorded', 1],
    ]);
    // Level 3: harassment (8L) k1, k7 (S-1) and k4 (s2) = 2; rape of a female (19C) k2
    // (S-1); common assault (8N) k3 (s2).
    expect(chartPairs('suspects-by-classification')).toEqual([
      ['Harassment', 2],
      ['Common assault', 1],
      ['Rape of a female', 1],
    ]);
    // Ages at event: S-1 34 (k1, k2) and 35 (k7); s2 17 (k3, k4). Bands in age order,
    // every band shown; no 'Not recorded' bar, as every age is recorded.
    expect(chartPairs('suspects-by-age')).toEqual([
      ['Under 18', 1],
      ['18-24', 0],
      ['25-34', 1],
      ['35-49', 1],
      ['50 and over', 0],
    ]);
  });

  it("shows suspect page 1's figures: S-1 across Kent and Essex", () => {
    // Occurrences: k1 05/11/2023, k2 10/12/2023, k7 31/03/2024 in the period; Essex e1
    // 01/06/2023 before it = 4 all time. Victims: V-1 (k1, k2) and essex:ev (e1) = 2.
    // Harm, all time: 10 (k1) + 2,555 (k2) + 10 (k7) + 10 (e1) = 2,585 days.
    // RFG in the period: latest 31/03/2024, 30 days before 30/04/2024 = 4 weeks -> R 100;
    // 3 occurrences -> F 30; 2,575 days -> G 100; 100 x 30 x 100 / 10,000 = 30.
    // Victim ages: V-1 30 at k2 (the latest; 29 at k1) adult, ev 15 child.
    expect(cards('suspect-page-1')).toMatchObject({
      'VAWG occurrences in period': 3,
      'VAWG occurrences, all time': 4,
      'Unique victims': 2,
      'Total harm (days, all time)': 2585,
      'Latest occurrence': '2024-03-31',
      'R (recency)': 100,
      'F (frequency)': 30,
      'G (gravity)': 100,
      RFG: 30,
      'Victims: child (under 18)': 1,
      'Victims: adult': 1,
      'Victims: age not recorded': 0,
    });
    // Latest address: essex:e1s's 2 Low Road (01/09/2023) is later than kent:s1's (2022).
    const context = table('suspect-page-1', 'suspect-1-address-links').rows;
    expect(context[0]).toMatchObject({
      kind: 'address',
      force: 'Essex',
      detail: '2 Low Road',
      extra: 'CM1 1AA',
    });
    expect(String(context[0]?.['on'])).toMatch(/^2023-09-01/);
    expect(context.filter((r) => r['kind'] === 'address')).toHaveLength(1);
    expect(context.filter((r) => r['kind'] === 'link').map((r) => r['extra'])).toEqual([
      'PH1',
      'PH2',
      'VH1',
    ]);
    expect(
      table('suspect-page-1', 'suspect-1-victims').rows.map((r) => [r['victim'], r['age']]),
    ).toEqual([
      ['V-1', 30],
      ['essex:ev', 15],
    ]);
  });

  it("draws S-1's pulse month by month from the first occurrence, empty months as 0", () => {
    // e1 06/2023, k1 11/2023, k2 12/2023, k7 03/2024; the period ends 04/2024.
    const pulse = section('suspect-page-1').blocks.find(
      (b): b is ChartBlock => b.kind === 'chart' && b.id === 'suspect-1-pulse',
    );
    const months = ['06', '07', '08', '09', '10', '11', '12'].map((m) => `${m}/2023`);
    expect(pulse?.categories).toEqual([...months, '01/2024', '02/2024', '03/2024', '04/2024']);
    expect(pulse?.series[0]?.values).toEqual([1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0]);
  });

  it("shows suspect page 2's figures: kent:s2, harm partly unknown, no address", () => {
    // k3 15/01/2024 (8N, harm unknown) and k4 30/04/2024 (8L, 10 days). Victims: kent:vG
    // 16 at k3 (child) and V-1 31 at k4 as vF2 (adult). R 100 (0 weeks), F 20 (2), G 10
    // (10 days): 100 x 20 x 10 / 10,000 = 2.
    expect(cards('suspect-page-2')).toMatchObject({
      'VAWG occurrences in period': 2,
      'VAWG occurrences, all time': 2,
      'Unique victims': 2,
      'Total harm (days, all time)': 10,
      'R (recency)': 100,
      'F (frequency)': 20,
      'G (gravity)': 10,
      RFG: 2,
      'Victims: child (under 18)': 1,
      'Victims: adult': 1,
    });
    const context = table('suspect-page-2', 'suspect-2-address-links').rows;
    expect(context.map((r) => [r['kind'], r['detail'], r['extra']])).toEqual([
      ['link', 'phone', 'PH1'],
    ]);
  });

  it("shows victim page 1's figures: V-1, two Kent records as one person", () => {
    // V-1 is the victim on k1, k2 (as vF) and k4 (as vF2): 3 in the period and all time;
    // harm 10 + 2,555 + 10 = 2,575; latest 30/04/2024 -> R 100, F 30, G 100, RFG 30.
    expect(section('victim-page-1').title).toBe('Victim page 1: V-1');
    expect(cards('victim-page-1')).toMatchObject({
      'VAWG occurrences in period': 3,
      'VAWG occurrences, all time': 3,
      'Total harm (days, all time)': 2575,
      'Latest occurrence': '2024-04-30',
      'R (recency)': 100,
      'F (frequency)': 30,
      'G (gravity)': 100,
      RFG: 30,
    });
    expect(
      table('victim-page-1', 'victim-1-identifiers').rows.map((r) => [r['force'], r['ref']]),
    ).toEqual([
      ['Kent', 'vF'],
      ['Kent', 'vF2'],
    ]);
    expect(
      table('victim-page-1', 'victim-1-occurrences').rows.map((r) => [r['ref'], r['role']]),
    ).toEqual([
      ['k4', 'victim'],
      ['k2', 'victim'],
      ['k1', 'victim'],
    ]);
  });

  it('notes the harm of the period in the summary, unknown harm apart', () => {
    // Harm of k1, k2, k4, k7: 10 + 2,555 + 10 + 10; k3 (8N) has no harm value.
    expect(section('summary').blocks).toContainEqual({
      kind: 'note',
      text: 'Harm: 2,585 days in total, over the occurrences whose harm is known; 1 occurrence of unknown harm is left out, not counted as zero.',
    });
  });

  it('says how the pack period was chosen, not "as requested"', () => {
    // Meeting 15/05/2024, pack date 08/05/2024: the six complete months before it.
    const notes = section('summary').blocks.flatMap((b) => (b.kind === 'note' ? [b.text] : []));
    expect(notes).toContain(
      'Period 01/11/2023 to 30/04/2024, chosen as the last 6 complete months before the pack date, 08/05/2024. Year to date counts VAWG occurrences from 1 April of the police year containing the period end.',
    );
    expect(notes.join(' ')).not.toContain('as requested');
  });

  it('titles the pack and names forces in tables by force name', () => {
    expect(doc.title).toBe('VAWG tasking pack: Kent, TTCG 15/05/2024');
    expect(doc.forceLabel).toBe('Kent');
    const forces = table('suspect-page-1', 'suspect-1-occurrences').rows.map((r) => r['force']);
    expect(new Set(forces)).toEqual(new Set(['Kent', 'Essex']));
  });

  it('lists the top five suspects in the summary, with their pages', () => {
    expect(
      table('summary', 'top-five-suspects').rows.map((r) => [
        r['rank'],
        r['personId'],
        r['occurrences'],
        r['harmDays'],
        r['rfg'],
        r['page'],
      ]),
    ).toEqual([
      [1, 'S-1', 3, 2575, 30, 'Suspect page 1'],
      [2, 'kent:s2', 2, 10, 2, 'Suspect page 2'],
    ]);
  });
});
