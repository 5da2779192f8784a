import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Random } from '../core/random.js';
import { ageOn, monthSpan } from './calendar.js';
import type { Party } from './attach-people.js';
import { attachPeople } from './attach-people.js';
import { CsvWriter } from './csv-writer.js';
import type { ForceAreas } from './force-areas.js';
import { prefixOf } from './force-codes.js';
import type { PeopleContext } from './force-people.js';
import { ForcePeople } from './force-people.js';
import type { OffenceCatalogue } from './offence-catalogue.js';
import { occurrenceHeader, occurrenceRow } from './occurrence-row.js';
import type { Skeleton } from './occurrence-skeleton.js';
import type { SynthParameters } from './parameters.js';
import type { OccurrencePlan, PlannedOccurrence } from './planned-occurrence.js';
import { drawWeight } from './weight-cache.js';

/** Record counts of one force extract. */
export interface ForceCounts {
  occurrences: number;
  persons: number;
  involvements: number;
  addresses: number;
  links: number;
}

/** What one force's generation needs; `skeletons` yields a month's occurrences in order. */
export interface ForceExtractInput {
  force: string;
  dir: string;
  random: Random;
  parameters: SynthParameters;
  areas: ForceAreas;
  catalogue: OffenceCatalogue;
  plan: OccurrencePlan;
  months: string[];
  skeletons: (month: string) => Skeleton[];
  outcomes: Map<string, { items: string[]; weights: number[] }>;
  manifest: Record<string, unknown>;
  people: Omit<PeopleContext, 'force' | 'prefix' | 'dir' | 'random'>;
  onMonth?: (month: string) => void;
}

const violence = 'Violence and sexual offences';

/** Writes one force's extract folder (manifest and five CSV files) month by month. */
export function writeForceExtract(input: ForceExtractInput): ForceCounts {
  mkdirSync(input.dir, { recursive: true });
  writeFileSync(join(input.dir, 'manifest.json'), `${JSON.stringify(input.manifest, null, 2)}\n`);
  const prefix = prefixOf(input.force);
  const people = new ForcePeople({
    ...input.people,
    force: input.force,
    prefix,
    dir: input.dir,
    random: input.random.split('people'),
  });
  const run = new ForceRun(input, people);
  for (const month of input.months) {
    run.month(month);
    input.onMonth?.(month);
  }
  run.close();
  return {
    occurrences: run.occurrences.rows,
    persons: people.persons.rows,
    involvements: run.involvements.rows,
    addresses: people.addresses.rows,
    links: people.links.rows,
  };
}

class ForceRun {
  readonly occurrences: CsvWriter;
  readonly involvements: CsvWriter;
  private readonly random: Random;
  private readonly sequence = new Map<string, number>();
  private readonly officers: string[];

  constructor(
    private readonly input: ForceExtractInput,
    private readonly people: ForcePeople,
  ) {
    this.random = input.random.split('occurrences');
    this.occurrences = new CsvWriter(join(input.dir, 'occurrences.csv'), occurrenceHeader);
    this.involvements = new CsvWriter(join(input.dir, 'involvements.csv'), [
      'occurrence_ref',
      'person_ref',
      'role',
      'age_at_event',
    ]);
    const prefix = prefixOf(input.force);
    this.officers = Array.from({ length: 400 }, (_, i) => `${prefix}-OIC-${String(1001 + i * 7)}`);
  }

  month(month: string): void {
    const planned = this.input.plan.take(this.input.force, month);
    const span = monthSpan(month);
    for (const skeleton of this.input.skeletons(month)) {
      const index =
        skeleton.crimeType === violence
          ? planned.findIndex((p) => p.lpc === undefined || p.lpc === skeleton.lpc)
          : -1;
      if (index >= 0) this.planned(skeleton, planned.splice(index, 1)[0] as PlannedOccurrence);
      else this.ordinary(skeleton, span.first + this.random.int(span.days));
    }
    for (const left of planned) {
      this.planned(this.extraSkeleton(left), left);
    }
  }

  close(): void {
    this.occurrences.close();
    this.involvements.close();
    this.people.close();
  }

  private extraSkeleton(left: PlannedOccurrence): Skeleton {
    const district = this.input.areas.pick(this.input.force, this.random, left.lpc);
    return {
      crimeType: violence,
      isCrime: 'Y',
      latitude: district.latitude.toFixed(6),
      longitude: district.longitude.toFixed(6),
      location: `On or near ${district.district}`,
      lsoaCode: '',
      lpc: district.lpc,
      district,
    };
  }

  private ordinary(skeleton: Skeleton, day: number): void {
    const { random } = this;
    const offence = this.input.catalogue.draw(skeleton.crimeType, random);
    const da = this.input.parameters.domestic_abuse;
    const daFlag =
      offence !== undefined && random.chance(da.by_subgroup[offence.subgroup] ?? da.default);
    const attach = attachPeople(
      { crimeType: skeleton.crimeType, offence, day, daFlag, has: new Set() },
      { people: this.people, random, parameters: this.input.parameters },
    );
    const fitted =
      attach.hoCode === undefined ? undefined : this.input.catalogue.get(attach.hoCode);
    const ref = this.write(skeleton, { offence: fitted, day, daFlag });
    this.writeParties(ref, day, attach.parties);
  }

  private planned(skeleton: Skeleton, plan: PlannedOccurrence): void {
    const offence = this.input.catalogue.get(plan.hoCode);
    const ref = this.write(skeleton, { offence, day: plan.day, daFlag: plan.daFlag });
    plan.ref = ref;
    for (const { record, role } of plan.people) {
      const personRef = this.people.refFor(record);
      this.involvements.write([ref, personRef, role, ageOn(record.identity.dob, plan.day)]);
    }
    if (!plan.fillOthers) return;
    const has = new Set(plan.people.map((p) => p.role));
    const attach = attachPeople(
      { crimeType: violence, offence: undefined, day: plan.day, daFlag: plan.daFlag, has },
      { people: this.people, random: this.random, parameters: this.input.parameters },
    );
    this.writeParties(ref, plan.day, attach.parties);
  }

  private write(
    skeleton: Skeleton,
    o: { offence: ReturnType<OffenceCatalogue['get']> | undefined; day: number; daFlag: boolean },
  ): string {
    const year = String(new Date(o.day * 86_400_000).getUTCFullYear() % 100);
    const seq = (this.sequence.get(year) ?? 0) + 1;
    this.sequence.set(year, seq);
    const ref = `${prefixOf(this.input.force)}/${String(seq).padStart(6, '0')}/${year}`;
    const outcome = skeleton.outcome ?? this.outcome(skeleton.crimeType);
    const row = occurrenceRow(
      {
        ref,
        skeleton,
        offence: o.offence,
        day: o.day,
        daFlag: o.daFlag,
        outcome,
        oic: this.random.pick(this.officers),
      },
      { random: this.random, parameters: this.input.parameters },
    );
    this.occurrences.write(row);
    return ref;
  }

  private outcome(crimeType: string): string {
    const mix = this.input.outcomes.get(crimeType);
    return mix === undefined ? '' : (mix.items[drawWeight(this.random, mix.weights)] ?? '');
  }

  private writeParties(ref: string, day: number, parties: Party[]): void {
    for (const party of parties) {
      const personRef = this.people.local(party.identity);
      this.involvements.write([ref, personRef, party.role, ageOn(party.identity.dob, day)]);
    }
  }
}
