/**
 * `council record <resolutions|vetoes|meetings|stats|missiles|check|import|build>`: the historical record.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { UsageError, type CliCommand, type CommandContext } from '../cli-error.ts';
import {
  buildDatabase,
  checkRecord,
  defaultDbPath,
  importRecord,
  ImportError,
  RecordDataError,
  MISSILE_CLASS_ORDER,
  openRecord,
  recordDataDir,
  sharedDataDir,
  type Tally,
} from '@council/record';

const SUBCOMMANDS = [
  'resolutions',
  'vetoes',
  'meetings',
  'stats',
  'missiles',
  'check',
  'import',
  'build',
] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MEMBERS: Record<string, string> = {
  USSR: 'SUN',
  SUN: 'SUN',
  RUS: 'RUS',
  USA: 'USA',
  GBR: 'GBR',
  UK: 'GBR',
  FRA: 'FRA',
  CHN: 'CHN',
};

type Flags = Record<string, string | boolean | undefined>;

function parse(args: string[], options: Record<string, { type: 'string' | 'boolean' }>): Flags {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument '${positionals[0] ?? ''}'`);
    return values as Flags;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UsageError(message.replace(/\. To specify a positional.*$/, ''));
  }
}

function dateFlag(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  if (
    typeof v !== 'string' ||
    !DATE.test(v) ||
    Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ||
    new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v
  ) {
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, got '${String(v)}'`);
  }
  return v;
}

function range(flags: Flags): { from?: string; to?: string } {
  const from = dateFlag(flags, 'from');
  const to = dateFlag(flags, 'to');
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function topicFlag(flags: Flags): string | undefined {
  const t = flags['topic'];
  if (t === undefined) return undefined;
  if (typeof t !== 'string' || t.trim() === '') throw new UsageError('--topic needs some text');
  return t;
}

/** "13–2–0" (for–against–abstaining), with en dashes. */
export function formatTally(t: Tally | null): string {
  return t ? `${t.yes}–${t.no}–${t.abstain}` : '—';
}

function progressTo(_ctx: CommandContext): ((m: string) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (m: string) => process.stderr.write(`\r\x1b[2Kcouncil record: ${m}`);
}

function open(ctx: CommandContext) {
  const progress = progressTo(ctx);
  const db = openRecord(progress ? { onProgress: progress } : {});
  if (progress) process.stderr.write('\r\x1b[2K');
  return db;
}

