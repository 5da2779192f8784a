import { readFileSync } from 'node:fs';
import { srcPath } from '../../core/paths.js';

const cache = new Map<string, string>();

/** The text of one pack SQL step, `src/products/pack/sql/<name>.sql`, read once. */
export function packSql(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const text = readFileSync(srcPath('products', 'pack', 'sql', `${name}.sql`), 'utf8');
  cache.set(name, text);
  return text;
}
