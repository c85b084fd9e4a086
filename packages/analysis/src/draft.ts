/**
 * A draft on the table: given the Council on a date and each member's position (or a probability of each
 * choice), the outcome if put to the vote now, the exact probabilities of adoption, veto and failure, and the
 * smallest groups of members whose change of position would change the outcome.
 *
 * Every outcome is decided by the engine's `adjudicate` (Charter Art. 27 lives there, not here).
 * Conventions (configurable defaults):
 * - an undecided member is equally likely to vote yes, no or abstain (override with `undecided`);
 * - "if voted now" takes each member with probabilities at its most likely choice (ties: abstain, then yes,
 *   then no);
 * - members' choices are independent.
 */
import {
  adjudicate,
  type Choice,
  type CouncilMember,
  type Outcome,
  type VoteResult,
} from '@council/engine';
import { fraction, type Fraction } from './fraction.ts';
import { GameError } from './game.ts';

/** A member's position on the draft. */
export type Position = 'yes' | 'no' | 'abstain' | 'absent' | 'undecided';

/** The chance of each choice; missing choices have probability 0. Must sum to 1. */
export type ChoiceProbabilities = Partial<Record<'yes' | 'no' | 'abstain' | 'absent', Fraction>>;

/** What `analyzeDraft` needs. */
export interface DraftInput {
  readonly date: string;
  readonly members: readonly CouncilMember[];
  /** Position or probabilities per member code; members not listed are undecided. */
  readonly positions: Readonly<Record<string, Position | ChoiceProbabilities>>;
  readonly procedural?: boolean;
  readonly obligatoryAbstainers?: readonly string[];
  /** Distribution of an undecided member (default: a third each for yes, no, abstain). */
  readonly undecided?: ChoiceProbabilities;
  /** How many minimal change sets to list per outcome (default 20). */
  readonly maxSets?: number;
}

/** One smallest group of members that would change the outcome, with new positions that do it. */
export interface ChangeSet {
  readonly members: readonly string[];
  readonly positions: Readonly<Record<string, Choice>>;
}

/** Smallest changes that lead to `outcome` (size = members who must change). */
export interface WhatItTakes {
  readonly outcome: Outcome;
  readonly size: number;
  /** Number of member groups of that size that can do it. */
  readonly count: number;
  readonly sets: readonly ChangeSet[];
}

/** The result of `analyzeDraft`. */
export interface DraftAnalysis {
  readonly date: string;
  /** Choices assumed for the vote now. */
  readonly assumed: Readonly<Record<string, Choice>>;
  /** The engine's decision on the assumed ballots. */
  readonly ifVotedNow: VoteResult;
  /** Exact probabilities of each outcome. */
  readonly probability: Readonly<Record<Outcome, Fraction>>;
  /**
   * Members not voting yes whose own position, with every other such member switched to yes, still blocks
   * adoption (e.g. each of two permanent members voting no).
   */
  readonly blockingAlone: readonly string[];
  /** For each outcome other than the current one, the smallest sets of members whose change would bring it. */
  readonly whatItTakes: readonly WhatItTakes[];
}

const CHOICES = ['yes', 'no', 'abstain', 'absent'] as const;
type Voting = (typeof CHOICES)[number];

const third = fraction(1n, 3n);
const DEFAULT_UNDECIDED: ChoiceProbabilities = { yes: third, no: third, abstain: third };

function distribution(
  position: Position | ChoiceProbabilities,
  undecided: ChoiceProbabilities,
): ChoiceProbabilities {
  if (typeof position === 'string') {
    return position === 'undecided' ? undecided : { [position]: fraction(1n, 1n) };
  }
  return position;
}

