import type { Store } from '../../store/store.js';
import { decoyHash, verifyPassword } from './password-hash.js';
import type { SessionUser } from './role.js';
import { findUserByName } from './user-store.js';

/** What a user presents to sign in. An OIDC provider would take a code instead. */
export interface Credentials {
  username: string;
  password: string;
}

/**
 * Who may sign in, and as whom. The local provider checks scrypt hashes in app_user; an
 * external provider (OIDC) would implement the same contract and map its claims to an
 * app_user row whose identity_provider names it, so roles and forces stay in toex.
 */
export interface IdentityProvider {
  /** The provider's name, as stored in app_user.identity_provider. */
  readonly name: string;
  /** The user these credentials prove, or null; never says which part was wrong. */
  authenticate(credentials: Credentials): Promise<SessionUser | null>;
}

/** Local accounts: username and password checked against app_user in the store. */
export class LocalIdentityProvider implements IdentityProvider {
  readonly name = 'local';

  constructor(private readonly store: Store) {}

  async authenticate(credentials: Credentials): Promise<SessionUser | null> {
    const found = await findUserByName(this.store, credentials.username);
    const usable =
      found !== null && !found.user.disabled && found.user.identityProvider === 'local';
    // Verify against a decoy when the account is unknown, so timing does not reveal it.
    const hash = usable && found.passwordHash !== null ? found.passwordHash : decoyHash;
    const ok = await verifyPassword(credentials.password, hash);
    if (!ok || !usable) return null;
    const { userId, username, role, force } = found.user;
    return { userId, username, role, force };
  }
}
