import type { ChartBlock, PackSection } from '../document/pack-document.js';
import type { PackContext } from './generate-pack.js';
import { packSql } from './pack-sql.js';

/** One row of `pack-suspect-profile.sql`: people with one value of one dimension. */
export interface SuspectDimensionRow {
  dimension: 'ethnicity' | 'district' | 'classification' | 'gender' | 'age';
  label: string;
  people: number;
}

/** How one chart is drawn: its dimension, title, category name and most bars. */
interface SuspectChartSpec {
  dimension: SuspectDimensionRow['dimension'];
  title: string;
  categoryName: string;
  /** Long tails (districts, classes) are cut to the top values; the title then says so. */
  maxBars: number;
}

/** The charts of the section, in print order. */
const charts: readonly SuspectChartSpec[] = [
  {
    dimension: 'ethnicity',
    title: 'Suspects by ethnicity',
    categoryName: 'Ethnicity',
    maxBars: 24,
  },
  {
    dimension: 'district',
    title: 'Suspects by postcode district of the occurrence',
    categoryName: 'Postcode district',
    maxBars: 12,
  },
  {
    dimension: 'classification',
    title: 'Suspects by crime classification level 3',
    categoryName: 'Classification (level 3)',
    maxBars: 12,
  },
  { dimension: 'gender', title: 'Suspects by gender', categoryName: 'Gender', maxBars: 12 },
  {
    dimension: 'age',
    title: 'Suspects by age at event',
    categoryName: 'Age at event',
    maxBars: 12,
  },
];

/** Where the ethnicity labels come from. */
const ethnicityNote =
  'Ethnicity: the 18+1 code with its description, from the reference table ref_ethnicity (ONS 2011 Census ethnic groups, as police self-defined ethnicity codes), whether a force recorded the code or the description; any other value is shown as recorded.';

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
      { kind: 'note', text: ethnicityNote },
      ...charts.map((spec) =>
        suspectChart(
          spec,
          rows.filter((r) => r.dimension === spec.dimension),
        ),
      ),
    ],
  };
}

function suspectChart(spec: SuspectChartSpec, rows: readonly SuspectDimensionRow[]): ChartBlock {
  // Rows come in print order (most people first; age bands youngest first), see the SQL.
  const picked = rows.slice(0, spec.maxBars);
  const cut = rows.length > picked.length ? ` (top ${picked.length} of ${rows.length})` : '';
  return {
    kind: 'chart',
    id: `suspects-by-${spec.dimension}`,
    title: `${spec.title}${cut}`,
    chart: 'bar',
    horizontal: true,
    categories: picked.map((r) => r.label),
    series: [{ name: 'Suspects (people)', values: picked.map((r) => r.people) }],
    xLabel: spec.categoryName,
    yLabel: 'Suspects (people)',
    emptyText: 'No suspect recorded in the period.',
  };
}
