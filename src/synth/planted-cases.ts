import { ageOn } from './calendar.js';
import type { RecordPlan } from './force-people.js';
import { newHome } from './identity.js';
import type { Identity } from './identity.js';
import type { PlanContext } from './plan-context.js';
import { dayIn, isoDay, monthOf, plannedIdentity } from './plan-context.js';
import type { OccurrencePlan, PlannedOccurrence } from './planned-occurrence.js';

/** The planted cases, kept to write ground-truth.json once refs are known. */
export interface PlantedCases {
  prolific: { suspect: RecordPlan; victims: RecordPlan[]; occurrences: PlannedOccurrence[] };
  movers: {
    from: string;
    moveDay: number;
    records: RecordPlan[];
    occurrences: PlannedOccurrence[];
  }[];
  repeatVictims: { victim: RecordPlan; suspect: RecordPlan; occurrences: PlannedOccurrence[] }[];
}

const beds = 'bedfordshire';
const lpcs = ['Bedford', 'Luton', 'Central Bedfordshire'];
const moverSources = [
  'hertfordshire',
  'cambridgeshire',
  'essex',
  'kent',
  'norfolk',
  'suffolk',
].concat(['warwickshire', 'west-mercia']);
const partnerCodes = ['8N', '105A', '8U', '8Q', '8L', '8R'];

/** Core VAWG codes (vawg-offence-codes-draft.csv rule `core`) that fit a girl's or woman's age. */
function coreCodeFor(age: number, ctx: PlanContext): string {
  if (age < 13) return ctx.random.pick(['19E', '20B', '21']);
  if (age < 16) return ctx.random.pick(['19D', '22B', '20A', '88A']);
  return ctx.random.pick(['19C', '20A', '8Q', '8L', '8U', '8R']);
}

function exact(identity: Identity): RecordPlan {
  return { identity, variant: false, homes: identity.homes };
}

/**
 * The prolific young suspect: born 01/05/2007 (16 through the last 12 months), 19 core
 * VAWG offences against seven girls and women aged 12-32, 6 before 2023-05 and 13 after,
 * spread over Bedfordshire's three policing areas.
 */
function prolific(ctx: PlanContext): PlantedCases['prolific'] {
  const dob = isoDay('2007-05-01');
  const suspectId = plannedIdentity(
    ctx,
    idSpec('T-P-PROLIFIC', 'M', { age: 16, onDay: isoDay('2024-04-30') }),
  );
  suspectId.dob = dob;
  const suspect = exact(suspectId);
  const plan: [string, number, number][] = [
    ['2022-09', 12, 3],
    ['2022-12', 14, 3],
    ['2023-05', 15, 3],
    ['2023-08', 19, 3],
    ['2023-11', 24, 3],
    ['2024-01', 31, 2],
    ['2024-03', 17, 2],
  ];
  const victims: RecordPlan[] = [];
  const occurrences: PlannedOccurrence[] = [];
  plan.forEach(([start, age, count], v) => {
    const first = dayIn(ctx, start);
    const victim = exact(
      plannedIdentity(ctx, idSpec(`T-P-PV${v + 1}`, 'F', { age: age, onDay: first })),
    );
    victim.identity.dob = first - age * 365 - Math.floor(age / 4) - 100;
    victims.push(victim);
    for (let i = 0; i < count; i += 1) {
      const day = first + i * 25;
      const code = coreCodeFor(ageOn(victim.identity.dob, day), ctx);
      occurrences.push(fixed({ force: beds, day, hoCode: code, daFlag: false }, suspect, victim));
    }
  });
  occurrences.forEach((o, i) => (o.lpc = lpcs[i % 3]));
  return { suspect, victims, occurrences };
}

function idSpec(trueId: string, gender: 'M' | 'F', o: { age: number; onDay: number }) {
  const { age, onDay } = o;
  return { trueId, force: beds, gender, age, onDay, pnc: gender === 'M', secondHome: false };
}

function fixed(
  o: { force: string; day: number; hoCode: string; daFlag: boolean },
  suspect: RecordPlan,
  victim: RecordPlan,
): PlannedOccurrence {
  const people = [
    { record: suspect, role: 'suspect' as const },
    { record: victim, role: 'victim' as const },
  ];
  return { ...o, month: monthOf(o.day), people, fillOthers: false };
}

