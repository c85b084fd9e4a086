/**
 * The project's own copy of the list under data/sanctions: facts only (names, aliases, dates, places,
 * documents, addresses, nationalities, reference numbers, regimes), one entry per JSON line in list
 * order, so changes show up as line diffs. Narrative text written by others is left out: COMMENTS1 and
 * every NOTE element. Writes go to temporary files renamed into place only after the whole input has
 * been parsed, so bad input never touches the stored list.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SanctionsInputError } from './errors.ts';
import type { ConsolidatedList, SanctionsEntry } from './model.ts';
import { allEntries, dateGenerated } from './model.ts';
import { primaryName, referenceOf, regimeOf, listedOnDate } from './views.ts';

/** data/sanctions in the repository. */
export const DEFAULT_STORE_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/sanctions',
);

/** The shared 2024 snapshot the shipped copy is built from (../shared relative to the repository). */
export const DEFAULT_SOURCE_XML = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/data/un-sanctions-consolidated/consolidated_2024-09-26.xml',
);

const ENTRIES_FILE = 'entries.jsonl';
const META_FILE = 'list.json';
const DPRK_FILE = 'dprk-1718.json';

/** An entry without narrative text written by others (COMMENTS1, NOTE elements). */
export function factsOnly(e: SanctionsEntry): SanctionsEntry {
  const { comments: _comments, ...rest } = e;
  const strip = <T extends { note?: string }>(r: T): T => {
    const { note: _note, ...kept } = r;
    return kept as T;
  };
  return {
    ...rest,
    aliases: e.aliases.map(strip),
    addresses: e.addresses.map(strip),
    datesOfBirth: e.datesOfBirth.map(strip),
    placesOfBirth: e.placesOfBirth.map(strip),
    documents: e.documents.map(strip),
  };
}

/** Metadata stored beside the entries. */
export interface StoreMeta {
  source: string;
  dateGenerated: string | null;
  attributes: [string, string][];
  individuals: number;
  entities: number;
  omitted: string[];
}

/** The 1718 Committee's regime record derived from a list. */
export function dprkRegimeRecord(list: ConsolidatedList): Record<string, unknown> {
  const entries = allEntries(list).filter((e) => regimeOf(e) === 'DPRK');
  const serial = (prefix: string): number =>
    Math.max(
      0,
      ...entries
        .map(referenceOf)
        .filter((r) => r.startsWith(`${prefix}.`))
        .map((r) => Number(r.slice(4)) || 0),
    );
  return {
    regime: 'DPRK',
    committee: '1718',
    establishedBy: 'S/RES/1718 (2006)',
    referencePrefixes: { individual: 'KPi', entity: 'KPe' },
    listDate: dateGenerated(list) ?? null,
    individuals: entries.filter((e) => e.kind === 'individual').length,
    entities: entries.filter((e) => e.kind === 'entity').length,
    lastReference: { individual: serial('KPi'), entity: serial('KPe') },
    entries: entries
      .map((e) => ({
        referenceNumber: referenceOf(e),
        name: primaryName(e),
        listedOn: listedOnDate(e),
      }))
      .sort((a, b) => a.referenceNumber.localeCompare(b.referenceNumber, 'en')),
  };
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Writes a parsed list (facts only) into `dir`. */
export function writeStore(
  list: ConsolidatedList,
  source: string,
  dir = DEFAULT_STORE_DIR,
): StoreMeta {
  mkdirSync(dir, { recursive: true });
  const entries = allEntries(list).map(factsOnly);
  const meta: StoreMeta = {
    source,
    dateGenerated: dateGenerated(list) ?? null,
    attributes: list.attributes,
    individuals: list.individuals.length,
    entities: list.entities.length,
    omitted: ['COMMENTS1', 'NOTE'],
  };
  const lines = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
  const texts: [string, string][] = [
    [join(dir, ENTRIES_FILE), lines],
    [join(dir, META_FILE), `${JSON.stringify(meta, null, 2)}\n`],
    [join(dir, DPRK_FILE), `${JSON.stringify(dprkRegimeRecord(list), null, 2)}\n`],
  ];
  for (const [path, text] of texts) writeAtomically(path, text);
  return meta;
}

/** Reads the stored list back. */
export function readStore(dir = DEFAULT_STORE_DIR): ConsolidatedList {
  const entriesPath = join(dir, ENTRIES_FILE);
  const metaPath = join(dir, META_FILE);
  if (!existsSync(entriesPath) || !existsSync(metaPath)) {
    throw new SanctionsInputError(
      dir,
      `no stored list (expected ${ENTRIES_FILE} and ${META_FILE}); run \`council sanctions import\``,
    );
  }
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as StoreMeta;
  const list: ConsolidatedList = { attributes: meta.attributes, individuals: [], entities: [] };
  readFileSync(entriesPath, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let e: SanctionsEntry;
      try {
        e = JSON.parse(line) as SanctionsEntry;
      } catch (error) {
        throw new SanctionsInputError(entriesPath, `bad JSON: ${(error as Error).message}`, i + 1);
      }
      (e.kind === 'entity' ? list.entities : list.individuals).push(e);
    });
  return list;
}
