import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { findMafb, prepareVawgOccurrences } from '../../models/index.js';
import { errorResponses, forceSchema, jsonOk, purposeSchema } from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { currentUser } from '../http/load-session.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';
import { requireForces } from './force-access.js';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** GET /api/mafb: suspects who moved across a force boundary into `force`; audited. */
export const mafbRoute = secureRoute('data:person', {
  method: 'get',
  path: '/api/mafb',
  request: {
    query: z.object({
      force: forceSchema,
      periodEnd: z.iso.date('the period end as yyyy-mm-dd'),
      escalationMonths: z.coerce.number().int().min(1).max(60).optional(),
      minVawg: z.coerce.number().int().min(1).max(100).optional(),
      latestAddressOnly: flag.optional(),
      previousVawgInForce: flag.optional(),
      purpose: purposeSchema,
    }),
  },
  responses: {
    200: jsonOk(
      z.object({
        people: z.array(
          z.object({
            personId: z.string(),
            fromForce: z.string(),
            toForce: z.string(),
            movedOn: z.string(),
            vawgAllForces: z.number(),
            vawgInForce: z.number(),
            vawgInForceBeforeMove: z.number(),
            forcesWithVawg: z.number(),
          }),
        ),
      }),
      'MAFB suspects',
    ),
    ...errorResponses,
  },
});

/** The MAFB routes, for the route table. */
export const mafbRoutes = [mafbRoute];

/** Adds the MAFB route: the same model (models/mafb) as the profile and the pack. */
export function registerMafbRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(mafbRoute, async (c) => {
    const { force, periodEnd, purpose, ...options } = c.req.valid('query');
    requireForces(currentUser(c), [force]);
    const services = c.get('services');
    const store = services.store;
    const people = await services.exclusive(async () => {
      await prepareVawgOccurrences(store);
      return findMafb(store, { force, periodEnd }, withoutUndefined(options));
    });
    await auditRequest(c, {
      action: 'mafb.list',
      ids: { force, periodEnd, people: people.map((p) => p.personId) },
      purpose,
      outcome: 'ok',
    });
    return c.json({ people }, 200);
  });
}

function withoutUndefined<T extends object>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
