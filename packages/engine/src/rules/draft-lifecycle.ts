/**
 * The life of a draft resolution: circulated, negotiated, put "in blue", voted; or withdrawn; or never voted.
 *
 * Source: Provisional Rules of Procedure, rule 31 (drafts in writing), rule 32 (voted in order of
 * submission), rule 35 (withdrawal before the vote); documented practice on penholders (S/2017/507,
 * S/2023/945) and on the "blue" final text (Secretariat note on blue drafts, reproduced in Bailey & Daws).
 * Practice: a blue text is normally available about 24 hours before the vote; that is a convention, not a
 * rule, so the engine does not enforce it. A draft that is never put to a vote stays circulated: the
 * November 2021 Chinese–Russian DPRK draft is the example.
 */
import type { DraftStatus } from '../state.ts';

export const draftLifecycleRule = {
  id: 'draft-lifecycle',
  source: 'Provisional Rules of Procedure, rules 31, 32, 35; S/2017/507; S/2023/945',
  summary:
    'Drafts are circulated, may go into blue, and are voted, withdrawn, or never put to a vote.',
} as const;

/** Statuses after which a draft can no longer change. */
export const FINAL_DRAFT_STATUSES: readonly DraftStatus[] = [
  'adopted',
  'vetoed',
  'not_adopted',
  'withdrawn',
  'abandoned',
  'agreed',
];

/** True when the draft's fate is settled. */
export function isFinal(status: DraftStatus): boolean {
  return FINAL_DRAFT_STATUSES.includes(status);
}
