/**
 * Maps list entries to FollowTheMoney entities, shaped as OpenSanctions publishes the UN list: a
 * Person or Organization per entry, a Sanction naming the regime and reference number, an Address
 * per address, and a Passport or Identification per document. Ids are "unsc-<DATAID>" based.
 * "Good" and "a.k.a." aliases become `alias`, "Low" ones `weakAlias`. Free-text comments are left out.
 */
import type { ConsolidatedList, SanctionsEntry } from './model.ts';
import { allEntries } from './model.ts';
import { countryCode } from './countries.ts';
import {
  aliasesOf,
  birthDatesOf,
  clean,
  listedOnDate,
  primaryName,
  referenceOf,
  regimeOf,
  valuesOf,
} from './views.ts';

/** One FollowTheMoney entity. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

function put(
  props: Record<string, string[]>,
  key: string,
  ...values: (string | undefined)[]
): void {
  for (const v of values) {
    const t = clean(v);
    if (t === '') continue;
    const list = (props[key] ??= []);
    if (!list.includes(t)) list.push(t);
  }
}

function codes(...names: (string | undefined)[]): string[] {
  return names.map(countryCode).filter((c): c is string => c !== undefined);
}

/** The FollowTheMoney entities for one entry. */
export function entryToFtm(e: SanctionsEntry): FtmEntity[] {
  const base = `unsc-${clean(e.dataId) || referenceOf(e).replace(/\W/g, '').toLowerCase()}`;
  const isPerson = e.kind === 'individual';
  const props: Record<string, string[]> = {};
  const out: FtmEntity[] = [];
  put(props, 'name', primaryName(e));
  if (isPerson) {
    put(props, 'firstName', e.firstName);
    put(props, 'secondName', e.secondName);
  }
  put(props, 'alias', e.nameOriginalScript);
  for (const a of aliasesOf(e))
    put(props, /^low$/i.test(a.quality) ? 'weakAlias' : 'alias', a.name);
  put(props, 'unscId', referenceOf(e));
  put(props, 'topics', 'sanction');
  if (isPerson) {
    put(props, 'title', ...valuesOf(e.titles));
    put(props, 'position', ...valuesOf(e.designations));
    put(props, 'nationality', ...codes(...valuesOf(e.nationalities)));
    put(props, 'gender', clean(e.gender).toLowerCase() || undefined);
    for (const d of birthDatesOf(e)) {
      if (d.kind === 'exact') put(props, 'birthDate', d.date);
      else if (d.kind === 'year') put(props, 'birthDate', String(d.year));
      else if (d.kind === 'approximate') put(props, 'birthDate', d.date ?? String(d.year));
      else for (let y = d.from; y <= d.to; y++) put(props, 'birthDate', String(y));
    }
    for (const p of e.placesOfBirth) {
      put(
        props,
        'birthPlace',
        [p.street, p.city, p.stateProvince, p.country].map(clean).filter(Boolean).join(', '),
      );
      put(props, 'birthCountry', ...codes(p.country));
    }
  }
  e.addresses.forEach((a, i) => {
    const full = [a.street, a.city, a.stateProvince, a.zipCode, a.country]
      .map(clean)
      .filter(Boolean)
      .join(', ');
    if (full === '') return;
    const addr: Record<string, string[]> = {};
    put(addr, 'full', full);
    put(addr, 'street', a.street);
    put(addr, 'city', a.city);
    put(addr, 'region', a.stateProvince);
    put(addr, 'postalCode', a.zipCode);
    put(addr, 'country', ...codes(a.country));
    const id = `${base}-addr-${i + 1}`;
    out.push({ id, schema: 'Address', properties: addr });
    put(props, 'addressEntity', id);
    put(props, 'country', ...codes(a.country));
  });
  e.documents.forEach((d, i) => {
    if (clean(d.number) === '' && clean(d.typeOfDocument) === '') return;
    const doc: Record<string, string[]> = {};
    put(doc, 'holder', base);
    put(doc, 'number', d.number);
    put(doc, 'type', [d.typeOfDocument, d.typeOfDocument2].map(clean).filter(Boolean).join(' / '));
    put(doc, 'country', ...codes(d.issuingCountry, d.countryOfIssue));
    put(doc, 'startDate', clean(d.dateOfIssue).slice(0, 10) || undefined);
    put(doc, 'authority', d.cityOfIssue);
    const passport = /passport/i.test(`${d.typeOfDocument ?? ''} ${d.typeOfDocument2 ?? ''}`);
    out.push({
      id: `${base}-doc-${i + 1}`,
      schema: passport ? 'Passport' : 'Identification',
      properties: doc,
    });
  });
  const sanction: Record<string, string[]> = {};
  put(sanction, 'entity', base);
  put(sanction, 'authority', 'United Nations Security Council');
  put(sanction, 'program', regimeOf(e));
  put(sanction, 'unscId', referenceOf(e));
  put(sanction, 'authorityId', referenceOf(e));
  put(sanction, 'listingDate', listedOnDate(e) || undefined);
  out.unshift({ id: base, schema: isPerson ? 'Person' : 'Organization', properties: props });
  out.push({ id: `${base}-sanction`, schema: 'Sanction', properties: sanction });
  return out;
}

/** The whole list as FollowTheMoney JSON lines (one entity per line, ending with a newline). */
export function toFtmJsonLines(list: ConsolidatedList): string {
  return allEntries(list)
    .flatMap(entryToFtm)
    .map((entity) => JSON.stringify(entity))
    .join('\n')
    .concat('\n');
}
