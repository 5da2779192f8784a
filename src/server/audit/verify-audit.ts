import type { Store } from '../../store/store.js';
import { entryHash, genesisHash, type AuditEntry } from './audit-entry.js';

/** Where the chain first breaks: the entry, what it should hold and what it holds. */
export interface AuditBreak {
  entryId: number;
  /** Which check failed: the entry's own hash, its link to the previous entry, or its id. */
  check: 'hash' | 'prev_hash' | 'entry_id';
  expected: string;
  found: string;
}

/** The outcome of checking the audit chain. */
export interface AuditVerification {
  ok: boolean;
  entries: number;
  /** The first break, when `ok` is false. */
  firstBreak: AuditBreak | null;
}

/**
 * Walks the audit log in entry order and recomputes every hash. An edited entry fails its
 * own hash; a deleted or inserted entry breaks the id sequence or the next entry's prev_hash.
 * Deleting the newest entries cannot be seen from the log alone.
 * TODO: tail truncation is undetectable without an anchor outside the store; periodically
 * exporting the latest hash (e.g. to the supervisors' report) would close that gap.
 */
export async function verifyAuditChain(store: Store): Promise<AuditVerification> {
  const entries = await store.query<AuditEntry>('SELECT * FROM audit_log ORDER BY entry_id');
  let prevHash = genesisHash;
  for (const [index, entry] of entries.entries()) {
    const found = checkEntry(entry, index + 1, prevHash);
    if (found !== null) return { ok: false, entries: entries.length, firstBreak: found };
    prevHash = entry.hash;
  }
  return { ok: true, entries: entries.length, firstBreak: null };
}

function checkEntry(entry: AuditEntry, expectedId: number, prevHash: string): AuditBreak | null {
  const entryId = entry.entry_id;
  if (entryId !== expectedId)
    return { entryId, check: 'entry_id', expected: String(expectedId), found: String(entryId) };
  if (entry.prev_hash !== prevHash)
    return { entryId, check: 'prev_hash', expected: prevHash, found: entry.prev_hash };
  const { hash, ...body } = entry;
  const expected = entryHash(body);
  return hash === expected ? null : { entryId, check: 'hash', expected, found: hash };
}
