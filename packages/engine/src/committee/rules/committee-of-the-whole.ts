/**
 * A sanctions committee is a committee of all Council members.
 *
 * Source: S/RES/1718 (2006), para. 12, establishing the 1718 Committee under rule 28 of the Provisional
 * Rules of Procedure (S/96/Rev.7) as a committee of all members of the Council. Membership therefore
 * follows the Council on the day of each act: an elected member that has left the Council can no
 * longer object or hold, and an incoming member can.
 */
import type { CommitteeCouncil } from '../types.ts';

export const committeeOfTheWholeRule = {
  id: 'committee-of-the-whole',
  source: 'S/RES/1718 (2006) para. 12; S/96/Rev.7 rule 28',
  summary: 'Every Council member, and only Council members, sits on the committee.',
} as const;

/** Whether a State sits on the committee on the day the council describes. */
export function isCommitteeMember(council: CommitteeCouncil, code: string): boolean {
  return council.members.some((m) => m.code === code);
}
