import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCandidatePairs } from '../../src/resolve/blocking.js';
import { builtInRules } from '../../src/resolve/blocking-rules.js';
import { checkBlockingRules, loadBlockingRules } from '../../src/resolve/blocking-rules-file.js';
import { runStep } from '../../src/resolve/sql-step.js';
import { Store } from '../../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'toex-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeRules(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const example = {
  kind: 'toex-blocking-rules',
  max_pairs_per_rule: 500000,
  rules: [
    'id_number',
    'name',
    { name: 'dob_surname2', keys: ['dob', { column: 'surname', first: 2 }] },
    { name: 'history_district', keys: [{ column: 'postcodes', first: 3 }, 'forename'] },
  ],
};

describe('a blocking rules file', () => {
  it('reads built-in rules by name and the user’s own rules as keys', () => {
    const set = loadBlockingRules(writeRules('ok.json', example));
    expect(set.maxPairsPerRule).toBe(500000);
    expect(set.maxPairs).toBeUndefined();
    expect(set.rules).toEqual([
      { name: 'id_number', keys: builtInRules.id_number },
      { name: 'name', keys: builtInRules.name },
      { name: 'dob_surname2', keys: [{ column: 'dob' }, { column: 'surname', first: 2 }] },
      {
        name: 'history_district',
        keys: [{ column: 'postcodes', first: 3 }, { column: 'forename' }],
      },
    ]);
  });

  it.each([
    [{ ...example, rules: ['name', 'nam'] }, /rules\[1\]\.builtin: not a built-in rule/],
    [
      { ...example, rules: [{ name: 'x', keys: [{ column: 'surnme' }] }] },
      /rules\[0\]\.keys\[0\]\.column: Invalid option/,
    ],
    [
      { ...example, rules: [{ name: 'x', keys: [{ column: 'dob', first: 40 }] }] },
      /rules\[0\]\.keys\[0\]\.first: Too big/,
    ],
    [
      { ...example, rules: [{ name: 'x', keys: [{ column: 'dob', firs: 4 }] }] },
      /rules\[0\]\.keys\[0\]: Unrecognized key: "firs"/,
    ],
    [{ ...example, rules: [{ name: 'Bad name', keys: ['dob'] }] }, /rules\[0\]\.name: a rule name/],
    [{ ...example, rules: ['name', 'name'] }, /rules\[1\]: rule name is listed twice/],
    [{ ...example, kind: 'rules' }, /kind: Invalid input/],
    [{ ...example, max_pairs: 0 }, /max_pairs: Too small/],
    [{ ...example, rules: [] }, /rules: Too small/],
  ])('refuses %j, naming the file and the field', (content, field) => {
    const run = () => checkBlockingRules(content, 'my-rules.json');
    expect(run).toThrow(/^the blocking rules file my-rules\.json is not valid: /);
    expect(run).toThrow(field);
    expect(run).toThrow(/fix the file/);
  });

  it('says which file cannot be read as JSON', () => {
    const path = writeRules('broken.json', '{ "kind": ');
    expect(() => loadBlockingRules(path)).toThrow(`cannot read the blocking rules file ${path}`);
    expect(() => loadBlockingRules(join(dir, 'absent.json'))).toThrow(/absent\.json/);
  });

  it('pairs records on a user’s keys: first characters, and each historic postcode', async () => {
    const store = await Store.open(':memory:');
    try {
      await runStep(store, 'create-input');
      const records: [string, string, string, string, string][] = [
        ['x:1', 'Ann', 'Leeson', '19800101', 'CM1 1AA'],
        ['x:2', 'Ann', 'Lee', '19800101', 'CM2 2BB'],
        ['x:3', 'Ann', 'Ray', '19800101', 'SS1 1AA'],
      ];
      for (const [id, forename, surname, dob, postcode] of records) {
        await store.run(
          `INSERT INTO resolve_input (record_id, source, forename, surname, dob)
           VALUES ($id, 'x', $forename, $surname, $dob)`,
          { id, forename, surname, dob },
        );
        await store.run('INSERT INTO resolve_input_postcode VALUES ($id, $postcode)', {
          id,
          postcode,
        });
      }
      await store.run(`INSERT INTO resolve_input_postcode VALUES ('x:3', 'CM1 9ZZ')`);
      await runStep(store, 'prepare-records');
      const { rules } = checkBlockingRules(example, 'example');
      const counts = await makeCandidatePairs(store, { rules, mode: 'dedupe' });
      expect(counts.map((c) => [c.rule, c.pairs])).toEqual([
        ['id_number', 0],
        ['name', 0],
        ['dob_surname2', 1],
        ['history_district', 1], // CM1: x:1, and x:3 which lived there; CM2, SS1: one each
      ]);
      const pairs = await store.query('SELECT id_l, id_r FROM resolve_candidate ORDER BY ALL');
      expect(pairs).toEqual([
        { id_l: 'x:1', id_r: 'x:2' },
        { id_l: 'x:1', id_r: 'x:3' },
      ]);
    } finally {
      store.close();
    }
  });
});
