import { join } from 'node:path';
import type { Random } from '../core/random.js';
import { ageOn, formatDay } from './calendar.js';
import { CsvWriter } from './csv-writer.js';
import type { ForceAreas } from './force-areas.js';
import type { Home, Identity, IdentitySpec } from './identity.js';
import { createIdentity } from './identity.js';
import type { SynthParameters } from './parameters.js';
import { trueFields, variantFields } from './person-variant.js';
import { drawIndex, drawWeight } from './weight-cache.js';

/** How one force records an identity: exactly, or as a variant; and which homes it knows. */
export interface RecordPlan {
  identity: Identity;
  variant: boolean;
  homes: Home[];
  /** Filled when the force writes the record. */
  ref?: string;
}

/** Shared lookups every force's people need. */
export interface PeopleContext {
  force: string;
  prefix: string;
  dir: string;
  random: Random;
  parameters: SynthParameters;
  areas: ForceAreas;
  ethnicity: { codes: string[]; weights: number[]; text: Map<string, string> };
  truth: CsvWriter;
  periodEnd: number;
}

/**
 * The people of one force: writes persons.csv, addresses.csv and links.csv as records are
 * first used, keeps the Yule-Simon pools from which repeat suspects and victims are drawn,
 * and writes each record's true identity to person-truth.csv.
 */
export class ForcePeople {
  readonly persons: CsvWriter;
  readonly addresses: CsvWriter;
  readonly links: CsvWriter;
  private readonly refs = new Map<string, string>();
  private readonly suspects: Identity[] = [];
  private readonly victims: { F: Identity[]; M: Identity[] } = { F: [], M: [] };
  private created = 0;

  constructor(private readonly ctx: PeopleContext) {
    const file = (name: string): string => join(ctx.dir, name);
    this.persons = new CsvWriter(file('persons.csv'), personHeader);
    this.addresses = new CsvWriter(file('addresses.csv'), addressHeader);
    this.links = new CsvWriter(file('links.csv'), linkHeader);
  }

  /** The force's person_ref for a planned record, writing the record the first time. */
  refFor(plan: RecordPlan): string {
    const known = this.refs.get(plan.identity.trueId);
    if (known !== undefined) return known;
    const ref = this.write(plan);
    plan.ref = ref;
    return ref;
  }

  /** A suspect on a day: a repeat (by past appearances) or a new person. */
  suspect(day: number, gender: 'M' | 'F'): Identity {
    const p = this.ctx.parameters.people;
    return this.draw(this.suspects, p.reuse_suspect, () =>
      this.newIdentity({
        gender,
        age: this.bandAge('suspect_bands'),
        day,
        pnc: this.ctx.random.chance(p.pnc_on_suspect),
      }),
    );
  }

  /** A victim on a day; a child (at most maxAge) is always a new person. */
  victim(day: number, gender: 'M' | 'F', maxAge?: number): Identity {
    const p = this.ctx.parameters.people;
    if (maxAge !== undefined || this.ctx.random.chance(p.child_victim)) {
      const age = Math.min(maxAge ?? 17, this.bandAge('child_victim_bands'));
      return this.newIdentity({ gender, age, day, pnc: false });
    }
    return this.draw(this.victims[gender], p.reuse_victim, () =>
      this.newIdentity({ gender, age: this.bandAge('victim_bands'), day }),
    );
  }

  /** A one-off person (a witness or other party). */
  bystander(day: number): Identity {
    const gender = this.ctx.random.chance(0.5) ? 'F' : 'M';
    return this.newIdentity({ gender, age: this.bandAge('victim_bands'), day, pnc: false });
  }

  /** Writes the record of a force-local identity and returns its ref. */
  local(identity: Identity): string {
    return this.refFor({ identity, variant: false, homes: identity.homes });
  }

  /** Makes an identity for a planted case or traveller (its true id given). */
  identity(spec: Omit<IdentitySpec, 'force'> & { force?: string }): Identity {
    const identity = createIdentity(
      { force: this.ctx.force, ...spec },
      this.ctx.random,
      this.ctx.areas,
    );
    identity.ethnicity = this.ethnicityCode();
    return identity;
  }

