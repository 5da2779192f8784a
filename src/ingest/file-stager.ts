import type { DuckDBAppender } from '@duckdb/node-api';
import { ToexError } from '../core/errors.js';
import type { ColumnKind } from '../core/record-schema.js';
import { tokenizeCsvFile, type CsvFault, type CsvRecordRaw } from './csv-tokenizer.js';
import { mapHeader, type HeaderMap } from './header-map.js';
import { appendText, stagedColumns } from './staging.js';
import type { RecordRules, StagedValues } from './record-rules.js';
import type { FieldRule, SourceLayout } from './source-layout.js';
import { emptyFileOutcome, type FileOutcome } from './outcome-report.js';

/** What one file needs to be staged. */
export interface StageFileInput {
  /** The file to read (in chunks) and its name as recorded in provenance. */
  path: string;
  file: string;
  layout: SourceLayout;
  rules: RecordRules;
  records: DuckDBAppender;
  quarantine: DuckDBAppender;
  problemsPerFile: number;
  /** Called every few thousand records with the bytes of the file read so far. */
  onProgress?: (rowsDone: number, bytesRead: number) => void;
}

/** The rule id of a value that its column's validator rejected. */
const formatRule: Record<ColumnKind, string> = {
  text: 'text-format',
  ref: 'ref-format',
  date: 'date-format',
  datetime: 'date-format',
  flag: 'flag-format',
  int: 'number-format',
  float: 'number-format',
  enum: 'enum-value',
};

/** What a record with a reading fault was expected to be. */
const faultExpected: Record<CsvFault, string> = {
  'stray-quote': 'RFC 4180 quoting',
  'unterminated-quote': 'RFC 4180 quoting',
  'not-utf8':
    'UTF-8 text, as extract-format.md requires (bytes here do not decode, e.g. Latin-1; ' +
    're-export the file as UTF-8)',
};

/**
 * Validates every record of one file and appends the good ones to the kind's staging table
 * and the bad ones to `stage_quarantine`. Throws SCHEMA_MISMATCH (from the header) before
 * appending anything. Returns the file outcome with `loaded` = rows staged; the merge step
 * moves duplicates and rows with unknown references out of that count.
 */
export function stageFile(input: StageFileInput): FileOutcome {
  const stager = new FileStager(input);
  try {
    tokenizeCsvFile(input.path, (record, bytesRead) => stager.take(record, bytesRead));
  } catch (cause) {
    if (cause instanceof ToexError) throw cause;
    throw new ToexError(
      'SOURCE_UNREADABLE',
      `cannot read ${input.path}; check it exists and is readable`,
      { cause },
    );
  }
  return stager.finish();
}

class FileStager {
  private readonly outcome: FileOutcome;
  private map: HeaderMap | undefined;
  private readonly values: StagedValues;
  private readonly slots: number[];
  private readonly constants: [number, string][];
  private skipIndex = -1;
  private readonly ruleCounts = new Map<string, number>();

  constructor(private readonly input: StageFileInput) {
    const names = stagedColumns(input.layout.spec);
    this.outcome = emptyFileOutcome(input.file, input.layout.spec.kind);
    this.values = names.map(() => null);
    this.slots = input.layout.fields.map((f) => names.indexOf(f.column.name));
    this.constants = Object.entries(input.layout.constants).map(([k, v]) => [names.indexOf(k), v]);
  }

  take(record: CsvRecordRaw, bytesRead: number): void {
    if (this.map === undefined) return this.readHeader(record.fields);
    const outcome = this.outcome;
    outcome.rowsRead += 1;
    if (outcome.rowsRead % 8192 === 0) this.input.onProgress?.(outcome.rowsRead, bytesRead);
    if (record.fault !== undefined)
      return this.reject(record, { rule: record.fault, expected: faultExpected[record.fault] });
    if (record.fields.length !== this.map.width) {
      return this.reject(record, {
        rule: 'field-count',
        expected: `${this.map.width} fields as in the header; found ${record.fields.length}`,
      });
    }
    if (this.skipIndex >= 0 && (record.fields[this.skipIndex] ?? '').trim() === '') {
      outcome.skipped += 1;
      return undefined;
    }
    if (this.fillValues(record)) this.append(record);
    return undefined;
  }

  finish(): FileOutcome {
    if (this.map === undefined) {
      throw new ToexError(
        'SCHEMA_MISMATCH',
        `${this.input.file} is empty: it has no header row; expected the columns of ` +
          'extract-format.md (version 1); deliver the file with its header, or leave it out',
      );
    }
    for (const [rule, n] of this.input.rules.warnings) {
      this.outcome.notes.push(
        `${rule}: ${n} row(s) kept with the value as given and no derived parts`,
      );
    }
    this.input.rules.warnings.clear();
    for (const [rule, n] of this.ruleCounts)
      this.outcome.notes.push(`quarantined by ${rule}: ${n}`);
    this.outcome.status = this.outcome.quarantined > 0 ? 'partial' : 'ok';
    return this.outcome;
  }

