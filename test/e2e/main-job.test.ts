import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMainJob, type MainJobResult } from '../../src/cli/main-job.js';
import { modelOrDefault, recordDecision, resolutionIsCurrent } from '../../src/resolve/index.js';
import { Store } from '../../src/store/store.js';

// npm start's path, end to end, on the real Bedfordshire occurrences (sampled to 5% with
// the other forces, so the suite stays fast); the planted cases are present at any scale.
describe('the main job (npm start)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toex-main-job-'));
  const options = {
    force: 'bedfordshire',
    seed: 1,
    scale: 0.05,
    dataDir: join(dir, 'data'),
    outDir: join(dir, 'out'),
  };
  let store: Store;
  let first: MainJobResult;

  beforeAll(async () => {
    store = await Store.open(join(dir, 'toex.duckdb'));
    first = await runMainJob(store, options);
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('profiles the last six complete months of the real data', () => {
    expect(first.profile.period).toMatchObject({ from: '2023-11-01', to: '2024-04-30' });
    expect(first.ingest.extracts.map((e) => e.status)).toEqual(Array(9).fill('loaded'));
    expect(first.profile.headline.occurrences).toBeGreaterThan(0);
  });

  it('finds the planted cases: the prolific suspect in the top three by RFG, every mover in MAFB', () => {
    expect(first.planted?.prolificRfgRank).toBeLessThanOrEqual(3);
    expect(first.planted?.moversPlanted).toBeGreaterThanOrEqual(10);
    expect(first.planted?.moversInMafb).toBe(first.planted?.moversPlanted);
  });

  it('writes a self-contained HTML profile, its JSON and the pack as PDF and HTML', () => {
    const [html, json, pdf] = first.files;
    expect(first.files.map((f) => f.slice(f.lastIndexOf('.')))).toEqual([
      '.html',
      '.json',
      '.pdf',
      '.html',
    ]);
    const page = readFileSync(html!, 'utf8');
    expect(page).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
    expect(page).toContain('OFFICIAL-SENSITIVE');
    const profile = JSON.parse(readFileSync(json!, 'utf8')) as { models: unknown[] };
    expect(profile.models.length).toBeGreaterThan(0);
    expect(readFileSync(pdf!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('logs the profile and the pack it wrote in the audit chain', async () => {
    const rows = await store.query<{ action: string; route: string }>(
      'SELECT action, route FROM audit_log ORDER BY entry_id LIMIT 2',
    );
    expect(rows).toEqual([
      { action: 'profile.export', route: 'toex start' },
      { action: 'pack.generate', route: 'toex start' },
    ]);
  });

  it('is safe to re-run: nothing new loads and every person keeps their id', async () => {
    const before = await store.query(
      'SELECT force, person_ref, person_id FROM person_identity ORDER BY ALL',
    );
    const again = await runMainJob(store, options);
    expect(again.synthesised).toBe(false);
    expect(again.ingest.extracts.map((e) => e.status)).toEqual(Array(9).fill('already-loaded'));
    const after = await store.query(
      'SELECT force, person_ref, person_id FROM person_identity ORDER BY ALL',
    );
    expect(after).toEqual(before);
    expect(existsSync(again.files[2]!)).toBe(true);
    // Nothing loaded or decided since the first run: resolution is not run again ...
    expect([first.resolutionSkipped, again.resolutionSkipped]).toEqual([false, true]);
    expect(again.resolvedPersons).toBe(first.resolvedPersons);
    // ... until an analyst decides a pair, which the next run must honour.
    const model = modelOrDefault();
    const [a, b] = await store.query<{ id: string }>(
      "SELECT force || ':' || person_ref AS id FROM person ORDER BY ALL LIMIT 2",
    );
    await recordDecision(store, {
      recordA: a!.id,
      recordB: b!.id,
      decision: 'reject',
      by: 'test',
      why: 'different people',
    });
    expect(await resolutionIsCurrent(store, model!.version)).toBe(false);
  });
});
