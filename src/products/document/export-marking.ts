import { formatDate } from './format-value.js';
import type { PackDocument } from './pack-document.js';

/** What an exported table must say about the pack it came from. */
export type ExportOrigin = Pick<PackDocument, 'marking' | 'forceLabel' | 'period'>;

/**
 * The cells that head every exported table, so a CSV or a sheet taken out of the pack still
 * carries its handling marking: the marking, the force and the period (dd/mm/yyyy), e.g.
 * `OFFICIAL-SENSITIVE`, `Force: Kent`, `Period: 01/11/2023 to 30/04/2024`.
 */
export function exportMarkingCells(origin: ExportOrigin): [string, string, string] {
  const { from, to } = origin.period;
  return [
    origin.marking,
    `Force: ${origin.forceLabel}`,
    `Period: ${formatDate(from)} to ${formatDate(to)}`,
  ];
}
