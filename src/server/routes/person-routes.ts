import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isToexError } from '../../core/errors.js';
import { forceScope } from '../auth/role.js';
import { csvText } from '../data/csv-text.js';
import { readPersonPage } from '../data/person-page.js';
import { searchPersons } from '../data/person-search.js';
import { errorResponses, jsonOk, personIdSchema, purposeSchema } from '../http/api-schemas.js';
import { personPageSchema } from '../http/person-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { currentUser } from '../http/load-session.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';

const notFound = { 404: { description: 'No such person in the forces the reader may see' } };

const searchQuery = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    dob: z.iso.date('a date of birth as yyyy-mm-dd').optional(),
    ref: z.string().trim().min(1).max(100).optional(),
    minScore: z.coerce.number().min(0.5).max(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    purpose: purposeSchema,
  })
  .refine(
    (q) => q.name ?? q.dob ?? q.ref,
    'give a name, a date of birth (dob) or a reference (ref)',
  );

const hitSchema = z.object({
  personId: z.string(),
  force: z.string(),
  personRef: z.string(),
  surname: z.string().nullable(),
  forenames: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  gender: z.string().nullable(),
  nameScore: z.number().nullable(),
});

/** GET /api/persons/search: person records by name, date of birth or reference; audited. */
export const searchRoute = secureRoute('data:person', {
  method: 'get',
  path: '/api/persons/search',
  request: { query: searchQuery },
  responses: {
    200: jsonOk(z.object({ hits: z.array(hitSchema) }), 'Matching records'),
    ...errorResponses,
  },
});

const pageQuery = z.object({
  purpose: purposeSchema,
  from: z.iso.date('the period start as yyyy-mm-dd').optional(),
  to: z.iso.date('the period end as yyyy-mm-dd').optional(),
});

/**
 * GET /api/persons/{personId}: the person page, within the reader's scope: the pack's
 * person page (figures, R, F and G for the period, victims, occurrences, charts) and the
 * records, evidence, links and addresses. Period default: the last six complete months of
 * the data. Audited, needs a purpose.
 */
export const personRoute = secureRoute('data:person', {
  method: 'get',
  path: '/api/persons/{personId}',
  request: { params: z.object({ personId: personIdSchema }), query: pageQuery },
  responses: { 200: jsonOk(personPageSchema, 'The person page'), ...errorResponses, ...notFound },
});

/** GET /api/persons/{personId}/export: the person's records and occurrences as CSV; audited. */
export const exportRoute = secureRoute('pack:generate', {
  method: 'get',
  path: '/api/persons/{personId}/export',
  request: {
    params: z.object({ personId: personIdSchema }),
    query: z.object({
      purpose: purposeSchema,
      part: z.enum(['records', 'occurrences']).default('occurrences'),
    }),
  },
  responses: {
    200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses,
    ...notFound,
  },
});

/** The person routes, for the route table. */
export const personRoutes = [searchRoute, personRoute, exportRoute];

/** Adds the person routes to the API. */
export function registerPersonRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(searchRoute, async (c) => {
    const { purpose, ...search } = c.req.valid('query');
    const force = forceScope(currentUser(c));
    const hits = await searchPersons(c.get('services').store, { search, force });
    await auditRequest(c, {
      action: 'person.search',
      ids: { ...criteria(search), scope: force, hits: hits.length },
      purpose,
      outcome: 'ok',
    });
    return c.json({ hits }, 200);
  });

  api.openapi(personRoute, async (c) => {
    const { personId } = c.req.valid('param');
    const { purpose, from, to } = c.req.valid('query');
    const page = await auditedRead(c, { action: 'person.view', personId, purpose, from, to });
    return c.json(page, 200);
  });

  api.openapi(exportRoute, async (c) => {
    const { personId } = c.req.valid('param');
    const { purpose, part } = c.req.valid('query');
    const page = await auditedRead(c, { action: 'person.export', personId, purpose });
    c.header('Content-Disposition', `attachment; filename="person-${part}.csv"`);
    const csv = part === 'records' ? csvText(page.records) : csvText(page.occurrences);
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
}

/** Reads a person page within the user's scope and audits it, found or not. */
async function auditedRead(
  c: Context<ServerEnv>,
  read: { action: string; personId: string; purpose: string; from?: string; to?: string },
) {
  const force = forceScope(currentUser(c));
  const ids = { personId: read.personId, scope: force };
  try {
    const page = await readPersonPage(c.get('services'), {
      personId: read.personId,
      force,
      from: read.from,
      to: read.to,
      today: new Date().toISOString().slice(0, 10),
    });
    await auditRequest(c, { action: read.action, ids, purpose: read.purpose, outcome: 'ok' });
    return page;
  } catch (error) {
    if (isToexError(error, 'NOT_FOUND'))
      await auditRequest(c, {
        action: read.action,
        ids,
        purpose: read.purpose,
        outcome: 'not-found',
      });
    throw error;
  }
}

function criteria(search: {
  name?: string | undefined;
  dob?: string | undefined;
  ref?: string | undefined;
}) {
  return { name: search.name ?? null, dob: search.dob ?? null, ref: search.ref ?? null };
}
