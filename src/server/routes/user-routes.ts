import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { roles } from '../auth/role.js';
import { addUser, listUsers } from '../auth/user-store.js';
import { errorResponses, forceSchema, jsonOk } from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
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

/** The user routes, for the route table. */
export const userRoutes = [usersListRoute, usersAddRoute];

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
}
