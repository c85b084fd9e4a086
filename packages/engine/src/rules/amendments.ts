/**
 * Amendments: voted before the draft, in the order the President rules, each under the same majority and veto.
 *
 * Source: Provisional Rules of Procedure, rule 33(6) and rule 36; UN Charter Art. 27. Practice (Highlights of
 * Security Council Practice 2023): amendments to substantive drafts can be vetoed; oral amendments are
 * allowed (25 Mar 2024: a Russian oral amendment failed 3–1–11). The President's ordering ("furthest
 * removed in substance first") is a judgement, so it is an explicit input; without one, amendments are
 * voted in order of submission.
 */
import type { Amendment, Draft } from '../state.ts';

export const amendmentsRule = {
  id: 'amendments',
  source: 'Provisional Rules of Procedure, rules 33 and 36; UN Charter Art. 27',
  summary:
    'Amendments are voted before the draft, in the President’s order, under the same majority and veto.',
} as const;

/** The next amendment to vote on, or undefined when none is pending. */
export function nextAmendment(
  draft: Draft,
  amendments: Readonly<Record<string, Amendment>>,
): string | undefined {
  const order = [
    ...(draft.amendmentOrder ?? []),
    ...draft.amendments.filter((a) => !(draft.amendmentOrder ?? []).includes(a)),
  ];
  return order.find((id) => amendments[id]?.status === 'pending');
}
