/**
 * An RFC 4180 CSV tokenizer over a file's text (whole, or read in chunks), written for speed: on the
 * Bedfordshire police.uk folder it reads about 400,000 records/s where csv-parse 6 (stream or
 * sync, with or without `info`) reads about 45,000/s on the same machine, too slow for the
 * ~8M-row default data set. csv-parse stays the reference: `csv-tokenizer.test.ts` checks
 * this tokenizer against it on generated files (quotes, commas, line breaks, CRLF).
 *
 * What happens with malformed input, record by record (the caller quarantines faulty ones):
 * - a quote inside an unquoted field, or text after a closing quote: fault `stray-quote`;
 *   the characters are kept in the field and reading continues at the next delimiter;
 * - a quote that is never closed (a file cut off inside a quoted field), or whose only
 *   "closing" quote lines later is followed by text (so it opened a later field): fault
 *   `unterminated-quote`; the field is the rest of that line and reading resumes on the next
 *   line (csv-parse would run the record on, swallowing the records that follow);
 * - a file cut off mid-row outside quotes simply yields a short record.
 * Blank lines between records are skipped. A leading byte-order mark is ignored.
 */

import { closeSync, openSync, readSync } from 'node:fs';
import { ToexError } from '../core/errors.js';

/**
 * Why a record could not be read: not RFC 4180 (`unterminated-quote`, `stray-quote`), or
 * not UTF-8 (`not-utf8`: bytes that do not decode, e.g. Latin-1, read as U+FFFD).
 */
export type CsvFault = 'unterminated-quote' | 'stray-quote' | 'not-utf8';

/** One record as the tokenizer hands it over; `fields` is reused, copy it to keep it. */
export interface CsvRecordRaw {
  fields: string[];
  /** 1-based line where the record starts (multi-line quoted fields keep the first line). */
  line: number;
  fault: CsvFault | undefined;
  /** Character offset just after the record, for progress. */
  end: number;
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Calls `onRecord` for every record of `text`, header included, in order. */
export function tokenizeCsv(text: string, onRecord: (record: CsvRecordRaw) => void): void {
  const state = new TokenizerState(text, 1);
  state.markReplacements = text.includes('\uFFFD');
  state.run(onRecord);
}

/**
 * Reads a CSV file in chunks of `chunkBytes` (16 MiB) (so a file may be larger than a V8 string can
 * hold) and calls `onRecord` for every record, header included, with the bytes read so far.
 * The records and their line numbers are exactly those of `tokenizeCsv` on the whole text:
 * a record that a chunk cuts is read again whole with the next chunk. Invalid UTF-8 becomes
 * U+FFFD, as Node's own decoding does, and a record holding U+FFFD has the fault `not-utf8`
 * (so a Latin-1 name is quarantined, not stored with its letters lost). A record longer than `maxRecordChars` (64 Mi; almost surely a
 * quote that is never closed) stops the read with SOURCE_UNREADABLE naming its line.
 */
export function tokenizeCsvFile(
  path: string,
  onRecord: (record: CsvRecordRaw, bytesRead: number) => void,
  limits: { chunkBytes?: number; maxRecordChars?: number } = {},
): number {
  const { chunkBytes = 16 * 1024 * 1024, maxRecordChars = 64 * 2 ** 20 } = limits;
  const fd = openSync(path, 'r');
  const decoder = new TextDecoder('utf-8'); // drops a leading byte-order mark
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let carry = '';
  let line = 1;
  let bytesRead = 0;
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, chunkBytes, null);
      bytesRead += n;
      const final = n === 0;
      let text = carry + decoder.decode(buffer.subarray(0, n), { stream: !final });
      // A carriage return at a chunk's end may be the first half of a CRLF: keep it back.
      const heldCr = !final && text.endsWith('\r');
      if (heldCr) text = text.slice(0, -1);
      const state = new TokenizerState(text, line, final);
      state.markReplacements = text.includes('\uFFFD');
      carry = state.run((record) => onRecord(record, bytesRead));
      if (heldCr) carry += '\r';
      line = state.line;
      if (final) return bytesRead;
      if (carry.length > maxRecordChars) {
        throw new ToexError(
          'SOURCE_UNREADABLE',
          `${path} line ${line}: a record runs past ${maxRecordChars} characters; ` +
            'expected records of ordinary length (a quoted field is probably never closed)',
        );
      }
    }
  } finally {
    closeSync(fd);
  }
}

