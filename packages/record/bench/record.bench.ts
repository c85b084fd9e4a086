/**
 * Record benchmark: full import (when ../shared/data exists), database build, database size, and p50/p95
 * latency of each query kind over 1,000 random queries. Run: npx tsx packages/record/bench/record.bench.ts
 */
import { copyFileSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../src/build.ts';
import { importRecord } from '../src/import/run.ts';
import { recordDataDir, sharedDataDir } from '../src/paths.ts';
import { RecordDb } from '../src/queries.ts';

const N = 1000;
const work = mkdtempSync(join(tmpdir(), 'council-record-bench-'));

// Deterministic pseudo-random numbers (mulberry32), so runs are comparable.
let seed = 20220204;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const pad = (n: number): string => String(n).padStart(2, '0');
function randomRange(fromYear: number, toYear: number): { from: string; to: string } {
  const y = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rand() * 12);
  const span = 1 + Math.floor(rand() * 24);
  const end = new Date(Date.UTC(y, m - 1 + span, 0));
  return { from: `${y}-${pad(m)}-01`, to: end.toISOString().slice(0, 10) };
}

if (existsSync(join(sharedDataDir(), 'sc-meetings-dhl'))) {
  const out = join(work, 'record');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(out);
  for (const f of ['corrections.json', 'vetoes-added.json'])
    copyFileSync(join(recordDataDir(), f), join(out, f));
  const t = performance.now();
  const s = importRecord({ from: sharedDataDir(), to: out });
  console.log(
    `full import (../shared/data → data files): ${Math.round(performance.now() - t)} ms, ${s.counts['gaVotes']} GA votes`,
  );
} else {
  console.log('full import: skipped (../shared/data absent)');
}

const dbPath = join(work, 'record.db');
const built = buildDatabase({ dataDir: recordDataDir(), dbPath });
console.log(`database build (data/record → SQLite): ${built.ms} ms`);
console.log(`database size: ${(statSync(dbPath).size / 1e6).toFixed(1)} MB`);

const db = RecordDb.open({ dbPath });
const topics = [
  'Korea',
  'Middle East',
  'Cyprus',
  'Syria',
  'Ukraine',
  'Namibia',
  'terrorist',
  'Sudan',
  'Haiti',
  'Iraq',
  'peacekeeping',
  'Libya',
];
const members = ['USA', 'RUS', 'SUN', 'CHN', 'FRA', 'GBR'];
const issues = ['me', 'nu', 'di', 'hr', 'co', 'ec'];

const kinds: Record<string, () => unknown> = {
  'resolutions --year': () => db.resolutions({ year: 1946 + Math.floor(rand() * 77) }),
  'resolutions --topic --from --to': () =>
    db.resolutions({ topic: pick(topics), ...randomRange(1946, 2022) }),
  'vetoes --member --from --to': () =>
    db.vetoes({ member: pick(members), ...randomRange(1946, 2022) }),
  'meetings --topic --from --to': () =>
    db.meetings({ topic: pick(topics), ...randomRange(1946, 2022) }),
  'meetings --from --to (1 month)': () => {
    const r = randomRange(1946, 2022);
    return db.meetings({ from: r.from, to: `${r.from.slice(0, 8)}28` });
  },
  'missiles --from --to': () => db.missiles(randomRange(1984, 2026)),
  stats: () => db.stats(),
  'gaRollCalls (1 session, issue)': () =>
    db.gaRollCalls({ session: 1 + Math.floor(rand() * 74), issue: pick(issues) }),
};

const pct = (xs: number[], p: number): number =>
  xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
console.log(`\nquery latency over ${N} random queries each (ms):`);
console.log(`${'query'.padEnd(34)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
for (const [name, fn] of Object.entries(kinds)) {
  for (let i = 0; i < 20; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < N; i += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const flag = pct(times, 95) < 5 ? '' : '  (above the 5 ms goal)';
  console.log(
    `${name.padEnd(34)} ${pct(times, 50).toFixed(3).padStart(7)} ${pct(times, 95).toFixed(3).padStart(7)} ${(times[times.length - 1] ?? 0).toFixed(3).padStart(7)}${flag}`,
  );
}
db.close();
