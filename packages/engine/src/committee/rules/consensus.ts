/**
 * Committee decisions are taken by consensus: one member's objection blocks a decision.
 *
 * Source: 1718 Committee guidelines (first adopted 20 Jun 2007) as described on the Committee's
 * page: decisions by consensus, with no vote and no majority fallback. The no-objection procedure
 * (no-objection-procedure.ts) is how consensus is found in writing; an objection ends a proposal
 * as rejected. Taking a deadlock to the Council is possible in practice but not modelled here.
 */
import type { Proposal } from '../types.ts';

export const consensusRule = {
  id: 'committee-consensus',
  source: '1718 Committee guidelines (2007, as amended): decisions by consensus',
  summary: 'A single objection rejects a proposal; nothing is decided by majority.',
} as const;

/** Whether a member can still object to a proposal on a day (pending, and within the objection period). */
export function canStillObject(proposal: Proposal, day: string): boolean {
  return proposal.status === 'pending' && (proposal.deadline === null || day <= proposal.deadline);
}
