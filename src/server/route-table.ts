import { auditRoutes } from './routes/audit-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { mafbRoutes } from './routes/mafb-routes.js';
import { packRoutes } from './routes/pack-routes.js';
import { pairRoutes } from './routes/pair-routes.js';
import { personRoutes } from './routes/person-routes.js';
import { profileRoutes } from './routes/profile-routes.js';
import { settingsRoutes } from './routes/settings-routes.js';
import { userRoutes } from './routes/user-routes.js';
import type { RouteTableRow } from './http/secure-route.js';

/**
 * Every API route with the permission it needs. The role-matrix test walks this table with
 * every role, and checks that the app serves no route missing from it.
 */
export const routeTable: readonly RouteTableRow[] = [
  ...authRoutes,
  ...personRoutes,
  ...pairRoutes,
  ...mafbRoutes,
  ...profileRoutes,
  ...packRoutes,
  ...auditRoutes,
  ...userRoutes,
  ...settingsRoutes,
].map((r) => ({ method: r.method.toUpperCase(), path: r.path, permission: r.permission }));
