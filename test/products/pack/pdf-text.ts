/**
 * A small, dependency-free reader for the uncompressed PDFs pdfmake writes (`compress:
 * false`): page count, and the text of each page decoded through each font's ToUnicode map.
 * Enough for structural tests; not a general PDF parser.
 */

interface PdfObject {
  num: number;
  body: string;
}

/** The text of a PDF, one string per page, words joined by spaces per text run. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = parseObjects(pdf.toString('latin1'));
  const byNum = new Map(objects.map((o) => [o.num, o.body]));
  const fontMaps = fontUnicodeMaps(objects, byNum);
  const pages = objects.filter((o) => /\/Type \/Page\b/.test(o.body));
  return pages.map((page) => {
    const contents = /\/Contents (\d+) 0 R/.exec(page.body);
    const stream = contents === null ? '' : streamOf(byNum.get(Number(contents[1])) ?? '');
    return decodeContent(stream, fontMaps);
  });
}

/** Total pages declared in the page tree. */
export function pdfPageCount(pdf: Buffer): number {
  const m = /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf.toString('latin1'));
  return m === null ? 0 : Number(m[1]);
}

function parseObjects(text: string): PdfObject[] {
  const out: PdfObject[] = [];
  for (const m of text.matchAll(/(\d+) 0 obj\s([\s\S]*?)endobj/g)) {
    out.push({ num: Number(m[1]), body: m[2] ?? '' });
  }
  return out;
}

function streamOf(body: string): string {
  const m = /stream\r?\n([\s\S]*?)endstream/.exec(body);
  return m?.[1] ?? '';
}

function fontUnicodeMaps(objects: PdfObject[], byNum: Map<number, string>) {
  const fontObjToMap = new Map<number, Map<number, string>>();
  for (const o of objects) {
    const m = /\/ToUnicode (\d+) 0 R/.exec(o.body);
    if (m !== null) fontObjToMap.set(o.num, parseCmap(streamOf(byNum.get(Number(m[1])) ?? '')));
  }
  const byName = new Map<string, Map<number, string>>();
  for (const o of objects) {
    for (const r of o.body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const map = fontObjToMap.get(Number(r[2]));
      if (map !== undefined) byName.set(r[1] ?? '', map);
    }
  }
  return byName;
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    const start = parseInt(m[1] ?? '0', 16);
    const targets = [...(m[3] ?? '').matchAll(/<([0-9a-f ]+)>/gi)].map((t) =>
      hexToText((t[1] ?? '').replace(/ /g, '')),
    );
    targets.forEach((t, i) => map.set(start + i, t));
  }
  return map;
}

function hexToText(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 4)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function decodeContent(stream: string, fonts: Map<string, Map<number, string>>): string {
  let font = new Map<number, string>();
  const runs: string[] = [];
  for (const m of stream.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (m[1] !== undefined) font = fonts.get(m[1]) ?? new Map();
    else runs.push(decodeRun(m[2] ?? '', font));
  }
  return runs.join(' ');
}

function decodeRun(run: string, font: Map<number, string>): string {
  let out = '';
  for (const h of run.matchAll(/<([0-9a-f]+)>/gi)) {
    const hex = h[1] ?? '';
    for (let i = 0; i < hex.length; i += 4)
      out += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '?';
  }
  return out;
}

/** One run of text as placed on a page: where it starts and ends, in points from the left. */
export interface PdfTextRun {
  page: number;
  text: string;
  left: number;
  right: number;
}

/** Page widths from each page's MediaBox, in points. */
export function pdfPageWidths(pdf: Buffer): number[] {
  const objects = parseObjects(pdf.toString('latin1'));
  return objects
    .filter((o) => /\/Type \/Page\b/.test(o.body))
    .map((o) => {
      const box = /\/MediaBox \[([-\d.]+) [-\d.]+ ([-\d.]+) [-\d.]+\]/.exec(o.body);
      return box === null ? 0 : Number(box[2]) - Number(box[1]);
    });
}

/**
 * Every text run of every page with its left and right edge: the run's start through the
 * transformation matrices in force (`cm`, `Tm`), plus its glyphs' advance widths (the
 * font's `/W` array) and the `TJ` kerning, scaled by the font size. Enough to tell whether
 * text runs past the page margin.
 */
export function pdfTextRuns(pdf: Buffer): PdfTextRun[] {
  const objects = parseObjects(pdf.toString('latin1'));
  const byNum = new Map(objects.map((o) => [o.num, o.body]));
  const unicode = fontUnicodeMaps(objects, byNum);
  const widths = fontWidths(objects, byNum);
  const pages = objects.filter((o) => /\/Type \/Page\b/.test(o.body));
  return pages.flatMap((page, i) => {
    const contents = /\/Contents (\d+) 0 R/.exec(page.body);
    const stream = contents === null ? '' : streamOf(byNum.get(Number(contents[1])) ?? '');
    return placeRuns(stream, { unicode, widths }).map((r) => ({ ...r, page: i + 1 }));
  });
}

type Matrix = [number, number, number, number, number, number];

