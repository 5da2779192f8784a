import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file: `src/core/` when run by the tests, `dist/core/`
 * once compiled. Data files (`data/`) and SQL files (`src/.../sql/`) are read from here.
 */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path inside the repository's `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(repoRoot, 'data', ...parts);
}

/** A path inside the repository's `src/` folder (SQL files live beside their modules). */
export function srcPath(...parts: string[]): string {
  return join(repoRoot, 'src', ...parts);
}
