import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { recordResolveRun } from './resolve-run.js';
import { countRulePairs, type RuleCount } from './blocking.js';
import { defaultBlockingRules, type BlockingRule } from './blocking-rules.js';
import { linkRecords, type LinkOptions, type LinkResult } from './link-records.js';
import { loadDecisions } from './resolve-decisions.js';
import { readTextColumns } from './read-columns.js';
import { runStep } from './sql-step.js';
import { assignStableIds, type IdentityEvent, type PriorIdentity } from './stable-ids.js';

/** What a resolution run over the store's person records did. */
export interface ResolveOutcome {
  result: LinkResult;
  persons: number;
  events: IdentityEvent[];
}

async function priorIdentity(store: Store): Promise<Map<string, PriorIdentity>> {
  const [ids = [], persons = [], at = []] = await readTextColumns(
    store,
    `SELECT force || ':' || person_ref, person_id, assigned_at::VARCHAR FROM person_identity`,
  );
  const prior = new Map<string, PriorIdentity>();
  ids.forEach((id, i) => prior.set(id, { personId: persons[i] ?? '', assignedAt: at[i] ?? '' }));
  return prior;
}

async function writeAssignments(store: Store, clusters: string[][], ids: string[]): Promise<void> {
  await store.run(
    'CREATE OR REPLACE TEMP TABLE resolve_assignment (record_id VARCHAR, person_id VARCHAR)',
  );
  const appender = await store.raw.createAppender('resolve_assignment');
  clusters.forEach((records, i) => {
    for (const record of records) {
      appender.appendVarchar(record);
      appender.appendVarchar(ids[i] ?? '');
      appender.endRow();
    }
  });
  appender.closeSync();
}

async function writeEvents(store: Store, events: IdentityEvent[], version: string): Promise<void> {
  for (const e of events) {
    await store.run(
      `INSERT INTO person_identity_event VALUES ($k, $p, $o::VARCHAR[], $n, now()::TIMESTAMP, $v)`,
      { k: e.kind, p: e.personId, o: JSON.stringify(e.otherIds), n: e.records, v: version },
    );
  }
}

async function writePairs(store: Store, threshold: number): Promise<void> {
  await store.run('DELETE FROM resolve_pair');
  await store.run(
    `INSERT INTO resolve_pair
     SELECT s.id_l, s.id_r, s.match_weight, s.match_probability, NULL,
       al.person_id = ar.person_id
     FROM resolve_score s
     JOIN resolve_assignment al ON al.record_id = s.id_l
     JOIN resolve_assignment ar ON ar.record_id = s.id_r
     WHERE s.match_probability >= $t`,
    { t: threshold },
  );
  await store.run(
    `INSERT INTO resolve_pair
     SELECT d.record_l, d.record_r, 0, 0, d.decision, al.person_id = ar.person_id
     FROM resolve_decision_latest d
     JOIN resolve_assignment al ON al.record_id = d.record_l
     JOIN resolve_assignment ar ON ar.record_id = d.record_r`,
  );
}

/** Fills resolve_input from the store's person records; refuses an empty store. */
async function fillPersonInput(store: Store): Promise<number> {
  await runStep(store, 'create-input');
  await runStep(store, 'input-from-person');
  const { n } = await store.one<{ n: number }>('SELECT count(*) AS n FROM resolve_input');
  if (Number(n) === 0) {
    throw new ToexError('NOT_FOUND', 'the store holds no person records; load an extract first');
  }
  return Number(n);
}

/**
 * Counts the pairs each blocking rule would make over the store's person records, as
 * `toex resolve` would, without making or scoring any pair (`toex resolve rules`). Rebuilds
 * only the working tables resolve_input and resolve_record; person_identity is untouched.
 */
export async function countPersonRulePairs(
  store: Store,
  options: { rules?: readonly BlockingRule[]; maxPairsPerRule?: number } = {},
): Promise<{ records: number; counts: RuleCount[] }> {
  const records = await fillPersonInput(store);
  await runStep(store, 'prepare-records');
  const counts = await countRulePairs(store, {
    rules: options.rules ?? defaultBlockingRules,
    mode: 'dedupe',
    ...(options.maxPairsPerRule === undefined ? {} : { maxPairsPerRule: options.maxPairsPerRule }),
  });
  return { records, counts };
}

/**
 * Resolves the store's person records into persons and fills person_identity, keeping earlier
 * person ids stable; analyst decisions win over the model. Records merges and splits in
 * person_identity_event, the model in resolve_model and the joining pairs in resolve_pair.
 */
export async function resolvePersons(
  store: Store,
  options: Omit<LinkOptions, 'mode' | 'decisions'> = {},
): Promise<ResolveOutcome> {
  await fillPersonInput(store);
  const decisions = await loadDecisions(store);
  const result = await linkRecords(store, {
    ...options,
    mode: 'dedupe',
    decisions,
    description:
      options.description ?? 'toex person records with latest home postcode and postcode history',
  });

  const prior = await priorIdentity(store);
  const { ids, events } = assignStableIds(result.clusters, prior);
  const version = result.model.version;
  await store.transaction(async () => {
    await writeAssignments(store, result.clusters, ids);
    await runStep(store, 'write-identity', { params: { model_version: version } });
    await writeEvents(store, events, version);
    await writePairs(store, result.threshold);
    await store.run(
      `INSERT OR REPLACE INTO resolve_model VALUES ($v, $m::JSON, now()::TIMESTAMP)`,
      { v: version, m: JSON.stringify(result.model) },
    );
    await recordResolveRun(store, version);
  });
  return { result, persons: result.clusters.length, events };
}
