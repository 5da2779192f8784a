import {
  scoreRfg,
  topWithTies,
  loadSql,
  type RfgCombine,
  type RfgModel,
} from '../../models/index.js';
import type { Store } from '../../store/store.js';
import type { DateSpan } from './period.js';
import type { PersonRankings, RankedPerson } from './profile-types.js';

interface PersonStatsRow {
  person_id: string;
  name: string | null;
  records: number | null;
  occurrences: number;
  harm_days: number | null;
  harm_unknown: number;
  latest_on: string;
  weeks_since_latest: number;
}

/**
 * Top suspects (roles suspect and offender) or top victims of the period by VAWG
 * occurrences, total harm and RFG score. Per-person figures come from SQL; RFG bands are
 * applied by the model file. Ties at the cut-off are all listed.
 */
export async function personRankings(
  store: Store,
  spec: {
    period: DateSpan;
    roleGroup: 'suspect' | 'victim';
    top: number;
    model: RfgModel;
    combine: RfgCombine;
  },
): Promise<PersonRankings> {
  const rows = await store.query<PersonStatsRow>(loadSql('products', 'profile-person-stats'), {
    from: spec.period.from,
    to: spec.period.to,
    role_group: spec.roleGroup,
  });
  const people = rows.map((r) => toPerson(r, spec.model, spec.combine));
  const rank = (measure: (p: Omit<RankedPerson, 'rank'>) => number | null) =>
    topWithTies(people, { n: spec.top, measure, tieKey: (p) => p.personId });
  return {
    byOccurrences: rank((p) => p.occurrences),
    byHarm: rank((p) => p.harmDays),
    byRfg: rank((p) => p.rfg.score),
  };
}

function toPerson(
  r: PersonStatsRow,
  model: RfgModel,
  combine: RfgCombine,
): Omit<RankedPerson, 'rank'> {
  return {
    personId: r.person_id,
    name: r.name,
    records: r.records ?? 0,
    occurrences: r.occurrences,
    harmDays: r.harm_days,
    harmUnknown: r.harm_unknown,
    latestOn: r.latest_on,
    rfg: scoreRfg(
      model,
      { weeksSinceLatest: r.weeks_since_latest, occurrences: r.occurrences, harmDays: r.harm_days },
      combine,
    ),
  };
}
