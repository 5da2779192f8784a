import { ToexError } from '../../core/errors.js';
import { forceScope, type SessionUser } from '../auth/role.js';

/**
 * Checks that `user` may see person-level data of every force in `forces`. An analyst asking
 * for another force's list gets FORBIDDEN: the force is named in the request, so refusing
 * reveals nothing about any person.
 */
export function requireForces(user: SessionUser, forces: readonly string[]): void {
  const scope = forceScope(user);
  if (scope === null) return;
  const other = forces.find((f) => f !== scope);
  if (other !== undefined)
    throw new ToexError('FORBIDDEN', `your account sees person-level data of ${scope} only`);
}
