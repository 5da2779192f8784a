import { readFileSync } from 'node:fs';
import { srcPath } from '../../core/paths.js';

const cache = new Map<string, string>();

/** The text of `src/server/sql/<name>.sql`, read once. */
export function serverSql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(srcPath('server', 'sql', `${name}.sql`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
