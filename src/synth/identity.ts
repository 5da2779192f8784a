import { en, en_GB } from '@faker-js/faker';
import type { Random } from '../core/random.js';
import { dayOf } from './calendar.js';
import type { ForceAreas } from './force-areas.js';
import { postcodeIn } from './force-areas.js';

/** One home in a person's address history; days are day numbers, `to` blank = current. */
export interface Home {
  address: string;
  postcode: string;
  force: string;
  from: number;
  to?: number;
}

/** A synthetic person as they truly are; each force holds its own record of them. */
export interface Identity {
  trueId: string;
  surname: string;
  forenames: string;
  dob: number;
  gender: 'M' | 'F';
  ethnicity: string;
  occupation: string;
  pnc?: string;
  homes: Home[];
}

// Name lists from faker's locale data, drawn with our own seeded stream (fast, reproducible).
const female = en.person?.first_name?.female ?? ['Alice'];
const male = en.person?.first_name?.male ?? ['Adam'];
const surnames = en.person?.last_name?.generic ?? ['Smith'];
const streets = (en_GB.location?.street_name as string[] | undefined) ?? ['High Street'];
const jobs = [...(en.person?.job_type ?? ['Worker']), 'Unemployed', 'Student', 'Retired'];
const pncLetters = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** What a new identity must be: the force it lives in, sex and age on a given day. */
export interface IdentitySpec {
  trueId: string;
  force: string;
  gender: 'M' | 'F';
  age: number;
  onDay: number;
  pnc: boolean;
  secondHome: boolean;
}

/** Makes a plainly synthetic identity with a home history in the given force. */
export function createIdentity(spec: IdentitySpec, random: Random, areas: ForceAreas): Identity {
  const dob = spec.onDay - spec.age * 365 - random.int(365) - Math.floor(spec.age / 4);
  const identity: Identity = {
    trueId: spec.trueId,
    surname: random.pick(surnames),
    forenames: random.pick(spec.gender === 'F' ? female : male),
    dob,
    gender: spec.gender,
    ethnicity: '',
    occupation: spec.age < 16 ? 'Child' : random.pick(jobs),
    homes: [],
  };
  if (spec.pnc) identity.pnc = syntheticPnc(dob, random);
  identity.homes = homeHistory(spec, identity.dob, { random, areas });
  return identity;
}

function homeHistory(spec: IdentitySpec, dob: number, tools: HomeTools): Home[] {
  const { random } = tools;
  const from = Math.max(dob, spec.onDay - random.range(30, 3650));
  const current = newHome(spec.force, from, tools);
  if (!spec.secondHome || from - dob < 400) return [current];
  const earlier = newHome(spec.force, Math.max(dob, from - random.range(200, 2000)), tools);
  earlier.to = from - 1;
  return [earlier, current];
}

/** The stream and districts a home is drawn from. */
export interface HomeTools {
  random: Random;
  areas: ForceAreas;
}

/** A new home in a force from a day, at a random street and postcode in the force. */
export function newHome(force: string, from: number, tools: HomeTools): Home {
  const { random, areas } = tools;
  const district = areas.pick(force, random);
  return {
    address: `${random.range(1, 199)} ${random.pick(streets)}`,
    postcode: postcodeIn(district.district, random),
    force,
    from,
  };
}

/** A PNC-style id in an obviously fake form: `SYN/yy/nnnnnnX`. */
export function syntheticPnc(dob: number, random: Random): string {
  const yy = String((Math.floor((dob + dayOf('1970-01-01')) / 365.25) + 1986) % 100).padStart(
    2,
    '0',
  );
  const digits = String(random.int(1_000_000)).padStart(6, '0');
  return `SYN/${yy}/${digits}${pncLetters[random.int(pncLetters.length)] ?? 'X'}`;
}

/** Any street name, for occurrence locations of generated forces. */
export function randomStreet(random: Random): string {
  return random.pick(streets);
}