const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 then m2, as PDF composes `cm` and `Tm` matrices. */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a, b, c, d, e, f] = m1;
  const [A, B, C, D, E, F] = m2;
  return [
    a * A + b * C,
    a * B + b * D,
    c * A + d * C,
    c * B + d * D,
    e * A + f * C + E,
    e * B + f * D + F,
  ];
}

function matrixOf(text: string): Matrix {
  const n = text.trim().split(/\s+/).map(Number);
  return [n[0] ?? 1, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1, n[4] ?? 0, n[5] ?? 0];
}

interface Fonts {
  unicode: Map<string, Map<number, string>>;
  widths: Map<string, Map<number, number>>;
}

function placeRuns(stream: string, fonts: Fonts): Omit<PdfTextRun, 'page'>[] {
  const stack: Matrix[] = [];
  let ctm = identity;
  let tm = identity;
  let font = '';
  let size = 0;
  const runs: Omit<PdfTextRun, 'page'>[] = [];
  const ops =
    /(?:^|\s)(q|Q)(?=\s)|((?:[-\d.]+\s+){6})cm\b|((?:[-\d.]+\s+){6})Tm\b|\/(F\d+) ([\d.]+) Tf|\[([^\]]*)\] TJ/g;
  for (const m of stream.matchAll(ops)) {
    if (m[1] === 'q') stack.push(ctm);
    else if (m[1] === 'Q') ctm = stack.pop() ?? identity;
    else if (m[2] !== undefined) ctm = multiply(matrixOf(m[2]), ctm);
    else if (m[3] !== undefined) tm = matrixOf(m[3]);
    else if (m[4] !== undefined) [font, size] = [m[4], Number(m[5])];
    else if (m[6] !== undefined)
      runs.push(placeRun(m[6], { fonts, font, size, at: multiply(tm, ctm) }));
  }
  return runs;
}

function placeRun(
  run: string,
  spec: { fonts: Fonts; font: string; size: number; at: Matrix },
): Omit<PdfTextRun, 'page'> {
  const unicode = spec.fonts.unicode.get(spec.font) ?? new Map<number, string>();
  const widths = spec.fonts.widths.get(spec.font) ?? new Map<number, number>();
  let advance = 0;
  let inked = 0; // the advance to the end of the last glyph that is not a space
  let text = '';
  for (const part of run.matchAll(/<([0-9a-f]+)>|(-?[\d.]+)/gi)) {
    if (part[2] !== undefined) {
      advance -= Number(part[2]);
      continue;
    }
    const hex = part[1] ?? '';
    for (let i = 0; i < hex.length; i += 4) {
      const glyph = parseInt(hex.slice(i, i + 4), 16);
      const char = unicode.get(glyph) ?? '?';
      advance += widths.get(glyph) ?? 1000;
      if (char.trim() !== '') inked = advance;
      text += char;
    }
  }
  const [a, , , , e] = spec.at;
  return { text, left: e, right: e + (inked / 1000) * spec.size * a };
}

/** Glyph advance widths (thousandths of the font size) of each font resource name. */
function fontWidths(objects: PdfObject[], byNum: Map<number, string>) {
  const type0ToWidths = new Map<number, Map<number, number>>();
  for (const o of objects) {
    const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(o.body);
    if (descendant === null) continue;
    const cid = byNum.get(Number(descendant[1])) ?? '';
    type0ToWidths.set(o.num, parseWidths(cid));
  }
  const byName = new Map<string, Map<number, number>>();
  for (const o of objects) {
    for (const r of o.body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const map = type0ToWidths.get(Number(r[2]));
      if (map !== undefined) byName.set(r[1] ?? '', map);
    }
  }
  return byName;
}

/** A CID font's `/W` array: `c [w1 w2 ...]` runs (as pdfkit writes) and `c1 c2 w` ranges. */
function parseWidths(cidFont: string): Map<number, number> {
  const map = new Map<number, number>();
  const w = /\/W \[([\s\S]*?)\]\s*\n?(?:\/|>>)/.exec(cidFont)?.[1] ?? '';
  for (const m of w.matchAll(/(\d+)\s*\[([^\]]*)\]|(\d+)\s+(\d+)\s+([\d.]+)/g)) {
    if (m[1] !== undefined) {
      const start = Number(m[1]);
      (m[2] ?? '')
        .trim()
        .split(/\s+/)
        .forEach((v, i) => map.set(start + i, Number(v)));
    } else {
      for (let c = Number(m[3]); c <= Number(m[4]); c += 1) map.set(c, Number(m[5]));
    }
  }
  return map;
}

/**
 * Text runs that start left of the left margin or end right of the right margin of their
 * page (`margin` points from each edge, half a point allowed for rounding): text cut at
 * the page edge, or too close to it.
 */
export function runsOutsideMargins(pdf: Buffer, margin = 40): PdfTextRun[] {
  const widths = pdfPageWidths(pdf);
  return pdfTextRuns(pdf).filter((r) => {
    const width = widths[r.page - 1] ?? 0;
    return r.left < margin - 0.5 || r.right > width - margin + 0.5;
  });
}
