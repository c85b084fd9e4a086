import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  councilOn,
  decideCommittee,
  evolveCommittee,
  holdOutlook,
  initialCommitteesState,
  isCommitteeCommand,
  type CommitteeCommand,
  type CommitteesState,
} from '@council/engine';
import { loadMembership } from '@council/record';
import {
  allEntries,
  birthDatesOf,
  dateGenerated,
  DEFAULT_SOURCE_XML,
  DEFAULT_STORE_DIR,
  diffLists,
  formatDiff,
  loadList,
  loadXmlFile,
  primaryName,
  referenceOf,
  regimeOf,
  listedOnDate,
  SanctionsInputError,
  Screener,
  toConsolidatedXml,
  toFtmJsonLines,
  writeStore,
  evaluateScreening,
  DEFAULT_THRESHOLD,
  type ConsolidatedList,
  type SanctionsEntry,
} from '@council/sanctions';
import { UsageError, type CliCommand, type CommandContext } from '../cli-error.ts';
import { parseFlags } from '../flags.ts';

const SCENARIO = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../data/sanctions/committee-2022-01.json',
);

const USAGE = [
  'council sanctions list [--regime DPRK] [--list FILE] [--json]',
  'council sanctions show REF [--list FILE] [--json]',
  'council sanctions diff OLD.xml NEW.xml [--json]',
  'council sanctions screen "NAME" [--dob YYYY] [--list FILE] [--threshold X] [--limit N] [--json]',
  'council sanctions evaluate [--list FILE] [--threshold X] [--json]',
  'council sanctions import [FILE.xml] [--out DIR]',
  'council sanctions export [--list FILE] [--format xml|ftm] [--out FILE]',
  'council sanctions holds [--at YYYY-MM-DD] [--json]',
].join('\n  ');

/** Turns list-input errors into usage errors (exit 2) that name the file. */
function load(path: string | undefined): ConsolidatedList {
  try {
    return loadList(path);
  } catch (error) {
    if (error instanceof SanctionsInputError) throw new UsageError(error.message);
    throw error;
  }
}

function summary(e: SanctionsEntry): Record<string, unknown> {
  return {
    referenceNumber: referenceOf(e),
    regime: regimeOf(e),
    kind: e.kind,
    name: primaryName(e),
    listedOn: listedOnDate(e),
  };
}

function flags(args: string[], options: Record<string, { type: 'string' | 'boolean' }>) {
  return parseFlags(() => parseArgs({ args, options, strict: true, allowPositionals: true }));
}

function list(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, {
    regime: { type: 'string' },
    list: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const data = load(values.list as string | undefined);
  const regime = values.regime as string | undefined;
  const entries = allEntries(data).filter(
    (e) => regime === undefined || regimeOf(e).toLowerCase() === regime.toLowerCase(),
  );
  if (regime !== undefined && entries.length === 0) {
    const known = [...new Set(allEntries(data).map(regimeOf))].sort().join(', ');
    throw new UsageError(`no entries for regime '${regime}' (regimes: ${known})`);
  }
  entries.sort((a, b) => referenceOf(a).localeCompare(referenceOf(b), 'en'));
  if (values.json) {
    ctx.out(
      JSON.stringify({
        dateGenerated: dateGenerated(data) ?? null,
        count: entries.length,
        entries: entries.map(summary),
      }),
    );
    return 0;
  }
  ctx.out(
    `${entries.length} entries${regime ? ` in regime ${regime}` : ''} (list of ${dateGenerated(data) ?? 'unknown date'})`,
  );
  for (const e of entries)
    ctx.out(`  ${referenceOf(e).padEnd(9)} ${listedOnDate(e)}  ${primaryName(e)}`);
  return 0;
}

function show(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, {
    list: { type: 'string' },
    json: { type: 'boolean' },
  });
  const ref = positionals[0];
  if (ref === undefined || positionals.length > 1)
    throw new UsageError('give one reference number, e.g. council sanctions show KPi.001');
  const entry = allEntries(load(values.list as string | undefined)).find(
    (e) => referenceOf(e).toLowerCase() === ref.toLowerCase(),
  );
  if (!entry) throw new UsageError(`no entry with reference number '${ref}'`);
  if (values.json) {
    ctx.out(JSON.stringify({ ...summary(entry), birthDates: birthDatesOf(entry), entry }));
    return 0;
  }
  ctx.out(
    `${referenceOf(entry)}  ${primaryName(entry)}  (${entry.kind}, ${regimeOf(entry)}, listed ${listedOnDate(entry)})`,
  );
  if (entry.nameOriginalScript?.trim())
    ctx.out(`  original script: ${entry.nameOriginalScript.trim()}`);
  for (const a of entry.aliases)
    if (a.name?.trim()) ctx.out(`  alias (${a.quality?.trim() || '?'}): ${a.name.trim()}`);
  for (const d of birthDatesOf(entry)) ctx.out(`  born: ${JSON.stringify(d)}`);
  for (const p of entry.placesOfBirth) {
    const place = [p.city, p.stateProvince, p.country]
      .map((x) => x?.trim())
      .filter(Boolean)
      .join(', ');
    if (place) ctx.out(`  place of birth: ${place}`);
  }
  for (const n of entry.nationalities ?? []) if (n.trim()) ctx.out(`  nationality: ${n.trim()}`);
  for (const d of entry.documents) {
    const doc = [d.typeOfDocument, d.number, d.issuingCountry, d.dateOfIssue]
      .map((x) => x?.trim())
      .filter(Boolean)
      .join(', ');
    if (doc) ctx.out(`  document: ${doc}`);
  }
  for (const a of entry.addresses) {
    const addr = [a.street, a.city, a.stateProvince, a.country]
      .map((x) => x?.trim())
      .filter(Boolean)
      .join(', ');
    if (addr) ctx.out(`  address: ${addr}`);
  }
  return 0;
}

