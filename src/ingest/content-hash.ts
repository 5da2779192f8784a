import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * The SHA-256 of an extract's files: each file's name and bytes, in the order given (sorted
 * by the caller). Loading an extract whose hash is already stored for the force is a no-op.
 */
export function contentHash(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${basename(path)}\n`);
    hashFile(hash, path);
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** Feeds a file's bytes to the hash in chunks (files may be larger than a Buffer should be). */
function hashFile(hash: Hash, path: string): void {
  const fd = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer))
      hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
