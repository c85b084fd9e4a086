/** @council/sanctions: the UN Security Council Consolidated List: import, export, diff, FollowTheMoney, screening. */
export type {
  Alias,
  Address,
  BirthDateRecord,
  BirthPlace,
  ConsolidatedList,
  IdDocument,
  SanctionsEntry,
} from './model.ts';
export { allEntries, dateGenerated } from './model.ts';
export { SanctionsInputError } from './errors.ts';
export { parseConsolidatedXml, decodeUtf8 } from './xml-import.ts';
export { toConsolidatedXml } from './xml-export.ts';
export {
  aliasesOf,
  birthDatesOf,
  birthYears,
  interpretBirthDate,
  primaryName,
  referenceOf,
  regimeOf,
  listedOnDate,
  type BirthDate,
} from './views.ts';
export { diffLists, formatDiff, changedFields, type ListDiff, type RegimeDiff } from './diff.ts';
export { entryToFtm, toFtmJsonLines, type FtmEntity } from './ftm.ts';
export { countryCode } from './countries.ts';
export {
  DEFAULT_SOURCE_XML,
  DEFAULT_STORE_DIR,
  dprkRegimeRecord,
  factsOnly,
  readStore,
  writeStore,
} from './store.ts';
export { loadList, loadXmlFile } from './load.ts';
export {
  Screener,
  compareNames,
  DEFAULT_THRESHOLD,
  type ScreenHit,
  type ScreenOptions,
  type WordMatch,
} from './screen.ts';
export {
  evaluateScreening,
  variantQueries,
  negativeQueries,
  type EvalResult,
  type EvalQuery,
} from './evaluate.ts';
export { normaliseName, skeleton, tokenize } from './names.ts';
