/**
 * The project's model of the UN Security Council Consolidated List. Text is kept exactly as the list
 * gives it (spaces included) so an export reproduces it; an absent element is an absent property and
 * an empty element is the empty string. `names.ts` and `dates.ts` give cleaned-up views for use.
 */

/** One alias (INDIVIDUAL_ALIAS / ENTITY_ALIAS). QUALITY is "Good", "Low" or "a.k.a." in practice. */
export interface Alias {
  quality?: string;
  name?: string;
  dateOfBirth?: string;
  cityOfBirth?: string;
  countryOfBirth?: string;
  note?: string;
}

/** An address (INDIVIDUAL_ADDRESS / ENTITY_ADDRESS). */
export interface Address {
  street?: string;
  city?: string;
  stateProvince?: string;
  zipCode?: string;
  country?: string;
  note?: string;
}

/** A date of birth as written (INDIVIDUAL_DATE_OF_BIRTH): TYPE_OF_DATE is EXACT, APPROXIMATELY or BETWEEN. */
export interface BirthDateRecord {
  typeOfDate?: string;
  date?: string;
  year?: string;
  fromYear?: string;
  toYear?: string;
  note?: string;
}

/** A place of birth (INDIVIDUAL_PLACE_OF_BIRTH). */
export interface BirthPlace {
  street?: string;
  city?: string;
  stateProvince?: string;
  country?: string;
  note?: string;
}

/** An identity document (INDIVIDUAL_DOCUMENT). */
export interface IdDocument {
  typeOfDocument?: string;
  typeOfDocument2?: string;
  number?: string;
  issuingCountry?: string;
  dateOfIssue?: string;
  cityOfIssue?: string;
  countryOfIssue?: string;
  note?: string;
}

/** One listed individual or entity. */
export interface SanctionsEntry {
  kind: 'individual' | 'entity';
  dataId?: string;
  versionNum?: string;
  firstName?: string;
  secondName?: string;
  thirdName?: string;
  fourthName?: string;
  /** UN_LIST_TYPE: the regime, e.g. "DPRK", "Al-Qaida". */
  regime?: string;
  /** e.g. "KPi.033". */
  referenceNumber?: string;
  listedOn?: string;
  gender?: string;
  submittedBy?: string;
  submittedOn?: string;
  nameOriginalScript?: string;
  /** COMMENTS1: narrative written by the Committee; never shipped in the project's own copy. */
  comments?: string;
  titles?: string[];
  designations?: string[];
  nationalities?: string[];
  listTypes?: string[];
  lastDayUpdated?: string[];
  aliases: Alias[];
  addresses: Address[];
  datesOfBirth: BirthDateRecord[];
  placesOfBirth: BirthPlace[];
  documents: IdDocument[];
  sortKey?: string;
  sortKeyLastMod?: string;
}

/** A whole list: root attributes (in document order) and the entries in document order. */
export interface ConsolidatedList {
  attributes: [name: string, value: string][];
  individuals: SanctionsEntry[];
  entities: SanctionsEntry[];
}

/** The root's dateGenerated attribute, if any. */
export function dateGenerated(list: ConsolidatedList): string | undefined {
  return list.attributes.find(([k]) => k === 'dateGenerated')?.[1];
}

/** All entries, individuals first. */
export function allEntries(list: ConsolidatedList): SanctionsEntry[] {
  return [...list.individuals, ...list.entities];
}
