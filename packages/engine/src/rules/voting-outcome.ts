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
import { findVetoes } from './veto.ts';
import { mustAbstain } from './obligatory-abstention.ts';

export const votingOutcomeRule = {
  id: 'voting-outcome',
  source: 'UN Charter Art. 27; practice on insufficient votes (S/2020/658)',
  summary:
    'Adopted, vetoed (enough votes, a permanent member against) or failed (too few votes) are distinct.',
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
  const permanentAgainst: StateCode[] = [];
  const { members, ballots, obligatoryAbstainers } = input;
  for (let i = 0; i < members.length; i += 1) {
    const member = members[i] as CouncilMember;
    let choice = ballots[member.code];
    if (choice === undefined) {
      absent += 1;
      continue;
    }
    if (
      (choice === 'yes' || choice === 'no') &&
      obligatoryAbstainers !== undefined &&
      mustAbstain(member.code, obligatoryAbstainers)
    )
      choice = 'abstain';
    if (choice === 'yes') yes += 1;
    else if (choice === 'no') {
      no += 1;
      // Collected here for speed; what a permanent member's "no" means is decided in veto.ts.
      if (member.permanent) permanentAgainst.push(member.code);
    } else if (choice === 'abstain') abstain += 1;
    else absent += 1;
  }
  const required = input.required ?? requiredVotes(input.date);
  return decideOutcome(
    yes,
    no,
    abstain,
    absent,
    required,
    permanentAgainst,
    input.procedural ?? false,
  );
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
  return decideOutcome(
    input.yes,
    input.no,
    input.abstain,
    input.absent ?? 0,
    input.required ?? requiredVotes(input.date),
    [...(input.permanentAgainst ?? [])],
    input.procedural ?? false,
  );
}

function decideOutcome(
  yes: number,
  no: number,
  abstain: number,
  absent: number,
  required: number,
  permanentAgainst: StateCode[],
  procedural: boolean,
): VoteResult {
  if (yes < required)
    return {
      outcome: 'failed',
      yes,
      no,
      abstain,
      absent,
      required,
      vetoedBy: [],
      permanentAgainst,
      ruleId: 'required-majority',
    };
  const vetoedBy = findVetoes(permanentAgainst, procedural);
  if (vetoedBy.length > 0)
    return {
      outcome: 'vetoed',
      yes,
      no,
      abstain,
      absent,
      required,
      vetoedBy,
      permanentAgainst,
      ruleId: 'veto',
    };
  return {
    outcome: 'adopted',
    yes,
    no,
    abstain,
    absent,
    required,
    vetoedBy,
    permanentAgainst,
    ruleId: procedural ? 'procedural-matters' : 'voting-outcome',
  };
}
