/**
 * Exact counts for a weighted voting game [q; w_1, …, w_n] (S wins iff w(S) ≥ q) by dynamic programming
 * over coalition weight (generating functions), never by listing coalitions.
 *
 * Notation: n players, q quota, W total weight, c number of classes of equal weight (c ≤ n),
 * M = min(q, W − q + 1) the length of the weight axis, r the number of moduli (1 while counts < 2^53).
 * Weights are first divided by their common divisor (q becomes ⌈q/g⌉), which shrinks M.
 */
import { classify, type CoalitionCounts } from './counts.ts';
import { subsetSumResidues } from './kernel/subset-sum.ts';
import { EXACT_DOUBLE_BITS, fromResidues, kernelModuliFor, moduliFor } from './modular.ts';

/** What to compute beyond the swing counts. */
export interface WeightedOptions {
  /** Swing counts split by coalition size (needed for Shapley–Shubik). */
  readonly bySize: boolean;
  /** Minimal winning coalitions (Holler–Packel, Deegan–Packel). */
  readonly mwc: boolean;
  /** Critical-player counts (Johnston). */
  readonly johnston: boolean;
}

function gcdNum(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Divides weights and quota by the weights' common divisor; the game is unchanged. */
export function reduceWeighted(
  weights: readonly number[],
  quota: number,
): { weights: number[]; quota: number } {
  const g = weights.reduce((acc, w) => gcdNum(acc, w), 0);
  if (g <= 1) return { weights: [...weights], quota };
  return { weights: weights.map((w) => w / g), quota: Math.ceil(quota / g) };
}

/** A rough count of inner-loop cell updates, so callers can refuse games that would take minutes. */
export function weightedCost(
  weights: readonly number[],
  quota: number,
  options: WeightedOptions,
): number {
  const { weights: w, quota: q } = reduceWeighted(weights, quota);
  if (w.every((x) => x === 1)) return w.length;
  const n = w.length;
  const total = w.reduce((a, b) => a + b, 0);
  const m = Math.min(q, total - q + 1);
  const classes = new Set(w).size;
  const r = Math.ceil((n + 1) / 51) + (n + 1 > 53 ? 1 : 0);
  let cost = (n + 1) * m * (options.bySize ? n + 1 : 1) * r;
  if (options.mwc) cost += classes * n * (n + 1) * q * r;
  if (options.johnston) {
    const rm = Math.ceil((n + 1) / 25) + 1;
    cost += classes * (n + 1) * q * (n + Math.min(Math.max(...w, 0), total - q + 1)) * rm;
  }
  return cost;
}

/**
 * Swing counts (and winning-coalition count) for every class.
 *
 * Algorithm: one forward pass builds C[k][x] = #coalitions of size k and weight x for x < M (O(n·M), or O(n²·M)
 * with sizes), then its prefix sums. Removing a member of weight v divides the generating function by
 * (1 + y·z^v), so the member's counts are the alternating sums c[k][x] = Σ_t (−1)^t C[k − t][x − t·v], and the
 * window of weights at which it is pivotal sums in O(M/v) prefix-table reads (O(n·M/v) with sizes).
 * Total O(n·M + Σ_classes M/v) for Banzhaf and O(n²·M + n·Σ_classes M/v) for Shapley–Shubik, times r moduli.
 * Memory O(n·M).
 * When q > W − q + 1 the complementary coalitions are counted instead (a coalition S ∌ i is a swing for i exactly
 * when its complement in N∖{i} weighs between W − q − w_i + 1 and W − q), so supermajorities are as cheap as
 * small quotas.
 */
function swingCounts(
  w: readonly number[],
  q: number,
  classOf: readonly number[],
  reps: readonly number[],
  bySize: boolean,
): { winning: bigint; swingsBySize: bigint[][] } {
  const n = w.length;
  const total = w.reduce((a, b) => a + b, 0);
  const complement = total - q + 1 < q;
  const m = complement ? total - q + 1 : q;
  const rows = bySize ? n + 1 : 1;
  // Beyond 2^53 the plain pass runs once per prime below 2^30 in the SIMD kernel; sizes keep the Float64 loop.
  const useKernel = !bySize && n + 1 > EXACT_DOUBLE_BITS;
  const moduli = useKernel ? kernelModuliFor(n + 1) : moduliFor(n + 1, false);
  const winRes: number[] = [];
  const swingRes: number[][][] = reps.map(() => Array.from({ length: rows }, () => [] as number[]));
  for (const p of moduli) {
    let big: Float64Array | Int32Array;
    if (useKernel) {
      big = subsetSumResidues(w, m, p);
    } else {
      big = new Float64Array(rows * m);
      forwardPass(big, w, m, p, bySize);
    }
    // Winning coalitions: 2^n minus those below q (direct), or those whose complement weighs at most W − q.
    let below = 0;
    for (let i = 0; i < rows * m; i++) {
      const s = below + (big[i] ?? 0);
      below = s >= p ? s - p : s;
    }
    winRes.push(below);
    // Prefix sums per size row: pre[k][x] = Σ_{y ≤ x} C[k][y].
    const pre = new Float64Array(rows * m);
    for (let k = 0; k < rows; k++) {
      let acc = 0;
      for (let x = 0; x < m; x++) {
        acc += big[k * m + x] ?? 0;
        if (acc >= p) acc -= p;
        pre[k * m + x] = acc;
      }
    }
    const plain = p === Number.POSITIVE_INFINITY;
    reps.forEach((rep, c) => {
      const v = w[rep] ?? 0;
      const out = swingRes[c] ?? [];
      const lo = Math.max(0, complement ? total - q - v + 1 : q - v);
      const hi = complement ? total - q : q - 1;
      for (let k = 0; k < rows; k++) {
        if (v === 0) {
          out[k]?.push(0);
          continue;
        }
        // Σ_{x=lo}^{hi} c[k][x] with c = C/(1 + z^v·y) = Σ_t (−1)^t C[k − t][x − t·v]: an alternating sum of
        // window sums of C, read from the prefix table in O(M/v) steps.
        let acc = 0;
        let exact = 0n;
        for (let t = 0; ; t++) {
          const r = bySize ? k - t : 0;
          const a = hi - t * v;
          if (r < 0 || a < 0) break;
          const b = lo - 1 - t * v;
          let term = (pre[r * m + a] ?? 0) - (b >= 0 ? (pre[r * m + b] ?? 0) : 0);
          if (plain) {
            exact += t % 2 === 0 ? BigInt(term) : -BigInt(term);
          } else {
            if (term < 0) term += p;
            if (t % 2 === 0) {
              acc += term;
              if (acc >= p) acc -= p;
            } else {
              acc -= term;
              if (acc < 0) acc += p;
            }
          }
        }
        out[k]?.push(plain ? Number(exact) : acc);
      }
    });
  }
  const pow = 1n << BigInt(n);
  const counted = fromResidues(winRes, moduli);
  const winning = complement ? counted : pow - counted;
  const swingsBySize = reps.map((_, c) => {
    const res = swingRes[c] ?? [];
    const counts = res.map((r) => fromResidues(r, moduli));
    // In the complement the coalition T of size k stands for S of size n − 1 − k.
    return complement && bySize ? counts.map((_, k) => counts[n - 1 - k] ?? 0n) : counts;
  });
  return { winning, swingsBySize };
}

/** C[x] (or C[k][x] with sizes) for x < m, in place, modulo p (Infinity: plain doubles). O(n·m), O(n²·m) with sizes. */
function forwardPass(
  big: Float64Array,
  w: readonly number[],
  m: number,
  p: number,
  bySize: boolean,
): void {
  const n = w.length;
  big[0] = 1;
  let seen = 0;
  for (let j = 0; j < n; j++) {
    const wj = w[j] ?? 0;
    seen++;
    if (!bySize) {
      if (wj === 0) {
        for (let x = 0; x < m; x++) {
          const s = (big[x] ?? 0) * 2;
          big[x] = s >= p ? s - p : s;
        }
      } else {
        for (let x = m - 1; x >= wj; x--) {
          const s = (big[x] ?? 0) + (big[x - wj] ?? 0);
          big[x] = s >= p ? s - p : s;
        }
      }
    } else {
      for (let k = Math.min(seen, n); k >= 1; k--) {
        const row = k * m;
        const prev = (k - 1) * m;
        for (let x = m - 1; x >= wj; x--) {
          const s = (big[row + x] ?? 0) + (big[prev + x - wj] ?? 0);
          big[row + x] = s >= p ? s - p : s;
        }
      }
    }
  }
}

/**
 * Minimal winning coalitions containing each class, by size.
 *
 * Players are sorted by weight, heaviest first; a coalition S is minimal winning exactly when w(S) ≥ q and
 * w(S) − w_last < q, where `last` is its lightest member (the last in that order). One pass over the players keeps
 * the table P[k][x] of coalitions of the players before l (size k, weight x < q) and its prefix sums: the window
 * x ∈ [q − w_l, q) counts the MWCs whose last member is l. Those that also contain an earlier member i need
 * T ⊆ (players before l) ∖ {i} with x ∈ [q − w_l − w_i, q − w_i); dividing out i's factor (1 + y·z^{w_i}) turns
 * that into an alternating sum of O(q/w_i) prefix-sum reads per size. One member per class suffices (symmetry).
 * Cost O(n²·q + n²·Σ_classes q/w_i) per modulus (sizes are kept for Deegan–Packel); memory O(n·q).
 */
function mwcCounts(
  w: readonly number[],
  q: number,
  classOf: readonly number[],
  reps: readonly number[],
): { total: bigint[]; byClass: bigint[][] } {
  const n = w.length;
  const order = w.map((_, i) => i).sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0) || a - b);
  const posOf = new Int32Array(n);
  order.forEach((player, pos) => (posOf[player] = pos));
  const repPos = reps.map((r) => posOf[r] ?? 0);
  const moduli = moduliFor(n + 1, false);
  const rows = n + 1;
  const totalRes: number[][] = Array.from({ length: rows }, () => []);
  const classRes: number[][][] = reps.map(() => Array.from({ length: rows }, () => []));
  for (const p of moduli) {
    const plain = p === Number.POSITIVE_INFINITY;
    const table = new Float64Array(rows * q);
    table[0] = 1;
    const pre = new Float64Array(rows * q);
    const total = new Array<number>(rows + 1).fill(0);
    const mine = reps.map(() => new Array<number>(rows + 1).fill(0));
    /** Σ_{x=lo..hi} of row r, from the prefix sums (0 when the range is empty or below 0). */
    const windowSum = (r: number, lo: number, hi: number): number => {
      if (hi < 0 || hi < lo) return 0;
      const a = pre[r * q + hi] ?? 0;
      const b = lo > 0 ? (pre[r * q + lo - 1] ?? 0) : 0;
      const d = a - b;
      return d < 0 ? d + p : d;
    };
    const add = (acc: number[], k: number, value: number): void => {
      const t = (acc[k] ?? 0) + value;
      acc[k] = t >= p ? t - p : t;
    };
    order.forEach((l, pos) => {
      const wl = w[l] ?? 0;
      const kMax = Math.min(pos, n);
      for (let k = 0; k <= kMax; k++) {
        let run = 0;
        for (let x = 0; x < q; x++) {
          run += table[k * q + x] ?? 0;
          if (run >= p) run -= p;
          pre[k * q + x] = run;
        }
      }
      if (wl > 0) {
        const isRepAt = repPos.indexOf(pos);
        for (let k = 0; k <= kMax; k++) {
          const v = windowSum(k, Math.max(0, q - wl), q - 1);
          add(total, k + 1, v);
          if (isRepAt >= 0) add(mine[isRepAt] ?? [], k + 1, v);
        }
        reps.forEach((i, c) => {
          const wi = w[i] ?? 0;
          if ((repPos[c] ?? 0) >= pos || wi === 0) return;
          const hi = q - wi - 1;
          const lo = Math.max(0, q - wl - wi);
          if (hi < lo) return;
          const acc = mine[c] ?? [];
          // T has size k ≤ pos − 1 (i is held out); alternating sum over the copies of i's factor.
          for (let k = 0; k < pos; k++) {
            let s = 0;
            for (let t = 0; t <= k; t++) {
              const a = hi - t * wi;
              if (a < 0) break;
              const term = windowSum(k - t, Math.max(0, lo - t * wi), a);
              if (t % 2 === 0) {
                s += term;
                if (s >= p) s -= p;
              } else {
                s -= term;
                if (!plain && s < 0) s += p;
              }
            }
            add(acc, k + 2, s);
          }
        });
      }
      // Insert l into the table (sizes descending so each coalition is counted once).
      for (let k = Math.min(pos + 1, n); k >= 1; k--) {
        const row = k * q;
        const prev = (k - 1) * q;
        for (let x = q - 1; x >= wl; x--) {
          const t = (table[row + x] ?? 0) + (table[prev + x - wl] ?? 0);
          table[row + x] = t >= p ? t - p : t;
        }
      }
    });
    for (let k = 0; k < rows; k++) totalRes[k]?.push(total[k] ?? 0);
    mine.forEach((acc, c) => {
      for (let k = 0; k < rows; k++) classRes[c]?.[k]?.push(acc[k] ?? 0);
    });
  }
  return {
    total: totalRes.map((r) => fromResidues(r, moduli)),
    byClass: classRes.map((rows2) => rows2.map((r) => fromResidues(r, moduli))),
  };
}

