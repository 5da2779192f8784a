import type { Random } from '../core/random.js';
import { formatDay, partsOf } from './calendar.js';
import type { Identity } from './identity.js';
import type { SynthParameters } from './parameters.js';

/** A person as one force recorded them: the persons.csv values. */
export interface PersonFields {
  surname: string;
  forenames: string;
  date_of_birth: string;
  gender: string;
  ethnicity: string;
  nationality: string;
  occupation: string;
  pnc_id: string;
}

// Common English short forms; synthetic assumption, for realistic variation only.
const nicknames: Record<string, string> = {
  Robert: 'Bob',
  William: 'Bill',
  Richard: 'Dick',
  James: 'Jim',
  Michael: 'Mike',
  Thomas: 'Tom',
  Christopher: 'Chris',
  Daniel: 'Dan',
  Matthew: 'Matt',
  Anthony: 'Tony',
  Joseph: 'Joe',
  Benjamin: 'Ben',
  Samuel: 'Sam',
  Edward: 'Ed',
  Elizabeth: 'Liz',
  Margaret: 'Maggie',
  Katherine: 'Kate',
  Catherine: 'Cathy',
  Jennifer: 'Jen',
  Rebecca: 'Becky',
  Victoria: 'Vicky',
  Jessica: 'Jess',
  Samantha: 'Sam',
  Alexandra: 'Alex',
  Deborah: 'Debbie',
  Susan: 'Sue',
  Patricia: 'Pat',
  Nicholas: 'Nick',
  Jonathan: 'Jon',
  Stephen: 'Steve',
  David: 'Dave',
};

/** The record a person's own (first) force holds: their true values. */
export function trueFields(identity: Identity): PersonFields {
  return {
    surname: identity.surname,
    forenames: identity.forenames,
    date_of_birth: formatDay(identity.dob),
    gender: identity.gender,
    ethnicity: identity.ethnicity,
    nationality: 'British',
    occupation: identity.occupation,
    pnc_id: identity.pnc ?? '',
  };
}

/** What another force recorded: typos, nicknames, swapped day and month, gaps, other codings. */
export function variantFields(
  identity: Identity,
  context: { random: Random; parameters: SynthParameters; ethnicity: Map<string, string> },
): PersonFields {
  const { random } = context;
  const v = context.parameters.cross_force.variations;
  const fields = trueFields(identity);
  if (random.chance(v.typo)) fields.surname = typo(fields.surname, random);
  const nick = nicknames[identity.forenames];
  if (nick !== undefined && random.chance(v.nickname)) fields.forenames = nick;
  if (random.chance(v.dob_swap)) fields.date_of_birth = swapDayMonth(identity.dob);
  else if (random.chance(v.dob_missing)) fields.date_of_birth = '';
  if (random.chance(v.ethnicity_text)) {
    fields.ethnicity = context.ethnicity.get(identity.ethnicity) ?? identity.ethnicity;
  } else if (random.chance(v.ethnicity_missing)) fields.ethnicity = '';
  if (random.chance(v.pnc_missing)) fields.pnc_id = '';
  if (random.chance(v.occupation_missing)) fields.occupation = '';
  return fields;
}

function typo(text: string, random: Random): string {
  if (text.length < 3) return text;
  const i = random.range(1, text.length - 2);
  const kind = random.int(3);
  if (kind === 0) return text.slice(0, i) + text.slice(i + 1);
  if (kind === 1) return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  return text.slice(0, i) + text[i] + text.slice(i);
}

function swapDayMonth(dob: number): string {
  const p = partsOf(dob);
  if (p.date > 12 || p.date === p.month) return formatDay(dob);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(p.month)}/${two(p.date)}/${p.year}`;
}
