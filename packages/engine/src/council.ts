import type { MembershipTable, StateCode } from './membership.ts';
import { charterSize, membersOn, type CouncilMember } from './rules/composition.ts';
import { presidentOn } from './rules/presidency-rotation.ts';

/** The Council on a date: its size, President and members (English alphabetical order). */
export interface Council {
  readonly date: string;
  readonly size: number;
  readonly president: StateCode;
  readonly members: CouncilMember[];
}

/** Thrown when a date lies outside the table's coverage (callers turn it into a usage error). */
export class CoverageError extends Error {
  override readonly name = 'CoverageError';
}

/** The Council sitting on `date`, from the membership table. */
export function councilOn(table: MembershipTable, date: string): Council {
  if (date < table.coverage.from || date > table.coverage.to)
    throw new CoverageError(
      `date ${date} is outside the membership record (${table.coverage.from} to ${table.coverage.to})`,
    );
  const members = membersOn(table, date);
  const president = presidentOn(table, date) ?? '';
  return { date, size: members.length || charterSize(date), president, members };
}
