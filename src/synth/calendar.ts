/** Days are whole days since 1970-01-01 (UTC); months are `yyyy-mm` strings. */
const msPerDay = 86_400_000;
const dayTextCache = new Map<number, string>();
const partsCache = new Map<number, { year: number; month: number; date: number }>();
const two = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** The day number of an ISO date `yyyy-mm-dd`. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / msPerDay);
}

/** A day number as a force writes it: `dd/mm/yyyy`. */
export function formatDay(day: number): string {
  let text = dayTextCache.get(day);
  if (text === undefined) {
    const d = new Date(day * msPerDay);
    text = `${two[d.getUTCDate()]}/${two[d.getUTCMonth() + 1]}/${d.getUTCFullYear()}`;
    dayTextCache.set(day, text);
  }
  return text;
}

/** A minute count since 1970-01-01 as `dd/mm/yyyy HH:MM`. */
export function formatMinute(minute: number): string {
  const day = Math.floor(minute / 1440);
  const rest = minute - day * 1440;
  return `${formatDay(day)} ${two[Math.floor(rest / 60)]}:${two[rest % 60]}`;
}

/** Year, month (1-12) and day of month of a day number. */
export function partsOf(day: number): { year: number; month: number; date: number } {
  let parts = partsCache.get(day);
  if (parts === undefined) {
    const d = new Date(day * msPerDay);
    parts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
    partsCache.set(day, parts);
  }
  return parts;
}

/** Whole years from `birth` to `on` (an age at event). */
export function ageOn(birth: number, on: number): number {
  const b = partsOf(birth);
  const o = partsOf(on);
  const before = o.month < b.month || (o.month === b.month && o.date < b.date);
  return o.year - b.year - (before ? 1 : 0);
}

/** The months `yyyy-mm` from the month of `from` to the month of `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const text = `${year}-${two[month]}`;
    months.push(text);
    if (text >= end) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** First day number and length in days of a month `yyyy-mm`. */
export function monthSpan(month: string): { first: number; days: number } {
  const first = dayOf(`${month}-01`);
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${two[m + 1]}`;
  return { first, days: dayOf(`${next}-01`) - first };
}
