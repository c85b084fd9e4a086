import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bruteForceCounts,
  cappedCounts,
  formatFraction,
  indicesFromCounts,
  INDEX_NAMES,
  mitmCounts,
  splitEnumerationCounts,
  powerIndices,
  profileCounts,
  weightedCounts,
  type Fraction,
  type Game,
  type PowerReport,
} from '../src/index.ts';

const weightedGame = (quota: number, weights: number[]): Game => ({
  name: 'random',
  players: weights.map((w, i) => ({ id: `p${i}`, weights: [w] })),
  clauses: [[quota]],
});

/** Random weighted game: 1–15 players (mostly ≤ 12), weights 0–20, quota between 1 and the total. */
const weightedArb = fc
  .array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 15 })
  .filter((w) => w.reduce((a, b) => a + b, 0) > 0)
  .chain((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    return fc.integer({ min: 1, max: total }).map((q) => weightedGame(q, w));
  });

/** Random compound game: two or three criteria, one or two clauses. */
const compoundArb = fc
  .record({
    n: fc.integer({ min: 1, max: 11 }),
    dims: fc.integer({ min: 2, max: 3 }),
    clauses: fc.integer({ min: 1, max: 2 }),
    seed: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 33, maxLength: 33 }),
    q: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ n, dims, clauses, seed, q }): Game => {
    const players = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      weights: Array.from({ length: dims }, (_, d) => seed[(i * 3 + d) % seed.length] ?? 0),
    }));
    const totals = Array.from({ length: dims }, (_, d) =>
      players.reduce((s, p) => s + (p.weights[d] ?? 0), 0),
    );
    const cl = Array.from({ length: clauses }, (_, c) =>
      totals.map((t, d) =>
        Math.min(t, Math.max(d === 0 ? 1 : 0, Math.round((q[c * 3 + d] ?? 0) * t))),
      ),
    );
    return { name: 'compound', players, clauses: cl };
  })
  .filter((g) => g.clauses.every((c) => c.some((x) => x > 0)));

const sumFractions = (xs: (Fraction | undefined)[]): string => {
  let num = 0n;
  let den = 1n;
  for (const x of xs) {
    if (!x) continue;
    num = num * x.den + x.num * den;
    den *= x.den;
  }
  return num === 0n
    ? '0'
    : formatFraction({ num: num / den, den: 1n }) + (num % den === 0n ? '' : '+frac');
};

const keys = [
  'shapleyShubik',
  'banzhaf',
  'banzhafAbsolute',
  'deeganPackel',
  'hollerPackel',
  'johnston',
  'colemanPrevent',
  'colemanInitiate',
] as const;

const table = (r: PowerReport): string[][] =>
  r.players.map((p) => [String(p.swings), ...keys.map((k) => (p[k] ? formatFraction(p[k]) : '-'))]);

describe('dynamic programmes agree with enumeration of all coalitions', () => {
  it('weighted games of up to 15 players, every index (weighted DP, profile listing and the dispatcher)', () => {
    fc.assert(
      fc.property(weightedArb, (game) => {
        const brute = indicesFromCounts(game, bruteForceCounts(game), INDEX_NAMES);
        const weights = game.players.map((p) => p.weights[0] ?? 0);
        const dp = indicesFromCounts(
          game,
          weightedCounts(weights, game.clauses[0]?.[0] ?? 0, {
            bySize: true,
            mwc: true,
            johnston: true,
          }),
          INDEX_NAMES,
        );
        const fast = powerIndices(game, INDEX_NAMES);
        for (const report of [dp, fast]) {
          expect(table(report)).toEqual(table(brute));
          expect(report.winningCoalitions).toBe(brute.winningCoalitions);
          expect(report.minimalWinningCoalitions).toBe(brute.minimalWinningCoalitions);
        }
        const profiles = profileCounts(game);
        if (profiles)
          expect(table(indicesFromCounts(game, profiles, INDEX_NAMES))).toEqual(table(brute));
      }),
      { numRuns: 150 },
    );
  });
  it('profile listing equals enumeration on compound games with few classes of identical players', () => {
    const fewClasses = fc
      .record({
        sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
        vectors: fc.array(
          fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }),
          {
            minLength: 4,
            maxLength: 4,
          },
        ),
        q: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }),
        clauses: fc.integer({ min: 1, max: 2 }),
      })
      .map(({ sizes, vectors, q, clauses }): Game => {
        const players = sizes.flatMap((s, j) =>
          Array.from({ length: s }, (_, i) => ({ id: `c${j}p${i}`, weights: vectors[j] ?? [] })),
        );
        const totals = [0, 1, 2].map((d) => players.reduce((t, p) => t + (p.weights[d] ?? 0), 0));
        const cl = Array.from({ length: clauses }, (_, c) =>
          totals.map((t, d) => Math.round((q[c * 3 + d] ?? 0) * t)),
        );
        return { name: 'classes', players, clauses: cl };
      })
      .filter((g) => g.clauses.every((c) => c.some((x) => x > 0)));
    fc.assert(
      fc.property(fewClasses, (game) => {
        const profiles = profileCounts(game);
        expect(profiles).toBeDefined();
        if (!profiles) return;
        const fast = indicesFromCounts(game, profiles, INDEX_NAMES);
        const brute = indicesFromCounts(game, bruteForceCounts(game), INDEX_NAMES);
        expect(table(fast)).toEqual(table(brute));
        expect(fast.winningCoalitions).toBe(brute.winningCoalitions);
        expect(fast.minimalWinningCoalitions).toBe(brute.minimalWinningCoalitions);
      }),
      { numRuns: 150 },
    );
  });
  it('compound games: capped DP and meet in the middle both equal enumeration', () => {
    fc.assert(
      fc.property(compoundArb, (game) => {
        const brute = indicesFromCounts(game, bruteForceCounts(game), [
          'shapley-shubik',
          'banzhaf',
          'coleman',
        ]);
        const capped = indicesFromCounts(game, cappedCounts(game), [
          'shapley-shubik',
          'banzhaf',
          'coleman',
        ]);
        const mitm = indicesFromCounts(game, mitmCounts(game), [
          'shapley-shubik',
          'banzhaf',
          'coleman',
        ]);
        expect(table(capped)).toEqual(table(brute));
        expect(table(mitm)).toEqual(table(brute));
        expect(capped.winningCoalitions).toBe(brute.winningCoalitions);
        expect(mitm.winningCoalitions).toBe(brute.winningCoalitions);
      }),
      { numRuns: 100 },
    );
  });
});

