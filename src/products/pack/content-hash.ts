import { createHash } from 'node:crypto';
import type { PackDocument } from '../document/pack-document.js';

/**
 * The sha256 (hex) of a pack's content with its generation time left out: the same data,
 * settings and meeting date give the same hash. Keys are sorted so object order cannot
 * change the hash.
 */
export function packContentHash(doc: PackDocument): string {
  const content = { ...doc, generatedAt: null };
  return createHash('sha256').update(stableJson(content)).digest('hex');
}

/** JSON with object keys sorted at every level. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    return Object.fromEntries(entries);
  });
}
