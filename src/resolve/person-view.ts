import { ToexError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { recordDecision } from './resolve-decisions.js';

/** A record that is part of a resolved person. */
export interface PersonRecord {
  force: string;
  person_ref: string;
  surname: string | null;
  forenames: string | null;
  /** 'yyyy-mm-dd' or null. */
  date_of_birth: string | null;
}

/** A pair inside a person: how strongly it matched and whether it joined the person. */
export interface PersonPair {
  record_l: string;
  record_r: string;
  match_probability: number;
  decided: string | null;
  joined: boolean;
}

/** The records that make a person and the pairs that joined them (from the last run). */
export async function describePerson(
  store: Store,
  personId: string,
): Promise<{ records: PersonRecord[]; pairs: PersonPair[] }> {
  const records = await store.query<PersonRecord>(
    `SELECT p.force, p.person_ref, p.surname, p.forenames, p.date_of_birth::VARCHAR AS date_of_birth
     FROM person_key k JOIN person p USING (force, person_ref)
     WHERE k.person_id = $id ORDER BY p.force, p.person_ref`,
    { id: personId },
  );
  if (records.length === 0) {
    throw new ToexError(
      'NOT_FOUND',
      `no person has the id ${personId}; person ids appear as personId in a profile's JSON ` +
        "and in the web app's person search",
    );
  }
  const pairs = await store.query<PersonPair>(
    `SELECT record_l, record_r, match_probability, decided, joined FROM resolve_pair
     WHERE record_l IN (SELECT force || ':' || person_ref FROM person_key WHERE person_id = $id)
       AND record_r IN (SELECT force || ':' || person_ref FROM person_key WHERE person_id = $id)
     ORDER BY match_probability DESC, record_l, record_r`,
    { id: personId },
  );
  return { records, pairs };
}

/**
 * Splits records out of a person: each listed record is rejected against each remaining record,
 * so the split holds on every later run. Takes effect at the next `toex resolve`.
 */
export async function splitPerson(
  store: Store,
  options: { personId: string; records: readonly string[]; by: string; why: string },
): Promise<number> {
  const { records } = await describePerson(store, options.personId);
  const members = records.map((r) => `${r.force}:${r.person_ref}`);
  const leaving = new Set(options.records);
  for (const id of leaving) {
    if (!members.includes(id)) {
      throw new ToexError(
        'INVALID_VALUE',
        `record ${id} is not part of person ${options.personId}`,
      );
    }
  }
  const staying = members.filter((m) => !leaving.has(m));
  let count = 0;
  for (const a of leaving) {
    for (const b of staying) {
      await recordDecision(store, {
        recordA: a,
        recordB: b,
        decision: 'reject',
        by: options.by,
        why: options.why,
      });
      count += 1;
    }
  }
  return count;
}
