import type { RecordPlan } from './force-people.js';

/** Roles of the extract contract. */
export type Role = 'suspect' | 'offender' | 'victim' | 'witness' | 'other';

/**
 * An occurrence fixed in advance (a planted case or a cross-force person's appearance):
 * the force places it on one of its 'Violence and sexual offences' occurrences of the month
 * (in the policing area, when given), or adds it when none is left (tiny scales).
 */
export interface PlannedOccurrence {
  force: string;
  month: string;
  /** Day number the occurrence began. */
  day: number;
  lpc?: string;
  hoCode: string;
  daFlag: boolean;
  people: { record: RecordPlan; role: Role }[];
  /** True when the force adds its usual other parties (e.g. a victim for a suspect). */
  fillOthers: boolean;
  /** Filled when placed: the force's occurrence_ref. */
  ref?: string;
}

/** Planned occurrences grouped by force and month. */
export class OccurrencePlan {
  private readonly byKey = new Map<string, PlannedOccurrence[]>();

  /** Adds planned occurrences. */
  add(...items: PlannedOccurrence[]): void {
    for (const item of items) {
      const key = `${item.force}|${item.month}`;
      const list = this.byKey.get(key) ?? [];
      list.push(item);
      this.byKey.set(key, list);
    }
  }

  /** The planned occurrences of a force and month, sorted by day (a fresh list). */
  take(force: string, month: string): PlannedOccurrence[] {
    return [...(this.byKey.get(`${force}|${month}`) ?? [])].sort((a, b) => a.day - b.day);
  }
}
