/**
 * How results are written for people, following UN usage: tallies "13–2–0" with en dashes, the order
 * stated (for–against–abstaining), and vetoing members named.
 */
import type { VoteResult } from './rules/voting-outcome.ts';

/** "13–2–0": for–against–abstaining, with en dashes. */
export function formatTally(r: Pick<VoteResult, 'yes' | 'no' | 'abstain'>): string {
  return `${r.yes}–${r.no}–${r.abstain}`;
}

/** One line describing a result, e.g. "Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation". */
export function describeResult(r: VoteResult, nameOf: (code: string) => string = (c) => c): string {
  const tally = `${formatTally(r)} (for–against–abstaining)`;
  const absent = r.absent > 0 ? `; ${r.absent} absent or not participating` : '';
  if (r.outcome === 'adopted') return `Adopted ${tally}${absent}`;
  if (r.outcome === 'vetoed')
    return `Vetoed ${tally}; vetoed by ${r.vetoedBy.map(nameOf).join(', ')}${absent}`;
  const against = r.permanentAgainst.length
    ? `; negative votes of permanent members (not vetoes): ${r.permanentAgainst.map(nameOf).join(', ')}`
    : '';
  return `Failed ${tally}: ${r.yes} in favour, ${r.required} required${against}${absent}`;
}