function checkDistribution(code: string, d: ChoiceProbabilities): void {
  let num = 0n;
  let den = 1n;
  for (const key of Object.keys(d)) {
    if (!(CHOICES as readonly string[]).includes(key))
      throw new GameError(`${code}: unknown choice '${key}'`);
    const p = d[key as Voting];
    if (!p) continue;
    if (p.num < 0n) throw new GameError(`${code}: probability of ${key} is negative`);
    num = num * p.den + p.num * den;
    den *= p.den;
  }
  if (num !== den) throw new GameError(`${code}: probabilities sum to ${num}/${den}, not 1`);
}

function mostLikely(d: ChoiceProbabilities): Choice {
  let best: Voting = 'abstain';
  let bestP = d.abstain ?? fraction(0n, 1n);
  for (const c of ['yes', 'no', 'absent'] as const) {
    const p = d[c];
    if (p && p.num * bestP.den > bestP.num * p.den) {
      best = c;
      bestP = p;
    }
  }
  return best;
}

/** Members whose identity matters to the rule (permanent members, obligatory abstainers) and the others. */
function splitMembers(input: DraftInput): {
  distinguished: CouncilMember[];
  others: CouncilMember[];
} {
  const special = new Set(input.obligatoryAbstainers ?? []);
  return {
    distinguished: input.members.filter((m) => m.permanent || special.has(m.code)),
    others: input.members.filter((m) => !(m.permanent || special.has(m.code))),
  };
}

/**
 * Exact probability of each outcome. Members fall into "distinguished" ones (permanent members and obligatory
 * abstainers, whose identity matters to the rule) and interchangeable ones. A dynamic programme over members
 * keeps the distinguished members' choices and only the counts of the others' choices: at most
 * 4^d · C(e + 3, 3) states for d distinguished and e interchangeable members (about 3·10^5 for the Council,
 * far fewer when positions are known); each final state is decided once by `adjudicate`.
 * Probabilities are exact: BigInt numerators over the product of the members' denominators.
 */
function outcomeProbabilities(
  input: DraftInput,
  dists: Map<string, ChoiceProbabilities>,
): Record<Outcome, Fraction> {
  const { distinguished, others } = splitMembers(input);
  const e = others.length;
  const base = e + 1;
  // State: distinguished choices in base 4, then counts of yes, no, abstain among the others in base e + 1.
  const countScale = base * base * base;
  let states = new Map<number, bigint>([[0, 1n]]);
  let denominator = 1n;
  const step = (code: string, next: (state: number, c: number) => number): void => {
    const d = dists.get(code) ?? {};
    let den = 1n;
    for (const c of CHOICES) {
      const p = d[c];
      if (p) den = (den / gcdBig(den, p.den)) * p.den;
    }
    denominator *= den;
    const weights = CHOICES.map((c) => {
      const p = d[c];
      return p && p.num !== 0n ? (p.num * den) / p.den : 0n;
    });
    const out = new Map<number, bigint>();
    for (const [state, weight] of states) {
      weights.forEach((w, c) => {
        if (w === 0n) return;
        const k = next(state, c);
        out.set(k, (out.get(k) ?? 0n) + weight * w);
      });
    }
    states = out;
  };
  distinguished.forEach((m, i) => step(m.code, (state, c) => state + c * 4 ** i * countScale));
  const place = [base * base, base, 1, 0];
  for (const m of others) step(m.code, (state, c) => state + (place[c] ?? 0));
  const totals: Record<Outcome, bigint> = { adopted: 0n, vetoed: 0n, failed: 0n };
  const ballots: Record<string, Choice> = {};
  for (const [state, weight] of states) {
    let rest = Math.floor(state / countScale);
    distinguished.forEach((m) => {
      ballots[m.code] = CHOICES[rest % 4] ?? 'absent';
      rest = Math.floor(rest / 4);
    });
    const counts = [
      Math.floor(state / (base * base)) % base,
      Math.floor(state / base) % base,
      state % base,
    ];
    let next = 0;
    counts.forEach((count, c) => {
      for (let j = 0; j < count; j++) ballots[others[next++]?.code ?? ''] = CHOICES[c] ?? 'absent';
    });
    while (next < e) ballots[others[next++]?.code ?? ''] = 'absent';
    totals[decide(input, ballots).outcome] += weight;
  }
  return {
    adopted: fraction(totals.adopted, denominator),
    vetoed: fraction(totals.vetoed, denominator),
    failed: fraction(totals.failed, denominator),
  };
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function decide(input: DraftInput, ballots: Record<string, Choice>): VoteResult {
  return adjudicate({
    date: input.date,
    members: input.members,
    ballots,
    ...(input.procedural !== undefined ? { procedural: input.procedural } : {}),
    ...(input.obligatoryAbstainers ? { obligatoryAbstainers: input.obligatoryAbstainers } : {}),
  });
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

function* combinations<T>(items: readonly T[], k: number, start = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - k; i++) {
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i] as T, ...rest];
  }
}

