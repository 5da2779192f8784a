import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { buildProfile } from '../../products/profile/build-profile.js';
import type { VawgProfile } from '../../products/profile/profile-types.js';
import { forceScope } from '../auth/role.js';
import { cachedProfile } from '../data/profile-cache.js';
import {
  errorResponses,
  forceSchema,
  jsonOk,
  purposeSchema,
  rowSchema,
} from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { currentUser } from '../http/load-session.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';

const list = (item: z.ZodString) =>
  z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    )
    .pipe(z.array(item).max(20));
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * GET /api/profile: the VAWG profile of one or more forces (comma-separated), built by the
 * same product code as the packs (products/profile) and kept in memory per force and options
 * (data/profile-cache). An analyst gets person-level lists (suspects, victims, MAFB) for
 * their own force only; other forces come as aggregates.
 */
export const profileRoute = secureRoute('data:aggregate', {
  method: 'get',
  path: '/api/profile',
  request: {
    query: z.object({
      forces: list(forceSchema),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      locationInclude: list(z.string().max(100)).optional(),
      locationExclude: list(z.string().max(100)).optional(),
      top: z.coerce.number().int().min(1).max(100).optional(),
      mafbEscalationMonths: z.coerce.number().int().min(1).max(60).optional(),
      mafbMinVawg: z.coerce.number().int().min(1).max(100).optional(),
      mafbLatestAddressOnly: flag.optional(),
      mafbPreviousVawgInForce: flag.optional(),
      purpose: purposeSchema,
    }),
  },
  responses: {
    200: jsonOk(z.object({ profiles: z.array(rowSchema) }), 'One profile per force'),
    ...errorResponses,
  },
});

/** The profile routes, for the route table. */
export const profileRoutes = [profileRoute];

type ProfileQuery = z.infer<typeof profileRoute.request.query>;

function profileOptions(q: ProfileQuery, force: string) {
  const mafb = Object.fromEntries(
    Object.entries({
      escalationMonths: q.mafbEscalationMonths,
      minVawg: q.mafbMinVawg,
      latestAddressOnly: q.mafbLatestAddressOnly,
      previousVawgInForce: q.mafbPreviousVawgInForce,
    }).filter(([, v]) => v !== undefined),
  );
  return {
    force,
    mafb,
    ...(q.from === undefined ? {} : { from: q.from }),
    ...(q.to === undefined ? {} : { to: q.to }),
    ...(q.locationInclude === undefined ? {} : { locationTypesInclude: q.locationInclude }),
    ...(q.locationExclude === undefined ? {} : { locationTypesExclude: q.locationExclude }),
    ...(q.top === undefined ? {} : { top: q.top }),
  };
}

/** Drops person-level lists from a profile the reader may see only as aggregates. */
function aggregatesOnly(profile: VawgProfile): Omit<VawgProfile, 'mafb' | 'suspects' | 'victims'> {
  const copy: Partial<VawgProfile> = { ...profile };
  delete copy.mafb;
  delete copy.suspects;
  delete copy.victims;
  return copy as Omit<VawgProfile, 'mafb' | 'suspects' | 'victims'>;
}

/** Adds the profile route to the API. */
export function registerProfileRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(profileRoute, async (c) => {
    const query = c.req.valid('query');
    const scope = forceScope(currentUser(c));
    const services = c.get('services');
    const profiles = [];
    for (const force of query.forces) {
      const options = profileOptions(query, force);
      const profile = await cachedProfile(services.store, options, () =>
        services.exclusive(() => buildProfile(services.store, options)),
      );
      profiles.push(scope === null || scope === force ? profile : aggregatesOnly(profile));
    }
    await auditRequest(c, {
      action: 'profile.view',
      ids: {
        forces: query.forces,
        personLists: query.forces.filter((f) => scope === null || f === scope),
      },
      purpose: query.purpose,
      outcome: 'ok',
    });
    return c.json({ profiles: profiles }, 200);
  });
}
