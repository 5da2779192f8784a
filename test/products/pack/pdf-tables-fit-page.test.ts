// No table runs past the page margin in the PDF: the suspect page's occurrence table cut
// text at the page edge ("RECORD: sexua…") when every text column was a pdfmake '*'
// column. The test reads back where each run of text is placed and how wide it is.
import { describe, expect, it } from 'vitest';
import type {
  PackDocument,
  TableBlock,
  TableColumn,
} from '../../../src/products/document/pack-document.js';
import { pdfFontFamily, preparePdfmake } from '../../../src/products/document/pdf-fonts.js';
import { pdfTable, pdfTableLayout } from '../../../src/products/document/pdf-table.js';
import { renderPdf } from '../../../src/products/document/render-pdf.js';
import { pdfPageWidths, pdfPages, runsOutsideMargins } from './pdf-text.js';

const text = (key: string, label: string, freeText = false): TableColumn => ({
  key,
  label,
  kind: 'text',
  ...(freeText ? { freeText } : {}),
});

/** A suspect page's occurrence table as the Bedfordshire pack printed it. */
function occurrenceTable(rows: number): TableBlock {
  return {
    kind: 'table',
    id: 'suspect-1-occurrences',
    title: 'VAWG occurrences (all forces, newest first)',
    columns: [
      text('ref', 'Reference'),
      { key: 'date', label: 'Date', kind: 'date' },
      text('role', 'Role'),
      text('classification', 'Classification'),
      text('description', 'Description', true),
      text('da', 'DA'),
      text('force', 'Force'),
      text('outcome', 'Outcome'),
      text('summary', 'Summary', true),
    ],
    rows: Array.from({ length: rows }, (_, i) => ({
      ref: `BD/0${58094 + i}/23`,
      date: '2023-12-07',
      role: 'suspect',
      classification: 'Violence and sexual offences',
      description: 'Sexual activity involving a child under 13',
      da: i % 2 === 0 ? 'Yes' : 'No',
      force: 'Bedfordshire',
      outcome: 'Unable to prosecute suspect',
      summary:
        'SYNTHETIC RECORD: sexual activity involving child under 16 reported at public house / bar / night club.',
    })),
  };
}

/** Sixteen columns of long words without a space, headings included. */
function hostileTable(): TableBlock {
  const columns = Array.from({ length: 16 }, (_, i) =>
    text(`c${i}`, `Heading${'X'.repeat(20)}${i}`),
  );
  const row = Object.fromEntries(columns.map((c, i) => [c.key, `${'W'.repeat(35)}${i}`]));
  return { kind: 'table', id: 'wide', title: 'Wide', columns, rows: [row, row] };
}

function documentOf(...tables: TableBlock[]): PackDocument {
  return {
    title: 'VAWG tasking pack: Testshire',
    marking: 'OFFICIAL-SENSITIVE',
    force: 'testshire',
    forceLabel: 'Testshire',
    period: { from: '2023-11-01', to: '2024-04-30' },
    generatedAt: '2024-05-08T09:30:00Z',
    sections: [
      {
        id: 'page',
        title: 'Suspect page 1: P-1',
        blocks: [{ kind: 'note', text: 'Before the table.' }, ...tables],
      },
      { id: 'after', title: 'After the table', blocks: [{ kind: 'note', text: 'The end.' }] },
    ],
  };
}

describe('PDF tables fit the page', () => {
  it('finds text that runs past the margin (the check itself)', async () => {
    // Two fixed columns 600pt wide in all: pdfmake lets them run off a 515pt text width.
    const pdf = await preparePdfmake()
      .createPdf({
        content: [
          {
            table: {
              widths: [300, 300],
              body: [['left', { text: 'right end of the table', alignment: 'right' }]],
            },
          },
        ],
        defaultStyle: { font: pdfFontFamily },
        pageMargins: 40,
        compress: false,
      })
      .getBuffer();
    // Right-aligned text is placed word by word: the words past 555pt are found.
    const outside = runsOutsideMargins(pdf).map((r) => r.text.trim());
    expect(outside).toContain('table');
    expect(outside).not.toContain('left');
  });

  it("keeps a suspect page's occurrence table inside the margins, on landscape pages", async () => {
    const table = occurrenceTable(30);
    // Portrait, the two free-text columns would get about 70pt each: landscape, at 8pt.
    expect(pdfTableLayout(table)).toMatchObject({ orientation: 'landscape', fontSize: 8 });
    const pdf = await renderPdf(documentOf(table), { compress: false });
    expect(runsOutsideMargins(pdf)).toEqual([]);
    const widths = pdfPageWidths(pdf).map(Math.round);
    // Portrait page 1 (heading and note), landscape pages for the table, portrait after.
    expect(widths[0]).toBe(595);
    expect(widths.slice(1, -1).every((w) => w === 842)).toBe(true);
    expect(widths.at(-1)).toBe(595);
    expect(pdfPages(pdf).at(-1)?.replace(/\s+/g, '')).toContain('Afterthetable');
    const all = pdfPages(pdf).join(' ').replace(/\s+/g, '');
    expect(all).toContain('publichouse/bar/nightclub.');
  });

  it('keeps a table of sixteen columns of long words inside the margins', async () => {
    const pdf = await renderPdf(documentOf(hostileTable()), { compress: false });
    expect(runsOutsideMargins(pdf)).toEqual([]);
    expect(pdfPages(pdf).join('').replace(/\s+/g, '')).toContain('WWWWWW');
  });

  it('leaves a narrow table on a portrait page at 8pt', () => {
    expect(pdfTableLayout(occurrenceTable(1))).toMatchObject({ orientation: 'landscape' });
    const narrow: TableBlock = {
      ...occurrenceTable(3),
      columns: occurrenceTable(1).columns.filter((c) => ['ref', 'date', 'summary'].includes(c.key)),
    };
    expect(pdfTableLayout(narrow)).toMatchObject({ orientation: 'portrait', fontSize: 8 });
  });

  it('keeps rows whole across page breaks unless a cell is long enough to fill a page', () => {
    const keepsWhole = (table: TableBlock) => {
      const parts = pdfTable(table).content as { table?: { dontBreakRows?: boolean } }[];
      return parts.find((p) => p.table !== undefined)?.table?.dontBreakRows;
    };
    expect(keepsWhole(occurrenceTable(30))).toBe(true);
    const long = occurrenceTable(2);
    const rows = [{ ...long.rows[0], summary: 'word '.repeat(200) }, ...long.rows.slice(1)];
    expect(keepsWhole({ ...long, rows })).toBe(false);
  });
});
