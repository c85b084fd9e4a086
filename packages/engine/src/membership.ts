/**
 * The membership table: the engine's input for who sits on the Council on a date. The engine never
 * reads it from disk; callers load it (see @council/record `loadMembership`) and pass it in.
 */

/** A State's code: ISO 3166-1 alpha-3, or ISO 3166-3 for a State that no longer exists (SUN, YUG, CSK, DDR). */
export type StateCode = string;

/** One period in which a State sat on the Council (inclusive dates). */
export interface MembershipTerm {
  readonly code: StateCode;
  readonly from: string;
  readonly to: string;
  readonly permanent: boolean;
}

/** The English short name a State used at the UN over a period (inclusive dates). */
export interface NamePeriod {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** A month whose President is known from a source; the rotation restarts from it. */
export interface PresidencyAnchor {
  /** "YYYY-MM". */
  readonly month: string;
  readonly president: StateCode;
  readonly source: string;
}

/** Which government represented a permanent seat over a period (the China seat: ROC, then PRC). */
export interface SeatGovernment {
  readonly seat: string;
  readonly code: StateCode;
  readonly government: string;
  readonly from: string;
  readonly to: string;
}

/** Everything the engine needs to know who sat on the Council on any date of its coverage. */
export interface MembershipTable {
  readonly coverage: { readonly from: string; readonly to: string };
  readonly terms: readonly MembershipTerm[];
  readonly names: Readonly<Record<StateCode, readonly NamePeriod[]>>;
  readonly presidencyAnchors?: readonly PresidencyAnchor[];
  readonly governments?: readonly SeatGovernment[];
}

/** The UN English short name of a State on a date (falls back to the latest known name, then the code). */
export function stateName(table: MembershipTable, code: StateCode, date: string): string {
  const periods = table.names[code];
  if (!periods || periods.length === 0) return code;
  for (const p of periods) if (p.from <= date && date <= p.to) return p.name;
  const earliest = periods.reduce((a, b) => (a.from <= b.from ? a : b));
  if (date < earliest.from) return earliest.name;
  return periods.reduce((a, b) => (a.to >= b.to ? a : b)).name;
}

/** True when the code names a State the table knows. */
export function isKnownState(table: MembershipTable, code: StateCode): boolean {
  return table.names[code] !== undefined;
}
