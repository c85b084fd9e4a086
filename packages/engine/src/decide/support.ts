import type { CommandMeta } from '../commands.ts';
import type { CouncilEvent } from '../events.ts';
import type { StateCode } from '../membership.ts';
import type { CouncilState, Draft } from '../state.ts';
import { reject } from '../rejections.ts';
import { requireChair, requireChairOrOneOf } from '../access.ts';
import { draftLifecycleRule, isFinal } from '../rules/draft-lifecycle.ts';

/** Builds an event of a given type from a command's meta. */
export function event<T extends CouncilEvent['type']>(
  type: T,
  data: Extract<CouncilEvent, { type: T }>['data'],
  meta: CommandMeta,
): Extract<CouncilEvent, { type: T }> {
  return {
    type,
    data,
    meta:
      meta.commandId === undefined ? { at: meta.at } : { at: meta.at, commandId: meta.commandId },
  } as Extract<CouncilEvent, { type: T }>;
}

/** The codes of the body's members, in the body's order. */
export function memberCodes(state: CouncilState): StateCode[] {
  return state.session?.body.members.map((m) => m.code) ?? [];
}

/** A rejection when no session has started. */
export function noSession(state: CouncilState) {
  return state.session
    ? undefined
    : reject('no_session', 'session', 'No session has started: send StartSession first.');
}

/** The draft with this id, or a rejection naming the missing id. */
export function findDraft(state: CouncilState, draftId: string): Draft | ReturnType<typeof reject> {
  return (
    state.drafts[draftId] ??
    reject('unknown_draft', 'draft-lifecycle', `There is no draft '${draftId}'.`)
  );
}

/** True when a value returned by findDraft is a rejection. */
export function isRejection(x: unknown): x is ReturnType<typeof reject> {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;
}

/**
 * The draft a command changes, after the checks most draft commands share: a session has started, the draft
 * exists, the sender may act on it (its penholders or the chair, or the chair alone), and its fate is not
 * yet settled.
 */
export function draftToChange(
  state: CouncilState,
  cmd: { readonly draftId: string; readonly meta: CommandMeta },
  who: 'penholders' | 'chair',
): Draft | ReturnType<typeof reject> {
  const missing = noSession(state) ?? (who === 'chair' ? requireChair(cmd.meta) : undefined);
  if (missing) return missing;
  const d = findDraft(state, cmd.draftId);
  if (isRejection(d)) return d;
  const denied = who === 'penholders' ? requireChairOrOneOf(cmd.meta, d.penholders) : undefined;
  if (denied) return denied;
  if (isFinal(d.status))
    return reject('draft_closed', draftLifecycleRule.id, `Draft '${d.id}' is already ${d.status}.`);
  return d;
}

/** True when the open vote (if any) concerns this draft: the draft or one of its parts. */
export function isBeingVoted(state: CouncilState, draftId: string): boolean {
  const open = state.openVoteId ? state.votes[state.openVoteId] : undefined;
  return open !== undefined && 'draftId' in open.subject && open.subject.draftId === draftId;
}
