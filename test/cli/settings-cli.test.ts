// `toex settings` and the packs that follow it: a marking stored as a regional setting is on
// every generated pack, a command-line flag still overrides it, and each change is audited.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToex, type ToexRun } from './run-toex.js';
import { Store } from '../../src/store/store.js';
import { kentStore } from '../products/profile-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'toex-settings-cli-'));
const db = join(dir, 'store.duckdb');
beforeAll(async () => (await kentStore({ linked: true, path: db })).close());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function toex(...args: string[]): Promise<ToexRun> {
  return runToex([...args, '--db', db]);
}

async function packHtml(...flags: string[]): Promise<string> {
  const out = join(dir, 'packs');
  const run = ['packs', 'generate', '--force', 'kent', '--meeting', '15/05/2024'];
  const result = await toex(...run, '--format', 'html', '--out', out, ...flags);
  expect(result.code).toBe(0);
  return readFileSync(join(out, 'kent-vawg-pack-2024-05-15.html'), 'utf8');
}

describe('toex settings', () => {
  it('shows the built-in defaults before anything is set', async () => {
    const shown = await toex('settings', 'show');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/^marking +OFFICIAL-SENSITIVE +default$/m);
    expect(shown.out.trim().split('\n')).toHaveLength(6);
  });

  it('puts a stored marking on the generated pack, unless --marking overrides it', async () => {
    const set = await toex('settings', 'set', 'marking', 'OFFICIAL-SENSITIVE [REGION]');
    expect(set).toMatchObject({ code: 0, out: 'set marking\n' });
    const html = await packHtml();
    expect(html).toContain('<div class="marking">OFFICIAL-SENSITIVE [REGION]</div>');

    const flagged = await packHtml('--marking', 'OFFICIAL');
    expect(flagged).toContain('<div class="marking">OFFICIAL</div>');
    expect(flagged).not.toContain('[REGION]');
  });

  it('records who set each value, by --by or the operating-system account', async () => {
    expect((await toex('settings', 'set', 'suspectPages', '4', '--by', 'adam.admin')).code).toBe(0);
    const shown = (await toex('settings', 'show')).out;
    const me = `cli:${userInfo().username}`;
    expect(shown).toMatch(
      new RegExp(`^marking .* set by ${me} at \\d{4}-\\d\\d-\\d\\d .* UTC$`, 'm'),
    );
    expect(shown).toMatch(/^suspectPages +4 +set by adam\.admin at /m);
    expect(shown).toMatch(/^periodMonths +6 +default$/m);
  });

  it('refuses a value breaking a rule with exit code 2, changing nothing', async () => {
    const zero = await toex('settings', 'set', 'periodMonths', '0');
    expect(zero.code).toBe(2);
    expect(zero.err).toMatch(/periodMonths must be a whole number 1-60; got 0/);
    const word = await toex('settings', 'set', 'victimPages', 'two');
    expect(word).toMatchObject({ code: 2, err: expect.stringMatching(/whole number/) });
    const unknown = await toex('settings', 'set', 'colour', 'red');
    expect(unknown.err).toMatch(/unknown setting "colour"; use one of marking, periodMonths/);
    expect((await toex('settings', 'show')).out).toMatch(/^periodMonths +6 +default$/m);
  });

  it('audits each change under the command line, keys only', async () => {
    const store = await Store.open(db);
    const rows = await store.query<Record<string, string>>(
      `SELECT action, route, ids FROM audit_log WHERE action = 'settings.update'
       ORDER BY entry_id`,
    );
    store.close();
    expect(rows).toEqual([
      { action: 'settings.update', route: 'toex settings set', ids: '{"changed":["marking"]}' },
      {
        action: 'settings.update',
        route: 'toex settings set',
        ids: '{"changed":["suspectPages"]}',
      },
    ]);
    expect((await toex('audit', 'verify')).code).toBe(0);
  });
});
