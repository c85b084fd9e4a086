/**
 * Veto: a negative vote by a permanent member defeats a non-procedural decision.
 *
 * Source: UN Charter Art. 27(3) ("including the concurring votes of the permanent members").
 * Practice: an abstention, absence or non-participation of a permanent member is not a veto (ICJ,
 * Namibia Advisory Opinion, ICJ Reports 1971 p. 16, para. 22; res 83 (1950) adopted with the USSR absent).
 * A negative vote counts as a veto only when the draft otherwise had the required majority; with too few
 * affirmative votes the draft fails whatever the permanent members did (voting-outcome.ts).
 * Not here: whether a matter is procedural (procedural-matters.ts).
 */
import type { StateCode } from '../membership.ts';

export const vetoRule = {
  id: 'veto',
  source: 'UN Charter Art. 27(3); ICJ Namibia Advisory Opinion (1971) para. 22',
  summary:
    "A permanent member's negative vote defeats a substantive decision that has the required majority.",
} as const;

/**
 * The members whose negative votes are vetoes, given the permanent members that voted against a draft that
 * has the required majority: all of them on a substantive matter, none on a procedural one.
 */
export function findVetoes(
  permanentAgainst: readonly StateCode[],
  procedural: boolean,
): StateCode[] {
  return procedural ? [] : [...permanentAgainst];
}
