import type { Store } from '../../store/store.js';
import { entryHash, genesisHash, type AuditEntry, type AuditEvent } from './audit-entry.js';
import { canonicalJson } from './canonical-json.js';

/** Filters of `AuditLog.list`. */
export interface AuditQuery {
  limit: number;
  /** Entries with entry_id below this, for paging back through the log. */
  before?: number;
  username?: string;
  action?: string;
}

/**
 * The append-only, hash-chained audit log. Its only write is `append`: there is no update or
 * delete here, and no other toex code writes to audit_log. Appends are serialised in this
 * process so each entry chains onto the one before (one server process holds the store,
 * with one AuditLog), and the last entry is remembered rather than read back each time.
 */
export class AuditLog {
  private tail: Promise<unknown> = Promise.resolve();
  /** The last entry written through this log, so appends skip re-reading it. */
  private last: { entry_id: number; hash: string } | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appends one entry, chained onto the last; resolves to the stored entry. */
  append(event: AuditEvent): Promise<AuditEntry> {
    const next = this.tail.then(() => this.write(event));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** The newest entries first, optionally filtered. */
  async list(query: AuditQuery): Promise<AuditEntry[]> {
    return this.store.query<AuditEntry>(
      `SELECT * FROM audit_log
       WHERE ($before IS NULL OR entry_id < $before)
         AND ($username IS NULL OR username = $username)
         AND ($action IS NULL OR action = $action)
       ORDER BY entry_id DESC LIMIT $limit`,
      {
        before: query.before ?? null,
        username: query.username ?? null,
        action: query.action ?? null,
        limit: query.limit,
      },
    );
  }

  private async write(event: AuditEvent): Promise<AuditEntry> {
    const last =
      this.last ??
      (
        await this.store.query<{ entry_id: number; hash: string }>(
          'SELECT entry_id, hash FROM audit_log ORDER BY entry_id DESC LIMIT 1',
        )
      )[0];
    const body = {
      entry_id: (last?.entry_id ?? 0) + 1,
      logged_at: this.now().toISOString(),
      user_id: event.userId,
      username: event.username,
      role: event.role,
      action: event.action,
      route: event.route,
      ids: canonicalJson(event.ids),
      purpose: event.purpose,
      outcome: event.outcome,
      prev_hash: last?.hash ?? genesisHash,
    };
    const entry: AuditEntry = { ...body, hash: entryHash(body) };
    await this.store.run(
      `INSERT INTO audit_log (entry_id, logged_at, user_id, username, role, action, route, ids,
         purpose, outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        entry.entry_id,
        entry.logged_at,
        entry.user_id,
        entry.username,
        entry.role,
        entry.action,
        entry.route,
        entry.ids,
        entry.purpose,
        entry.outcome,
        entry.prev_hash,
        entry.hash,
      ],
    );
    this.last = { entry_id: entry.entry_id, hash: entry.hash };
    return entry;
  }
}
