// Pack routes over a loopback server: generation in the caller's force scope, download by the
// generator only, and path tricks in file names refused as unknown files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToexServer } from '../../src/server/server.js';
import { fixtureServer, signedIn } from './server-fixture.js';

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
