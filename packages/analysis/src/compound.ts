/**
 * Exact counts for compound games (several weighted criteria, clauses of quotas; see game.ts).
 *
 * Three algorithms, chosen by `compoundCounts`:
 * - Capped multi-criteria DP: the state is the vector of criterion totals, each capped at its largest quota
 *   (capping keeps every win test exact), plus the coalition size. O((c + 1)·n²·Π(cap_d + 1)) time, where c is the
 *   number of classes of identical players; for the Security Council as "5 of 5 permanent and 9 of 15" that is a
 *   few thousand cells.
 * - Meet in the middle, for one criterion with large weights (population) beside small ones (member counts):
 *   split the players in two halves, list each half's 2^(n/2) coalitions grouped by (capped small criteria,
 *   size) and sorted by the large criterion, and count winning pairs of groups with a two-pointer sweep.
 *   O(c·G·2^(n/2)) after O(2^(n/2)·log) sorting, G = number of groups; the EU-27 runs in tens of milliseconds.
 * - Brute force over all 2^n coalitions for minimal-winning and critical-player counts (Holler–Packel,
 *   Deegan–Packel, Johnston) of compound games, and as the oracle in tests. O(n·2^n); refused above 25 players.
 */
import { classify, type CoalitionCounts } from './counts.ts';
import { GameError, type Game, winsWithTotals } from './game.ts';
import { fromResidues, moduliFor } from './modular.ts';

function bump(row: number[] | undefined, k: number): void {
  if (row) row[k] = (row[k] ?? 0) + 1;
}

/** Largest n for the brute-force algorithm. */
export const BRUTE_FORCE_MAX_PLAYERS = 25;
const CAPPED_STATE_LIMIT = 2_000_000;
const MITM_MAX_PLAYERS = 50;

function caps(game: Game): number[] {
  const dims = game.players[0]?.weights.length ?? 0;
  return Array.from({ length: dims }, (_, d) => Math.max(...game.clauses.map((c) => c[d] ?? 0)));
}

/** Number of capped states of the multi-criteria DP. */
export function cappedStateCount(game: Game): number {
  return caps(game).reduce((acc, c) => acc * (c + 1), 1);
}

function playerKeys(game: Game): string[] {
  return game.players.map((p) => p.weights.join(','));
}

