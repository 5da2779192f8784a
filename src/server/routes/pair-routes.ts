import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isToexError } from '../../core/errors.js';
import { forceScope } from '../auth/role.js';
import { readPairExplanation, type PairExplanationRequest } from '../data/pair-explanation.js';
import { errorResponses, jsonOk, personIdSchema } from '../http/api-schemas.js';
import { auditRequest } from '../http/audit-request.js';
import { currentUser } from '../http/load-session.js';
import { pairExplanationSchema, pairQuerySchema } from '../http/pair-schemas.js';
import { secureRoute } from '../http/secure-route.js';
import type { ServerEnv } from '../http/server-env.js';

const notFound = {
  404: {
    description:
      'No such pair of records of the person in the forces the reader may see, or no model',
  },
};

/**
 * GET /api/persons/{personId}/pairs/explain?a=&b=: why two records of a person score as they
 * do under the latest resolution model: each comparison's level and weight, the prior, the
 * total match weight (log2 odds), the probability (0 to 1) and any analyst decision. Both
 * records must be the person's and within the reader's scope. Audited, needs a purpose.
 */
export const explainPairRoute = secureRoute('data:person', {
  method: 'get',
  path: '/api/persons/{personId}/pairs/explain',
  request: { params: z.object({ personId: personIdSchema }), query: pairQuerySchema },
  responses: {
    200: jsonOk(pairExplanationSchema, 'The pair’s explanation'),
    ...errorResponses,
    ...notFound,
  },
});

/** The record-pair routes, for the route table. */
export const pairRoutes = [explainPairRoute];

/** Adds the record-pair routes to the API. */
export function registerPairRoutes(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(explainPairRoute, async (c) => {
    const { personId } = c.req.valid('param');
    const { a, b, purpose } = c.req.valid('query');
    const request = { personId, recordA: a, recordB: b, force: forceScope(currentUser(c)) };
    const explanation = await auditedExplain(c, { request, purpose });
    return c.json(explanation, 200);
  });
}

/** Explains a pair within the user's scope and audits it (ids only), found or not. */
async function auditedExplain(
  c: Context<ServerEnv>,
  read: { request: PairExplanationRequest; purpose: string },
) {
  const { personId, recordA, recordB, force } = read.request;
  const ids = { personId, records: [recordA, recordB].sort(), scope: force };
  const audit = (outcome: 'ok' | 'not-found') =>
    auditRequest(c, { action: 'pair.explain', ids, purpose: read.purpose, outcome });
  try {
    const explanation = await readPairExplanation(c.get('services'), read.request);
    await audit('ok');
    return explanation;
  } catch (error) {
    if (isToexError(error, 'NOT_FOUND')) await audit('not-found');
    throw error;
  }
}
