import { ToexError } from '../../core/errors.js';
import type { Row, Store } from '../../store/store.js';
import { serverSql } from './server-sql.js';

/** Everything the person page shows about one resolved person, within the reader's scope. */
export interface PersonPage {
  personId: string;
  /** Forces whose records are shown (the reader's scope may hide others). */
  forces: string[];
  records: Row[];
  occurrences: Row[];
  addresses: Row[];
  links: Row[];
  /** Scored record pairs from entity resolution that touch this person's records. */
  evidence: Row[];
}

/**
 * Reads a person by person_id (from the person_key view), limited to `force` when set.
 * A person with no records in scope is NOT_FOUND, exactly as one that does not exist, so an
 * analyst cannot learn that another force holds a person by guessing ids.
 */
export async function readPersonPage(
  store: Store,
  scope: { personId: string; force: string | null },
): Promise<PersonPage> {
  const params = { person_id: scope.personId, force: scope.force };
  const records = await store.query(serverSql('person-records'), params);
  if (records.length === 0)
    throw new ToexError('NOT_FOUND', 'no person with that id in the forces you may see');
  return {
    personId: scope.personId,
    forces: [...new Set(records.map((r) => r['force'] as string))],
    records,
    occurrences: await store.query(serverSql('person-occurrences'), params),
    addresses: await store.query(serverSql('person-addresses'), params),
    links: await store.query(serverSql('person-links'), params),
    evidence: await store.query(serverSql('person-evidence'), params),
  };
}
