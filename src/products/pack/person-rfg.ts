import { loadRfgModel, scoreRfg, type RfgCombine, type RfgScore } from '../../models/index.js';
import type { Store } from '../../store/store.js';
import { defaultPeriodMonths } from '../profile/build-profile.js';
import { lastCompleteMonths, type DateSpan } from '../profile/period.js';
import { packSql } from './pack-sql.js';
import type { RecordScope } from './record-scope.js';

/** Which of a person's roles an RFG score counts: suspect (or offender), or victim. */
export type RoleGroup = 'suspect' | 'victim';

/** What `personRfg` scores: one person's occurrences in a period, within a record scope. */
export interface PersonRfgRequest {
  personId: string;
  scope: RecordScope;
  period: DateSpan;
  roleGroup: RoleGroup;
  /** How R, F and G combine; default `product`, as the profile ranks people. */
  combine?: RfgCombine;
}

interface RfgInputRow {
  occurrences: number;
  harm_days: number | null;
  weeks_since_latest: number | null;
}

/**
 * Scores one person's RFG for a period from their VAWG occurrences in the role group, over
 * their records within `scope` (every force when null), with the profile's RFG model. A
 * force profile scores the same person from that force's occurrences alone, so the two agree
 * when `scope` is that force. Null when the person has no such occurrence in the period.
 * Needs the VAWG model's temp tables, as `personPageData` does.
 */
export async function personRfg(store: Store, request: PersonRfgRequest): Promise<RfgScore | null> {
  const row = await store.one<RfgInputRow>(packSql('pack-person-rfg'), {
    person_id: request.personId,
    force: request.scope,
    from: request.period.from,
    to: request.period.to,
    role_group: request.roleGroup,
  });
  if (row.occurrences === 0 || row.weeks_since_latest === null) return null;
  const inputs = {
    weeksSinceLatest: row.weeks_since_latest,
    occurrences: row.occurrences,
    harmDays: row.harm_days,
  };
  return scoreRfg(loadRfgModel(), inputs, request.combine ?? 'product');
}

/**
 * A person page's default period: the last six complete months of data of the forces that
 * hold the person's records within `scope` (the latest force's data decides), as a force
 * profile's default period follows its force's data. With no data at all, the six complete
 * months before `today` (yyyy-mm-dd).
 */
export async function defaultPersonPeriod(
  store: Store,
  request: { personId: string; scope: RecordScope; today: string },
): Promise<DateSpan> {
  const { data_end } = await store.one<{ data_end: string | null }>(
    packSql('pack-person-data-end'),
    { person_id: request.personId, force: request.scope },
  );
  return lastCompleteMonths(data_end ?? request.today, defaultPeriodMonths);
}
