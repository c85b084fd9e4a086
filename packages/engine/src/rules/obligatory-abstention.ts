/**
 * Obligatory abstention: a party to a dispute abstains in decisions under Chapter VI and Art. 52(3).
 *
 * Source: UN Charter Art. 27(3), proviso.
 * Practice: rarely invoked, and the Council seldom labels a member a party (Russia voted on Ukraine drafts
 * in 2022). The engine therefore never infers it: a vote carries an explicit list of members obliged to
 * abstain, set by the scenario or the chair. Such a member's ballot is recorded as an abstention whatever
 * it tried to cast, so its negative vote cannot be a veto.
 * Not here: Chapter VII decisions, procedural votes and "situations", to which the proviso does not apply.
 */
import type { StateCode } from '../membership.ts';

export const obligatoryAbstentionRule = {
  id: 'obligatory-abstention',
  source: 'UN Charter Art. 27(3), proviso',
  summary:
    'A party to a dispute abstains in Chapter VI and Art. 52(3) decisions; the flag is explicit.',
} as const;

/** True when the member is flagged as obliged to abstain on this vote. */
export function mustAbstain(
  member: StateCode,
  obligatoryAbstainers: readonly StateCode[] | undefined,
): boolean {
  return obligatoryAbstainers?.includes(member) ?? false;
}
