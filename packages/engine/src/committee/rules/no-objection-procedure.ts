/**
 * Written no-objection procedure: the Chair circulates a proposal, and it is adopted when no member
 * has objected or placed a hold by the end of the period.
 *
 * Source: 1718 Committee guidelines (2007, as amended), as reported on the Committee's page. The
 * period is reported as five UN working days for the 1718 Committee (unverified: the current text
 * was not retrieved) and ten for the 1267 Committee's listings, so it is a per-committee setting.
 * Practice modelled here: the clock starts on the day the proposal is made; the deadline is the last
 * day on which objections or holds are accepted; the Chair may conclude from the day after it.
 * Working days skip Saturdays, Sundays and the committee's holiday list.
 */
import type { Proposal } from '../types.ts';
import { workingDaysAfter } from '../calendar.ts';

export const noObjectionProcedureRule = {
  id: 'no-objection-procedure',
  source:
    '1718 Committee guidelines (no-objection procedure; period unverified, default 5 working days)',
  summary: 'A proposal is adopted if nobody objects or holds it by the last day of its period.',
} as const;

/** Default length of the period for the 1718 Committee, in UN working days (configurable). */
export const DEFAULT_NO_OBJECTION_DAYS = 5;

/** Last day for objections and holds for a proposal circulated on `circulatedOn`. */
export function noObjectionDeadline(
  circulatedOn: string,
  days: number,
  holidays: readonly string[],
): string {
  return workingDaysAfter(circulatedOn, days, holidays);
}

/** Whether the period has run out by `day` with the clock running (so the Chair may conclude). */
export function periodHasRunOut(proposal: Proposal, day: string): boolean {
  return proposal.deadline !== null && day > proposal.deadline;
}
