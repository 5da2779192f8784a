import { format, parseISO, subMonths, startOfMonth } from 'date-fns';
import { loadSql } from '../../models/index.js';
import type { Store } from '../../store/store.js';
import { monthsBetween, yearToDateSpans, type DateSpan } from './period.js';
import type {
  ClassificationRow,
  CountRow,
  HeadlineFigures,
  MonthRow,
  RatePerThousand,
  VawgProfile,
  YearToDate,
} from './profile-types.js';

// Each figure reads the temp table profile_vawg (see profile-scope.sql) with bound dates.

/** Headline counts of the period: occurrences, crimes, open, victims and suspects. */
export async function headlineFigures(store: Store, period: DateSpan): Promise<HeadlineFigures> {
  const row = await store.one<{
    occurrences: number;
    crimes: number;
    open: number;
    harm_days: number | null;
    harm_unknown: number;
    victims: number;
    suspects: number;
  }>(loadSql('products', 'profile-headline'), { from: period.from, to: period.to });
  return {
    occurrences: row.occurrences,
    crimes: row.crimes,
    open: row.open,
    victims: row.victims,
    suspects: row.suspects,
    harmDays: row.harm_days,
    harmUnknown: row.harm_unknown,
  };
}

/** VAWG occurrences year to date and previous year to date, with the % change. */
export async function yearToDate(
  store: Store,
  spec: { to: string; yearStartMonth: number },
): Promise<YearToDate> {
  const spans = yearToDateSpans(spec.to, spec.yearStartMonth);
  const row = await store.one<{ current: number; previous: number }>(
    loadSql('products', 'profile-ytd'),
    {
      ytd_from: spans.current.from,
      ytd_to: spans.current.to,
      prev_from: spans.previous.from,
      prev_to: spans.previous.to,
    },
  );
  return {
    counts: 'VAWG occurrences',
    yearStartMonth: spec.yearStartMonth,
    current: { ...spans.current, occurrences: row.current },
    previous: { ...spans.previous, occurrences: row.previous },
    changePercent: percentChange(row.current, row.previous),
  };
}

/**
 * The change from `previous` to `current` as a whole per cent, halves away from zero:
 * 10,678 against 13,060 is -18 (-18.24 exactly). Null when `previous` is 0 (no base).
 */
export function percentChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  const exact = ((current - previous) * 100) / previous;
  const whole = Math.sign(exact) * Math.round(Math.abs(exact));
  return whole === 0 ? 0 : whole; // never -0, which JSON would print as 0 but tests tell apart
}

/**
 * Occurrences per 1,000 people, to two decimals: 5,337 occurrences in a force of 857,497
 * people is 6.22. Null when the population is unknown or not positive.
 */
export function perThousand(occurrences: number, population: number | null): number | null {
  if (population === null || population <= 0) return null;
  return Math.round((occurrences * 100_000) / population) / 100;
}

/** Occurrences per 1,000 people, using the latest population year available. */
export async function ratePerThousand(
  store: Store,
  spec: { force: string; occurrences: number },
): Promise<RatePerThousand> {
  const rows = await store.query<{ year: number; population: number }>(
    loadSql('products', 'profile-population'),
    { force: spec.force },
  );
  const pop = rows[0];
  const per1000 = perThousand(spec.occurrences, pop?.population ?? null);
  if (pop === undefined || per1000 === null) {
    return { occurrences: spec.occurrences, population: null, populationYear: null, per1000: null };
  }
  return {
    occurrences: spec.occurrences,
    population: pop.population,
    populationYear: pop.year,
    per1000,
  };
}

/** VAWG occurrences by classification level 1, level 2 and level 3. */
export async function byClassification(
  store: Store,
  period: DateSpan,
): Promise<VawgProfile['byClassification']> {
  const rows = await store.query<ClassificationRow & { depth: number }>(
    loadSql('products', 'profile-classification'),
    { from: period.from, to: period.to },
  );
  const at = (depth: number): ClassificationRow[] =>
    rows
      .filter((r) => r.depth === depth)
      .map(({ level1, level2, level3, occurrences }) => ({ level1, level2, level3, occurrences }));
  return { level1: at(1), level2: at(2), level3: at(3) };
}

/** VAWG occurrences by location type, most first. */
export async function byLocationType(store: Store, period: DateSpan): Promise<CountRow[]> {
  const rows = await store.query<{ location_type: string; occurrences: number }>(
    loadSql('products', 'profile-location'),
    { from: period.from, to: period.to },
  );
  return rows.map((r) => ({ label: r.location_type, occurrences: r.occurrences }));
}

/** VAWG occurrences for each of the twelve months to the period end, with the year before. */
export async function byMonth(store: Store, to: string): Promise<MonthRow[]> {
  const first = startOfMonth(subMonths(parseISO(to), 11));
  const span = { from: format(first, 'yyyy-MM-dd'), to };
  const rows = await store.query<{ month: string; occurrences: number }>(
    loadSql('products', 'profile-month'),
    { from: format(subMonths(first, 12), 'yyyy-MM-dd'), to },
  );
  const counts = new Map(rows.map((r) => [r.month, r.occurrences]));
  return monthsBetween(span).map((month) => ({
    month,
    occurrences: counts.get(month) ?? 0,
    previousYear: counts.get(yearEarlier(month)) ?? 0,
  }));
}

function yearEarlier(month: string): string {
  return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}
