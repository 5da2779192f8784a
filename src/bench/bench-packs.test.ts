import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../store/store.js';
import { benchPacks } from './bench-packs.js';

const dir = mkdtempSync(join(tmpdir(), 'toex-bench-packs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchPacks', () => {
  it('times whole packs, rendered to every format, against the profile time', async () => {
    await using store = await Store.open(':memory:');
    const lines: string[] = [];
    const result = await benchPacks(store, {
      meetingDate: '2024-05-15',
      profileSeconds: 0.5,
      outDir: dir,
      say: (line) => lines.push(line),
      forces: ['bedfordshire', 'kent'],
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^pack bedfordshire, rendered to pdf, html, csv, xlsx \(\d+ files\): [\d.]+ s \([\d.]+x the profile's time\)$/,
    );
    expect(lines[1]).toMatch(
      /^packs, all 2 forces, rendered \(\d+ files\): [\d.]+ s \([\d.]+x the profile's time, [\d.]+x per pack\)$/,
    );
    const files = readdirSync(dir);
    for (const ext of ['pdf', 'html', 'xlsx']) {
      expect(files).toContain(`bedfordshire-vawg-pack-2024-05-15.${ext}`);
      expect(files).toContain(`kent-vawg-pack-2024-05-15.${ext}`);
    }
    expect(files.some((f) => f.endsWith('.csv'))).toBe(true);
    expect(result.allSeconds).toBeGreaterThan(0);
  });
});
