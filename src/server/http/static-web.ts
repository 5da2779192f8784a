import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { ServerEnv } from './server-env.js';

/**
 * Serves the built web app from `webRoot` when it exists: its files, and index.html for any
 * other GET outside /api/ so client-side routes load. Returns false when there is no build.
 */
export function serveWebApp(app: Hono<ServerEnv>, webRoot: string): boolean {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return false;
  const html = readFileSync(index, 'utf8');
  app.use('/*', serveStatic({ root: relative(process.cwd(), webRoot) || '.' }));
  app.get('/*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    return c.html(html);
  });
  return true;
}
