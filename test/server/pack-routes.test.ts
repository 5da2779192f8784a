// Pack routes over a loopback server: generation in the caller's force scope (a kent
// analyst's person pages hold kent's records only, in every format), download by the
// generator only, and path tricks in file names refused as unknown files.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packHistory } from '../../src/products/pack/pack-history.js';
import type { ToexServer } from '../../src/server/server.js';
import {
  analysts,
  fixtureServer,
  people,
  signedIn,
  signedInAs,
  type ApiClient,
} from './server-fixture.js';

let server: ToexServer;
beforeAll(async () => {
  server = await fixtureServer();
});
afterAll(() => server.close());

const request = (force: string) => ({
  body: { force, meetingDate: '2024-05-15', formats: ['html', 'csv'], purpose: 'op test' },
});

interface PackBody {
  packId: string;
  files: { name: string; format: string; url: string }[];
}

describe('pack routes', () => {
  it('generates a pack whose files only the generator can download', async () => {
    const analyst = await signedIn(server, 'analyst');
    const response = await analyst.send('POST', '/api/packs', request('essex'));
    expect(response.status).toBe(200);
    const pack = (await response.json()) as PackBody;
    expect(pack.files.map((f) => f.format)).toContain('html');
    expect(pack.files.map((f) => f.format)).toContain('csv');
    const html = pack.files.find((f) => f.format === 'html')!;
    expect(html.name).toBe('essex-vawg-pack-2024-05-15.html');

    const mine = await analyst.send('GET', html.url);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toMatch(/^text\/html/);
    expect(mine.headers.get('content-disposition')).toContain('attachment');

    const other = await signedIn(server, 'supervisor');
    expect((await other.send('GET', html.url)).status).toBe(404);
  });

  it("refuses an analyst another force's pack", async () => {
    const analyst = await signedIn(server, 'analyst');
    expect((await analyst.send('POST', '/api/packs', request('kent'))).status).toBe(403);
  });

  it('treats the owner note and path tricks as unknown files', async () => {
    const analyst = await signedIn(server, 'analyst');
    const pack = (await (
      await analyst.send('POST', '/api/packs', request('essex'))
    ).json()) as PackBody;
    for (const name of ['owner.json', '..%2Fowner.json', '.hidden'])
      expect((await analyst.send('GET', `/api/packs/${pack.packId}/files/${name}`)).status).toBe(
        404,
      );
  });
});

/** Every file of a generated pack, by name: text for HTML and CSV, every cell for Excel. */
async function packFiles(client: ApiClient, pack: PackBody): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  for (const file of pack.files) {
    const response = await client.send('GET', file.url);
    expect(response.status).toBe(200);
    const data = Buffer.from(await response.arrayBuffer());
    files.set(file.name, file.format === 'xlsx' ? await xlsxCells(data) : [data.toString('utf8')]);
  }
  return files;
}

async function xlsxCells(data: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(`${sheet.name}: ${cell.text}`))),
  );
  return cells;
}

/** The suspect page of an HTML pack. */
function suspectPage(html: string): string {
  const start = html.indexOf('<section id="suspect-page-1"');
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start));
}

// What the person records of essex put on pid-both's suspect page: the essex record E2
// (Tobin Marsh), its newer address, its occurrence O1 and that occurrence's victim E1.
const essexOnPage = ['>E2<', '>Tobin Marsh<', 'CM1 1AA', '>O1<', 'cmd|calc', '>essex:E1<'];
// The same, as CSV and Excel cells.
const essexCells = ['E2', 'Tobin Marsh', 'CM1 1AA', 'O1', 'essex:E1'];

function cellsOf(file: string): string[] {
  return [...file.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replaceAll('""', '"'));
}

