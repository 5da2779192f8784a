// "A person shown on a suspect page in any pack for that force in the previous six months is
// not given a page again; the next person in the ranking is. The pack says so in a note, as
// the top-five list still lists them." The real VAWG builder over three consecutive TTCG
// meetings, four weeks apart, on hand-made data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackDocument, TableBlock } from '../../../src/products/document/pack-document.js';
import { renderHtml } from '../../../src/products/document/render-html.js';
import { generatePack } from '../../../src/products/pack/generate-pack.js';
import { packHistory } from '../../../src/products/pack/pack-history.js';
import { scheduleMeetings } from '../../../src/products/pack/pack-schedule.js';
import { packSettings } from '../../../src/products/pack/pack-settings.js';
import { buildVawgPack } from '../../../src/products/pack/vawg-pack.js';
import type { Store } from '../../../src/store/store.js';
import { addVawgWith, openFixtureStore } from '../../fixtures/profile/fixture-store.js';

const force = 'testshire';
const id = (ref: string) => `${force}:${ref}`;

/**
 * Suspects A..J have 10, 9, ... 1 harassment (8L) occurrences between 01/09/2023 and
 * 31/12/2023, in every meeting's period; K has 11 in January 2024, so is in the periods of
 * the second and third meetings only. Ranked by VAWG occurrences: meeting 1 A, B, C, ...;
 * meetings 2 and 3 K, A, B, C, ...
 */
async function seed(store: Store): Promise<void> {
  const counts: [string, number][] = [
    ['A', 10],
    ['B', 9],
    ['C', 8],
    ['D', 7],
    ['E', 6],
    ['F', 5],
    ['G', 4],
    ['H', 3],
    ['I', 2],
    ['J', 1],
  ];
  for (const [person, n] of counts) {
    for (let i = 0; i < n; i += 1) {
      const on = `2023-${String(9 + (i % 4)).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`;
      await addVawgWith(store, { force, ref: `${person}${i}`, on, person });
    }
  }
  for (let i = 0; i < 11; i += 1) {
    const on = `2024-01-${String(i + 1).padStart(2, '0')}`;
    await addVawgWith(store, { force, ref: `K${i}`, on, person: 'K' });
  }
}

// Pack dates 31/01, 28/02 and 27/03/2024: periods Jul-Dec 2023, Aug 2023-Jan 2024 and
// Sep 2023-Feb 2024.
const meetings = ['2024-02-07', '2024-03-06', '2024-04-03'] as const;

let store: Store;
const packs: PackDocument[] = [];
const pages: string[][] = [];

beforeAll(async () => {
  store = await openFixtureStore();
  await seed(store);
  await scheduleMeetings(store, { force, first: meetings[0], everyDays: 28, count: 3 });
  for (const meetingDate of meetings) {
    const generated = await generatePack(store, {
      force,
      meetingDate,
      settings: packSettings({ ranking: 'occurrences' }),
      builder: buildVawgPack,
      now: '2024-01-31T09:00:00Z',
    });
    packs.push(generated.document);
    pages.push(generated.record.pages.map((p) => p.personId));
  }
});
afterAll(() => store.close());

const topFive = (doc: PackDocument) => {
  const summary = doc.sections.find((s) => s.id === 'summary');
  const table = summary?.blocks.find(
    (b): b is TableBlock => b.kind === 'table' && b.id === 'top-five-suspects',
  );
  return (table?.rows ?? []).map((r) => [r['rank'], r['personId'], r['page']]);
};

const passedOverNotes = (doc: PackDocument) =>
  (doc.sections.find((s) => s.id === 'pages')?.blocks ?? []).flatMap((b) =>
    b.kind === 'note' && b.tone === 'warning' ? [b.text] : [],
  );

const passed = 'Passed over: page in last 6 months';

describe('suspect pages across three consecutive meetings (the real builder)', () => {
  it('gives pages to the top three, then to the next people not shown in six months', () => {
    expect(pages[0]).toEqual([id('A'), id('B'), id('C')]);
    // K is new in the second period and ranks first; A, B and C are passed over.
    expect(pages[1]).toEqual([id('K'), id('D'), id('E')]);
    // Everyone shown at the first two meetings is passed over: F, G and H are next.
    expect(pages[2]).toEqual([id('F'), id('G'), id('H')]);
    expect(
      packs[2]?.sections.filter((s) => s.id.startsWith('suspect-page-')).map((s) => s.title),
    ).toEqual([
      `Suspect page 1: ${id('F')}`,
      `Suspect page 2: ${id('G')}`,
      `Suspect page 3: ${id('H')}`,
    ]);
  });

  it('keeps the passed-over people in the top five list, marked', () => {
    expect(topFive(packs[0]!)).toEqual([
      [1, id('A'), 'Suspect page 1'],
      [2, id('B'), 'Suspect page 2'],
      [3, id('C'), 'Suspect page 3'],
      [4, id('D'), ''],
      [5, id('E'), ''],
    ]);
    expect(topFive(packs[1]!)).toEqual([
      [1, id('K'), 'Suspect page 1'],
      [2, id('A'), passed],
      [3, id('B'), passed],
      [4, id('C'), passed],
      [5, id('D'), 'Suspect page 2'],
    ]);
    expect(topFive(packs[2]!)).toEqual([
      [1, id('K'), passed],
      [2, id('A'), passed],
      [3, id('B'), passed],
      [4, id('C'), passed],
      [5, id('D'), passed],
    ]);
  });

  it('names each passed-over person in a note that points to the top five list', () => {
    expect(passedOverNotes(packs[0]!)).toEqual([]);
    const second = passedOverNotes(packs[1]!);
    expect(second).toHaveLength(3);
    expect(second[0]).toBe(
      `${id('A')} (rank 2 by VAWG occurrences) had a suspect page in a pack for this force in the last 6 months, so is not given a page again; the next person in the ranking is. The top five suspects table in the summary still lists them.`,
    );
    expect(second.map((n) => n.split(' ')[0])).toEqual([id('A'), id('B'), id('C')]);
    const third = passedOverNotes(packs[2]!);
    expect(third.map((n) => n.split(' ')[0])).toEqual([
      id('K'),
      id('A'),
      id('B'),
      id('C'),
      id('D'),
      id('E'),
    ]);
    // E ranks sixth: outside the top five, so the note points to the full rankings.
    expect(third[5]).toContain('(rank 6 by VAWG occurrences)');
    expect(third[5]).toContain('The top suspects tables still list them.');
    expect(renderHtml(packs[2]!)).toContain(
      `<p class="note warning" dir="auto">${id('K')} (rank 1 by VAWG occurrences) had a suspect page`,
    );
  });

  it('records each pack and its page people in the history', async () => {
    const history = await packHistory(store, force);
    expect(history.map((h) => [h.meeting_date, h.suspect_pages])).toEqual([
      ['2024-04-03', 'testshire:F testshire:G testshire:H'],
      ['2024-03-06', 'testshire:K testshire:D testshire:E'],
      ['2024-02-07', 'testshire:A testshire:B testshire:C'],
    ]);
    expect(history.map((h) => [h.period_from, h.period_to])).toEqual([
      ['2023-09-01', '2024-02-29'],
      ['2023-08-01', '2024-01-31'],
      ['2023-07-01', '2023-12-31'],
    ]);
  });
});
