/**
 * Pure parsers for the dates and date-times of the force extract contract
 * (shared/spec/extract-format.md, version 1): `dd/mm/yyyy` or ISO `yyyy-mm-dd`, optionally
 * followed by ` HH:MM`, ` HH:MM:SS` or ISO `T` and the time. Times are UK local time and are
 * kept as written (no zone conversion). Anything else, including impossible calendar dates
 * such as 31/02/2024, is rejected by returning `undefined`.
 */

const ukDate = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const time = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;
const month = /^(\d{4})-(\d{2})$/;

/** True when day `d` exists in month `m` (1-12) of year `y` (Gregorian calendar). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parses `dd/mm/yyyy` or `yyyy-mm-dd` to ISO `yyyy-mm-dd`; `undefined` when not a date. */
export function parseDate(text: string): string | undefined {
  const uk = ukDate.exec(text);
  if (uk !== null) return isoIfReal(uk[3] ?? '', uk[2] ?? '', uk[1] ?? '');
  const iso = isoDate.exec(text);
  if (iso !== null) return isoIfReal(iso[1] ?? '', iso[2] ?? '', iso[3] ?? '');
  return undefined;
}

function isoIfReal(y: string, m: string, d: string): string | undefined {
  return isRealDate(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : undefined;
}

/**
 * Parses a date or date-time to `yyyy-mm-dd hh:mm:ss` (a bare date gets midnight).
 * The ISO `T` separator is accepted only after an ISO date; no zone suffix is accepted.
 */
export function parseDateTime(text: string): string | undefined {
  const split = text.search(/[ T]/);
  if (split < 0) {
    const date = parseDate(text);
    return date === undefined ? undefined : `${date} 00:00:00`;
  }
  const datePart = text.slice(0, split);
  if (text[split] === 'T' && !isoDate.test(datePart)) return undefined;
  const date = parseDate(datePart);
  const clock = parseTime(text.slice(split + 1));
  return date === undefined || clock === undefined ? undefined : `${date} ${clock}`;
}

function parseTime(text: string): string | undefined {
  const t = time.exec(text);
  if (t === null) return undefined;
  const [h, m, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? '0')];
  if (h > 23 || m > 59 || s > 59) return undefined;
  return `${t[1] ?? ''}:${t[2] ?? ''}:${t[3] ?? '00'}`;
}

/** Parses a data.police.uk `yyyy-mm` month to its first day, `yyyy-mm-01`. */
export function parseMonth(text: string): string | undefined {
  const mo = month.exec(text);
  if (mo === null) return undefined;
  return isoIfReal(mo[1] ?? '', mo[2] ?? '', '01');
}

/** Formats ISO `yyyy-mm-dd` (or a `yyyy-mm-dd hh:mm:ss` prefix) as `dd/mm/yyyy` for users. */
export function formatUkDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Formats `yyyy-mm-dd hh:mm:ss` as `dd/mm/yyyy HH:MM:SS` for users. */
export function formatUkDateTime(isoDateTime: string): string {
  return `${formatUkDate(isoDateTime)} ${isoDateTime.slice(11, 19)}`;
}
