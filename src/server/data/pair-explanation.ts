import { ToexError } from '../../core/errors.js';
import { explainPair, latestModel, type PairExplanation } from '../../resolve/index.js';
import type { Store } from '../../store/store.js';
import type { ServerServices } from '../http/server-env.js';
import { serverSql } from './server-sql.js';

/** What to explain: two records (`force:person_ref`) of one person, in the reader's scope. */
export interface PairExplanationRequest {
  personId: string;
  recordA: string;
  recordB: string;
  /** The reader's force scope (`forceScope`): one force, or null for every force. */
  force: string | null;
}

/** The analyst decision that counts on a pair. `decidedAt` is yyyy-mm-dd hh:mm:ss (UTC). */
export interface PairDecision {
  decision: string;
  decidedBy: string;
  decidedAt: string;
  reason: string;
}

/**
 * Why two records of a person score as they do: the pair in id order (`recordL` < `recordR`),
 * explainPair's terms under the latest model, and the analyst decision, if any.
 */
export interface PersonPairExplanation extends PairExplanation {
  personId: string;
  recordL: string;
  recordR: string;
  decision: PairDecision | null;
}

/**
 * Explains a pair of a person's records under the model of the latest resolution run. A pair
 * with a record that is missing, another person's or outside `force` is NOT_FOUND, all with
 * one message, so a reader cannot learn that another force holds a record. Runs alone
 * (`exclusive`): explainPair rebuilds the resolution input tables on the store's connection.
 *
 * TODO: each call re-prepares every person record (term frequencies need them all): 2.6 s
 * for 1.28 million records on a 2-core machine, holding up other exclusive work meanwhile.
 * Keeping the last run's resolve_record and comparing the two rows against it would make a
 * call cost two rows, once explainPair can be told to reuse it.
 */
export async function readPairExplanation(
  services: Pick<ServerServices, 'store' | 'exclusive'>,
  request: PairExplanationRequest,
): Promise<PersonPairExplanation> {
  const { store } = services;
  await requirePersonPair(store, request);

  const [recordL = '', recordR = ''] = [request.recordA, request.recordB].sort();
  const explanation = await services.exclusive(async () =>
    explainPair(store, { recordA: recordL, recordB: recordR, model: await latestModel(store) }),
  );
  const decision = await latestDecision(store, { recordL, recordR });
  return { personId: request.personId, recordL, recordR, ...explanation, decision };
}

async function requirePersonPair(store: Store, request: PairExplanationRequest): Promise<void> {
  const [a, b] = [splitRecordId(request.recordA), splitRecordId(request.recordB)];
  const found = await store.query<{ record_id: string }>(serverSql('person-pair'), {
    person_id: request.personId,
    force: request.force,
    force_a: a.force,
    ref_a: a.ref,
    force_b: b.force,
    ref_b: b.ref,
  });
  if (found.length < 2 || request.recordA === request.recordB)
    throw new ToexError(
      'NOT_FOUND',
      'no such pair of records of this person in the forces you may see; pick a pair from the person page',
    );
}

/** `force:person_ref` split at the first colon (forces have none; references may). */
function splitRecordId(recordId: string): { force: string; ref: string } {
  const cut = recordId.indexOf(':');
  return { force: recordId.slice(0, Math.max(0, cut)), ref: recordId.slice(cut + 1) };
}

async function latestDecision(
  store: Store,
  pair: { recordL: string; recordR: string },
): Promise<PairDecision | null> {
  const rows = await store.query<{
    decision: string;
    decided_by: string;
    decided_at: string;
    reason: string;
  }>(serverSql('pair-decision'), { record_l: pair.recordL, record_r: pair.recordR });
  const row = rows[0];
  if (row === undefined) return null;
  return {
    decision: row.decision,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    reason: row.reason,
  };
}
