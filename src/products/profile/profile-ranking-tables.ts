import type { CellValue, PackSection, TableBlock, TableColumn } from '../document/pack-document.js';
import type { PersonRankings, RankedPerson } from './profile-types.js';
import { tieDisplayLimit } from './tie-display-limit.js';

/** How a ranking section is printed: its top N, and where the full tied lists are. */
export interface RankingPrint {
  top: number;
  /** Where a reader finds every tied person when print stops short, e.g. "the profile JSON". */
  fullListIn: string;
}

/**
 * A "Top suspects" (or victims) section: one table per measure (VAWG occurrences, total
 * harm, RFG score), every person tied at the cut-off kept in the table; print stops at the
 * top N when a tie adds many (`tieDisplayLimit`).
 */
export function rankingSection(
  head: { id: string; title: string },
  rankings: PersonRankings,
  print: RankingPrint,
): PackSection {
  const { id, title } = head;
  const table = (suffix: string, by: string, people: readonly RankedPerson[]): TableBlock => {
    const limit = tieDisplayLimit(
      people.map((p) => p.rank),
      print,
    );
    return {
      kind: 'table',
      id: `${id}-${suffix}`,
      title: `${title} by ${by}`,
      columns: personColumns,
      rows: people.map(personRow),
      emptyText: 'None in this period.',
      ...(limit === undefined ? {} : { displayLimit: limit }),
    };
  };
  return {
    id,
    title,
    blocks: [
      table('occurrences', 'VAWG occurrences', rankings.byOccurrences),
      table('harm', 'total harm', rankings.byHarm),
      table('rfg', 'RFG score', rankings.byRfg),
    ],
  };
}

const number = (key: string, label: string, decimals?: number): TableColumn => ({
  key,
  label,
  kind: 'number',
  ...(decimals === undefined ? {} : { decimals }),
});

const personColumns: readonly TableColumn[] = [
  number('rank', 'Rank'),
  { key: 'personId', label: 'Person', kind: 'text' },
  { key: 'name', label: 'Name', kind: 'text' },
  number('occurrences', 'Occurrences'),
  number('harmDays', 'Harm (days)', 1),
  number('harmUnknown', 'Harm unknown'),
  { key: 'latestOn', label: 'Latest', kind: 'date' },
  number('weeks', 'Weeks since'),
  number('r', 'R'),
  number('f', 'F'),
  number('g', 'G'),
  number('rfg', 'RFG', 2),
];

function personRow(p: RankedPerson): Record<string, CellValue> {
  return {
    rank: p.rank,
    personId: p.personId,
    name: p.name,
    occurrences: p.occurrences,
    harmDays: p.harmDays,
    harmUnknown: p.harmUnknown,
    latestOn: p.latestOn,
    weeks: p.rfg.inputs.weeksSinceLatest,
    r: p.rfg.r,
    f: p.rfg.f,
    g: p.rfg.g,
    rfg: p.rfg.score,
  };
}
