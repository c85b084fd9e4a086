import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceCounts, splitEnumerationCounts, type Game } from '../src/index.ts';

/**
 * EU-like games: every player has one member and a population; a population clause (with a member quota) and,
 * usually, a member-count clause. The population quota is the total of a random set of players, give or take one,
 * so that coalitions land exactly on it and a member's removal can leave exactly the quota (the boundary between
 * critical and not). Populations come from a narrow range half of the time, so that many players and
 * half-coalitions tie; the population criterion is put first or second.
 */
const euLikeArb = fc
  .record({
    n: fc.integer({ min: 8, max: 16 }),
    narrow: fc.boolean(),
    seeds: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 16, maxLength: 16 }),
    quotaSet: fc.integer({ min: 0, max: 2 ** 16 - 1 }),
    offset: fc.integer({ min: -1, max: 1 }),
    members: fc.integer({ min: 0, max: 16 }),
    count: fc.option(fc.integer({ min: 1, max: 16 }), { freq: 4 }),
    populationFirst: fc.boolean(),
  })
  .map(({ n, narrow, seeds, quotaSet, offset, members, count, populationFirst }) => {
    const pops = seeds.slice(0, n).map((x) => (narrow ? x % 6 : x));
    const total = pops.reduce((a, b) => a + b, 0);
    const chosen = pops.reduce((s, p, i) => (quotaSet & (1 << i) ? s + p : s), 0);
    const pq = Math.max(0, Math.min(total, chosen + offset));
    const large = populationFirst ? 0 : 1;
    const pair = (m: number, p: number): number[] => (populationFirst ? [p, m] : [m, p]);
    const clauses = [pair(Math.min(n, members), pq)];
    if (count !== null) clauses.push(pair(Math.min(n, count), 0));
    const game: Game = {
      name: 'eu-like',
      players: pops.map((p, i) => ({ id: `s${i}`, weights: pair(1, p) })),
      clauses: clauses.filter((c) => c.some((q) => q > 0)),
    };
    return { game, large };
  })
  .filter(({ game }) => game.clauses.length > 0);

describe('split enumeration counts equal enumeration of all coalitions', () => {
  it('winning coalitions, swings, minimal winning coalitions and Johnston counts (8–16 players)', () => {
    fc.assert(
      fc.property(euLikeArb, ({ game, large }) => {
        const brute = bruteForceCounts(game);
        const split = splitEnumerationCounts(game, large);
        expect(split.winning).toBe(brute.winning);
        expect(split.swings).toEqual(brute.swingsBySize);
        expect(split.mwcTotal).toEqual(brute.mwcTotalBySize);
        expect(split.mwc).toEqual(brute.mwcBySize);
        expect(split.johnston).toEqual(brute.johnstonBySize);
      }),
      { numRuns: 150 },
    );
  });

  it('a game whose players all weigh the same (every half-coalition of a size ties)', () => {
    const n = 14;
    const game: Game = {
      name: 'equal',
      players: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, weights: [1, 7] })),
      clauses: [
        [8, 7 * 9],
        [12, 0],
      ],
    };
    const brute = bruteForceCounts(game);
    const split = splitEnumerationCounts(game, 1);
    expect(split.winning).toBe(brute.winning);
    expect(split.swings).toEqual(brute.swingsBySize);
    expect(split.mwcTotal).toEqual(brute.mwcTotalBySize);
    expect(split.mwc).toEqual(brute.mwcBySize);
    expect(split.johnston).toEqual(brute.johnstonBySize);
  });
});
