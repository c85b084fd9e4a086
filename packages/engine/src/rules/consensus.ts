/**
 * Consensus products: presidential statements, press statements, press elements and letters need every member.
 *
 * Source: Note by the President S/26015 (30 Jun 1993) on presidential statements (S/PRST series from 1994);
 * Note by the President S/2017/507; Security Council Report, "In Hindsight: Security Council Press
 * Statements" (May 2012). These texts are adopted without a vote, by consensus of all members: one
 * member's objection prevents adoption, and a permanent member weighs no more than any other here.
 * Example: on 25 Mar 2022 press elements on the DPRK's ICBM launch were not agreed (China, Russia).
 */
import type { DraftKind } from '../commands.ts';

export const consensusRule = {
  id: 'consensus',
  source: 'S/26015 (1993); S/2017/507; SCR, In Hindsight: Press Statements (2012)',
  summary:
    'Presidential and press statements, press elements and letters need the consent of every member.',
} as const;

/** True for kinds of text adopted by consensus without a vote. */
export function isConsensusProduct(kind: DraftKind): boolean {
  return kind !== 'resolution';
}
