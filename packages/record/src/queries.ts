/**
 * The record's query API (used by `council record …` and, later, by the server). Opens the SQLite database,
 * building it from data/record on first use or when the committed files changed.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { buildDatabase, dataFingerprint, SCHEMA_VERSION } from './build.ts';
import { defaultDbPath, recordDataDir } from './paths.ts';

export type Tally = { yes: number; no: number; abstain: number };

export interface Resolution {
  symbol: string;
  number: number;
  date: string;
  meeting: string;
  topic: string;
  tally: Tally | null;
  voting: string;
  src: string;
  corrections: string[];
}

export interface Veto {
  date: string;
  draft: string;
  meeting: string;
  topic: string;
  vetoedBy: string[];
  tally: Tally | null;
  src: string;
  sources: string[];
  corrections: string[];
}

export interface Meeting {
  meeting: string;
  number: number | null;
  date: string | null;
  topic: string;
  closed: boolean;
  vtc: boolean;
  outcome: string;
  src: string;
  corrections: string[];
}

export interface MissileLaunch {
  date: string;
  timeUtc: string | null;
  missile: string;
  missileId: string;
  type: string;
  facility: string;
  landing: string | null;
  apogeeKm: number | null;
  distanceKm: number | null;
  outcome: string;
  src: string;
}

export type GaVote = 'yes' | 'no' | 'abstain';

export interface GaRollCall {
  rcid: number;
  session: number;
  date: string;
  unres: string;
  important: boolean;
  amend: boolean;
  para: boolean;
  issues: string[];
  /** Each voting State's vote, by ISO 3166-1 alpha-3 code (ISO 3166-3 for dissolved States). Absent States are not listed. */
  votes: Record<string, GaVote>;
}

export interface RecordStats {
  resolutions: number;
  presidentialStatements: number;
  meetings: number;
  vetoedDrafts: number;
  vetoesByMember: Record<string, number>;
  coverage: { from: string; to: string };
  meetingRows: number;
  otherSessions: number;
  distinctVetoedDraftSymbols: number;
  missileLaunches: number;
  gaRollCalls: number;
  gaVotes: number;
  coverageByDataset: Record<string, Record<string, string>>;
}

export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

/** Missile classes ordered by range, for "at least as powerful" questions. */
export const MISSILE_CLASS_ORDER: readonly string[] = ['SRBM', 'MRBM', 'IRBM', 'ICBM'];

export interface OpenOptions {
  dbPath?: string;
  dataDir?: string;
  /** Progress of a (re)build, e.g. to a terminal. */
  onProgress?: (message: string) => void;
}

/** Turns a free-text topic query into an FTS5 trigram query (each word must appear as a substring). */
function ftsQuery(text: string): string | null {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.some((w) => [...w].length < 3)) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ');
}

const splitFix = (f: string | null): string[] => (f ? f.split(' ') : []);
const tallyOf = (r: {
  yes: number | null;
  no: number | null;
  abstain: number | null;
}): Tally | null =>
  r.yes === null || r.no === null || r.abstain === null
    ? null
    : { yes: r.yes, no: r.no, abstain: r.abstain };

/** The record database: built on first use, then queried read-only. */
export class RecordDb {
  readonly db: Database.Database;
  readonly dbPath: string;
  private readonly stmts = new Map<string, Database.Statement>();

  private constructor(db: Database.Database, dbPath: string) {
    this.db = db;
    this.dbPath = dbPath;
  }

