// `toex packs` through the built command line (`node bin/toex.js`, which runs dist/): a
// schedule of TTCG meetings, the packs due a week before each, the history of who had
// suspect pages, and a bad --every refused with exit code 2. The tests run in order on one
// store, as an analyst would run the commands. dist/ must be built from the current source
// (`npm run build`); a missing dist/ is built here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/core/paths.js';
import { kentPackStore } from '../products/pack/pack-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'toex-packs-cli-'));
const db = join(dir, 'store.duckdb');
const out = join(dir, 'packs');

beforeAll(async () => {
  // `npm install` (and CI's `npm ci`) builds dist/; build it here only when it is missing.
  if (!existsSync(join(repoRoot, 'dist', 'cli', 'main.js'))) {
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot });
  }
  (await kentPackStore(db)).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node bin/toex.js ARGS --db DB` in a child process. */
function toex(...args: string[]): { code: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, [join(repoRoot, 'bin', 'toex.js'), ...args, '--db', db], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, TOEX_EXTRA_FORCES: '' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('toex packs (the built CLI)', () => {
  it('schedules meetings every four weeks', () => {
    const run = toex(
      'packs',
      'schedule',
      '--force',
      'kent',
      '--first',
      '15/05/2024',
      '--every',
      '4w',
      '--count',
      '3',
    );
    expect(run).toMatchObject({
      code: 0,
      out: 'scheduled 3 meetings for kent: 15/05/2024, 12/06/2024, 10/07/2024\n',
    });
  });

  it('generates the packs due by today, in every format, and nothing twice', () => {
    // Pack dates are a week before each meeting: 08/05, 05/06 and 03/07/2024.
    const first = toex('packs', 'due', '--today', '08/05/2024', '--out', out);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /^pack kent 15\/05\/2024: \d+ files in .*packs, hash [0-9a-f]{12}\n$/,
    );
    const files = readdirSync(out);
    const stem = 'kent-vawg-pack-2024-05-15';
    for (const name of [`${stem}.pdf`, `${stem}.html`, `${stem}.xlsx`])
      expect(files).toContain(name);
    expect(files).toContain(`${stem}-toex-links.csv`);
    expect(files).toContain(`${stem}-top-five-suspects.csv`);
    expect(files.every((f) => f.startsWith(stem))).toBe(true);
    expect(
      readFileSync(join(out, `${stem}.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const html = readFileSync(join(out, `${stem}.html`), 'utf8');
    expect(html).toContain('<title>VAWG tasking pack: Kent, TTCG 15/05/2024</title>');
    expect(html).toContain('<h2>Suspect page 1: S-1</h2>');

    expect(toex('packs', 'due', '--today', '2024-05-08', '--out', out)).toMatchObject({
      code: 0,
      out: 'no pack is due\n',
    });
  });

  it('passes over the people of the last pack at the next meeting, and lists the history', () => {
    const second = toex('packs', 'due', '--today', '05/06/2024', '--out', out);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/^pack kent 12\/06\/2024: /);
    // Period 01/12/2023 to 31/05/2024: S-1 (k2, k7) and kent:s2 (k3, k4) again, both shown
    // on 15/05/2024, so neither has a page; the note names them.
    const html = readFileSync(join(out, 'kent-vawg-pack-2024-06-12.html'), 'utf8');
    expect(html).toContain('S-1 (rank 1 by RFG score) had a suspect page in a pack for this force');
    expect(html).toContain('kent:s2 (rank 2 by RFG score) had a suspect page');
    expect(html).not.toContain('<h2>Suspect page 1');

    const history = toex('packs', 'history', '--force', 'kent');
    expect(history.code).toBe(0);
    const lines = history.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^12\/06\/2024 {2}pack 05\/06\/2024 {2}period 01\/12\/2023 to 31\/05\/2024 {2}[0-9a-f]{12} {2}pages: $/,
    );
    expect(lines[1]).toMatch(
      /^15\/05\/2024 {2}pack 08\/05\/2024 {2}period 01\/11\/2023 to 30\/04\/2024 {2}[0-9a-f]{12} {2}pages: S-1 kent:s2$/,
    );
    const hash = /hash ([0-9a-f]{12})/.exec(second.out)?.[1];
    expect(lines[0]).toContain(`  ${hash}  `);
  });

  it('refuses a bad --every with exit code 2 and says what to write', () => {
    const run = toex(
      'packs',
      'schedule',
      '--force',
      'kent',
      '--first',
      '15/05/2024',
      '--every',
      'monthly',
    );
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'toex: the interval "monthly" is not valid; write 1d to 52w, e.g. 4w or 28d\n',
    );
    const schedule = (...args: string[]) =>
      toex('packs', 'schedule', '--force', 'kent', '--first', '15/05/2024', ...args);
    for (const args of [
      ['--every', '0w'],
      ['--every', '99999999w'],
      ['--count', '0'],
    ])
      expect(schedule(...args)).toMatchObject({ code: 2, out: '' });
    expect(schedule('--count', '100000000').err).toContain('from 1 to 130');
    expect(toex('packs', 'schedule', '--force', 'kent', '--first', '31/12/9999').err).toContain(
      'is outside 1900-2100',
    );
  });

  it('logs each pack it generates in the audit chain, by person id', () => {
    const shown = toex('audit', 'show', '--action', 'pack.generate');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('packs generate');
    expect(shown.out).toContain('S-1');
    expect(toex('audit', 'verify').code).toBe(0);
  });
});
