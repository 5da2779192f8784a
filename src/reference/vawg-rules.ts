import { ToexError } from '../core/errors.js';
import { dataPath } from '../core/paths.js';
import { readCsvRows, requireColumn } from './csv-file.js';

/** How an offence code counts towards Violence Against Women and Girls (VAWG). */
export const vawgRuleKinds = ['core', 'female-victim-or-DA-flag', 'exploitation-context'] as const;

/**
 * `core`: always VAWG; `female-victim-or-DA-flag`: VAWG only with a female victim or a
 * domestic-abuse flag; `exploitation-context`: VAWG in an exploitation context.
 */
export type VawgRuleKind = (typeof vawgRuleKinds)[number];

/** One row of a VAWG rule table. */
export interface VawgRule {
  hoCode: string;
  rule: VawgRuleKind;
}

/**
 * The default VAWG rule table: a cleaned copy of the 44-code draft. There is no statutory
 * VAWG definition (the NPCC working one is "acts of violence or abuse that disproportionately
 * affect women and girls"), so users may supply their own file with the same columns.
 */
export const vawgRulesFile = dataPath('reference', 'vawg-rules.csv');

/**
 * Reads a VAWG rule file with columns `ho_code,rule` (others ignored). A rule outside
 * {@link vawgRuleKinds} or a code listed twice is an error naming file and line.
 */
export function readVawgRules(path = vawgRulesFile): VawgRule[] {
  const seen = new Set<string>();
  return readCsvRows(path).map((row, i) => {
    const where = { file: path, line: i + 2 };
    const hoCode = requireColumn(row, 'ho_code', where).trim().toUpperCase();
    const rule = requireColumn(row, 'rule', where).trim();
    if (!isRuleKind(rule)) {
      throw new ToexError(
        'INVALID_VALUE',
        `${path} line ${where.line} column "rule" is "${rule}"; expected one of ${vawgRuleKinds.join(', ')}`,
      );
    }
    if (seen.has(hoCode)) {
      throw new ToexError(
        'CONFLICT',
        `${path} line ${where.line} lists offence code ${hoCode} a second time; keep one row per code`,
      );
    }
    seen.add(hoCode);
    return { hoCode, rule };
  });
}

function isRuleKind(value: string): value is VawgRuleKind {
  return (vawgRuleKinds as readonly string[]).includes(value);
}
