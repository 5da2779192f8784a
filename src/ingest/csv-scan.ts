import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ToexError } from '../core/errors.js';

/**
 * What a byte-level pass over a CSV file finds: its physical line count, its header and
 * any layout DuckDB's reader would read differently from the record-by-record path
 * (`fault`), in which case the file is staged by the fallback path instead.
 */
export interface CsvScan {
  /** Physical lines: line feeds, plus one when the last line has none. */
  lines: number;
  bytes: number;
  /** The header fields, as written (a leading byte-order mark removed). */
  header: string[];
  fault?: 'lone-cr' | 'stray-quote' | 'unterminated-quote' | 'header-layout';
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * Scans one CSV file with `Buffer.indexOf` loops (memchr speed): counts line feeds, checks
 * that every carriage return ends a line (CRLF) and that quotes follow RFC 4180 (a quote
 * opens a field or closes one before a delimiter, line end or end of file).
 */
export function scanCsv(path: string): CsvScan {
  const bytes = readBytes(path);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines = countByte(bytes, LF) + (bytes.length > start && bytes.at(-1) !== LF ? 1 : 0);
  const header = readHeader(bytes, start);
  const base = { lines, bytes: bytes.length, header: header.fields };
  const fault = header.fault ?? crFault(bytes) ?? quoteFault(bytes, start);
  return fault === undefined ? base : { ...base, fault };
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new ToexError(
      'SOURCE_UNREADABLE',
      `cannot read ${path}; check it exists and is readable`,
      {
        cause,
      },
    );
  }
}

function countByte(bytes: Buffer, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i >= 0; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}

/** The header line, parsed by papaparse; a header spanning lines or blank is left to the fallback. */
function readHeader(bytes: Buffer, start: number): { fields: string[]; fault?: 'header-layout' } {
  const end = bytes.indexOf(LF, start);
  const text = bytes.toString('utf8', start, end < 0 ? bytes.length : end).replace(/\r$/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', quoteChar: '"', escapeChar: '"' });
  const fields = parsed.data[0] ?? [];
  const odd = parsed.errors.length > 0 || text.trim() === '' || parsed.data.length !== 1;
  return odd ? { fields, fault: 'header-layout' } : { fields };
}

function crFault(bytes: Buffer): 'lone-cr' | undefined {
  for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) {
    if (bytes[i + 1] !== LF) return 'lone-cr';
  }
  return undefined;
}

/** Walks the quotes only: each must open a field, or close one (a doubled quote is data). */
function quoteFault(
  bytes: Buffer,
  start: number,
): 'stray-quote' | 'unterminated-quote' | undefined {
  let inQuotes = false;
  for (let i = bytes.indexOf(QUOTE, start); i >= 0; i = bytes.indexOf(QUOTE, i + 1)) {
    if (!inQuotes) {
      const before = i === start ? COMMA : bytes[i - 1];
      if (before !== COMMA && before !== LF && before !== CR) return 'stray-quote';
      inQuotes = true;
    } else if (bytes[i + 1] === QUOTE) {
      i += 1;
    } else {
      const after = bytes[i + 1];
      if (after !== undefined && after !== COMMA && after !== LF && after !== CR)
        return 'stray-quote';
      inQuotes = false;
    }
  }
  return inQuotes ? 'unterminated-quote' : undefined;
}
