import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const goldenDir = join(import.meta.dirname, '..', '..', 'golden');

/** Removes the volatile parts of a rendered pack: generation time and chart element ids. */
export function normaliseHtml(html: string): string {
  return html
    .replace(/Generated: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} UTC/g, 'Generated: <time>')
    .replace(/(\d+\.\d{3})\d+/g, '$1');
}

/**
 * Compares `html` with `test/golden/<name>.html`. On a mismatch writes `<name>-changed.html`
 * beside it for a by-eye diff and returns false; a missing golden is written and passes once
 * (set UPDATE_GOLDEN=1 to rewrite goldens on purpose).
 */
export function matchesGolden(name: string, html: string): boolean {
  const golden = join(goldenDir, `${name}.html`);
  const changed = join(goldenDir, `${name}-changed.html`);
  const actual = normaliseHtml(html);
  if (!existsSync(golden) || process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(golden, actual);
    return true;
  }
  if (readFileSync(golden, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return true;
  }
  writeFileSync(changed, actual);
  return false;
}
