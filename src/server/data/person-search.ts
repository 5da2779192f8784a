import type { Store } from '../../store/store.js';
import { serverSql } from './server-sql.js';

/** Search criteria; at least one of name, dob and ref is set. */
export interface PersonSearch {
  /** A name in any order, tolerant of spelling (Jaro-Winkler). */
  name?: string | undefined;
  /** Date of birth, yyyy-mm-dd: exact match. */
  dob?: string | undefined;
  /** A force person reference or PNC id: exact match. */
  ref?: string | undefined;
  /** Smallest name similarity kept, 0-1 (default 0.85). */
  minScore?: number | undefined;
  limit: number;
}

/** One matching person record. `nameScore` is null when no name was given. */
export interface PersonHit {
  personId: string;
  force: string;
  personRef: string;
  surname: string | null;
  forenames: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  nameScore: number | null;
}

interface PersonHitRow {
  person_id: string;
  force: string;
  person_ref: string;
  surname: string | null;
  forenames: string | null;
  date_of_birth: string | null;
  gender: string | null;
  name_score: number | null;
}

/** Finds person records by name, date of birth or reference within `force` (null = all). */
export async function searchPersons(
  store: Store,
  scope: { search: PersonSearch; force: string | null },
): Promise<PersonHit[]> {
  const { search, force } = scope;
  const rows = await store.query<PersonHitRow>(serverSql('person-search'), {
    name: search.name ?? null,
    dob: search.dob ?? null,
    ref: search.ref ?? null,
    force,
    min_score: search.minScore ?? 0.85,
    limit: search.limit,
  });
  return rows.map((r) => ({
    personId: r.person_id,
    force: r.force,
    personRef: r.person_ref,
    surname: r.surname,
    forenames: r.forenames,
    dateOfBirth: r.date_of_birth,
    gender: r.gender,
    nameScore: r.name_score,
  }));
}
