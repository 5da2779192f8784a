import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../../src/store/store.js';
import type { PackDocument } from '../../../src/products/document/pack-document.js';
import { generatePack, type PackBuilder } from '../../../src/products/pack/generate-pack.js';
import { packHistory } from '../../../src/products/pack/pack-history.js';
import { packSettings } from '../../../src/products/pack/pack-settings.js';
import { dueMeetings, scheduleMeetings } from '../../../src/products/pack/pack-schedule.js';
import { selectPagePeople } from '../../../src/products/pack/page-selection.js';

const ranking = ['p:A', 'p:B', 'p:C', 'p:D', 'p:E', 'p:F', 'p:G', 'p:H'];

/** A stand-in builder: pages for the top three of a fixed ranking, recent people passed over. */
const rankingBuilder: PackBuilder = (ctx) => {
  const { chosen, skipped } = selectPagePeople(ranking, ctx.excluded, ctx.settings.suspectPages);
  const document: PackDocument = {
    title: 'Test pack',
    marking: ctx.settings.marking,
    force: ctx.force,
    forceLabel: 'Testshire',
    period: ctx.period,
    meetingDate: ctx.meetingDate,
    generatedAt: ctx.generatedAt,
    sections: [
      {
        id: 's',
        title: 'Pages',
        blocks: [{ kind: 'note', text: `${chosen.join()} / ${skipped.join()}` }],
      },
    ],
  };
  const pages = chosen.map((personId, i) => ({
    pageKind: 'suspect' as const,
    rank: i + 1,
    personId,
  }));
  return Promise.resolve({ document, pages });
};

let store: Store;
beforeEach(async () => {
  store = await Store.open(':memory:');
});
afterEach(() => store.close());

const generate = (meetingDate: string, exclusionMonths = 6, now = '2024-01-01T10:00:00Z') =>
  generatePack(store, {
    force: 'testshire',
    meetingDate,
    settings: packSettings({ exclusionMonths }),
    builder: rankingBuilder,
    now,
  });
const shown = async (meetingDate: string, exclusionMonths = 6) =>
  (await generate(meetingDate, exclusionMonths)).record.pages.map((p) => p.personId);

describe('suspect page exclusion across consecutive meetings', () => {
  it('gives each person a page once in six months, the next in the ranking taking their place', async () => {
    expect(await shown('2024-01-10')).toEqual(['p:A', 'p:B', 'p:C']);
    expect(await shown('2024-02-07')).toEqual(['p:D', 'p:E', 'p:F']);
    expect(await shown('2024-03-06')).toEqual(['p:G', 'p:H']);
  });

  it('honours a shorter exclusion window', async () => {
    await shown('2024-01-10');
    await shown('2024-02-07');
    // one month back from 06/03 reaches 06/02: only the 07/02 pack's people are passed over
    expect(await shown('2024-03-06', 1)).toEqual(['p:A', 'p:B', 'p:C']);
  });

  it('regenerates a meeting with the same people and the same hash, whatever the time', async () => {
    await shown('2024-01-10');
    const first = await generate('2024-02-07', 6, '2024-01-31T08:00:00Z');
    const again = await generate('2024-02-07', 6, '2024-02-01T17:45:00Z');
    expect(again.record.pages).toEqual(first.record.pages);
    expect(again.record.contentHash).toBe(first.record.contentHash);
    expect(again.record.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const history = await packHistory(store, 'testshire');
    expect(history.map((h) => [h.meeting_date, h.suspect_pages])).toEqual([
      ['2024-02-07', 'p:D p:E p:F'],
      ['2024-01-10', 'p:A p:B p:C'],
    ]);
    expect(history[0]?.period_from).toBe('2023-07-01');
    expect(history[0]?.period_to).toBe('2023-12-31');
  });
});

describe('pack schedule', () => {
  it('lists meetings whose pack date has come and has no pack yet', async () => {
    const dates = await scheduleMeetings(store, {
      force: 'testshire',
      first: '2024-01-10',
      everyDays: 28,
      count: 3,
    });
    expect(dates).toEqual(['2024-01-10', '2024-02-07', '2024-03-06']);
    expect((await dueMeetings(store, '2024-01-31')).map((d) => d.meetingDate)).toEqual([
      '2024-01-10',
      '2024-02-07',
    ]);
    await generate('2024-01-10');
    expect(await dueMeetings(store, '2024-01-30')).toEqual([]);
    expect(await dueMeetings(store, '2024-01-31')).toEqual([
      { force: 'testshire', meetingDate: '2024-02-07', packDate: '2024-01-31' },
    ]);
  });
});
