/**
 * A delegation acts only for its own State; the Chair acts for the committee.
 *
 * Source: Provisional Rules of Procedure (S/96/Rev.7), rules 13–17: each member is represented by its
 * own accredited representative, so one member cannot object, hold or propose in another's name.
 * Committee chairs preside in a personal capacity (see chair.ts).
 */
import type { CommitteeActor, CommitteeCouncil } from '../types.ts';
import { isCommitteeMember } from './committee-of-the-whole.ts';

export const actingDelegationRule = {
  id: 'acting-delegation',
  source: 'S/96/Rev.7 rules 13–17',
  summary: 'A delegation may act only as itself, and only while its State sits on the Council.',
} as const;

/** The member a delegation actor speaks for, or a reason it may not act. */
export function actingMember(
  actor: CommitteeActor,
  council: CommitteeCouncil,
): { ok: true; member: string } | { ok: false; code: string; message: string } {
  if (actor.role !== 'delegation') {
    return {
      ok: false,
      code: 'not-a-delegation',
      message: 'only a member delegation may do this, not the Chair',
    };
  }
  if (!isCommitteeMember(council, actor.member)) {
    return {
      ok: false,
      code: 'not-a-member',
      message: `${actor.member} does not sit on the Council on this day`,
    };
  }
  return { ok: true, member: actor.member };
}