/**
 * Johnston counts: for each class, the number of winning coalitions in which a member is critical, by the
 * number k of critical players.
 *
 * In a weighted game the critical members of a winning S are exactly those heavier than its slack
 * s = w(S) − q. Fix a member i (weight v) and a slack s < v: the other members split into H_s (weight > s,
 * all critical) and L_s (weight ≤ s, none critical), so the count is Σ_x H[k − 1][x]·L[q + s − v − x] with H a
 * size-by-weight table over H_s ∖ {i} and L a weight table over L_s. Raising s moves the players of weight s
 * from H to L (removal from H, insertion into L). Cost O(c·(n²·q + min(v, W − q)·n·q)) per modulus;
 * the products need moduli below 2^26 once counts pass 2^53.
 */
function johnstonCounts(w: readonly number[], q: number, reps: readonly number[]): bigint[][] {
  const n = w.length;
  const total = w.reduce((a, b) => a + b, 0);
  const moduli = moduliFor(n + 1, true);
  const rows = n + 1;
  const res: number[][][] = reps.map(() => Array.from({ length: rows + 1 }, () => []));
  const byWeight = new Map<number, number[]>();
  w.forEach((wi, i) => byWeight.set(wi, [...(byWeight.get(wi) ?? []), i]));
  for (const p of moduli) {
    const plain = p === Number.POSITIVE_INFINITY;
    reps.forEach((i, c) => {
      const v = w[i] ?? 0;
      const acc = new Array<number>(rows + 1).fill(0);
      if (v > 0) {
        const h = new Float64Array(rows * q);
        const l = new Float64Array(q);
        h[0] = 1;
        l[0] = 1;
        let hCount = 0;
        for (let j = 0; j < n; j++) {
          const wj = w[j] ?? 0;
          if (j === i) continue;
          if (wj > 0) {
            hCount++;
            for (let k = hCount; k >= 1; k--) {
              for (let x = q - 1; x >= wj; x--) {
                const s = (h[k * q + x] ?? 0) + (h[(k - 1) * q + x - wj] ?? 0);
                h[k * q + x] = s >= p ? s - p : s;
              }
            }
          } else {
            for (let x = 0; x < q; x++) {
              const s = (l[x] ?? 0) * 2;
              l[x] = s >= p ? s - p : s;
            }
          }
        }
        const maxSlack = Math.min(v - 1, total - q);
        for (let s = 0; s <= maxSlack; s++) {
          if (s > 0) {
            for (const j of byWeight.get(s) ?? []) {
              if (j === i) continue;
              for (let k = 1; k <= hCount; k++) {
                for (let x = s; x < q; x++) {
                  let d = (h[k * q + x] ?? 0) - (h[(k - 1) * q + x - s] ?? 0);
                  if (d < 0) d += p;
                  h[k * q + x] = d;
                }
              }
              hCount--;
              for (let x = q - 1; x >= s; x--) {
                const t = (l[x] ?? 0) + (l[x - s] ?? 0);
                l[x] = t >= p ? t - p : t;
              }
            }
          }
          const target = q + s - v;
          if (target < 0) continue;
          for (let k = 0; k <= hCount; k++) {
            let sum = 0;
            const row = k * q;
            for (let x = 0; x <= target; x++) {
              const a = h[row + x] ?? 0;
              if (a === 0) continue;
              sum = plain ? sum + a * (l[target - x] ?? 0) : (sum + a * (l[target - x] ?? 0)) % p;
            }
            const t = (acc[k + 1] ?? 0) + sum;
            acc[k + 1] = t >= p ? t - p : t;
          }
        }
      }
      for (let k = 0; k <= rows; k++) res[c]?.[k]?.push(acc[k] ?? 0);
    });
  }
  return res.map((rows2) => rows2.map((r) => fromResidues(r, moduli)));
}

