import type { Context, MiddlewareHandler } from 'hono';
import { ToexError } from '../../core/errors.js';
import type { SessionUser } from '../auth/role.js';
import { getCookie } from 'hono/cookie';
import { sessionCookie } from './cookies.js';
import type { ServerEnv } from './server-env.js';

/** Sets `user` from the session cookie (null without a live session). */
export function loadSession(): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    const id = getCookie(c, sessionCookie);
    const user = id ? await c.get('services').sessions.resolve(id) : null;
    c.set('user', user);
    await next();
  };
}

/** The signed-in user of a guarded route; INTERNAL if a route forgot its guard. */
export function currentUser(c: Context<ServerEnv>): SessionUser {
  const user = c.get('user');
  if (user === null) throw new ToexError('INTERNAL', 'a guarded route was reached without a user');
  return user;
}
