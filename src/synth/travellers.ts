import type { RecordPlan } from './force-people.js';
import type { PlanContext } from './plan-context.js';
import { dayIn, monthOf, plannedIdentity } from './plan-context.js';
import { newHome } from './identity.js';
import type { OccurrencePlan, PlannedOccurrence } from './planned-occurrence.js';
import { fitCodeToVictim, maxVictimAge } from './victim-fit.js';
import { ageOn } from './calendar.js';

/** Options of the cross-force people plan. */
export interface TravellerOptions {
  count: number;
  forces: string[];
  /** Relative volume of each force (same order), for choosing a traveller's home force. */
  volumes: number[];
}

/**
 * People recorded by two forces under different references: repeat suspects and victims
 * who offend or are victimised in a second force, and movers whose home moves between
 * forces. The first force records them exactly, the second as a variant.
 */
export function planTravellers(
  ctx: PlanContext,
  plan: OccurrencePlan,
  o: TravellerOptions,
): number {
  for (let i = 0; i < o.count; i += 1) {
    const home = o.forces[ctx.random.weighted(o.volumes)] ?? 'bedfordshire';
    const others = o.forces.filter((f) => f !== home);
    const second = ctx.random.pick(others);
    const mover = ctx.random.chance(ctx.parameters.cross_force.mover_share);
    const isSuspect = ctx.random.chance(0.6);
    const gender = isSuspect
      ? ctx.random.chance(0.85)
        ? 'M'
        : 'F'
      : ctx.random.chance(0.7)
        ? 'F'
        : 'M';
    const moveIndex = ctx.random.range(8, ctx.months.length - 8);
    const moveDay = dayIn(ctx, ctx.months[moveIndex] ?? '2023-01');
    const identity = plannedIdentity(ctx, {
      trueId: `T-X-${String(i + 1).padStart(6, '0')}`,
      force: home,
      gender,
      age: ctx.random.range(18, 50),
      onDay: moveDay,
      pnc: isSuspect && ctx.random.chance(0.7),
      secondHome: false,
    });
    const first: RecordPlan = { identity, variant: false, homes: identity.homes };
    const secondRecord: RecordPlan = { identity, variant: true, homes: identity.homes };
    if (mover) {
      const current = identity.homes.at(-1);
      const moved = newHome(second, moveDay, ctx);
      if (current !== undefined) current.to = moveDay - 1;
      identity.homes = [...identity.homes, moved];
      first.homes = identity.homes.slice(0, -1).map((h) => ({ ...h, to: undefined }));
      secondRecord.homes = identity.homes;
    }
    const role = isSuspect ? 'suspect' : 'victim';
    const split = mover ? moveIndex : undefined;
    appearances(ctx, plan, {
      force: home,
      record: first,
      role,
      months: ctx.months.slice(0, split),
    });
    appearances(ctx, plan, {
      force: second,
      record: secondRecord,
      role,
      months: ctx.months.slice(split ?? 0),
    });
  }
  return o.count;
}

function appearances(
  ctx: PlanContext,
  plan: OccurrencePlan,
  o: { force: string; record: RecordPlan; role: 'suspect' | 'victim'; months: string[] },
): void {
  const [min, max] = ctx.parameters.cross_force.appearances_per_force;
  for (let k = ctx.random.range(min, max); k > 0; k -= 1) {
    const day = dayIn(ctx, ctx.random.pick(o.months));
    plan.add(appearance(ctx, { ...o, day }));
  }
}

function appearance(
  ctx: PlanContext,
  o: { force: string; record: RecordPlan; role: 'suspect' | 'victim'; day: number },
): PlannedOccurrence {
  let offence = ctx.catalogue.draw('Violence and sexual offences', ctx.random);
  while (offence !== undefined && maxVictimAge(offence.hoCode) !== undefined) {
    offence = ctx.catalogue.draw('Violence and sexual offences', ctx.random);
  }
  let hoCode = offence?.hoCode ?? '105A';
  if (o.role === 'victim') {
    const age = ageOn(o.record.identity.dob, o.day);
    hoCode = fitCodeToVictim(hoCode, o.record.identity.gender, age);
  }
  return {
    force: o.force,
    month: monthOf(o.day),
    day: o.day,
    hoCode,
    daFlag: ctx.random.chance(0.3),
    people: [{ record: o.record, role: o.role }],
    fillOthers: true,
  };
}
