/**
 * The floor: who may speak, in what order, and for how long.
 *
 * Source: Provisional Rules of Procedure, rule 27 (the President calls on representatives in the order in
 * which they signify their desire to speak), rules 37–39 (invited States and briefers speak without a vote),
 * rule 22 (the Secretary-General may make statements). Practice: time limits are a presidency's request, not
 * a rule, so a limit is optional and only shown; the engine never cuts a speaker off.
 */
import type { Meeting } from '../state.ts';
import type { StateCode } from '../membership.ts';

export const speakersRule = {
  id: 'speakers',
  source: 'Provisional Rules of Procedure, rules 22, 27 and 37–39',
  summary:
    'The President gives the floor to members, invited States and briefers, and the Secretary-General.',
} as const;

/** The Secretary-General, who may speak at any meeting (rule 22). */
export const SECRETARY_GENERAL = 'SG';

/** Why this speaker may not take the floor in this meeting, or undefined when they may. */
export function speakerProblem(
  speaker: string,
  meeting: Meeting,
  members: readonly StateCode[],
): string | undefined {
  if (speaker === SECRETARY_GENERAL || members.includes(speaker)) return undefined;
  if (meeting.participants.some((p) => p.participant === speaker)) return undefined;
  return `${speaker} is neither a member of the Council nor invited to this meeting under rule 37 or 39.`;
}
