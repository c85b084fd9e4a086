/**
 * Applies the reviewed corrections (data/record/corrections.json) to imported records. Each correction must
 * match exactly one record, so that a correction can never silently stop applying when a source changes.
 */
import { ImportError } from './sc.ts';
import type { Correction } from '../types.ts';

export const CORRECTIONS_FILE = 'corrections.json';

const DATASETS = new Set(['meetings', 'resolutions', 'statements', 'vetoes', 'missiles']);

/** Reads and validates corrections.json. */
export function parseCorrections(text: string): Correction[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      `${CORRECTIONS_FILE}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const list = (data as { corrections?: unknown }).corrections;
  if (!Array.isArray(list))
    throw new ImportError(`${CORRECTIONS_FILE}: expected {"corrections": [...]}`);
  const ids = new Set<string>();
  return list.map((raw, k) => {
    const c = raw as Partial<Correction>;
    const where = `${CORRECTIONS_FILE}: correction #${k + 1}`;
    if (typeof c.id !== 'string' || c.id === '') throw new ImportError(`${where}: missing id`);
    if (ids.has(c.id)) throw new ImportError(`${where}: duplicate id ${c.id}`);
    ids.add(c.id);
    if (typeof c.dataset !== 'string' || !DATASETS.has(c.dataset))
      throw new ImportError(`${where} (${c.id}): unknown dataset`);
    if (!c.match || typeof c.match !== 'object' || Object.keys(c.match).length === 0)
      throw new ImportError(`${where} (${c.id}): missing match`);
    if (!c.set && !c.replace && !c.drop)
      throw new ImportError(`${where} (${c.id}): nothing to do (set, replace or drop)`);
    if (typeof c.reason !== 'string' || c.reason.length < 10)
      throw new ImportError(`${where} (${c.id}): missing reason`);
    if (!Array.isArray(c.sources) || c.sources.length === 0)
      throw new ImportError(`${where} (${c.id}): every correction needs a public source`);
    return c as Correction;
  });
}

type Rec = Record<string, unknown> & { fix?: string[] };

/** Applies the corrections of one dataset in place; returns the records left (dropped ones removed). */
export function applyCorrections<T extends object>(
  dataset: Correction['dataset'],
  records: T[],
  corrections: Correction[],
): T[] {
  const dropped = new Set<unknown>();
  for (const c of corrections) {
    if (c.dataset !== dataset) continue;
    const hits = (records as Rec[]).filter((r) =>
      Object.entries(c.match).every(([k, v]) => JSON.stringify(r[k]) === JSON.stringify(v)),
    );
    if (hits.length !== 1) {
      throw new ImportError(
        `${CORRECTIONS_FILE}: correction ${c.id} matches ${hits.length} ${dataset} records, expected exactly 1`,
      );
    }
    const rec = hits[0] as Rec;
    if (c.drop) dropped.add(rec);
    for (const [k, v] of Object.entries(c.set ?? {})) rec[k] = v;
    for (const r of c.replace ?? []) {
      const value = rec[r.field];
      if (typeof value !== 'string' || !value.includes(r.from)) {
        throw new ImportError(
          `${CORRECTIONS_FILE}: correction ${c.id}: field ${r.field} does not contain '${r.from}'`,
        );
      }
      rec[r.field] = value.replace(r.from, r.to);
    }
    rec.fix = [...(rec.fix ?? []), c.id];
  }
  return records.filter((r) => !dropped.has(r));
}