/** Capped multi-criteria dynamic programme (see the file comment). */
export function cappedCounts(game: Game): CoalitionCounts {
  const n = game.players.length;
  const cap = caps(game);
  const dims = cap.length;
  const stride: number[] = [];
  let states = 1;
  for (let d = 0; d < dims; d++) {
    stride.push(states);
    states *= (cap[d] ?? 0) + 1;
  }
  const decode = (s: number): number[] => cap.map((c, d) => Math.floor(s / (stride[d] ?? 1)) % (c + 1));
  const winState = new Uint8Array(states);
  for (let s = 0; s < states; s++) winState[s] = winsWithTotals(game, decode(s)) ? 1 : 0;
  const successor = (v: readonly number[]): Int32Array => {
    const out = new Int32Array(states);
    for (let s = 0; s < states; s++) {
      const t = decode(s);
      out[s] = t.reduce((acc, x, d) => acc + Math.min(x + (v[d] ?? 0), cap[d] ?? 0) * (stride[d] ?? 1), 0);
    }
    return out;
  };
  const { classOf, classSize, reps } = classify(playerKeys(game));
  const classSucc = reps.map((r) => successor(game.players[r]?.weights ?? []));
  const succOf = game.players.map((_, i) => classSucc[classOf[i] ?? 0] ?? new Int32Array(states));
  const moduli = moduliFor(n + 1, false);
  const rows = n + 1;
  const run = (skip: number, p: number): Float64Array => {
    let table = new Float64Array(rows * states);
    table[0] = 1;
    let members = 0;
    for (let j = 0; j < n; j++) {
      if (j === skip) continue;
      const next = table.slice();
      const succ = succOf[j] ?? new Int32Array(states);
      for (let k = 0; k <= members; k++) {
        for (let s = 0; s < states; s++) {
          const a = table[k * states + s] ?? 0;
          if (a === 0) continue;
          const idx = (k + 1) * states + (succ[s] ?? 0);
          const t = (next[idx] ?? 0) + a;
          next[idx] = t >= p ? t - p : t;
        }
      }
      table = next;
      members++;
    }
    return table;
  };
  const winRes: number[] = [];
  const swingRes: number[][][] = reps.map(() => Array.from({ length: rows }, () => []));
  for (const p of moduli) {
    const all = run(-1, p);
    let w = 0;
    for (let i = 0; i < all.length; i++) {
      if (winState[i % states]) {
        w += all[i] ?? 0;
        if (w >= p) w -= p;
      }
    }
    winRes.push(w);
    reps.forEach((rep, c) => {
      const table = run(rep, p);
      const succ = classSucc[c] ?? new Int32Array(states);
      for (let k = 0; k < rows; k++) {
        let sum = 0;
        for (let s = 0; s < states; s++) {
          if (!winState[s] && winState[succ[s] ?? 0]) {
            sum += table[k * states + s] ?? 0;
            if (sum >= p) sum -= p;
          }
        }
        swingRes[c]?.[k]?.push(sum);
      }
    });
  }
  return {
    n,
    classOf,
    classSize,
    winning: fromResidues(winRes, moduli),
    swingsBySize: swingRes.map((r) => r.map((x) => fromResidues(x, moduli))),
    method: `capped multi-criteria dynamic programme (${states} states)`,
  };
}

interface Half {
  /** group key → sorted large-criterion totals */
  readonly groups: Map<number, Float64Array>;
}

