import { forceName } from '../../core/force-name.js';
import type { MafbPerson } from '../../models/index.js';
import type {
  CellValue,
  ChartBlock,
  PackBlock,
  PackDocument,
  PackSection,
  TableBlock,
} from '../document/pack-document.js';
import { monthName, ukDate, ukMonth } from './period.js';
import { rankingSection, type RankingPrint } from './profile-ranking-tables.js';
import type { HeadlineFigures, HotspotArea, ProfilePeriod, VawgProfile } from './profile-types.js';

/** The handling marking of every VAWG profile. */
export const profileMarking = 'OFFICIAL-SENSITIVE';

/** What a product built on the profile (the pack) says differently from the profile. */
export interface ProfileDocumentMeta {
  /** The force as printed; default its name from the code (`west-mercia`: West Mercia). */
  forceLabel?: string;
  /** How the period was chosen, printed after it; default from the profile's `basis`. */
  periodChosen?: string;
  /** Where every person tied in a ranking is listed when print stops short. */
  fullListIn?: string;
}

/**
 * Lays a VAWG profile out as a pack document (sections of figures, tables, charts and
 * notes), so the pack renderers draw it to HTML or PDF. No figure is computed here. Forces
 * print by name; the profile JSON keeps their codes.
 */
export function profileDocument(p: VawgProfile, meta: ProfileDocumentMeta = {}): PackDocument {
  const forceLabel = meta.forceLabel ?? forceName(p.force);
  const print: RankingPrint = {
    top: p.options.top,
    fullListIn: meta.fullListIn ?? 'the profile JSON',
  };
  return {
    title: `VAWG force profile: ${forceLabel}`,
    marking: profileMarking,
    force: p.force,
    forceLabel,
    period: { from: p.period.from, to: p.period.to },
    generatedAt: p.generatedAt,
    sections: [
      summarySection(p, meta.periodChosen ?? periodChosen(p.period)),
      trendSection(p),
      classificationSection(p),
      locationSection(p),
      hotspotSection(p),
      mafbSection(p.mafb),
      rankingSection({ id: 'suspects', title: 'Top suspects' }, p.suspects, print),
      rankingSection({ id: 'victims', title: 'Top victims' }, p.victims, print),
      methodSection(p),
    ],
  };
}

/** How a profile's period was chosen, in words. */
function periodChosen(period: ProfilePeriod): string {
  switch (period.basis) {
    case 'requested':
      return 'the dates given';
    case 'last-six-complete-months':
      return "the default: the last six complete months of the force's data";
  }
}

/**
 * The harm sentence of the summary: the total over occurrences whose harm is known, and
 * how many occurrences have no known harm (left out, not counted as zero) when any do.
 */
export function harmNote(
  h: Pick<HeadlineFigures, 'occurrences' | 'harmDays' | 'harmUnknown'>,
): string {
  if (h.occurrences === 0) return 'Harm: no VAWG occurrence in the period.';
  const unknown =
    h.harmUnknown === 1 ? '1 occurrence' : `${h.harmUnknown.toLocaleString('en-GB')} occurrences`;
  if (h.harmDays === null || h.harmUnknown >= h.occurrences)
    return `Harm: not known for any occurrence of the period (${unknown}), so no total is given.`;
  const total = `Harm: ${Math.round(h.harmDays).toLocaleString('en-GB')} days in total`;
  if (h.harmUnknown === 0) return `${total}.`;
  return `${total}, over the occurrences whose harm is known; ${unknown} of unknown harm ${h.harmUnknown === 1 ? 'is' : 'are'} left out, not counted as zero.`;
}

