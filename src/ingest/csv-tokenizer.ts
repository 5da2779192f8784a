/**
 * An RFC 4180 CSV tokenizer over a whole file's text, written for speed: on the
 * Bedfordshire police.uk folder it reads about 400,000 records/s where csv-parse 6 (stream or
 * sync, with or without `info`) reads about 45,000/s on the same machine, too slow for the
 * ~8M-row default data set. csv-parse stays the reference: `csv-tokenizer.test.ts` checks
 * this tokenizer against it on generated files (quotes, commas, line breaks, CRLF).
 *
 * What happens with malformed input, record by record (the caller quarantines faulty ones):
 * - a quote inside an unquoted field, or text after a closing quote: fault `stray-quote`;
 *   the characters are kept in the field and reading continues at the next delimiter;
 * - a quote that is never closed (a file cut off inside a quoted field): fault
 *   `unterminated-quote`; the record runs to the end of the file, as in csv-parse;
 * - a file cut off mid-row outside quotes simply yields a short record.
 * Blank lines between records are skipped. A leading byte-order mark is ignored.
 */

/** Why a record could not be read as RFC 4180. */
export type CsvFault = 'unterminated-quote' | 'stray-quote';

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
  const state = new TokenizerState(text);
  while (state.skipBlankLines()) onRecord(state.readRecord());
}

class TokenizerState {
  pos: number;
  line = 1;
  private readonly record: CsvRecordRaw = { fields: [], line: 1, fault: undefined, end: 0 };

  constructor(private readonly text: string) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
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
    let from = this.pos + 1;
    let value = '';
    for (;;) {
      const q = text.indexOf('"', from);
      if (q < 0) return this.unterminated(value + text.slice(from));
      value += text.slice(from, q);
      if (text.charCodeAt(q + 1) !== QUOTE) {
        this.pos = q + 1;
        break;
      }
      value += '"';
      from = q + 2;
    }
    this.line += countLineFeeds(value);
    const c = text.charCodeAt(this.pos);
    if (this.pos < text.length && c !== COMMA && c !== LF && c !== CR) {
      this.record.fault ??= 'stray-quote';
      value += this.readPlain();
    }
    return value;
  }

  private unterminated(value: string): string {
    this.record.fault = 'unterminated-quote';
    this.line += countLineFeeds(value);
    this.pos = this.text.length;
    return value;
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
