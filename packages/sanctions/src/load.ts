/** Loading a list from a file (XML or the project's store) with errors that name the file. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { SanctionsInputError } from './errors.ts';
import type { ConsolidatedList } from './model.ts';
import { readStore } from './store.ts';
import { parseConsolidatedXml } from './xml-import.ts';

/** Reads and parses a Consolidated List XML file. */
export function loadXmlFile(path: string): ConsolidatedList {
  if (!existsSync(path)) throw new SanctionsInputError(path, 'file not found');
  if (statSync(path).isDirectory())
    throw new SanctionsInputError(path, 'is a directory, not an XML file');
  return parseConsolidatedXml(readFileSync(path), path);
}

/** A list from an XML file, a store directory, or (no path) the project's shipped copy. */
export function loadList(path?: string): ConsolidatedList {
  if (path === undefined) return readStore();
  if (existsSync(path) && statSync(path).isDirectory()) return readStore(path);
  return loadXmlFile(path);
}
