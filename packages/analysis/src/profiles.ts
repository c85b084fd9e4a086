/**
 * Exact counts for games whose players fall into a few classes of identical players, by listing vote profiles
 * instead of coalitions.
 *
 * Players with the same weight vector are interchangeable, so a coalition matters only through its profile
 * a = (a_1, …, a_c): how many members of each class it holds. There are Π (s_j + 1) profiles for classes of sizes
 * s_j, against 2^n coalitions: 66 for the Security Council (5 permanent, 10 elected) against 32,768. A profile
 * stands for Π C(s_j, a_j) coalitions, or Π C(s_i, a_i) · C(s_j − 1, a_j − 1) of them that contain one given
 * member of class j. With W(a) the win test of a profile's totals and e_j one more member of class j:
 * - swings of a class-j member, by size |a|: W(a + e_j) and not W(a), over profiles with a_j < s_j, counting
 *   C(s_j − 1, a_j) for class j (the member itself is outside S);
 * - S is minimal winning when W(a) and not W(a − e_i) for every class i present in a;
 * - the class-j members of a winning S are critical when not W(a − e_j); S has c = Σ a_i critical members over the
 *   critical classes i (Johnston).
 * Cost O(P·c·(d + r)) for P profiles, c classes, d criteria and r clauses; memory O(P). Counts are below 2^53 for
 * n ≤ 53, so they are summed in doubles (binomial products are exact integers there) and turned into BigInt once.
 * Used when P is small (PROFILE_LIMIT); otherwise the weighted or compound programmes run.
 */
import { classify, type CoalitionCounts } from './counts.ts';
import type { Game } from './game.ts';
import { EXACT_DOUBLE_BITS } from './modular.ts';

/** Most profiles this method lists. */
export const PROFILE_LIMIT = 20_000;

/** Classes of identical players and the number of profiles, or undefined when the method does not apply. */
export function profilePlan(
  game: Game,
): { classOf: number[]; classSize: number[]; reps: number[]; profiles: number } | undefined {
  const n = game.players.length;
  if (n + 1 > EXACT_DOUBLE_BITS) return undefined;
  const { classOf, classSize, reps } = classify(game.players.map((p) => p.weights.join(',')));
  let profiles = 1;
  for (const s of classSize) {
    profiles *= s + 1;
    if (profiles > PROFILE_LIMIT) return undefined;
  }
  return { classOf, classSize, reps, profiles };
}

function binomialRows(n: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let m = 0; m <= n; m++) {
    const row = new Float64Array(m + 1);
    row[0] = 1;
    row[m] = 1;
    const prev = rows[m - 1];
    if (prev) for (let k = 1; k < m; k++) row[k] = prev[k - 1]! + prev[k]!;
    rows.push(row);
  }
  return rows;
}

/** Steps `a` to the next profile in mixed-radix order (an odometer with digit j running from 0 to s_j). */
function nextProfile(a: number[], classSize: readonly number[]): void {
  for (let j = 0; j < a.length; j++) {
    if (a[j]! < classSize[j]!) {
      a[j] = a[j]! + 1;
      return;
    }
    a[j] = 0;
  }
}

/** Counts by profile listing (see the file comment); undefined when the game has too many profiles. */
export function profileCounts(
  game: Game,
  options: { readonly mwc: boolean; readonly johnston: boolean } = { mwc: true, johnston: true },
): CoalitionCounts | undefined {
  const plan = profilePlan(game);
  if (!plan) return undefined;
  const { classOf, classSize, reps, profiles } = plan;
  const n = game.players.length;
  const c = classSize.length;
  const dims = game.players[0]?.weights.length ?? 0;
  const vectors = reps.map((r) => game.players[r]?.weights ?? []);
  const clauses = game.clauses;
  const choose = binomialRows(n);
  // Mixed-radix index of a profile: a_0 + (s_0 + 1)·(a_1 + (s_1 + 1)·(…)).
  const stride = new Array<number>(c);
  let acc = 1;
  for (let j = 0; j < c; j++) {
    stride[j] = acc;
    acc *= classSize[j]! + 1;
  }
  const win = new Uint8Array(profiles);
  const size = new Uint8Array(profiles);
  const totals = new Array<number>(dims).fill(0);
  const a = new Array<number>(c).fill(0);
  for (let idx = 0; idx < profiles; idx++) {
    let k = 0;
    totals.fill(0);
    for (let j = 0; j < c; j++) {
      const aj = a[j]!;
      k += aj;
      const v = vectors[j]!;
      for (let d = 0; d < dims; d++) totals[d] = totals[d]! + aj * v[d]!;
    }
    size[idx] = k;
    let wins = false;
    for (const clause of clauses) {
      let reached = true;
      for (let d = 0; d < dims && reached; d++) reached = totals[d]! >= (clause[d] ?? 0);
      if (reached) {
        wins = true;
        break;
      }
    }
    win[idx] = wins ? 1 : 0;
    nextProfile(a, classSize);
  }
  const rows = n + 1;
  const swings = new Float64Array(c * rows);
  const mwc = new Float64Array(c * rows);
  const mwcTotal = new Float64Array(rows);
  const johnston = new Float64Array(c * rows);
  let winning = 0;
  a.fill(0);
  const critical = new Uint8Array(c);
  for (let idx = 0; idx < profiles; idx++) {
    let mult = 1;
    for (let j = 0; j < c; j++) mult *= choose[classSize[j]!]![a[j]!]!;
    const k = size[idx]!;
    if (win[idx]) {
      winning += mult;
      let minimal = true;
      let criticalMembers = 0;
      for (let j = 0; j < c; j++) {
        critical[j] = a[j]! > 0 && !win[idx - stride[j]!] ? 1 : 0;
        if (a[j]! > 0 && !critical[j]) minimal = false;
        if (critical[j]) criticalMembers += a[j]!;
      }
      if (minimal) mwcTotal[k] = mwcTotal[k]! + mult;
      for (let j = 0; j < c; j++) {
        if (!critical[j]) continue;
        // Coalitions with this profile that contain one given member of class j.
        const withMember =
          (mult / choose[classSize[j]!]![a[j]!]!) * choose[classSize[j]! - 1]![a[j]! - 1]!;
        johnston[j * rows + criticalMembers] = johnston[j * rows + criticalMembers]! + withMember;
        if (minimal) mwc[j * rows + k] = mwc[j * rows + k]! + withMember;
      }
    } else {
      for (let j = 0; j < c; j++) {
        const aj = a[j]!;
        if (aj >= classSize[j]! || !win[idx + stride[j]!]) continue;
        // Coalitions with this profile that leave out one given member of class j.
        const without = (mult / choose[classSize[j]!]![aj]!) * choose[classSize[j]! - 1]![aj]!;
        swings[j * rows + k] = swings[j * rows + k]! + without;
      }
    }
    nextProfile(a, classSize);
  }
  const table = (t: Float64Array): bigint[][] =>
    Array.from({ length: c }, (_, j) => Array.from(t.subarray(j * rows, (j + 1) * rows), BigInt));
  return {
    n,
    classOf,
    classSize,
    winning: BigInt(winning),
    swingsBySize: table(swings),
    ...(options.mwc ? { mwcBySize: table(mwc), mwcTotalBySize: Array.from(mwcTotal, BigInt) } : {}),
    ...(options.johnston ? { johnstonBySize: table(johnston) } : {}),
    method: `profile listing over ${profiles} vote profiles of ${c} classes of identical players`,
  };
}
