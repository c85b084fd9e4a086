/**
 * UN working days: Monday to Friday, less the official holidays observed at Headquarters.
 *
 * Source: deadlines counted in working days appear in GA res 76/262 (10 working days) and in sanctions
 * committee guidelines (no-objection periods). The holiday list changes every year (ST/IC circulars), so it
 * is an input: callers pass the dates they observe; the default list is empty (configurable default).
 */
import { addDays, dayOfWeek } from '../dates.ts';

export const unWorkingDaysRule = {
  id: 'un-working-days',
  source: 'GA res 76/262; UN Headquarters holiday circulars (configurable list)',
  summary: 'Working-day deadlines skip Saturdays, Sundays and the configured UN holidays.',
} as const;

/** True when the date is a UN working day (not a weekend day, not a listed holiday). */
export function isUnWorkingDay(date: string, holidays: readonly string[] = []): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidays.includes(date);
}

/** The date `n` UN working days after `date` (the start date itself is not counted). */
export function addUnWorkingDays(
  date: string,
  n: number,
  holidays: readonly string[] = [],
): string {
  let current = date;
  let remaining = n;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isUnWorkingDay(current, holidays)) remaining -= 1;
  }
  return current;
}

/** The number of UN working days after `from` up to and including `to`. */
export function unWorkingDaysBetween(
  from: string,
  to: string,
  holidays: readonly string[] = [],
): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1))
    if (isUnWorkingDay(d, holidays)) count += 1;
  return count;
}
