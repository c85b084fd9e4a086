/**
 * Speed and size figures for the sanctions package: parse, export and diff of the Consolidated List
 * (the shared snapshots when present, else the shipped copy), FollowTheMoney mapping, and screening
 * queries per second against the full list on one thread.
 * Run: npx tsx packages/sanctions/bench/sanctions.bench.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  diffLists,
  parseConsolidatedXml,
  readStore,
  Screener,
  toConsolidatedXml,
  toFtmJsonLines,
  variantQueries,
  negativeQueries,
  type ConsolidatedList,
} from '../src/index.ts';

const shared = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/data/un-sanctions-consolidated',
);
const OLD = resolve(shared, 'consolidated_2020-11-30.xml');
const NEW = resolve(shared, 'consolidated_2024-09-26.xml');

function time<T>(label: string, runs: number, fn: () => T): T {
  fn(); // warm-up
  const started = performance.now();
  let out!: T;
  for (let i = 0; i < runs; i++) out = fn();
  const ms = (performance.now() - started) / runs;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms`);
  return out;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
let list: ConsolidatedList;

if (existsSync(OLD) && existsSync(NEW)) {
  const oldBytes = readFileSync(OLD);
  const newBytes = readFileSync(NEW);
  console.log(`2020 snapshot ${mb(oldBytes.length)}, 2024 snapshot ${mb(newBytes.length)}`);
  const older = time('parse 2020 XML', 5, () => parseConsolidatedXml(oldBytes, OLD));
  list = time('parse 2024 XML', 5, () => parseConsolidatedXml(newBytes, NEW));
  const xml = time('export 2024 XML', 5, () => toConsolidatedXml(list));
  console.log(
    `exported XML ${mb(Buffer.byteLength(xml))} (identical to the input: ${xml === newBytes.toString('utf8')})`,
  );
  const d = time('diff 2020 → 2024', 5, () => diffLists(older, list));
  console.log(`diff: +${d.totals.added} -${d.totals.removed} ~${d.totals.amended}`);
} else {
  console.log(`(${shared} absent: using the shipped copy in data/sanctions)`);
  list = time('read shipped store', 5, () => readStore());
  time('export XML', 5, () => toConsolidatedXml(list));
}
const ftm = time('FollowTheMoney JSON lines', 5, () => toFtmJsonLines(list));
console.log(
  `FollowTheMoney: ${ftm.trimEnd().split('\n').length} entities, ${mb(Buffer.byteLength(ftm))}`,
);

const screener = time('build screening index', 5, () => new Screener(list));
console.log(`screening index: ${screener.size} names`);
const queries = [
  ...variantQueries(list).map((q) => q.query),
  ...negativeQueries(list, 600).map((q) => q.query),
];
for (let i = 0; i < 500; i++) screener.screen(queries[i % queries.length]!);
const started = performance.now();
let n = 0;
while (performance.now() - started < 3000) {
  screener.screen(queries[n % queries.length]!);
  n++;
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `screening: ${Math.round(n / seconds)} queries per second (${n} queries of a ${queries.length}-query mix, one thread)`,
);
