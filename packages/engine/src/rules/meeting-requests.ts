/**
 * Who may ask for a meeting.
 *
 * Source: Provisional Rules of Procedure, rule 2 (the President calls a meeting at the request of any
 * member) and rule 3 (also when a dispute or situation is brought under Art. 35 or Art. 11(3), when the
 * General Assembly refers a question under Art. 11(2), or when the Secretary-General acts under Art. 99).
 * Practice: requests for closed consultations follow the same pattern, though consultations are not rule 2
 * meetings; the date a request names is a wish, and the Council meets when it finds appropriate.
 */
import type { Requester } from '../commands.ts';
import type { StateCode } from '../membership.ts';

export const meetingRequestsRule = {
  id: 'meeting-requests',
  source: 'Provisional Rules of Procedure, rules 2–3; UN Charter Arts. 35 and 99',
  summary:
    'A member, the Secretary-General (Art. 99), a State not on the Council (Art. 35) or the GA may ask for a meeting.',
} as const;

/** Why a requester cannot ask for a meeting of this Council, or undefined when it can. */
export function requesterProblem(
  requester: Requester,
  members: readonly StateCode[],
): string | undefined {
  if (requester.kind === 'member' && !members.includes(requester.code))
    return `${requester.code} is not a member of the Council; a State not on the Council asks under Art. 35 (kind 'non_member').`;
  if (requester.kind === 'non_member' && members.includes(requester.code))
    return `${requester.code} is a member of the Council and asks under rule 2 (kind 'member').`;
  return undefined;
}
