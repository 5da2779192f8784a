import {
  addDays,
  addMonths,
  endOfMonth,
  format,
  isValid,
  lastDayOfMonth,
  parse,
  parseISO,
  startOfMonth,
  subMonths,
  subYears,
} from 'date-fns';
import { ToexError } from '../../core/errors.js';

/** An inclusive span of days, both ends `yyyy-mm-dd`. */
export interface DateSpan {
  from: string;
  to: string;
}

const iso = 'yyyy-MM-dd';

/** Parses a user date, `dd/mm/yyyy` or `yyyy-mm-dd`, to `yyyy-mm-dd`; INVALID_VALUE otherwise. */
export function parseUserDate(text: string, what: string): string {
  const trimmed = text.trim();
  const pattern = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? iso : 'dd/MM/yyyy';
  const date = parse(trimmed, pattern, new Date(2000, 0, 1));
  if (!isValid(date) || !/^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})$/.test(trimmed)) {
    throw new ToexError('INVALID_VALUE', `${what} is not a date; write dd/mm/yyyy or yyyy-mm-dd`);
  }
  const year = date.getFullYear();
  if (year < userYears.from || year > userYears.to)
    throw new ToexError(
      'INVALID_VALUE',
      `${what} ${trimmed} is outside ${userYears.from}-${userYears.to}; check the year`,
    );
  return format(date, iso);
}

/** The years a date typed by a user may fall in: wider than any record, narrower than typos. */
export const userYears = { from: 1900, to: 2100 };

/** Shows a `yyyy-mm-dd` date as users read it: dd/mm/yyyy. */
export function ukDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

/** Shows a `yyyy-mm` month as users read it: mm/yyyy. */
export function ukMonth(isoMonth: string): string {
  const [y, m] = isoMonth.split('-');
  return `${m ?? ''}/${y ?? ''}`;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The name of a month numbered 1 to 12, e.g. 4 -> April. */
export function monthName(month: number): string {
  return monthNames[month - 1] ?? String(month);
}

/**
 * The last day of the latest complete month of data. A month is complete when the force's
 * data reaches its last day: `dataEnd` is that last day, or later. So data ending
 * 30/04/2024 makes April complete; data ending 29/04/2024 makes March the latest.
 */
export function lastCompleteMonthEnd(dataEnd: string): string {
  const end = parseISO(dataEnd);
  const monthEnd = lastDayOfMonth(end);
  const complete = format(end, iso) === format(monthEnd, iso);
  return format(complete ? monthEnd : endOfMonth(subMonths(startOfMonth(end), 1)), iso);
}

/** The last `months` complete months of data: 30/04/2024 and 6 -> 01/11/2023..30/04/2024. */
export function lastCompleteMonths(dataEnd: string, months: number): DateSpan {
  const to = lastCompleteMonthEnd(dataEnd);
  const from = startOfMonth(subMonths(parseISO(to), months - 1));
  return { from: format(from, iso), to };
}

/**
 * Year to date and the same span a year earlier. The year starts on the 1st of
 * `yearStartMonth` (4 = April, as police years do): YTD runs from the start of the year
 * that contains `to`, up to `to`. For 31/01/2024: 01/04/2023..31/01/2024 against
 * 01/04/2022..31/01/2023.
 */
export function yearToDateSpans(
  to: string,
  yearStartMonth: number,
): {
  current: DateSpan;
  previous: DateSpan;
} {
  const end = parseISO(to);
  const startYear =
    end.getMonth() + 1 >= yearStartMonth ? end.getFullYear() : end.getFullYear() - 1;
  const start = new Date(startYear, yearStartMonth - 1, 1);
  return {
    current: { from: format(start, iso), to },
    previous: { from: format(subYears(start, 1), iso), to: format(subYears(end, 1), iso) },
  };
}

/** The `yyyy-mm` months from the month of `from` to the month of `to`, in order. */
export function monthsBetween(span: DateSpan): string[] {
  const out: string[] = [];
  const last = startOfMonth(parseISO(span.to));
  for (let m = startOfMonth(parseISO(span.from)); m <= last; m = addMonths(m, 1)) {
    out.push(format(m, 'yyyy-MM'));
  }
  return out;
}

/** The day after a date, `yyyy-mm-dd`. */
export function nextDay(isoDate: string): string {
  return format(addDays(parseISO(isoDate), 1), iso);
}

/**
 * Warnings about a period the force's data does not cover, so a reader does not take
 * missing data for a fall in offending: none when the data reaches the period's end.
 */
export function periodWarnings(period: {
  from: string;
  to: string;
  dataEnd: string | null;
}): string[] {
  const end = period.dataEnd;
  if (end === null) return ['The store holds no occurrences of this force: every figure is zero.'];
  if (period.from > end)
    return [
      `The period starts after the force's data ends (${ukDate(end)}): every figure is zero for want of data, not a fall in offending.`,
    ];
  if (period.to > end.slice(0, 10))
    return [
      `The force's data ends on ${ukDate(end)}, before the period ends: later days have no data, so counts for the period and its last months are low, not falling.`,
    ];
  return [];
}
