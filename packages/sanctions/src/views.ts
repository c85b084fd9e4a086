/**
 * Cleaned-up views of a list entry for display, mapping, screening and diffs: names with spaces
 * collapsed, dates of birth interpreted, reference numbers trimmed.
 */
import type { Alias, BirthDateRecord, SanctionsEntry } from './model.ts';

/** Collapses runs of white space and trims. */
export function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The entry's primary name: FIRST_NAME … FOURTH_NAME joined. */
export function primaryName(e: SanctionsEntry): string {
  return clean([e.firstName, e.secondName, e.thirdName, e.fourthName].filter(Boolean).join(' '));
}

/** The trimmed reference number ("" when missing). */
export function referenceOf(e: SanctionsEntry): string {
  return clean(e.referenceNumber);
}

/** The trimmed regime (UN_LIST_TYPE). */
export function regimeOf(e: SanctionsEntry): string {
  return clean(e.regime);
}

/** Aliases that carry a name, cleaned, with quality ("Good", "Low", "a.k.a.", …). */
export function aliasesOf(e: SanctionsEntry): { name: string; quality: string; alias: Alias }[] {
  return e.aliases
    .map((a) => ({ name: clean(a.name), quality: clean(a.quality), alias: a }))
    .filter((a) => a.name !== '');
}

/** Non-empty values of a value list, cleaned. */
export function valuesOf(list: string[] | undefined): string[] {
  return (list ?? []).map(clean).filter((v) => v !== '');
}

/** An interpreted date of birth. */
export type BirthDate =
  | { kind: 'exact'; date: string }
  | { kind: 'year'; year: number }
  | { kind: 'approximate'; date?: string; year?: number }
  | { kind: 'between'; from: number; to: number };

function asYear(s: string | undefined): number | undefined {
  const t = clean(s);
  return /^\d{4}$/.test(t) ? Number(t) : undefined;
}

/** Interprets one DOB record (EXACT with a full date, a year, APPROXIMATELY, BETWEEN years); undefined if empty. */
export function interpretBirthDate(r: BirthDateRecord): BirthDate | undefined {
  const type = clean(r.typeOfDate).toUpperCase();
  const date = clean(r.date).slice(0, 10);
  const year = asYear(r.year);
  const from = asYear(r.fromYear);
  const to = asYear(r.toYear);
  if (type === 'BETWEEN' && from !== undefined && to !== undefined)
    return { kind: 'between', from, to };
  if (type === 'APPROXIMATELY') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { kind: 'approximate', date };
    if (year !== undefined) return { kind: 'approximate', year };
    if (from !== undefined && to !== undefined) return { kind: 'between', from, to };
    return undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { kind: 'exact', date };
  if (year !== undefined) return { kind: 'year', year };
  if (from !== undefined && to !== undefined) return { kind: 'between', from, to };
  return undefined;
}

/** All interpretable dates of birth of an entry. */
export function birthDatesOf(e: SanctionsEntry): BirthDate[] {
  return e.datesOfBirth.map(interpretBirthDate).filter((d): d is BirthDate => d !== undefined);
}

/** The birth years a date of birth allows (a range for BETWEEN, ±1 year for approximate ones). */
export function birthYears(d: BirthDate): [number, number] {
  switch (d.kind) {
    case 'exact':
      return [Number(d.date.slice(0, 4)), Number(d.date.slice(0, 4))];
    case 'year':
      return [d.year, d.year];
    case 'approximate': {
      const y = d.year ?? Number(d.date?.slice(0, 4));
      return [y - 1, y + 1];
    }
    case 'between':
      return [d.from, d.to];
  }
}

/** The listing date as YYYY-MM-DD (the list sometimes appends a UTC offset). */
export function listedOnDate(e: SanctionsEntry): string {
  return clean(e.listedOn).slice(0, 10);
}