function summarySection(p: VawgProfile, chosen: string): PackSection {
  const h = p.headline;
  const y = p.yearToDate;
  const change = y.changePercent; // a whole per cent already, as in the JSON
  return {
    id: 'summary',
    title: 'Summary',
    blocks: [
      ...p.warnings.map((text): PackBlock => ({ kind: 'note', text, tone: 'warning' })),
      {
        kind: 'figures',
        cards: [
          { label: 'VAWG occurrences', value: h.occurrences, kind: 'number' },
          { label: 'VAWG crimes', value: h.crimes, kind: 'number' },
          { label: 'Victims (people)', value: h.victims, kind: 'number' },
          { label: 'Open VAWG occurrences', value: h.open, kind: 'number' },
          {
            label: 'Per 1,000 people',
            value: p.rate.per1000,
            kind: 'number',
            decimals: 2,
            note: populationNote(p),
          },
          {
            label: 'Year to date',
            value: y.current.occurrences,
            kind: 'number',
            note: spanText(y.current),
          },
          {
            label: 'Previous year to date',
            value: y.previous.occurrences,
            kind: 'number',
            note: spanText(y.previous),
          },
          {
            label: 'Change on previous year',
            value: change === null ? null : `${change > 0 ? '+' : ''}${change}%`,
            kind: 'text',
          },
        ],
      },
      note(
        `Period ${spanText(p.period)}, chosen as ${chosen}. Year to date counts VAWG occurrences from 1 ${monthName(y.yearStartMonth)} of the police year containing the period end.`,
      ),
      note(harmNote(h)),
    ],
  };
}

function trendSection(p: VawgProfile): PackSection {
  const chart: ChartBlock = {
    kind: 'chart',
    id: 'by-month',
    title: 'VAWG occurrences by month, with the previous year',
    chart: 'line',
    categories: p.byMonth.map((m) => ukMonth(m.month)),
    series: [
      { name: 'This year', values: p.byMonth.map((m) => m.occurrences) },
      { name: 'Previous year', values: p.byMonth.map((m) => m.previousYear) },
    ],
    xLabel: 'Month',
    yLabel: 'Occurrences',
  };
  const rows = p.byMonth.map((m) => ({ ...m, month: ukMonth(m.month) }));
  return section('trend', 'Trend', [
    chart,
    table(
      ['by-month', 'By month'],
      [
        ['month', 'Month'],
        ['occurrences', 'Occurrences', 'number'],
        ['previousYear', 'Previous year', 'number'],
      ],
      rows,
    ),
  ]);
}

function classificationSection(p: VawgProfile): PackSection {
  const c = p.byClassification;
  const cols = (depth: number): Col[] => [
    ['level1', 'Level 1'],
    ...(depth >= 2 ? ([['level2', 'Level 2']] as Col[]) : []),
    ...(depth >= 3 ? ([['level3', 'Level 3']] as Col[]) : []),
    ['occurrences', 'Occurrences', 'number'],
  ];
  return section('classification', 'By crime classification', [
    barChart(
      ['by-classification', 'VAWG occurrences by classification (level 2)', 'Level 2'],
      c.level2.map((r) => [r.level2 ?? '', r.occurrences]),
    ),
    table(['class-1', 'Level 1'], cols(1), c.level1),
    table(['class-2', 'Level 2'], cols(2), c.level2),
    table(['class-3', 'Level 3'], cols(3), c.level3),
  ]);
}

function locationSection(p: VawgProfile): PackSection {
  const o = p.options;
  const filters = [
    o.locationTypesInclude.length > 0 ? `only ${o.locationTypesInclude.join(', ')}` : '',
    o.locationTypesExclude.length > 0 ? `excluding ${o.locationTypesExclude.join(', ')}` : '',
  ].filter((t) => t !== '');
  return section('location', 'By location type', [
    note(
      filters.length === 0
        ? 'All location types.'
        : `Location types: ${filters.join('; ')} (applies to every figure).`,
    ),
    barChart(
      ['by-location', 'VAWG occurrences by location type', 'Location type'],
      p.byLocationType.map((r) => [r.label, r.occurrences]),
    ),
    table(
      ['location', 'By location type'],
      [
        ['label', 'Location type'],
        ['occurrences', 'Occurrences', 'number'],
      ],
      p.byLocationType,
    ),
  ]);
}

function hotspotSection(p: VawgProfile): PackSection {
  const d = p.hotspots.districts;
  return section('hotspots', 'Hotspot postcodes', [
    barChart(
      ['hotspot-districts', 'VAWG occurrences by postcode district', 'Postcode district'],
      d.map((a) => [a.area, a.occurrences]),
    ),
    table(
      ['hotspot-districts', 'Postcode districts and their streets'],
      hotspotCols('District'),
      hotspotRows(d),
    ),
    table(
      ['hotspot-sectors', 'Postcode sectors and their streets'],
      hotspotCols('Sector'),
      hotspotRows(p.hotspots.sectors),
    ),
  ]);
}

