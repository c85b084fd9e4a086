/**
 * Who votes with whom, from General Assembly roll calls. Pure: the caller passes the roll calls (the record
 * package's `gaRollCalls` returns them in this shape).
 *
 * Agreement index: each vote is coded yes = 1, abstain = ½, no = 0; for two States, over the roll calls where both
 * cast a vote (absences are not votes), agreement = 1 − mean |a − b|. It is 1 for identical records, 0 when one
 * always votes yes and the other no, and counts a yes against an abstention as half an agreement (the coding
 * used in Voeten's UN voting data literature). `identical` is the plain share of identical votes.
 */

/** A State's vote on one roll call. */
export type RollCallVote = 'yes' | 'no' | 'abstain';

/** One recorded vote of the Assembly. */
export interface RollCall {
  readonly rcid: number;
  readonly date: string;
  readonly issues?: readonly string[];
  /** Votes by State code; States absent or not voting are not listed. */
  readonly votes: Readonly<Record<string, RollCallVote>>;
}

/** Agreement between two States. */
export interface Agreement {
  readonly a: string;
  readonly b: string;
  /** Roll calls on which both voted. */
  readonly rollCalls: number;
  /** 1 − mean absolute difference of the coded votes (undefined when they never voted together). */
  readonly agreement: number | undefined;
  /** Share of those roll calls with the same vote. */
  readonly identical: number | undefined;
}

/** Period and issue filter. `issue` uses the data's issue codes (me, nu, di, hr, co, ec). */
export interface RollCallFilter {
  readonly from?: string;
  readonly to?: string;
  readonly issue?: string;
}

const CODE: Record<RollCallVote, number> = { yes: 1, abstain: 0.5, no: 0 };

/** The roll calls within the period (inclusive ISO dates) and on the issue. */
export function filterRollCalls(
  rollCalls: readonly RollCall[],
  filter: RollCallFilter,
): RollCall[] {
  return rollCalls.filter(
    (rc) =>
      (filter.from === undefined || rc.date >= filter.from) &&
      (filter.to === undefined || rc.date <= filter.to) &&
      (filter.issue === undefined || (rc.issues ?? []).includes(filter.issue)),
  );
}

/** Coded votes of one State across the roll calls (NaN where it did not vote). */
function coded(rollCalls: readonly RollCall[], state: string): Float64Array {
  const out = new Float64Array(rollCalls.length);
  rollCalls.forEach((rc, i) => {
    const v = rc.votes[state];
    out[i] = v === undefined ? Number.NaN : CODE[v];
  });
  return out;
}

function compare(a: Float64Array, b: Float64Array): { n: number; diff: number; same: number } {
  let n = 0;
  let diff = 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? Number.NaN;
    const y = b[i] ?? Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    n++;
    diff += Math.abs(x - y);
    if (x === y) same++;
  }
  return { n, diff, same };
}

/** Agreement between two States over the given roll calls. O(r) for r roll calls. */
export function agreement(rollCalls: readonly RollCall[], a: string, b: string): Agreement {
  const { n, diff, same } = compare(coded(rollCalls, a), coded(rollCalls, b));
  return {
    a,
    b,
    rollCalls: n,
    agreement: n ? 1 - diff / n : undefined,
    identical: n ? same / n : undefined,
  };
}

/** Agreement of every pair of the given States: O(s²·r). Entry [i][j] is undefined when they never voted together. */
export function agreementMatrix(
  rollCalls: readonly RollCall[],
  states: readonly string[],
): { states: string[]; agreement: (number | undefined)[][]; common: number[][] } {
  const vectors = states.map((s) => coded(rollCalls, s));
  const agreementM: (number | undefined)[][] = states.map(
    () => new Array<number | undefined>(states.length),
  );
  const common: number[][] = states.map(() => new Array<number>(states.length).fill(0));
  for (let i = 0; i < states.length; i++) {
    for (let j = i; j < states.length; j++) {
      const { n, diff } = compare(
        vectors[i] ?? new Float64Array(),
        vectors[j] ?? new Float64Array(),
      );
      const value = n ? 1 - diff / n : undefined;
      (agreementM[i] as (number | undefined)[])[j] = value;
      (agreementM[j] as (number | undefined)[])[i] = value;
      (common[i] as number[])[j] = n;
      (common[j] as number[])[i] = n;
    }
  }
  return { states: [...states], agreement: agreementM, common };
}