/**
 * Smallest change sets. Interchangeable members with the same assumed choice are symmetric, so the search runs
 * over change patterns, not member sets: each distinguished member keeps its choice or takes another one
 * (yes, no, abstain), and from each group of interchangeable members some number move to each other choice.
 * That is at most 3^d · Π_g C(s_g + 2, 2) patterns (a few thousand for the Council), each decided once by
 * `adjudicate`; the number of member sets behind a pattern is Π_g C(s_g, moved_g).
 */
function whatItTakes(
  input: DraftInput,
  assumed: Record<string, Choice>,
  current: Outcome,
  maxSets: number,
): WhatItTakes[] {
  const { distinguished, others } = splitMembers(input);
  const groups = CHOICES.map((g) => others.filter((m) => assumed[m.code] === g)).filter(
    (g) => g.length > 0,
  );
  const alternatives = (c: Choice | undefined): Choice[] =>
    (['yes', 'no', 'abstain'] as const).filter((x) => x !== c);
  interface Pattern {
    size: number;
    distinguished: Record<string, Choice>;
    moves: { group: number; to: Choice; count: number }[];
  }
  const best = new Map<Outcome, { size: number; patterns: Pattern[] }>();
  const ballots: Record<string, Choice> = { ...assumed };
  const record = (pattern: Pattern): void => {
    const o = decide(input, ballots).outcome;
    if (o === current) return;
    const b = best.get(o);
    if (!b || pattern.size < b.size) best.set(o, { size: pattern.size, patterns: [pattern] });
    else if (pattern.size === b.size) b.patterns.push(pattern);
  };
  const walkGroups = (gi: number, pattern: Pattern): void => {
    if (gi === groups.length) {
      record(pattern);
      return;
    }
    const group = groups[gi] ?? [];
    const [toA, toB] = alternatives(assumed[group[0]?.code ?? '']);
    for (let a = 0; a <= group.length; a++) {
      for (let b = 0; a + b <= group.length; b++) {
        group.forEach((m, j) => {
          ballots[m.code] =
            j < a
              ? (toA ?? 'abstain')
              : j < a + b
                ? (toB ?? 'abstain')
                : (assumed[m.code] ?? 'absent');
        });
        const moves = [...pattern.moves];
        if (a > 0) moves.push({ group: gi, to: toA ?? 'abstain', count: a });
        if (b > 0) moves.push({ group: gi, to: toB ?? 'abstain', count: b });
        walkGroups(gi + 1, { ...pattern, size: pattern.size + a + b, moves });
      }
    }
    group.forEach((m) => (ballots[m.code] = assumed[m.code] ?? 'absent'));
  };
  const walkDistinguished = (di: number, pattern: Pattern): void => {
    if (di === distinguished.length) {
      walkGroups(0, pattern);
      return;
    }
    const code = distinguished[di]?.code ?? '';
    walkDistinguished(di + 1, pattern);
    for (const c of alternatives(assumed[code])) {
      ballots[code] = c;
      walkDistinguished(di + 1, {
        ...pattern,
        size: pattern.size + 1,
        distinguished: { ...pattern.distinguished, [code]: c },
      });
    }
    ballots[code] = assumed[code] ?? 'absent';
  };
  walkDistinguished(0, { size: 0, distinguished: {}, moves: [] });

  const order = new Map(input.members.map((m, i) => [m.code, i]));
  return (['adopted', 'vetoed', 'failed'] as const).flatMap((outcome) => {
    const b = best.get(outcome);
    if (!b) return [];
    // Distinct member sets: the distinguished members changed and how many move from each group.
    const shapes = new Map<string, Pattern>();
    for (const p of b.patterns) {
      const moved = groups.map((_, gi) =>
        p.moves.filter((m) => m.group === gi).reduce((s, m) => s + m.count, 0),
      );
      const key = `${Object.keys(p.distinguished).sort().join(',')}|${moved.join(',')}`;
      if (!shapes.has(key)) shapes.set(key, p);
    }
    let count = 0;
    const sets: ChangeSet[] = [];
    for (const p of shapes.values()) {
      const moved = groups.map((_, gi) => p.moves.filter((m) => m.group === gi));
      count += moved.reduce(
        (acc, ms, gi) =>
          acc *
          binomial(
            groups[gi]?.length ?? 0,
            ms.reduce((s, m) => s + m.count, 0),
          ),
        1,
      );
      // Concrete examples: every choice of members within the groups, up to maxSets in all.
      const perGroup = moved.map((ms, gi) => ({ ms, members: groups[gi] ?? [] }));
      const expand = (gi: number, positions: Record<string, Choice>): void => {
        if (sets.length >= maxSets) return;
        if (gi === perGroup.length) {
          const members = Object.keys(positions).sort(
            (x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0),
          );
          sets.push({
            members,
            positions: Object.fromEntries(members.map((c) => [c, positions[c] ?? 'absent'])),
          });
          return;
        }
        const { ms, members } = perGroup[gi] ?? { ms: [], members: [] };
        const total = ms.reduce((s, m) => s + m.count, 0);
        for (const chosen of combinations(members, total)) {
          const next = { ...positions };
          let j = 0;
          for (const move of ms)
            for (let t = 0; t < move.count; t++) next[chosen[j++]?.code ?? ''] = move.to;
          expand(gi + 1, next);
          if (sets.length >= maxSets) return;
        }
      };
      expand(0, { ...p.distinguished });
    }
    return [{ outcome, size: b.size, count, sets }];
  });
}

