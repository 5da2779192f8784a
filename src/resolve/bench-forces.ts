import type { Store } from '../store/store.js';
import { evaluateTruth } from './evaluate-truth.js';
import type { LinkOptions } from './link-records.js';
import { resolvePersons } from './resolve-persons.js';

/**
 * Resolves the store's person records (the synthetic forces, as `toex synth` and `toex ingest`
 * make them) and scores them against the generator's person-truth.csv. Returns one line:
 * `linkage synthetic-forces: precision 0.xxx recall 0.xxx F1 0.xxx B3 0.xxx (<records>
 * records, <pairs> pairs, <s> s, <r> records/s, peak RSS <MB> MB)`. It rewrites
 * person_identity like `toex resolve`, so point it at a copy of a store that matters.
 */
export async function benchLinkageForces(
  store: Store,
  options: { truthPath: string } & Omit<LinkOptions, 'mode' | 'decisions'>,
): Promise<string> {
  const { truthPath, ...link } = options;
  const started = performance.now();
  const outcome = await resolvePersons(store, link);
  const seconds = (performance.now() - started) / 1000;
  const m = await evaluateTruth(store, truthPath);
  const f = (x: number) => x.toFixed(3);
  const n = outcome.result.records.length;
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  return (
    `linkage synthetic-forces: precision ${f(m.precision)} recall ${f(m.recall)} F1 ${f(m.f1)} ` +
    `B3 ${f(m.b3F1)} (${n} records, ${outcome.result.candidatePairs} pairs, ` +
    `${seconds.toFixed(1)} s, ${Math.round(n / seconds)} records/s, peak RSS ${rss} MB)`
  );
}
