import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToex, type ToexRun } from '../cli/run-toex.js';
import { dataPath } from '../../src/core/paths.js';
import { linkRecords, loadModel, rulesNamed } from '../../src/resolve/index.js';
import { runStep } from '../../src/resolve/sql-step.js';
import { Store } from '../../src/store/store.js';

// `toex resolve --rules FILE` and `toex resolve rules`: each blocking rule's pairs are shown
// before any pair is scored, and a bad rules file is refused before the store is touched.
const dir = mkdtempSync(join(tmpdir(), 'toex-resolve-cli-'));
const db = join(dir, 'store.duckdb');
const model = dataPath('models', 'linkage-febrl3-example.json');
const people: [string, string, string, string, string][] = [
  ['essex', 'E1', 'John', 'Smith', '1980-05-12'],
  ['kent', 'K7', 'Jon', 'SMITH', '1980-05-12'],
  ['essex', 'E2', 'Mary', 'Jones', '1975-01-01'],
  ['kent', 'K8', 'MARY', 'JONES', '1975-01-01'],
];

beforeAll(async () => {
  const store = await Store.open(db);
  for (const [force, ref, fn, sn, dob] of people) {
    await store.run(
      `INSERT INTO person (force, person_ref, forenames, surname, date_of_birth, extract_id, source_file, source_line, loaded_at)
       VALUES ($force, $ref, $fn, $sn, $dob::DATE, 'x1', 'persons.csv', 2, now()::TIMESTAMP)`,
      { force, ref, fn, sn, dob },
    );
  }
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function toex(...args: string[]): Promise<ToexRun> {
  return runToex([...args, '--db', db]);
}

async function persons(): Promise<number> {
  const store = await Store.open(db);
  try {
    const { n } = await store.one<{ n: number }>('SELECT count(*) AS n FROM person_identity');
    return Number(n);
  } finally {
    store.close();
  }
}

const rulesFile = join(dir, 'rules.json');
writeFileSync(
  rulesFile,
  JSON.stringify({
    kind: 'toex-blocking-rules',
    max_pairs_per_rule: 1,
    rules: ['name', { name: 'birth_day', keys: ['dob'] }, 'dob_forename'],
  }),
);

describe('toex resolve with a rules file', () => {
  it('`resolve rules` counts each rule’s pairs and resolves nothing', async () => {
    const run = await toex('resolve', 'rules', '--rules', rulesFile);
    expect(run.code).toBe(0);
    expect(run.out).toContain('4 person records');
    expect(run.out).toMatch(/^ {2}name +1 +used +forename \+ surname$/m);
    expect(run.out).toMatch(/^ {2}birth_day +2 +skipped +dob$/m);
    expect(run.out).toMatch(/^ {2}dob_forename +1 +used +dob \+ forename$/m);
    expect(run.out).toMatch(/^ {2}rules used +2 +2 of 3/m);
    expect(await persons()).toBe(0);
  });

  it('prints the rule table before the run goes on, and uses only the rules kept', async () => {
    const run = await toex('resolve', '--rules', rulesFile, '--model', model);
    expect(run.code).toBe(0);
    const table = run.out.indexOf('blocking rules (from the rules file)');
    expect(table).toBeGreaterThanOrEqual(0);
    expect(table).toBeLessThan(run.out.indexOf('records -> '));
    // name and dob_forename find the same pair (Mary Jones); birth_day is over the cap of 1.
    expect(run.out).toContain('1 distinct candidate pairs (1 blocking rules skipped)');
    expect(await persons()).toBe(4);
  });

  it('explain takes its own --model (the parent resolve command once swallowed it)', async () => {
    const pair = ['--pair', 'essex:E1', 'kent:K7', '--purpose', 'op test'];
    const missing = await toex('resolve', 'explain', ...pair, '--model', join(dir, 'none.json'));
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('none.json');
    const run = await toex('resolve', 'explain', ...pair, '--model', model);
    expect(run.code).toBe(0);
    expect(run.out).toContain(loadModel(model).version);
  });

  it('refuses a bad rules file before opening the store, naming the file and the field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ kind: 'toex-blocking-rules', rules: ['nam'] }));
    const run = await toex('resolve', '--rules', bad, '--db', join(dir, 'never.duckdb'));
    expect(run.code).toBe(2);
    expect(run.err).toContain(`the blocking rules file ${bad} is not valid: rules[0].builtin`);
  });
});

describe('linkRecords', () => {
  it('hands over the rule counts after blocking starts and before any pair is compared', async () => {
    const store = await Store.open(':memory:');
    try {
      await runStep(store, 'create-input');
      await store.run(`INSERT INTO resolve_input (record_id, source, forename, surname, dob)
        VALUES ('x:1', 'x', 'Ann', 'Lee', '19800101'), ('x:2', 'x', 'Ann', 'Lee', '19800101')`);
      const seen: string[] = [];
      await linkRecords(store, {
        mode: 'dedupe',
        model: loadModel(model),
        rules: rulesNamed('name'),
        onStep: (_n, _total, name) => seen.push(name),
        onRuleCounts: (counts) => seen.push(`counts ${counts.map((c) => c.rule).join()}`),
      });
      expect(seen).toEqual([
        'normalise records',
        'block',
        'counts name',
        'compare',
        'load model',
        'score',
        'cluster',
      ]);
    } finally {
      store.close();
    }
  });
});
