/**
 * Probability that a game's motion passes when each player votes yes independently with a given probability
 * (the rest vote no). Exact: probabilities are fractions and the dynamic programme runs on BigInt numerators over
 * the product of the denominators.
 *
 * Algorithm: the capped multi-criteria DP of compound.ts with probabilities instead of counts; the state is the
 * vector of criterion totals capped at the largest quota, so each win test stays exact. O(n·Π(cap_d + 1)) BigInt
 * operations; refused when the capped state space exceeds a few million (e.g. a population criterion).
 * With every probability ½ the result is Coleman's power of the collectivity to act, |W|/2^n.
 */
import { fraction, type Fraction } from './fraction.ts';
import { GameError, validateGame, winsWithTotals, type Game } from './game.ts';

const STATE_LIMIT = 2_000_000;

/** Exact probability that the coalition of yes-voters wins, for independent yes-probabilities per player. */
export function adoptionProbability(game: Game, yes: readonly Fraction[]): Fraction {
  validateGame(game);
  if (yes.length !== game.players.length) {
    throw new GameError(`${yes.length} probabilities for ${game.players.length} players`);
  }
  yes.forEach((p, i) => {
    if (p.num < 0n || p.num > p.den)
      throw new GameError(`probability for '${game.players[i]?.id}' is not between 0 and 1`);
  });
  const dims = game.players[0]?.weights.length ?? 0;
  const cap = Array.from({ length: dims }, (_, d) =>
    Math.max(...game.clauses.map((c) => c[d] ?? 0)),
  );
  const stride: number[] = [];
  let states = 1;
  for (const c of cap) {
    stride.push(states);
    states *= c + 1;
  }
  if (states > STATE_LIMIT) {
    throw new GameError(`adoption probability needs ${states} capped states; limit ${STATE_LIMIT}`);
  }
  let table: bigint[] = new Array<bigint>(states).fill(0n);
  table[0] = 1n;
  let denominator = 1n;
  game.players.forEach((player, i) => {
    const p = yes[i] ?? fraction(0n, 1n);
    const next = new Array<bigint>(states).fill(0n);
    const yesW = p.num;
    const noW = p.den - p.num;
    for (let s = 0; s < states; s++) {
      const v = table[s] ?? 0n;
      if (v === 0n) continue;
      if (noW !== 0n) next[s] = (next[s] ?? 0n) + v * noW;
      if (yesW !== 0n) {
        let t = 0;
        for (let d = 0; d < dims; d++) {
          const x = Math.floor(s / (stride[d] ?? 1)) % ((cap[d] ?? 0) + 1);
          t += Math.min(x + (player.weights[d] ?? 0), cap[d] ?? 0) * (stride[d] ?? 1);
        }
        next[t] = (next[t] ?? 0n) + v * yesW;
      }
    }
    table = next;
    denominator *= p.den;
  });
  let favourable = 0n;
  const totals = new Array<number>(dims).fill(0);
  for (let s = 0; s < states; s++) {
    const v = table[s] ?? 0n;
    if (v === 0n) continue;
    for (let d = 0; d < dims; d++)
      totals[d] = Math.floor(s / (stride[d] ?? 1)) % ((cap[d] ?? 0) + 1);
    if (winsWithTotals(game, totals)) favourable += v;
  }
  return fraction(favourable, denominator);
}