/** Analyses a draft on the table; throws GameError for positions that name no member or bad probabilities. */
export function analyzeDraft(input: DraftInput): DraftAnalysis {
  const codes = new Set(input.members.map((m) => m.code));
  for (const code of Object.keys(input.positions)) {
    if (!codes.has(code))
      throw new GameError(`${code} is not a member of the Council on ${input.date}`);
  }
  const undecided = input.undecided ?? DEFAULT_UNDECIDED;
  checkDistribution('undecided', undecided);
  const dists = new Map<string, ChoiceProbabilities>();
  const assumed: Record<string, Choice> = {};
  for (const m of input.members) {
    const d = distribution(input.positions[m.code] ?? 'undecided', undecided);
    checkDistribution(m.code, d);
    dists.set(m.code, d);
    assumed[m.code] = mostLikely(d);
  }
  const ifVotedNow = decide(input, assumed);
  const blockingAlone = input.members
    .filter((m) => assumed[m.code] !== 'yes')
    .filter((m) => {
      const ballots = Object.fromEntries(
        input.members.map((o) => [
          o.code,
          o.code === m.code ? (assumed[o.code] ?? 'absent') : 'yes',
        ]),
      );
      return decide(input, ballots as Record<string, Choice>).outcome !== 'adopted';
    })
    .map((m) => m.code);
  return {
    date: input.date,
    assumed,
    ifVotedNow,
    probability: outcomeProbabilities(input, dists),
    blockingAlone,
    whatItTakes: whatItTakes(input, assumed, ifVotedNow.outcome, input.maxSets ?? 20),
  };
}
