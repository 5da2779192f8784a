import { randomBytes } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { roles } from '../auth/role.js';
import { sendError } from '../http/api-error.js';
import { errorResponses, jsonOk } from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { clearSessionCookie, csrfCookie, sessionCookie, setToexCookie } from '../http/cookies.js';
import { currentUser } from '../http/load-session.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';
import { getCookie } from 'hono/cookie';

const userSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    role: z.enum(roles),
    force: z.string().nullable(),
  })
  .openapi('SessionUser');

/** GET /api/auth/csrf: issues the double-submit CSRF token (cookie and body). */
export const csrfRoute = secureRoute('public', {
  method: 'get',
  path: '/api/auth/csrf',
  responses: { 200: jsonOk(z.object({ csrfToken: z.string() }), 'The CSRF token') },
});

/** POST /api/auth/login: signs in with username and password; throttled. */
export const loginRoute = secureRoute('public', {
  method: 'post',
  path: '/api/auth/login',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            username: z.string().min(1).max(64),
            password: z.string().min(1).max(1024),
          }),
        },
      },
    },
  },
  responses: {
    200: jsonOk(z.object({ user: userSchema, csrfToken: z.string() }), 'Signed in'),
    ...errorResponses,
    429: { description: 'Too many failed attempts; see Retry-After' },
  },
});

/** POST /api/auth/logout: ends the session. */
export const logoutRoute = secureRoute('session', {
  method: 'post',
  path: '/api/auth/logout',
  responses: { 204: { description: 'Signed out' }, ...errorResponses },
});

/** GET /api/auth/me: the signed-in user. */
export const meRoute = secureRoute('session', {
  method: 'get',
  path: '/api/auth/me',
  responses: {
    200: jsonOk(z.object({ user: userSchema }), 'The signed-in user'),
    ...errorResponses,
  },
});

/** The auth routes, for the route table. */
export const authRoutes = [csrfRoute, loginRoute, logoutRoute, meRoute];

function issueCsrf(c: Context<ServerEnv>): string {
  const token = randomBytes(32).toString('base64url');
  setToexCookie(c, { name: csrfCookie, value: token, httpOnly: false });
  return token;
}

function clientAddress(c: Context<ServerEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Adds the auth routes to the API. */
export function registerAuthRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(csrfRoute, (c) =>
    c.json({ csrfToken: getCookie(c, csrfCookie) ?? issueCsrf(c) }, 200),
  );

  api.openapi(loginRoute, async (c) => {
    const { username, password } = c.req.valid('json');
    const { limiter, identity, sessions } = c.get('services');
    const keys = [`user:${username.toLowerCase()}`, `ip:${clientAddress(c)}`];
    const waitMs = limiter.retryAfterMs(keys);
    if (waitMs > 0) {
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)));
      return sendError(c, {
        code: 'FORBIDDEN',
        message: 'too many failed sign-ins; wait and try again',
        status: 429,
      });
    }
    const user = await identity.authenticate({ username, password });
    if (user === null) {
      limiter.fail(keys);
      await auditRequest(c, { action: 'auth.login', ids: { username }, outcome: 'denied' });
      return sendError(c, {
        code: 'FORBIDDEN',
        message: 'wrong username or password',
        status: 401,
      });
    }
    limiter.succeed(keys);
    const sessionId = await sessions.create(user.userId);
    setToexCookie(c, { name: sessionCookie, value: sessionId, httpOnly: true });
    c.set('user', user);
    await auditRequest(c, { action: 'auth.login', ids: {}, outcome: 'ok' });
    return c.json({ user, csrfToken: issueCsrf(c) }, 200);
  });

  api.openapi(logoutRoute, async (c) => {
    const id = getCookie(c, sessionCookie);
    if (id) await c.get('services').sessions.end(id);
    clearSessionCookie(c);
    await auditRequest(c, { action: 'auth.logout', ids: {}, outcome: 'ok' });
    return c.body(null, 204);
  });

  api.openapi(meRoute, (c) => c.json({ user: currentUser(c) }, 200));
}
