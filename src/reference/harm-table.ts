import { readCchiWorkbook } from './cchi-workbook.js';
import { fileSha256 } from './file-sha256.js';
import type { OffenceCode } from './offence-codes.js';
import type { ReferenceTable } from './reference-table.js';
import { readSubgroupMedians, subgroupMediansFile } from './subgroup-medians.js';

/** The basis of a harm value: the default approximation, or the official per-offence score. */
export type HarmBasis = 'subgroup-median-approximation' | 'cchi-official';

/**
 * Builds `ref_harm`: every offence code gets its CCHI subgroup's median (basis
 * `subgroup-median-approximation`, to be shown as an approximation); with the official
 * workbook, codes it covers take its value instead (basis `cchi-official`).
 */
export async function harmTable(
  offences: readonly OffenceCode[],
  workbook?: string,
): Promise<{ table: ReferenceTable; warnings: string[] }> {
  const medians = new Map(readSubgroupMedians().map((m) => [m.prcSubgroup, m.harmDays]));
  const harm = new Map<string, [number, HarmBasis]>();
  const warnings: string[] = [];
  for (const o of offences) {
    const days = medians.get(o.prcSubgroup);
    if (days === undefined)
      warnings.push(
        `offence code ${o.hoCode} has no subgroup median (${o.prcSubgroup}); no harm value`,
      );
    else harm.set(o.hoCode, [days, 'subgroup-median-approximation']);
  }

  let official: string | undefined;
  if (workbook !== undefined) {
    const reading = await readCchiWorkbook(workbook);
    for (const h of reading.harms) harm.set(h.hoCode, [h.harmDays, 'cchi-official']);
    const unknown = reading.harms.filter((h) => !offences.some((o) => o.hoCode === h.hoCode));
    if (unknown.length > 0)
      warnings.push(
        `CCHI workbook: ${unknown.length} HO_CODE value(s) are not in the offence list and were loaded as extra codes`,
      );
    if (reading.skippedRows > 0)
      warnings.push(
        `CCHI workbook: ${reading.skippedRows} row(s) with a blank HO_CODE or score were left out`,
      );
    official = `${reading.sheet}: ${reading.harms.length} codes`;
  }

  return {
    table: {
      name: 'ref_harm',
      columns: ['ho_code', 'harm_days', 'basis'],
      rows: [...harm].map(([code, [days, basis]]) => [code, days, basis]),
      version: {
        name: 'ref_harm',
        version:
          official === undefined
            ? 'cchi-2026 subgroup-median-approximation'
            : `cchi-official (${official}) over subgroup medians`,
        source:
          workbook ??
          'data/reference/cchi-subgroup-medians.csv (Cambridge Crime Harm Index 2026, subgroup medians)',
        licence: null,
        sha256: fileSha256(workbook ?? subgroupMediansFile),
      },
    },
    warnings,
  };
}
