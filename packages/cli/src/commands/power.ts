import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  adoptionProbability,
  builtInGame,
  BUILT_IN_GAMES,
  formatFraction,
  fractionToNumber,
  GameError,
  parseFraction,
  parseGameJson,
  parseIndexList,
  powerBarsSvg,
  powerIndices,
  unscGame,
  ungaGame,
  type Fraction,
  type Game,
  type PlayerPower,
  type PowerReport,
} from '@council/analysis';
import { loadMembership } from '@council/record';
import { UsageError, type CliCommand } from '../cli-error.ts';
import { councilForDate } from '../council-args.ts';
import { parseFlags } from '../flags.ts';

const FIELDS = [
  ['shapleyShubik', 'SS'],
  ['banzhaf', 'Bz'],
  ['banzhafAbsolute', 'Bz abs'],
  ['deeganPackel', 'DP'],
  ['hollerPackel', 'HP'],
  ['johnston', 'J'],
  ['colemanPrevent', 'prevent'],
  ['colemanInitiate', 'initiate'],
] as const;

function loadGame(name: string, date: string | undefined, present: string | undefined): Game {
  if (name.endsWith('.json')) {
    let text: string;
    try {
      text = readFileSync(name, 'utf8');
    } catch {
      throw new UsageError(`--game: cannot read '${name}'`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`--game: '${name}' is not valid JSON`);
    }
    return parseGameJson(value, name);
  }
  if ((name === 'unsc' || name === 'unsc-1945') && date !== undefined) {
    const council = councilForDate(loadMembership(), date);
    return { ...unscGame({ members: council.members }), name: `unsc on ${council.date}` };
  }
  if (name === 'unga' && present !== undefined) {
    const n = Number(present);
    if (!Number.isInteger(n)) throw new UsageError(`--present '${present}' is not a whole number`);
    return ungaGame(n);
  }
  if (
    !(BUILT_IN_GAMES as readonly string[]).includes(name) &&
    !['unsc-11', 'ec2020'].includes(name)
  ) {
    throw new UsageError(
      `--game: unknown game '${name}' (built in: ${BUILT_IN_GAMES.join(', ')}; or a .json file)`,
    );
  }
  return builtInGame(name);
}

/** The JSON shape of one player: exact fractions as strings, decimals beside them, counts as strings. */
export function playerJson(p: PlayerPower): Record<string, unknown> {
  const out: Record<string, unknown> = { id: p.id, weights: p.weights };
  for (const [key] of FIELDS) {
    const f = p[key];
    if (f) {
      out[key] = formatFraction(f);
      out[`${key}Decimal`] = fractionToNumber(f);
    }
  }
  out['swings'] = p.swings.toString();
  if (p.minimalWinning !== undefined) out['minimalWinning'] = p.minimalWinning.toString();
  return out;
}

function reportJson(report: PowerReport, game: Game): Record<string, unknown> {
  return {
    game: report.game,
    source: game.source,
    criteria: game.criteria,
    clauses: game.clauses,
    n: report.n,
    indices: report.indices,
    method: report.method,
    winningCoalitions: report.winningCoalitions.toString(),
    totalSwings: report.totalSwings.toString(),
    ...(report.minimalWinningCoalitions !== undefined
      ? { minimalWinningCoalitions: report.minimalWinningCoalitions.toString() }
      : {}),
    colemanAct: formatFraction(report.colemanAct),
    colemanActDecimal: fractionToNumber(report.colemanAct),
    players: report.players.map(playerJson),
  };
}

/** Parses --p "CHN=9/10,FRA=0.9,*=3/5" into one yes-probability per player ("*" = every player not named). */
function parseProbabilities(spec: string, game: Game): Fraction[] {
  const byId = new Map<string, Fraction>();
  let fallback: Fraction | undefined;
  const ids = new Set(game.players.map((p) => p.id));
  for (const part of spec.split(',')) {
    const [id = '', value = ''] = part.split('=');
    const f = parseFraction(value);
    if (!f || f.num > f.den)
      throw new UsageError(`--p: '${part}' needs a probability between 0 and 1 (0.6 or 3/5)`);
    if (id.trim() === '*') fallback = f;
    else if (ids.has(id.trim())) byId.set(id.trim(), f);
    else throw new UsageError(`--p: '${id}' is not a player of ${game.name}`);
  }
  return game.players.map((p) => {
    const f = byId.get(p.id) ?? fallback;
    if (!f) throw new UsageError(`--p: no probability for '${p.id}' (add *=p for the others)`);
    return f;
  });
}