/** Every State that cast at least one vote in the roll calls, sorted by code. */
export function statesIn(rollCalls: readonly RollCall[]): string[] {
  const set = new Set<string>();
  for (const rc of rollCalls) for (const s of Object.keys(rc.votes)) set.add(s);
  return [...set].sort();
}

/** Agreement with a reference State, and where that puts the State among all States. */
export interface RankedAgreement extends Agreement {
  /** 1 = the State that agrees most with the reference, among all States voting in the roll calls (itself excluded). */
  readonly rank: number | undefined;
  /** Number of States ranked. */
  readonly of: number;
}

/** One row of `compareWithReferences`. */
export interface ReferenceComparison {
  readonly state: string;
  readonly votes: number;
  /** Agreement with each reference State (same order as `references`). */
  readonly with: readonly RankedAgreement[];
  /** The reference State with the highest agreement. */
  readonly closest: string | undefined;
}

/**
 * How each State voted compared with reference States (e.g. USA, CHN, RUS), with its rank among all States in
 * agreement with each reference (ranks make the answer fair to a reference that votes with a small minority).
 * O((s + S)·k·r) for s States, S States in the data, k references, r roll calls.
 */
export function compareWithReferences(
  rollCalls: readonly RollCall[],
  states: readonly string[],
  references: readonly string[],
): ReferenceComparison[] {
  const everyone = statesIn(rollCalls);
  const vectors = new Map(everyone.map((s) => [s, coded(rollCalls, s)]));
  const score = (a: string, b: string): { n: number; value: number | undefined; same: number } => {
    const { n, diff, same } = compare(
      vectors.get(a) ?? coded(rollCalls, a),
      vectors.get(b) ?? coded(rollCalls, b),
    );
    return { n, value: n ? 1 - diff / n : undefined, same };
  };
  const ranking = new Map(
    references.map((r) => {
      const values = everyone
        .filter((s) => s !== r)
        .map((s) => score(s, r).value)
        .filter((v): v is number => v !== undefined);
      return [r, values.sort((x, y) => y - x)] as const;
    }),
  );
  return states.map((state) => {
    const rows: RankedAgreement[] = references.map((r) => {
      const { n, value, same } = score(state, r);
      const sorted = ranking.get(r) ?? [];
      const rank =
        value === undefined || state === r ? undefined : sorted.findIndex((v) => v <= value) + 1;
      return {
        a: state,
        b: r,
        rollCalls: n,
        agreement: value,
        identical: n ? same / n : undefined,
        rank,
        of: sorted.length,
      };
    });
    let closest: string | undefined;
    let best = -1;
    for (const row of rows) {
      if (row.agreement !== undefined && row.agreement > best) {
        best = row.agreement;
        closest = row.b;
      }
    }
    const votes = rollCalls.filter((rc) => rc.votes[state] !== undefined).length;
    return { state, votes, with: rows, closest };
  });
}

/** A State's position on the two-dimensional map. */
export interface MapPoint {
  readonly state: string;
  readonly x: number;
  readonly y: number;
}

/** The result of `agreementMap`. */
export interface AgreementMap {
  readonly method: string;
  readonly points: readonly MapPoint[];
  /** Each axis's λ² as a share of Σλ² over the whole spectrum (Mardia's fit measure, per axis). */
  readonly explained: readonly [number, number];
  /** States left out because they share no roll call with some other State. */
  readonly omitted: readonly string[];
}

/**
 * Classical (Torgerson) multidimensional scaling: double-centre the squared distances, B = −½·J·D²·J, and take the
 * two leading eigenvectors scaled by √λ. Eigenvectors by power iteration with deflation, O(s²) per iteration.
 * Each axis is oriented so that its largest coordinate is positive, so the map is deterministic.
 */
