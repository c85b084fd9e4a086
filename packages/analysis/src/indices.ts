/**
 * Power indices from exact coalition counts. Conventions (see docs/power-indices.md §1 in the shared notes):
 * - swings η_i: coalitions S ∌ i that lose while S ∪ {i} wins;
 * - Banzhaf (normalized) η_i / Σ_j η_j; Banzhaf absolute (Penrose) η_i / 2^(n−1);
 * - Shapley–Shubik Σ_{swings S} |S|!(n − |S| − 1)!/n!;
 * - Holler–Packel: share of minimal winning coalitions (MWC) containing i; Deegan–Packel: Σ_{MWC S ∋ i} 1/|S|,
 *   normalized; Johnston: Σ over winning S where i is critical of 1/(number of critical members of S), normalized;
 * - Coleman: power of the collectivity to act |W|/2^n, to prevent η_i/|W|, to initiate η_i/(2^n − |W|).
 */
import { profileCounts } from './profiles.ts';
import { compoundCounts } from './compound.ts';
import type { CoalitionCounts } from './counts.ts';
import { factorials, fraction, lcmUpTo, type Fraction } from './fraction.ts';
import { asWeighted, GameError, validateGame, type Game } from './game.ts';
import { weightedCost, weightedCounts } from './weighted.ts';

/** The indices `powerIndices` can compute. */
export const INDEX_NAMES = [
  'shapley-shubik',
  'banzhaf',
  'deegan-packel',
  'holler-packel',
  'johnston',
  'coleman',
] as const;
/** One of INDEX_NAMES. */
export type IndexName = (typeof INDEX_NAMES)[number];

/** One player's power, exact. Fields of indices not asked for are absent. */
export interface PlayerPower {
  readonly id: string;
  readonly weights: readonly number[];
  /** η_i, the raw Banzhaf swing count (always computed). */
  readonly swings: bigint;
  readonly shapleyShubik?: Fraction;
  readonly banzhaf?: Fraction;
  readonly banzhafAbsolute?: Fraction;
  readonly deeganPackel?: Fraction;
  readonly hollerPackel?: Fraction;
  readonly johnston?: Fraction;
  readonly colemanPrevent?: Fraction;
  readonly colemanInitiate?: Fraction;
  /** Number of minimal winning coalitions containing the player (with Holler–Packel or Deegan–Packel). */
  readonly minimalWinning?: bigint;
}

/** The result of `powerIndices`. */
export interface PowerReport {
  readonly game: string;
  readonly n: number;
  readonly indices: readonly IndexName[];
  readonly players: readonly PlayerPower[];
  /** |W| */
  readonly winningCoalitions: bigint;
  /** Σ_i η_i */
  readonly totalSwings: bigint;
  /** Number of minimal winning coalitions (with Holler–Packel or Deegan–Packel). */
  readonly minimalWinningCoalitions?: bigint;
  /** Coleman's power of the collectivity to act, |W|/2^n. */
  readonly colemanAct: Fraction;
  /** Algorithm used, for the report. */
  readonly method: string;
}

/** Above this many inner-loop cells a request is refused rather than left running for minutes. */
export const MAX_CELLS = 4e10;

/** Parses "shapley-shubik,banzhaf" (also "ss", "bz", "all"); throws GameError naming an unknown index. */
export function parseIndexList(text: string): IndexName[] {
  const aliases: Record<string, IndexName[]> = {
    all: [...INDEX_NAMES],
    ss: ['shapley-shubik'],
    shapley: ['shapley-shubik'],
    bz: ['banzhaf'],
    dp: ['deegan-packel'],
    hp: ['holler-packel'],
    pgi: ['holler-packel'],
    'public-good': ['holler-packel'],
    j: ['johnston'],
  };
  const out: IndexName[] = [];
  for (const raw of text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    const names = (INDEX_NAMES as readonly string[]).includes(raw)
      ? [raw as IndexName]
      : aliases[raw];
    if (!names) throw new GameError(`unknown index '${raw}' (known: ${INDEX_NAMES.join(', ')})`);
    for (const name of names) if (!out.includes(name)) out.push(name);
  }
  if (out.length === 0) throw new GameError('no index named');
  return out;
}

/** Exact coalition counts for a game, choosing the algorithm (weighted DP, capped DP, meet in the middle). */
export function coalitionCounts(game: Game, indices: readonly IndexName[]): CoalitionCounts {
  validateGame(game);
  const want = new Set(indices);
  const mwc = want.has('deegan-packel') || want.has('holler-packel');
  const johnston = want.has('johnston');
  // Few classes of identical players (the Security Council): list vote profiles, all indices at once.
  const byProfile = profileCounts(game, { mwc, johnston });
  if (byProfile) return byProfile;
  const weighted = asWeighted(game);
  if (weighted) {
    const options = { bySize: want.has('shapley-shubik'), mwc, johnston };
    const cost = weightedCost(weighted.weights, weighted.quota, options);
    if (cost > MAX_CELLS) {
      throw new GameError(
        `these indices would take about ${cost.toExponential(1)} table updates for this game; ask for fewer (banzhaf is the cheapest)`,
      );
    }
    return weightedCounts(weighted.weights, weighted.quota, options);
  }
  return compoundCounts(game, { mwcOrJohnston: mwc || johnston });
}

