import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { tokenizeCsv, tokenizeCsvFile, type CsvFault } from './csv-tokenizer.js';

interface Seen {
  fields: string[];
  line: number;
  fault: CsvFault | undefined;
}

function tokenize(text: string): Seen[] {
  const out: Seen[] = [];
  tokenizeCsv(text, (r) => out.push({ fields: [...r.fields], line: r.line, fault: r.fault }));
  return out;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

describe('tokenizeCsv', () => {
  it('agrees with csv-parse on generated RFC 4180 files, and numbers lines', () => {
    const field = fc.stringMatching(/^[a-z0-9 ,;"é\n]{0,6}$/);
    const table = fc
      .integer({ min: 2, max: 4 })
      .chain((width) =>
        fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1 }),
      );
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(table, eol, (rows, newline) => {
        const lines = rows.map((r) => r.map(quote).join(','));
        const text = lines.join(newline) + newline;
        const ours = tokenize(text);
        const theirs: string[][] = parse(text, { relax_column_count: true });
        expect(ours.map((r) => r.fields)).toEqual(theirs);
        let line = 1;
        ours.forEach((r, i) => {
          expect(r.line).toBe(line);
          line += (lines[i] ?? '').split('\n').length;
        });
      }),
    );
  });

  it('skips a BOM and blank lines, keeps the start line of a multi-line record', () => {
    const seen = tokenize('\uFEFFa,b\n\n"x\ny",2\r\n3,4');
    expect(seen.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x\ny', '2'],
      ['3', '4'],
    ]);
    expect(seen.map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('ends a never-closed quote at its line and reads the records after it', () => {
    const seen = tokenize('a,b\n1,"cut off\n2,3\n');
    expect(seen[1]).toEqual({ fields: ['1', 'cut off'], line: 2, fault: 'unterminated-quote' });
    expect(seen[2]).toEqual({ fields: ['2', '3'], line: 3, fault: undefined });
    expect(seen).toHaveLength(3);
  });

  it('ends a stray opening quote at its line when its "close" opens a later field', () => {
    // Line 2 opens a quote; the next quote in the file (line 4) is followed by text, so it
    // opened a field of line 4 and the records of lines 3 and 4 must still be read.
    const seen = tokenize('a,b\n1,"open\n2,3\n4,"q"x\n5,6\n');
    expect(seen.map((r) => [r.line, r.fault, r.fields])).toEqual([
      [1, undefined, ['a', 'b']],
      [2, 'unterminated-quote', ['1', 'open']],
      [3, undefined, ['2', '3']],
      [4, 'stray-quote', ['4', 'qx']],
      [5, undefined, ['5', '6']],
    ]);
  });

  it('marks stray quotes but keeps reading the next record', () => {
    const seen = tokenize('a,b\nx"y,1\n"q"z,2\nok,3\n');
    expect(seen.map((r) => r.fault)).toEqual([undefined, 'stray-quote', 'stray-quote', undefined]);
    expect(seen[2]?.fields).toEqual(['qz', '2']);
    expect(seen[3]?.fields).toEqual(['ok', '3']);
  });

  it('keeps a trailing empty field and short records', () => {
    expect(tokenize('a,b,\n1').map((r) => r.fields)).toEqual([['a', 'b', ''], ['1']]);
  });
});

describe('tokenizeCsvFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toex-tokenizer-'));
  const chunked = (text: string, chunkBytes: number) => {
    const path = join(dir, 'file.csv');
    writeFileSync(path, text);
    const out: Seen[] = [];
    const bytes = tokenizeCsvFile(
      path,
      (r) => out.push({ fields: [...r.fields], line: r.line, fault: r.fault }),
      { chunkBytes },
    );
    expect(bytes).toBe(Buffer.byteLength(text));
    return out;
  };

  it('reads in small chunks exactly what the whole-text tokenizer reads', () => {
    // Multi-byte characters, CRLF, blank lines, quotes and faults, cut at every chunk size.
    const piece = fc.constantFrom('a', 'é', '€', '😀', ',', '"', '""', '\n', '\r\n', '\r', ' ');
    const text = fc.array(piece, { maxLength: 60 }).map((p) => `\uFEFFh1,h2\n${p.join('')}`);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 17 }), (t, chunk) => {
        expect(chunked(t, chunk)).toEqual(tokenize(t));
      }),
      { numRuns: 300 },
    );
  });

  it('ends a never-closed quote at its line across many chunks', () => {
    const seen = chunked(`a,b\n1,"${'x'.repeat(1000)}\n2,3\n`, 8);
    expect(seen.map((r) => [r.line, r.fault])).toEqual([
      [1, undefined],
      [2, 'unterminated-quote'],
      [3, undefined],
    ]);
  });

  it('stops, naming the line, at a record longer than the limit', () => {
    const path = join(dir, 'long.csv');
    writeFileSync(path, `a,b\n1,2\n3,"${'x\n'.repeat(100)}`.repeat(5));
    expect(() =>
      tokenizeCsvFile(path, () => undefined, { chunkBytes: 16, maxRecordChars: 64 }),
    ).toThrow(/long\.csv line 3: a record/);
  });
});
