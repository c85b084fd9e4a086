/**
 * Composition of the Council on a date.
 *
 * Source: UN Charter Art. 23 (original and as amended by GA res 1991 A (XVIII), in force 31 Aug 1965);
 * GA res 2758 (XXVI) of 25 Oct 1971 (the China seat); the Russian Federation's letter of 24 Dec 1991
 * (the USSR seat). Eleven members (5 permanent, 6 elected) until 31 Dec 1965; fifteen (5 + 10) from
 * 1 Jan 1966, when the first enlarged Council sat. Elected members serve two-year terms from 1 January.
 * Practice: the table, not a formula, says who sat: split terms (1956–57, 1960–61, 1964–65) and seats
 * taken up by a successor State are data. Not here: who presides (presidency-rotation.ts).
 */
import type { MembershipTable, StateCode } from '../membership.ts';
import { stateName } from '../membership.ts';
import { compareEnglish } from '../english-order.ts';

export const compositionRule = {
  id: 'composition',
  source: 'UN Charter Art. 23; GA res 1991 A (XVIII); GA res 2758 (XXVI)',
  summary: 'Eleven members until 31 Dec 1965, fifteen from 1 Jan 1966; five permanent seats.',
} as const;

/** One member of the Council on a date, as the `council members` contract prints it. */
export interface CouncilMember {
  readonly code: StateCode;
  readonly name: string;
  readonly permanent: boolean;
}

/** The size the Charter sets for the Council on a date: 11 before 1966, 15 from 1 Jan 1966. */
export function charterSize(date: string): 11 | 15 {
  return date < '1966-01-01' ? 11 : 15;
}

/** The members on a date in English alphabetical order of their names of the time. */
export function membersOn(table: MembershipTable, date: string): CouncilMember[] {
  const members: CouncilMember[] = [];
  const seen = new Set<StateCode>();
  for (const term of table.terms) {
    if (term.from <= date && date <= term.to && !seen.has(term.code)) {
      seen.add(term.code);
      members.push({
        code: term.code,
        name: stateName(table, term.code, date),
        permanent: term.permanent,
      });
    }
  }
  return members.sort((a, b) => compareEnglish(a.name, b.name));
}

/** Which government represented a seat on a date, where the table records one (e.g. the China seat). */
export function governmentOn(
  table: MembershipTable,
  code: StateCode,
  date: string,
): string | undefined {
  return table.governments?.find((g) => g.code === code && g.from <= date && date <= g.to)
    ?.government;
}
