/**
 * Element names of the Consolidated List XML and the model keys they map to, in the order the list
 * writes them. One table drives both import and export, so the two cannot drift apart.
 * Element names: council-rules.md S10 and the two stored snapshots (2020, 2024).
 */

export type RecordField = readonly [tag: string, key: string];

export type EntryField =
  | { readonly tag: string; readonly key: string; readonly type: 'text' }
  | { readonly tag: string; readonly key: string; readonly type: 'values' }
  | {
      readonly tag: string;
      readonly key: string;
      readonly type: 'records';
      readonly fields: readonly RecordField[];
    };

const ALIAS_FIELDS: readonly RecordField[] = [
  ['QUALITY', 'quality'],
  ['ALIAS_NAME', 'name'],
  ['DATE_OF_BIRTH', 'dateOfBirth'],
  ['CITY_OF_BIRTH', 'cityOfBirth'],
  ['COUNTRY_OF_BIRTH', 'countryOfBirth'],
  ['NOTE', 'note'],
];

const ADDRESS_FIELDS: readonly RecordField[] = [
  ['STREET', 'street'],
  ['CITY', 'city'],
  ['STATE_PROVINCE', 'stateProvince'],
  ['ZIP_CODE', 'zipCode'],
  ['COUNTRY', 'country'],
  ['NOTE', 'note'],
];

const text = (tag: string, key: string): EntryField => ({ tag, key, type: 'text' });
const values = (tag: string, key: string): EntryField => ({ tag, key, type: 'values' });
const records = (tag: string, key: string, fields: readonly RecordField[]): EntryField => ({
  tag,
  key,
  type: 'records',
  fields,
});

export const INDIVIDUAL_FIELDS: readonly EntryField[] = [
  text('DATAID', 'dataId'),
  text('VERSIONNUM', 'versionNum'),
  text('FIRST_NAME', 'firstName'),
  text('SECOND_NAME', 'secondName'),
  text('THIRD_NAME', 'thirdName'),
  text('FOURTH_NAME', 'fourthName'),
  text('UN_LIST_TYPE', 'regime'),
  text('REFERENCE_NUMBER', 'referenceNumber'),
  text('LISTED_ON', 'listedOn'),
  text('GENDER', 'gender'),
  text('SUBMITTED_BY', 'submittedBy'),
  text('SUBMITTED_ON', 'submittedOn'),
  text('NAME_ORIGINAL_SCRIPT', 'nameOriginalScript'),
  text('COMMENTS1', 'comments'),
  values('TITLE', 'titles'),
  values('DESIGNATION', 'designations'),
  values('NATIONALITY', 'nationalities'),
  values('LIST_TYPE', 'listTypes'),
  values('LAST_DAY_UPDATED', 'lastDayUpdated'),
  records('INDIVIDUAL_ALIAS', 'aliases', ALIAS_FIELDS),
  records('INDIVIDUAL_ADDRESS', 'addresses', ADDRESS_FIELDS),
  records('INDIVIDUAL_DATE_OF_BIRTH', 'datesOfBirth', [
    ['TYPE_OF_DATE', 'typeOfDate'],
    ['DATE', 'date'],
    ['YEAR', 'year'],
    ['FROM_YEAR', 'fromYear'],
    ['TO_YEAR', 'toYear'],
    ['NOTE', 'note'],
  ]),
  records('INDIVIDUAL_PLACE_OF_BIRTH', 'placesOfBirth', [
    ['STREET', 'street'],
    ['CITY', 'city'],
    ['STATE_PROVINCE', 'stateProvince'],
    ['COUNTRY', 'country'],
    ['NOTE', 'note'],
  ]),
  records('INDIVIDUAL_DOCUMENT', 'documents', [
    ['TYPE_OF_DOCUMENT', 'typeOfDocument'],
    ['TYPE_OF_DOCUMENT2', 'typeOfDocument2'],
    ['NUMBER', 'number'],
    ['ISSUING_COUNTRY', 'issuingCountry'],
    ['DATE_OF_ISSUE', 'dateOfIssue'],
    ['CITY_OF_ISSUE', 'cityOfIssue'],
    ['COUNTRY_OF_ISSUE', 'countryOfIssue'],
    ['NOTE', 'note'],
  ]),
  text('SORT_KEY', 'sortKey'),
  text('SORT_KEY_LAST_MOD', 'sortKeyLastMod'),
];

export const ENTITY_FIELDS: readonly EntryField[] = [
  text('DATAID', 'dataId'),
  text('VERSIONNUM', 'versionNum'),
  text('FIRST_NAME', 'firstName'),
  text('SECOND_NAME', 'secondName'),
  text('THIRD_NAME', 'thirdName'),
  text('FOURTH_NAME', 'fourthName'),
  text('UN_LIST_TYPE', 'regime'),
  text('REFERENCE_NUMBER', 'referenceNumber'),
  text('LISTED_ON', 'listedOn'),
  text('SUBMITTED_BY', 'submittedBy'),
  text('SUBMITTED_ON', 'submittedOn'),
  text('NAME_ORIGINAL_SCRIPT', 'nameOriginalScript'),
  text('COMMENTS1', 'comments'),
  values('LIST_TYPE', 'listTypes'),
  values('LAST_DAY_UPDATED', 'lastDayUpdated'),
  records('ENTITY_ALIAS', 'aliases', ALIAS_FIELDS),
  records('ENTITY_ADDRESS', 'addresses', ADDRESS_FIELDS),
  text('SORT_KEY', 'sortKey'),
  text('SORT_KEY_LAST_MOD', 'sortKeyLastMod'),
];

/** Record-list keys every entry has (possibly empty). */
export const RECORD_KEYS = [
  'aliases',
  'addresses',
  'datesOfBirth',
  'placesOfBirth',
  'documents',
] as const;
