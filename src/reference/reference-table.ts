/** A cell of a reference table row, as bound to the store. */
export type ReferenceValue = string | number | null;

/** Where a reference table came from, as written to `ref_version`. */
export interface ReferenceVersion {
  /** The table name, e.g. `ref_offence`. */
  name: string;
  /** A short version string, e.g. `offence-codes 2017-18+vawg-draft`. */
  version: string;
  /** The file(s) read and their publisher. */
  source: string;
  licence: string | null;
  /** SHA-256 of the main source file. */
  sha256: string | null;
}

/** One reference table ready to load: its columns in order, its rows and its version. */
export interface ReferenceTable {
  name: string;
  columns: readonly string[];
  rows: ReferenceValue[][];
  version: ReferenceVersion;
}
