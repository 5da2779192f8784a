import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { generatePack } from '../../products/pack/generate-pack.js';
import { packFormats } from '../../products/pack/pack-settings.js';
import { loadPackSettings } from '../../products/pack/regional-settings.js';
import { buildVawgPack } from '../../products/pack/vawg-pack.js';
import { forceScope } from '../auth/role.js';
import { newPackFolder, packFileNames, packFileType, readPackFile } from '../data/pack-files.js';
import { errorResponses, forceSchema, jsonOk, purposeSchema } from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { currentUser } from '../http/load-session.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';
import { requireForces } from './force-access.js';

const packBody = z.object({
  force: forceSchema,
  meetingDate: z.iso.date('the TTCG meeting date as yyyy-mm-dd'),
  ranking: z.enum(['rfg', 'occurrences', 'harm']).optional(),
  formats: z
    .array(z.enum(packFormats as ['pdf', 'html', 'csv', 'xlsx']))
    .min(1)
    .max(4),
  purpose: purposeSchema,
});

const packResult = z.object({
  packId: z.string(),
  contentHash: z.string(),
  files: z.array(z.object({ name: z.string(), format: z.string(), url: z.string() })),
});

/**
 * POST /api/packs: generates a force's VAWG tasking pack for a meeting; audited. The person
 * pages show only the person records the caller may see (an analyst: their force's).
 */
export const packGenerateRoute = secureRoute('pack:generate', {
  method: 'post',
  path: '/api/packs',
  request: { body: { required: true, content: { 'application/json': { schema: packBody } } } },
  responses: { 200: jsonOk(packResult, 'The generated pack files'), ...errorResponses },
});

/** GET /api/packs/{packId}/files/{name}: downloads a file of a pack you generated; audited. */
export const packFileRoute = secureRoute('pack:generate', {
  method: 'get',
  path: '/api/packs/{packId}/files/{name}',
  request: {
    params: z.object({
      packId: z
        .string()
        .max(64)
        .openapi({ param: { name: 'packId', in: 'path' } }),
      name: z
        .string()
        .max(220)
        .openapi({ param: { name: 'name', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The pack file' },
    ...errorResponses,
    404: { description: 'No such pack file of yours' },
  },
});

/** The pack routes, for the route table. */
export const packRoutes = [packGenerateRoute, packFileRoute];

function formatOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** Adds the pack routes: the same generator (products/pack) as `toex packs generate`. */
export function registerPackRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(packGenerateRoute, async (c) => {
    const { force, meetingDate, ranking, formats, purpose } = c.req.valid('json');
    const user = currentUser(c);
    requireForces(user, [force]);
    const recordScope = forceScope(user);
    const services = c.get('services');
    const { packId, dir } = newPackFolder(user.userId);
    // The regional settings are the defaults; the request may choose the ranking.
    const settings = await loadPackSettings(
      services.store,
      ranking === undefined ? {} : { ranking },
    );
    const result = await services.exclusive(() =>
      generatePack(services.store, {
        force,
        meetingDate,
        settings,
        builder: buildVawgPack,
        recordScope,
        output: { outDir: dir, formats },
      }),
    );
    const files = packFileNames(dir).map((name) => ({
      name,
      format: formatOf(name),
      url: `/api/packs/${packId}/files/${encodeURIComponent(name)}`,
    }));
    await auditRequest(c, {
      action: 'pack.generate',
      ids: {
        force,
        meetingDate,
        packId,
        scope: recordScope,
        people: result.record.pages.map((p) => p.personId),
      },
      purpose,
      outcome: 'ok',
    });
    return c.json({ packId, contentHash: result.record.contentHash, files }, 200);
  });

  api.openapi(packFileRoute, async (c) => {
    const { packId, name } = c.req.valid('param');
    const data = readPackFile({ packId, name, userId: currentUser(c).userId });
    await auditRequest(c, { action: 'pack.download', ids: { packId, name }, outcome: 'ok' });
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(new Uint8Array(data), 200, { 'Content-Type': packFileType(name) });
  });
}
