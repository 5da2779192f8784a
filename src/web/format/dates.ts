// Dates as analysts read and type them: dd/mm/yyyy. The API speaks yyyy-mm-dd.

const isoDay = /^(\d{4})-(\d{2})-(\d{2})/;
const ukDay = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/** Shows an API date or timestamp as dd/mm/yyyy (with hh:mm for a timestamp); '' for null. */
export function formatDay(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = isoDay.exec(value);
  if (match === null) return value;
  const day = `${match[3]}/${match[2]}/${match[1]}`;
  const time = /[ T](\d{2}:\d{2})/.exec(value.slice(10));
  return time === null || time[1] === '00:00' ? day : `${day} ${time[1]}`;
}

/**
 * Reads a typed dd/mm/yyyy date as yyyy-mm-dd; null when it is not a real calendar day.
 * An empty input is ''.
 */
export function parseDay(text: string): string | null {
  if (text.trim() === '') return '';
  const match = ukDay.exec(text);
  if (match === null) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
