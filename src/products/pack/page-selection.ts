/** Who gets a page, and who was passed over because a recent pack already gave them one. */
export interface PageSelection {
  chosen: string[];
  skipped: string[];
}

/**
 * Walks a ranking (best first) and picks `count` people for pages, passing over anyone in
 * `excluded` (shown in a recent pack): the next person in the ranking takes their place.
 */
export function selectPagePeople(
  ranking: readonly string[],
  excluded: ReadonlySet<string>,
  count: number,
): PageSelection {
  const chosen: string[] = [];
  const skipped: string[] = [];
  for (const personId of ranking) {
    if (chosen.length >= count) break;
    if (excluded.has(personId)) skipped.push(personId);
    else chosen.push(personId);
  }
  return { chosen, skipped };
}