function diff(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, { json: { type: 'boolean' } });
  if (positionals.length !== 2)
    throw new UsageError('give two list files: council sanctions diff OLD.xml NEW.xml');
  const [a, b] = positionals as [string, string];
  const d = diffLists(load(a), load(b));
  ctx.out(values.json ? JSON.stringify(d) : formatDiff(d));
  return 0;
}

function number(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(
      `--${name} must be a number from ${min} to ${max}, got '${String(value)}'`,
    );
  return n;
}

function screen(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, {
    dob: { type: 'string' },
    list: { type: 'string' },
    threshold: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  const name = positionals.join(' ').trim();
  if (name === '')
    throw new UsageError('give a name to screen, e.g. council sanctions screen "Ri Won Ho"');
  if (values.dob !== undefined && !/^\d{4}$/.test(values.dob as string))
    throw new UsageError(`--dob must be a year (YYYY), got '${String(values.dob)}'`);
  const dobYear = values.dob !== undefined ? Number(values.dob) : undefined;
  const threshold = number(values.threshold, 'threshold', 0, 1) ?? DEFAULT_THRESHOLD;
  const limit = number(values.limit, 'limit', 1, 1000) ?? 10;
  const hits = new Screener(load(values.list as string | undefined)).screen(name, {
    threshold,
    limit,
    ...(dobYear !== undefined ? { dobYear } : {}),
  });
  if (values.json) {
    ctx.out(JSON.stringify({ query: name, dob: dobYear ?? null, threshold, hits }));
    return 0;
  }
  if (hits.length === 0) {
    ctx.out(`no candidates for "${name}" at threshold ${threshold}`);
    return 0;
  }
  for (const h of hits)
    ctx.out(`${h.score.toFixed(3)}  ${h.referenceNumber.padEnd(9)} ${h.name}  — ${h.reason}`);
  return 0;
}

function evaluate(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, {
    list: { type: 'string' },
    threshold: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const threshold = number(values.threshold, 'threshold', 0, 1) ?? DEFAULT_THRESHOLD;
  const r = evaluateScreening(load(values.list as string | undefined), threshold);
  if (values.json) {
    ctx.out(JSON.stringify({ ...r, misses: r.misses.slice(0, 50), falseAlerts: r.falseAlerts }));
    return 0;
  }
  ctx.out(`threshold ${r.threshold}`);
  ctx.out(
    `alias and name variants: ${r.variants.queries} queries, recall ${r.variants.recall} (${r.variants.found} found, ${r.variants.top1} ranked first)`,
  );
  for (const [v, c] of Object.entries(r.variants.byVariant))
    ctx.out(`  ${v}: ${c.found}/${c.queries}`);
  ctx.out(
    `aliases with the alias itself removed from the index: ${r.leaveOneOut.queries} queries, recall ${r.leaveOneOut.recall}`,
  );
  ctx.out(
    `names not on the list: ${r.negatives.queries} queries, ${r.negatives.alerts} false alerts, pass rate ${r.negatives.passRate}`,
  );
  ctx.out(`precision of alerts (top candidate right): ${r.precision}`);
  ctx.out(`${r.queriesPerSecond} queries per second`);
  return 0;
}

function importList(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, { out: { type: 'string' } });
  if (positionals.length > 1) throw new UsageError('give at most one XML file');
  const source = positionals[0] ?? DEFAULT_SOURCE_XML;
  let data: ConsolidatedList;
  try {
    data = loadXmlFile(source);
  } catch (error) {
    if (error instanceof SanctionsInputError) throw new UsageError(error.message);
    throw error;
  }
  const dir = (values.out as string | undefined) ?? DEFAULT_STORE_DIR;
  const meta = writeStore(data, source.split('/').slice(-1)[0] ?? source, dir);
  ctx.out(
    `imported ${meta.individuals} individuals and ${meta.entities} entities (list of ${meta.dateGenerated}) into ${dir}; left out: ${meta.omitted.join(', ')}`,
  );
  return 0;
}

function exportList(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, {
    list: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const format = (values.format as string | undefined) ?? 'xml';
  if (format !== 'xml' && format !== 'ftm')
    throw new UsageError(`--format must be xml or ftm, got '${format}'`);
  const data = load(values.list as string | undefined);
  const text = format === 'xml' ? toConsolidatedXml(data) : toFtmJsonLines(data);
  if (values.out) writeFileSync(values.out as string, text);
  else ctx.out(text);
  return 0;
}

function holds(args: string[], ctx: CommandContext): number {
  const { values, positionals } = flags(args, {
    at: { type: 'string' },
    json: { type: 'boolean' },
    scenario: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const file = (values.scenario as string | undefined) ?? SCENARIO;
  if (!existsSync(file)) throw new UsageError(`${file}: file not found`);
  let scenario: { proposalId: string; commands: unknown[] };
  try {
    scenario = JSON.parse(readFileSync(file, 'utf8')) as typeof scenario;
  } catch (error) {
    throw new UsageError(`${file}: bad JSON (${(error as Error).message})`);
  }
  const table = loadMembership();
  let state: CommitteesState = initialCommitteesState();
  const apply = (command: CommitteeCommand): ReturnType<typeof decideCommittee> => {
    const decision = decideCommittee(
      state,
      command,
      councilOn(table, command.meta.at.slice(0, 10)),
    );
    if (decision.ok) for (const e of decision.events) state = evolveCommittee(state, e);
    return decision;
  };
  for (const [i, c] of scenario.commands.entries()) {
    if (!isCommitteeCommand(c))
      throw new UsageError(`${file}: command ${i + 1} is not a committee command`);
    const d = apply(c);
    if (!d.ok)
      throw new UsageError(
        `${file}: command ${i + 1} (${c.type}) rejected: ${d.rejection.message}`,
      );
  }
  const at = values.at as string | undefined;
  let conclusion: string | null = null;
  if (at !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(at))
      throw new UsageError(`--at must be a date YYYY-MM-DD, got '${at}'`);
    const d = apply({
      type: 'ConcludeNoObjectionProcedure',
      proposalId: scenario.proposalId,
      meta: { at, actor: { role: 'chair' } },
    });
    conclusion = d.ok
      ? d.events.map((e) => `${e.type} ${'on' in e ? e.on : ''}`.trim()).join('; ')
      : `not concluded: ${d.rejection.message}`;
  }
  const p = state.proposals[scenario.proposalId];
  if (!p) throw new UsageError(`${file}: no proposal ${scenario.proposalId}`);
  const outlook = holdOutlook(state, p.id);
  const national = Object.values(state.nationalDesignations);
  if (values.json) {
    ctx.out(
      JSON.stringify({
        proposal: p,
        holds: outlook,
        nationalDesignations: national,
        at: at ?? null,
        conclusion,
      }),
    );
    return 0;
  }
  ctx.out(
    `Proposal ${p.id} in the ${p.committeeId} Committee by ${p.proposer}, circulated ${p.circulatedOn}: ${p.subjects.map((s) => s.name).join(', ')}`,
  );
  for (const n of national)
    ctx.out(
      `National designation (no UN effect): ${n.authority}, ${n.designatedOn}, ${n.subjects.length} names`,
    );
  ctx.out(
    `Status: ${p.status}${p.closedOn ? ` since ${p.closedOn}` : ''}${p.status !== 'pending' ? '' : p.deadline ? `; objections until ${p.deadline}` : '; clock stopped by holds'}`,
  );
  for (const h of outlook) {
    ctx.out(
      `  hold by ${h.member} (${h.reason}) since ${h.placedOn}: lapses ${h.lapsesOn}${h.lapsesOnIfExtended ? `, or ${h.lapsesOnIfExtended} if another member extends it` : ''}`,
    );
  }
  if (conclusion) ctx.out(`At ${at}: ${conclusion}`);
  return 0;
}

const SUBCOMMANDS: Record<string, (args: string[], ctx: CommandContext) => number> = {
  list,
  show,
  diff,
  screen,
  evaluate,
  import: importList,
  export: exportList,
  holds,
};

const command: CliCommand = {
  summary:
    'The UN Consolidated List and the 1718 Committee: list, show, diff, screen, evaluate, import, export, holds',
  run(args, ctx) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h') {
      ctx.out(`usage:\n  ${USAGE}`);
      return sub === undefined ? 2 : 0;
    }
    const handler = SUBCOMMANDS[sub];
    if (!handler)
      throw new UsageError(
        `unknown subcommand '${sub}' (use: ${Object.keys(SUBCOMMANDS).join(', ')})`,
      );
    return handler(rest, ctx);
  },
};
export default command;