describe("EPIC's 17 unit-test games (power-indices.md §2.1)", () => {
  const games: [number, number[]][] = [
    [11, [9, 5, 3, 3]],
    [68, [60, 34, 17, 13, 11]],
    [5, [3, 3, 1, 1, 1]],
    [7, [3, 3, 2, 2, 2]],
    [5, [4, 3, 1, 1, 1]],
    [11, [6, 5, 4, 4, 2]],
    [6, [5, 2, 2, 1, 1]],
    [40, [32, 15, 10, 10, 9]],
    [11, [5, 5, 3, 3, 3]],
    [8, [5, 5, 2, 1, 1]],
    [9, [6, 3, 2, 1, 1, 1, 1]],
    [8, [7, 4, 2, 1, 1]],
    [8, [5, 5, 3, 1, 1]],
    [8, [6, 5, 1, 1, 1, 1, 1, 1]],
    [8, [6, 5, 1, 1, 1, 1]],
    [8, [6, 6, 1, 1, 1]],
    [10, [9, 1, 1, 1]],
  ];
  it.each(games)('[%i; %s]: every index equals enumeration', (q, w) => {
    const game = weightedGame(q, w);
    expect(table(powerIndices(game, INDEX_NAMES))).toEqual(
      table(indicesFromCounts(game, bruteForceCounts(game), INDEX_NAMES)),
    );
  });
});

describe('split enumeration (one varying criterion, as in the EU)', () => {
  it('minimal winning and critical counts equal enumeration with a win table', () => {
    const arb = fc
      .record({
        pops: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 13 }),
        share: fc.double({ min: 0.3, max: 0.9, noNaN: true }),
        members: fc.double({ min: 0.3, max: 0.7, noNaN: true }),
        blocking: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ pops, share, members, blocking }): Game => {
        const n = pops.length;
        const total = pops.reduce((a, b) => a + b, 0);
        return {
          name: 'eu-like',
          players: pops.map((p, i) => ({ id: `s${i}`, weights: [1, p] })),
          clauses: [
            [Math.max(1, Math.ceil(members * n)), Math.ceil(share * total)],
            [Math.max(1, n - blocking + 1), 0],
          ],
        };
      });
    fc.assert(
      fc.property(arb, (game) => {
        const brute = bruteForceCounts(game);
        const split = splitEnumerationCounts(game, 1);
        expect(split.mwc).toEqual(brute.mwcBySize);
        expect(split.mwcTotal).toEqual(brute.mwcTotalBySize);
        expect(split.johnston).toEqual(brute.johnstonBySize);
      }),
      { numRuns: 100 },
    );
  });
});

describe('axioms', () => {
  it('Shapley–Shubik, normalized Banzhaf, Deegan–Packel, Holler–Packel and Johnston each sum to 1', () => {
    fc.assert(
      fc.property(weightedArb, (game) => {
        const r = powerIndices(game, INDEX_NAMES);
        for (const k of [
          'shapleyShubik',
          'banzhaf',
          'deeganPackel',
          'hollerPackel',
          'johnston',
        ] as const) {
          expect(sumFractions(r.players.map((p) => p[k]))).toBe('1');
        }
      }),
      { numRuns: 80 },
    );
  });
  it('players with equal weights get equal values; a dummy (zero swings) gets zero everywhere', () => {
    fc.assert(
      fc.property(weightedArb, (game) => {
        const r = powerIndices(game, INDEX_NAMES);
        const rows = table(r);
        game.players.forEach((p, i) => {
          game.players.forEach((o, j) => {
            if (p.weights[0] === o.weights[0]) expect(rows[i]).toEqual(rows[j]);
          });
          if (r.players[i]?.swings === 0n) {
            for (const k of [
              'shapleyShubik',
              'banzhaf',
              'deeganPackel',
              'hollerPackel',
              'johnston',
            ] as const) {
              expect(r.players[i]?.[k]?.num).toBe(0n);
            }
          }
        });
      }),
      { numRuns: 80 },
    );
  });
});

