import { ToexError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import type { Role, SessionUser } from './role.js';
import { findUserById, type AppUser } from './user-store.js';

/** What an administrator may change of an account; absent fields stay as they are. */
export interface UserChange {
  disabled?: boolean;
  role?: Role;
  /** The force an analyst sees; null for the other roles. */
  force?: string | null;
}

/** A request to change an account: who asks, which account, and what changes. */
export interface UserUpdate {
  actor: SessionUser;
  userId: string;
  change: UserChange;
}

/** The account after a change, and whether its sessions were ended. */
export interface UpdatedUser {
  user: AppUser;
  sessionsEnded: boolean;
}

/**
 * Disables, enables or re-roles an account. Disabling it or changing its role or force ends
 * its sessions, so the change holds from the next request (OWASP: renew a session when its
 * privileges change). An administrator cannot disable themself or give up their own role,
 * which also keeps one active administrator at all times. NOT_FOUND for an unknown id.
 */
export async function updateUser(store: Store, update: UserUpdate): Promise<UpdatedUser> {
  const target = await findUserById(store, update.userId);
  if (target === null)
    throw new ToexError('NOT_FOUND', 'no account has that id; list accounts with GET /api/users');
  checkNotSelfLockout(update);
  const next = nextAccount(target, update.change);

  const privilegesChanged =
    next.role !== target.role || next.force !== target.force || (next.disabled && !target.disabled);
  await store.transaction(async () => {
    await store.run('UPDATE app_user SET role = ?, force = ?, disabled = ? WHERE user_id = ?', [
      next.role,
      next.force,
      next.disabled,
      target.userId,
    ]);
    if (privilegesChanged)
      await store.run('DELETE FROM app_session WHERE user_id = ?', [target.userId]);
  });
  return { user: { ...target, ...next }, sessionsEnded: privilegesChanged };
}

function checkNotSelfLockout({ actor, userId, change }: UserUpdate): void {
  if (actor.userId !== userId) return;
  if (change.disabled === true)
    throw new ToexError(
      'FORBIDDEN',
      'you cannot disable your own account; ask another administrator',
    );
  if (change.role !== undefined && change.role !== actor.role)
    throw new ToexError('FORBIDDEN', 'you cannot change your own role; ask another administrator');
}

/** The account's role, force and state after `change`, checked as a new account is. */
function nextAccount(target: AppUser, change: UserChange) {
  const role = change.role ?? target.role;
  // Leaving the analyst role drops the force; an analyst keeps theirs unless given another.
  const force =
    change.force !== undefined ? change.force : role === 'analyst' ? target.force : null;
  if (role === 'analyst' && !force)
    throw new ToexError(
      'INVALID_VALUE',
      'an analyst needs a force: the force whose records they see',
    );
  if (role !== 'analyst' && force)
    throw new ToexError('INVALID_VALUE', `a ${role} sees every force; leave the force out`);
  return { role, force, disabled: change.disabled ?? target.disabled };
}
