/**
 * Date helpers for committee procedure, built on the engine's UN working-day arithmetic. Dates are
 * "YYYY-MM-DD" strings in New York time; comparing them as strings compares them as dates.
 */
import { addDays, addMonths, isIsoDate } from '../dates.ts';
import { addUnWorkingDays, unWorkingDaysBetween } from '../rules/un-working-days.ts';

export { addDays, addMonths };

/** The calendar day of a command's `meta.at` (a date or an ISO timestamp), or undefined if malformed. */
export function dayOf(at: string): string | undefined {
  const day = at.slice(0, 10);
  if (!isIsoDate(day)) return undefined;
  if (at.length > 10 && at[10] !== 'T') return undefined;
  return day;
}

/** The date `n` UN working days after `date` (n = 0 gives `date` itself). */
export function workingDaysAfter(date: string, n: number, holidays: readonly string[]): string {
  if (n <= 0) return date;
  return addUnWorkingDays(date, n, holidays);
}

/** How many UN working days fall after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, holidays: readonly string[]): number {
  return unWorkingDaysBetween(from, to, holidays);
}
