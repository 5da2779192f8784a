import { chartHasData, renderChartSvg } from './chart-svg.js';
import { formatDate, formatDateTime, formatValue } from './format-value.js';
import { escapeHtml as esc, safeId } from './html-escape.js';
import { htmlStyle } from './html-style.js';
import type {
  ChartBlock,
  FiguresBlock,
  PackBlock,
  PackDocument,
  PackSection,
  TableBlock,
} from './pack-document.js';

// No network: the policy forbids every fetch; inline styles and inline SVG still render.
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * Renders a pack as one self-contained HTML file: inline CSS, inline SVG charts, no scripts
 * and no network requests. Every text from the model is escaped; dates print dd/mm/yyyy.
 */
export function renderHtml(doc: PackDocument): string {
  const marking = `<div class="marking">${esc(doc.marking)}</div>`;
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${esc(doc.title)}</title>`,
    `<style>${htmlStyle}</style>`,
    '</head>',
    '<body>',
    marking,
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="meta">${esc(metaLine(doc))}</p>`,
    contents(doc.sections),
    ...doc.sections.map(section),
    marking,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The line under the title: force, period, meeting and generation time. */
export function metaLine(doc: PackDocument): string {
  const period = `${formatDate(doc.period.from)} to ${formatDate(doc.period.to)}`;
  const meeting =
    doc.meetingDate === undefined ? [] : [`TTCG meeting: ${formatDate(doc.meetingDate)}`];
  return [
    `Force: ${doc.forceLabel}`,
    `Period: ${period}`,
    ...meeting,
    `Generated: ${formatDateTime(doc.generatedAt)} UTC`,
  ].join(' · ');
}

function contents(sections: readonly PackSection[]): string {
  const items = sections.map((s) => `<li><a href="#${safeId(s.id)}">${esc(s.title)}</a></li>`);
  return `<nav><h2>Contents</h2><ol>\n${items.join('\n')}\n</ol></nav>`;
}

function section(s: PackSection): string {
  const cls = s.newPage === true ? ' class="new-page"' : '';
  const body = s.blocks.map(block).join('\n');
  return `<section id="${safeId(s.id)}"${cls}>\n<h2>${esc(s.title)}</h2>\n${body}\n</section>`;
}

function block(b: PackBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h3 dir="auto">${esc(b.text)}</h3>`;
    case 'note':
      return `<p class="note ${b.tone ?? 'info'}" dir="auto">${esc(b.text)}</p>`;
    case 'figures':
      return figures(b);
    case 'table':
      return table(b);
    case 'chart':
      return chart(b);
  }
}

function figures(b: FiguresBlock): string {
  const cards = b.cards.map((c) => {
    const note = c.note === undefined ? '' : `<div class="note">${esc(c.note)}</div>`;
    const value = esc(formatValue(c.value, c.kind, c.decimals) || '–');
    return `<div class="card"><div class="label">${esc(c.label)}</div><div class="value">${value}</div>${note}</div>`;
  });
  return `<div class="figures">${cards.join('')}</div>`;
}

function table(b: TableBlock): string {
  if (b.rows.length === 0) return emptyBlock(b.title, b.emptyText ?? 'No rows.');
  const limit = b.displayLimit;
  const shown = limit === undefined ? b.rows : b.rows.slice(0, limit.rows);
  const cls = (kind: string) => (kind === 'number' ? ' class="number"' : '');
  const head = b.columns.map((c) => `<th${cls(c.kind)}>${esc(c.label)}</th>`).join('');
  const rows = shown.map((row) => {
    const cells = b.columns.map((c) => {
      const text = formatValue(row[c.key] ?? null, c.kind, c.decimals);
      return `<td${cls(c.kind)} dir="auto">${esc(text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const caption = `<caption>${esc(b.title)}</caption>`;
  const note =
    limit === undefined || shown.length === b.rows.length
      ? ''
      : `\n<p class="note limit">${esc(limit.note)}</p>`;
  return `<table id="table-${safeId(b.id)}">${caption}<thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>${note}`;
}

function chart(b: ChartBlock): string {
  if (!chartHasData(b)) return emptyBlock(b.title, b.emptyText ?? 'No data to chart.');
  const svg = renderChartSvg(b).replace(/zr\d+-/g, `${safeId(b.id)}-`);
  return `<figure id="chart-${safeId(b.id)}"><figcaption>${esc(b.title)}</figcaption>\n${svg}\n</figure>`;
}

function emptyBlock(title: string, text: string): string {
  return `<h3>${esc(title)}</h3><p class="empty">${esc(text)}</p>`;
}
