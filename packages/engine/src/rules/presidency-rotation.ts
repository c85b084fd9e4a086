/**
 * Presidency: one calendar month per member, in English alphabetical order of the members' names.
 *
 * Source: Provisional Rules of Procedure (S/96/Rev.7), rule 18.
 * Practice: the rotation does not restart each January. Each month's President is the first member,
 * among those sitting on the first day of the month, whose English short name sorts after the previous
 * month's President; past the end of the alphabet it wraps to the first member. The rotation starts from
 * the first President (Australia, January 1946) and restarts from any sourced anchor month in the
 * membership table, so that a historical irregularity cannot drift into later years (configurable data).
 * Not here: rule 20 (a President stepping aside for one question), which changes the chair, not the presidency.
 */
import type { MembershipTable, StateCode } from '../membership.ts';
import { stateName } from '../membership.ts';
import { englishSortKey } from '../english-order.ts';
import { monthStart } from '../dates.ts';
import { membersOn } from './composition.ts';
import { repeatsPreviousPresident, scheduleMonthFor } from './presidency-1946.ts';

export const presidencyRule = {
  id: 'presidency-rotation',
  source: 'Provisional Rules of Procedure, rule 18',
  summary:
    'The presidency rotates monthly in English alphabetical order of the members, carrying over years.',
} as const;

/** The first President of the Council: Australia, January 1946. */
export const FIRST_PRESIDENT: StateCode = 'AUS';

const cache = new WeakMap<MembershipTable, Map<string, StateCode>>();

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Every month's President over the table's coverage, computed once per table. */
export function presidencySchedule(table: MembershipTable): ReadonlyMap<string, StateCode> {
  const cached = cache.get(table);
  if (cached) return cached;
  const anchors = new Map((table.presidencyAnchors ?? []).map((a) => [a.month, a.president]));
  const schedule = new Map<string, StateCode>();
  const [fromYear, fromMonth] = table.coverage.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = table.coverage.to.split('-').map(Number) as [number, number];
  let previous: { code: StateCode; key: string } | undefined;
  for (let y = fromYear, m = fromMonth; y < toYear || (y === toYear && m <= toMonth);) {
    const first = monthStart(y, m);
    const members = membersOn(table, first);
    const keyed = members
      .map((member) => ({ code: member.code, key: englishSortKey(member.name) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const anchor = anchors.get(monthKey(y, m));
    let president: StateCode | undefined;
    if (anchor) president = anchor;
    else if (previous && repeatsPreviousPresident(y, m)) president = previous.code;
    else if (!previous)
      president = members.some((x) => x.code === FIRST_PRESIDENT)
        ? FIRST_PRESIDENT
        : keyed[0]?.code;
    else {
      const prevKey = previous.key;
      president = (keyed.find((x) => x.key > prevKey) ?? keyed[0])?.code;
    }
    if (president !== undefined) {
      schedule.set(monthKey(y, m), president);
      previous = { code: president, key: englishSortKey(stateName(table, president, first)) };
    }
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  cache.set(table, schedule);
  return schedule;
}

/** The President of the Council on a date (the member holding that month's presidency). */
export function presidentOn(table: MembershipTable, date: string): StateCode | undefined {
  return presidencySchedule(table).get(scheduleMonthFor(date));
}

/** The twelve Presidents of a year, month by month. */
export function presidencyOfYear(
  table: MembershipTable,
  year: number,
): { month: number; president: StateCode }[] {
  const schedule = presidencySchedule(table);
  const months: { month: number; president: StateCode }[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const president = schedule.get(monthKey(year, m));
    if (president !== undefined) months.push({ month: m, president });
  }
  return months;
}
