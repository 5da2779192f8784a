import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, tableToCsv } from '../../../src/products/document/export-csv.js';
import { packToXlsx } from '../../../src/products/document/export-xlsx.js';
import { packTables, uniqueTableNames } from '../../../src/products/document/pack-tables.js';
import { hostileTexts, sampleDocument } from './sample-document.js';

const hostileDoc = sampleDocument({ hostile: true });
const detail = () => packTables(hostileDoc)[0]!;

describe('CSV export of hostile text', () => {
  const csv = tableToCsv(detail(), hostileDoc);

  it('prefixes every formula trigger with an apostrophe', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/"",""click"")"`);
    expect(csv).toContain(`"'+44 7700 900123"`);
    expect(csv).toContain(`"'-2+3"`);
    expect(csv).toContain(`"'@SUM(A1:A9)"`);
    expect(csv).toContain(`"'\t=1+1"`);
    expect(csv).toContain(`"'\r=1+1"`);
  });

  it('keeps markup, right-to-left text and long text whole, and numbers as numbers', () => {
    expect(csv.split('\r\n')[1]).toBe('"Name","Text","Count","Date"');
    expect(csv).toContain(
      '"<script>alert(""x"")</script><img src=x onerror=alert(1)>",0,"01/02/2024"',
    );
    expect(csv).toContain(`"${hostileTexts.arabic}"`);
    expect(csv).toContain(`"${hostileTexts.long}"`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('plain')).toBe('plain');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });
});

describe('handling marking on exports', () => {
  it('starts every CSV with the marking, force and period, then the headings', () => {
    const csv = tableToCsv(detail(), hostileDoc);
    expect(
      csv.startsWith(
        '\uFEFF"OFFICIAL-SENSITIVE","Force: Testshire","Period: 01/08/2023 to 31/01/2024"\r\n"Name",',
      ),
    ).toBe(true);
  });

  it('neutralises a marking that a spreadsheet would read as a formula', () => {
    const csv = tableToCsv(detail(), { ...hostileDoc, marking: '=cmd|calc' });
    expect(csv.startsWith('\uFEFF"\'=cmd|calc",')).toBe(true);
  });

  it('marks every sheet in its first row and its printed header and footer', async () => {
    const book = new ExcelJS.Workbook();
    const doc = { ...sampleDocument(), marking: 'OFFICIAL-SENSITIVE & PERSONAL' };
    await book.xlsx.load(toArrayBuffer(await packToXlsx(doc)));
    expect(book.worksheets).toHaveLength(2);
    for (const sheet of book.worksheets) {
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'OFFICIAL-SENSITIVE & PERSONAL',
        'Force: Testshire',
        'Period: 01/08/2023 to 31/01/2024',
      ]);
      expect(sheet.headerFooter.oddHeader).toBe(
        '&L&BOFFICIAL-SENSITIVE && PERSONAL&B&RForce: Testshire · Period: 01/08/2023 to 31/01/2024',
      );
      expect(sheet.headerFooter.oddFooter).toBe(
        '&L&BOFFICIAL-SENSITIVE && PERSONAL&B&RPage &P of &N',
      );
    }
    expect(book.getWorksheet('detail')!.getRow(2).values).toEqual([
      undefined,
      'Name',
      'Text',
      'Count',
      'Date',
    ]);
  });
});

describe('Excel export of hostile text', () => {
  it('writes every text as a string cell, never a formula', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(toArrayBuffer(await packToXlsx(sampleDocument({ hostile: true }))));
    const sheet = book.getWorksheet('detail')!;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    expect(texts).toContain(`'${hostileTexts.formula}`);
    expect(texts).toContain(hostileTexts.script);
    expect(texts).toContain(hostileTexts.hebrew);
    expect(texts).toContain(hostileTexts.long);
    expect(sheet.getCell('D3').value).toEqual(new Date('2024-02-01T00:00:00Z'));
    expect(sheet.getCell('D3').numFmt).toBe('dd/mm/yyyy');
  });

  it('makes one sheet per table, even an empty one', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(toArrayBuffer(await packToXlsx(sampleDocument())));
    expect(book.worksheets.map((w) => w.name)).toEqual(['detail', 'empty']);
  });
});

describe('uniqueTableNames', () => {
  it('sanitises, truncates to 31 characters and de-duplicates case-insensitively', () => {
    const long = 'Top suspects: [by RFG] / all forces *';
    expect(uniqueTableNames(['Victims', 'victims', long, long, '???'])).toEqual([
      'victims',
      'victims-2',
      'top-suspects-by-rfg-all-forces',
      'top-suspects-by-rfg-all-force-2',
      'table',
    ]);
  });
});

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(
    buffer.byteOffset,
    buffer.byteOffset + buffer.byteLength,
  ) as ArrayBuffer;
}
