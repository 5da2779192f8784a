import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPath } from '../../src/core/paths.js';
import { recordSpecs, regionForces } from '../../src/core/record-schema.js';
import { synthesise } from '../../src/synth/index.js';

type Row = Record<string, string>;
const root = mkdtempSync(join(tmpdir(), 'toex-synth-'));
const scale = 0.01;
const last12From = '2023-05';

function csv(path: string): Row[] {
  return parse(readFileSync(path, 'utf8'), { columns: true });
}

const cache = new Map<string, Row[]>();

/** One extract file's rows, parsed once per run of the suite. */
function extract(out: string, force: string, file: string): Row[] {
  const path = join(out, 'extracts', force, file);
  let rows = cache.get(path);
  if (rows === undefined) cache.set(path, (rows = csv(path)));
  return rows;
}

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else hash.update(name.name).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** yyyy-mm of a dd/mm/yyyy[ HH:MM] value. */
function monthOf(text: string): string {
  return `${text.slice(6, 10)}-${text.slice(3, 5)}`;
}

const vawgRule = new Map(
  csv(dataPath('reference', 'vawg-offence-codes-draft.csv')).map((r) => [
    r['ho_code'],
    r['vawg_rule'],
  ]),
);

/** VAWG as the brief defines it: a `core` code, or a violence code with a female victim. */
function isVawg(hoCode: string, victimGenders: string[]): boolean {
  const rule = vawgRule.get(hoCode);
  return rule === 'core' || (rule === 'female-victim-or-DA-flag' && victimGenders.includes('F'));
}

