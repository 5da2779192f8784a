import type { Store } from '../store/store.js';
import { resolveSql } from './sql-step.js';

interface RunState {
  extracts: number;
  person_records: number;
  last_decision_seq: number | bigint;
}

/** Records a finished resolution run under `modelVersion`; call inside its transaction. */
export async function recordResolveRun(store: Store, modelVersion: string): Promise<void> {
  const state = await currentState(store);
  await store.run(
    `INSERT INTO resolve_run VALUES (now()::TIMESTAMP, $model, $extracts, $records, $seq)`,
    {
      model: modelVersion,
      extracts: state.extracts,
      records: state.person_records,
      seq: BigInt(state.last_decision_seq),
    },
  );
}

/**
 * True when the last resolution run used `modelVersion` and nothing it depends on has
 * changed since: no extract loaded, no person record added, no analyst decision recorded.
 * A run then would give the same persons, so a job may skip it.
 */
export async function resolutionIsCurrent(store: Store, modelVersion: string): Promise<boolean> {
  const [last] = await store.query<RunState & { model_version: string }>(
    `SELECT model_version, extracts, person_records, last_decision_seq
     FROM resolve_run ORDER BY run_at DESC LIMIT 1`,
  );
  if (last === undefined || last.model_version !== modelVersion) return false;
  const now = await currentState(store);
  return (
    Number(last.extracts) === Number(now.extracts) &&
    Number(last.person_records) === Number(now.person_records) &&
    BigInt(last.last_decision_seq) === BigInt(now.last_decision_seq)
  );
}

async function currentState(store: Store): Promise<RunState> {
  return store.one<RunState>(resolveSql('resolve-run-state'));
}
