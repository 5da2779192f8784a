import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The SHA-256 of a file's bytes, in hex: the fingerprint printed with a table's version. */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
