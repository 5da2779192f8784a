import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import type { PairDecisions } from './cluster-pairs.js';

/** An analyst's decision on a pair of records (ids `force:person_ref`). */
export interface PairDecisionInput {
  recordA: string;
  recordB: string;
  decision: 'confirm' | 'reject';
  by: string;
  why: string;
}

/** Records a decision; it wins over the model on every later run. Refuses unknown records. */
export async function recordDecision(store: Store, input: PairDecisionInput): Promise<void> {
  if (!input.by.trim() || !input.why.trim()) {
    throw new ToexError('INVALID_VALUE', 'a decision needs --by NAME and --why TEXT');
  }
  for (const id of [input.recordA, input.recordB]) await requireRecord(store, id);
  const [l, r] = [input.recordA, input.recordB].sort();
  await store.run(
    `INSERT INTO resolve_decision (record_l, record_r, decision, decided_by, decided_at, reason)
     VALUES ($l, $r, $d, $by, now()::TIMESTAMP, $why)`,
    {
      l: l ?? '',
      r: r ?? '',
      d: input.decision,
      by: input.by,
      why: input.why,
    },
  );
}

/** Throws NOT_FOUND unless `force:person_ref` names a person record in the store. */
export async function requireRecord(store: Store, recordId: string): Promise<void> {
  const cut = recordId.indexOf(':');
  const rows = await store.query(
    'SELECT 1 FROM person WHERE force = $force AND person_ref = $ref',
    { force: recordId.slice(0, Math.max(0, cut)), ref: recordId.slice(cut + 1) },
  );
  if (cut < 1 || rows.length === 0) {
    throw new ToexError(
      'NOT_FOUND',
      `no person record ${recordId}; give records as force:person_ref, as listed by \`toex resolve person\``,
    );
  }
}

/**
 * The latest decision on each pair (the last recorded, view resolve_decision_latest), split
 * into confirmed and rejected pairs.
 */
export async function loadDecisions(store: Store): Promise<PairDecisions> {
  const rows = await store.query<{ l: string; r: string; d: string }>(
    `SELECT record_l AS l, record_r AS r, decision AS d
     FROM resolve_decision_latest ORDER BY l, r`,
  );
  const pair = (x: { l: string; r: string }) => [x.l, x.r] as const;
  return {
    confirm: rows.filter((x) => x.d === 'confirm').map(pair),
    reject: rows.filter((x) => x.d === 'reject').map(pair),
  };
}
