import ExcelJS from 'exceljs';
import { ToexError } from '../core/errors.js';

/** Official CCHI harm for one Home Office code, chosen from the workbook's offence rows. */
export interface CchiOfficialHarm {
  hoCode: string;
  /** Median `CCHI Score` (days of custody) across the code's rows in the workbook. */
  harmDays: number;
  /** How many workbook rows (sub-codes, offence titles) the median was taken over. */
  rows: number;
}

/** What reading a workbook found: harm per code, plus where the values came from. */
export interface CchiWorkbookReading {
  sheet: string;
  harms: CchiOfficialHarm[];
  /** Rows with a blank HO_CODE or a blank score, left out of the medians. */
  skippedRows: number;
}

/** The headers the values sheet must have (matching ignores case, spaces and underscores). */
export const cchiRequiredHeaders = ['HO_CODE', 'HO_SUB_CODE', 'CCHI Score'] as const;

/**
 * Reads the official Cambridge Crime Harm Index workbook as published: finds the sheet whose
 * header row (within its first 20 rows) has {@link cchiRequiredHeaders}, and takes per
 * HO_CODE the median CCHI Score across all its rows. The median is used because one Home
 * Office code covers several offence titles and sub-codes with different starting points;
 * it matches how the default table was reduced (subgroup medians).
 * HO_CODE is matched after trimming, upper-casing and dropping leading zeros (`008L` = `8L`).
 */
export async function readCchiWorkbook(path: string): Promise<CchiWorkbookReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (cause) {
    throw new ToexError(
      'SOURCE_UNREADABLE',
      `cannot read CCHI workbook ${path}; expected an .xlsx file`,
      { cause },
    );
  }
  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet);
    if (header) return readValues({ path, sheet, header });
  }
  throw new ToexError(
    'SCHEMA_MISMATCH',
    `CCHI workbook ${path} has no sheet with the columns ${cchiRequiredHeaders.join(', ')} ` +
      `(sheets: ${workbook.worksheets.map((s) => s.name).join(', ') || 'none'}); ` +
      'supply the values sheet of the official CCHI spreadsheet',
  );
}

interface HeaderRow {
  row: number;
  columns: Record<(typeof cchiRequiredHeaders)[number], number>;
}

function findHeader(sheet: ExcelJS.Worksheet): HeaderRow | undefined {
  for (let r = 1; r <= Math.min(20, sheet.rowCount); r++) {
    const found = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => found.set(headerKey(cell.text), col));
    const [code, sub, score] = cchiRequiredHeaders.map((h) => found.get(headerKey(h)));
    if (code && sub && score) {
      return { row: r, columns: { HO_CODE: code, HO_SUB_CODE: sub, 'CCHI Score': score } };
    }
  }
  return undefined;
}

function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function readValues(at: { path: string; sheet: ExcelJS.Worksheet; header: HeaderRow }) {
  const scores = new Map<string, number[]>();
  let skippedRows = 0;
  for (let r = at.header.row + 1; r <= at.sheet.rowCount; r++) {
    const row = at.sheet.getRow(r);
    const code = hoCodeKey(row.getCell(at.header.columns.HO_CODE).text);
    const score = scoreOf(row.getCell(at.header.columns['CCHI Score']).value);
    if (score === 'invalid') throw badScore({ ...at, row: r });
    if (code === '' || score === undefined) {
      if (row.hasValues) skippedRows++;
      continue;
    }
    scores.set(code, [...(scores.get(code) ?? []), score]);
  }
  const harms = [...scores].map(([hoCode, values]) => ({
    hoCode,
    harmDays: median(values),
    rows: values.length,
  }));
  return { sheet: at.sheet.name, harms, skippedRows };
}

/** A workbook HO_CODE as a toex code: trimmed, upper case, without leading zeros. */
export function hoCodeKey(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/^0+(?=[0-9])/, '');
}

function scoreOf(value: ExcelJS.CellValue): number | undefined | 'invalid' {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value === 'string') {
    const text = value.trim().replace(/,/g, '');
    if (text === '') return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : 'invalid';
  }
  if (typeof value === 'object' && 'result' in value) return scoreOf(plainResult(value.result));
  return 'invalid';
}

function plainResult(result: unknown): ExcelJS.CellValue {
  return typeof result === 'number' || typeof result === 'string' ? result : Number.NaN;
}

function badScore(at: { path: string; sheet: ExcelJS.Worksheet; header: HeaderRow; row: number }) {
  const column = at.sheet.getColumn(at.header.columns['CCHI Score']).letter;
  return new ToexError(
    'INVALID_VALUE',
    `CCHI workbook ${at.path} sheet "${at.sheet.name}" row ${at.row} column ${column} ` +
      '("CCHI Score") is not a number; expected days of custody, e.g. 365; fix the cell or leave it blank',
  );
}

/** The median of a non-empty list: the middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
