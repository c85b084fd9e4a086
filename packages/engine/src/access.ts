/**
 * Who may send which command in a live session: the chair runs the meeting; a delegation acts only as
 * itself; observers only watch. A historical replay (`record`) acts for everyone.
 */
import type { CommandMeta } from './commands.ts';
import type { StateCode } from './membership.ts';
import { reject } from './rejections.ts';

export const accessRule = {
  id: 'session-access',
  source:
    'Council session roles (Provisional Rules of Procedure, rules 19 and 27–40, give the President the conduct of business)',
  summary: 'Only the chair conducts business; a delegation acts only in its own name.',
} as const;

/** Rejects unless the sender is the chair (or a historical replay). */
export function requireChair(meta: CommandMeta) {
  if (meta.actor.role === 'chair' || meta.actor.role === 'record') return undefined;
  return reject('chair_only', accessRule.id, 'Only the chair may do this.');
}

/** Rejects unless the sender is the delegation of `member` (or a historical replay). */
export function requireActsAs(meta: CommandMeta, member: StateCode) {
  const a = meta.actor;
  if (a.role === 'record') return undefined;
  if (a.role === 'delegation' && a.member === member) return undefined;
  return reject(
    'not_your_delegation',
    accessRule.id,
    `Only the delegation of ${member} may act in its name.`,
  );
}

/** Rejects unless the sender is the chair, a replay, or the delegation of one of `members`. */
export function requireChairOrOneOf(meta: CommandMeta, members: readonly StateCode[]) {
  const a = meta.actor;
  if (a.role === 'chair' || a.role === 'record') return undefined;
  if (a.role === 'delegation' && members.includes(a.member)) return undefined;
  return reject(
    'not_allowed',
    accessRule.id,
    `Only the chair or ${members.join(', ')} may do this.`,
  );
}
