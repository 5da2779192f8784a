import { forceName } from '../../core/force-name.js';
import { monthsBetween, ukMonth } from '../profile/period.js';
import type { RankedPerson } from '../profile/profile-types.js';
import type { PackBlock, PackSection } from '../document/pack-document.js';
import type { PersonOccurrenceRow, PersonPageData } from './person-page-data.js';

/** What a person page needs besides the person's data. */
export interface PersonPageInput {
  kind: 'suspect' | 'victim';
  pageNumber: number;
  /** The person's RFG score in the period (a ranking's row will do); undefined when unscored. */
  ranked: Pick<RankedPerson, 'rfg'> | undefined;
  data: PersonPageData;
  period: { from: string; to: string };
  packDate: string;
}

/**
 * A suspect (or victim) page: identifiers in each force, VAWG figures for the period and all
 * time, R, F, G and RFG with inputs, victims, latest address, links, occurrences, and a pulse
 * and a severity chart. Records in several forces are all listed, unless the data was read
 * within one force's scope: then the page says so, the same way whether or not other forces
 * hold records of the person, so the note reveals nothing about them.
 */
export function personPage(input: PersonPageInput): PackSection {
  const { data, kind } = input;
  const title = `${kind === 'suspect' ? 'Suspect' : 'Victim'} page ${input.pageNumber}: ${data.personId}`;
  return {
    id: `${kind}-page-${input.pageNumber}`,
    title,
    newPage: true,
    blocks: [
      ...scopeNote(data),
      identifiers(input),
      figures(input),
      ...rfgBlocks(input.ranked),
      victimAges(data),
      addressAndLinks(input),
      victims(input),
      occurrences(input),
      pulseChart(input),
      severityChart(input),
    ],
  };
}

function scopeNote({ scope }: PersonPageData): PackBlock[] {
  if (scope === null) return [];
  const text = `This page was made for an account that sees the person records of ${forceName(scope)} only: it shows those records and the occurrences, victims, address and links that go with them, and leaves out any other force's records.`;
  return [{ kind: 'note', tone: 'warning', text }];
}

function identifiers({ data, packDate, kind, pageNumber }: PersonPageInput): PackBlock {
  return {
    kind: 'table',
    id: `${kind}-${pageNumber}-identifiers`,
    title: 'Identifiers (one row per force record)',
    columns: [
      { key: 'force', label: 'Force', kind: 'text' },
      { key: 'ref', label: 'Person ref', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'gender', label: 'Gender', kind: 'text' },
      { key: 'dob', label: 'Date of birth', kind: 'date' },
      { key: 'age', label: 'Age', kind: 'number' },
      { key: 'occupation', label: 'Occupation', kind: 'text' },
      { key: 'pnc', label: 'PNC id', kind: 'text' },
    ],
    rows: data.records.map((r) => ({
      force: forceName(r.force),
      ref: r.person_ref,
      name: [r.forenames, r.surname].filter((x) => x !== null && x !== '').join(' '),
      gender: r.gender,
      dob: r.date_of_birth,
      age: r.date_of_birth === null ? null : ageOn(r.date_of_birth, packDate),
      occupation: r.occupation,
      pnc: r.pnc_id,
    })),
    emptyText: 'No person record found for this person.',
  };
}