const command: CliCommand = {
  summary:
    'Exact voting power: council power --game unsc|unsc-1945|eu27|electoral-college-2020|unga|FILE.json [--index shapley-shubik,banzhaf,deegan-packel,holler-packel,johnston,coleman|all] [--exact] [--json] [--svg FILE] [--date YYYY-MM-DD] [--present N] [--p ID=0.9,*=3/5 (probability of adoption)]',
  run(args, ctx) {
    const { values } = parseFlags(() =>
      parseArgs({
        args,
        options: {
          game: { type: 'string' },
          index: { type: 'string' },
          exact: { type: 'boolean' },
          json: { type: 'boolean' },
          svg: { type: 'string' },
          date: { type: 'string' },
          present: { type: 'string' },
          p: { type: 'string' },
        },
        strict: true,
      }),
    );
    if (!values.game)
      throw new UsageError(
        '--game is required (unsc, unsc-1945, eu27, electoral-college-2020, unga or a .json file)',
      );
    try {
      const game = loadGame(values.game, values.date, values.present);
      const indices = parseIndexList(values.index ?? 'shapley-shubik,banzhaf');
      const started = performance.now();
      const report = powerIndices(game, indices);
      const ms = performance.now() - started;
      const adoption =
        values.p === undefined
          ? undefined
          : adoptionProbability(game, parseProbabilities(values.p, game));
      if (values.svg) {
        const key = indices.includes('shapley-shubik')
          ? 'shapleyShubik'
          : indices.includes('banzhaf')
            ? 'banzhaf'
            : (FIELDS.find(([k]) => report.players[0]?.[k])?.[0] ?? 'banzhaf');
        const label = FIELDS.find(([k]) => k === key)?.[1] ?? key;
        const svg = powerBarsSvg({
          title: `${label} power index — ${report.game}`,
          subtitle: `${report.n} players; exact (${report.method})`,
          bars: report.players.map((p) => {
            const f = p[key] as Fraction | undefined;
            return {
              label: p.id,
              value: f ? fractionToNumber(f) : 0,
              text: f ? fractionToNumber(f).toFixed(4) : '–',
            };
          }),
        });
        writeFileSync(values.svg, svg);
      }
      if (values.json) {
        const json = reportJson(report, game);
        if (adoption) {
          json['adoptionProbability'] = formatFraction(adoption);
          json['adoptionProbabilityDecimal'] = fractionToNumber(adoption);
        }
        ctx.out(JSON.stringify(json));
        return 0;
      }
      ctx.out(`${report.game}: ${report.n} players${game.source ? ` (${game.source})` : ''}`);
      ctx.out(
        `winning coalitions ${report.winningCoalitions} of 2^${report.n}; power to act ${fractionToNumber(report.colemanAct).toPrecision(6)}; ${report.method}; ${ms.toFixed(1)} ms`,
      );
      const shown = FIELDS.filter(([k]) => report.players.some((p) => p[k] !== undefined));
      const cell = (f: Fraction | undefined): string =>
        f === undefined ? '' : values.exact ? formatFraction(f) : fractionToNumber(f).toFixed(6);
      const rows = report.players.map((p) => [
        p.id,
        p.weights.join('/'),
        p.swings.toString(),
        ...shown.map(([k]) => cell(p[k])),
      ]);
      const header = ['player', 'weights', 'swings', ...shown.map(([, label]) => label)];
      const widths = header.map((h, i) =>
        Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
      );
      const line = (r: readonly string[]): string =>
        r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
      ctx.out(line(header));
      for (const r of rows) ctx.out(line(r));
      if (adoption) {
        ctx.out(
          `probability of adoption (independent votes, --p): ${formatFraction(adoption)} ≈ ${fractionToNumber(adoption).toPrecision(15)}`,
        );
      }
      if (values.svg) ctx.out(`wrote ${values.svg}`);
      return 0;
    } catch (error) {
      if (error instanceof GameError) throw new UsageError(error.message);
      throw error;
    }
  },
};
export default command;
