/**
 * Procedural matters: decisions that need the required majority but no concurrence of the permanent members.
 *
 * Source: UN Charter Art. 27(2); Statement of the four sponsoring Governments, San Francisco, 7 Jun 1945
 * (matters under Arts. 28–32 are procedural). Practice treats as procedural: adoption of the agenda
 * (rule 9), whether to hold a contested meeting, invitations under rules 37 and 39, suspension and
 * adjournment (rule 33), and convening an emergency special session of the General Assembly under
 * GA res 377 A (V) (e.g. res 2623 (2022), adopted 11–1–3 over a Russian negative vote).
 * Not here: who decides that a matter is procedural (preliminary-question.ts).
 */
export const proceduralMattersRule = {
  id: 'procedural-matters',
  source: 'UN Charter Art. 27(2); San Francisco Statement of 7 Jun 1945',
  summary: 'A procedural decision needs the required majority and cannot be vetoed.',
} as const;

/** Kinds of decision that practice treats as procedural. */
export const PROCEDURAL_KINDS = [
  'adopt_agenda',
  'hold_meeting',
  'invite_participant',
  'suspend_meeting',
  'adjourn_meeting',
  'postpone_discussion',
  'convene_ga_emergency_session',
] as const;

/** A kind of decision that is procedural by practice. */
export type ProceduralKind = (typeof PROCEDURAL_KINDS)[number];

/** True when a decision of this kind is procedural by practice. */
export function isProceduralKind(kind: string): kind is ProceduralKind {
  return (PROCEDURAL_KINDS as readonly string[]).includes(kind);
}
