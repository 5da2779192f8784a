import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The SHA-256 of an extract's files: each file's name and bytes, in the order given (sorted
 * by the caller). Loading an extract whose hash is already stored for the force is a no-op.
 */
export function contentHash(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${basename(path)}\n`);
    hash.update(readFileSync(path));
    hash.update('\n');
  }
  return hash.digest('hex');
}
