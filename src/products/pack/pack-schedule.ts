import { ToexError } from '../../core/errors.js';
import type { Store } from '../../store/store.js';
import { addDays, packDateFor, parseDay } from './pack-period.js';

/** Parses a meeting interval such as `4w` or `28d` into days. */
export function parseEvery(text: string): number {
  const m = /^(\d+)\s*([wd])$/i.exec(text.trim());
  const days = m === null ? NaN : Number(m[1]) * (m[2]?.toLowerCase() === 'w' ? 7 : 1);
  if (!Number.isInteger(days) || days < 1 || days > maxEveryDays) {
    throw new ToexError(
      'INVALID_VALUE',
      `the interval "${text}" is not valid; write 1d to ${maxEveryDays / 7}w, e.g. 4w or 28d`,
    );
  }
  return days;
}

/** The longest interval between meetings: a year (52 weeks). */
const maxEveryDays = 52 * 7;

/** The most meetings one schedule call records: ten years of four-weekly meetings. */
export const maxMeetingCount = 130;

/** Reads a number of meetings, 1 to maxMeetingCount. */
export function parseMeetingCount(text: string): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > maxMeetingCount)
    throw new ToexError(
      'INVALID_VALUE',
      `--count "${text}" is not valid; give a whole number of meetings from 1 to ${maxMeetingCount}`,
    );
  return n;
}

/** A run of TTCG meetings: first date, interval in days, and how many. */
export interface MeetingRun {
  force: string;
  first: string;
  everyDays: number;
  count: number;
}

/** The meeting dates of a run, first date first. */
export function meetingDates(run: MeetingRun): string[] {
  parseDay(run.first, 'first meeting date');
  return Array.from({ length: run.count }, (_, i) => addDays(run.first, i * run.everyDays));
}

/** Records a run of meeting dates in `pack_schedule`; dates already held are kept. */
export async function scheduleMeetings(store: Store, run: MeetingRun): Promise<string[]> {
  const dates = meetingDates(run);
  await store.transaction(async () => {
    for (const date of dates) {
      await store.run(
        `INSERT INTO pack_schedule (force, meeting_date, recorded_at)
         VALUES (?, ?::DATE, now()::TIMESTAMP) ON CONFLICT DO NOTHING`,
        [run.force, date],
      );
    }
  });
  return dates;
}

/** A scheduled meeting whose pack is due and not yet generated. */
export interface DueMeeting {
  force: string;
  meetingDate: string;
  packDate: string;
}

/** Meetings whose pack date (meeting minus 7 days) is on or before `today` with no pack yet. */
export async function dueMeetings(store: Store, today: string): Promise<DueMeeting[]> {
  parseDay(today, 'today');
  const rows = await store.query<{ force: string; meeting_date: string }>(
    `SELECT s.force, s.meeting_date::VARCHAR AS meeting_date
     FROM pack_schedule s
     LEFT JOIN pack_history h USING (force, meeting_date)
     WHERE h.force IS NULL AND s.meeting_date - INTERVAL 7 DAY <= ?::DATE
     ORDER BY s.meeting_date, s.force`,
    [today],
  );
  return rows.map((r) => ({
    force: r.force,
    meetingDate: r.meeting_date,
    packDate: packDateFor(r.meeting_date),
  }));
}

/** The scheduled meeting dates of a force, earliest first. */
export async function scheduledMeetings(store: Store, force: string): Promise<string[]> {
  const rows = await store.query<{ d: string }>(
    'SELECT meeting_date::VARCHAR AS d FROM pack_schedule WHERE force = ? ORDER BY meeting_date',
    [force],
  );
  return rows.map((r) => r.d);
}