describe('pack person pages in the record scope of the caller', () => {
  const body = {
    force: 'kent',
    meetingDate: '2024-05-15',
    formats: ['html', 'csv', 'xlsx'],
    purpose: 'op test',
  };

  it("keeps another force's person records out of a kent analyst's pack, in every format", async () => {
    const kent = await signedInAs(server, analysts.kent);
    const pack = (await (await kent.send('POST', '/api/packs', { body })).json()) as PackBody;
    const files = await packFiles(kent, pack);
    const html = files.get('kent-vawg-pack-2024-05-15.html')![0]!;
    const page = suspectPage(html);
    for (const text of essexOnPage) expect(page).not.toContain(text);
    expect(page).toContain('>Toby Marsh<');
    expect(page).toContain('>O9<');
    expect(page).toContain('sees the person records of Kent only');
    // Record-level essex data appears nowhere in the pack: not in other sections either.
    for (const text of ['>E2<', 'CM1 1AA', '>O1<', 'cmd|calc', 'essex:E1'])
      expect(html).not.toContain(text);

    const csv = [...files].filter(([name]) => name.endsWith('.csv'));
    expect(csv.map(([name]) => name)).toContain(
      'kent-vawg-pack-2024-05-15-suspect-1-identifiers.csv',
    );
    const cells = csv.flatMap(([, [text]]) => cellsOf(text!));
    for (const text of essexCells) expect(cells).not.toContain(text);
    expect(cells.some((c) => c.includes('cmd|calc'))).toBe(false);
    const identifiers = files.get('kent-vawg-pack-2024-05-15-suspect-1-identifiers.csv')![0]!;
    expect(cellsOf(identifiers).filter((c) => c === 'Kent' || c === 'Essex')).toEqual(['Kent']);

    const sheets = files.get('kent-vawg-pack-2024-05-15.xlsx')!;
    const personSheets = sheets.filter((c) => c.startsWith('suspect-1-'));
    expect(personSheets.length).toBeGreaterThan(0);
    for (const text of essexCells)
      expect(sheets).not.toContain(expect.stringContaining(`: ${text}`));
    expect(personSheets.some((c) => c.endsWith(': Essex'))).toBe(false);
  });

  it("gives a regional analyst's pack every force's records of the person", async () => {
    const regional = await signedIn(server, 'regional-analyst');
    const pack = (await (await regional.send('POST', '/api/packs', { body })).json()) as PackBody;
    const files = await packFiles(regional, pack);
    const page = suspectPage(files.get('kent-vawg-pack-2024-05-15.html')![0]!);
    for (const text of essexOnPage) expect(page).toContain(text);
    expect(page).not.toContain('sees the person records of');
    const identifiers = files.get('kent-vawg-pack-2024-05-15-suspect-1-identifiers.csv')![0]!;
    expect(cellsOf(identifiers).filter((c) => c === 'Kent' || c === 'Essex')).toEqual([
      'Essex',
      'Kent',
    ]);
    const sheets = files.get('kent-vawg-pack-2024-05-15.xlsx')!;
    expect(sheets).toContain('suspect-1-identifiers: Tobin Marsh');
  });

  it('hashes a scoped pack stably and records it in the pack history', async () => {
    const generate = async (client: ApiClient) =>
      (await (
        await client.send('POST', '/api/packs', { body: { ...body, formats: ['csv'] } })
      ).json()) as PackBody & { contentHash: string };
    const kent = await signedInAs(server, analysts.kent);
    const first = await generate(kent);
    const again = await generate(kent);
    expect(again.contentHash).toBe(first.contentHash);
    const history = await packHistory(server.services.store, 'kent');
    expect(history.map((h) => [h.meeting_date, h.content_hash, h.suspect_pages])).toEqual([
      ['2024-05-15', first.contentHash, people.both],
    ]);

    // The full view is other content, so another hash; it replaces the meeting's pack.
    const full = await generate(await signedIn(server, 'regional-analyst'));
    expect(full.contentHash).not.toBe(first.contentHash);
    const replaced = await packHistory(server.services.store, 'kent');
    expect(replaced.map((h) => h.content_hash)).toEqual([full.contentHash]);
  });
});
