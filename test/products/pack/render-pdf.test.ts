import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/products/document/render-pdf.js';
import { pdfPageCount, pdfPages } from './pdf-text.js';
import { hostileTexts, sampleDocument } from './sample-document.js';

/** Page text without whitespace: pdfkit splits runs at hyphens and word gaps. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('renderPdf (structure)', () => {
  it('has one page per forced break, every heading, table and chart title', async () => {
    const pdf = await renderPdf(sampleDocument(), { compress: false });
    const pages = pdfPages(pdf).map(squash);
    expect(pdfPageCount(pdf)).toBe(3);
    expect(pages).toHaveLength(3);
    const all = pages.join('|');
    for (const heading of [
      'Summary',
      'Detailtable',
      'Charts',
      'Rowsofdetail',
      'Suspectsbyethnicity',
    ]) {
      expect(all).toContain(heading);
    }
    expect(pages[1]).toContain('Alphafirstrow3.015/01/2024');
    expect(pages[1]).toContain('Nosuspectsmetthethreshold.');
  });

  it('prints the marking in header and footer, with period and page x of y', async () => {
    const pdf = await renderPdf(sampleDocument(), { compress: false });
    pdfPages(pdf)
      .map(squash)
      .forEach((page, i) => {
        expect(page.split('OFFICIAL-SENSITIVE')).toHaveLength(3);
        expect(page).toContain('Testshire·01/08/2023to31/01/2024');
        expect(page).toContain(`Generated07/02/202409:30UTC·page${i + 1}of3`);
      });
  });

  it('prints hostile record text as text, in any script', async () => {
    const pdf = await renderPdf(sampleDocument({ hostile: true }), { compress: false });
    const all = squash(pdfPages(pdf).join(' '));
    expect(all).toContain(squash(hostileTexts.script));
    expect(all).toContain(squash(hostileTexts.formula));
    // Right-to-left runs are laid out in visual order, so the content stream holds them reversed.
    expect(all).toContain([...'مرحبا'].reverse().join(''));
    expect(all).toContain([...'שלום'].reverse().join(''));
    expect(all).toContain('cutat1200of10000characters');
    expect(all).not.toContain('?');
  });

  it('renders the same pack to the same bytes', async () => {
    const a = await renderPdf(sampleDocument());
    const b = await renderPdf(sampleDocument());
    expect(a.equals(b)).toBe(true);
  });
});
