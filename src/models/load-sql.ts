import { readFileSync } from 'node:fs';
import { srcPath } from '../core/paths.js';

const cache = new Map<string, string>();

/**
 * The text of one SQL step file, `src/<stage>/sql/<name>.sql`, read once and cached.
 * Steps take bound parameters (`$force`, `$from`, ...); values are never spliced in.
 */
export function loadSql(stage: 'models' | 'products', name: string): string {
  const key = `${stage}/${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const text = readFileSync(srcPath(stage, 'sql', `${name}.sql`), 'utf8');
  cache.set(key, text);
  return text;
}
