import type { ColumnKind, RecordKind } from '../core/record-schema.js';
import type { HeaderMap } from './header-map.js';
import { canonicalSql } from './sql-validators.js';
import type { SourceLayout } from './source-layout.js';
import { stagedColumns } from './staging.js';

/** The rule id of a value that its column's validator rejected (as in file-stager.ts). */
export const formatRule: Record<ColumnKind, string> = {
  text: 'text-format',
  ref: 'ref-format',
  date: 'date-format',
  datetime: 'date-format',
  flag: 'flag-format',
  int: 'number-format',
  float: 'number-format',
  enum: 'enum-value',
};

/** A cross-column rule of a record kind as SQL over the canonical values `v<i>`. */
interface RowRuleSql {
  rule: string;
  column: string;
  expected: string;
  when: string;
}

/**
 * The SQL of one file's checks, generated from its layout and header map: raw columns are
 * `c<index in file>`, canonical values `v<index in layout>`. Identifiers and record-model
 * constants only; file content (names, values) is always bound.
 */
export class SqlChecks {
  readonly raw: string[];
  private readonly v: Map<string, string>;

  constructor(
    private readonly layout: SourceLayout,
    readonly map: HeaderMap,
  ) {
    this.raw = Array.from({ length: map.width }, (_, i) => `c${i}`);
    this.v = new Map(layout.fields.map((f, i) => [f.column.name, `v${i}`]));
  }

  /** Line feeds of a good record, summed over its fields. */
  lineFeeds(): string {
    return this.raw.map((c) => `toex_lf(${c})`).join(' + ');
  }

  /** SELECT list of raw_checked: the line, the skip flag, canonical values and bad flags. */
  checkedColumns(): string {
    const fields = this.layout.fields.map((f, i) => {
      const at = this.map.indexes[i] ?? -1;
      return at < 0 ? `NULL::VARCHAR AS v${i}` : `${canonicalSql(f, `c${at}`)} AS v${i}`;
    });
    const skip = this.skipIndex();
    return [
      'line',
      ...this.raw,
      skip < 0 ? 'false AS skip' : `toex_blank(c${skip}) AS skip`,
      ...fields,
    ].join(', ');
  }

  /** Per layout field present in the file: its index, the bad-value condition and rule. */
  fieldChecks(): { i: number; at: number; bad: string; rule: string }[] {
    return this.layout.fields.flatMap((f, i) => {
      const at = this.map.indexes[i] ?? -1;
      if (at < 0) return [];
      const blank = `toex_blank(c${at})`;
      const bad = f.required ? `(${blank} OR v${i} IS NULL)` : `(NOT ${blank} AND v${i} IS NULL)`;
      const rule = `CASE WHEN ${blank} THEN 'required' ELSE '${formatRule[f.column.kind]}' END`;
      return [{ i, at, bad, rule }];
    });
  }

  /** True when every field of the row is valid. */
  allValid(): string {
    const bad = this.fieldChecks().map((c) => c.bad);
    return bad.length === 0 ? 'true' : `NOT (${bad.join(' OR ')})`;
  }

  /** Cross-column rules in the order the JS path applies them (first broken one wins). */
  rowRules(knownCodes: boolean): RowRuleSql[] {
    const kind: RecordKind = this.layout.spec.kind;
    const v = (name: string) => this.v.get(name) ?? 'NULL::VARCHAR';
    const order = (from: string, to: string): RowRuleSql => ({
      rule: 'date-order',
      column: to,
      expected: `${to} on or after the start of the window`,
      when: `${v(from)} > ${v(to)}`,
    });
    if (kind === 'address') return [order('effective_from', 'effective_to')];
    if (kind !== 'occurrence') return [];
    const rules = [
      order('occurred_from', 'occurred_to'),
      {
        rule: 'offence-missing',
        column: 'ho_code',
        expected: 'a ho_code or a crime_type',
        when: `${v('ho_code')} IS NULL AND ${v('crime_type')} IS NULL`,
      },
    ];
    if (!knownCodes) return rules;
    const unknown = `${v('ho_code')} IS NOT NULL AND ${v('ho_code')} NOT IN (SELECT upper(ho_code) FROM ref_offence)`;
    return [
      ...rules,
      {
        rule: 'unknown-ho-code',
        column: 'ho_code',
        expected: 'a Home Office code listed in ref_offence',
        when: unknown,
      },
    ];
  }

  /** The file index of a record-model column, -1 when the file lacks it. */
  fileIndex(column: string): number {
    const i = this.layout.fields.findIndex((f) => f.column.name === column);
    return i < 0 ? -1 : (this.map.indexes[i] ?? -1);
  }

  /** `field i of n, characters s-e` over the parsed record, as file-stager.ts writes it. */
  position(at: number): string {
    const before = this.raw.slice(0, at).map((c) => `length(coalesce(${c}, ''))`);
    const start = `(${[String(1 + at), ...before].join(' + ')})`;
    const len = `length(coalesce(c${at}, ''))`;
    return `'field ${at + 1} of ${this.map.width}, characters ' || ${start} || '-' || (${start} + greatest(${len} - 1, 0))`;
  }

  /** The whole record as JSON keyed by header; header names are parameters $h0, $h1, ... */
  rawRecord(): string {
    return `CAST(json_object(${this.raw.map((c, i) => `$h${i}, coalesce(${c}, '')`).join(', ')}) AS VARCHAR)`;
  }

  /** Extras JSON (normalised names as parameters $e0, ...; blank is null), or NULL. */
  extras(): string {
    const { extras } = this.map;
    if (extras.length === 0) return 'NULL::VARCHAR';
    const pairs = extras.map(
      (e, i) => `$e${i}, CASE WHEN toex_blank(c${e.index}) THEN NULL ELSE c${e.index} END`,
    );
    return `CAST(json_object(${pairs.join(', ')}) AS VARCHAR)`;
  }

  /** SELECT list of the staged values, in stage-table order, with defaults and derived parts. */
  stagedValues(): string {
    const { spec, constants } = this.layout;
    const postcode = this.v.get('postcode');
    const normal = postcode === undefined ? 'NULL::VARCHAR' : `toex_postcode(${postcode})`;
    return stagedColumns(spec)
      .map((name) => {
        const constant = constants[name];
        if (constant !== undefined) return `'${constant.replaceAll("'", "''")}'`;
        const v = this.v.get(name) ?? 'NULL::VARCHAR';
        if (name === 'postcode') return `coalesce(${normal}, ${v})`;
        if (name === 'postcode_district') return `toex_district(${normal})`;
        if (name === 'postcode_sector') return `toex_sector(${normal})`;
        if (name === 'is_crime') return `coalesce(${v}, 'true')`;
        if (name === 'address_type') return `coalesce(${v}, 'home')`;
        return v;
      })
      .join(', ');
  }

  /** Rows whose postcode is given but does not parse (counted as a note). */
  badPostcode(): string {
    const postcode = this.v.get('postcode');
    return postcode === undefined
      ? 'false'
      : `${postcode} IS NOT NULL AND toex_postcode(${postcode}) IS NULL`;
  }

  private skipIndex(): number {
    const skip = this.layout.skipWhenBlank;
    if (skip === undefined) return -1;
    const i = this.layout.fields.findIndex((f) => f.header === skip.header);
    return this.map.indexes[i] ?? -1;
  }
}
