import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isIsoDate, stateName, type Council } from '@council/engine';
import {
  agreementMap,
  analyzeDraft,
  compareWithReferences,
  agreementMatrix,
  filterRollCalls,
  formatFraction,
  fractionToNumber,
  GameError,
  parseFraction,
  scatterSvg,
  statesIn,
  vetoesOverTimeSvg,
  type ChoiceProbabilities,
  type Fraction,
  type DraftAnalysis,
  type Position,
  type RollCall,
} from '@council/analysis';
import { gaRollCalls, loadMembership, openRecord } from '@council/record';
import { UsageError, type CliCommand, type CommandContext } from '../cli-error.ts';
import { councilForDate } from '../council-args.ts';
import { parseFlags } from '../flags.ts';

const SUBCOMMANDS = 'draft, agreement, elected, map, vetoes';
/** Issue codes of the GA roll-call data (Voeten; via the unvotes package). */
const ISSUES: Record<string, string> = {
  me: 'Palestinian conflict (Middle East)',
  nu: 'nuclear weapons and material',
  di: 'arms control and disarmament',
  hr: 'human rights',
  co: 'colonialism',
  ec: 'economic development',
};

function codes(list: string | undefined, flag: string): string[] {
  if (list === undefined) return [];
  return list.split(',').map((raw) => {
    const code = raw.trim().toUpperCase();
    if (code !== 'REST' && !/^[A-Z]{3}$/.test(code))
      throw new UsageError(`--${flag}: '${raw}' is not a three-letter State code`);
    return code;
  });
}

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}$/.test(value)) return flag === 'to' ? `${value}-12-31` : `${value}-01-01`;
  if (!isIsoDate(value))
    throw new UsageError(`--${flag} '${value}' is not a date (YYYY-MM-DD) or a year`);
  return value;
}

function checkIssue(issue: string | undefined): string | undefined {
  if (issue === undefined) return undefined;
  if (!(issue in ISSUES)) {
    throw new UsageError(
      `--issue '${issue}' is unknown (${Object.entries(ISSUES)
        .map(([k, v]) => `${k} = ${v}`)
        .join('; ')})`,
    );
  }
  return issue;
}

const pct = (x: number | undefined): string =>
  x === undefined ? '—' : `${(100 * x).toFixed(1)} %`;

/** Parses "CODE=yes:1/2,no:1/2" into a code and its choice probabilities. */
function parseProbability(text: string): [string, ChoiceProbabilities] {
  const m = /^([A-Za-z]{3})=(.+)$/.exec(text.trim());
  if (!m) throw new UsageError(`--prob '${text}' must look like RUS=yes:0.2,no:0.5,abstain:0.3`);
  const dist: Record<string, Fraction> = {};
  for (const part of (m[2] ?? '').split(',')) {
    const [choice = '', value = ''] = part.split(':');
    if (!['yes', 'no', 'abstain', 'absent'].includes(choice))
      throw new UsageError(`--prob '${text}': unknown choice '${choice}'`);
    const f = parseFraction(value);
    if (!f) throw new UsageError(`--prob '${text}': '${value}' is not a probability (0.25 or 1/4)`);
    dist[choice] = f;
  }
  return [(m[1] ?? '').toUpperCase(), dist as ChoiceProbabilities];
}

function draftPositions(
  council: Council,
  values: Record<string, string | boolean | string[] | undefined>,
): Record<string, Position | ChoiceProbabilities> {
  const members = new Set(council.members.map((m) => m.code));
  const positions: Record<string, Position | ChoiceProbabilities> = {};
  const where = new Map<string, string>();
  let rest: Position | undefined;
  const place = (code: string, flag: string, value: Position | ChoiceProbabilities): void => {
    if (!members.has(code))
      throw new UsageError(`--${flag}: ${code} is not a member of the Council on ${council.date}`);
    const earlier = where.get(code);
    if (earlier) throw new UsageError(`${code} appears in both --${earlier} and --${flag}`);
    where.set(code, flag);
    positions[code] = value;
  };
  for (const flag of ['yes', 'no', 'abstain', 'absent', 'undecided'] as const) {
    for (const code of codes(values[flag] as string | undefined, flag)) {
      if (code === 'REST') {
        if (rest) throw new UsageError(`'rest' appears in more than one list`);
        rest = flag;
      } else {
        place(code, flag, flag);
      }
    }
  }
  for (const text of (values['prob'] as string[] | undefined) ?? []) {
    const [code, dist] = parseProbability(text);
    place(code, 'prob', dist);
  }
  if (rest) for (const code of members) if (!where.has(code)) positions[code] = rest;
  return positions;
}

