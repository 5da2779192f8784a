import type { Random } from '../core/random.js';
import { ageOn } from './calendar.js';
import type { ForcePeople } from './force-people.js';
import type { Identity } from './identity.js';
import type { Offence } from './offence-catalogue.js';
import type { SynthParameters } from './parameters.js';
import type { Role } from './planned-occurrence.js';
import { fitCodeToVictim, maxVictimAge } from './victim-fit.js';

/** A person on an occurrence, before the force gives them a person_ref. */
export interface Party {
  identity: Identity;
  role: Role;
}

/** What the people of an occurrence depend on. */
export interface AttachInput {
  crimeType: string;
  offence: Offence | undefined;
  day: number;
  daFlag: boolean;
  /** Roles already filled by a planned occurrence. */
  has: Set<Role>;
}

const noVictim = new Set(['Drugs', 'Possession of weapons', 'Public order', 'Shoplifting']);
noVictim.add('Other crime');

/** Suspects, victims and witnesses of an occurrence; may refit the code to the victim. */
export function attachPeople(
  input: AttachInput,
  ctx: { people: ForcePeople; random: Random; parameters: SynthParameters },
): { parties: Party[]; hoCode: string | undefined } {
  const { random } = ctx;
  const p = ctx.parameters.people;
  const parties: Party[] = [];
  let hoCode = input.offence?.hoCode;
  if (input.crimeType === 'Anti-social behaviour') {
    if (random.chance(p.asb_sample))
      parties.push({ identity: ctx.people.bystander(input.day), role: 'other' });
    return { parties, hoCode };
  }
  const violent = input.crimeType === 'Violence and sexual offences';
  if (!violent && !random.chance(p.other_crime_sample)) return { parties, hoCode };
  let victimGender: 'M' | 'F' | undefined;
  const victimChance = violent
    ? p.violence_victim
    : noVictim.has(input.crimeType)
      ? 0
      : p.other_crime_victim;
  if (!input.has.has('victim') && random.chance(victimChance)) {
    victimGender = random.chance(femaleShare(input, ctx.parameters)) ? 'F' : 'M';
    const max = hoCode === undefined ? undefined : maxVictimAge(hoCode);
    const victim = ctx.people.victim(input.day, victimGender, violent ? max : undefined);
    if (violent && hoCode !== undefined) {
      hoCode = fitCodeToVictim(hoCode, victimGender, ageOn(victim.dob, input.day));
    }
    parties.push({ identity: victim, role: 'victim' });
  }
  const suspectChance = violent ? p.violence_suspect : p.other_crime_suspect;
  if (!input.has.has('suspect') && random.chance(suspectChance)) {
    const male = input.daFlag && victimGender === 'F' ? 0.95 : p.male_suspect;
    parties.push({
      identity: ctx.people.suspect(input.day, random.chance(male) ? 'M' : 'F'),
      role: 'suspect',
    });
  }
  if (violent && random.chance(p.witness)) {
    parties.push({ identity: ctx.people.bystander(input.day), role: 'witness' });
  }
  return { parties, hoCode };
}

function femaleShare(input: AttachInput, parameters: SynthParameters): number {
  const p = parameters.people;
  if (input.daFlag) return p.female_victim_when_da;
  const subgroup = input.offence?.subgroup ?? '';
  return p.female_victim_by_subgroup[subgroup] ?? p.female_victim_default;
}
