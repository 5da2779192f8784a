import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Permission } from '../auth/role.js';
import { requirePermission } from './require-permission.js';

/** A route of the API with the permission it needs: one row of the route table. */
export type SecureRoute<TConfig extends RouteConfig> = TConfig & { permission: Permission };

/**
 * Declares an API route and the permission it needs; the permission check runs before the
 * request is validated, so a refused caller learns nothing from validation errors.
 *
 * @example
 * const me = secureRoute('session', { method: 'get', path: '/api/auth/me', responses });
 */
export function secureRoute<const TConfig extends Omit<RouteConfig, 'middleware'>>(
  permission: Permission,
  config: TConfig,
) {
  const route = createRoute({ ...config, middleware: [requirePermission(permission)] as const });
  return Object.assign(route, { permission });
}

/** One row of the route table, as the role-matrix test walks it. */
export interface RouteTableRow {
  method: string;
  path: string;
  permission: Permission;
}
