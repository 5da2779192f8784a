import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json.js';

/** What happened, as the caller states it; the log adds id, time and hashes. */
export interface AuditEvent {
  userId: string | null;
  username: string | null;
  role: string | null;
  /** Dotted action name: person.view, person.search, person.export, pack.generate, ... */
  action: string;
  /** The API route template, e.g. `GET /api/persons/{personId}`. */
  route: string;
  /** Ids and criteria involved: person ids, forces, the search criteria. */
  ids: Record<string, JsonValue>;
  purpose: string | null;
  outcome: 'ok' | 'denied' | 'not-found';
}

/** One stored audit entry (a row of audit_log). */
export interface AuditEntry {
  entry_id: number;
  logged_at: string;
  user_id: string | null;
  username: string | null;
  role: string | null;
  action: string;
  route: string;
  /** Canonical JSON text of the event's ids. */
  ids: string;
  purpose: string | null;
  outcome: string;
  prev_hash: string;
  hash: string;
}

/** The prev_hash of the first entry. */
export const genesisHash = '0'.repeat(64);

/** The hash an entry must carry: sha256(prev_hash + canonical JSON of its other columns). */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { prev_hash: prevHash, ...body } = entry;
  return createHash('sha256')
    .update(prevHash + canonicalJson(body))
    .digest('hex');
}
