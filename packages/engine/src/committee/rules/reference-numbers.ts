/**
 * Each listed entry gets the next reference number of its regime: a prefix for individuals and one for
 * entities, a dot and a three-digit serial (DPRK: KPi.001…, KPe.001…). Numbers are never reused.
 *
 * Source: the Security Council Consolidated List (REFERENCE_NUMBER element), e.g. KPi.033 listed
 * 30 Nov 2016 under S/RES/2321 (2016); the prefixes are the list's own convention.
 */
import type { Committee, ListingSubject } from '../types.ts';

export const referenceNumbersRule = {
  id: 'reference-numbers',
  source: 'UN Security Council Consolidated List, REFERENCE_NUMBER (KPi./KPe. for the DPRK)',
  summary: 'A new entry takes the next unused serial of its regime and kind.',
} as const;

/** Formats a reference number: prefix, dot, serial padded to three digits. */
export function formatReference(prefix: string, serial: number): string {
  return `${prefix}.${String(serial).padStart(3, '0')}`;
}

/** Reference numbers for subjects listed together, in the order given. */
export function nextReferences(
  committee: Committee,
  subjects: readonly ListingSubject[],
): string[] {
  let individual = committee.lastReference.individual;
  let entity = committee.lastReference.entity;
  return subjects.map((s) =>
    s.kind === 'individual'
      ? formatReference(committee.referencePrefixes.individual, (individual += 1))
      : formatReference(committee.referencePrefixes.entity, (entity += 1)),
  );
}

/** The serial of a reference number, or undefined if it does not have the prefix. */
export function serialOf(reference: string, prefix: string): number | undefined {
  if (!reference.startsWith(`${prefix}.`)) return undefined;
  const n = Number(reference.slice(prefix.length + 1));
  return Number.isInteger(n) ? n : undefined;
}
