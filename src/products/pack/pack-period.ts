import { ToexError } from '../../core/errors.js';

/** Days between a pack's delivery and its TTCG meeting. */
export const packLeadDays = 7;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Parses an ISO `yyyy-mm-dd` date as a UTC day; throws INVALID_VALUE otherwise. */
export function parseDay(text: string, what = 'date'): Date {
  const date = new Date(`${text}T00:00:00Z`);
  if (!isoDay.test(text) || Number.isNaN(date.getTime()) || toDay(date) !== text) {
    throw new ToexError(
      'INVALID_VALUE',
      `the ${what} "${text}" is not a date; expected yyyy-mm-dd`,
    );
  }
  return date;
}

/** Writes a UTC day as `yyyy-mm-dd`. */
export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole days to an ISO day (negative to go back). */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** Adds whole calendar months to an ISO day, clamping to the month's last day. */
export function addMonths(day: string, months: number): string {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay.getUTCDate()));
  return toDay(target);
}

/** The day a meeting's pack is due: 7 days before the meeting. */
export function packDateFor(meetingDate: string): string {
  return addDays(meetingDate, -packLeadDays);
}

/**
 * The period a pack covers: the last `months` complete calendar months before the pack
 * date (inclusive ISO days). A pack dated 2024-02-07 with 6 months covers 2023-08-01 to
 * 2024-01-31.
 */
export function packPeriod(packDate: string, months = 6): { from: string; to: string } {
  if (!Number.isInteger(months) || months < 1) {
    throw new ToexError(
      'INVALID_VALUE',
      `the pack period must be at least one whole month; got ${months}`,
    );
  }
  const date = parseDay(packDate);
  const firstOfMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const to = toDay(new Date(firstOfMonth - 86_400_000));
  const from = toDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1)));
  return { from, to };
}
