import type { BreakSilence, ConcludeSilence, ExtendSilence, PutUnderSilence } from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { requireActsAs } from '../access.ts';
import { deadlineReached, silenceProcedureRule } from '../rules/silence-procedure.ts';
import { consensusRule } from '../rules/consensus.ts';
import { draftToChange, event, findDraft, isRejection, memberCodes, noSession } from './support.ts';

const ID = silenceProcedureRule.id;

/** Puts a circulated (or revised) text under silence until an explicit deadline. */
export function decidePutUnderSilence(state: CouncilState, cmd: PutUnderSilence): Decision {
  const d = draftToChange(state, cmd, 'penholders');
  if (isRejection(d)) return d;
  if (d.status === 'under_silence')
    return reject('already_under_silence', ID, 'The text is already under silence.');
  if (d.status === 'in_blue')
    return reject('in_blue', ID, 'A text in blue goes to the vote, not under silence.');
  const last = d.silences[d.silences.length - 1];
  if (d.status === 'silence_broken' && last && d.revision === 0 && last.outcome === 'broken')
    return reject(
      'revise_first',
      ID,
      'Silence was broken on this text: circulate a revised text before putting it under silence again.',
    );
  if (deadlineReached(cmd.meta.at, cmd.deadline))
    return reject(
      'deadline_passed',
      ID,
      `The deadline ${cmd.deadline} is not after ${cmd.meta.at}.`,
    );
  return accept(event('SilenceStarted', { draftId: d.id, deadline: cmd.deadline }, cmd.meta));
}

/** A member breaks silence before the deadline: the text is not agreed. */
export function decideBreakSilence(state: CouncilState, cmd: BreakSilence): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  const d = findDraft(state, cmd.draftId);
  if (isRejection(d)) return d;
  const denied = requireActsAs(cmd.meta, cmd.member);
  if (denied) return denied;
  if (!memberCodes(state).includes(cmd.member))
    return reject(
      'not_a_member',
      consensusRule.id,
      `${cmd.member} is not a member of the Council; only members take part in silence.`,
    );
  const current = d.silences[d.silences.length - 1];
  // Once one member has broken silence others may still object before the deadline, so the record names them all.
  const stillOpen =
    d.status === 'under_silence' ||
    (d.status === 'silence_broken' && current?.outcome === 'broken');
  if (!stillOpen || !current)
    return reject(
      'not_under_silence',
      ID,
      `Draft '${d.id}' is not under silence (it is ${d.status}).`,
    );
  if (deadlineReached(cmd.meta.at, current.deadline))
    return reject(
      'deadline_passed',
      ID,
      `Silence ended at ${current.deadline}; the objection comes too late.`,
    );
  if (current.brokenBy.some((b) => b.member === cmd.member))
    return reject('already_objected', ID, `${cmd.member} has already broken silence on this text.`);
  return accept(
    event(
      'SilenceBroken',
      {
        draftId: d.id,
        member: cmd.member,
        ...(cmd.reason !== undefined ? { reason: cmd.reason } : {}),
      },
      cmd.meta,
    ),
  );
}

/** The presidency extends the deadline while silence holds. */
export function decideExtendSilence(state: CouncilState, cmd: ExtendSilence): Decision {
  const d = draftToChange(state, cmd, 'chair');
  if (isRejection(d)) return d;
  if (d.status !== 'under_silence')
    return reject('not_under_silence', ID, `Draft '${d.id}' is not under silence.`);
  const current = d.silences[d.silences.length - 1];
  if (
    (current && !deadlineReached(cmd.deadline, current.deadline)) ||
    current?.deadline === cmd.deadline
  )
    return reject(
      'not_later',
      ID,
      `The new deadline must be later than ${current?.deadline ?? 'the current one'}.`,
    );
  return accept(event('SilenceExtended', { draftId: d.id, deadline: cmd.deadline }, cmd.meta));
}

/** At or after the deadline with no objection, the text is agreed. */
export function decideConcludeSilence(state: CouncilState, cmd: ConcludeSilence): Decision {
  const d = draftToChange(state, cmd, 'chair');
  if (isRejection(d)) return d;
  if (d.status !== 'under_silence')
    return reject(
      'not_under_silence',
      ID,
      `Draft '${d.id}' is not under silence (it is ${d.status}).`,
    );
  const current = d.silences[d.silences.length - 1];
  if (current && !deadlineReached(cmd.meta.at, current.deadline))
    return reject('deadline_not_reached', ID, `Silence runs until ${current.deadline}.`);
  return accept(event('ConsensusReached', { draftId: d.id, kind: d.kind }, cmd.meta));
}
