import ExcelJS from 'exceljs';
import { neutraliseFormula } from './export-csv.js';
import { exportMarkingCells, type ExportOrigin } from './export-marking.js';
import type { CellValue, PackDocument, TableBlock, TableColumn } from './pack-document.js';
import { packTables, uniqueTableNames } from './pack-tables.js';

/** Excel's limit on the characters in one cell. */
const excelCellLimit = 32_767;

/**
 * Writes every table of a pack to one Excel workbook, one sheet per table (names sanitised
 * and unique), every row whatever the table's display limit. Each sheet carries the
 * handling marking, force and period in its first row and in its printed header and footer
 * (with "page x of y"), so a sheet copied or printed on its own stays marked; column
 * headings are row 2, data from row 3. Text is always written as a plain string cell, never
 * a formula cell; text that a user could turn into a formula by editing also gets the OWASP
 * `'` prefix.
 */
export async function packToXlsx(doc: PackDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'toex';
  workbook.created = new Date(doc.generatedAt);
  workbook.modified = workbook.created;
  const tables = packTables(doc);
  const names = uniqueTableNames(tables.map((t) => t.id));
  tables.forEach((table, i) =>
    addSheet(workbook, { name: names[i] ?? `table-${i + 1}`, table, origin: doc }),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface SheetSpec {
  name: string;
  table: TableBlock;
  origin: ExportOrigin;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = workbook.addWorksheet(sheet.name, {
    headerFooter: headerFooter(sheet.origin),
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { printTitlesRow: '1:2' },
  });
  const { columns, rows } = sheet.table;
  ws.columns = columns.map((c) => ({ key: c.key, width: widthOf(c), style: styleOf(c) }));
  const marking = exportMarkingCells(sheet.origin).map(neutraliseFormula);
  ws.addRow(marking).font = { bold: true };
  ws.addRow(columns.map((c) => neutraliseFormula(c.label))).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => xlsxValue(row[c.key] ?? null, c)));
}

/**
 * The printed header and footer of a sheet, in Excel's header codes (`&L`, `&R` align,
 * `&B` bold, `&P` of `&N` pages); a `&` in the text is doubled so Excel prints it.
 */
function headerFooter(origin: ExportOrigin): Partial<ExcelJS.HeaderFooter> {
  const [marking, force, period] = exportMarkingCells(origin).map((t) => t.replace(/&/g, '&&'));
  const bold = `&B${marking ?? ''}&B`;
  return {
    oddHeader: `&L${bold}&R${force ?? ''} · ${period ?? ''}`,
    oddFooter: `&L${bold}&RPage &P of &N`,
  };
}

function xlsxValue(value: CellValue, column: TableColumn): string | number | Date | null {
  if (value === null) return null;
  if (column.kind === 'number' && typeof value === 'number') return value;
  if (column.kind === 'date') {
    const date = new Date(`${String(value).slice(0, 10)}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return neutraliseFormula(String(value)).slice(0, excelCellLimit);
}

function styleOf(column: TableColumn): Partial<ExcelJS.Style> {
  switch (column.kind) {
    case 'date':
      return { numFmt: 'dd/mm/yyyy' };
    case 'number':
      return { numFmt: column.decimals ? `#,##0.${'0'.repeat(column.decimals)}` : '#,##0' };
    case 'text':
      return { alignment: { wrapText: true, vertical: 'top' } };
  }
}

function widthOf(column: TableColumn): number {
  return column.kind === 'text' ? 40 : 14;
}
