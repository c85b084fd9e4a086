/**
 * Differences between two versions of the list, by reference number and regime: entries added,
 * removed, and amended (with the fields that changed). Regimes present in only one version are
 * reported as added or removed regimes.
 */
import type { ConsolidatedList, SanctionsEntry } from './model.ts';
import { allEntries, dateGenerated } from './model.ts';
import { primaryName, referenceOf, regimeOf } from './views.ts';

export interface EntryRef {
  referenceNumber: string;
  name: string;
}

export interface AmendedEntry extends EntryRef {
  /** Model fields whose content changed (ignoring white space). */
  fields: string[];
}

export interface RegimeDiff {
  regime: string;
  added: EntryRef[];
  removed: EntryRef[];
  amended: AmendedEntry[];
}

export interface ListDiff {
  old: { dateGenerated: string | null; entries: number };
  new: { dateGenerated: string | null; entries: number };
  regimesAdded: string[];
  regimesRemoved: string[];
  regimes: RegimeDiff[];
  totals: { added: number; removed: number; amended: number };
}

const IGNORED = new Set(['kind', 'versionNum', 'lastDayUpdated', 'sortKey', 'sortKeyLastMod']);

/** Content without layout: white space collapsed, empty strings, empty records and empty lists dropped. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') {
    const t = value.replace(/\s+/g, ' ').trim();
    return t === '' ? undefined : t;
  }
  if (Array.isArray(value)) {
    const items = value.map(normalise).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalise(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

/** Fields (of the model) whose normalised content differs. Bookkeeping fields (version, sort keys, update days) are ignored. */
export function changedFields(a: SanctionsEntry, b: SanctionsEntry): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const changed: string[] = [];
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const x = JSON.stringify(normalise((a as unknown as Record<string, unknown>)[key]));
    const y = JSON.stringify(normalise((b as unknown as Record<string, unknown>)[key]));
    if (x !== y) changed.push(key);
  }
  return changed.sort();
}

function index(list: ConsolidatedList): Map<string, SanctionsEntry> {
  const map = new Map<string, SanctionsEntry>();
  for (const e of allEntries(list)) map.set(`${regimeOf(e)}\u0000${referenceOf(e)}`, e);
  return map;
}

const byRef = (a: EntryRef, b: EntryRef): number =>
  a.referenceNumber.localeCompare(b.referenceNumber, 'en');

/** Compares two list versions. */
export function diffLists(oldList: ConsolidatedList, newList: ConsolidatedList): ListDiff {
  const before = index(oldList);
  const after = index(newList);
  const regimes = new Map<string, RegimeDiff>();
  const regime = (name: string): RegimeDiff => {
    let r = regimes.get(name);
    if (!r) regimes.set(name, (r = { regime: name, added: [], removed: [], amended: [] }));
    return r;
  };
  const ref = (e: SanctionsEntry): EntryRef => ({
    referenceNumber: referenceOf(e),
    name: primaryName(e),
  });
  for (const [key, e] of after) {
    const old = before.get(key);
    if (!old) regime(regimeOf(e)).added.push(ref(e));
    else {
      const fields = changedFields(old, e);
      if (fields.length > 0) regime(regimeOf(e)).amended.push({ ...ref(e), fields });
    }
  }
  for (const [key, e] of before) if (!after.has(key)) regime(regimeOf(e)).removed.push(ref(e));
  const oldRegimes = new Set(allEntries(oldList).map(regimeOf));
  const newRegimes = new Set(allEntries(newList).map(regimeOf));
  const list = [...regimes.values()].sort((a, b) => a.regime.localeCompare(b.regime, 'en'));
  for (const r of list) {
    r.added.sort(byRef);
    r.removed.sort(byRef);
    r.amended.sort(byRef);
  }
  const sum = (f: (r: RegimeDiff) => number): number => list.reduce((n, r) => n + f(r), 0);
  return {
    old: { dateGenerated: dateGenerated(oldList) ?? null, entries: before.size },
    new: { dateGenerated: dateGenerated(newList) ?? null, entries: after.size },
    regimesAdded: [...newRegimes].filter((r) => !oldRegimes.has(r)).sort(),
    regimesRemoved: [...oldRegimes].filter((r) => !newRegimes.has(r)).sort(),
    regimes: list,
    totals: {
      added: sum((r) => r.added.length),
      removed: sum((r) => r.removed.length),
      amended: sum((r) => r.amended.length),
    },
  };
}

/** A readable report of a diff. */
export function formatDiff(d: ListDiff): string {
  const lines = [
    `old: ${d.old.dateGenerated ?? '?'} (${d.old.entries} entries)  new: ${d.new.dateGenerated ?? '?'} (${d.new.entries} entries)`,
    `regimes added: ${d.regimesAdded.join(', ') || 'none'}; removed: ${d.regimesRemoved.join(', ') || 'none'}`,
    `entries added ${d.totals.added}, removed ${d.totals.removed}, amended ${d.totals.amended}`,
  ];
  for (const r of d.regimes) {
    lines.push('', `${r.regime}: +${r.added.length} -${r.removed.length} ~${r.amended.length}`);
    for (const e of r.added) lines.push(`  + ${e.referenceNumber}  ${e.name}`);
    for (const e of r.removed) lines.push(`  - ${e.referenceNumber}  ${e.name}`);
    for (const e of r.amended)
      lines.push(`  ~ ${e.referenceNumber}  ${e.name}  [${e.fields.join(', ')}]`);
  }
  return lines.join('\n');
}
