import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableToCsv } from '../document/export-csv.js';
import { packToXlsx } from '../document/export-xlsx.js';
import type { PackDocument } from '../document/pack-document.js';
import { packTables, uniqueTableNames } from '../document/pack-tables.js';
import { renderHtml } from '../document/render-html.js';
import { renderPdf } from '../document/render-pdf.js';
import type { PackFormat } from './pack-settings.js';

/**
 * Writes a pack in the chosen formats into `outDir` (created if absent) and returns the
 * paths written. Files are named `<stem>.pdf`, `<stem>.html`, `<stem>.xlsx` and one
 * `<stem>-<table>.csv` per table.
 */
export async function writePackFiles(
  doc: PackDocument,
  target: { outDir: string; stem: string; formats: readonly PackFormat[] },
): Promise<string[]> {
  mkdirSync(target.outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: string | Buffer) => {
    const path = join(target.outDir, name);
    writeFileSync(path, data);
    written.push(path);
  };
  for (const format of target.formats) {
    switch (format) {
      case 'pdf':
        write(`${target.stem}.pdf`, await renderPdf(doc));
        break;
      case 'html':
        write(`${target.stem}.html`, renderHtml(doc));
        break;
      case 'xlsx':
        write(`${target.stem}.xlsx`, await packToXlsx(doc));
        break;
      case 'csv':
        writeCsvFiles(doc, (table, csv) => write(`${target.stem}-${table}.csv`, csv));
        break;
    }
  }
  return written;
}

function writeCsvFiles(doc: PackDocument, write: (table: string, csv: string) => void): void {
  const tables = packTables(doc);
  const names = uniqueTableNames(
    tables.map((t) => t.id),
    80,
  );
  tables.forEach((table, i) => write(names[i] ?? `table-${i + 1}`, tableToCsv(table, doc)));
}