  private readHeader(fields: readonly string[]): void {
    const { layout, file } = this.input;
    this.map = mapHeader(layout, fields, file);
    this.header = [...fields];
    if (layout.skipWhenBlank !== undefined) {
      const at = layout.fields.findIndex((f) => f.header === layout.skipWhenBlank?.header);
      this.skipIndex = this.map.indexes[at] ?? -1;
      this.outcome.notes.push(`skipped rows: ${layout.skipWhenBlank.reason}`);
    }
  }

  private header: string[] = [];

  /** Validates each mapped field into its slot; false (and quarantined) when any fails. */
  private fillValues(record: CsvRecordRaw): boolean {
    const { values, slots } = this;
    const fields = this.input.layout.fields;
    const indexes = (this.map as HeaderMap).indexes;
    values.fill(null);
    for (const [at, value] of this.constants) values[at] = value;
    let bad = false;
    for (let i = 0; i < fields.length; i++) {
      const rule = fields[i] as FieldRule;
      const index = indexes[i] as number;
      const value = index < 0 ? null : rule.validate(record.fields[index] as string);
      if (value === undefined || (value === null && rule.required)) {
        this.reject(record, {
          rule: value === undefined ? formatRule[rule.column.kind] : 'required',
          expected: rule.expected,
          column: rule.column.name,
          index,
          field: rule,
        });
        bad = true;
      } else values[slots[i] as number] = value;
    }
    if (bad) return false;
    const problem = this.input.rules.apply(values);
    if (problem === undefined) return true;
    const at = fields.findIndex((f) => f.column.name === problem.column);
    this.reject(record, { ...problem, index: indexes[at] ?? -1, field: fields[at] });
    return false;
  }

  private lastLine = -1;

  /** Writes one quarantine entry; a row with several bad fields is counted once. */
  private reject(record: CsvRecordRaw, p: Rejection): undefined {
    if (this.lastLine !== record.line) this.outcome.quarantined += 1;
    this.lastLine = record.line;
    this.ruleCounts.set(p.rule, (this.ruleCounts.get(p.rule) ?? 0) + 1);
    const personal = p.field?.column.personal === true;
    const value = p.index === undefined || p.index < 0 ? null : (record.fields[p.index] ?? null);
    const q = this.input.quarantine;
    appendText(q, this.input.file);
    q.appendInteger(record.line);
    appendText(q, p.column ?? null);
    appendText(q, p.index === undefined || p.index < 0 ? null : position(record.fields, p.index));
    appendText(q, personal ? null : value);
    appendText(q, p.rule);
    appendText(q, p.expected);
    appendText(q, rawRecord(this.header, record.fields));
    q.endRow();
    this.noteProblem(record.line, p, personal ? null : value);
    return undefined;
  }

  private noteProblem(line: number, p: Rejection, value: string | null): void {
    if (this.outcome.problems.length >= this.input.problemsPerFile) return;
    const where = p.column === undefined ? '' : ` column ${p.column}`;
    const shown = value === null ? '' : ` (value ${JSON.stringify(value.slice(0, 40))})`;
    const message = `${this.input.file} line ${line}${where}${shown}: ${p.rule}; expected ${p.expected}`;
    this.outcome.problems.push({
      line,
      rule: p.rule,
      message,
      ...(p.column === undefined ? {} : { column: p.column }),
    });
  }

  private append(record: CsvRecordRaw): void {
    const a = this.input.records;
    for (const value of this.values) appendText(a, value);
    appendText(a, this.extrasJson(record.fields));
    a.appendVarchar(this.input.file);
    a.appendInteger(record.line);
    a.endRow();
    this.outcome.loaded += 1;
  }

  private extrasJson(fields: readonly string[]): string | null {
    const extras = (this.map as HeaderMap).extras;
    if (extras.length === 0) return null;
    let json = '{';
    for (let i = 0; i < extras.length; i++) {
      const { name, index } = extras[i] as { name: string; index: number };
      const value = fields[index] ?? '';
      json += `${i === 0 ? '' : ','}${JSON.stringify(name)}:${value.trim() === '' ? 'null' : JSON.stringify(value)}`;
    }
    return `${json}}`;
  }
}

interface Rejection {
  rule: string;
  expected: string;
  column?: string;
  index?: number;
  field?: FieldRule | undefined;
}

/** Where a field sits: its number and its character range in the parsed (unquoted) record. */
function position(fields: readonly string[], index: number): string {
  let start = 1;
  for (let i = 0; i < index; i++) start += (fields[i] ?? '').length + 1;
  const length = (fields[index] ?? '').length;
  return `field ${index + 1} of ${fields.length}, characters ${start}-${start + Math.max(length - 1, 0)}`;
}

/** The whole record as JSON keyed by header, so nothing is lost; surplus fields in `_surplus`. */
export function rawRecord(header: readonly string[], fields: readonly string[]): string {
  const out: Record<string, string | string[]> = {};
  fields.forEach((f, i) => {
    const name = header[i];
    if (name !== undefined) out[name] = f;
  });
  if (fields.length > header.length) out['_surplus'] = fields.slice(header.length);
  return JSON.stringify(out);
}
