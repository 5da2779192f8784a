import { addDays, format, parseISO, subMonths } from 'date-fns';
import type { Store } from '../store/store.js';
import { loadSql } from './load-sql.js';

/** Version of the moved-across-force-boundary model. */
export const mafbModelVersion = 'mafb-v1';

/** Options of the MAFB model. */
export interface MafbOptions {
  /** Length of the escalation period ending at the period end, in months (default 12). */
  escalationMonths: number;
  /** Fewest VAWG occurrences as suspect or offender, across all forces (default 5). */
  minVawg: number;
  /** Only moves to the person's latest home address count (default false). */
  latestAddressOnly: boolean;
  /**
   * Only people the force already knew: at least one VAWG occurrence as suspect or offender
   * in this force dated before the move (default false).
   */
  previousVawgInForce: boolean;
}

/** The default MAFB options. */
export const defaultMafbOptions: MafbOptions = {
  escalationMonths: 12,
  minVawg: 5,
  latestAddressOnly: false,
  previousVawgInForce: false,
};

/** One suspect who moved into the force, with the move and their VAWG counts. */
export interface MafbPerson {
  personId: string;
  fromForce: string;
  toForce: string;
  /** Date of the move (effective_from of the new home address), yyyy-mm-dd. */
  movedOn: string;
  vawgAllForces: number;
  vawgInForce: number;
  vawgInForceBeforeMove: number;
  forcesWithVawg: number;
}

interface MafbRow {
  person_id: string;
  from_area: string;
  to_area: string;
  moved_on: string;
  vawg_all_forces: number;
  vawg_in_force: number;
  vawg_in_force_before_move: number;
  forces_with_vawg: number;
}

/**
 * Lists suspects whose home moved into `force` within the escalation period ending at
 * `periodEnd` (yyyy-mm-dd) and who have at least `minVawg` VAWG occurrences as suspect or
 * offender in any force up to the period end. Needs `prepareVawgOccurrences` first.
 * People are counted by person_id, so records of one person in several forces join up.
 */
export async function findMafb(
  store: Store,
  scope: { force: string; periodEnd: string },
  options: Partial<MafbOptions> = {},
): Promise<MafbPerson[]> {
  const o = { ...defaultMafbOptions, ...options };
  const rows = await store.query<MafbRow>(loadSql('models', 'mafb'), {
    force: scope.force,
    period_end: scope.periodEnd,
    escalation_from: escalationStart(scope.periodEnd, o.escalationMonths),
    min_vawg: o.minVawg,
    latest_only: o.latestAddressOnly,
    previous_in_force: o.previousVawgInForce,
  });
  return rows.map(toPerson);
}

/** First day of an escalation period of `months` ending at `periodEnd`: 30/04/2024 -> 01/05/2023. */
export function escalationStart(periodEnd: string, months: number): string {
  return format(subMonths(addDays(parseISO(periodEnd), 1), months), 'yyyy-MM-dd');
}

function toPerson(r: MafbRow): MafbPerson {
  return {
    personId: r.person_id,
    fromForce: r.from_area,
    toForce: r.to_area,
    movedOn: r.moved_on,
    vawgAllForces: r.vawg_all_forces,
    vawgInForce: r.vawg_in_force,
    vawgInForceBeforeMove: r.vawg_in_force_before_move,
    forcesWithVawg: r.forces_with_vawg,
  };
}
