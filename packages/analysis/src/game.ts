/**
 * Simple games given by weighted criteria. Each player has one weight per criterion; a clause is one quota per
 * criterion, and a coalition wins when it reaches every quota of at least one clause. One clause with one
 * criterion is a weighted voting game; several criteria in one clause form a compound game (the Security
 * Council: 9 of 15 and all five permanent members); several clauses express rules such as the EU's
 * "or at least 24 members" (a blocking minority needs four members).
 */
export interface Player {
  readonly id: string;
  readonly weights: readonly number[];
}

/** A voting game: players with weight vectors and the quota clauses. */
export interface Game {
  readonly name: string;
  readonly players: readonly Player[];
  /** Each clause lists one quota per criterion (0 = no requirement); S wins if some clause holds. */
  readonly clauses: readonly (readonly number[])[];
  /** Names of the criteria, e.g. ['members', 'population'] (optional, for reports). */
  readonly criteria?: readonly string[];
  /** Where the weights and rule come from. */
  readonly source?: string;
}

/** Input that does not describe a valid game; the message names the problem. */
export class GameError extends Error {
  override readonly name = 'GameError';
}

/** Throws GameError unless the game is well formed: integer weights ≥ 0, positive quotas reachable, unique ids. */
export function validateGame(game: Game): void {
  const { players, clauses } = game;
  if (players.length === 0) throw new GameError('the game has no players');
  const dims = players[0]?.weights.length ?? 0;
  if (dims === 0) throw new GameError('players need at least one weight');
  const seen = new Set<string>();
  for (const p of players) {
    if (typeof p.id !== 'string' || p.id === '')
      throw new GameError('every player needs a non-empty string id');
    if (seen.has(p.id)) throw new GameError(`duplicate player id '${p.id}'`);
    seen.add(p.id);
    if (p.weights.length !== dims) {
      throw new GameError(
        `player '${p.id}' has ${p.weights.length} weights; expected ${dims} (one per criterion)`,
      );
    }
    for (const w of p.weights) {
      if (!Number.isSafeInteger(w) || w < 0) {
        throw new GameError(
          `player '${p.id}' has weight ${w}; weights must be non-negative integers`,
        );
      }
    }
  }
  if (clauses.length === 0) throw new GameError('the game has no quota');
  const totals = Array.from({ length: dims }, (_, d) =>
    players.reduce((s, p) => s + (p.weights[d] ?? 0), 0),
  );
  for (const clause of clauses) {
    if (clause.length !== dims) {
      throw new GameError(
        `a quota list has ${clause.length} entries; expected ${dims} (one per criterion)`,
      );
    }
    for (const q of clause) {
      if (!Number.isSafeInteger(q) || q < 0)
        throw new GameError(`quota ${q} must be a non-negative integer`);
    }
    if (clause.every((q) => q === 0))
      throw new GameError('a quota list of zeros lets the empty coalition win');
  }
  const reachable = clauses.some((clause) => clause.every((q, d) => q <= (totals[d] ?? 0)));
  if (!reachable) throw new GameError('no coalition can win: a quota exceeds the total weight');
  if (!Number.isSafeInteger(totals.reduce((a, b) => Math.max(a, b), 0))) {
    throw new GameError('total weight exceeds 2^53');
  }
}

/** Whether the coalition with these weight totals wins. */
export function winsWithTotals(game: Game, totals: readonly number[]): boolean {
  return game.clauses.some((clause) => clause.every((q, d) => (totals[d] ?? 0) >= q));
}

/** Whether the coalition of these player indices wins. */
export function wins(game: Game, members: Iterable<number>): boolean {
  const dims = game.players[0]?.weights.length ?? 0;
  const totals = new Array<number>(dims).fill(0);
  for (const i of members) {
    const w = game.players[i]?.weights ?? [];
    for (let d = 0; d < dims; d++) totals[d] = (totals[d] ?? 0) + (w[d] ?? 0);
  }
  return winsWithTotals(game, totals);
}

/**
 * If the game is a plain weighted game, its weights and quota: criteria with no quota anywhere are dropped, and
 * a union of clauses on the same single criterion is the clause with the smallest quota.
 */
export function asWeighted(game: Game): { weights: number[]; quota: number } | undefined {
  const dims = game.players[0]?.weights.length ?? 0;
  const used = Array.from({ length: dims }, (_, d) => d).filter((d) =>
    game.clauses.some((c) => (c[d] ?? 0) > 0),
  );
  if (used.length !== 1) return undefined;
  const d = used[0] ?? 0;
  const quota = Math.min(...game.clauses.map((c) => c[d] ?? 0));
  return { weights: game.players.map((p) => p.weights[d] ?? 0), quota };
}

/** Reads the JSON game format {"players":[{"id","weights":[..]}],"quotas":[..]} (or "anyOf":[[..],..]). */
export function parseGameJson(value: unknown, name = 'custom'): Game {
  if (typeof value !== 'object' || value === null)
    throw new GameError('the game file must hold a JSON object');
  const obj = value as Record<string, unknown>;
  if (!Array.isArray(obj['players'])) throw new GameError('"players" must be an array');
  const players: Player[] = obj['players'].map((p: unknown, i: number) => {
    if (typeof p !== 'object' || p === null) throw new GameError(`players[${i}] must be an object`);
    const rec = p as Record<string, unknown>;
    const id = rec['id'];
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new GameError(`players[${i}].id must be a string`);
    let weights = rec['weights'];
    if (weights === undefined && typeof rec['weight'] === 'number') weights = [rec['weight']];
    if (!Array.isArray(weights) || !weights.every((w) => typeof w === 'number')) {
      throw new GameError(`players[${i}].weights must be an array of numbers`);
    }
    return { id: String(id), weights: weights as number[] };
  });
  let clauses: number[][];
  const isNumbers = (x: unknown): x is number[] =>
    Array.isArray(x) && x.every((q) => typeof q === 'number');
  if (obj['anyOf'] !== undefined) {
    const any = obj['anyOf'];
    if (!Array.isArray(any) || !any.every(isNumbers))
      throw new GameError('"anyOf" must be an array of quota arrays');
    clauses = any;
  } else if (isNumbers(obj['quotas'])) {
    clauses = [obj['quotas']];
  } else if (typeof obj['quota'] === 'number') {
    clauses = [[obj['quota']]];
  } else {
    throw new GameError('"quotas" must be an array of numbers (one per weight)');
  }
  const game: Game = {
    name: typeof obj['name'] === 'string' ? obj['name'] : name,
    players,
    clauses,
  };
  validateGame(game);
  return game;
}
