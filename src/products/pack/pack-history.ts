import type { Store } from '../../store/store.js';
import { addMonths } from './pack-period.js';
import type { PackSettings } from './pack-settings.js';

/** A person given a page in a pack. */
export interface PackPagePerson {
  pageKind: 'suspect' | 'victim';
  rank: number;
  personId: string;
}

/** One generated pack, as recorded in `pack_history`. */
export interface PackRecord {
  force: string;
  meetingDate: string;
  packDate: string;
  period: { from: string; to: string };
  contentHash: string;
  settings: PackSettings;
  generatedAt: string;
  pages: readonly PackPagePerson[];
}

/** Records a generated pack and its page people; a pack regenerated for a meeting replaces it. */
export async function recordPack(store: Store, pack: PackRecord): Promise<void> {
  await store.transaction(async () => {
    const key = [pack.force, pack.meetingDate];
    await store.run(
      'DELETE FROM pack_history_person WHERE force = ? AND meeting_date = ?::DATE',
      key,
    );
    await store.run('DELETE FROM pack_history WHERE force = ? AND meeting_date = ?::DATE', key);
    await store.run(
      `INSERT INTO pack_history VALUES (?, ?::DATE, ?::DATE, ?::DATE, ?::DATE, ?, ?::JSON, ?::TIMESTAMP)`,
      [
        ...key,
        pack.packDate,
        pack.period.from,
        pack.period.to,
        pack.contentHash,
        JSON.stringify(pack.settings),
        pack.generatedAt.replace('T', ' ').replace('Z', ''),
      ],
    );
    for (const p of pack.pages) {
      await store.run('INSERT INTO pack_history_person VALUES (?, ?::DATE, ?, ?, ?)', [
        ...key,
        p.pageKind,
        p.rank,
        p.personId,
      ]);
    }
  });
}

/**
 * People given a suspect page in any earlier pack for the force whose meeting fell in the
 * `months` before `meetingDate` (the meeting itself excluded, so regenerating is stable).
 */
export async function recentlyShown(
  store: Store,
  query: { force: string; meetingDate: string; months: number },
): Promise<Set<string>> {
  if (query.months === 0) return new Set();
  const rows = await store.query<{ person_id: string }>(
    `SELECT DISTINCT person_id FROM pack_history_person
     WHERE force = ? AND page_kind = 'suspect'
       AND meeting_date >= ?::DATE AND meeting_date < ?::DATE`,
    [query.force, addMonths(query.meetingDate, -query.months), query.meetingDate],
  );
  return new Set(rows.map((r) => r.person_id));
}

/** A row of `toex packs history`. */
export interface PackHistoryRow {
  meeting_date: string;
  pack_date: string;
  period_from: string;
  period_to: string;
  content_hash: string;
  generated_at: string;
  suspect_pages: string;
}

/** The packs generated for a force, latest meeting first, with their suspect-page person ids. */
export async function packHistory(store: Store, force: string): Promise<PackHistoryRow[]> {
  return store.query<PackHistoryRow>(
    `SELECT h.meeting_date::VARCHAR AS meeting_date, h.pack_date::VARCHAR AS pack_date,
            h.period_from::VARCHAR AS period_from, h.period_to::VARCHAR AS period_to,
            h.content_hash, h.generated_at::VARCHAR AS generated_at,
            coalesce(string_agg(p.person_id, ' ' ORDER BY p.page_rank), '') AS suspect_pages
     FROM pack_history h
     LEFT JOIN pack_history_person p
       ON p.force = h.force AND p.meeting_date = h.meeting_date AND p.page_kind = 'suspect'
     WHERE h.force = ?
     GROUP BY h.meeting_date, h.pack_date, h.period_from, h.period_to, h.content_hash,
              h.generated_at
     ORDER BY h.meeting_date DESC`,
    [force],
  );
}