/** Meet in the middle (see the file comment). */
export function mitmCounts(game: Game): CoalitionCounts {
  const n = game.players.length;
  if (n > MITM_MAX_PLAYERS) throw new GameError(`meet in the middle handles at most ${MITM_MAX_PLAYERS} players`);
  const cap = caps(game);
  const dims = cap.length;
  let large = 0;
  for (let d = 1; d < dims; d++) if ((cap[d] ?? 0) > (cap[large] ?? 0)) large = d;
  const smallDims = Array.from({ length: dims }, (_, d) => d).filter((d) => d !== large);
  const smallStride: number[] = [];
  let smallStates = 1;
  for (const d of smallDims) {
    smallStride.push(smallStates);
    smallStates *= (cap[d] ?? 0) + 1;
  }
  if (smallStates > 100_000) throw new GameError('too many small criteria for meet in the middle');
  const w = game.players.map((p) => p.weights);
  const smallDecode = (s: number): number[] =>
    smallDims.map((d, j) => Math.floor(s / (smallStride[j] ?? 1)) % ((cap[d] ?? 0) + 1));
  const smallEncode = (v: readonly number[]): number =>
    smallDims.reduce((acc, d, j) => acc + Math.min(v[j] ?? 0, cap[d] ?? 0) * (smallStride[j] ?? 1), 0);

  const listHalf = (members: readonly number[]): Half => {
    const h = members.length;
    const size = 1 << h;
    const largeSum = new Float64Array(size);
    const smallSum = smallDims.map(() => new Float64Array(size));
    const count = new Uint8Array(size);
    const byKey = new Map<number, number[]>();
    for (let mask = 0; mask < size; mask++) {
      if (mask > 0) {
        const low = mask & -mask;
        const bit = 31 - Math.clz32(low);
        const prev = mask ^ low;
        const player = w[members[bit] ?? 0] ?? [];
        largeSum[mask] = (largeSum[prev] ?? 0) + (player[large] ?? 0);
        smallDims.forEach((d, j) => {
          const arr = smallSum[j];
          if (arr) arr[mask] = (arr[prev] ?? 0) + (player[d] ?? 0);
        });
        count[mask] = (count[prev] ?? 0) + 1;
      }
      const key = smallEncode(smallSum.map((a) => a[mask] ?? 0)) * (n + 1) + (count[mask] ?? 0);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(largeSum[mask] ?? 0);
    }
    const groups = new Map<number, Float64Array>();
    for (const [key, list] of byKey) groups.set(key, Float64Array.from(list).sort());
    return { groups };
  };

  /** counts[k] = #coalitions S of the given players with |S| = k such that S plus the extra vector wins. */
  const countWins = (members: readonly number[], extra: readonly number[]): number[] => {
    const half = Math.floor(members.length / 2);
    const a = listHalf(members.slice(0, half));
    const b = listHalf(members.slice(half));
    const out = new Array<number>(n + 1).fill(0);
    const extraSmall = smallDims.map((d) => extra[d] ?? 0);
    const extraLarge = extra[large] ?? 0;
    const totals = new Array<number>(dims).fill(0);
    for (const [ka, la] of a.groups) {
      const sa = smallDecode(Math.floor(ka / (n + 1)));
      const ca = ka % (n + 1);
      for (const [kb, lb] of b.groups) {
        const sb = smallDecode(Math.floor(kb / (n + 1)));
        const cb = kb % (n + 1);
        // Smallest large-criterion total that makes the pair win, given the small criteria.
        let threshold = Number.POSITIVE_INFINITY;
        smallDims.forEach((d, j) => (totals[d] = (sa[j] ?? 0) + (sb[j] ?? 0) + (extraSmall[j] ?? 0)));
        for (const clause of game.clauses) {
          if (smallDims.every((d) => (totals[d] ?? 0) >= (clause[d] ?? 0))) {
            threshold = Math.min(threshold, (clause[large] ?? 0) - extraLarge);
          }
        }
        if (threshold === Number.POSITIVE_INFINITY) continue;
        let pairs = 0;
        if (threshold <= 0) {
          pairs = la.length * lb.length;
        } else {
          let j = lb.length;
          for (let i = 0; i < la.length; i++) {
            const need = threshold - (la[i] ?? 0);
            while (j > 0 && (lb[j - 1] ?? 0) >= need) j--;
            pairs += lb.length - j;
          }
        }
        out[ca + cb] = (out[ca + cb] ?? 0) + pairs;
      }
    }
    return out;
  };

  const all = game.players.map((_, i) => i);
  const zero = new Array<number>(dims).fill(0);
  const winning = countWins(all, zero).reduce((s, x) => s + BigInt(x), 0n);
  const { classOf, classSize, reps } = classify(playerKeys(game));
  const swingsBySize = reps.map((rep) => {
    const others = all.filter((i) => i !== rep);
    const withRep = countWins(others, w[rep] ?? zero);
    const without = countWins(others, zero);
    return withRep.map((x, k) => BigInt(x - (without[k] ?? 0)));
  });
  return { n, classOf, classSize, winning, swingsBySize, method: 'meet in the middle (two halves, sorted groups)' };
}

/**
 * Brute force over all 2^n coalitions: winning, swings, minimal winning and critical counts, per player.
 * Used for the minimal-winning and Johnston indices of compound games and as the test oracle.
 */
