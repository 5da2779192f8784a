import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { ServerEnv } from './server-env.js';

/** Cookie holding the session id: HttpOnly, so page scripts never see it. */
export const sessionCookie = 'toex_session';

/** Cookie holding the CSRF token: readable by the web app, which echoes it in a header. */
export const csrfCookie = 'toex_csrf';

/** Header the web app sends the CSRF token back in, on every state-changing request. */
export const csrfHeader = 'x-csrf-token';

/**
 * Sets a cookie with toex's attributes: SameSite=Strict, Path=/, Secure unless the server
 * runs with secure cookies off (plain-http loopback development only).
 */
export function setToexCookie(
  c: Context<ServerEnv>,
  cookie: { name: string; value: string; httpOnly: boolean; maxAgeSeconds?: number },
): void {
  setCookie(c, cookie.name, cookie.value, {
    httpOnly: cookie.httpOnly,
    secure: c.get('services').settings.secureCookies,
    sameSite: 'Strict',
    path: '/',
    ...(cookie.maxAgeSeconds === undefined ? {} : { maxAge: cookie.maxAgeSeconds }),
  });
}

/** Clears the session cookie (sign-out). */
export function clearSessionCookie(c: Context<ServerEnv>): void {
  deleteCookie(c, sessionCookie, {
    path: '/',
    secure: c.get('services').settings.secureCookies,
    sameSite: 'Strict',
  });
}
