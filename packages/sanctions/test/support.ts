/** Paths and helpers shared by the sanctions tests. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = resolve(here, 'fixtures');
export const SHARED_DIR = resolve(here, '../../../../shared/data/un-sanctions-consolidated');
export const SNAPSHOT_2020 = resolve(SHARED_DIR, 'consolidated_2020-11-30.xml');
export const SNAPSHOT_2024 = resolve(SHARED_DIR, 'consolidated_2024-09-26.xml');
export const HAVE_SHARED = existsSync(SNAPSHOT_2020) && existsSync(SNAPSHOT_2024);
export const SKIP_REASON = `skipped: ${SHARED_DIR} is absent (the shared data folder ../shared is not checked out)`;

export function fixture(name: string): Buffer {
  return readFileSync(resolve(FIXTURES, name));
}

const generic = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
});

type Ordered = Record<string, unknown>[];

/**
 * A schema-blind picture of a list: for every INDIVIDUAL / ENTITY, the sorted multiset of
 * "PATH=text" for every element (empty ones included), plus the root attributes. Two files with the
 * same picture carry the same data, whatever their layout or element order inside a record.
 */
export function canonicalPicture(xml: string): { attributes: string[]; entries: string[][] } {
  const doc = generic.parse(xml) as Ordered;
  const rootNode = doc.find((n) => 'CONSOLIDATED_LIST' in n)!;
  const attributes = Object.entries((rootNode[':@'] as Record<string, string>) ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  const entries: string[][] = [];
  const leaves = (nodes: Ordered, path: string, out: string[]): void => {
    for (const n of nodes) {
      const tag = Object.keys(n).find((k) => k !== ':@')!;
      if (tag === '#text') continue;
      const kids = n[tag] as Ordered;
      const elementKids = kids.filter((k) => !('#text' in k));
      if (elementKids.length === 0) {
        out.push(`${path}/${tag}=${kids.map((k) => String(k['#text'] ?? '')).join('')}`);
      } else {
        const sub: string[] = [];
        leaves(kids, '', sub);
        out.push(`${path}/${tag}{${sub.sort().join('|')}}`);
      }
    }
  };
  for (const section of rootNode['CONSOLIDATED_LIST'] as Ordered) {
    const tag = Object.keys(section).find((k) => k !== ':@')!;
    if (tag === '#text') continue;
    for (const item of section[tag] as Ordered) {
      const itemTag = Object.keys(item).find((k) => k !== ':@')!;
      if (itemTag === '#text') continue;
      const out: string[] = [];
      leaves(item[itemTag] as Ordered, itemTag, out);
      entries.push(out.sort());
    }
  }
  return { attributes, entries };
}
