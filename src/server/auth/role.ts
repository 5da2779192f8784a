/** The roles a toex account can hold. */
export const roles = ['analyst', 'regional-analyst', 'supervisor', 'administrator'] as const;

/** One role: analyst (own force), regional-analyst (all forces), supervisor, administrator. */
export type Role = (typeof roles)[number];

/**
 * What a route needs. `public` needs no session; `session` any signed-in user;
 * `data:person` person-level records (search, person page, person lists);
 * `data:aggregate` counts and rates; `pack:generate` packs and exports;
 * `audit:read` the audit log; `users:manage` accounts; `settings:manage` the regional
 * settings (the defaults of every pack).
 */
export const permissions = [
  'public',
  'session',
  'data:person',
  'data:aggregate',
  'pack:generate',
  'audit:read',
  'users:manage',
  'settings:manage',
] as const;

/** One permission of the route table. */
export type Permission = (typeof permissions)[number];

const dataReader: readonly Permission[] = [
  'public',
  'session',
  'data:person',
  'data:aggregate',
  'pack:generate',
];

/** Which permissions each role holds. Administrators manage users and settings, see no data. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  analyst: dataReader,
  'regional-analyst': dataReader,
  supervisor: [...dataReader, 'audit:read'],
  administrator: ['public', 'session', 'users:manage', 'settings:manage'],
};

/** True when `role` holds `permission`. */
export function roleCan(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** True when `value` names a role. */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** A signed-in user as the server sees them. `force` is set for analysts only. */
export interface SessionUser {
  userId: string;
  username: string;
  role: Role;
  force: string | null;
}

/**
 * The scope of an analyst whose account names no force: not a force code (those are
 * lower-case letters, digits and hyphens), so it matches no record and no force.
 */
export const noForceScope = '(no force)';

/**
 * The forces whose person-level records `user` may see: one force for an analyst, `null`
 * (every force) for the regional roles. Fails closed: an analyst with no force gets
 * `noForceScope`, which matches nothing, so they see no person-level data at all.
 */
export function forceScope(user: SessionUser): string | null {
  if (user.role !== 'analyst') return null;
  return user.force === null || user.force === '' ? noForceScope : user.force;
}
