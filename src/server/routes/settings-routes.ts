import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { maxMarkingLength } from '../../products/pack/pack-settings.js';
import {
  loadRegionalSettings,
  packSettingKeys,
  saveRegionalSettings,
} from '../../products/pack/regional-settings.js';
import { errorResponses, jsonOk } from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { currentUser } from '../http/load-session.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';

const rankingSchema = z.enum(['rfg', 'occurrences', 'harm']);
const monthsSchema = z.number().int('a whole number');

/** The pack settings; the rules (ranges, one-line marking) are packSettings()'s. */
const packSettingsSchema = z
  .strictObject({
    marking: z.string().max(maxMarkingLength, `at most ${maxMarkingLength} characters`),
    periodMonths: monthsSchema,
    exclusionMonths: monthsSchema,
    ranking: rankingSchema,
    suspectPages: monthsSchema,
    victimPages: monthsSchema,
  })
  .openapi('PackSettings');

const regionalSettingsSchema = z
  .object({
    settings: packSettingsSchema,
    entries: z.array(
      z.object({
        key: z.enum(packSettingKeys as [string, ...string[]]),
        value: z.union([z.string(), z.number()]),
        defaultValue: z.union([z.string(), z.number()]),
        changedBy: z.string().nullable(),
        changedAt: z.string().nullable().openapi({ description: 'UTC yyyy-mm-dd hh:mm:ss' }),
      }),
    ),
  })
  .openapi('RegionalSettings');

/** GET /api/settings: the regional settings and who set each (administrators). */
export const settingsGetRoute = secureRoute('settings:manage', {
  method: 'get',
  path: '/api/settings',
  responses: {
    200: jsonOk(regionalSettingsSchema, 'The regional settings'),
    ...errorResponses,
  },
});

/** PUT /api/settings: replaces the regional settings (administrators); audited. */
export const settingsPutRoute = secureRoute('settings:manage', {
  method: 'put',
  path: '/api/settings',
  request: {
    body: { required: true, content: { 'application/json': { schema: packSettingsSchema } } },
  },
  responses: {
    200: jsonOk(
      regionalSettingsSchema.extend({ changed: z.array(z.string()) }),
      'The stored settings, and the keys that changed',
    ),
    ...errorResponses,
  },
});

/** The settings routes, for the route table. */
export const settingsRoutes = [settingsGetRoute, settingsPutRoute];

/** Adds the regional settings routes: the same store module as `toex settings`. */
export function registerSettingsRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(settingsGetRoute, async (c) =>
    c.json(await loadRegionalSettings(c.get('services').store), 200),
  );

  api.openapi(settingsPutRoute, async (c) => {
    const values = c.req.valid('json');
    const store = c.get('services').store;
    const changed = await saveRegionalSettings(store, { values, by: currentUser(c).username });
    // The keys only: a setting's value is configuration, but it is free text.
    await auditRequest(c, { action: 'settings.update', ids: { changed }, outcome: 'ok' });
    return c.json({ ...(await loadRegionalSettings(store)), changed }, 200);
  });
}
