import type { DisplayLimit } from '../document/pack-document.js';

/** Rows a tie at the cut-off may add to a ranking before print stops listing them. */
export const tieAllowance = 10;

/**
 * The print limit of a ranking that keeps every row tied at the cut-off (competition ranks,
 * best first): none while a tie adds at most `tieAllowance` rows past `top`, else the first
 * `top` rows and a note of how many more share the last printed rank, and where every one
 * of them is (`fullListIn`, e.g. "the profile JSON"). Ten victims at rank 4 make the top
 * 10 fourteen rows, all printed; 291 at rank 4 print 10 rows and "284 more people ...".
 */
export function tieDisplayLimit(
  ranks: readonly number[],
  spec: { top: number; fullListIn: string },
): DisplayLimit | undefined {
  if (ranks.length <= spec.top + tieAllowance) return undefined;
  const rank = ranks[spec.top] ?? 0; // every row past `top` shares this rank
  const sharing = ranks.filter((r) => r === rank).length;
  const more = ranks.length - spec.top;
  return {
    rows: spec.top,
    note: `${more} more ${more === 1 ? 'person is' : 'people are'} tied at rank ${rank} and not printed here (${sharing} people share that rank); every one of them is in ${spec.fullListIn}.`,
  };
}