export function classicalMds(
  distance: readonly (readonly number[])[],
  dims = 2,
): { coords: number[][]; eigenvalues: number[]; sumSquares: number } {
  const n = distance.length;
  const d2 = distance.map((row) => row.map((d) => d * d));
  const rowMean = d2.map((row) => row.reduce((a, b) => a + b, 0) / n);
  const total = rowMean.reduce((a, b) => a + b, 0) / n;
  const b = d2.map((row, i) =>
    row.map((v, j) => -0.5 * (v - (rowMean[i] ?? 0) - (rowMean[j] ?? 0) + total)),
  );
  // Σλ² over the whole spectrum equals the squared Frobenius norm of B (for Mardia's fit measure).
  const trace = b.reduce((s, row) => s + row.reduce((t, x) => t + x * x, 0), 0);
  const coords: number[][] = Array.from({ length: n }, () => []);
  const eigenvalues: number[] = [];
  for (let k = 0; k < dims; k++) {
    let v = Array.from({ length: n }, (_, i) => 1 + ((i * 7919) % 13) / 13);
    let lambda = 0;
    for (let iter = 0; iter < 1000; iter++) {
      const w = b.map((row) => row.reduce((s, x, j) => s + x * (v[j] ?? 0), 0));
      const norm = Math.hypot(...w);
      if (norm === 0) break;
      const next = w.map((x) => x / norm);
      const delta = next.reduce((s, x, i) => s + Math.abs(x - (v[i] ?? 0)), 0);
      v = next;
      lambda = norm;
      if (delta < 1e-12) break;
    }
    // Rayleigh quotient gives the signed eigenvalue.
    const bv = b.map((row) => row.reduce((s, x, j) => s + x * (v[j] ?? 0), 0));
    lambda = bv.reduce((s, x, i) => s + x * (v[i] ?? 0), 0);
    let maxIdx = 0;
    v.forEach((x, i) => {
      if (Math.abs(x) > Math.abs(v[maxIdx] ?? 0)) maxIdx = i;
    });
    if ((v[maxIdx] ?? 0) < 0) v = v.map((x) => -x);
    eigenvalues.push(lambda);
    const scale = Math.sqrt(Math.max(0, lambda));
    v.forEach((x, i) => coords[i]?.push(x * scale));
    for (let i = 0; i < n; i++) {
      const row = b[i] ?? [];
      for (let j = 0; j < n; j++) row[j] = (row[j] ?? 0) - lambda * (v[i] ?? 0) * (v[j] ?? 0);
    }
  }
  return { coords, eigenvalues, sumSquares: trace };
}

/**
 * A two-dimensional map of States from their votes: classical MDS of the distance 1 − agreement. States that
 * never voted together with some other listed State are omitted (their distance is undefined).
 */
export function agreementMap(
  rollCalls: readonly RollCall[],
  states?: readonly string[],
): AgreementMap {
  let list = [...(states ?? statesIn(rollCalls))];
  const omitted: string[] = [];
  let m = agreementMatrix(rollCalls, list);
  for (;;) {
    const bad = list.findIndex((_, i) => m.agreement[i]?.some((x) => x === undefined));
    if (bad < 0) break;
    omitted.push(list[bad] ?? '');
    list = list.filter((_, i) => i !== bad);
    m = agreementMatrix(rollCalls, list);
  }
  const distance = m.agreement.map((row) => row.map((x) => 1 - (x ?? 0)));
  const { coords, eigenvalues, sumSquares } = classicalMds(distance, 2);
  const share = (k: number): number => (sumSquares ? (eigenvalues[k] ?? 0) ** 2 / sumSquares : 0);
  return {
    method:
      'classical multidimensional scaling (Torgerson) of 1 − agreement index (yes 1, abstain ½, no 0)',
    points: list.map((state, i) => ({ state, x: coords[i]?.[0] ?? 0, y: coords[i]?.[1] ?? 0 })),
    explained: [share(0), share(1)],
    omitted,
  };
}
