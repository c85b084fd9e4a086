/**
 * Read-only views of a session's state for the screens. No rule lives here: outcomes come from the
 * engine's events (a closed vote's result) or from the engine's `adjudicate` (a running tally).
 */
import {
  adjudicate,
  type CouncilMember,
  type CouncilState,
  type VoteResult,
} from '@council/engine';

type Draft = CouncilState['drafts'][string];
type Vote = CouncilState['votes'][string];
type Meeting = CouncilState['meetings'][string];

const LIVE_DRAFT = new Set(['circulated', 'under_silence', 'silence_broken', 'in_blue']);

export function members(state: CouncilState): readonly CouncilMember[] {
  return state.session?.body.members ?? [];
}

export function memberName(state: CouncilState, code: string): string {
  return members(state).find((m) => m.code === code)?.name ?? code;
}

/** The vote now open, or else the most recent vote. */
export function currentVote(state: CouncilState): Vote | undefined {
  if (state.openVoteId) return state.votes[state.openVoteId];
  const all = Object.values(state.votes);
  return all[all.length - 1];
}

/**
 * The text on the table: the one being voted on; else the draft of the last vote, unless a live draft
 * was tabled after that vote; else the newest live draft, else the newest draft.
 */
export function textOnTable(state: CouncilState): Draft | undefined {
  const vote = currentVote(state);
  const voted = vote?.subject.kind === 'draft' ? state.drafts[vote.subject.draftId] : undefined;
  if (vote?.status === 'open' && voted) return voted;
  const drafts = Object.values(state.drafts);
  const live = drafts.filter((d) => LIVE_DRAFT.has(d.status));
  const newestLive = live.reduce<Draft | undefined>(
    (a, d) => (!a || d.submittedAt >= a.submittedAt ? d : a),
    undefined,
  );
  if (voted && vote && (!newestLive || vote.openedAt >= newestLive.submittedAt)) return voted;
  return newestLive ?? drafts[drafts.length - 1];
}

/** The meeting in progress (convened and not adjourned), newest first. */
export function openMeeting(state: CouncilState): Meeting | undefined {
  const convened = Object.values(state.meetings).filter((m) => m.status === 'convened');
  return convened[convened.length - 1];
}

/** A vote's result: the engine's final result once closed, or the engine's reading of the ballots so far. */
export function voteResult(
  state: CouncilState,
  vote: Vote,
): { result: VoteResult; final: boolean } {
  if (vote.result) return { result: vote.result, final: true };
  const body = state.session?.body;
  const result = adjudicate({
    date: body?.date ?? '',
    members: members(state),
    ballots: vote.ballots,
    procedural: vote.procedural,
    obligatoryAbstainers: vote.obligatoryAbstainers,
    ...(body?.required !== undefined ? { required: body.required } : {}),
  });
  return { result, final: false };
}

/** The silence procedure running on a draft, if any. */
export function runningSilence(draft: Draft | undefined) {
  const last = draft?.silences[draft.silences.length - 1];
  return last && !last.outcome ? last : undefined;
}
