import type { MiddlewareHandler } from 'hono';
import { roleCan, type Permission } from '../auth/role.js';
import { sendError } from './api-error.js';
import { routeName } from './audit-request.js';
import type { ServerEnv } from './server-env.js';

/**
 * Guards a route: `public` passes; otherwise 401 without a session and 403 when the role
 * lacks the permission. Refusals of data routes are written to the audit log.
 */
export function requirePermission(permission: Permission): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    if (permission === 'public') return next();
    const user = c.get('user');
    if (user === null)
      return sendError(c, { code: 'FORBIDDEN', message: 'sign in first', status: 401 });
    if (roleCan(user.role, permission)) return next();
    await c.get('services').audit.append({
      userId: user.userId,
      username: user.username,
      role: user.role,
      action: 'access.denied',
      route: routeName(c),
      ids: { permission },
      purpose: null,
      outcome: 'denied',
    });
    return sendError(c, {
      code: 'FORBIDDEN',
      message: `your role may not use this (${permission})`,
    });
  };
}
