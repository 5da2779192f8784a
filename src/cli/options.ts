import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option } from 'commander';
import { ToexError } from '../core/errors.js';
import { Store } from '../store/store.js';
import { terminalSink } from './terminal-sink.js';

/** The default store file, relative to the working directory. */
export const defaultDbPath = '.toex/toex.duckdb';

/** The `--db PATH` option every command takes. */
export function dbOption(): Option {
  return new Option('--db <path>', 'store file (an embedded DuckDB database)').default(
    defaultDbPath,
  );
}

/**
 * Opens the existing store named by `--db`, with CLI event output. A missing file is
 * NOT_FOUND rather than a new empty store, so a mistyped path does not answer "no data";
 * a file that is not a DuckDB database is refused before DuckDB touches it.
 */
export async function openStore(path: string): Promise<Store> {
  if (path !== ':memory:') {
    if (!existsSync(path))
      throw new ToexError(
        'NOT_FOUND',
        `--db ${path}: no store there; check the path, or load data into it first with ` +
          '`toex ingest FOLDER --db PATH` (or `toex start`)',
      );
    checkDuckDbFile(path);
  }
  return Store.open(path, { events: terminalSink() });
}

/**
 * Opens the store named by `--db`, creating it (and its folder) when absent: for the
 * commands that put data in (ingest, start, reference load, users add, settings set).
 */
export async function openOrCreateStore(path: string): Promise<Store> {
  if (path !== ':memory:') {
    if (existsSync(path)) checkDuckDbFile(path);
    else if (dataFileExtension.test(path))
      throw new ToexError(
        'INVALID_VALUE',
        `--db ${path}: that names a data file, not a store; name a store file such as ` +
          '.toex/toex.duckdb',
      );
    mkdirSync(dirname(path), { recursive: true });
  }
  return Store.open(path, { events: terminalSink() });
}

/** Extensions of the files toex reads and writes, never of a store. */
const dataFileExtension = /\.(csv|json|xlsx|xls|html?|pdf|parquet|txt|gz|zip)$/i;

/** DuckDB's file header: "DUCK" at byte 8 (https://duckdb.org/docs/internals/storage). */
function checkDuckDbFile(path: string): void {
  let head = Buffer.alloc(0);
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      throw new ToexError('INVALID_VALUE', `--db ${path} is a folder; name the store file in it`);
    if (stat.size === 0) return; // an empty file (e.g. from mktemp): DuckDB makes a store of it
    const fd = openSync(path, 'r');
    try {
      head = Buffer.alloc(12);
      readSync(fd, head, 0, 12, 0);
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    if (cause instanceof ToexError) throw cause;
    throw new ToexError('SOURCE_UNREADABLE', `--db ${path}: cannot read the file`, { cause });
  }
  if (head.subarray(8, 12).toString('latin1') !== 'DUCK')
    throw new ToexError(
      'INVALID_VALUE',
      `--db ${path} is not a toex store (a DuckDB database file); name the store file, ` +
        'e.g. .toex/toex.duckdb',
    );
}
