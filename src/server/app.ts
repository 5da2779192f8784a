import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { handleError, sendError, validationHook } from './http/api-error.js';
import { csrfGuard } from './http/csrf-guard.js';
import { loadSession } from './http/load-session.js';
import { requestLog } from './http/request-log.js';
import type { ServerEnv, ServerServices } from './http/server-env.js';
import { serveWebApp } from './http/static-web.js';
import { registerAuditRoutes } from './routes/audit-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerMafbRoutes } from './routes/mafb-routes.js';
import { registerPackRoutes } from './routes/pack-routes.js';
import { registerPairRoutes } from './routes/pair-routes.js';
import { registerPersonRoutes } from './routes/person-routes.js';
import { registerProfileRoutes } from './routes/profile-routes.js';
import { registerSettingsRoutes } from './routes/settings-routes.js';
import { registerUserRoutes } from './routes/user-routes.js';

/** The OpenAPI document's path. */
export const openApiPath = '/api/openapi.json';

/**
 * Builds the toex HTTP app: security headers, request ids and logs, then under /api/ the
 * body limit, CSRF guard, session, and the routes of the route table; then the web app.
 */
export function createApp(services: ServerServices): OpenAPIHono<ServerEnv> {
  const app = new OpenAPIHono<ServerEnv>({ defaultHook: validationHook });
  app.onError(handleError);
  app.use('*', requestId({ limitLength: 64 }), async (c, next) => {
    c.set('services', services);
    c.set('user', null);
    await next();
  });
  app.use('*', requestLog(), secureHeaders(securityHeaders));
  app.use('/api/*', bodyLimit({ maxSize: services.settings.maxBodyBytes, onError: tooLarge }));
  app.use('/api/*', csrfGuard(), loadSession());

  registerAuthRoutes(app);
  registerPersonRoutes(app);
  registerPairRoutes(app);
  registerMafbRoutes(app);
  registerProfileRoutes(app);
  registerPackRoutes(app);
  registerAuditRoutes(app);
  registerUserRoutes(app);
  registerSettingsRoutes(app);
  app.doc31(openApiPath, {
    openapi: '3.1.0',
    info: { title: 'toex analysts API', version: '1' },
  });
  app.all('/api/*', (c) => sendError(c, { code: 'NOT_FOUND', message: 'no such API route' }));

  serveWebApp(app, services.settings.webRoot);
  return app;
}

const securityHeaders = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  strictTransportSecurity: 'max-age=31536000',
};

function tooLarge(c: Parameters<typeof sendError>[0]): Response {
  return sendError(c, { code: 'INVALID_VALUE', message: 'request body too large', status: 413 });
}
