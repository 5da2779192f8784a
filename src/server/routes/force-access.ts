import { ToexError } from '../../core/errors.js';
import { forceScope, noForceScope, type SessionUser } from '../auth/role.js';

/**
 * Checks that `user` may see person-level data of every force in `forces`. An analyst asking
 * for another force's list gets FORBIDDEN: the force is named in the request, so refusing
 * reveals nothing about any person. An analyst whose account names no force is refused
 * every force.
 */
export function requireForces(user: SessionUser, forces: readonly string[]): void {
  const scope = forceScope(user);
  if (scope === null) return;
  const other = forces.find((f) => f !== scope);
  if (other === undefined) return;
  if (scope === noForceScope)
    throw new ToexError(
      'FORBIDDEN',
      'your analyst account names no force, so it sees no person-level data; ask an administrator to set its force',
    );
  throw new ToexError('FORBIDDEN', `your account sees person-level data of ${scope} only`);
}
