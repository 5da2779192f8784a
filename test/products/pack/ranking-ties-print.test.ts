// "When ranks tie at the cut-off, list all tied" made a top-10 victims table of 294 rows,
// and the pack's ranking tables read the 50-deep list used to choose page people. Now the
// tables hold the top 10 (ties kept) and HTML and PDF print the first 10 of a long tie with
// a note; CSV, Excel (and the profile JSON) keep every row. Hand-made ties below.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackDocument, TableBlock } from '../../../src/products/document/pack-document.js';
import { renderHtml } from '../../../src/products/document/render-html.js';
import { renderPdf } from '../../../src/products/document/render-pdf.js';
import { generatePack } from '../../../src/products/pack/generate-pack.js';
import { packSettings } from '../../../src/products/pack/pack-settings.js';
import { buildVawgPack } from '../../../src/products/pack/vawg-pack.js';
import { writePackFiles } from '../../../src/products/pack/write-pack-files.js';
import type { Store } from '../../../src/store/store.js';
import {
  addInvolvement,
  addPerson,
  addVawgWith,
  openFixtureStore,
} from '../../fixtures/profile/fixture-store.js';
import { pdfPages } from './pdf-text.js';

const force = 'testshire';

/**
 * Suspects S01..S14 with 14, 13, ... 1 harassment (8L, 10 days' harm) occurrences in
 * September to December 2023; each occurrence has a victim of its own, so the 105 victims
 * all tie at rank 1 by occurrences (1 each) and by harm (10 days each).
 */
async function seed(store: Store): Promise<void> {
  for (let s = 1; s <= 14; s += 1) {
    const suspect = `S${String(s).padStart(2, '0')}`;
    for (let i = 0; i < 15 - s; i += 1) {
      const ref = `${suspect}-${i}`;
      const on = `2023-${String(9 + (i % 4)).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`;
      await addVawgWith(store, { force, ref, on, person: suspect });
      await addPerson(store, { force, ref: `V${ref}`, gender: 'F' });
      await addInvolvement(store, { force, occurrence: ref, person: `V${ref}`, role: 'victim' });
    }
  }
}

const note =
  "95 more people are tied at rank 1 and not printed here (105 people share that rank); every one of them is in the pack's CSV and Excel exports.";

let store: Store;
let doc: PackDocument;
const dir = mkdtempSync(join(tmpdir(), 'toex-ties-'));

beforeAll(async () => {
  store = await openFixtureStore();
  await seed(store);
  const pack = await generatePack(store, {
    force,
    meetingDate: '2024-02-07',
    settings: packSettings({ ranking: 'occurrences' }),
    builder: buildVawgPack,
    now: '2024-01-31T09:00:00Z',
  });
  doc = pack.document;
  await writePackFiles(doc, { outDir: dir, stem: 'ties', formats: ['csv', 'xlsx'] });
});
afterAll(() => store.close());

function table(id: string): TableBlock {
  const found = doc.sections
    .flatMap((s) => s.blocks)
    .find((b): b is TableBlock => b.kind === 'table' && b.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
}

describe('ranking tables with ties', () => {
  it('show the top 10, not the 50-deep list that page selection reads', () => {
    const suspects = table('suspects-occurrences').rows;
    expect(suspects.map((r) => r['rank'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(suspects.map((r) => r['personId'])).not.toContain(`${force}:S11`);
    expect(table('top-five-suspects').rows).toHaveLength(5);
  });

  it('keep every tied person in the table, with a print limit and its note', () => {
    for (const id of ['victims-occurrences', 'victims-harm']) {
      const victims = table(id);
      expect(victims.rows, id).toHaveLength(105);
      expect(new Set(victims.rows.map((r) => r['rank']))).toEqual(new Set([1]));
      expect(victims.displayLimit, id).toEqual({ rows: 10, note });
    }
    // Ten suspects ranked 1 to 10 without a tie past the cut-off: no limit.
    expect(table('suspects-occurrences').displayLimit).toBeUndefined();
  });

  it('prints the first 10 and the note in HTML', () => {
    const html = renderHtml(doc);
    const start = html.indexOf('<table id="table-victims-occurrences">');
    const end = html.indexOf('</table>', start);
    const body = html.slice(start, end);
    expect(body.match(/<tr>/g)).toHaveLength(11); // the headings and 10 rows
    const rows = table('victims-occurrences').rows;
    expect(body).toContain(String(rows[9]?.['personId']));
    expect(body).not.toContain(String(rows[10]?.['personId']));
    expect(html.slice(end, end + 400)).toContain(
      `</table>\n<p class="note limit">${note.replace("'", '&#39;')}</p>`,
    );
  });

  it('prints the first 10 and the note in the PDF', async () => {
    const pdf = await renderPdf(doc, { compress: false });
    const text = pdfPages(pdf).join(' ').replace(/\s+/g, '');
    expect(text.split(note.replace(/\s+/g, ''))).toHaveLength(3); // by occurrences and by harm
  });

  it('exports every tied person to CSV and Excel', async () => {
    const csv = readFileSync(join(dir, 'ties-victims-occurrences.csv'), 'utf8');
    // The marking line, the headings, then 105 rows.
    expect(csv.trimEnd().split('\r\n')).toHaveLength(107);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'ties.xlsx'));
    expect(book.getWorksheet('victims-occurrences')?.rowCount).toBe(107);
  });

  it('marks every CSV of the pack, not just the configuration table', () => {
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThan(20);
    for (const file of csvs) {
      const first = readFileSync(join(dir, file), 'utf8').split('\r\n')[0];
      expect(first, file).toBe(
        '\uFEFF"OFFICIAL-SENSITIVE","Force: Testshire","Period: 01/07/2023 to 31/12/2023"',
      );
    }
  });
});
