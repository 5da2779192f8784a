import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sendError } from './api-error.js';
import { csrfCookie, csrfHeader } from './cookies.js';
import type { ServerEnv } from './server-env.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for state-changing requests, in two layers: cookies are SameSite=Strict, and
 * the request must carry a double-submit token (the X-CSRF-Token header equal to the
 * toex_csrf cookie, which another site can neither read nor set on a SameSite=Strict,
 * host-only cookie). A cross-origin Origin header is refused outright. Sign-in is covered
 * too, against login CSRF.
 */
export function csrfGuard(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && !sameOrigin(origin, c.req.header('host')))
      return sendError(c, { code: 'FORBIDDEN', message: 'cross-origin request refused' });
    if (!tokensMatch(getCookie(c, csrfCookie), c.req.header(csrfHeader)))
      return sendError(c, {
        code: 'FORBIDDEN',
        message: 'missing or wrong CSRF token; GET /api/auth/csrf and send it in X-CSRF-Token',
      });
    return next();
  };
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function tokensMatch(cookie: string | undefined, header: string | undefined): boolean {
  if (!cookie || !header || cookie.length !== header.length) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}
