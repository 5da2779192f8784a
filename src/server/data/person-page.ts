import { ToexError } from '../../core/errors.js';
import { prepareVawgOccurrences } from '../../models/index.js';
import type { PackSection } from '../../products/document/pack-document.js';
import {
  personPageData,
  type PersonContextRow,
  type PersonPageData,
  type PersonRecordRow,
} from '../../products/pack/person-page-data.js';
import { personPage } from '../../products/pack/person-page.js';
import { defaultPersonPeriod, personRfg, type RoleGroup } from '../../products/pack/person-rfg.js';
import type { DateSpan } from '../../products/profile/period.js';
import { ensureReference } from '../../reference/index.js';
import type { Store } from '../../store/store.js';
import type { ServerServices } from '../http/server-env.js';
import { serverSql } from './server-sql.js';

/** An address of a person record, newest first (the page shows the whole history). */
export interface PersonAddressRow {
  force: string;
  person_ref: string;
  address: string | null;
  postcode: string | null;
  force_area: string | null;
  address_type: string | null;
  effective_from: string;
  effective_to: string | null;
}

/** A scored record pair of the last resolve run ('force:person_ref' ids). */
export interface PersonEvidenceRow {
  record_l: string;
  record_r: string;
  match_weight: number;
  match_probability: number;
  decided: string | null;
  joined: boolean;
}

/** An occurrence, of any offence, that one of the person's records is involved in. */
export interface PersonInvolvementRow {
  force: string;
  occurrence_ref: string;
  person_ref: string;
  role: string;
  age_at_event: number | null;
  occurred_from: string;
  ho_code: string | null;
  offence_description: string | null;
  crime_type: string | null;
  da_flag: boolean | null;
  status: string | null;
  outcome: string | null;
  postcode_district: string | null;
}

/**
 * Everything the person page shows about one resolved person, within the reader's scope:
 * the pack's person page (`section`, built by products/pack for the period) and, besides,
 * the records with their sources, the conflation evidence, links, every address and every
 * occurrence of any offence.
 */
export interface PersonPage {
  personId: string;
  /** The reader's force, when only its records are shown; null for every force. */
  scope: string | null;
  /** Forces whose records are shown. */
  forces: string[];
  period: DateSpan;
  /** The day ages are worked out on: the day of the view (UTC). */
  viewedOn: string;
  /** Whether the page is a suspect's or (with no suspect role) a victim's. */
  kind: RoleGroup;
  section: PackSection;
  records: PersonRecordRow[];
  links: Omit<PersonContextRow, 'kind'>[];
  addresses: PersonAddressRow[];
  evidence: PersonEvidenceRow[];
  occurrences: PersonInvolvementRow[];
}

/** What to read: a person, in the reader's scope, for a period (default: the data's last). */
export interface PersonPageRequest {
  personId: string;
  /** The reader's force scope (`forceScope`): one force, or null for every force. */
  force: string | null;
  from?: string | undefined;
  to?: string | undefined;
  /** Today, yyyy-mm-dd (UTC). */
  today: string;
}

/**
 * Reads a person by person_id (from the person_key view), limited to `force` when set, with
 * the same product code as the pack's person pages. A person with no records in scope is
 * NOT_FOUND, exactly as one that does not exist, so an analyst cannot learn that another
 * force holds a person by guessing ids. Runs alone (`exclusive`): it reads the VAWG model's
 * temp tables on the store's connection.
 */
export async function readPersonPage(
  services: Pick<ServerServices, 'store' | 'exclusive'>,
  request: PersonPageRequest,
): Promise<PersonPage> {
  const { store } = services;
  return services.exclusive(async () => {
    await ensureVawgTables(store);
    const data = await personPageData(store, request.personId, request.force);
    if (data.records.length === 0)
      throw new ToexError('NOT_FOUND', 'no person with that id in the forces you may see');

    const period = await periodOf(store, request);
    const kind = pageKind(data);
    const rfg = await personRfg(store, {
      personId: request.personId,
      scope: request.force,
      period,
      roleGroup: kind,
    });
    const section = personPage({
      kind,
      pageNumber: 1,
      ranked: rfg === null ? undefined : { rfg },
      data,
      period,
      packDate: request.today,
    });
    return { ...(await extras(store, request)), ...pageOf(data), period, kind, section };
  });
}

function pageOf(data: PersonPageData) {
  return {
    personId: data.personId,
    scope: data.scope,
    forces: [...new Set(data.records.map((r) => r.force))],
    records: data.records,
    links: data.context.filter((c) => c.kind === 'link').map(({ kind: _kind, ...link }) => link),
  };
}

async function extras(store: Store, request: PersonPageRequest) {
  const params = { person_id: request.personId, force: request.force };
  return {
    viewedOn: request.today,
    addresses: await store.query<PersonAddressRow>(serverSql('person-addresses'), params),
    evidence: await store.query<PersonEvidenceRow>(serverSql('person-evidence'), params),
    occurrences: await store.query<PersonInvolvementRow>(serverSql('person-occurrences'), params),
  };
}

async function periodOf(store: Store, request: PersonPageRequest): Promise<DateSpan> {
  const { from, to } = request;
  const period =
    from !== undefined && to !== undefined
      ? { from, to }
      : await defaultPersonPeriod(store, {
          personId: request.personId,
          scope: request.force,
          today: request.today,
        }).then((d) => ({ from: from ?? d.from, to: to ?? d.to }));
  if (period.from > period.to)
    throw new ToexError('INVALID_VALUE', 'the period starts after it ends; check from and to');
  return period;
}

/** A suspect's page when any VAWG occurrence names the person suspect or offender. */
function pageKind(data: PersonPageData): RoleGroup {
  const suspect = data.occurrences.some((o) => o.role === 'suspect' || o.role === 'offender');
  return suspect || !data.occurrences.some((o) => o.role === 'victim') ? 'suspect' : 'victim';
}

/**
 * Classifies occurrences with the VAWG model unless its temp tables are already on the
 * connection. The server builds them only with the default options (profiles, packs, MAFB)
 * and never changes records, so tables left by an earlier step hold the same rows.
 */
async function ensureVawgTables(store: Store): Promise<void> {
  const { n } = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM duckdb_tables()
     WHERE temporary AND table_name IN ('model_vawg_occurrence', 'model_vawg_harm')`,
  );
  if (n === 2) return;
  await ensureReference(store);
  await prepareVawgOccurrences(store);
}