describe('symmetric games (closed form)', () => {
  it('equal weights: the closed form equals enumeration for every quota', () => {
    for (let n = 1; n <= 10; n++) {
      for (let q = 1; q <= n; q++) {
        const game = weightedGame(2 * q, new Array<number>(n).fill(2));
        expect(table(powerIndices(game, INDEX_NAMES))).toEqual(
          table(indicesFromCounts(game, bruteForceCounts(game), INDEX_NAMES)),
        );
        expect(powerIndices(game, ['banzhaf']).winningCoalitions).toBe(
          bruteForceCounts(game).winning,
        );
      }
    }
  });
});

describe('counts beyond 2^53 (multi-modular arithmetic)', () => {
  /** Straightforward BigInt generating function: swings and size-split swings for player i. */
  const reference = (w: number[], q: number, i: number): { swings: bigint; bySize: bigint[] } => {
    const n = w.length;
    const total = w.reduce((a, b) => a + b, 0);
    let table: bigint[][] = Array.from({ length: n }, () => new Array<bigint>(total + 1).fill(0n));
    (table[0] as bigint[])[0] = 1n;
    let members = 0;
    w.forEach((wj, j) => {
      if (j === i) return;
      const next = table.map((row) => [...row]);
      for (let k = 0; k <= members; k++) {
        for (let x = 0; x + wj <= total; x++) {
          const v = table[k]?.[x] ?? 0n;
          if (v !== 0n) (next[k + 1] as bigint[])[x + wj] = (next[k + 1]?.[x + wj] ?? 0n) + v;
        }
      }
      table = next;
      members++;
    });
    const bySize = table.map((row) =>
      row.slice(Math.max(0, q - (w[i] ?? 0)), q).reduce((a, b) => a + b, 0n),
    );
    return { swings: bySize.reduce((a, b) => a + b, 0n), bySize };
  };
  it('agrees with a BigInt generating function on 70-player games, for small and large quotas', () => {
    const w = Array.from({ length: 70 }, (_, i) => 1 + ((i * 37) % 11));
    const total = w.reduce((a, b) => a + b, 0);
    for (const q of [Math.ceil(total / 2), Math.ceil(total * 0.85)]) {
      const counts = weightedCounts(w, q, { bySize: true, mwc: false, johnston: false });
      for (const i of [0, 5, 10]) {
        const ref = reference(w, q, i);
        const c = counts.classOf[i] ?? 0;
        expect(counts.swingsBySize[c]?.reduce((a, b) => a + b, 0n)).toBe(ref.swings);
        expect(counts.swingsBySize[c]?.slice(0, 70)).toEqual(ref.bySize.slice(0, 70));
      }
    }
  });
  it('minimal winning coalitions for 60 players: each MWC of size k is counted by its k members', () => {
    const w = Array.from({ length: 60 }, (_, i) => 1 + ((i * 17) % 9));
    const total = w.reduce((a, b) => a + b, 0);
    const counts = weightedCounts(w, Math.ceil(total / 2), {
      bySize: false,
      mwc: true,
      johnston: false,
    });
    const byMembers = (counts.mwcBySize ?? []).reduce(
      (s, row, c) => s + row.reduce((t, x) => t + x, 0n) * BigInt(counts.classSize[c] ?? 0),
      0n,
    );
    const bySize = (counts.mwcTotalBySize ?? []).reduce((s, x, k) => s + x * BigInt(k), 0n);
    expect(bySize > 2n ** 53n).toBe(true);
    expect(byMembers).toBe(bySize);
    // Every size row agrees too.
    (counts.mwcTotalBySize ?? []).forEach((x, k) => {
      const members = (counts.mwcBySize ?? []).reduce(
        (s, row, c) => s + (row[k] ?? 0n) * BigInt(counts.classSize[c] ?? 0),
        0n,
      );
      expect(members).toBe(x * BigInt(k));
    });
  });
  it('Shapley–Shubik still sums to exactly 1 for 70 players', () => {
    const w = Array.from({ length: 70 }, (_, i) => 1 + ((i * 13) % 7));
    const total = w.reduce((a, b) => a + b, 0);
    const r = powerIndices(weightedGame(Math.ceil((2 * total) / 3), w), [
      'shapley-shubik',
      'banzhaf',
    ]);
    expect(sumFractions(r.players.map((p) => p.shapleyShubik))).toBe('1');
    expect(sumFractions(r.players.map((p) => p.banzhaf))).toBe('1');
  });
});
