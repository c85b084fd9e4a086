import type {
  ObjectToSeparateVote,
  RequestSeparateVote,
  SetAmendmentOrder,
  SubmitAmendment,
} from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requireActsAs, requireChair } from '../access.ts';
import { amendmentsRule } from '../rules/amendments.ts';
import { separateVotingRule } from '../rules/separate-voting.ts';
import { isFinal } from '../rules/draft-lifecycle.ts';
import { isConsensusProduct } from '../rules/consensus.ts';
import { participationRule } from '../rules/participation.ts';
import { event, findDraft, isRejection, memberCodes, noSession } from './support.ts';

/** Moves an amendment to a draft resolution that has not yet been voted. */
export function decideSubmitAmendment(state: CouncilState, cmd: SubmitAmendment): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  const d = findDraft(state, cmd.draftId);
  if (isRejection(d)) return d;
  const denied =
    cmd.meta.actor.role === 'chair' ? undefined : requireActsAs(cmd.meta, cmd.proposedBy);
  if (denied) return denied;
  if (isConsensusProduct(d.kind))
    return reject(
      'not_a_resolution',
      amendmentsRule.id,
      'Consensus texts are negotiated, not amended by vote.',
    );
  if (isFinal(d.status))
    return reject('draft_closed', amendmentsRule.id, `Draft '${d.id}' is already ${d.status}.`);
  if (state.amendments[cmd.amendmentId])
    return reject(
      'amendment_exists',
      amendmentsRule.id,
      `Amendment '${cmd.amendmentId}' already exists.`,
    );
  if (cmd.text.trim() === '')
    return reject('empty_amendment', amendmentsRule.id, 'An amendment needs a text.');
  return accept(
    event(
      'AmendmentSubmitted',
      {
        amendmentId: cmd.amendmentId,
        draftId: d.id,
        proposedBy: cmd.proposedBy,
        text: cmd.text,
        oral: cmd.oral ?? false,
      },
      cmd.meta,
    ),
  );
}

/** The President rules on the order in which amendments are voted (rule 36). */
export function decideSetAmendmentOrder(state: CouncilState, cmd: SetAmendmentOrder): Decision {
  const guard = noSession(state) ?? requireChair(cmd.meta);
  if (guard) return guard;
  const d = findDraft(state, cmd.draftId);
  if (isRejection(d)) return d;
  const pending = d.amendments.filter((a) => state.amendments[a]?.status === 'pending');
  const unknown = cmd.order.find((a) => !pending.includes(a));
  if (unknown)
    return reject(
      'unknown_amendment',
      amendmentsRule.id,
      `'${unknown}' is not a pending amendment to '${d.id}'.`,
    );
  if (new Set(cmd.order).size !== cmd.order.length)
    return reject(
      'duplicate_amendment',
      amendmentsRule.id,
      'An amendment appears twice in the order.',
    );
  return accept(event('AmendmentOrderSet', { draftId: d.id, order: cmd.order }, cmd.meta));
}

/** A Council member asks for parts of a draft to be voted separately (rule 32). */
export function decideRequestSeparateVote(state: CouncilState, cmd: RequestSeparateVote): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  const d = findDraft(state, cmd.draftId);
  if (isRejection(d)) return d;
  const denied = requireActsAs(cmd.meta, cmd.requestedBy);
  if (denied && cmd.meta.actor.role !== 'chair') return denied;
  if (!memberCodes(state).includes(cmd.requestedBy))
    return reject(
      'not_a_member',
      participationRule.id,
      `${cmd.requestedBy} is not a member of the Council.`,
    );
  if (isFinal(d.status))
    return reject('draft_closed', separateVotingRule.id, `Draft '${d.id}' is already ${d.status}.`);
  if (cmd.parts.length < 2)
    return reject('too_few_parts', separateVotingRule.id, 'A division names at least two parts.');
  return accept(
    event(
      'SeparateVoteRequested',
      { draftId: d.id, parts: cmd.parts, requestedBy: cmd.requestedBy },
      cmd.meta,
    ),
  );
}

/** The mover of the draft objects to the division, so the draft is voted as a whole (rule 32). */
export function decideObjectToSeparateVote(
  state: CouncilState,
  cmd: ObjectToSeparateVote,
): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  const d = findDraft(state, cmd.draftId);
  if (isRejection(d)) return d;
  const denied = requireActsAs(cmd.meta, cmd.by);
  if (denied && cmd.meta.actor.role !== 'chair') return denied;
  if (!d.separateVote || d.separateVote.refusedBy)
    return reject(
      'no_division_requested',
      separateVotingRule.id,
      'No separate vote is pending on this draft.',
    );
  if (!d.penholders.includes(cmd.by))
    return reject(
      'not_the_mover',
      separateVotingRule.id,
      `Only the mover (${d.penholders.join(', ')}) may object to a division.`,
    );
  return accept(event('SeparateVoteRefused', { draftId: d.id, by: cmd.by }, cmd.meta));
}
