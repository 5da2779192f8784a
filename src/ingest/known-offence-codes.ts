import { ensureReference } from '../reference/index.js';
import type { Store } from '../store/store.js';

/**
 * The Home Office offence codes the store knows (`ref_offence`, loaded by the reference
 * stage on first use). An occurrence whose ho_code is not among them is quarantined with
 * rule `unknown-ho-code`. Returns undefined (no check) when ref_offence is empty.
 */
export async function knownHoCodes(store: Store): Promise<Set<string> | undefined> {
  await ensureReference(store);
  const rows = await store.query<{ ho_code: string }>('SELECT ho_code FROM ref_offence');
  return rows.length === 0 ? undefined : new Set(rows.map((r) => r.ho_code.toUpperCase()));
}
