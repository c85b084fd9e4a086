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
 * - Split enumeration (see `splitEnumerationCounts`) for those counts when only one criterion varies between
 *   players (the EU), up to 34 players.
 */
import { classify, type CoalitionCounts } from './counts.ts';
import { GameError, type Game, winsWithTotals } from './game.ts';
import { fromResidues, moduliFor } from './modular.ts';

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
  const decode = (s: number): number[] =>
    cap.map((c, d) => Math.floor(s / (stride[d] ?? 1)) % (c + 1));
  const winState = new Uint8Array(states);
  for (let s = 0; s < states; s++) winState[s] = winsWithTotals(game, decode(s)) ? 1 : 0;
  const successor = (v: readonly number[]): Int32Array => {
    const out = new Int32Array(states);
    for (let s = 0; s < states; s++) {
      const t = decode(s);
      out[s] = t.reduce(
        (acc, x, d) => acc + Math.min(x + (v[d] ?? 0), cap[d] ?? 0) * (stride[d] ?? 1),
        0,
      );
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

/** One half's coalitions grouped by (capped small criteria, size), each group sorted by the large criterion. */
interface HalfGroup {
  /** Capped small-criteria totals of the group. */
  readonly small: Float64Array;
  readonly size: number;
  /** Coalition bit masks within the half, in ascending order of their large-criterion total. */
  readonly masks: Int32Array;
  /** Those totals, ascending. */
  readonly totals: Float64Array;
}

/** Meet in the middle (see the file comment). */
export function mitmCounts(game: Game): CoalitionCounts {
  const n = game.players.length;
  if (n > MITM_MAX_PLAYERS)
    throw new GameError(`meet in the middle handles at most ${MITM_MAX_PLAYERS} players`);
  const cap = caps(game);
  const dims = cap.length;
  let large = 0;
  for (let d = 1; d < dims; d++) if ((cap[d] ?? 0) > (cap[large] ?? 0)) large = d;
  const smallDims = Array.from({ length: dims }, (_, d) => d).filter((d) => d !== large);
  const sd = smallDims.length;
  const smallCap = Float64Array.from(smallDims, (d) => cap[d] ?? 0);
  const smallStates = smallDims.reduce((acc, d) => acc * ((cap[d] ?? 0) + 1), 1);
  if (smallStates > 100_000) throw new GameError('too many small criteria for meet in the middle');
  const w = game.players.map((p) => p.weights);
  // Clauses split into small-criteria quotas and the large quota.
  const clauseSmall = game.clauses.map((c) => Float64Array.from(smallDims, (d) => c[d] ?? 0));
  const clauseLarge = game.clauses.map((c) => c[large] ?? 0);

  const listHalf = (members: readonly number[]): HalfGroup[] => {
    const h = members.length;
    const size = 1 << h;
    const largeSum = new Float64Array(size);
    const smallSum = new Float64Array(size * sd);
    const count = new Uint8Array(size);
    const key = new Float64Array(size);
    const index = new Map<number, number>();
    const groupOf = new Int32Array(size);
    const groupSizes: number[] = [];
    for (let mask = 0; mask < size; mask++) {
      let k = 0;
      if (mask > 0) {
        const low = mask & -mask;
        const bit = 31 - Math.clz32(low);
        const prev = mask ^ low;
        const player = w[members[bit] ?? 0] ?? [];
        largeSum[mask] = (largeSum[prev] ?? 0) + (player[large] ?? 0);
        count[mask] = (count[prev] ?? 0) + 1;
        for (let j = 0; j < sd; j++) {
          smallSum[mask * sd + j] = Math.min(
            (smallSum[prev * sd + j] ?? 0) + (player[smallDims[j] ?? 0] ?? 0),
            smallCap[j] ?? 0,
          );
        }
      }
      for (let j = 0; j < sd; j++)
        k = k * ((smallCap[j] ?? 0) + 1) + (smallSum[mask * sd + j] ?? 0);
      k = k * (n + 1) + (count[mask] ?? 0);
      key[mask] = k;
      let g = index.get(k);
      if (g === undefined) {
        g = groupSizes.length;
        index.set(k, g);
        groupSizes.push(0);
      }
      groupOf[mask] = g;
      groupSizes[g] = (groupSizes[g] ?? 0) + 1;
    }
    const order = Int32Array.from({ length: size }, (_, i) => i).sort(
      (a, b) => (largeSum[a] ?? 0) - (largeSum[b] ?? 0),
    );
    const masks = groupSizes.map((gs) => new Int32Array(gs));
    const fill = new Int32Array(groupSizes.length);
    for (const mask of order) {
      const g = groupOf[mask] ?? 0;
      const at = fill[g] ?? 0;
      const list = masks[g];
      if (list) list[at] = mask;
      fill[g] = at + 1;
    }
    return masks.map((list) => {
      const first = list[0] ?? 0;
      return {
        small: smallSum.slice(first * sd, first * sd + sd),
        size: count[first] ?? 0,
        masks: list,
        totals: Float64Array.from(list, (m) => largeSum[m] ?? 0),
      };
    });
  };

  /** The groups without the coalitions that contain `bit` (order kept, so no sorting). */
  const without = (groups: readonly HalfGroup[], bit: number): HalfGroup[] =>
    groups.flatMap((g) => {
      const keep: number[] = [];
      for (let i = 0; i < g.masks.length; i++) if (((g.masks[i] ?? 0) & bit) === 0) keep.push(i);
      if (keep.length === 0) return [];
      return [
        {
          ...g,
          masks: Int32Array.from(keep, (i) => g.masks[i] ?? 0),
          totals: Float64Array.from(keep, (i) => g.totals[i] ?? 0),
        },
      ];
    });

  /** counts[k]: pairs (a, b) with |a| + |b| = k such that a ∪ b plus the extra weight vector wins. */
  const countWins = (
    ga: readonly HalfGroup[],
    gb: readonly HalfGroup[],
    extra: readonly number[],
  ): Float64Array => {
    const out = new Float64Array(n + 1);
    const extraSmall = Float64Array.from(smallDims, (d) => extra[d] ?? 0);
    const extraLarge = extra[large] ?? 0;
    const totals = new Float64Array(sd);
    for (const a of ga) {
      for (const b of gb) {
        for (let j = 0; j < sd; j++)
          totals[j] = (a.small[j] ?? 0) + (b.small[j] ?? 0) + (extraSmall[j] ?? 0);
        // Smallest large-criterion total that makes the pair win, given its small criteria.
        let threshold = Number.POSITIVE_INFINITY;
        for (let c = 0; c < clauseSmall.length; c++) {
          const q = clauseSmall[c] ?? new Float64Array();
          let ok = true;
          for (let j = 0; j < sd && ok; j++) ok = (totals[j] ?? 0) >= (q[j] ?? 0);
          if (ok) threshold = Math.min(threshold, (clauseLarge[c] ?? 0) - extraLarge);
        }
        if (threshold === Number.POSITIVE_INFINITY) continue;
        const la = a.totals;
        const lb = b.totals;
        let pairs = 0;
        if (threshold <= 0) {
          pairs = la.length * lb.length;
        } else {
          // Two pointers: as a grows, the least sufficient b shrinks.
          let j = lb.length;
          for (let i = 0; i < la.length; i++) {
            const need = threshold - (la[i] ?? 0);
            while (j > 0 && (lb[j - 1] ?? 0) >= need) j--;
            pairs += lb.length - j;
          }
        }
        out[a.size + b.size] = (out[a.size + b.size] ?? 0) + pairs;
      }
    }
    return out;
  };

  const half = Math.floor(n / 2);
  const all = game.players.map((_, i) => i);
  const groupsA = listHalf(all.slice(0, half));
  const groupsB = listHalf(all.slice(half));
  const zero = new Array<number>(dims).fill(0);
  const winning = countWins(groupsA, groupsB, zero).reduce((s, x) => s + BigInt(x), 0n);
  const { classOf, classSize, reps } = classify(playerKeys(game));
  const swingsBySize = reps.map((rep) => {
    const inA = rep < half;
    const bit = 1 << (inA ? rep : rep - half);
    const ga = inA ? without(groupsA, bit) : groupsA;
    const gb = inA ? groupsB : without(groupsB, bit);
    const withRep = countWins(ga, gb, w[rep] ?? zero);
    const withoutRep = countWins(ga, gb, zero);
    return Array.from(withRep, (x, k) => BigInt(x - (withoutRep[k] ?? 0)));
  });
  return {
    n,
    classOf,
    classSize,
    winning,
    swingsBySize,
    method: 'meet in the middle (two halves, sorted groups)',
  };
}

/**
 * Brute force over all 2^n coalitions: winning, swings, minimal winning and critical counts, per player.
 * Used for the minimal-winning and Johnston indices of compound games and as the test oracle.
 */
export function bruteForceCounts(game: Game): CoalitionCounts {
  const n = game.players.length;
  if (n > BRUTE_FORCE_MAX_PLAYERS) {
    throw new GameError(
      `enumeration of all coalitions is limited to ${BRUTE_FORCE_MAX_PLAYERS} players (game has ${n})`,
    );
  }
  const dims = game.players[0]?.weights.length ?? 0;
  const size = 2 ** n;
  const win = new Uint8Array(size);
  const totals = new Float64Array(dims);
  const weights = Float64Array.from(game.players.flatMap((p) => p.weights));
  const quotas = Float64Array.from(game.clauses.flat());
  const clauses = game.clauses.length;
  const wins = (): number => {
    for (let c = 0; c < clauses; c++) {
      let ok = true;
      for (let d = 0; d < dims && ok; d++) ok = (totals[d] ?? 0) >= (quotas[c * dims + d] ?? 0);
      if (ok) return 1;
    }
    return 0;
  };
  // Gray-code order: one player enters or leaves per step.
  let prevGray = 0;
  win[0] = wins();
  for (let g = 1; g < size; g++) {
    const gray = g ^ (g >>> 1);
    const flipped = gray ^ prevGray;
    const i = 31 - Math.clz32(flipped);
    const sign = gray & flipped ? 1 : -1;
    for (let d = 0; d < dims; d++)
      totals[d] = (totals[d] ?? 0) + sign * (weights[i * dims + d] ?? 0);
    win[gray] = wins();
    prevGray = gray;
  }
  const row = n + 1;
  const swingT = new Float64Array(n * row);
  const mwcT = new Float64Array(n * row);
  const mwcTotal = new Array<number>(n + 1).fill(0);
  const johnT = new Float64Array(n * row);
  let winning = 0;
  const critical = new Int32Array(n);
  for (let mask = 0; mask < size; mask++) {
    let k = 0;
    for (let m = mask; m; m &= m - 1) k++;
    if (!win[mask]) {
      for (let i = 0; i < n; i++) {
        const bit = 1 << i;
        if (!(mask & bit) && win[mask | bit]) swingT[i * row + k] = (swingT[i * row + k] ?? 0) + 1;
      }
      continue;
    }
    winning++;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit && !win[mask ^ bit]) critical[c++] = i;
    }
    if (c === k) mwcTotal[k] = (mwcTotal[k] ?? 0) + 1;
    for (let j = 0; j < c; j++) {
      const i = critical[j] ?? 0;
      if (c === k) mwcT[i * row + k] = (mwcT[i * row + k] ?? 0) + 1;
      johnT[i * row + c] = (johnT[i * row + c] ?? 0) + 1;
    }
  }
  const rowsOf = (t: Float64Array): number[][] =>
    Array.from({ length: n }, (_, i) => Array.from(t.subarray(i * row, (i + 1) * row)));
  const swings = rowsOf(swingT);
  const mwc = rowsOf(mwcT);
  const johnston = rowsOf(johnT);
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

/** Largest n for the split enumeration of `splitEnumerationCounts`. */
export const SPLIT_ENUMERATION_MAX_PLAYERS = 34;

/**
 * The criterion that varies between players when every other criterion gives all players the same weight
 * (e.g. the EU: one member each, populations differ); undefined otherwise.
 */
function singleVaryingCriterion(game: Game): number | undefined {
  const dims = game.players[0]?.weights.length ?? 0;
  const varying = Array.from({ length: dims }, (_, d) => d).filter((d) =>
    game.players.some((p) => p.weights[d] !== game.players[0]?.weights[d]),
  );
  if (varying.length > 1) return undefined;
  return varying[0] ?? 0;
}

/**
 * Minimal winning and critical-player counts by enumeration, for games in which only one criterion (L) varies
 * between players. Then a coalition's other totals depend only on its size k, so there is a threshold θ(k), the
 * least L-total with which k members win, and member j of a winning S is critical exactly when its weight exceeds
 * the slack P − θ(k − 1) (P = L-total of S): the critical members are S's heaviest ones. Players are sorted by L
 * and split into a heavy and a light half; every coalition is a pair of half-coalitions whose members are
 * already in weight order, so the critical ones are found by scanning from the heaviest. Light halves are grouped
 * by size and sorted by weight, so only winning coalitions are visited: O(2^(n/2)·n + |W|·c̄) time with no 2^n
 * table (c̄ the mean number of critical members); the EU-27 (17.8 M winning coalitions) takes about a second.
 */
export function splitEnumerationCounts(
  game: Game,
  large: number,
): {
  mwc: bigint[][];
  mwcTotal: bigint[];
  johnston: bigint[][];
} {
  const n = game.players.length;
  if (n > SPLIT_ENUMERATION_MAX_PLAYERS) {
    throw new GameError(
      `split enumeration handles at most ${SPLIT_ENUMERATION_MAX_PLAYERS} players`,
    );
  }
  const order = game.players
    .map((_, i) => i)
    .sort((a, b) => {
      const wa = game.players[a]?.weights[large] ?? 0;
      const wb = game.players[b]?.weights[large] ?? 0;
      return wb - wa || a - b;
    });
  const weightOf = order.map((i) => game.players[i]?.weights[large] ?? 0);
  const unit = game.players[0]?.weights ?? [];
  // θ(k): least L-total with which a coalition of k members wins (Infinity if none).
  const theta = new Float64Array(n + 2).fill(Number.POSITIVE_INFINITY);
  for (let k = 0; k <= n; k++) {
    for (const clause of game.clauses) {
      const ok = clause.every((q, d) => d === large || k * (unit[d] ?? 0) >= q);
      if (ok) theta[k] = Math.min(theta[k] ?? Number.POSITIVE_INFINITY, clause[large] ?? 0);
    }
  }
  const hCount = Math.ceil(n / 2);
  const half = (from: number, to: number) => {
    const m = to - from;
    const size = 1 << m;
    const total = new Float64Array(size);
    const count = new Uint8Array(size);
    for (let mask = 1; mask < size; mask++) {
      const low = mask & -mask;
      const bit = 31 - Math.clz32(low);
      total[mask] = (total[mask ^ low] ?? 0) + (weightOf[from + bit] ?? 0);
      count[mask] = (count[mask ^ low] ?? 0) + 1;
    }
    return { from, m, size, total, count };
  };
  const heavy = half(0, hCount);
  const light = half(hCount, n);
  const mwc = new Float64Array(n * (n + 1));
  const mwcTotal = new Float64Array(n + 1);
  const johnston = new Float64Array(n * (n + 1));
  const crit = new Int32Array(n);
  // Light half-coalitions grouped by size, heaviest first, so each scan stops at the first losing pair.
  const groups = Array.from({ length: light.m + 1 }, (_, kl) => {
    const masks: number[] = [];
    for (let l = 0; l < light.size; l++) if (light.count[l] === kl) masks.push(l);
    masks.sort((a, b) => (light.total[b] ?? 0) - (light.total[a] ?? 0));
    return {
      masks: Int32Array.from(masks),
      totals: Float64Array.from(masks, (l) => light.total[l] ?? 0),
    };
  });
  for (let h = 0; h < heavy.size; h++) {
    const ph = heavy.total[h] ?? 0;
    const kh = heavy.count[h] ?? 0;
    for (let kl = 0; kl <= light.m; kl++) {
      const k = kh + kl;
      const need = (theta[k] ?? Number.POSITIVE_INFINITY) - ph;
      if (need === Number.POSITIVE_INFINITY) continue;
      const slackBase = ph - (theta[k - 1] ?? Number.POSITIVE_INFINITY); // −∞ when k − 1 members cannot win
      const { masks, totals } = groups[kl] ?? {
        masks: new Int32Array(),
        totals: new Float64Array(),
      };
      for (let idx = 0; idx < masks.length; idx++) {
        const lightTotal = totals[idx] ?? 0;
        if (lightTotal < need) break;
        const l = masks[idx] ?? 0;
        const slack = slackBase + lightTotal;
        let c = 0;
        let done = false;
        for (let mask = h; mask && !done; mask &= mask - 1) {
          const pos = 31 - Math.clz32(mask & -mask);
          if ((weightOf[pos] ?? 0) > slack) crit[c++] = pos;
          else done = true;
        }
        if (!done) {
          for (let mask = l; mask; mask &= mask - 1) {
            const pos = hCount + 31 - Math.clz32(mask & -mask);
            if ((weightOf[pos] ?? 0) > slack) crit[c++] = pos;
            else break;
          }
        }
        for (let j = 0; j < c; j++) {
          const at = (crit[j] ?? 0) * (n + 1) + c;
          johnston[at] = (johnston[at] ?? 0) + 1;
        }
        if (c === k) {
          mwcTotal[k] = (mwcTotal[k] ?? 0) + 1;
          for (let j = 0; j < c; j++) {
            const at = (crit[j] ?? 0) * (n + 1) + k;
            mwc[at] = (mwc[at] ?? 0) + 1;
          }
        }
      }
    }
  }
  // Back from sorted positions to player indices.
  const rowsOf = (table: Float64Array): bigint[][] => {
    const out: bigint[][] = game.players.map(() => []);
    order.forEach((player, pos) => {
      out[player] = Array.from(table.subarray(pos * (n + 1), (pos + 1) * (n + 1)), BigInt);
    });
    return out;
  };
  return { mwc: rowsOf(mwc), mwcTotal: Array.from(mwcTotal, BigInt), johnston: rowsOf(johnston) };
}

/**
 * Counts for a compound game: swings by the capped DP when its state space is small, otherwise by meet in the
 * middle; minimal-winning and critical counts, when asked, by enumeration (n ≤ 25).
 */
export function compoundCounts(game: Game, options: { mwcOrJohnston: boolean }): CoalitionCounts {
  const n = game.players.length;
  const varying = singleVaryingCriterion(game);
  const split =
    varying !== undefined && n > BRUTE_FORCE_MAX_PLAYERS && n <= SPLIT_ENUMERATION_MAX_PLAYERS;
  if (options.mwcOrJohnston && !split) {
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
    throw new GameError(
      `compound game too large for exact computation (${n} players, ${states} capped states)`,
    );
  }
  if (!options.mwcOrJohnston) return base;
  if (split) {
    const counts = splitEnumerationCounts(game, varying);
    const firstOf = base.classSize.map((_, c) => base.classOf.indexOf(c));
    return {
      ...base,
      mwcBySize: firstOf.map((i) => counts.mwc[i] ?? []),
      mwcTotalBySize: counts.mwcTotal,
      johnstonBySize: firstOf.map((i) => counts.johnston[i] ?? []),
      method: `${base.method}; split enumeration of all 2^${n} coalitions for minimal winning and critical counts`,
    };
  }
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
