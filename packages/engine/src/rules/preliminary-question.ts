/**
 * The preliminary question: whether a matter is procedural, itself decided as a substantive question.
 *
 * Source: Statement of the four sponsoring Governments, San Francisco, 7 Jun 1945, part II para. 2;
 * precedent: the Czechoslovak question, 303rd meeting, 24 May 1948, where the proposal to treat the matter
 * as procedural received 8–2–1 and was held defeated by the USSR's negative vote (the "double veto").
 * Practice: since about 1950 the President's ruling (rule 30) has mostly settled the question; the engine
 * supports both routes. A vote on the preliminary question is always substantive, so a permanent member's
 * negative vote (with the required majority) keeps the matter substantive.
 */
import type { VoteResult } from './voting-outcome.ts';

export const preliminaryQuestionRule = {
  id: 'preliminary-question',
  source: 'San Francisco Statement of 7 Jun 1945, II.2; S/PV.303 (24 May 1948)',
  summary:
    'Whether a matter is procedural is a substantive question, so it can be vetoed (double veto).',
} as const;

/** Whether the matter is to be treated as procedural after the vote on the preliminary question. */
export function classificationAfterPreliminaryVote(
  result: VoteResult,
): 'procedural' | 'substantive' {
  return result.outcome === 'adopted' ? 'procedural' : 'substantive';
}
