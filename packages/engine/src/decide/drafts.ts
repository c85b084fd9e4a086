import type {
  AbandonDraft,
  CoSponsorDraft,
  PutDraftInBlue,
  ReviseDraft,
  SubmitDraft,
  WithdrawDraft,
} from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { accessRule } from '../access.ts';
import { draftLifecycleRule, isFinal } from '../rules/draft-lifecycle.ts';
import { consensusRule, isConsensusProduct } from '../rules/consensus.ts';
import {
  draftToChange,
  event,
  findDraft,
  isBeingVoted,
  isRejection,
  noSession,
} from './support.ts';

/** Circulates a draft text; penholders must be named. */
export function decideSubmitDraft(state: CouncilState, cmd: SubmitDraft): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  if (state.drafts[cmd.draftId])
    return reject('draft_exists', draftLifecycleRule.id, `Draft '${cmd.draftId}' already exists.`);
  if (cmd.penholders.length === 0)
    return reject('no_penholder', draftLifecycleRule.id, 'A draft names at least one penholder.');
  if (cmd.title.trim() === '')
    return reject('no_title', draftLifecycleRule.id, 'A draft needs a title.');
  const a = cmd.meta.actor;
  if (a.role === 'observer')
    return reject('not_allowed', accessRule.id, 'Observers cannot submit drafts.');
  if (a.role === 'delegation' && !cmd.penholders.includes(a.member))
    return reject(
      'not_your_delegation',
      accessRule.id,
      `A delegation submits drafts only as a penholder (${a.member}).`,
    );
  const sponsors = [...new Set([...cmd.penholders, ...(cmd.sponsors ?? [])])];
  return accept(
    event(
      'DraftSubmitted',
      {
        draftId: cmd.draftId,
        kind: cmd.kind,
        title: cmd.title,
        ...(cmd.symbol !== undefined ? { symbol: cmd.symbol } : {}),
        penholders: cmd.penholders,
        sponsors,
        ...(cmd.text !== undefined ? { text: cmd.text } : {}),
      },
      cmd.meta,
    ),
  );
}

/** Adds a co-sponsor (any State) before the draft's fate is settled. */
export function decideCoSponsorDraft(state: CouncilState, cmd: CoSponsorDraft): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  const d = findDraft(state, cmd.draftId);
  if (isRejection(d)) return d;
  const a = cmd.meta.actor;
  if (a.role === 'observer')
    return reject('not_allowed', accessRule.id, 'Observers cannot co-sponsor.');
  if (a.role === 'delegation' && a.member !== cmd.state)
    return reject(
      'not_your_delegation',
      accessRule.id,
      `Only ${cmd.state} may co-sponsor in its own name.`,
    );
  if (d.kind !== 'resolution')
    return reject(
      'no_sponsors',
      consensusRule.id,
      'Only draft resolutions have sponsors; consensus texts belong to the whole Council.',
    );
  if (isFinal(d.status) || (d.status === 'in_blue' && state.openVoteId))
    return reject('draft_closed', draftLifecycleRule.id, `Draft '${d.id}' is ${d.status}.`);
  if (d.sponsors.includes(cmd.state))
    return reject(
      'already_sponsor',
      draftLifecycleRule.id,
      `${cmd.state} already sponsors '${d.id}'.`,
    );
  return accept(event('DraftCoSponsored', { draftId: d.id, state: cmd.state }, cmd.meta));
}

/** Replaces the text with a revision (penholders or chair); ends any broken silence so it can go under silence again. */
export function decideReviseDraft(state: CouncilState, cmd: ReviseDraft): Decision {
  const d = draftToChange(state, cmd, 'penholders');
  if (isRejection(d)) return d;
  if (d.status === 'under_silence')
    return reject(
      'under_silence',
      'silence-procedure',
      'A text under silence cannot be revised; wait for the deadline or a break.',
    );
  if (isBeingVoted(state, d.id))
    return reject('vote_open', 'voting-outcome', 'The draft is being voted on.');
  return accept(
    event(
      'DraftRevised',
      {
        draftId: d.id,
        revision: d.revision + 1,
        ...(cmd.text !== undefined ? { text: cmd.text } : {}),
        ...(cmd.title !== undefined ? { title: cmd.title } : {}),
        ...(cmd.symbol !== undefined ? { symbol: cmd.symbol } : {}),
      },
      cmd.meta,
    ),
  );
}

/** Issues a draft resolution in final form ("in blue"). */
export function decidePutDraftInBlue(state: CouncilState, cmd: PutDraftInBlue): Decision {
  const d = draftToChange(state, cmd, 'penholders');
  if (isRejection(d)) return d;
  if (isConsensusProduct(d.kind))
    return reject(
      'not_a_resolution',
      consensusRule.id,
      'Only draft resolutions go into blue; consensus texts are agreed under silence.',
    );
  if (d.status !== 'circulated' && d.status !== 'silence_broken')
    return reject('bad_status', draftLifecycleRule.id, `Draft '${d.id}' is ${d.status}.`);
  return accept(
    event(
      'DraftPutInBlue',
      { draftId: d.id, ...(cmd.symbol !== undefined ? { symbol: cmd.symbol } : {}) },
      cmd.meta,
    ),
  );
}

/** Withdraws a draft before it is voted on (rule 35). */
export function decideWithdrawDraft(state: CouncilState, cmd: WithdrawDraft): Decision {
  const d = draftToChange(state, cmd, 'penholders');
  if (isRejection(d)) return d;
  if (isBeingVoted(state, d.id))
    return reject(
      'vote_open',
      draftLifecycleRule.id,
      'A draft cannot be withdrawn while it is being voted on (rule 35: before the vote).',
    );
  return accept(event('DraftWithdrawn', { draftId: d.id }, cmd.meta));
}

/** Gives up a consensus text that was not agreed, recording who broke silence. */
export function decideAbandonDraft(state: CouncilState, cmd: AbandonDraft): Decision {
  const d = draftToChange(state, cmd, 'chair');
  if (isRejection(d)) return d;
  if (d.status === 'under_silence')
    return reject('under_silence', 'silence-procedure', 'The text is still under silence.');
  const objectors = [...new Set(d.silences.flatMap((s) => s.brokenBy.map((b) => b.member)))];
  return accept(
    event('DraftAbandoned', { draftId: d.id, reason: cmd.reason, objectors }, cmd.meta),
  );
}