function hotspotCols(label: string): Col[] {
  return [
    ['rank', 'Rank', 'number'],
    ['area', label],
    ['occurrences', 'Occurrences', 'number'],
    ['street', 'Street'],
    ['streetOccurrences', 'On street', 'number'],
  ];
}

function hotspotRows(areas: readonly HotspotArea[]): Record<string, CellValue>[] {
  return areas.flatMap((a) =>
    a.streets.map((s, i) => ({
      rank: i === 0 ? a.rank : null,
      area: i === 0 ? a.area : null,
      occurrences: i === 0 ? a.occurrences : null,
      street: s.street,
      streetOccurrences: s.occurrences,
    })),
  );
}

function mafbSection(people: readonly MafbPerson[]): PackSection {
  return section('mafb', 'Moved across force boundary (MAFB)', [
    table(
      ['mafb', 'Suspects who moved into the force'],
      [
        ['personId', 'Person'],
        ['fromForce', 'From force'],
        ['toForce', 'To force'],
        ['movedOn', 'Moved', 'date'],
        ['vawgAllForces', 'VAWG (all forces)', 'number'],
        ['vawgInForce', 'VAWG (this force)', 'number'],
        ['vawgInForceBeforeMove', 'VAWG here before move', 'number'],
      ],
      people.map((m) => ({
        ...m,
        fromForce: forceName(m.fromForce),
        toForce: forceName(m.toForce),
      })),
    ),
  ]);
}

function methodSection(p: VawgProfile): PackSection {
  return section('method', 'How these figures were made', [
    note(
      'Every figure is computed by SQL in the toex store for this force and period. People are counted as resolved persons (person_id), so one person recorded several times counts once. Rankings keep every person tied at the cut-off; where a tie adds more than 10 people past the top N, print shows the first N and says how many more share the rank.',
    ),
    table(
      ['models', 'Models'],
      [
        ['name', 'Model'],
        ['version', 'Version'],
        ['detail', 'How'],
      ],
      p.models.map((m) => ({ ...m })),
    ),
    table(
      ['references', 'Reference data', 'No reference versions recorded.'],
      [
        ['name', 'Table'],
        ['version', 'Version'],
        ['source', 'Source'],
        ['licence', 'Licence'],
      ],
      p.references.map((r) => ({ ...r })),
    ),
  ]);
}

type Col = [key: string, label: string, kind?: 'text' | 'number' | 'date', decimals?: number];

function table(
  head: [id: string, title: string, emptyText?: string],
  cols: readonly Col[],
  rows: readonly object[],
): TableBlock {
  const [id, title, emptyText = 'None in this period.'] = head;
  return {
    kind: 'table',
    id,
    title,
    columns: cols.map(([key, label, kind, decimals]) => ({
      key,
      label,
      kind: kind ?? 'text',
      ...(decimals === undefined ? {} : { decimals }),
    })),
    rows: rows as Record<string, CellValue>[],
    emptyText,
  };
}

function barChart(
  head: [id: string, title: string, categoryName: string],
  pairs: readonly [string, number][],
): ChartBlock {
  const [id, title, categoryName] = head;
  return {
    kind: 'chart',
    id,
    title,
    chart: 'bar',
    horizontal: true,
    categories: pairs.map(([label]) => label),
    series: [{ name: 'Occurrences', values: pairs.map(([, n]) => n) }],
    xLabel: categoryName,
    yLabel: 'VAWG occurrences',
    emptyText: 'None in this period.',
  };
}

function section(id: string, title: string, blocks: PackBlock[]): PackSection {
  return { id, title, blocks };
}

function note(text: string): PackBlock {
  return { kind: 'note', text };
}

function spanText(s: { from: string; to: string }): string {
  return `${ukDate(s.from)} to ${ukDate(s.to)}`;
}

function populationNote(p: VawgProfile): string {
  return p.rate.populationYear === null
    ? 'population unknown'
    : `population ${p.rate.population?.toLocaleString('en-GB') ?? ''} (${p.rate.populationYear})`;
}
