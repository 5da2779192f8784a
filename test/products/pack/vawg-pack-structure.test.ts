// The real VAWG pack (buildVawgPack through generatePack) over the hand-made Kent store,
// rendered to PDF and HTML: page count, every section heading, every table and chart, no
// empty section, and the marking, force, period and generation time on every PDF page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackDocument, PackSection } from '../../../src/products/document/pack-document.js';
import { escapeHtml } from '../../../src/products/document/html-escape.js';
import { renderHtml } from '../../../src/products/document/render-html.js';
import { renderPdf } from '../../../src/products/document/render-pdf.js';
import { generatePack } from '../../../src/products/pack/generate-pack.js';
import { packSettings } from '../../../src/products/pack/pack-settings.js';
import { buildVawgPack } from '../../../src/products/pack/vawg-pack.js';
import type { Store } from '../../../src/store/store.js';
import { kentGeneratedAt, kentMeeting, kentPackStore } from './pack-fixture.js';
import { pdfPageCount, pdfPages, runsOutsideMargins } from './pdf-text.js';

/** Page text without whitespace: pdfkit splits runs at hyphens and word gaps. */
const squash = (text: string) => text.replace(/\s+/g, '');

const marking = 'OFFICIAL-SENSITIVE [TEST]';

let store: Store;
let doc: PackDocument;
let pdf: Buffer;
let pages: string[];
let html: string;

beforeAll(async () => {
  store = await kentPackStore();
  const generated = await generatePack(store, {
    force: 'kent',
    meetingDate: kentMeeting,
    settings: packSettings({ marking, victimPages: 1 }),
    builder: buildVawgPack,
    now: kentGeneratedAt,
  });
  doc = generated.document;
  pdf = await renderPdf(doc, { compress: false });
  pages = pdfPages(pdf).map(squash);
  html = renderHtml(doc);
});
afterAll(() => store.close());

const blockTitles = (s: PackSection) =>
  s.blocks.flatMap((b) => (b.kind === 'table' || b.kind === 'chart' ? [b.title] : []));

/**
 * The bands of page `n` of `total` as the page text ends with them, squashed: the header
 * (marking, force and period), then the footer (marking, generation time, page x of y).
 */
const bands = (n: number, total: number) =>
  `${squash(marking)}Kent·01/11/2023to30/04/2024` +
  `${squash(marking)}Generated08/05/202409:30UTC·page${n}of${total}`;

describe('the real VAWG pack as a PDF', () => {
  it('has a plausible page count: a first page, each forced break, not much more', () => {
    // Forced breaks: suspect charts, suspect pages 1 and 2, victim page 1, configuration.
    const breaks = doc.sections.filter((s) => s.newPage === true).map((s) => s.id);
    expect(breaks).toEqual([
      'suspect-charts',
      'suspect-page-1',
      'suspect-page-2',
      'victim-page-1',
      'configuration',
    ]);
    expect(pdfPageCount(pdf)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(breaks.length + 1);
    expect(pages.length).toBeLessThanOrEqual(25);
  });

  it('keeps every text inside the page margins: no table or chart runs off the page', () => {
    expect(runsOutsideMargins(pdf)).toEqual([]);
  });

  it('prints the marking twice, the force, period and generation time on every page', () => {
    pages.forEach((page, i) =>
      expect(page.endsWith(bands(i + 1, pages.length)), `page ${i + 1}`).toBe(true),
    );
  });

  it('starts each forced-break section on a new page, its heading first', () => {
    for (const s of doc.sections.filter((x) => x.newPage === true)) {
      const page = pages.find((p) => p.startsWith(squash(s.title)));
      expect(page, s.id).toBeDefined();
    }
  });

  it('prints every section heading in order, each followed by content', () => {
    // The body text: pages without their bands, joined in reading order.
    const body = pages
      .map((page, i) => page.slice(0, page.length - bands(i + 1, pages.length).length))
      .join('');
    const titles = doc.sections.map((s) => squash(s.title));
    const at: number[] = [];
    for (const title of titles) {
      const from = at.length === 0 ? 0 : (at.at(-1) ?? 0) + 1;
      const found = body.indexOf(title, from);
      expect(found, title).toBeGreaterThanOrEqual(0);
      at.push(found);
    }
    titles.forEach((title, i) => {
      const content = body.slice((at[i] ?? 0) + title.length, at[i + 1] ?? body.length);
      expect(content.length, `content of ${title}`).toBeGreaterThan(0);
    });
  });

  it('prints every table and chart title, and an empty table its empty text', () => {
    const all = pages.join('');
    for (const s of doc.sections) {
      for (const title of blockTitles(s)) expect(all, `${s.id}: ${title}`).toContain(squash(title));
    }
    // The one empty table (no MAFB mover in Kent) says so rather than vanishing.
    expect(all).toContain('Suspectswhomovedintotheforce' + 'Noneinthisperiod.');
  });
});

describe('the real VAWG pack as HTML', () => {
  it('has every section with its heading and at least one block', () => {
    for (const s of doc.sections) {
      expect(s.blocks.length, s.id).toBeGreaterThan(0);
      const start = html.indexOf(`<section id="${s.id}"`);
      expect(start, s.id).toBeGreaterThanOrEqual(0);
      const section = html.slice(start, html.indexOf('</section>', start));
      const body = section.replace(/^<section[^>]*>\n<h2>[^<]*<\/h2>\n/, '');
      expect(body.trim().length, s.id).toBeGreaterThan(0);
    }
    expect(html.match(/<section /g)).toHaveLength(doc.sections.length);
  });

  it('has every table and chart, drawn or with its empty text', () => {
    for (const s of doc.sections) {
      for (const b of s.blocks) {
        if (b.kind === 'table') {
          const drawn = html.includes(`<table id="table-${b.id}">`);
          const empty = `<p class="empty">${escapeHtml(b.emptyText ?? '')}</p>`;
          expect(drawn || html.includes(empty), b.id).toBe(true);
          expect(drawn, b.id).toBe(b.rows.length > 0);
        }
        if (b.kind === 'chart') expect(html, b.id).toContain(`<figure id="chart-${b.id}">`);
      }
    }
  });

  it('carries the marking at top and bottom, with force, period, meeting and time', () => {
    const mark = `<div class="marking">${escapeHtml(marking)}</div>`;
    expect(html.split(mark)).toHaveLength(3);
    expect(html).toContain(
      'Force: Kent · Period: 01/11/2023 to 30/04/2024 · TTCG meeting: 15/05/2024 · Generated: 08/05/2024 09:30 UTC',
    );
    expect(html).not.toContain('<script');
  });
});
