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
