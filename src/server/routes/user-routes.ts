import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isToexError } from '../../core/errors.js';
import type { JsonValue } from '../audit/canonical-json.js';
import { roles } from '../auth/role.js';
import { addUser, listUsers } from '../auth/user-store.js';
import { updateUser, type UserChange } from '../auth/user-update.js';
import { errorResponses, forceSchema, jsonOk } from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { currentUser } from '../http/load-session.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';

const userSchema = z.object({
  userId: z.string(),
  username: z.string(),
  role: z.enum(roles),
  force: z.string().nullable(),
  identityProvider: z.string(),
  createdAt: z.string(),
  disabled: z.boolean(),
});

/** GET /api/users: every account (administrators). */
export const usersListRoute = secureRoute('users:manage', {
  method: 'get',
  path: '/api/users',
  responses: {
    200: jsonOk(z.object({ users: z.array(userSchema) }), 'Accounts'),
    ...errorResponses,
  },
});

/** POST /api/users: creates a local account (administrators); audited. */
export const usersAddRoute = secureRoute('users:manage', {
  method: 'post',
  path: '/api/users',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            username: z.string().min(3).max(64),
            role: z.enum(roles),
            force: forceSchema.optional(),
            password: z.string().min(12).max(1024),
          }),
        },
      },
    },
  },
  responses: {
    201: jsonOk(z.object({ userId: z.string() }), 'Created'),
    ...errorResponses,
    409: { description: 'Username taken' },
  },
});

const userChangeSchema = z
  .strictObject({
    disabled: z.boolean().optional(),
    role: z.enum(roles).optional(),
    force: forceSchema.nullable().optional(),
  })
  .refine((change) => Object.values(change).some((v) => v !== undefined), {
    message: 'say what to change: disabled, role or force',
  });

/** PATCH /api/users/{userId}: disables, enables or re-roles an account (administrators). */
export const usersUpdateRoute = secureRoute('users:manage', {
  method: 'patch',
  path: '/api/users/{userId}',
  request: {
    params: z.object({
      userId: z
        .string()
        .min(1)
        .max(64)
        .openapi({ param: { name: 'userId', in: 'path' } }),
    }),
    body: { required: true, content: { 'application/json': { schema: userChangeSchema } } },
  },
  responses: {
    200: jsonOk(
      z.object({ user: userSchema, sessionsEnded: z.boolean() }),
      'The changed account; its sessions end when it is disabled or its role changes',
    ),
    ...errorResponses,
    404: { description: 'No such account' },
  },
});

/** The user routes, for the route table. */
export const userRoutes = [usersListRoute, usersAddRoute, usersUpdateRoute];

/** Audits an account change: ids and the change (roles, force codes), never a name. */
function auditUpdate(
  c: Context<ServerEnv>,
  facts: { userId: string; change: UserChange; outcome: 'ok' | 'denied' | 'not-found' },
) {
  const { userId, change, outcome } = facts;
  const ids: Record<string, JsonValue> = { userId };
  if (change.disabled !== undefined) ids['disabled'] = change.disabled;
  if (change.role !== undefined) ids['role'] = change.role;
  if (change.force !== undefined) ids['force'] = change.force;
  return auditRequest(c, { action: 'user.update', ids, outcome });
}

/** Adds the account routes to the API. */
export function registerUserRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(usersListRoute, async (c) =>
    c.json({ users: await listUsers(c.get('services').store) }, 200),
  );

  api.openapi(usersAddRoute, async (c) => {
    const body = c.req.valid('json');
    const userId = await addUser(c.get('services').store, body);
    await auditRequest(c, {
      action: 'user.add',
      ids: { userId, role: body.role, force: body.force ?? null },
      outcome: 'ok',
    });
    return c.json({ userId }, 201);
  });

  api.openapi(usersUpdateRoute, async (c) => {
    const { userId } = c.req.valid('param');
    const change = c.req.valid('json');
    try {
      const updated = await updateUser(c.get('services').store, {
        actor: currentUser(c),
        userId,
        change,
      });
      await auditUpdate(c, { userId, change, outcome: 'ok' });
      return c.json(updated, 200);
    } catch (error) {
      if (isToexError(error, 'FORBIDDEN') || isToexError(error, 'NOT_FOUND')) {
        const outcome = error.code === 'FORBIDDEN' ? 'denied' : 'not-found';
        await auditUpdate(c, { userId, change, outcome });
      }
      throw error;
    }
  });
}