  /** Closes the three files. */
  close(): void {
    this.persons.close();
    this.addresses.close();
    this.links.close();
  }

  private draw(pool: Identity[], reuse: number, make: () => Identity): Identity {
    if (pool.length > 0 && this.ctx.random.chance(reuse)) {
      const chosen = pool[this.ctx.random.int(pool.length)] as Identity;
      pool.push(chosen);
      return chosen;
    }
    const made = make();
    pool.push(made);
    return made;
  }

  private newIdentity(o: { gender: 'M' | 'F'; age: number; day: number; pnc?: boolean }): Identity {
    const p = this.ctx.parameters.people;
    this.created += 1;
    return this.identity({
      trueId: `T-${this.ctx.prefix}-${String(this.created).padStart(7, '0')}`,
      gender: o.gender,
      age: o.age,
      onDay: o.day,
      pnc: o.pnc ?? this.ctx.random.chance(p.pnc_on_victim),
      secondHome: this.ctx.random.chance(p.second_home),
    });
  }

  private bandAge(bands: 'suspect_bands' | 'victim_bands' | 'child_victim_bands'): number {
    const list = this.ctx.parameters.age[bands];
    const band = list[drawIndex(this.ctx.random, list, (b) => b[2])] ?? [18, 40, 1];
    return this.ctx.random.range(band[0], band[1]);
  }

  private ethnicityCode(): string {
    const e = this.ctx.ethnicity;
    return e.codes[drawWeight(this.ctx.random, e.weights)] ?? 'NS';
  }

  private write(plan: RecordPlan): string {
    const ref = `SYN-${this.ctx.prefix}-${String(this.refs.size + 1).padStart(6, '0')}`;
    this.refs.set(plan.identity.trueId, ref);
    const f = plan.variant
      ? variantFields(plan.identity, {
          random: this.ctx.random,
          parameters: this.ctx.parameters,
          ethnicity: this.ctx.ethnicity.text,
        })
      : trueFields(plan.identity);
    this.persons.write(
      [ref, f.surname, f.forenames, f.date_of_birth, f.gender, f.ethnicity].concat([
        f.nationality,
        f.occupation,
        f.pnc_id,
      ]),
    );
    for (const home of plan.homes) this.writeHome(ref, home);
    this.writeLinks(ref, plan.identity);
    this.ctx.truth.write([this.ctx.force, ref, plan.identity.trueId]);
    return ref;
  }

  private writeHome(ref: string, home: Home): void {
    const to = home.to === undefined ? '' : formatDay(home.to);
    this.addresses.write([
      ref,
      home.address,
      home.postcode,
      home.force,
      formatDay(home.from),
      to,
      'home',
    ]);
  }

  private writeLinks(ref: string, identity: Identity): void {
    const random = this.ctx.random;
    const p = this.ctx.parameters.people;
    const adult = ageOn(identity.dob, this.ctx.periodEnd) >= 16;
    if (!random.chance(identity.pnc !== undefined && adult ? p.link_on_suspect : p.link_on_victim))
      return;
    const types = this.ctx.parameters.links.types;
    for (let i = random.range(1, 2); i > 0; i -= 1) {
      const [type, , reason] = types[drawIndex(random, types, (t) => t[1])] ?? ['COMMS', 1, ''];
      const key = `${type}-${String(random.int(1_000_000)).padStart(6, '0')}`;
      this.links.write([ref, type, reason, key, formatDay(this.ctx.periodEnd - random.int(900))]);
    }
  }
}

const personHeader = ['person_ref', 'surname', 'forenames', 'date_of_birth', 'gender'].concat([
  'ethnicity',
  'nationality',
  'occupation',
  'pnc_id',
]);
const addressHeader = ['person_ref', 'address', 'postcode', 'force_area', 'effective_from'].concat([
  'effective_to',
  'address_type',
]);
const linkHeader = ['person_ref', 'link_type', 'link_reason', 'object_key', 'recorded_at'];
