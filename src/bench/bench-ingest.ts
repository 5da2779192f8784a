import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ingestAll } from '../ingest/index.js';
import { Store } from '../store/store.js';

/** Ingest speed against DuckDB's own read_csv of the same files, from one run. */
export interface IngestBench {
  rows: number;
  toexSeconds: number;
  readCsvSeconds: number;
}

/**
 * Loads every extract under `extractsDir` into a fresh store file with toex's ingest
 * (validation, quarantine, provenance, merge), then reads the same CSV files with DuckDB's
 * bare `read_csv` into tables, and times both.
 */
export async function benchIngest(extractsDir: string, storePath: string): Promise<IngestBench> {
  mkdirSync(dirname(storePath), { recursive: true });
  rmSync(storePath, { force: true });
  rmSync(`${storePath}.wal`, { force: true });
  let started = performance.now();
  const report = await (async () => {
    await using store = await Store.open(storePath);
    // Awaited here: returning the bare promise would close the store before ingest ends.
    return await ingestAll(store, [extractsDir]);
  })();
  const toexSeconds = (performance.now() - started) / 1000;
  const rows = report.extracts.reduce(
    (sum, e) => sum + e.files.reduce((s, f) => s + f.rowsRead, 0),
    0,
  );

  started = performance.now();
  await using baseline = await Store.open(':memory:');
  let n = 0;
  for (const force of readdirSync(extractsDir)) {
    for (const file of readdirSync(join(extractsDir, force))) {
      if (!file.endsWith('.csv')) continue;
      n += 1;
      await baseline.run(`CREATE TABLE t${n} AS SELECT * FROM read_csv($path, header = true)`, {
        path: join(extractsDir, force, file),
      });
    }
  }
  return { rows, toexSeconds, readCsvSeconds: (performance.now() - started) / 1000 };
}
