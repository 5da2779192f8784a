import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOrCreateStore, openStore } from './options.js';

describe('--db PATH', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toex-db-'));

  it('is NOT_FOUND for a reading command when no store is there, and creates none', async () => {
    const path = join(dir, 'typo', 'toex.duckdb');
    await expect(openStore(path)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(openStore(path)).rejects.toThrow(/no store there/);
    // A loading command creates it; a reading command then opens it.
    (await openOrCreateStore(path)).close();
    (await openStore(path)).close();
  });

  it('refuses a file that is not a DuckDB database, a folder, and a data-file name', async () => {
    const csv = join(dir, 'occurrences.csv');
    writeFileSync(csv, 'occurrence_ref,occurred_from\nA1,01/05/2024\n');
    for (const open of [openStore, openOrCreateStore])
      await expect(open(csv)).rejects.toThrow(/is not a toex store/);
    await expect(openStore(dir)).rejects.toThrow(/is a folder/);
    await expect(openOrCreateStore(join(dir, 'new.csv'))).rejects.toThrow(/names a data file/);
  });
});
