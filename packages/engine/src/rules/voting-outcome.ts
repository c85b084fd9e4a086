/**
 * Voting outcome: adopted, vetoed or failed, always kept apart.
 *
 * Source: UN Charter Art. 27(2)–(3); practice on "insufficient votes" (e.g. S/2020/658, 4–7–4, failed
 * although France, the United Kingdom and the United States voted against: not vetoes).
 * - adopted: at least the required affirmative votes and, for a substantive matter, no permanent member
 *   against;
 * - vetoed: at least the required affirmative votes, but one or more permanent members against on a
 *   substantive matter;
 * - failed: fewer affirmative votes than required, whatever the permanent members did (their negative votes
 *   are reported, not counted as vetoes).
 * The President votes as any member (Art. 27(1)); there is no casting vote and no quorum.
 */
import type { StateCode } from '../membership.ts';
import type { CouncilMember } from './composition.ts';
import { requiredVotes } from './required-majority.ts';
import { permanentMembersAgainst } from './veto.ts';
import { mustAbstain } from './obligatory-abstention.ts';

export const votingOutcomeRule = {
  id: 'voting-outcome',
  source: 'UN Charter Art. 27; practice on insufficient votes (S/2020/658)',
  summary: 'Adopted, vetoed (enough votes, a permanent member against) or failed (too few votes) are distinct.',
} as const;

/** A member's ballot. Absence and non-participation are recorded separately from abstention. */
export type Choice = 'yes' | 'no' | 'abstain' | 'absent' | 'not_participating';

/** The three outcomes of a vote. */
export type Outcome = 'adopted' | 'vetoed' | 'failed';

/** The result of a vote, with the counts and the rule that decided it. */
export interface VoteResult {
  readonly outcome: Outcome;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  /** Members that were absent or did not participate. */
  readonly absent: number;
  readonly required: number;
  readonly vetoedBy: StateCode[];
  readonly permanentAgainst: StateCode[];
  /** The rule that decided the outcome: 'required-majority' (failed), 'veto' (vetoed) or 'voting-outcome' (adopted). */
  readonly ruleId: string;
}

/** What `adjudicate` needs: the members sitting, their ballots, and the kind of matter. */
export interface Ballot {
  readonly date: string;
  readonly members: readonly CouncilMember[];
  /** Ballots by member code; a member with no ballot is absent. */
  readonly ballots: Readonly<Record<StateCode, Choice>>;
  readonly procedural?: boolean;
  /** Members obliged to abstain under Art. 27(3) (explicit, never inferred). */
  readonly obligatoryAbstainers?: readonly StateCode[];
  /** Override of the required number of affirmative votes (custom bodies). */
  readonly required?: number;
}

/** Decides the outcome of a vote of the Council. Pure and allocation-light: it is the engine's hot path. */
export function adjudicate(input: Ballot): VoteResult {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  let absent = 0;
  const permanent: StateCode[] = [];
  const effective: Record<StateCode, Choice> = {};
  for (const member of input.members) {
    let choice: Choice = input.ballots[member.code] ?? 'absent';
    if (mustAbstain(member.code, input.obligatoryAbstainers) && (choice === 'yes' || choice === 'no')) choice = 'abstain';
    effective[member.code] = choice;
    if (member.permanent) permanent.push(member.code);
    if (choice === 'yes') yes += 1;
    else if (choice === 'no') no += 1;
    else if (choice === 'abstain') abstain += 1;
    else absent += 1;
  }
  const required = input.required ?? requiredVotes(input.date);
  const permanentAgainst = permanentMembersAgainst(effective, permanent);
  return decideOutcome({ yes, no, abstain, absent, required, permanentAgainst, procedural: input.procedural ?? false });
}

/** Decides an outcome from counts alone (the historical record often has only the tally). */
export function adjudicateCounts(input: {
  readonly date: string;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent?: number;
  readonly procedural?: boolean;
  readonly permanentAgainst?: readonly StateCode[];
  readonly required?: number;
}): VoteResult {
  return decideOutcome({
    yes: input.yes,
    no: input.no,
    abstain: input.abstain,
    absent: input.absent ?? 0,
    required: input.required ?? requiredVotes(input.date),
    permanentAgainst: [...(input.permanentAgainst ?? [])],
    procedural: input.procedural ?? false,
  });
}

function decideOutcome(t: {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  required: number;
  permanentAgainst: StateCode[];
  procedural: boolean;
}): VoteResult {
  const base = { yes: t.yes, no: t.no, abstain: t.abstain, absent: t.absent, required: t.required, permanentAgainst: t.permanentAgainst };
  if (t.yes < t.required) return { ...base, outcome: 'failed', vetoedBy: [], ruleId: 'required-majority' };
  if (!t.procedural && t.permanentAgainst.length > 0)
    return { ...base, outcome: 'vetoed', vetoedBy: [...t.permanentAgainst], ruleId: 'veto' };
  return { ...base, outcome: 'adopted', vetoedBy: [], ruleId: t.procedural ? 'procedural-matters' : 'voting-outcome' };
}
