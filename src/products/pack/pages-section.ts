import type { NoteBlock, PackSection, TableBlock } from '../document/pack-document.js';
import type { RankingPrint } from '../profile/profile-ranking-tables.js';
import type { RankedPerson } from '../profile/profile-types.js';
import { tieDisplayLimit } from '../profile/tie-display-limit.js';
import type { PackContext } from './generate-pack.js';
import type { PackRanking } from './pack-settings.js';
import type { PageSelection } from './page-selection.js';

/** How many suspects the summary's compact list shows (ties at the cut-off all listed). */
export const topFiveSize = 5;

const rankingLabels: Record<PackRanking, string> = {
  rfg: 'RFG score',
  occurrences: 'VAWG occurrences',
  harm: 'total harm',
};

/** What the pack's suspect ranking, the selection and the settings say about pages. */
export interface PagesInput {
  ctx: PackContext;
  /** The suspect ranking the pack uses (`settings.ranking`), best first, read deep. */
  suspects: readonly RankedPerson[];
  selection: PageSelection;
  /** How the pack's ranking tables print: their top N and where a full tied list is. */
  print: RankingPrint;
}

/**
 * The summary's "Top five suspects" table, by the pack's ranking: everyone ranked 1 to 5
 * (competition ranks, so ties at 5 are all listed; print stops at five when a tie adds
 * many), including people passed over for a page because a recent pack showed them, with
 * whether each has a page in this pack.
 */
export function topFiveTable(input: PagesInput): TableBlock {
  const { ctx, suspects, selection } = input;
  const top = suspects.filter((p) => p.rank <= topFiveSize);
  const limit = tieDisplayLimit(
    top.map((p) => p.rank),
    { top: topFiveSize, fullListIn: input.print.fullListIn },
  );
  const months = ctx.settings.exclusionMonths;
  const page = (personId: string): string => {
    const n = selection.chosen.indexOf(personId);
    if (n >= 0) return `Suspect page ${n + 1}`;
    return selection.skipped.includes(personId) ? `Passed over: page in last ${months} months` : '';
  };
  return {
    kind: 'table',
    id: 'top-five-suspects',
    title: `Top five suspects by ${rankingLabels[ctx.settings.ranking]}`,
    columns: [
      { key: 'rank', label: 'Rank', kind: 'number' },
      { key: 'personId', label: 'Person', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'occurrences', label: 'Occurrences', kind: 'number' },
      { key: 'harmDays', label: 'Harm (days)', kind: 'number', decimals: 1 },
      { key: 'rfg', label: 'RFG', kind: 'number', decimals: 2 },
      { key: 'page', label: 'In this pack', kind: 'text' },
    ],
    rows: top.map((p) => ({
      rank: p.rank,
      personId: p.personId,
      name: p.name,
      occurrences: p.occurrences,
      harmDays: p.harmDays,
      rfg: p.rfg.score,
      page: page(p.personId),
    })),
    emptyText: 'No suspect in the period.',
    ...(limit === undefined ? {} : { displayLimit: limit }),
  };
}

/**
 * The "Suspect pages in this pack" section: who gets a page and why, and a note naming each
 * person passed over because a pack for this force in the last `exclusionMonths` gave them
 * a suspect page. The top five table (and the full rankings) still list them.
 */
export function pagesSection(input: PagesInput): PackSection {
  const { ctx, suspects, selection } = input;
  const s = ctx.settings;
  const by = rankingLabels[s.ranking];
  const passedOver = selection.skipped.map((personId): NoteBlock => {
    const rank = suspects.find((p) => p.personId === personId)?.rank;
    const listed = listedIn(rank, input.print.top);
    return {
      kind: 'note',
      tone: 'warning',
      text: `${personId} (rank ${rank ?? '?'} by ${by}) had a suspect page in a pack for this force in the last ${s.exclusionMonths} months, so is not given a page again; the next person in the ranking is. ${listed}`,
    };
  });
  return {
    id: 'pages',
    title: 'Suspect pages in this pack',
    blocks: [
      {
        kind: 'note',
        text: `Suspect pages go to the top ${s.suspectPages} suspects by ${by}, passing over anyone given a suspect page in a pack for this force in the last ${s.exclusionMonths} months. The top five suspects table in the summary and the top ${input.print.top} suspects tables list people by rank, page or no page.`,
      },
      ...(passedOver.length > 0
        ? passedOver
        : [{ kind: 'note' as const, text: 'No suspect was passed over.' }]),
    ],
  };
}

/** Which table of the pack still lists a person passed over for a page, by their rank. */
function listedIn(rank: number | undefined, top: number): string {
  if (rank !== undefined && rank <= topFiveSize)
    return 'The top five suspects table in the summary still lists them.';
  if (rank !== undefined && rank <= top) return 'The top suspects tables still list them.';
  return `They rank below the top ${top} that the top suspects tables list.`;
}
