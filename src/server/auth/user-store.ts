import { randomUUID } from 'node:crypto';
import { ToexError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import { hashPassword, type ScryptCost } from './password-hash.js';
import { isRole, type Role, type SessionUser } from './role.js';

/** An account as listed to administrators (never with its password hash). */
export interface AppUser extends SessionUser {
  identityProvider: string;
  createdAt: string;
  disabled: boolean;
}

/** What `addUser` needs. `password` is required for local accounts. */
export interface NewUser {
  username: string;
  role: Role;
  force?: string | null;
  password?: string;
  identityProvider?: string;
  cost?: ScryptCost;
}

interface AppUserRow {
  user_id: string;
  username: string;
  role: string;
  force: string | null;
  identity_provider: string;
  password_hash: string | null;
  created_at: string;
  disabled: boolean;
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** Checks the rules of a new account; throws INVALID_VALUE naming the rule broken. */
export function checkNewUser(user: NewUser): void {
  if (!usernamePattern.test(user.username))
    throw new ToexError('INVALID_VALUE', 'the username must be 3-64 of a-z 0-9 . _ -, lower case');
  if (user.role === 'analyst' && !user.force)
    throw new ToexError(
      'INVALID_VALUE',
      'an analyst needs --force: the force whose records they see',
    );
  if (user.role !== 'analyst' && user.force)
    throw new ToexError('INVALID_VALUE', `a ${user.role} sees every force; drop --force`);
  const local = (user.identityProvider ?? 'local') === 'local';
  if (local && (user.password ?? '').length < 12)
    throw new ToexError('INVALID_VALUE', 'the password must have at least 12 characters');
}

/** Creates an account; CONFLICT when the username is taken. Returns the new user id. */
export async function addUser(store: Store, user: NewUser): Promise<string> {
  checkNewUser(user);
  const taken = await store.query('SELECT 1 FROM app_user WHERE username = ?', [user.username]);
  if (taken.length > 0) throw new ToexError('CONFLICT', 'that username is taken; choose another');
  const provider = user.identityProvider ?? 'local';
  const hash = provider === 'local' ? await hashPassword(user.password ?? '', user.cost) : null;
  const userId = randomUUID();
  await store.run(
    `INSERT INTO app_user (user_id, username, role, force, identity_provider, password_hash, created_at)
     VALUES (?, ?, ?, ?, ?, ?, current_timestamp::TIMESTAMP)`,
    [userId, user.username, user.role, user.force ?? null, provider, hash],
  );
  return userId;
}

/** Every account, by username. */
export async function listUsers(store: Store): Promise<AppUser[]> {
  const rows = await store.query<AppUserRow>('SELECT * FROM app_user ORDER BY username');
  return rows.map(toAppUser);
}

/** The account with this username and its password hash, or null. */
export async function findUserByName(
  store: Store,
  username: string,
): Promise<{ user: AppUser; passwordHash: string | null } | null> {
  const rows = await store.query<AppUserRow>('SELECT * FROM app_user WHERE username = ?', [
    username,
  ]);
  const row = rows[0];
  return row === undefined ? null : { user: toAppUser(row), passwordHash: row.password_hash };
}

/** The account with this id, or null. */
export async function findUserById(store: Store, userId: string): Promise<AppUser | null> {
  const rows = await store.query<AppUserRow>('SELECT * FROM app_user WHERE user_id = ?', [userId]);
  const row = rows[0];
  return row === undefined ? null : toAppUser(row);
}

function toAppUser(row: AppUserRow): AppUser {
  if (!isRole(row.role))
    throw new ToexError('INTERNAL', `account ${row.user_id} has an unknown role`);
  return {
    userId: row.user_id,
    username: row.username,
    role: row.role,
    force: row.force,
    identityProvider: row.identity_provider,
    createdAt: row.created_at,
    disabled: row.disabled,
  };
}
