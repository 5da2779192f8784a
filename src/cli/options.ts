import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option } from 'commander';
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

/** Opens the store named by `--db`, creating its folder if needed, with CLI event output. */
export async function openStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return Store.open(path, { events: terminalSink() });
}
