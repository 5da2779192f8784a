import type { Store } from '../../store/store.js';
import { packSql } from './pack-sql.js';
import type { RecordScope } from './record-scope.js';

/** One force record of a person, with where it was loaded from. */
export interface PersonRecordRow {
  force: string;
  person_ref: string;
  surname: string | null;
  forenames: string | null;
  date_of_birth: string | null;
  gender: string | null;
  ethnicity: string | null;
  nationality: string | null;
  occupation: string | null;
  pnc_id: string | null;
  extract_id: string;
  source_file: string;
  source_line: number;
}

/** One VAWG occurrence of a person, in any force and role. */
export interface PersonOccurrenceRow {
  force: string;
  occurrence_ref: string;
  occurred_on: string;
  role: string;
  crime_type: string | null;
  offence_description: string | null;
  da_flag: boolean;
  outcome: string | null;
  summary: string | null;
  harm_days: number | null;
}

/** A victim of a suspect's occurrences. */
export interface PersonVictimRow {
  victim_id: string;
  age: number | null;
  occurrences: number;
  latest_on: string;
  harm_days: number | null;
}

/**
 * The latest address (kind 'address') or a link (kind 'link') of a person, with the record
 * (`person_ref`) it belongs to; `reason` is a link's reason (null for the address).
 */
export interface PersonContextRow {
  kind: 'address' | 'link';
  force: string;
  person_ref: string;
  detail: string | null;
  extra: string | null;
  reason: string | null;
  on_date: string | null;
}

/** Everything a person page shows, across the person's force records within `scope`. */
export interface PersonPageData {
  personId: string;
  /** The force whose records alone were read, or `null` when every force's were. */
  scope: RecordScope;
  records: PersonRecordRow[];
  occurrences: PersonOccurrenceRow[];
  victims: PersonVictimRow[];
  context: PersonContextRow[];
}

/**
 * Reads a person page's data by person_id, limited to the records of `scope`'s force when
 * set (`null`: every force's; a pack passes its `recordScope`). Occurrences, victims, the address and links then come only from
 * those records. Needs the VAWG model's temp tables (`model_vawg_occurrence`,
 * `model_vawg_harm`), which `buildProfile` leaves on the connection.
 */
export async function personPageData(
  store: Store,
  personId: string,
  scope: RecordScope,
): Promise<PersonPageData> {
  const p = { person_id: personId, force: scope };
  return {
    personId,
    scope,
    records: await store.query<PersonRecordRow>(packSql('pack-person-records'), p),
    occurrences: await store.query<PersonOccurrenceRow>(packSql('pack-person-occurrences'), p),
    victims: await store.query<PersonVictimRow>(packSql('pack-person-victims'), p),
    context: await store.query<PersonContextRow>(packSql('pack-person-context'), p),
  };
}