  /** Opens the database, (re)building it from the committed files when missing or out of date. */
  static open(options: OpenOptions = {}): RecordDb {
    const dbPath = options.dbPath ?? defaultDbPath();
    const dataDir = options.dataDir ?? recordDataDir();
    const fingerprint = dataFingerprint(dataDir);
    if (!isCurrent(dbPath, fingerprint)) {
      buildDatabase({
        dataDir,
        dbPath,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
    }
    return new RecordDb(new Database(dbPath, { readonly: true, fileMustExist: true }), dbPath);
  }

  close(): void {
    this.db.close();
  }

  private prep(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** Topic ids whose title contains every word of `text` (case-insensitive), through the trigram index. */
  private topicFilter(text: string | undefined, column: string, params: unknown[]): string {
    if (text === undefined) return '';
    const q = ftsQuery(text);
    if (q === null) {
      params.push(`%${text.trim()}%`);
      return ` AND ${column} IN (SELECT id FROM topics WHERE title LIKE ?)`;
    }
    params.push(q);
    return ` AND ${column} IN (SELECT rowid FROM topics_fts WHERE topics_fts MATCH ?)`;
  }

  resolutions(
    q: DateRange & { year?: number | undefined; topic?: string | undefined } = {},
  ): Resolution[] {
    const params: unknown[] = [];
    let where = 'WHERE 1=1';
    if (q.year !== undefined) {
      where += ' AND r.date >= ? AND r.date <= ?';
      params.push(`${q.year}-01-01`, `${q.year}-12-31`);
    }
    if (q.from) {
      where += ' AND r.date >= ?';
      params.push(q.from);
    }
    if (q.to) {
      where += ' AND r.date <= ?';
      params.push(q.to);
    }
    where += this.topicFilter(q.topic, 'r.topic_id', params);
    const rows = this.prep(
      `SELECT r.*, t.title AS topic FROM resolutions r JOIN topics t ON t.id = r.topic_id ${where} ORDER BY r.date, r.number`,
    ).all(...params) as (Record<string, unknown> & {
      yes: number | null;
      no: number | null;
      abstain: number | null;
    })[];
    return rows.map((r) => ({
      symbol: r['symbol'] as string,
      number: r['number'] as number,
      date: r['date'] as string,
      meeting: r['meeting'] as string,
      topic: r['topic'] as string,
      tally: tallyOf(r),
      voting: r['voting'] as string,
      src: r['src'] as string,
      corrections: splitFix(r['fix'] as string | null),
    }));
  }

  vetoes(q: DateRange & { member?: string | undefined; topic?: string | undefined } = {}): Veto[] {
    const params: unknown[] = [];
    let where = 'WHERE 1=1';
    if (q.member) {
      where += ' AND v.id IN (SELECT veto_id FROM veto_members WHERE member = ?)';
      params.push(q.member);
    }
    if (q.from) {
      where += ' AND v.date >= ?';
      params.push(q.from);
    }
    if (q.to) {
      where += ' AND v.date <= ?';
      params.push(q.to);
    }
    where += this.topicFilter(q.topic, 'v.topic_id', params);
    const rows = this.prep(
      `SELECT v.*, t.title AS topic FROM vetoes v JOIN topics t ON t.id = v.topic_id ${where} ORDER BY v.date, v.id`,
    ).all(...params) as (Record<string, unknown> & {
      yes: number | null;
      no: number | null;
      abstain: number | null;
    })[];
    return rows.map((r) => ({
      date: r['date'] as string,
      draft: r['draft'] as string,
      meeting: r['meeting'] as string,
      topic: r['topic'] as string,
      vetoedBy: (r['vetoed_by'] as string).split(' '),
      tally: tallyOf(r),
      src: r['src'] as string,
      sources: r['sources'] ? (JSON.parse(r['sources'] as string) as string[]) : [],
      corrections: splitFix(r['fix'] as string | null),
    }));
  }

  meetings(q: DateRange & { topic?: string | undefined } = {}): Meeting[] {
    const params: unknown[] = [];
    let where = 'WHERE 1=1';
    if (q.from) {
      where += ' AND m.date >= ?';
      params.push(q.from);
    }
    if (q.to) {
      where += ' AND m.date <= ?';
      params.push(q.to);
    }
    where += this.topicFilter(q.topic, 'm.topic_id', params);
    const rows = this.prep(
      `SELECT m.*, t.title AS topic FROM meetings m JOIN topics t ON t.id = m.topic_id ${where} ORDER BY m.date, m.number, m.id`,
    ).all(...params) as Record<string, unknown>[];
    return rows.map((r) => ({
      meeting: r['meeting'] as string,
      number: r['number'] as number | null,
      date: r['date'] as string | null,
      topic: r['topic'] as string,
      closed: r['closed'] === 1,
      vtc: r['vtc'] === 1,
      outcome: r['outcome'] as string,
      src: r['src'] as string,
      corrections: splitFix(r['fix'] as string | null),
    }));
  }

  /**
   * DPRK missile launches (dates in UTC). `minClass` keeps launches whose class is at least the given one
   * in SRBM < MRBM < IRBM < ICBM (other classes, e.g. SLV or Unknown, are left out); `last` keeps the N latest.
   */
  missiles(
    q: DateRange & {
      type?: string | undefined;
      minClass?: string | undefined;
      last?: number | undefined;
    } = {},
  ): MissileLaunch[] {
    const params: unknown[] = [];
    let where = 'WHERE 1=1';
    if (q.from) {
      where += ' AND date >= ?';
      params.push(q.from);
    }
    // Month-only dates ("1984-09") sort before the month's days; "to" includes the whole day.
    if (q.to) {
      where += ' AND date <= ?';
      params.push(q.to);
    }
    if (q.type) {
      where += ' AND type = ?';
      params.push(q.type);
    }
    if (q.minClass) {
      const at = MISSILE_CLASS_ORDER.indexOf(q.minClass);
      const classes = MISSILE_CLASS_ORDER.slice(at < 0 ? MISSILE_CLASS_ORDER.length : at);
      where += ` AND type IN (${classes.map(() => '?').join(',') || "''"})`;
      params.push(...classes);
    }
    let sql = `SELECT * FROM missiles ${where} ORDER BY date, time_utc, id`;
    if (q.last !== undefined) {
      sql = `SELECT * FROM (SELECT * FROM missiles ${where} ORDER BY date DESC, time_utc DESC, id DESC LIMIT ?) ORDER BY date, time_utc, id`;
      params.push(q.last);
    }
    return (this.prep(sql).all(...params) as Record<string, unknown>[]).map((r) => ({
      date: r['date'] as string,
      timeUtc: r['time_utc'] as string | null,
      missile: r['missile'] as string,
      missileId: r['missile_id'] as string,
      type: r['type'] as string,
      facility: r['facility'] as string,
      landing: r['landing'] as string | null,
      apogeeKm: r['apogee_km'] as number | null,
      distanceKm: r['distance_km'] as number | null,
      outcome: r['outcome'] as string,
      src: r['src'] as string,
    }));
  }

  /** Counts and coverage, computed once when the database is built (see computeStats). */
  stats(): RecordStats {
    const row = this.prep("SELECT value FROM meta WHERE key = 'stats'").get() as
      { value: string } | undefined;
    return row ? (JSON.parse(row.value) as RecordStats) : computeStats(this.db);
  }

  /**
   * General Assembly roll calls with every State's vote by ISO3 code, for agreement scores.
   * `issue` is one of me, nu, di, hr, co, ec (Voeten's issue codes).
   */
  gaRollCalls(
    q: DateRange & { issue?: string | undefined; session?: number | undefined } = {},
  ): GaRollCall[] {
    const params: unknown[] = [];
    let where = 'WHERE 1=1';
    if (q.from) {
      where += ' AND rc.date >= ?';
      params.push(q.from);
    }
    if (q.to) {
      where += ' AND rc.date <= ?';
      params.push(q.to);
    }
    if (q.session !== undefined) {
      where += ' AND rc.session = ?';
      params.push(q.session);
    }
    if (q.issue) {
      where += ' AND rc.rcid IN (SELECT rcid FROM ga_issues WHERE issue = ?)';
      params.push(q.issue);
    }
    const calls = this.prep(`SELECT * FROM ga_roll_calls rc ${where} ORDER BY rc.rcid`).all(
      ...params,
    ) as Record<string, unknown>[];
    const out = calls.map((r) => {
      const call: GaRollCall = {
        rcid: r['rcid'] as number,
        session: r['session'] as number,
        date: r['date'] as string,
        unres: r['unres'] as string,
        important: r['important'] === 1,
        amend: r['amend'] === 1,
        para: r['para'] === 1,
        issues: (r['issues'] as string) === '' ? [] : (r['issues'] as string).split(' '),
        votes: {},
      };
      for (const vote of ['yes', 'no', 'abstain'] as const) {
        const list = r[vote] as string;
        if (list !== '') for (const state of list.split(' ')) call.votes[state] = vote;
      }
      return call;
    });
    return out;
  }

  /** The States in the GA data: code and the source's name(s). */
  gaStates(): { code: string; sourceName: string }[] {
    return (
      this.prep('SELECT code, source_name FROM ga_states ORDER BY code').all() as {
        code: string;
        source_name: string;
      }[]
    ).map((r) => ({
      code: r.code,
      sourceName: r.source_name,
    }));
  }
}

/** Computes the record's counts and coverage (the build stores the result in meta). */
export function computeStats(db: Database.Database): RecordStats {
  const one = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const byMember: Record<string, number> = {};
  for (const r of db
    .prepare('SELECT member, COUNT(*) AS n FROM veto_members GROUP BY member ORDER BY member')
    .all() as { member: string; n: number }[]) {
    byMember[r.member] = r.n;
  }
  const coverage = JSON.parse(
    (db.prepare("SELECT value FROM meta WHERE key = 'coverage'").get() as { value: string }).value,
  ) as Record<string, Record<string, string>>;
  const span = db
    .prepare('SELECT MIN(date) AS f, MAX(date) AS t FROM meetings WHERE date IS NOT NULL')
    .get() as { f: string; t: string };
  return {
    resolutions: one('SELECT COUNT(DISTINCT number) AS n FROM resolutions'),
    presidentialStatements: one('SELECT COUNT(DISTINCT symbol) AS n FROM statements'),
    meetings: one('SELECT COUNT(DISTINCT meeting) AS n FROM meetings WHERE number IS NOT NULL'),
    vetoedDrafts: one('SELECT COUNT(*) AS n FROM vetoes'),
    vetoesByMember: byMember,
    coverage: { from: span.f, to: coverage['meetings']?.['to'] ?? span.t },
    meetingRows: one('SELECT COUNT(*) AS n FROM meetings'),
    otherSessions: one('SELECT COUNT(*) AS n FROM meetings WHERE number IS NULL'),
    distinctVetoedDraftSymbols: one('SELECT COUNT(DISTINCT draft) AS n FROM vetoes'),
    missileLaunches: one('SELECT COUNT(*) AS n FROM missiles'),
    gaRollCalls: one('SELECT COUNT(*) AS n FROM ga_roll_calls'),
    gaVotes: one('SELECT COUNT(*) AS n FROM ga_votes'),
    coverageByDataset: coverage,
  };
}

function isCurrent(dbPath: string, fingerprint: string): boolean {
  if (!existsSync(dbPath)) return false;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const get = (key: string): string | undefined =>
        (
          db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
            { value: string } | undefined
        )?.value;
      return get('fingerprint') === fingerprint && get('schema') === String(SCHEMA_VERSION);
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

let shared: RecordDb | undefined;

/** The process-wide record database (default paths), opened on first call. */
export function openRecord(options: OpenOptions = {}): RecordDb {
  if (options.dbPath || options.dataDir) return RecordDb.open(options);
  shared ??= RecordDb.open(options);
  return shared;
}

/** Library shorthand for the analysis helper: roll calls with each State's vote by ISO3 code. */
export function gaRollCalls(
  q: DateRange & { issue?: string; session?: number } = {},
): GaRollCall[] {
  return openRecord().gaRollCalls(q);
}