const COMMON = {
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const command: CliCommand = {
  summary:
    'the Security Council record 1946–2022 (+ later vetoes): resolutions, vetoes, meetings, stats, missiles, check, import',
  run(args, ctx) {
    try {
      return runRecord(args, ctx);
    } catch (error) {
      // Broken data files or sources: one clear line naming file, line and reason; nothing was replaced.
      if (error instanceof RecordDataError || error instanceof ImportError) {
        ctx.err(`council record: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};

function runRecord(args: string[], ctx: CommandContext): number {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    ctx.out(`usage: council record <${SUBCOMMANDS.join('|')}> [options]
  resolutions [--year Y] [--from D --to D] [--topic TEXT] [--json]
  vetoes [--member CODE] [--from D --to D] [--topic TEXT] [--json]
  meetings [--topic TEXT] [--from D --to D] [--json]
  stats --json
  missiles [--from D --to D] [--type T] [--min-class SRBM|MRBM|IRBM|ICBM] [--last N] [--json]
  check [--json]
  import [--from DIR]      (re-imports ../shared/data into data/record)
  build                    (rebuilds the database from data/record)`);
    return sub === undefined ? 2 : 0;
  }
  switch (sub) {
    case 'resolutions': {
      const f = parse(rest, { ...COMMON, year: { type: 'string' }, topic: { type: 'string' } });
      let year: number | undefined;
      if (f['year'] !== undefined) {
        if (typeof f['year'] !== 'string' || !/^\d{4}$/.test(f['year']))
          throw new UsageError(`--year must be a year like 2017, got '${String(f['year'])}'`);
        year = Number(f['year']);
      }
      const rows = open(ctx).resolutions({ ...range(f), year, topic: topicFlag(f) });
      if (f['json']) ctx.out(JSON.stringify(rows, null, 2));
      else {
        for (const r of rows)
          ctx.out(
            `${r.date}  ${r.symbol.padEnd(18)} ${(r.tally ? formatTally(r.tally) : r.voting.replace('_', ' ')).padEnd(12)} ${r.topic}`,
          );
        ctx.out(`${rows.length} resolution${rows.length === 1 ? '' : 's'}`);
      }
      return 0;
    }
    case 'vetoes': {
      const f = parse(rest, { ...COMMON, member: { type: 'string' }, topic: { type: 'string' } });
      let member: string | undefined;
      if (f['member'] !== undefined) {
        member = MEMBERS[String(f['member']).toUpperCase()];
        if (!member)
          throw new UsageError(
            `--member must be one of CHN, FRA, GBR, RUS, SUN (USSR), USA; got '${String(f['member'])}'`,
          );
      }
      const rows = open(ctx).vetoes({ ...range(f), member, topic: topicFlag(f) });
      if (f['json']) ctx.out(JSON.stringify(rows, null, 2));
      else {
        for (const v of rows)
          ctx.out(
            `${v.date}  ${v.draft.padEnd(16)} ${v.vetoedBy.join('+').padEnd(12)} ${formatTally(v.tally).padEnd(8)} ${v.topic}`,
          );
        ctx.out(`${rows.length} vetoed draft${rows.length === 1 ? '' : 's'}`);
      }
      return 0;
    }
    case 'meetings': {
      const f = parse(rest, { ...COMMON, topic: { type: 'string' } });
      const rows = open(ctx).meetings({ ...range(f), topic: topicFlag(f) });
      if (f['json']) ctx.out(JSON.stringify(rows, null, 2));
      else {
        for (const m of rows)
          ctx.out(
            `${m.date ?? '????-??-??'}  ${m.meeting.padEnd(14)} ${m.topic}${m.outcome ? `  [${m.outcome}]` : ''}`,
          );
        const distinct = new Set(rows.filter((m) => m.number !== null).map((m) => m.meeting)).size;
        ctx.out(
          `${distinct} meeting${distinct === 1 ? '' : 's'} (${rows.length} agenda row${rows.length === 1 ? '' : 's'})`,
        );
      }
      return 0;
    }
    case 'stats': {
      const f = parse(rest, { json: { type: 'boolean' } });
      const s = open(ctx).stats();
      if (f['json']) ctx.out(JSON.stringify(s, null, 2));
      else {
        ctx.out(`coverage ${s.coverage.from} – ${s.coverage.to}`);
        ctx.out(
          `meetings ${s.meetings}, resolutions ${s.resolutions}, presidential statements ${s.presidentialStatements}`,
        );
        ctx.out(
          `vetoed drafts ${s.vetoedDrafts} (${Object.entries(s.vetoesByMember)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`,
        );
        ctx.out(
          `DPRK launches ${s.missileLaunches}; GA roll calls ${s.gaRollCalls} with ${s.gaVotes} votes`,
        );
      }
      return 0;
    }
    case 'missiles': {
      const f = parse(rest, {
        ...COMMON,
        type: { type: 'string' },
        'min-class': { type: 'string' },
        last: { type: 'string' },
      });
      const minClass =
        f['min-class'] === undefined ? undefined : String(f['min-class']).toUpperCase();
      if (minClass !== undefined && !MISSILE_CLASS_ORDER.includes(minClass))
        throw new UsageError(`--min-class must be one of ${MISSILE_CLASS_ORDER.join(', ')}`);
      let last: number | undefined;
      if (f['last'] !== undefined) {
        last = Number(f['last']);
        if (!Number.isInteger(last) || last <= 0)
          throw new UsageError(
            `--last must be a positive whole number, got '${String(f['last'])}'`,
          );
      }
      const rows = open(ctx).missiles({
        ...range(f),
        type: f['type'] === undefined ? undefined : String(f['type']).toUpperCase(),
        minClass,
        last,
      });
      if (f['json']) ctx.out(JSON.stringify(rows, null, 2));
      else {
        for (const m of rows) {
          const fig = `apogee ${m.apogeeKm ?? '?'} km, range ${m.distanceKm ?? '?'} km`;
          ctx.out(
            `${m.date} ${(m.timeUtc ?? '--:--').padEnd(5)} UTC  ${m.type.padEnd(7)} ${m.missile.padEnd(24)} ${fig}, ${m.outcome}`,
          );
        }
        const byType = new Map<string, number>();
        for (const m of rows) byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
        ctx.out(
          `${rows.length} launch${rows.length === 1 ? '' : 'es'}${rows.length ? ` (${[...byType].map(([t, n]) => `${n} ${t}`).join(', ')})` : ''}`,
        );
      }
      return 0;
    }
    case 'check': {
      const f = parse(rest, { json: { type: 'boolean' } });
      const report = checkRecord(open(ctx));
      if (f['json']) ctx.out(JSON.stringify(report, null, 2));
      else for (const line of report.lines) ctx.out(line);
      return report.unexplained.length === 0 ? 0 : 1;
    }
    case 'import': {
      const f = parse(rest, { from: { type: 'string' } });
      const from = typeof f['from'] === 'string' ? f['from'] : sharedDataDir();
      if (!existsSync(from))
        throw new UsageError(
          `--from ${from}: folder not found (the raw sources live in ../shared/data)`,
        );
      const progress = progressTo(ctx);
      const summary = importRecord({
        from,
        to: recordDataDir(),
        onProgress: progress ?? (() => {}),
      });
      if (progress) process.stderr.write('\r\x1b[2K');
      for (const file of summary.files)
        ctx.out(`data/record/${file.path}  ${file.lines} lines, ${file.bytes} bytes`);
      ctx.out(JSON.stringify(summary.counts));
      return 0;
    }
    case 'build': {
      parse(rest, {});
      const progress = progressTo(ctx);
      const result = buildDatabase({
        dataDir: recordDataDir(),
        dbPath: defaultDbPath(),
        ...(progress ? { onProgress: progress } : {}),
      });
      if (progress) process.stderr.write('\r\x1b[2K');
      ctx.out(`built ${result.dbPath} (${result.bytes} bytes) in ${result.ms} ms`);
      return 0;
    }
    default:
      throw new UsageError(`unknown subcommand '${sub}' (expected ${SUBCOMMANDS.join(', ')})`);
  }
}

export default command;
