// The shapes the web app reads from the toex API (see /api/openapi.json). Declared here,
// not imported from the server or products, so the browser bundle holds no server code.
import type { PackSection } from './document-types.js';

/** A row as the API returns it (dates yyyy-mm-dd, times yyyy-mm-dd hh:mm:ss). */
export type Row = Record<string, unknown>;

/** The roles of toex accounts. */
export type Role = 'analyst' | 'regional-analyst' | 'supervisor' | 'administrator';

/** The signed-in user. `force` is set for analysts, who see one force's people. */
export interface SessionUser {
  userId: string;
  username: string;
  role: Role;
  force: string | null;
}

/** The nine forces of the region, as force codes. */
export const forces = [
  'bedfordshire',
  'cambridgeshire',
  'essex',
  'hertfordshire',
  'kent',
  'norfolk',
  'suffolk',
  'warwickshire',
  'west-mercia',
] as const;

export interface CountRow {
  label: string;
  occurrences: number;
}

export interface HotspotArea {
  rank: number;
  area: string;
  occurrences: number;
  district?: string;
  streets: { street: string; occurrences: number }[];
}

/** One person in a ranking with the RFG score, its sub-scores and inputs. */
export interface RankedPerson {
  rank: number;
  personId: string;
  name: string | null;
  records: number;
  occurrences: number;
  harmDays: number | null;
  harmUnknown: number;
  latestOn: string;
  rfg: {
    r: number;
    f: number;
    g: number;
    score: number;
    combine: string;
    inputs: { weeksSinceLatest: number; occurrences: number; harmDays: number | null };
    modelVersion: string;
  };
}

export interface PersonRankings {
  byOccurrences: RankedPerson[];
  byHarm: RankedPerson[];
  byRfg: RankedPerson[];
}

/** A suspect who moved across a force boundary (MAFB). */
export interface MafbPerson {
  personId: string;
  fromForce: string;
  toForce: string;
  movedOn: string;
  vawgAllForces: number;
  vawgInForce: number;
  vawgInForceBeforeMove: number;
  forcesWithVawg: number;
}

/** A VAWG force profile; person lists are absent for forces the reader sees as counts only. */
export interface VawgProfile {
  force: string;
  period: { from: string; to: string; basis: string; dataEnd: string | null };
  warnings: string[];
  options: { mafb: Record<string, unknown>; top: number; locationTypesExclude: string[] };
  headline: {
    occurrences: number;
    crimes: number;
    open: number;
    victims: number;
    suspects: number;
    harmDays: number | null;
    harmUnknown: number;
  };
  yearToDate: {
    current: { from: string; to: string; occurrences: number };
    previous: { from: string; to: string; occurrences: number };
    changePercent: number | null;
  };
  rate: { occurrences: number; population: number | null; per1000: number | null };
  byClassification: { level1: { level1: string; occurrences: number }[] };
  byLocationType: CountRow[];
  byMonth: { month: string; occurrences: number; previousYear: number }[];
  hotspots: { districts: HotspotArea[]; sectors: HotspotArea[]; districtSectors: HotspotArea[] };
  mafb?: MafbPerson[];
  suspects?: PersonRankings;
  victims?: PersonRankings;
}

/** A person record found by search. */
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

/** One force record of a person, with where it was loaded from. */
export type PersonRecord = {
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
};

/** A link of a person record: type (`detail`), linked object (`extra`), reason, date. */
export type PersonLink = {
  force: string;
  person_ref: string;
  detail: string | null;
  extra: string | null;
  reason: string | null;
  on_date: string | null;
};

/** An address of a person record. */
export type PersonAddress = {
  force: string;
  person_ref: string;
  address: string | null;
  postcode: string | null;
  force_area: string | null;
  address_type: string | null;
  effective_from: string;
  effective_to: string | null;
};

/** A scored record pair from entity resolution ('force:person_ref' ids). */
export type ResolveEvidence = {
  record_l: string;
  record_r: string;
  match_weight: number;
  match_probability: number;
  decided: string | null;
  joined: boolean;
};

/** One comparison's part in a pair's score: the level reached and its weight (log2). */
export interface ExplainTerm {
  comparison: string;
  /** The level label, or 'missing' when either value is absent (weight 0). */
  level: string;
  weight: number;
}

/**
 * Why two records of a person score as they do under the latest model: the prior plus
 * every term's weight is the total match weight (log2 odds); the probability runs 0 to 1.
 */
export interface PairExplanation {
  personId: string;
  recordL: string;
  recordR: string;
  modelVersion: string;
  prior: number;
  terms: ExplainTerm[];
  total: number;
  probability: number;
  /** The analyst decision that counts on the pair; `decidedAt` yyyy-mm-dd hh:mm:ss UTC. */
  decision: { decision: string; decidedBy: string; decidedAt: string; reason: string } | null;
}

/** An occurrence of any offence that one of the person's records is involved in. */
export type PersonInvolvement = {
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
};

/**
 * The person page, within the reader's scope: the tasking pack's person page for the
 * period (`section`, with R, F and G scored by the server), and the records with their
 * sources, the conflation evidence, links, addresses and every occurrence.
 */
export interface PersonPage {
  personId: string;
  /** The reader's force when only its records are shown; null for every force. */
  scope: string | null;
  forces: string[];
  period: { from: string; to: string };
  viewedOn: string;
  kind: 'suspect' | 'victim';
  section: PackSection;
  records: PersonRecord[];
  links: PersonLink[];
  addresses: PersonAddress[];
  evidence: ResolveEvidence[];
  occurrences: PersonInvolvement[];
}

/** A generated pack and its files, ready to download. */
export interface PackResult {
  packId: string;
  contentHash: string;
  files: { name: string; format: string; url: string }[];
}
