import type { MiddlewareHandler } from 'hono';
import type { ServerEnv } from './server-env.js';

/**
 * Logs one line per request: id, method, path without its query string, status, duration
 * and internal user id. Query strings and bodies (names, dates of birth, purposes) are never
 * logged; the audit log is where searches are recorded.
 */
export function requestLog(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    c.get('services').logger.info({
      reqId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
      user: c.get('user')?.userId ?? null,
    });
  };
}