class TokenizerState {
  pos: number;
  /** Mark records holding U+FFFD as `not-utf8` (set when the decoded text has any). */
  markReplacements = false;
  private readonly record: CsvRecordRaw = { fields: [], line: 1, fault: undefined, end: 0 };

  /** `final`: the text runs to the end of the file (else more may follow it). */
  constructor(
    private readonly text: string,
    public line: number,
    private readonly final = true,
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /**
   * Hands over every record of the text. Unless the text is final, a record that reaches its
   * end may continue in the next chunk: it is not handed over, and its text is returned
   * (with `line` set back to its first line) to be read again with more text.
   */
  run(onRecord: (record: CsvRecordRaw) => void): string {
    while (this.skipBlankLines()) {
      const start = this.pos;
      const line = this.line;
      const record = this.readRecord();
      if (!this.final && this.pos >= this.text.length) {
        this.line = line;
        return this.text.slice(start);
      }
      if (this.markReplacements && this.holdsReplacement(start)) record.fault = 'not-utf8';
      onRecord(record);
    }
    return '';
  }

  /** True when the record read from `start` holds U+FFFD, what undecodable bytes become. */
  private holdsReplacement(start: number): boolean {
    const at = this.text.indexOf('\uFFFD', start);
    return at >= 0 && at < this.pos;
  }

  /** Moves past empty lines; false at the end of the text. */
  skipBlankLines(): boolean {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === LF) this.pos += 1;
      else if (c === CR) this.pos += text.charCodeAt(this.pos + 1) === LF ? 2 : 1;
      else return this.pos < text.length;
      this.line += 1;
    }
  }

  readRecord(): CsvRecordRaw {
    const record = this.record;
    record.fields.length = 0;
    record.line = this.line;
    record.fault = undefined;
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      record.fields.push(c === QUOTE ? this.readQuoted() : this.readPlain());
      if (this.text.charCodeAt(this.pos) !== COMMA) break;
      this.pos += 1;
    }
    this.endOfLine();
    record.end = this.pos;
    return record;
  }

  private readPlain(): string {
    const { text } = this;
    const start = this.pos;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === LF || c === CR) break;
      if (c === QUOTE) this.record.fault ??= 'stray-quote';
    }
    this.pos = i;
    return text.slice(start, i);
  }

  private readQuoted(): string {
    const { text } = this;
    const opening = this.pos;
    let from = this.pos + 1;
    let value = '';
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) return this.unterminated();
      value += text.slice(from, q);
      if (text.charCodeAt(q + 1) !== QUOTE) {
        this.pos = q + 1;
        break;
      }
      value += '"';
      from = q + 2;
    }
    const c = text.charCodeAt(this.pos);
    const stray = this.pos < text.length && c !== COMMA && c !== LF && c !== CR;
    const lineFeeds = countLineFeeds(value);
    if (stray && lineFeeds > 0) {
      // The quote that "closes" this field lines later is followed by text, so it opened
      // another field: the quote at `opening` was never closed on its own line. End the
      // field at that line, so the records on the lines in between are read, not swallowed.
      this.pos = opening;
      return this.restOfLine();
    }
    this.line += lineFeeds;
    if (stray) {
      this.record.fault ??= 'stray-quote';
      value += this.readPlain();
    }
    return value;
  }

  /**
   * A quote never closed before the end of the file: the field is the rest of its line, the
   * record ends there (faulty), and reading goes on at the next line, so one bad quote does
   * not swallow the records after it. Mid-file (not final) the record is left unfinished.
   */
  private unterminated(): string {
    const { text } = this;
    if (!this.final) {
      this.pos = text.length;
      return '';
    }
    return this.restOfLine();
  }

  /** The field from the quote at `pos` to the end of its line; the record is faulty. */
  private restOfLine(): string {
    const { text } = this;
    this.record.fault = 'unterminated-quote';
    const start = this.pos + 1;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    this.pos = end;
    return text.slice(start, end);
  }

  private endOfLine(): void {
    if (this.text.charCodeAt(this.pos) === CR) this.pos += 1;
    if (this.text.charCodeAt(this.pos) === LF) this.pos += 1;
    this.line += 1;
  }
}

function countLineFeeds(value: string): number {
  let n = 0;
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) n++;
  return n;
}
