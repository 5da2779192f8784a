/**
 * The toex force code of a force's published name: lower case, words joined by hyphens
 * (`West Mercia` -> `west-mercia`, `Metropolitan Police` -> `metropolitan-police`).
 */
export function forceCode(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
