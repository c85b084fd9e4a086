/**
 * Exact counts for compound games (several weighted criteria, clauses of quotas; see game.ts).
 *
 * Four algorithms, chosen by `compoundCounts`:
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
 * - Split counting (see `splitEnumerationCounts`) for those counts, and the swings with them, when only one
 *   criterion varies between players (the EU), 26 to 34 players: the heavier and the lighter half of the players,
 *   each half's coalitions sorted by size and weight, and searches that count the winning coalitions with given
 *   critical members rather than visiting them. O(n²·2^(n/2)) expected; the EU-27 in a few tens of milliseconds.
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

/** First index i in [lo, hi) with a[i] ≥ x (a ascending), or hi if there is none. */
function lowerBound(a: Float64Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The subsets of positions from … to − 1 grouped by size, each group sorted by ascending total weight (the
 * k-member subsets are at indices start[k] … start[k + 1] − 1), with a bucket index for `rank`.
 */
class SortedSubsets {
  readonly totals: Float64Array;
  /** Bit b stands for position from + b. */
  readonly masks: Int32Array;
  readonly start: Int32Array;
  /**
   * Each group's value range is cut into 2·(group size) equal buckets; bucketOf(k, x) is monotone in x, and
   * buckets[bucketStart[k] + b] is the first index of group k whose bucket is b or later (one extra entry ends).
   */
  private readonly lowest: Float64Array;
  private readonly scale: Float64Array;
  private readonly bucketCount: Int32Array;
  private readonly bucketStart: Int32Array;
  private readonly buckets: Int32Array;

  /**
   * Builds the groups by adding one position at a time: the k-member group with the new position is the merge of
   * the old k-member group and the old (k − 1)-member group shifted by its weight. O(2^m) for m positions (adding
   * position b merges 2^(b + 1) entries), and O(2^m) for the buckets.
   */
  constructor(weight: Float64Array, from: number, to: number) {
    const m = to - from;
    let totals: Float64Array[] = [Float64Array.of(0)];
    let masks: Int32Array[] = [Int32Array.of(0)];
    const noTotals = new Float64Array(0);
    const noMasks = new Int32Array(0);
    for (let b = 0; b < m; b++) {
      const w = weight[from + b]!;
      const bit = 1 << b;
      const nextTotals: Float64Array[] = [];
      const nextMasks: Int32Array[] = [];
      for (let k = 0; k <= b + 1; k++) {
        const at = totals[k] ?? noTotals;
        const am = masks[k] ?? noMasks;
        const bt = totals[k - 1] ?? noTotals;
        const bm = masks[k - 1] ?? noMasks;
        const t = new Float64Array(at.length + bt.length);
        const s = new Int32Array(t.length);
        let i = 0;
        let j = 0;
        for (let o = 0; o < t.length; o++) {
          if (j >= bt.length || (i < at.length && at[i]! <= bt[j]! + w)) {
            t[o] = at[i]!;
            s[o] = am[i++]!;
          } else {
            t[o] = bt[j]! + w;
            s[o] = bm[j++]! | bit;
          }
        }
        nextTotals.push(t);
        nextMasks.push(s);
      }
      totals = nextTotals;
      masks = nextMasks;
    }
    this.start = new Int32Array(m + 2);
    this.totals = new Float64Array(1 << m);
    this.masks = new Int32Array(1 << m);
    this.lowest = new Float64Array(m + 1);
    this.scale = new Float64Array(m + 1);
    this.bucketCount = new Int32Array(m + 1);
    this.bucketStart = new Int32Array(m + 2);
    for (let k = 0; k <= m; k++) {
      const group = totals[k]!;
      this.start[k + 1] = this.start[k]! + group.length;
      this.totals.set(group, this.start[k]!);
      this.masks.set(masks[k]!, this.start[k]!);
      this.lowest[k] = group[0]!;
      this.bucketCount[k] = 2 * group.length;
      this.scale[k] = (2 * group.length) / (group[group.length - 1]! - group[0]! + 1);
      this.bucketStart[k + 1] = this.bucketStart[k]! + 2 * group.length + 1;
    }
    this.buckets = new Int32Array(this.bucketStart[m + 1]!);
    for (let k = 0; k <= m; k++) {
      let i = this.start[k]!;
      const end = this.start[k + 1]!;
      const at = this.bucketStart[k]!;
      for (let b = 0; b <= this.bucketCount[k]!; b++) {
        while (i < end && this.bucketOf(k, this.totals[i]!) < b) i++;
        this.buckets[at + b] = i;
      }
    }
  }

  private bucketOf(k: number, x: number): number {
    return Math.min(Math.floor((x - this.lowest[k]!) * this.scale[k]!), this.bucketCount[k]! - 1);
  }

  /**
   * First index of group k whose total is ≥ x, or start[k + 1] if none: a binary search within x's bucket
   * (about one entry on average), since every entry of an earlier bucket is below x and every one of a later
   * bucket above it.
   */
  rank(k: number, x: number): number {
    const end = this.start[k + 1]!;
    if (x <= this.lowest[k]!) return this.start[k]!;
    if (x > this.totals[end - 1]!) return end;
    const at = this.bucketStart[k]! + this.bucketOf(k, x);
    return lowerBound(this.totals, this.buckets[at]!, this.buckets[at + 1]!, x);
  }
}

/**
 * What the passes of `splitEnumerationCounts` share: positions sorted by decreasing weight, the heavy and light
 * lists, the results by position (rows of n + 1) and scratch arrays. A class rather than an object literal: V8
 * keeps the code optimised for one instance valid for the next, which it does not for a literal's fields.
 */
class SplitContext {
  readonly n: number;
  readonly hCount: number;
  readonly lCount: number;
  /** Weight of each position. */
  readonly w: Float64Array;
  /** theta[k] = θ(k); before[k] = θ(k − 1) (Infinity for k = 0). */
  readonly theta: Float64Array;
  readonly before: Float64Array;
  readonly heavy: SortedSubsets;
  readonly light: SortedSubsets;
  /** winning[0]: number of winning coalitions. */
  readonly winning: Float64Array;
  /** swings[i·(n + 1) + k]: winning coalitions of k + 1 members in which position i is critical. */
  readonly swings: Float64Array;
  readonly mwc: Float64Array;
  readonly mwcTotal: Float64Array;
  readonly johnston: Float64Array;
  /**
   * Difference tables over the heavy list (see the light view), in rows of n + 1: the kh-member group takes rows
   * heavy.start[kh] + kh … heavy.start[kh + 1] + kh, one more than it has entries.
   */
  readonly part: Int32Array;
  readonly minimal: Int32Array;
  readonly members: Int32Array;
  readonly cnt: Float64Array;
  readonly runPart: Float64Array;
  readonly runMin: Float64Array;

  constructor(w: Float64Array, theta: Float64Array) {
    const n = w.length;
    const row = n + 1;
    this.n = n;
    this.hCount = Math.ceil(n / 2);
    this.lCount = n - this.hCount;
    this.w = w;
    this.theta = theta;
    this.before = new Float64Array(row).fill(Number.POSITIVE_INFINITY);
    this.before.set(theta.subarray(0, n), 1);
    this.heavy = new SortedSubsets(w, 0, this.hCount);
    this.light = new SortedSubsets(w, this.hCount, n);
    this.winning = new Float64Array(1);
    this.swings = new Float64Array(n * row);
    this.mwc = new Float64Array(n * row);
    this.mwcTotal = new Float64Array(row);
    this.johnston = new Float64Array(n * row);
    const tableRows = this.heavy.totals.length + this.hCount + 1;
    this.part = new Int32Array(tableRows * row);
    this.minimal = new Int32Array(tableRows * row);
    this.members = new Int32Array(n);
    this.cnt = new Float64Array(row);
    this.runPart = new Float64Array(row);
    this.runMin = new Float64Array(row);
  }

  /**
   * V8 frees the hidden classes of a class's instances in a full garbage collection once none is left, and
   * throws away the optimised code of the passes that depends on them, so that the next call would run them
   * unoptimised again. This one-player context, kept for the module's life, keeps those hidden classes.
   */
  static readonly keepShapes = new SplitContext(Float64Array.of(1), Float64Array.of(1, 1));
}

/*
 * Each pass calls a small function per half-coalition rather than running one long loop, so that V8 optimises
 * that function early in the first call and keeps the code for later calls (a long loop would run unoptimised
 * until on-stack replacement, in every call).
 */

/** Heavy view for the heavy half-coalition at index s (kh members): at most l·(kh + 1) searches, O(kh²) credits. */
function heavyMask(ctx: SplitContext, kh: number, s: number): void {
  const { n, w, theta, before, lCount, light, winning, swings, mwc, mwcTotal, johnston } = ctx;
  const { members, cnt } = ctx;
  const row = n + 1;
  const ph = ctx.heavy.totals[s]!;
  let m = 0;
  for (let x = ctx.heavy.masks[s]!; x; x &= x - 1) members[m++] = 31 - Math.clz32(x & -x);
  // cnt[t]: pairs (H, L) won with exactly t heavy members critical (t = kh: all, light ones not looked at).
  cnt.fill(0, 0, kh + 1);
  // H alone.
  if (ph >= theta[kh]!) {
    const slack = ph - before[kh]!;
    let t = 0;
    while (t < kh && w[members[t]!]! > slack) t++;
    winning[0]!++;
    cnt[t]!++;
    for (let r = 0; r < t; r++) swings[members[r]! * row + kh - 1]!++;
    if (t === kh) {
      mwcTotal[kh]!++;
      for (let r = 0; r < kh; r++) mwc[members[r]! * row + kh]!++;
    }
  }
  for (let kl = 1; kl <= lCount; kl++) {
    const k = kh + kl;
    const need = theta[k]! - ph;
    if (need === Number.POSITIVE_INFINITY) continue;
    const end = light.start[kl + 1]!;
    const won = light.rank(kl, need);
    if (won === end) continue;
    winning[0]! += end - won;
    const base = before[k]! - ph;
    // [won, prev): the winning L below the previous heavy member's threshold, in which that member is critical.
    let prev = end;
    for (let t = 0; t < kh && prev > won; t++) {
      const q = Math.min(Math.max(light.rank(kl, base + w[members[t]!]!), won), prev);
      cnt[t]! += prev - q;
      swings[members[t]! * row + k - 1]! += q - won;
      prev = q;
    }
    cnt[kh]! += prev - won;
  }
  for (let t = 1; t <= kh; t++) {
    const c = cnt[t]!;
    if (c === 0) continue;
    for (let r = 0; r < t; r++) johnston[members[r]! * row + t]! += c;
  }
}

/** Light view for the light half-coalition at index s (kl members): at most (h + 1)·(kl + 1) searches, O(h·kl²). */
function lightMask(ctx: SplitContext, kl: number, s: number): void {
  const { n, w, theta, before, hCount, heavy, winning, swings, mwc, mwcTotal, johnston } = ctx;
  const { part, minimal, members } = ctx;
  const row = n + 1;
  const pl = ctx.light.totals[s]!;
  let m = 0;
  for (let x = ctx.light.masks[s]!; x; x &= x - 1) members[m++] = hCount + 31 - Math.clz32(x & -x);
  for (let kh = 0; kh <= hCount; kh++) {
    const k = kh + kl;
    const need = theta[k]! - pl;
    if (need === Number.POSITIVE_INFINITY) continue;
    const end = heavy.start[kh + 1]!;
    const won = heavy.rank(kh, need);
    if (won === end) continue;
    // L alone (the heavy view counts the others).
    if (kh === 0) winning[0]! += end - won;
    const base = before[k]! - pl;
    let prev = Math.max(heavy.rank(kh, base + w[members[0]!]!), won);
    if (prev === won) continue;
    // [won, prev): some light member is critical, so c is not kh as the heavy view assumed.
    part[(won + kh) * row + kh]!--;
    part[(prev + kh) * row + kh]!++;
    for (let u = 1; u < kl && prev > won; u++) {
      const q = Math.min(Math.max(heavy.rank(kh, base + w[members[u]!]!), won), prev);
      if (q < prev) {
        const c = kh + u;
        const count = prev - q;
        part[(q + kh) * row + c]!++;
        part[(prev + kh) * row + c]!--;
        for (let r = 0; r < u; r++) {
          johnston[members[r]! * row + c]! += count;
          swings[members[r]! * row + k - 1]! += count;
        }
      }
      prev = q;
    }
    if (prev > won) {
      const count = prev - won;
      minimal[(won + kh) * row + k]!++;
      minimal[(prev + kh) * row + k]!--;
      mwcTotal[k]! += count;
      for (let r = 0; r < kl; r++) {
        mwc[members[r]! * row + k]! += count;
        johnston[members[r]! * row + k]! += count;
        swings[members[r]! * row + k - 1]! += count;
      }
    }
  }
}

/**
 * Adds the heavy half-coalition s's rows of the difference tables to the running sums (reset per size), which
 * are then its members' credits. O(n·kh).
 */
function creditMask(ctx: SplitContext, kh: number, s: number): void {
  const { n, mwc, johnston, part, minimal, members, runPart, runMin } = ctx;
  const row = n + 1;
  let m = 0;
  for (let x = ctx.heavy.masks[s]!; x; x &= x - 1) members[m++] = 31 - Math.clz32(x & -x);
  const at = (s + kh) * row;
  for (let c = kh; c <= n; c++) {
    const p = (runPart[c]! += part[at + c]!);
    const q = (runMin[c]! += minimal[at + c]!);
    if (p === 0 && q === 0) continue;
    for (let r = 0; r < kh; r++) {
      const cell = members[r]! * row + c;
      johnston[cell]! += p + q;
      mwc[cell]! += q;
    }
  }
}

/**
 * Winning coalitions, swings, minimal winning and critical-player counts for games in which only one criterion
 * (L) varies between players, counted without visiting the winning coalitions one by one. A swing of player j is
 * a winning coalition in which j is critical, so every count comes from the pairs (winning S, critical member),
 * credited by |S| (swings, minimal winning) and by the number c of critical members of S (Johnston).
 *
 * The other totals of a coalition depend only on its size k, so there is a threshold θ(k), the least L-total with
 * which k members win (θ does not increase with k). Member j of a winning S (L-total P) is critical exactly when
 * w_j > P − θ(k − 1), the slack: the critical members are S's heaviest ones, and S is minimal when its lightest
 * member is critical. Positions are sorted by decreasing weight and split into a heavy part (the first h = ⌈n/2⌉)
 * and a light part (l = n − h); S = H ∪ L with H heavy and L light, and each heavy member of S weighs at least as
 * much as each light one. The half-coalitions are listed by size, sorted by total (`SortedSubsets`). Two views
 * count the pairs (H, L) with searches in those sorted lists (`SortedSubsets.rank`):
 *
 * - From each heavy H and light size, with members h_0 ≥ h_1 ≥ …: h_t is critical iff P_L < θ(k − 1) + w(h_t) − P_H,
 *   so the searches count the winning L, and those in which h_t is critical (its swings), and hence those in which
 *   exactly t heavy members are. For t < |H| no light member is critical (a heavier one is not), c = t, and H's
 *   first t members are credited at c. When all of H is critical, H's members are credited at c = |H| as if no
 *   light member were; the second view corrects this.
 * - From each light L (members l_0 ≥ l_1 ≥ …) and heavy size: exactly u ≥ 1 light members are critical iff P_H lies
 *   in [θ(k − 1) + w(l_u) − P_L, θ(k − 1) + w(l_(u−1)) − P_L) (no lower end for u = |L|), which makes every heavy
 *   member critical too; u = |L| are the minimal winning coalitions. L's first u members are credited directly
 *   (Johnston and swings: a light member is critical only in such a range).
 *   Each such range is a range of the sorted heavy list, so the heavy members' credits (c = |H| + u instead of
 *   |H|, and minimal winning counts) go to difference tables, summed along the list at the end.
 *
 * A heavy H with no light part is checked on its own, and a light L with none in the second view. At most 2^h·l·(h + 1) + 2^l·(h + 1)·(l + 1) searches (each
 * sequence of searches stops once its range is empty: about 0.6 M for the EU-27), each O(1) expected and
 * O(log 2^(n/2)) at worst; O(2^l·h·l²) for the light members' credits and O(2^h·n·h) for the tables; memory
 * O(2^h·n). Each winning coalition is counted, not visited: the EU-27 (17.8 M winning coalitions, 117 M critical
 * pairs) takes a few tens of milliseconds once compiled.
 */
export function splitEnumerationCounts(
  game: Game,
  large: number,
): {
  winning: bigint;
  swings: bigint[][];
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
  const w = Float64Array.from(order, (i) => game.players[i]?.weights[large] ?? 0);
  const unit = game.players[0]?.weights ?? [];
  // θ(k): least L-total with which a coalition of k members wins (Infinity if none).
  const theta = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  for (let k = 0; k <= n; k++) {
    for (const clause of game.clauses) {
      const ok = clause.every((q, d) => d === large || k * (unit[d] ?? 0) >= q);
      if (ok) theta[k] = Math.min(theta[k]!, clause[large] ?? 0);
    }
  }
  const ctx = new SplitContext(w, theta);
  const { hCount } = ctx;
  const hStart = ctx.heavy.start;
  const lStart = ctx.light.start;
  const row = n + 1;
  // The empty coalition (it cannot win in a valid game).
  if (theta[0]! <= 0) ctx.winning[0]!++;
  for (let kh = 1; kh <= hCount; kh++)
    for (let s = hStart[kh]!; s < hStart[kh + 1]!; s++) heavyMask(ctx, kh, s);
  for (let kl = 1; kl <= ctx.lCount; kl++)
    for (let s = lStart[kl]!; s < lStart[kl + 1]!; s++) lightMask(ctx, kl, s);
  for (let kh = 1; kh <= hCount; kh++) {
    ctx.runPart.fill(0);
    ctx.runMin.fill(0);
    for (let s = hStart[kh]!; s < hStart[kh + 1]!; s++) creditMask(ctx, kh, s);
  }
  // Back from sorted positions to player indices.
  const rowsOf = (table: Float64Array): bigint[][] => {
    const out: bigint[][] = game.players.map(() => []);
    order.forEach((player, pos) => {
      out[player] = Array.from(table.subarray(pos * row, (pos + 1) * row), BigInt);
    });
    return out;
  };
  return {
    winning: BigInt(ctx.winning[0]!),
    swings: rowsOf(ctx.swings),
    mwc: rowsOf(ctx.mwc),
    mwcTotal: Array.from(ctx.mwcTotal, BigInt),
    johnston: rowsOf(ctx.johnston),
  };
}

/**
 * Counts for a compound game: swings by the capped DP when its state space is small, otherwise by meet in the
 * middle; minimal-winning and critical counts, when asked, by enumeration (n ≤ 25). When they are asked of a game
 * with 26–34 players in which only one criterion varies (the EU), split counting gives all the counts at once.
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
  if (options.mwcOrJohnston && split) {
    const counts = splitEnumerationCounts(game, varying);
    const { classOf, classSize } = classify(playerKeys(game));
    // Split counting reports per player; identical players have identical rows, so one per class suffices.
    const firstOf = classSize.map((_, c) => classOf.indexOf(c));
    const pick = (rows: readonly bigint[][]): bigint[][] => firstOf.map((i) => rows[i] ?? []);
    return {
      n,
      classOf,
      classSize,
      winning: counts.winning,
      swingsBySize: pick(counts.swings),
      mwcBySize: pick(counts.mwc),
      mwcTotalBySize: counts.mwcTotal,
      johnstonBySize: pick(counts.johnston),
      method: `split counting (heavier and lighter halves of the players, 2^${Math.ceil(n / 2)} and 2^${Math.floor(n / 2)} coalitions, sorted by size and weight)`,
    };
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
