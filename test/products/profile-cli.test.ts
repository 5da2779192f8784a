import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { kentStore } from './profile-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'toex-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('toex profile', () => {
  it('writes JSON and HTML profiles, and fails with exit 2 on a bad date', async () => {
    const db = join(dir, 'store.duckdb');
    (await kentStore({ linked: true, path: db })).close();
    const json = join(dir, 'kent.json');
    const args = ['node', 'toex', 'profile', '--force', 'Kent', '--db', db];
    expect(
      await main([
        ...args,
        '--from',
        '01/11/2023',
        '--to',
        '30/04/2024',
        '--format',
        'json',
        '--out',
        json,
      ]),
    ).toBe(0);
    const profile = JSON.parse(readFileSync(json, 'utf8'));
    expect(profile.period.from).toBe('2023-11-01');
    expect(profile.headline.occurrences).toBe(5);
    const html = join(dir, 'kent.html');
    expect(await main([...args, '--exclude', 'Dwelling', '--out', html])).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('excluding dwelling');
    expect(await main([...args, '--from', '31/02/2024', '--out', html])).toBe(2);
    // The --out extension names the format; a .pdf is refused rather than filled with HTML.
    const inferred = join(dir, 'inferred.json');
    expect(await main([...args, '--out', inferred])).toBe(0);
    expect(JSON.parse(readFileSync(inferred, 'utf8')).headline.occurrences).toBe(5);
    expect(await main([...args, '--out', join(dir, 'kent.pdf')])).toBe(2);
  });
});
