import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { metaLine } from './render-html.js';
import type { PackDocument } from './pack-document.js';
import { pdfBlock } from './pdf-blocks.js';
import type { PageOrientation, PdfPiece } from './pdf-table.js';
import { pdfFontFamily, preparePdfmake } from './pdf-fonts.js';
import { formatDate, formatDateTime } from './format-value.js';

/** Options for PDF output. */
export interface PdfOptions {
  /** Compress page streams (default true). Tests turn it off so page text can be read back. */
  compress?: boolean;
}

/**
 * Renders a pack as a PDF (A4, DejaVu Sans, pdfmake server-side). Every page carries the
 * handling marking in its header and footer, with the force, period, generation time and
 * "page x of y". The PDF's creation date is the pack's generation time, so the same pack
 * renders to the same bytes.
 */
export async function renderPdf(doc: PackDocument, options: PdfOptions = {}): Promise<Buffer> {
  const pdfmake = preparePdfmake();
  return pdfmake.createPdf(pdfDefinition(doc, options)).getBuffer();
}

/** The pdfmake document definition of a pack (exposed for structural tests). */
export function pdfDefinition(doc: PackDocument, options: PdfOptions = {}): TDocumentDefinitions {
  const created = new Date(doc.generatedAt);
  return {
    pageSize: 'A4',
    pageMargins: [40, 56, 40, 56],
    compress: options.compress ?? true,
    info: { title: doc.title, creator: 'toex', creationDate: created, modDate: created },
    defaultStyle: { font: pdfFontFamily, fontSize: 9 },
    styles: pdfStyles,
    header: () => pageBand(doc.marking, `${doc.forceLabel} · ${period(doc)}`),
    footer: (page, pages) =>
      pageBand(
        doc.marking,
        `Generated ${formatDateTime(doc.generatedAt)} UTC · page ${page} of ${pages}`,
      ),
    content: [titleBlock(doc), ...bodyContent(doc.sections)],
  };
}

const pdfStyles: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  meta: { fontSize: 9, color: '#333333', margin: [0, 0, 0, 12] },
  h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
  marking: { fontSize: 9, bold: true },
  band: { fontSize: 8, color: '#333333' },
  th: { bold: true, fillColor: '#e6e6e6' },
  empty: { italics: true, color: '#444444' },
  limitNote: { italics: true, fontSize: 8 },
  warning: { bold: true },
  cardLabel: { fontSize: 8, color: '#333333' },
  cardValue: { fontSize: 14, bold: true },
};

function period(doc: PackDocument): string {
  return `${formatDate(doc.period.from)} to ${formatDate(doc.period.to)}`;
}

function pageBand(marking: string, detail: string): Content {
  return {
    margin: [40, 18, 40, 0],
    columns: [
      { text: marking, style: 'marking', width: 'auto' },
      { text: detail, style: 'band', alignment: 'right' },
    ],
  };
}

function titleBlock(doc: PackDocument): Content {
  return [
    { text: doc.title, style: 'title' },
    { text: metaLine(doc), style: 'meta' },
  ];
}

/**
 * The sections as pdfmake content. A section marked `newPage` starts a page; a table too
 * wide for a portrait page (see `pdfTableLayout`) goes on landscape pages of its own, and
 * what follows it starts a portrait page again.
 */
function bodyContent(sections: PackDocument['sections']): Content[] {
  const out: Content[] = [];
  let orientation: PageOrientation = 'portrait';
  for (const section of sections) {
    const blocks = section.blocks.map(pdfBlock);
    // The heading keeps to the page of the section's first block.
    const heading: PdfPiece = {
      content: { text: section.title, style: 'h2' },
      orientation: blocks[0]?.orientation ?? 'portrait',
    };
    [heading, ...blocks].forEach((piece, i) => {
      const forced = i === 0 && section.newPage === true;
      out.push(placed(piece, { newPage: forced || piece.orientation !== orientation }));
      orientation = piece.orientation;
    });
  }
  return out;
}

function placed(piece: PdfPiece, at: { newPage: boolean }): Content {
  if (!at.newPage) return piece.content;
  return { stack: [piece.content], pageBreak: 'before', pageOrientation: piece.orientation };
}
