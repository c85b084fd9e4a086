/**
 * A member may place a hold instead of objecting: the proposal stays pending, neither adopted nor
 * rejected, and the no-objection clock stops until every hold is lifted.
 *
 * Source: 1718 Committee practice as reported on 20 Jan 2022 (AFP; Al Jazeera; National Post) when
 * China and then the Russian Federation held the United States' proposal of 12 Jan 2022. A
 * "technical" hold (to study the proposal) and a substantive one have the same effect; the reason is
 * kept only as a record. Practice modelled here: a member holds a proposal at most once at a time;
 * only the holder lifts its hold; when the last hold goes, the working days that were left when the
 * clock stopped run again from that day.
 */
import type { Hold, Proposal } from '../types.ts';
import { workingDaysAfter, workingDaysBetween } from '../calendar.ts';

export const holdsRule = {
  id: 'holds',
  source: '1718 Committee practice (AFP, Al Jazeera, 20 Jan 2022)',
  summary: 'A hold keeps a proposal pending and stops its clock; the holder may lift it.',
} as const;

/** Holds that still block the proposal. */
export function standingHolds(proposal: Proposal): Hold[] {
  return proposal.holds.filter((h) => h.status === 'standing');
}

/** Working days left on the clock if it stops on `day` (kept as is when the clock is already stopped). */
export function remainingWhenStopped(
  proposal: Proposal,
  day: string,
  holidays: readonly string[],
): number {
  if (proposal.deadline === null) return proposal.remainingDays;
  return workingDaysBetween(day, proposal.deadline, holidays);
}

/** The new last day for objections when the clock restarts on `day` with `remaining` days left. */
export function resumedDeadline(
  day: string,
  remaining: number,
  holidays: readonly string[],
): string {
  return workingDaysAfter(day, remaining, holidays);
}
