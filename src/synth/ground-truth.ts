import { ageOn, formatDay, dayOf } from './calendar.js';
import type { RecordPlan } from './force-people.js';
import type { PlantedCases } from './planted-cases.js';
import type { PlannedOccurrence } from './planned-occurrence.js';

const periodEnd = dayOf('2024-04-30');

function person(record: RecordPlan) {
  return { true_person_id: record.identity.trueId, person_ref: record.ref ?? null };
}

function occurrence(o: PlannedOccurrence) {
  const victim = o.people.find((p) => p.role === 'victim');
  return {
    force: o.force,
    occurrence_ref: o.ref ?? null,
    occurred: formatDay(o.day),
    ho_code: o.hoCode,
    da_flag: o.daFlag,
    lpc: o.lpc ?? null,
    victim_ref: victim?.record.ref ?? null,
    victim_age: victim === undefined ? null : ageOn(victim.record.identity.dob, o.day),
  };
}

/** The planted cases with the refs each force gave them: ground-truth.json's content. */
export function groundTruth(
  cases: PlantedCases,
  meta: Record<string, unknown>,
): Record<string, unknown> {
  const p = cases.prolific;
  return {
    ...meta,
    note: 'Synthetic data. Dates dd/mm/yyyy. Refs are per force; true_person_id links records of one synthetic person.',
    prolific_suspect: {
      force: 'bedfordshire',
      ...person(p.suspect),
      date_of_birth: formatDay(p.suspect.identity.dob),
      age_at_period_end: ageOn(p.suspect.identity.dob, periodEnd),
      vawg_offences: p.occurrences.length,
      victims: p.victims.map(person),
      occurrences: p.occurrences.map(occurrence),
    },
    movers_into_bedfordshire: cases.movers.map((m) => ({
      true_person_id: m.records[0]?.identity.trueId,
      from_force: m.from,
      move_date: formatDay(m.moveDay),
      refs: { [m.from]: m.records[0]?.ref ?? null, bedfordshire: m.records[1]?.ref ?? null },
      occurrences: m.occurrences.map(occurrence),
    })),
    repeat_victims: cases.repeatVictims.map((r) => ({
      force: 'bedfordshire',
      victim: person(r.victim),
      suspect: person(r.suspect),
      occurrences: r.occurrences.map(occurrence),
    })),
  };
}
