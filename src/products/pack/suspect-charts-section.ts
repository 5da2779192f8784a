import type { ChartBlock, PackSection } from '../document/pack-document.js';
import type { PackContext } from './generate-pack.js';
import { packSql } from './pack-sql.js';

/** One row of `pack-suspect-profile.sql`: people with one value of one dimension. */
export interface SuspectDimensionRow {
  dimension: 'ethnicity' | 'district' | 'classification' | 'gender' | 'age';
  label: string;
  people: number;
}

/** Most bars in one chart: long tails (districts, classes) are cut to the top values. */
const maxBars = 12;

/** The charts of the section, in print order. */
const charts: readonly [SuspectDimensionRow['dimension'], string][] = [
  ['ethnicity', 'Suspects by ethnicity'],
  ['district', `Suspects by postcode district of the occurrence (top ${maxBars})`],
  ['classification', `Suspects by crime classification level 3 (top ${maxBars})`],
  ['gender', 'Suspects by gender'],
  ['age', 'Suspects by age at event'],
];

/**
 * The suspect charts of a pack: the force's suspects (roles suspect and offender) of VAWG
 * occurrences in the period by ethnicity, postcode district, crime classification level 3,
 * gender and age at event. Each person (person_id) counts once per value.
 */
export async function suspectChartsSection(ctx: PackContext): Promise<PackSection> {
  const rows = await ctx.store.query<SuspectDimensionRow>(
    packSql('pack-suspect-profile'),
    ctx.period,
  );
  return {
    id: 'suspect-charts',
    title: 'Suspects of VAWG occurrences in the period',
    newPage: true,
    blocks: [
      { kind: 'note', text: 'People are counted once each (by resolved person_id), per value.' },
      ...charts.map(([dimension, title]) =>
        suspectChart(
          dimension,
          title,
          rows.filter((r) => r.dimension === dimension),
        ),
      ),
    ],
  };
}

function suspectChart(
  dimension: string,
  title: string,
  rows: readonly SuspectDimensionRow[],
): ChartBlock {
  const picked = rows.slice(0, maxBars);
  return {
    kind: 'chart',
    id: `suspects-by-${dimension}`,
    title,
    chart: 'bar',
    horizontal: true,
    categories: picked.map((r) => r.label),
    series: [{ name: 'Suspects (people)', values: picked.map((r) => r.people) }],
    xLabel: 'Suspects (people)',
    yLabel: '',
    emptyText: 'No suspect recorded in the period.',
  };
}
