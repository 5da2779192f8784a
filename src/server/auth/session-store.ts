import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../../store/store.js';
import { isRole, type SessionUser } from './role.js';

/** Session lifetimes in milliseconds. */
export interface SessionPolicy {
  /** Longest a session lives from sign-in (default 8 hours: one shift). */
  absoluteMs: number;
  /** Longest a session lives without a request (default 30 minutes). */
  idleMs: number;
}

/** The default session policy. */
export const defaultSessionPolicy: SessionPolicy = {
  absoluteMs: 8 * 60 * 60 * 1000,
  idleMs: 30 * 60 * 1000,
};

/**
 * The idle clock is written at most this often (one minute), sparing a store write on
 * every request; an idle timeout can thus run up to a minute early.
 */
export const sessionTouchMs = 60 * 1000;

interface SessionRow {
  user_id: string;
  username: string;
  role: string;
  force: string | null;
  disabled: boolean;
  last_seen_ms: number;
  expires_ms: number;
}

/** sha256 of a session id, hex: the only form of the id the store keeps. */
export function sessionHash(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/**
 * Server-side sessions in app_session. Ids are 256 random bits (base64url); the store keeps
 * only their sha256. `now` is injectable so tests can move the clock.
 */
export class SessionStore {
  constructor(
    private readonly store: Store,
    private readonly policy: SessionPolicy = defaultSessionPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a session for `userId` and returns its id (to go in the cookie only). */
  async create(userId: string): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.run(
      `INSERT INTO app_session VALUES (?, ?, make_timestamp(?::BIGINT * 1000),
         make_timestamp(?::BIGINT * 1000), make_timestamp(?::BIGINT * 1000))`,
      [sessionHash(id), userId, now, now, now + this.policy.absoluteMs],
    );
    return id;
  }

  /** The user of a live session, touching its idle clock; null when absent or expired. */
  async resolve(sessionId: string): Promise<SessionUser | null> {
    const hash = sessionHash(sessionId);
    const rows = await this.store.query<SessionRow>(
      `SELECT u.user_id, u.username, u.role, u.force, u.disabled,
              epoch_ms(s.last_seen_at) AS last_seen_ms, epoch_ms(s.expires_at) AS expires_ms
       FROM app_session s JOIN app_user u USING (user_id) WHERE s.session_hash = ?`,
      [hash],
    );
    const row = rows[0];
    const now = this.now();
    if (row === undefined || !isRole(row.role) || row.disabled) return null;
    if (now >= row.expires_ms || now - row.last_seen_ms >= this.policy.idleMs) {
      await this.end(sessionId);
      return null;
    }
    if (now - row.last_seen_ms < sessionTouchMs)
      return { userId: row.user_id, username: row.username, role: row.role, force: row.force };
    await this.store.run(
      'UPDATE app_session SET last_seen_at = make_timestamp(?::BIGINT * 1000) WHERE session_hash = ?',
      [now, hash],
    );
    return { userId: row.user_id, username: row.username, role: row.role, force: row.force };
  }

  /** Ends a session (sign-out); ending an unknown session is not an error. */
  async end(sessionId: string): Promise<void> {
    await this.store.run('DELETE FROM app_session WHERE session_hash = ?', [
      sessionHash(sessionId),
    ]);
  }
}