function draftJson(r: DraftAnalysis): Record<string, unknown> {
  return {
    date: r.date,
    assumed: r.assumed,
    ifVotedNow: r.ifVotedNow,
    probability: Object.fromEntries(
      Object.entries(r.probability).map(([k, v]) => [k, formatFraction(v)]),
    ),
    probabilityDecimal: Object.fromEntries(
      Object.entries(r.probability).map(([k, v]) => [k, fractionToNumber(v)]),
    ),
    blockingAlone: r.blockingAlone,
    whatItTakes: r.whatItTakes,
  };
}

function runDraft(args: string[], ctx: CommandContext): number {
  const { values } = parseFlags(() =>
    parseArgs({
      args,
      options: {
        date: { type: 'string' },
        yes: { type: 'string' },
        no: { type: 'string' },
        abstain: { type: 'string' },
        absent: { type: 'string' },
        undecided: { type: 'string' },
        prob: { type: 'string', multiple: true },
        procedural: { type: 'boolean' },
        'must-abstain': { type: 'string' },
        'max-sets': { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }),
  );
  const table = loadMembership();
  const council = councilForDate(table, values.date);
  const positions = draftPositions(council, values);
  const maxSets = values['max-sets'] === undefined ? 10 : Number(values['max-sets']);
  if (!Number.isInteger(maxSets) || maxSets < 0)
    throw new UsageError(`--max-sets '${values['max-sets']}' is not a whole number`);
  const mustAbstain = codes(values['must-abstain'], 'must-abstain');
  const r = analyzeDraft({
    date: council.date,
    members: council.members,
    positions,
    maxSets,
    ...(values.procedural ? { procedural: true } : {}),
    ...(mustAbstain.length ? { obligatoryAbstainers: mustAbstain } : {}),
  });
  if (values.json) {
    ctx.out(JSON.stringify(draftJson(r)));
    return 0;
  }
  const name = (code: string): string => stateName(table, code, council.date);
  const v = r.ifVotedNow;
  ctx.out(
    `Draft before the Security Council on ${council.date} (${values.procedural ? 'procedural' : 'substantive'} matter)`,
  );
  ctx.out(
    `If put to the vote now: ${v.outcome.toUpperCase()}, ${v.yes}–${v.no}–${v.abstain} (for–against–abstaining)${v.absent ? `, ${v.absent} absent` : ''}; ${v.required} affirmative votes required` +
      (v.vetoedBy.length ? `; vetoed by ${v.vetoedBy.map(name).join(' and ')}` : ''),
  );
  ctx.out(
    `Probability (exact): adopted ${formatFraction(r.probability.adopted)} (${pct(fractionToNumber(r.probability.adopted))}), vetoed ${formatFraction(r.probability.vetoed)} (${pct(fractionToNumber(r.probability.vetoed))}), failed ${formatFraction(r.probability.failed)} (${pct(fractionToNumber(r.probability.failed))})`,
  );
  if (r.blockingAlone.length) {
    ctx.out(
      `Each of these alone, with every other member voting yes, would still block it: ${r.blockingAlone.map(name).join('; ')}`,
    );
  }
  for (const w of r.whatItTakes) {
    ctx.out(
      `${w.outcome === 'failed' ? 'To fail' : `To be ${w.outcome}`}: ${w.size} member${w.size === 1 ? '' : 's'} must change position (${w.count} such group${w.count === 1 ? '' : 's'}), e.g.`,
    );
    for (const set of w.sets) {
      ctx.out(`  ${set.members.map((c) => `${c} → ${set.positions[c]}`).join(', ')}`);
    }
  }
  return 0;
}

function loadRollCalls(
  from: string | undefined,
  to: string | undefined,
  issue: string | undefined,
): RollCall[] {
  const calls = gaRollCalls({
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(issue ? { issue } : {}),
  });
  if (calls.length === 0) {
    throw new UsageError(
      `no General Assembly roll calls between ${from ?? 'the start'} and ${to ?? 'the end'}${issue ? ` on issue '${issue}'` : ''} (the data cover 1946–2019)`,
    );
  }
  return filterRollCalls(calls, {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(issue ? { issue } : {}),
  });
}

const periodFlags = {
  from: { type: 'string' },
  to: { type: 'string' },
  issue: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function runAgreement(args: string[], ctx: CommandContext): number {
  const { values } = parseFlags(() =>
    parseArgs({
      args,
      options: { ...periodFlags, states: { type: 'string' }, with: { type: 'string' } },
      strict: true,
    }),
  );
  const states = codes(values.states, 'states');
  if (states.length === 0)
    throw new UsageError('--states is required (comma-separated ISO 3166-1 alpha-3 codes)');
  const from = checkDate(values.from, 'from');
  const to = checkDate(values.to, 'to');
  const issue = checkIssue(values.issue);
  const calls = loadRollCalls(from, to, issue);
  const known = new Set(statesIn(calls));
  for (const s of [...states, ...codes(values.with, 'with')]) {
    if (!known.has(s)) throw new UsageError(`${s} cast no vote in the selected roll calls`);
  }
  if (values.with) {
    const rows = compareWithReferences(calls, states, codes(values.with, 'with'));
    if (values.json) {
      ctx.out(
        JSON.stringify({
          from,
          to,
          issue,
          rollCalls: calls.length,
          method: 'agreement index (yes 1, abstain 1/2, no 0; 1 − mean |difference|)',
          rows,
        }),
      );
      return 0;
    }
    printComparison(ctx, rows, calls.length, from, to, issue);
    return 0;
  }
  const m = agreementMatrix(calls, states);
  if (values.json) {
    ctx.out(JSON.stringify({ from, to, issue, rollCalls: calls.length, ...m }));
    return 0;
  }
  ctx.out(
    `Agreement index in ${calls.length} GA roll calls${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}${issue ? ` on ${ISSUES[issue]}` : ''} (yes 1, abstain ½, no 0; 1 − mean |difference|)`,
  );
  ctx.out(['     ', ...states.map((s) => s.padStart(7))].join(''));
  m.agreement.forEach((row, i) =>
    ctx.out(
      [
        (states[i] ?? '').padEnd(5),
        ...row.map((x) => (x === undefined ? '—' : x.toFixed(3)).padStart(7)),
      ].join(''),
    ),
  );
  return 0;
}

function printComparison(
  ctx: CommandContext,
  rows: ReturnType<typeof compareWithReferences>,
  rollCalls: number,
  from: string | undefined,
  to: string | undefined,
  issue: string | undefined,
): void {
  const refs = rows[0]?.with.map((w) => w.b) ?? [];
  ctx.out(
    `Agreement index in ${rollCalls} GA roll calls${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}${issue ? ` on ${ISSUES[issue]}` : ''}; in brackets: share of identical votes, and rank among the ${rows[0]?.with[0]?.of ?? 0} other States in agreement with that State (#1 = closest)`,
  );
  ctx.out(
    ['State', 'votes', ...refs.map((r) => `with ${r}`), 'closest']
      .map((h, i) => (i === 0 ? h.padEnd(6) : h.padStart(i < 2 ? 6 : 24)))
      .join(' '),
  );
  for (const row of rows) {
    ctx.out(
      [
        row.state.padEnd(6),
        String(row.votes).padStart(6),
        ...row.with.map((w) =>
          `${w.agreement === undefined ? '—' : w.agreement.toFixed(3)} (${pct(w.identical)}, #${w.rank ?? '—'})`.padStart(
            24,
          ),
        ),
        (row.closest ?? '—').padStart(24),
      ].join(' '),
    );
  }
}

function runElected(args: string[], ctx: CommandContext): number {
  const { values } = parseFlags(() =>
    parseArgs({
      args,
      options: { ...periodFlags, year: { type: 'string' }, with: { type: 'string' } },
      strict: true,
    }),
  );
  const year = values.year ?? '2022';
  if (!/^\d{4}$/.test(year)) throw new UsageError(`--year '${year}' is not a year`);
  const table = loadMembership();
  const council = councilForDate(table, `${year}-01-01`);
  const elected = council.members.filter((m) => !m.permanent).map((m) => m.code);
  const references = values.with ? codes(values.with, 'with') : ['USA', 'CHN', 'RUS'];
  // Default period: the five years before that Council, but the GA data end in 2019.
  const lastYear = Math.min(Number(year) - 1, 2019);
  const from = checkDate(values.from ?? String(lastYear - 4), 'from');
  const to = checkDate(values.to ?? String(lastYear), 'to');
  const issue = checkIssue(values.issue);
  const calls = loadRollCalls(from, to, issue);
  const rows = compareWithReferences(calls, elected, references);
  if (values.json) {
    ctx.out(
      JSON.stringify({
        year: Number(year),
        council: council.date,
        from,
        to,
        issue,
        rollCalls: calls.length,
        method: 'agreement index (yes 1, abstain 1/2, no 0; 1 − mean |difference|)',
        rows,
      }),
    );
    return 0;
  }
  ctx.out(
    `Elected members of the Council on ${council.date}, in the General Assembly ${from?.slice(0, 4)}–${to?.slice(0, 4)}:`,
  );
  printComparison(ctx, rows, calls.length, from, to, issue);
  return 0;
}

function runMap(args: string[], ctx: CommandContext): number {
  const { values } = parseFlags(() =>
    parseArgs({
      args,
      options: {
        ...periodFlags,
        states: { type: 'string' },
        highlight: { type: 'string' },
        svg: { type: 'string' },
      },
      strict: true,
    }),
  );
  const from = checkDate(values.from ?? '2015', 'from');
  const to = checkDate(values.to ?? '2019', 'to');
  const issue = checkIssue(values.issue);
  const calls = loadRollCalls(from, to, issue);
  const states = values.states ? codes(values.states, 'states') : undefined;
  const map = agreementMap(calls, states);
  const highlight = codes(values.highlight ?? 'USA,CHN,RUS', 'highlight');
  if (values.svg) {
    const colours: Record<string, string> = { USA: '#2f855a', CHN: '#d69e2e', RUS: '#c53030' };
    writeFileSync(
      values.svg,
      scatterSvg({
        title: `Who votes with whom in the General Assembly, ${from?.slice(0, 4)}–${to?.slice(0, 4)}${issue ? ` (${ISSUES[issue]})` : ''}`,
        subtitle: `${map.points.length} States, ${calls.length} roll calls; ${map.method}`,
        points: map.points.map((p) => ({ label: p.state, x: p.x, y: p.y })),
        highlight: Object.fromEntries(highlight.map((h) => [h, colours[h] ?? '#2b6cb0'])),
        xLabel: `dimension 1 (${pct(map.explained[0])} of Σλ²)`,
        yLabel: `dimension 2 (${pct(map.explained[1])} of Σλ²)`,
      }),
    );
  }
  if (values.json) {
    ctx.out(JSON.stringify({ from, to, issue, rollCalls: calls.length, ...map }));
    return 0;
  }
  ctx.out(
    `${map.method}; ${map.points.length} States, ${calls.length} roll calls; axis shares of Σλ²: ${pct(map.explained[0])}, ${pct(map.explained[1])}`,
  );
  for (const p of map.points.filter((q) => highlight.includes(q.state)))
    ctx.out(`  ${p.state}  ${p.x.toFixed(3)}  ${p.y.toFixed(3)}`);
  if (map.omitted.length)
    ctx.out(`omitted (no common roll call with some State): ${map.omitted.join(', ')}`);
  if (values.svg) ctx.out(`wrote ${values.svg}`);
  return 0;
}

function runVetoes(args: string[], ctx: CommandContext): number {
  const { values } = parseFlags(() =>
    parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        svg: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }),
  );
  const from = checkDate(values.from, 'from');
  const to = checkDate(values.to, 'to');
  const vetoes = openRecord().vetoes({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  const byYear = new Map<string, Record<string, number>>();
  for (const v of vetoes) {
    const y = v.date.slice(0, 4);
    const row = byYear.get(y) ?? {};
    for (const m of v.vetoedBy) row[m] = (row[m] ?? 0) + 1;
    byYear.set(y, row);
  }
  if (values.svg) {
    const first = vetoes[0]?.date.slice(0, 4) ?? '';
    const last = vetoes[vetoes.length - 1]?.date.slice(0, 4) ?? '';
    writeFileSync(
      values.svg,
      vetoesOverTimeSvg({
        title: `Vetoes in the Security Council, ${first}–${last}`,
        subtitle: `${vetoes.length} vetoed drafts; a draft vetoed by two members counts once for each (SUN = USSR until 1991)`,
        vetoes: vetoes.map((v) => ({ date: v.date, vetoedBy: v.vetoedBy })),
      }),
    );
  }
  if (values.json) {
    ctx.out(JSON.stringify({ drafts: vetoes.length, byYear: Object.fromEntries(byYear) }));
    return 0;
  }
  ctx.out(`${vetoes.length} vetoed drafts${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}`);
  for (const [y, row] of byYear)
    ctx.out(
      `  ${y}  ${Object.entries(row)
        .map(([m, n]) => `${m} ${n}`)
        .join(', ')}`,
    );
  if (values.svg) ctx.out(`wrote ${values.svg}`);
  return 0;
}

const command: CliCommand = {
  summary: `Analyses: council analyze draft --date YYYY-MM-DD --yes rest --no CHN,RUS [--abstain ..] [--undecided ..] [--prob RUS=yes:1/2,no:1/2] [--json] | agreement --states A,B [--with USA,CHN,RUS] [--from --to --issue] | elected [--year 2022] | map [--svg FILE] | vetoes [--svg FILE]`,
  run(args, ctx) {
    const [sub, ...rest] = args;
    try {
      switch (sub) {
        case 'draft':
          return runDraft(rest, ctx);
        case 'agreement':
          return runAgreement(rest, ctx);
        case 'elected':
          return runElected(rest, ctx);
        case 'map':
          return runMap(rest, ctx);
        case 'vetoes':
          return runVetoes(rest, ctx);
        default:
          throw new UsageError(
            sub === undefined
              ? `a subcommand is required (${SUBCOMMANDS})`
              : `unknown subcommand '${sub}' (${SUBCOMMANDS})`,
          );
      }
    } catch (error) {
      if (error instanceof GameError) throw new UsageError(error.message);
      throw error;
    }
  },
};
export default command;