export function bruteForceCounts(game: Game): CoalitionCounts {
  const n = game.players.length;
  if (n > BRUTE_FORCE_MAX_PLAYERS) {
    throw new GameError(`enumeration of all coalitions is limited to ${BRUTE_FORCE_MAX_PLAYERS} players (game has ${n})`);
  }
  const dims = game.players[0]?.weights.length ?? 0;
  const size = 2 ** n;
  const win = new Uint8Array(size);
  const totals = new Array<number>(dims).fill(0);
  // Gray-code order: one player enters or leaves per step.
  let prevGray = 0;
  win[0] = winsWithTotals(game, totals) ? 1 : 0;
  for (let g = 1; g < size; g++) {
    const gray = g ^ (g >>> 1);
    const flipped = gray ^ prevGray;
    const i = 31 - Math.clz32(flipped);
    const sign = gray & flipped ? 1 : -1;
    const wi = game.players[i]?.weights ?? [];
    for (let d = 0; d < dims; d++) totals[d] = (totals[d] ?? 0) + sign * (wi[d] ?? 0);
    win[gray] = winsWithTotals(game, totals) ? 1 : 0;
    prevGray = gray;
  }
  const swings = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  const mwc = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  const mwcTotal = new Array<number>(n + 1).fill(0);
  const johnston = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
  let winning = 0;
  const critical: number[] = [];
  for (let mask = 0; mask < size; mask++) {
    let k = 0;
    for (let m = mask; m; m &= m - 1) k++;
    if (!win[mask]) {
      for (let i = 0; i < n; i++) {
        const bit = 2 ** i;
        if (!(mask & bit) && win[mask | bit]) bump(swings[i], k);
      }
      continue;
    }
    winning++;
    critical.length = 0;
    for (let i = 0; i < n; i++) {
      const bit = 2 ** i;
      if (mask & bit && !win[mask ^ bit]) critical.push(i);
    }
    if (critical.length === k) {
      mwcTotal[k] = (mwcTotal[k] ?? 0) + 1;
      for (const i of critical) bump(mwc[i], k);
    }
    for (const i of critical) bump(johnston[i], critical.length);
  }
  const big = (rows: number[][]): bigint[][] => rows.map((r) => r.map(BigInt));
  return {
    n,
    classOf: game.players.map((_, i) => i),
    classSize: game.players.map(() => 1),
    winning: BigInt(winning),
    swingsBySize: big(swings),
    mwcBySize: big(mwc),
    mwcTotalBySize: mwcTotal.map(BigInt),
    johnstonBySize: big(johnston),
    method: `enumeration of all 2^${n} coalitions`,
  };
}

/**
 * Counts for a compound game: swings by the capped DP when its state space is small, otherwise by meet in the
 * middle; minimal-winning and critical counts, when asked, by enumeration (n ≤ 25).
 */
export function compoundCounts(game: Game, options: { mwcOrJohnston: boolean }): CoalitionCounts {
  const n = game.players.length;
  if (options.mwcOrJohnston) {
    if (n > BRUTE_FORCE_MAX_PLAYERS) {
      throw new GameError(
        `Holler–Packel, Deegan–Packel and Johnston for compound games are computed by enumeration, limited to ${BRUTE_FORCE_MAX_PLAYERS} players (game has ${n}); ask for shapley-shubik,banzhaf,coleman`,
      );
    }
  }
  const states = cappedStateCount(game);
  const classes = new Set(playerKeys(game)).size;
  let base: CoalitionCounts;
  if (states * (n + 1) <= CAPPED_STATE_LIMIT && states * (n + 1) * n * (classes + 1) <= 2e9) {
    base = cappedCounts(game);
  } else if (n <= MITM_MAX_PLAYERS) {
    base = mitmCounts(game);
  } else {
    throw new GameError(`compound game too large for exact computation (${n} players, ${states} capped states)`);
  }
  if (!options.mwcOrJohnston) return base;
  const brute = bruteForceCounts(game);
  // Brute force reports per player; express it on the base's classes (identical players agree exactly).
  const { classOf, classSize } = base;
  const firstOf = classSize.map((_, c) => classOf.indexOf(c));
  const pick = (rows: readonly (readonly bigint[])[] | undefined): bigint[][] =>
    firstOf.map((i) => [...(rows?.[i] ?? [])]);
  return {
    ...base,
    mwcBySize: pick(brute.mwcBySize),
    mwcTotalBySize: [...(brute.mwcTotalBySize ?? [])],
    johnstonBySize: pick(brute.johnstonBySize),
    method: `${base.method}; ${brute.method} for minimal winning and critical counts`,
  };
}
