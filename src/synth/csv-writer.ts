import { closeSync, openSync, writeSync } from 'node:fs';

const chunkLimit = 1 << 20;

/** Quotes a CSV value per RFC 4180 when it holds a comma, quote or line break. */
export function csvValue(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c === 44 || c === 34 || c === 10 || c === 13) return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/**
 * Writes a CSV file row by row through a bounded buffer (about 1 MB), so a large extract
 * never sits in memory. Lines end with LF. Counts the data rows written.
 */
export class CsvWriter {
  rows = 0;
  private readonly fd: number;
  private buffer = '';

  constructor(path: string, header: readonly string[]) {
    this.fd = openSync(path, 'w');
    this.buffer = `${header.join(',')}\n`;
  }

  /** Adds one row; undefined values are written blank (unknown). */
  write(values: readonly (string | number | undefined)[]): void {
    let line = csvValue(values[0]);
    for (let i = 1; i < values.length; i += 1) line += `,${csvValue(values[i])}`;
    this.buffer += `${line}\n`;
    this.rows += 1;
    if (this.buffer.length > chunkLimit) this.flush();
  }

  /** Writes what is buffered and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