describe('synthesise (scale 0.01)', () => {
  const a = join(root, 'a');
  const b = join(root, 'b');
  const c = join(root, 'c');

  beforeAll(() => {
    synthesise({ seed: 1, scale, out: a });
    synthesise({ seed: 1, scale, out: b });
    synthesise({ seed: 2, scale, out: c });
  }, 120_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives identical bytes for the same seed and different bytes for another seed', () => {
    expect(hashTree(a)).toBe(hashTree(b));
    expect(hashTree(a)).not.toBe(hashTree(c));
  });

  it('writes every force folder with the contract headers and a synthetic manifest', () => {
    for (const force of regionForces) {
      const manifest = JSON.parse(
        readFileSync(join(a, 'extracts', force, 'manifest.json'), 'utf8'),
      );
      expect(manifest).toMatchObject({
        schema: 1,
        force,
        synthetic: true,
        period_from: '2021-05-01',
        period_to: '2024-04-30',
      });
      for (const spec of recordSpecs) {
        const header = readFileSync(join(a, 'extracts', force, spec.file), 'utf8').split(
          '\n',
          1,
        )[0];
        expect(header?.split(',')).toEqual(spec.columns.map((col) => col.name));
      }
    }
  });

  it('gives every occurrence a ho_code consistent with its crime_type', () => {
    const typeOf = new Map(
      csv(dataPath('reference', 'offence-codes.csv')).map((r) => [r['ho_code'], r['crime_type']]),
    );
    for (const force of regionForces) {
      for (const row of extract(a, force, 'occurrences.csv')) {
        if (row['crime_type'] === 'Anti-social behaviour') expect(row['ho_code']).toBe('');
        else
          expect([force, row['ho_code'], typeOf.get(row['ho_code'] ?? '')]).toEqual([
            force,
            row['ho_code'],
            row['crime_type'],
          ]);
      }
    }
  });

  it('covers every person record in person-truth.csv exactly once', () => {
    const truth = csv(join(a, 'person-truth.csv'));
    const keys = new Set(truth.map((r) => `${r['force']}|${r['person_ref']}`));
    expect(keys.size).toBe(truth.length);
    let persons = 0;
    for (const force of regionForces) {
      const rows = extract(a, force, 'persons.csv');
      persons += rows.length;
      const bad = rows.filter(
        (row) =>
          !keys.has(`${force}|${row['person_ref']}`) ||
          !/^SYN-[A-Z]{2}-\d{6}$/.test(row['person_ref'] ?? '') ||
          !/^(SYN\/\d\d\/\d{6}[A-Z])?$/.test(row['pnc_id'] ?? ''),
      );
      expect(bad).toEqual([]);
    }
    expect(persons).toBe(truth.length);
  });

  it('plants the prolific young suspect: 19 VAWG offences, 13 in the last 12 months, 7 victims aged 12-32, 3 areas', () => {
    const truth = JSON.parse(readFileSync(join(a, 'ground-truth.json'), 'utf8'));
    const suspectRef: string = truth.prolific_suspect.person_ref;
    const occurrences = new Map(
      extract(a, 'bedfordshire', 'occurrences.csv').map((r) => [r['occurrence_ref'], r]),
    );
    const persons = new Map(
      extract(a, 'bedfordshire', 'persons.csv').map((r) => [r['person_ref'], r]),
    );
    const involvements = extract(a, 'bedfordshire', 'involvements.csv');
    const refs = new Set(
      involvements
        .filter((i) => i['person_ref'] === suspectRef && i['role'] === 'suspect')
        .map((i) => i['occurrence_ref']),
    );
    const victims = involvements.filter(
      (i) => refs.has(i['occurrence_ref']) && i['role'] === 'victim',
    );
    const vawg = [...refs].filter((ref) => {
      const genders = victims
        .filter((v) => v['occurrence_ref'] === ref)
        .map((v) => persons.get(v['person_ref'])?.['gender'] ?? '');
      return isVawg(occurrences.get(ref)?.['ho_code'] ?? '', genders);
    });
    expect(vawg).toHaveLength(19);
    expect(
      vawg.filter((ref) => monthOf(occurrences.get(ref)?.['occurred_from'] ?? '') >= last12From),
    ).toHaveLength(13);
    expect(new Set(victims.map((v) => v['person_ref'])).size).toBe(7);
    for (const v of victims) expect(Number(v['age_at_event'])).toBeGreaterThanOrEqual(12);
    for (const v of victims) expect(Number(v['age_at_event'])).toBeLessThanOrEqual(32);
    expect(new Set([...refs].map((ref) => occurrences.get(ref)?.['lpc'])).size).toBe(3);
    const ages = involvements
      .filter((i) => i['person_ref'] === suspectRef)
      .map((i) => [
        monthOf(occurrences.get(i['occurrence_ref'])?.['occurred_from'] ?? ''),
        i['age_at_event'],
      ]);
    for (const [month, age] of ages) if ((month ?? '') >= last12From) expect(age).toBe('16');
  });

  it('plants at least ten suspects who moved into Bedfordshire in the last year, each with 5+ VAWG occurrences', () => {
    const addresses = extract(a, 'bedfordshire', 'addresses.csv');
    const byRef = new Map<string, Row[]>();
    for (const row of addresses)
      byRef.set(row['person_ref'] ?? '', [...(byRef.get(row['person_ref'] ?? '') ?? []), row]);
    const truth = csv(join(a, 'person-truth.csv'));
    const trueOf = new Map(
      truth.map((r) => [`${r['force']}|${r['person_ref']}`, r['true_person_id']]),
    );
    let movers = 0;
    for (const [ref, homes] of byRef) {
      const outside = homes.some((h) => h['force_area'] !== 'bedfordshire');
      const moveIn = homes.find(
        (h) =>
          h['force_area'] === 'bedfordshire' && monthOf(h['effective_from'] ?? '') >= last12From,
      );
      if (!outside || moveIn === undefined) continue;
      const trueId = trueOf.get(`bedfordshire|${ref}`);
      if (vawgCount(a, trueId ?? '', trueOf) >= 5) movers += 1;
    }
    expect(movers).toBeGreaterThanOrEqual(10);
  });
});

/** VAWG occurrences, in any force, where the true person is the suspect. */
function vawgCount(out: string, trueId: string, trueOf: Map<string, string | undefined>): number {
  let count = 0;
  for (const force of regionForces) {
    const involvements = extract(out, force, 'involvements.csv');
    const mine = new Set(
      involvements
        .filter(
          (i) => i['role'] === 'suspect' && trueOf.get(`${force}|${i['person_ref']}`) === trueId,
        )
        .map((i) => i['occurrence_ref']),
    );
    if (mine.size === 0) continue;
    const codes = new Map(
      extract(out, force, 'occurrences.csv').map((r) => [r['occurrence_ref'], r['ho_code'] ?? '']),
    );
    const genders = new Map(
      extract(out, force, 'persons.csv').map((r) => [r['person_ref'], r['gender'] ?? '']),
    );
    for (const ref of mine) {
      const victims = involvements
        .filter((i) => i['occurrence_ref'] === ref && i['role'] === 'victim')
        .map((i) => genders.get(i['person_ref']) ?? '');
      if (isVawg(codes.get(ref) ?? '', victims)) count += 1;
    }
  }
  return count;
}
