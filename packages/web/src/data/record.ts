/**
 * The historical record for the browser: the committed JSON-lines files under data/record, loaded
 * on demand as separate chunks (the first page never pays for them) and usable offline.
 */
import type { MissileRow, ResolutionRow, VetoRow } from '@council/record';

export type { MissileRow, ResolutionRow, VetoRow } from '@council/record';

function parseLines<T>(text: string): T[] {
  const rows: T[] = [];
  for (const line of text.split('\n')) if (line.trim()) rows.push(JSON.parse(line) as T);
  return rows;
}

let resolutions: Promise<ResolutionRow[]> | undefined;
let vetoes: Promise<VetoRow[]> | undefined;
let launches: Promise<MissileRow[]> | undefined;

export function loadResolutions(): Promise<ResolutionRow[]> {
  return (resolutions ??= import('../../../../data/record/resolutions.jsonl?raw').then((m) => parseLines<ResolutionRow>(m.default)));
}

export function loadVetoes(): Promise<VetoRow[]> {
  return (vetoes ??= import('../../../../data/record/vetoes.jsonl?raw').then((m) => parseLines<VetoRow>(m.default)));
}

export function loadLaunches(): Promise<MissileRow[]> {
  return (launches ??= import('../../../../data/record/dprk-missile-tests.jsonl?raw').then((m) => parseLines<MissileRow>(m.default)));
}