function binomials(n: number): bigint[] {
  const row: bigint[] = [1n];
  for (let k = 1; k <= n; k++) row.push(((row[k - 1] ?? 1n) * BigInt(n - k + 1)) / BigInt(k));
  return row;
}

/**
 * Closed form for a symmetric game (every player weight 1 after reduction, quota q, e.g. the General Assembly):
 * a coalition S ∌ i is a swing exactly when |S| = q − 1, so η = C(n − 1, q − 1); the minimal winning coalitions
 * are those of size q, in which every member is critical. O(n) BigInt operations.
 */
function symmetricCounts(n: number, q: number): CoalitionCounts {
  const row = binomials(n);
  const rowLess = binomials(n - 1);
  const swings = new Array<bigint>(n + 1).fill(0n);
  swings[q - 1] = rowLess[q - 1] ?? 0n;
  const mwc = new Array<bigint>(n + 1).fill(0n);
  mwc[q] = rowLess[q - 1] ?? 0n;
  const mwcTotal = new Array<bigint>(n + 1).fill(0n);
  mwcTotal[q] = row[q] ?? 0n;
  const johnston = new Array<bigint>(n + 2).fill(0n);
  johnston[q] = rowLess[q - 1] ?? 0n;
  return {
    n,
    classOf: new Array<number>(n).fill(0),
    classSize: [n],
    winning: row.slice(q).reduce((a, b) => a + b, 0n),
    swingsBySize: [swings],
    mwcBySize: [mwc],
    mwcTotalBySize: mwcTotal,
    johnstonBySize: [johnston],
    method: 'closed form for a symmetric game (binomial coefficients)',
  };
}

/** Exact counts for the weighted game [quota; weights]. */
export function weightedCounts(
  weights: readonly number[],
  quota: number,
  options: WeightedOptions,
): CoalitionCounts {
  const { weights: w, quota: q } = reduceWeighted(weights, quota);
  if (w.every((x) => x === 1) && q >= 1 && q <= w.length) return symmetricCounts(w.length, q);
  const { classOf, classSize, reps } = classify(w.map(String));
  const { winning, swingsBySize } = swingCounts(w, q, classOf, reps, options.bySize);
  const base: CoalitionCounts = {
    n: w.length,
    classOf,
    classSize,
    winning,
    swingsBySize,
    method: 'weighted dynamic programme (generating function with removal)',
  };
  const mwc = options.mwc ? mwcCounts(w, q, classOf, reps) : undefined;
  const johnston = options.johnston ? johnstonCounts(w, q, reps) : undefined;
  return {
    ...base,
    ...(mwc ? { mwcBySize: mwc.byClass, mwcTotalBySize: mwc.total } : {}),
    ...(johnston ? { johnstonBySize: johnston } : {}),
  };
}