/** Whole years between a date of birth and a day, both ISO. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.slice(0, 10).split('-').map(Number);
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  const age = (y ?? 0) - (by ?? 0);
  return (m ?? 0) < (bm ?? 0) || (m === bm && (d ?? 0) < (bd ?? 0)) ? age - 1 : age;
}

function inPeriod(o: PersonOccurrenceRow, period: { from: string; to: string }): boolean {
  return o.occurred_on >= period.from && o.occurred_on <= period.to;
}

function figures({ data, period }: PersonPageInput): PackBlock {
  const harm = data.occurrences.reduce((sum, o) => sum + (o.harm_days ?? 0), 0);
  const known = data.occurrences.some((o) => o.harm_days !== null);
  return {
    kind: 'figures',
    cards: [
      {
        label: 'VAWG occurrences in period',
        value: data.occurrences.filter((o) => inPeriod(o, period)).length,
        kind: 'number',
      },
      { label: 'VAWG occurrences, all time', value: data.occurrences.length, kind: 'number' },
      { label: 'Unique victims', value: data.victims.length, kind: 'number' },
      {
        label: 'Total harm (days, all time)',
        value: known ? harm : null,
        kind: 'number',
        decimals: 1,
      },
      { label: 'Latest occurrence', value: data.occurrences[0]?.occurred_on ?? null, kind: 'date' },
    ],
  };
}

function rfgBlocks(ranked: Pick<RankedPerson, 'rfg'> | undefined): PackBlock[] {
  if (ranked === undefined) return [{ kind: 'note', text: 'Not ranked by RFG in this period.' }];
  const { rfg } = ranked;
  const inputs = rfg.inputs;
  return [
    {
      kind: 'figures',
      cards: [
        {
          label: 'R (recency)',
          value: rfg.r,
          kind: 'number',
          note: `${inputs.weeksSinceLatest} weeks since latest`,
        },
        {
          label: 'F (frequency)',
          value: rfg.f,
          kind: 'number',
          note: `${inputs.occurrences} occurrences in period`,
        },
        {
          label: 'G (gravity)',
          value: rfg.g,
          kind: 'number',
          note:
            inputs.harmDays === null ? 'harm unknown' : `${inputs.harmDays} harm days in period`,
        },
        {
          label: 'RFG',
          value: rfg.score,
          kind: 'number',
          decimals: 1,
          note: `${rfg.combine}, model ${rfg.modelVersion}`,
        },
      ],
    },
  ];
}

function victimAges({ victims }: PersonPageData): PackBlock {
  const count = (test: (age: number | null) => boolean) =>
    victims.filter((v) => test(v.age)).length;
  return {
    kind: 'figures',
    cards: [
      {
        label: 'Victims: child (under 18)',
        value: count((a) => a !== null && a < 18),
        kind: 'number',
      },
      { label: 'Victims: adult', value: count((a) => a !== null && a >= 18), kind: 'number' },
      { label: 'Victims: age not recorded', value: count((a) => a === null), kind: 'number' },
    ],
  };
}

function addressAndLinks({ data, kind, pageNumber }: PersonPageInput): PackBlock {
  return {
    kind: 'table',
    id: `${kind}-${pageNumber}-address-links`,
    title: 'Latest address and links',
    columns: [
      { key: 'kind', label: 'Kind', kind: 'text' },
      { key: 'force', label: 'Force', kind: 'text' },
      { key: 'detail', label: 'Address / link type', kind: 'text', freeText: true },
      { key: 'extra', label: 'Postcode / linked record', kind: 'text' },
      { key: 'on', label: 'Effective / recorded', kind: 'date' },
    ],
    rows: data.context.map((c) => ({
      kind: c.kind,
      force: forceName(c.force),
      detail: c.detail,
      extra: c.extra,
      on: c.on_date,
    })),
    emptyText: 'No address or link recorded.',
  };
}

function victims({ data, kind, pageNumber }: PersonPageInput): PackBlock {
  return {
    kind: 'table',
    id: `${kind}-${pageNumber}-victims`,
    title: 'Victims',
    columns: [
      { key: 'victim', label: 'Victim (person id)', kind: 'text' },
      { key: 'age', label: 'Age', kind: 'number' },
      { key: 'n', label: 'Occurrences', kind: 'number' },
      { key: 'latest', label: 'Latest', kind: 'date' },
      { key: 'harm', label: 'Harm (days)', kind: 'number', decimals: 1 },
    ],
    rows: data.victims.map((v) => ({
      victim: v.victim_id,
      age: v.age,
      n: v.occurrences,
      latest: v.latest_on,
      harm: v.harm_days,
    })),
    emptyText: "No victim recorded on this person's occurrences.",
  };
}

function occurrences({ data, kind, pageNumber }: PersonPageInput): PackBlock {
  return {
    kind: 'table',
    id: `${kind}-${pageNumber}-occurrences`,
    title: 'VAWG occurrences (all forces, newest first)',
    columns: [
      { key: 'ref', label: 'Reference', kind: 'text' },
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'role', label: 'Role', kind: 'text' },
      { key: 'classification', label: 'Classification', kind: 'text' },
      { key: 'description', label: 'Description', kind: 'text', freeText: true },
      { key: 'da', label: 'DA', kind: 'text' },
      { key: 'force', label: 'Force', kind: 'text' },
      { key: 'outcome', label: 'Outcome', kind: 'text' },
      { key: 'summary', label: 'Summary', kind: 'text', freeText: true },
    ],
    rows: data.occurrences.map((o) => ({
      ref: o.occurrence_ref,
      date: o.occurred_on,
      role: o.role,
      classification: o.crime_type,
      description: o.offence_description,
      da: o.da_flag ? 'Yes' : 'No',
      force: forceName(o.force),
      outcome: o.outcome,
      summary: o.summary,
    })),
    emptyText: 'No VAWG occurrence recorded.',
  };
}

/**
 * Occurrences per month from the person's first VAWG occurrence to the period's end, months
 * without one shown as 0, so gaps and bursts read as they happened.
 */
function pulseChart({ data, kind, pageNumber, period }: PersonPageInput): PackBlock {
  const byMonth = new Map<string, number>();
  const first = data.occurrences.at(-1)?.occurred_on; // newest first
  const last = [data.occurrences[0]?.occurred_on ?? period.to, period.to].sort()[1] ?? period.to;
  if (first !== undefined)
    for (const month of monthsBetween({ from: first, to: last })) byMonth.set(month, 0);
  for (const o of data.occurrences) {
    const month = o.occurred_on.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
  return {
    kind: 'chart',
    id: `${kind}-${pageNumber}-pulse`,
    title: 'Pulse: VAWG occurrences per month',
    chart: 'bar',
    categories: [...byMonth.keys()].map(ukMonth),
    series: [{ name: 'Occurrences', values: [...byMonth.values()] }],
    xLabel: 'Month',
    yLabel: 'Occurrences',
  };
}

function severityChart({ data, kind, pageNumber }: PersonPageInput): PackBlock {
  const known = [...data.occurrences].reverse().filter((o) => o.harm_days !== null);
  return {
    kind: 'chart',
    id: `${kind}-${pageNumber}-severity`,
    title: 'Severity: harm of each occurrence over time',
    chart: 'scatter',
    xKind: 'date',
    categories: known.map((o) => o.occurred_on),
    series: [{ name: 'Harm (days)', values: known.map((o) => o.harm_days) }],
    xLabel: 'Date',
    yLabel: 'Harm (days)',
    emptyText: 'No occurrence with known harm.',
  };
}