function sumBig(xs: readonly bigint[]): bigint {
  return xs.reduce((a, b) => a + b, 0n);
}

/** Exact power indices of every player. Throws GameError for invalid or intractable games. */
export function powerIndices(
  game: Game,
  indices: readonly IndexName[] = ['shapley-shubik', 'banzhaf'],
): PowerReport {
  const counts = coalitionCounts(game, indices);
  return indicesFromCounts(game, counts, indices);
}

/** Turns exact counts into index values (exported for the brute-force comparison in tests). */
export function indicesFromCounts(
  game: Game,
  counts: CoalitionCounts,
  indices: readonly IndexName[],
): PowerReport {
  const want = new Set(indices);
  const n = counts.n;
  const classes = counts.classSize.length;
  const swings = counts.swingsBySize.map(sumBig);
  const totalSwings = counts.classOf.reduce((s, c) => s + (swings[c] ?? 0n), 0n);
  const all = 1n << BigInt(n);
  const perClass: Partial<Record<keyof PlayerPower, Fraction | bigint>>[] = Array.from(
    { length: classes },
    () => ({}),
  );
  const normalize = (raw: readonly bigint[], key: keyof PlayerPower): void => {
    const total = counts.classOf.reduce((s, c) => s + (raw[c] ?? 0n), 0n);
    raw.forEach((r, c) => {
      const target = perClass[c];
      if (target) target[key] = total === 0n ? fraction(0n, 1n) : fraction(r, total);
    });
  };
  if (want.has('banzhaf')) {
    normalize(swings, 'banzhaf');
    swings.forEach((s, c) => {
      const target = perClass[c];
      if (target) target.banzhafAbsolute = fraction(s, all / 2n);
    });
  }
  if (want.has('shapley-shubik')) {
    const fact = factorials(n);
    const nFact = fact[n] ?? 1n;
    counts.swingsBySize.forEach((bySize, c) => {
      let numerator = 0n;
      bySize.forEach((count, k) => {
        if (count !== 0n && k <= n - 1)
          numerator += count * (fact[k] ?? 1n) * (fact[n - k - 1] ?? 1n);
      });
      const target = perClass[c];
      if (target) target.shapleyShubik = fraction(numerator, nFact);
    });
  }
  const lcm = lcmUpTo(Math.max(1, n));
  const harmonic = (bySize: readonly bigint[]): bigint =>
    bySize.reduce(
      (s, count, k) => (k === 0 || count === 0n ? s : s + count * (lcm / BigInt(k))),
      0n,
    );
  if (want.has('holler-packel') || want.has('deegan-packel')) {
    const mwc = (counts.mwcBySize ?? []).map(sumBig);
    mwc.forEach((m, c) => {
      const target = perClass[c];
      if (target) target.minimalWinning = m;
    });
    if (want.has('holler-packel')) normalize(mwc, 'hollerPackel');
    if (want.has('deegan-packel'))
      normalize((counts.mwcBySize ?? []).map(harmonic), 'deeganPackel');
  }
  if (want.has('johnston')) normalize((counts.johnstonBySize ?? []).map(harmonic), 'johnston');
  if (want.has('coleman')) {
    swings.forEach((s, c) => {
      const target = perClass[c];
      if (!target) return;
      target.colemanPrevent =
        counts.winning === 0n ? fraction(0n, 1n) : fraction(s, counts.winning);
      target.colemanInitiate =
        counts.winning === all ? fraction(0n, 1n) : fraction(s, all - counts.winning);
    });
  }
  const players: PlayerPower[] = game.players.map((p, i) => {
    const c = counts.classOf[i] ?? 0;
    return { id: p.id, weights: p.weights, swings: swings[c] ?? 0n, ...perClass[c] } as PlayerPower;
  });
  const mwcTotal = counts.mwcTotalBySize ? sumBig(counts.mwcTotalBySize) : undefined;
  return {
    game: game.name,
    n,
    indices: [...indices],
    players,
    winningCoalitions: counts.winning,
    totalSwings,
    ...(mwcTotal !== undefined && (want.has('holler-packel') || want.has('deegan-packel'))
      ? { minimalWinningCoalitions: mwcTotal }
      : {}),
    colemanAct: fraction(counts.winning, all),
    method: counts.method,
  };
}
