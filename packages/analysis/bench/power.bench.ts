/**
 * Timings of the exact power-index algorithms on the games of the shared research note
 * (docs/power-indices.md §5), printed beside the peers' figures measured there on the same kind of machine.
 * Run: npx tsx packages/analysis/bench/power.bench.ts
 * Wall time is the median of several runs after a warm-up; CPU time (user + system of this process) is printed too,
 * because the machine is shared and wall time grows with its load.
 */
import {
  builtInGame,
  eu27Game,
  powerIndices,
  unscGame,
  type Game,
  type IndexName,
} from '../src/index.ts';
import { analyzeDraft } from '../src/draft.ts';

interface Task {
  readonly name: string;
  readonly run: () => unknown;
  readonly runs: number;
  /** Best figure among the peers in the research note, and who measured it. */
  readonly peer: string;
}

const weighted = (name: string, weights: number[], quota: number): Game => ({
  name,
  players: weights.map((w, i) => ({ id: `p${i}`, weights: [w] })),
  clauses: [[quota]],
});

/**
 * An IMF-sized synthetic game: 191 members, about 6.5 million votes, a heavy head (one member near 16.5 %) and a
 * long tail, each member with basic votes; deterministic (linear congruential jitter), all weights distinct.
 */
function imfLike(): number[] {
  let seed = 20_240_601;
  const jitter = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const w = Array.from(
    { length: 191 },
    (_, i) => 1_464 + Math.round(2_030_000 / (i + 1) ** 1.25 + 400 * jitter()),
  );
  w[0] = 1_072_000;
  const seen = new Set<number>();
  return w.map((x) => {
    let y = x;
    while (seen.has(y)) y++;
    seen.add(y);
    return y;
  });
}

const imf = imfLike();
const imfTotal = imf.reduce((a, b) => a + b, 0);
const council = unscGame();
const draftMembers = council.players.map((p) => ({
  code: p.id,
  name: p.id,
  permanent: p.weights[1] === 1,
}));

const ss: IndexName[] = ['shapley-shubik'];
const bz: IndexName[] = ['banzhaf'];
const tasks: Task[] = [
  {
    name: 'UNSC Bz',
    run: () => powerIndices(council, bz),
    runs: 50,
    peer: 'Huettner 0.08 ms; EPIC 14.7 ms',
  },
  {
    name: 'UNSC SS',
    run: () => powerIndices(council, ss),
    runs: 50,
    peer: 'Huettner 0.6 ms; EPIC 14.1 ms',
  },
  {
    name: 'UNSC all indices',
    run: () =>
      powerIndices(council, [
        'shapley-shubik',
        'banzhaf',
        'deegan-packel',
        'holler-packel',
        'johnston',
        'coleman',
      ]),
    runs: 20,
    peer: '—',
  },
  {
    name: 'EC 2020 Bz',
    run: () => powerIndices(builtInGame('electoral-college-2020'), bz),
    runs: 30,
    peer: 'Huettner 2.0 ms; EPIC 14.6 ms',
  },
  {
    name: 'EC 2020 SS',
    run: () => powerIndices(builtInGame('electoral-college-2020'), ss),
    runs: 20,
    peer: 'EPIC 18.9 ms; maxlit 74 ms',
  },
  {
    name: 'EC 2020 HP + DP',
    run: () =>
      powerIndices(builtInGame('electoral-college-2020'), ['holler-packel', 'deegan-packel']),
    runs: 10,
    peer: 'EPIC PG 14.9 ms, DP 18.8 ms',
  },
  {
    name: 'EC 2020 Johnston',
    run: () => powerIndices(builtInGame('electoral-college-2020'), ['johnston']),
    runs: 10,
    peer: 'EPIC 173 ms',
  },
  {
    name: 'UNGA 193 Bz',
    run: () => powerIndices(builtInGame('unga'), bz),
    runs: 20,
    peer: 'EPIC 10 ms',
  },
  {
    name: 'UNGA 193 SS',
    run: () => powerIndices(builtInGame('unga'), ss),
    runs: 10,
    peer: 'EPIC 30 ms',
  },
  {
    name: 'EU-27 Bz + SS',
    run: () => powerIndices(eu27Game(), ['banzhaf', 'shapley-shubik']),
    runs: 5,
    peer: 'no runnable peer (EPIC: weighted games only); C brute force 350 ms',
  },
  {
    name: 'EU-27 all indices',
    run: () =>
      powerIndices(eu27Game(), [
        'banzhaf',
        'shapley-shubik',
        'holler-packel',
        'deegan-packel',
        'johnston',
      ]),
    runs: 2,
    peer: 'C brute force over 2^27, all indices: 350 ms',
  },
  {
    name: `IMF-like Bz, q = 85 % (n = 191, W = ${imfTotal})`,
    run: () => powerIndices(weighted('imf85', imf, Math.ceil(0.85 * imfTotal)), bz),
    runs: 2,
    peer: 'EPIC 4.6 s',
  },
  {
    name: 'IMF-like Bz, q = 50 %',
    run: () => powerIndices(weighted('imf50', imf, Math.ceil(0.5 * imfTotal)), bz),
    runs: 1,
    peer: 'EPIC 17 s',
  },
  {
    name: 'Draft analysis, all 15 undecided',
    run: () => analyzeDraft({ date: '2022-05-26', members: draftMembers, positions: {} }),
    runs: 3,
    peer: '— (P(adopt) only: prototype 0.03 ms)',
  },
];

function measure(task: Task): { wall: number; cpu: number; runs: number } {
  // Warm-up lets the JIT compile the kernels. Quick tasks (runs ≥ 10) warm up for at least 0.3 s and are then
  // timed for at least 0.5 s, so their median is over hundreds of calls; slow ones run `runs` times after one call.
  const quick = task.runs >= 10;
  const warmUntil = performance.now() + (quick ? 300 : 0);
  let warm = 0;
  while (warm < (quick ? task.runs : 1) || performance.now() < warmUntil) {
    task.run();
    warm++;
  }
  const walls: number[] = [];
  const cpus: number[] = [];
  const timeUntil = performance.now() + (quick ? 500 : 0);
  while (walls.length < task.runs || performance.now() < timeUntil) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    task.run();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): number =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { wall: median(walls), cpu: median(cpus), runs: walls.length };
}

const fmt = (ms: number): string =>
  ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 1
      ? `${ms.toFixed(1)} ms`
      : `${ms.toFixed(3)} ms`;
const only = process.argv.slice(2).join(' ').toLowerCase();
console.log(
  `power indices, exact (Node ${process.version}); median wall time and CPU time per call`,
);
console.log(
  [
    'task'.padEnd(50),
    'wall'.padStart(10),
    'cpu'.padStart(10),
    'runs'.padStart(7),
    '  best peer in power-indices.md §5',
  ].join(''),
);
for (const task of tasks) {
  if (only && !task.name.toLowerCase().includes(only)) continue;
  const { wall, cpu, runs } = measure(task);
  console.log(
    [
      task.name.padEnd(50),
      fmt(wall).padStart(10),
      fmt(cpu).padStart(10),
      String(runs).padStart(7),
      `  ${task.peer}`,
    ].join(''),
  );
}
