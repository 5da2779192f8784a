import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { verifyAuditChain } from '../audit/verify-audit.js';
import { errorResponses, jsonOk, rowSchema } from '../http/api-schemas.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';

/** GET /api/audit: audit entries, newest first (supervisors). */
export const auditListRoute = secureRoute('audit:read', {
  method: 'get',
  path: '/api/audit',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      before: z.coerce.number().int().min(1).optional(),
      username: z.string().max(64).optional(),
      action: z.string().max(64).optional(),
    }),
  },
  responses: {
    200: jsonOk(z.object({ entries: z.array(rowSchema) }), 'Audit entries'),
    ...errorResponses,
  },
});

/** GET /api/audit/verify: checks the audit hash chain (supervisors). */
export const auditVerifyRoute = secureRoute('audit:read', {
  method: 'get',
  path: '/api/audit/verify',
  responses: {
    200: jsonOk(
      z.object({
        ok: z.boolean(),
        entries: z.number(),
        firstBreak: z
          .object({
            entryId: z.number(),
            check: z.string(),
            expected: z.string(),
            found: z.string(),
          })
          .nullable(),
      }),
      'The outcome of the chain check',
    ),
    ...errorResponses,
  },
});

/** The audit routes, for the route table. */
export const auditRoutes = [auditListRoute, auditVerifyRoute];

/** Adds the audit routes to the API. Reading the log is not itself audited. */
export function registerAuditRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(auditListRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json({ entries: await c.get('services').audit.list(query) }, 200);
  });

  api.openapi(auditVerifyRoute, async (c) =>
    c.json(await verifyAuditChain(c.get('services').store), 200),
  );
}