/** Suspects who moved into Bedfordshire in the last year, with VAWG before and after. */
function movers(ctx: PlanContext, count: number): PlantedCases['movers'] {
  const result: PlantedCases['movers'] = [];
  for (let i = 0; i < count; i += 1) {
    const from = moverSources[i % moverSources.length] ?? 'hertfordshire';
    const moveDay = isoDay('2023-05-15') + ctx.random.int(260);
    const spec = {
      ...idSpec(`T-P-MOVER${i + 1}`, 'M' as const, {
        age: ctx.random.range(19, 45),
        onDay: moveDay,
      }),
      force: from,
    };
    const identity = plannedIdentity(ctx, spec);
    const oldHome = {
      ...(identity.homes.at(-1) ?? newHome(from, moveDay - 900, ctx)),
    };
    const bedsHome = newHome(beds, moveDay, ctx);
    identity.homes = [{ ...oldHome, to: moveDay - 1 }, bedsHome];
    const oldRecord: RecordPlan = { identity, variant: false, homes: [oldHome] };
    const bedsRecord: RecordPlan = { identity, variant: true, homes: identity.homes };
    const occurrences = [
      ...moverOffences(ctx, {
        force: from,
        record: oldRecord,
        days: [moveDay - 400, moveDay - 220, moveDay - 60],
      }),
      ...moverOffences(ctx, {
        force: beds,
        record: bedsRecord,
        days: [moveDay + 5, moveDay + 40, moveDay + 70],
      }),
    ];
    result.push({ from, moveDay, records: [oldRecord, bedsRecord], occurrences });
  }
  return result;
}

function moverOffences(
  ctx: PlanContext,
  o: { force: string; record: RecordPlan; days: number[] },
): PlannedOccurrence[] {
  const partner = exact(
    plannedIdentity(ctx, {
      ...idSpec(`${o.record.identity.trueId}-${o.force}-V`, 'F', {
        age: ctx.random.range(18, 40),
        onDay: o.days[0] ?? 0,
      }),
      force: o.force,
    }),
  );
  const last = isoDay('2024-04-28');
  return o.days.map((day) =>
    fixed(
      {
        force: o.force,
        day: Math.min(day, last),
        hoCode: ctx.random.pick(partnerCodes),
        daFlag: true,
      },
      o.record,
      partner,
    ),
  );
}

/** Five repeat victims of domestic abuse in Bedfordshire, 6-8 VAWG occurrences each. */
function repeatVictims(ctx: PlanContext): PlantedCases['repeatVictims'] {
  const result: PlantedCases['repeatVictims'] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = isoDay('2022-01-10') + ctx.random.int(300);
    const victim = exact(
      plannedIdentity(
        ctx,
        idSpec(`T-P-RV${i + 1}`, 'F', { age: ctx.random.range(19, 50), onDay: start }),
      ),
    );
    const suspect = exact(
      plannedIdentity(
        ctx,
        idSpec(`T-P-RVS${i + 1}`, 'M', { age: ctx.random.range(20, 55), onDay: start }),
      ),
    );
    const occurrences: PlannedOccurrence[] = [];
    for (let k = 0, n = ctx.random.range(6, 8); k < n; k += 1) {
      const day = start + k * ctx.random.range(40, 90);
      occurrences.push(
        fixed(
          { force: beds, day, hoCode: ctx.random.pick(partnerCodes), daFlag: true },
          suspect,
          victim,
        ),
      );
    }
    result.push({ victim, suspect, occurrences });
  }
  return result;
}

/** Plans every planted case (present at any scale) and adds their occurrences to the plan. */
export function plantCases(ctx: PlanContext, plan: OccurrencePlan): PlantedCases {
  const cases: PlantedCases = {
    prolific: prolific(ctx),
    movers: movers(ctx, 12),
    repeatVictims: repeatVictims(ctx),
  };
  plan.add(...cases.prolific.occurrences);
  for (const m of cases.movers) plan.add(...m.occurrences);
  for (const r of cases.repeatVictims) plan.add(...r.occurrences);
  return cases;
}
