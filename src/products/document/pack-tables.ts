import type { PackDocument, TableBlock } from './pack-document.js';

/** Every table of a pack, in reading order (the unit of CSV and Excel export). */
export function packTables(doc: PackDocument): TableBlock[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
}

/**
 * Unique, safe names for a list of tables, from their ids: `[a-z0-9-]`, at most `maxLength`
 * characters, de-duplicated case-insensitively with `-2`, `-3`... Used for CSV file names
 * and Excel sheet names (Excel allows 31 characters and forbids `[]:*?/\`).
 */
export function uniqueTableNames(ids: readonly string[], maxLength = 31): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = sanitiseName(id).slice(0, maxLength) || 'table';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = `-${n}`;
      name = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function sanitiseName(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
