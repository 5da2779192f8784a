import type { PackSection } from '../document/pack-document.js';
import type { PackContext } from './generate-pack.js';
import { packSql } from './pack-sql.js';

/** One row of `pack-links-summary.sql`. */
export interface LinkSummaryRow {
  link_type: string;
  people: number;
  links: number;
}

/**
 * The TOEX links summary: per link type, the people (person_id) of the force's VAWG
 * occurrences in the period who hold a link of that type, and how many such links they
 * hold across all their force records.
 */
export async function linksSection(ctx: PackContext): Promise<PackSection> {
  const rows = await ctx.store.query<LinkSummaryRow>(packSql('pack-links-summary'), ctx.period);
  return {
    id: 'toex-links',
    title: 'TOEX links',
    blocks: [
      {
        kind: 'table',
        id: 'toex-links',
        title: 'Links held by people in VAWG occurrences of the period, by link type',
        columns: [
          { key: 'link_type', label: 'Link type', kind: 'text' },
          { key: 'people', label: 'VAWG people', kind: 'number' },
          { key: 'links', label: 'Links', kind: 'number' },
        ],
        rows: rows.map((r) => ({ ...r })),
        emptyText: 'No links recorded for VAWG people in the period.',
      },
    ],
  };
}
