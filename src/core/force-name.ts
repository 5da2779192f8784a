/** Words that stay lower case inside a force's name (`devon-and-cornwall`, `city-of-london`). */
const minorWords = new Set(['and', 'of', 'the']);

/**
 * A force code as the force's name, for titles and tables: `west-mercia` is West Mercia,
 * `devon-and-cornwall` is Devon and Cornwall. Codes stay codes in JSON and in the store;
 * this is display only (`forceCode` in reference/ goes the other way).
 */
export function forceName(force: string): string {
  return force
    .split('-')
    .filter((word) => word !== '')
    .map((word, i) =>
      i > 0 && minorWords.has(word) ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
    )
    .join(' ');
}
