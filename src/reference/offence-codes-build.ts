import { join } from 'node:path';
import { ToexError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';
import { readCsvRows, type CsvRow } from './csv-file.js';
import { prcSubgroupFor } from './prc-subgroup-map.js';

/** The columns of data/reference/offence-codes.csv, in file order. */
export const offenceCodeColumns = [
  'ho_code',
  'offence',
  'level1',
  'level2',
  'crime_type',
  'prc_subgroup',
  'source',
] as const;

/** One row of offence-codes.csv before it is written. */
export type OffenceCodeRow = Record<(typeof offenceCodeColumns)[number], string>;

const onsSource = 'ONS offence hierarchy 2017-18 (ONSdigital/dp-hierarchy-builder@49f30f0)';
const codePattern = /^[0-9][0-9A-Z.]*$/;

interface HierarchyNode {
  code: string;
  label: string;
  parent: string;
  depth: number;
}

/**
 * Derives offence-codes.csv from the ONS 2017-18 hierarchy plus the VAWG draft: flattens the
 * tree (depth 1 = group, depth 2 = subgroup or a code placed directly under its group),
 * applies the draft's subgroup placements and added codes, then maps each code to its CCHI
 * subgroup and data.police.uk category. Pure apart from reading the three source files.
 */
export function buildOffenceCodes(dir = dataPath('reference')): OffenceCodeRow[] {
  const nodes = readHierarchy(join(dir, 'ons-offence-hierarchy-2017-18.csv'));
  const byCode = new Map(flattenHierarchy(nodes).map((row) => [row.ho_code, row]));

  for (const draft of readCsvRows(join(dir, 'vawg-offence-codes-draft.csv'))) {
    applyDraftRow(byCode, draft);
  }

  const categories = readSubgroupCategories(join(dir, 'cchi-subgroup-medians.csv'));
  const rows = [...byCode.values()].map((row) => withMapping(row, categories));
  return rows.sort((a, b) => compareHoCodes(a.ho_code, b.ho_code));
}

function readHierarchy(path: string): HierarchyNode[] {
  return readCsvRows(path).map((r) => ({
    code: r['code'] ?? '',
    label: r['label'] ?? '',
    parent: r['parent_code'] ?? '',
    depth: Number(r['depth']),
  }));
}

function flattenHierarchy(nodes: readonly HierarchyNode[]): OffenceCodeRow[] {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const rows: OffenceCodeRow[] = [];
  for (const node of nodes) {
    if (node.depth < 2) continue;
    const parts = node.code.split('-');
    const codes = parts.every((c) => codePattern.test(c)) ? parts : [];
    const parent = byCode.get(node.parent);
    if (codes.length === 0 || !parent) continue;
    const [level1, level2] =
      node.depth === 2
        ? [parent.label, directSubgroup(node, codes.length > 1)]
        : [byCode.get(parent.parent)?.label ?? '', parent.label];
    for (const code of codes)
      rows.push(row(code, node.label, { level1, level2, source: onsSource }));
  }
  return rows;
}

/**
 * The subgroup of a code placed directly under its group. A composite node (the ONS file's
 * `1-4.1-4.10-4.2` Homicide) is its own subgroup; so is a code whose label is already a
 * subgroup name (39 Theft from the person, 46 Shoplifting, 34A/34B robbery); the rest
 * (public order, miscellaneous, weapons) take their group's name.
 */
function directSubgroup(node: HierarchyNode, composite: boolean): string {
  if (composite || prcSubgroupFor('', node.label) === node.label) return node.label;
  return '';
}

function row(
  code: string,
  offence: string,
  where: Pick<OffenceCodeRow, 'level1' | 'level2' | 'source'>,
) {
  return { ho_code: code, offence, ...where, crime_type: '', prc_subgroup: '' };
}

function applyDraftRow(byCode: Map<string, OffenceCodeRow>, draft: CsvRow): void {
  const code = draft['ho_code'] ?? '';
  const level1 = draft['level1_group'] ?? '';
  const level2 = draft['level2_subgroup'] ?? '';
  const existing = byCode.get(code);
  if (!existing) {
    byCode.set(
      code,
      row(code, draft['offence'] ?? '', { level1, level2, source: draft['source'] ?? '' }),
    );
    return;
  }
  if (level2 !== '' && level2 !== existing.level2) {
    existing.level2 = level2;
    existing.source = `${onsSource}; subgroup from VAWG draft: ${draft['source'] ?? ''}`;
  }
  if (existing.offence !== draft['offence'] && existing.level2 === 'Homicide') {
    existing.offence = draft['offence'] ?? existing.offence;
    existing.source = `${onsSource} (composite Homicide node); label from VAWG draft (HOCR)`;
  }
}

function withMapping(row: OffenceCodeRow, categories: Map<string, string>): OffenceCodeRow {
  const level2 = row.level2 === '' ? row.level1 : row.level2;
  const prc = prcSubgroupFor(row.ho_code, level2);
  const crimeType = prc === undefined ? undefined : categories.get(prc);
  if (prc === undefined || crimeType === undefined) {
    throw new ToexError(
      'INTERNAL',
      `offence code ${row.ho_code} (subgroup "${level2}") has no CCHI subgroup mapping; add it to prc-subgroup-map.ts`,
    );
  }
  return { ...row, level2, prc_subgroup: prc, crime_type: crimeType };
}

function readSubgroupCategories(path: string): Map<string, string> {
  return new Map(readCsvRows(path).map((r) => [r['prc_subgroup'] ?? '', r['category'] ?? '']));
}

/** Orders Home Office codes by number, then suffix: 2 < 3A < 3B < 4.1 < 4.10 < 5D < 105A. */
export function compareHoCodes(a: string, b: string): number {
  const [na, nb] = [parseFloat(a), parseFloat(b)];
  if (Math.trunc(na) !== Math.trunc(nb)) return Math.trunc(na) - Math.trunc(nb);
  return a.localeCompare(b, 'en', { numeric: true });
}
