import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/products/document/render-html.js';
import { matchesGolden } from './golden.js';
import { hostileTexts, sampleDocument } from './sample-document.js';

describe('renderHtml', () => {
  it('matches the golden pack (test/golden/sample-pack.html)', () => {
    expect(matchesGolden('sample-pack', renderHtml(sampleDocument()))).toBe(true);
  });

  it('is self-contained: no scripts, no external URLs, charts inline', () => {
    const html = renderHtml(sampleDocument());
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(http/i);
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('<td class="number" dir="auto">1,250.5</td>');
    expect(html).toContain('<td dir="auto">29/02/2024</td>');
  });

  it('gives each chart its own element ids so patterns do not collide', () => {
    const html = renderHtml(sampleDocument());
    expect(html).not.toContain('zr0-');
    expect(html).toContain('id="by-ethnicity-');
    expect(html).toContain('id="by-month-');
  });

  it('escapes hostile record text everywhere, including chart labels', () => {
    const html = renderHtml(sampleDocument({ hostile: true }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain(hostileTexts.long);
    expect(html).toContain(hostileTexts.arabic);
    expect(html).toContain(`<td dir="auto">${hostileTexts.hebrew}</td>`);
  });
});
