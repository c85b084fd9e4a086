/**
 * Builds the SQLite database from the committed record files (data/record/*) in one transaction, into a
 * temporary file that replaces the previous database only when everything has been read and checked.
 * A corrupt or truncated file fails with the file, the line and the reason; the old database stays.
 */
import Database from 'better-sqlite3';
import { computeStats } from './queries.ts';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type {
  GaRollCallRow,
  MeetingRow,
  MissileRow,
  ResolutionRow,
  StatementRow,
  VetoRow,
} from './types.ts';

/** Bumped whenever the schema changes, so that old databases are rebuilt. */
export const SCHEMA_VERSION = 5;

export class RecordDataError extends Error {
  override readonly name = 'RecordDataError';
}

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE topics (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE topics_fts USING fts5(title, tokenize='trigram');
CREATE TABLE meetings (id INTEGER PRIMARY KEY, meeting TEXT NOT NULL, number INTEGER, date TEXT, topic_id INTEGER NOT NULL,
  closed INTEGER NOT NULL, vtc INTEGER NOT NULL, outcome TEXT NOT NULL, src TEXT NOT NULL, fix TEXT);
CREATE INDEX meetings_date ON meetings(date);
CREATE INDEX meetings_topic ON meetings(topic_id, date);
CREATE TABLE resolutions (id INTEGER PRIMARY KEY, number INTEGER NOT NULL, symbol TEXT NOT NULL, date TEXT NOT NULL,
  meeting TEXT NOT NULL, topic_id INTEGER NOT NULL, yes INTEGER, no INTEGER, abstain INTEGER, voting TEXT NOT NULL,
  src TEXT NOT NULL, fix TEXT);
CREATE INDEX resolutions_date ON resolutions(date);
CREATE INDEX resolutions_topic ON resolutions(topic_id, date);
CREATE TABLE statements (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL, date TEXT NOT NULL, meeting TEXT NOT NULL,
  topic_id INTEGER NOT NULL, src TEXT NOT NULL, fix TEXT);
CREATE INDEX statements_date ON statements(date);
CREATE TABLE vetoes (id INTEGER PRIMARY KEY, date TEXT NOT NULL, draft TEXT NOT NULL, meeting TEXT NOT NULL,
  topic_id INTEGER NOT NULL, vetoed_by TEXT NOT NULL, yes INTEGER, no INTEGER, abstain INTEGER, src TEXT NOT NULL,
  sources TEXT, fix TEXT);
CREATE INDEX vetoes_date ON vetoes(date);
CREATE TABLE veto_members (veto_id INTEGER NOT NULL, member TEXT NOT NULL, PRIMARY KEY (member, veto_id)) WITHOUT ROWID;
CREATE TABLE missiles (id INTEGER PRIMARY KEY, date TEXT NOT NULL, time_utc TEXT, series INTEGER, missile_id TEXT NOT NULL,
  missile TEXT NOT NULL, type TEXT NOT NULL, facility_id TEXT NOT NULL, facility TEXT NOT NULL, landing TEXT,
  apogee_km REAL, distance_km REAL, bearing_deg REAL, outcome TEXT NOT NULL, src TEXT NOT NULL, fix TEXT);
CREATE INDEX missiles_date ON missiles(date);
CREATE TABLE ga_roll_calls (rcid INTEGER PRIMARY KEY, session INTEGER NOT NULL, date TEXT NOT NULL, unres TEXT NOT NULL,
  important INTEGER NOT NULL, amend INTEGER NOT NULL, para INTEGER NOT NULL, issues TEXT NOT NULL,
  yes TEXT NOT NULL, no TEXT NOT NULL, abstain TEXT NOT NULL, src TEXT NOT NULL);
CREATE INDEX ga_roll_calls_date ON ga_roll_calls(date);
CREATE TABLE ga_issues (issue TEXT NOT NULL, rcid INTEGER NOT NULL, PRIMARY KEY (issue, rcid)) WITHOUT ROWID;
CREATE TABLE ga_votes (rcid INTEGER NOT NULL, state TEXT NOT NULL, vote TEXT NOT NULL CHECK (vote IN ('yes','no','abstain')),
  PRIMARY KEY (rcid, state)) WITHOUT ROWID;
CREATE TABLE ga_states (code TEXT PRIMARY KEY, source_name TEXT NOT NULL);
`;

/**
 * Abbreviations used in agenda titles, indexed with their expansions so that a search for the full name also
 * finds the short title (e.g. "Korea" finds "Non-proliferation/DPRK").
 */
export const TOPIC_EXPANSIONS: readonly [RegExp, string][] = [
  [/\bDPRK\b/, "Democratic People's Republic of Korea"],
  [/\bDRC\b/, 'Democratic Republic of the Congo'],
  [/\bUNMIK\b/, 'Kosovo'],
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_OR_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const CODE = /^[A-Z]{3}$/;

type Check = (row: Record<string, unknown>) => string | null;

const str =
  (k: string): Check =>
  (r) =>
    typeof r[k] === 'string' ? null : `field '${k}' must be a string`;
const int =
  (k: string): Check =>
  (r) =>
    Number.isInteger(r[k]) ? null : `field '${k}' must be an integer`;
const intOrNull =
  (k: string): Check =>
  (r) =>
    r[k] === null || Number.isInteger(r[k]) ? null : `field '${k}' must be an integer or null`;
const numOrNull =
  (k: string): Check =>
  (r) =>
    r[k] === null || (typeof r[k] === 'number' && Number.isFinite(r[k]))
      ? null
      : `field '${k}' must be a number or null`;
const bool =
  (k: string): Check =>
  (r) =>
    typeof r[k] === 'boolean' ? null : `field '${k}' must be true or false`;
const date =
  (k: string, re = DATE): Check =>
  (r) =>
    typeof r[k] === 'string' && re.test(r[k])
      ? null
      : `field '${k}' must be a date YYYY-MM-DD, got ${JSON.stringify(r[k])}`;
const dateOrNull =
  (k: string): Check =>
  (r) =>
    r[k] === null || (typeof r[k] === 'string' && DATE.test(r[k]))
      ? null
      : `field '${k}' must be a date or null`;
const tally: Check = (r) => {
  const t = r['tally'];
  if (t === null) return null;
  return Array.isArray(t) &&
    t.length === 3 &&
    t.every((n) => Number.isInteger(n) && n >= 0 && n <= 15)
    ? null
    : `field 'tally' must be [yes, no, abstain] (integers 0–15) or null`;
};
const codes =
  (k: string): Check =>
  (r) => {
    const v = r[k];
    return Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'string' && CODE.test(c))
      ? null
      : `field '${k}' must list State codes`;
  };
const codeList =
  (k: string): Check =>
  (r) => {
    const v = r[k];
    return typeof v === 'string' && (v === '' || v.split(' ').every((c) => CODE.test(c)))
      ? null
      : `field '${k}' must be space-separated State codes`;
  };

const CHECKS: Record<string, Check[]> = {
  meetings: [
    str('meeting'),
    intOrNull('number'),
    dateOrNull('date'),
    str('topic'),
    bool('closed'),
    bool('vtc'),
    str('outcome'),
    str('src'),
  ],
  resolutions: [
    int('number'),
    str('symbol'),
    date('date'),
    str('meeting'),
    str('topic'),
    tally,
    str('voting'),
    str('src'),
  ],
  statements: [str('symbol'), date('date'), str('meeting'), str('topic'), str('src')],
  vetoes: [
    date('date'),
    str('draft'),
    str('meeting'),
    str('topic'),
    codes('vetoedBy'),
    tally,
    str('src'),
  ],
  missiles: [
    date('date', MONTH_OR_DATE),
    str('missileId'),
    str('missile'),
    str('type'),
    str('facility'),
    numOrNull('apogeeKm'),
    numOrNull('distanceKm'),
    str('outcome'),
    str('src'),
  ],
  ga: [
    int('rcid'),
    int('session'),
    date('date'),
    str('unres'),
    bool('important'),
    codeList('yes'),
    codeList('no'),
    codeList('abstain'),
    str('src'),
  ],
};

/** Reads one JSON-lines file, checking each line; errors name the file (relative to the data folder) and line. */
export function readJsonLines<T>(
  dataDir: string,
  rel: string,
  kind: keyof typeof CHECKS,
  expectedLines?: number,
): T[] {
  const path = join(dataDir, rel);
  if (!existsSync(path)) throw new RecordDataError(`${rel}: file missing from ${dataDir}`);
  const text = readFileSync(path, 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) {
    const lineNo = text.split('\n').length;
    throw new RecordDataError(`${rel}:${lineNo}: file ends in the middle of a line (truncated)`);
  }
  const lines = text.split('\n');
  lines.pop();
  const rows: T[] = [];
  const checks = CHECKS[kind] ?? [];
  lines.forEach((line, k) => {
    const where = `${rel}:${k + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new RecordDataError(
        `${where}: invalid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      throw new RecordDataError(`${where}: expected a JSON object`);
    for (const check of checks) {
      const problem = check(row as Record<string, unknown>);
      if (problem) throw new RecordDataError(`${where}: ${problem}`);
    }
    rows.push(row as T);
  });
  if (expectedLines !== undefined && rows.length !== expectedLines) {
    throw new RecordDataError(
      `${rel}:${rows.length + 1}: ${rows.length} lines, the manifest lists ${expectedLines} (truncated file?)`,
    );
  }
  return rows;
}

/** A digest of every committed record file: the database is rebuilt when it changes. */
export function dataFingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  hash.update(`schema ${SCHEMA_VERSION}\n`);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(dir, e.name))
        : /\.(jsonl|json|csv)$/.test(e.name)
          ? [join(dir, e.name)]
          : [],
    );
  if (!existsSync(dataDir)) throw new RecordDataError(`${dataDir}: record data folder missing`);
  for (const file of walk(dataDir).sort()) {
    hash.update(`${relative(dataDir, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

interface Manifest {
  files: { path: string; lines: number }[];
  coverage: Record<string, Record<string, string>>;
}

export interface BuildOptions {
  dataDir: string;
  dbPath: string;
  /** Progress messages (e.g. to a terminal). */
  onProgress?: (message: string) => void;
}

export interface BuildResult {
  dbPath: string;
  bytes: number;
  ms: number;
  counts: Record<string, number>;
}

/** Builds the database from the record files; replaces dbPath only on success. */
export function buildDatabase(options: BuildOptions): BuildResult {
  const started = performance.now();
  const { dataDir, dbPath } = options;
  const progress = options.onProgress ?? ((): void => {});
  const fingerprint = dataFingerprint(dataDir);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    throw new RecordDataError(
      `manifest.json: cannot read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!Array.isArray(manifest.files)) throw new RecordDataError('manifest.json: no "files" list');
  const expected = new Map(manifest.files.map((f) => [f.path, f.lines]));
  const read = <T>(rel: string, kind: keyof typeof CHECKS): T[] => {
    progress(`reading ${rel}`);
    return readJsonLines<T>(dataDir, rel, kind, expected.get(rel));
  };
  // Read and check everything before touching any database.
  const meetings = read<MeetingRow>('meetings.jsonl', 'meetings');
  const resolutions = read<ResolutionRow>('resolutions.jsonl', 'resolutions');
  const statements = read<StatementRow>('presidential-statements.jsonl', 'statements');
  const vetoes = read<VetoRow>('vetoes.jsonl', 'vetoes');
  const missiles = read<MissileRow>('dprk-missile-tests.jsonl', 'missiles');
  const gaFiles = manifest.files.map((f) => f.path).filter((p) => p.startsWith('ga/roll-calls-'));
  if (gaFiles.length === 0)
    throw new RecordDataError('manifest.json: lists no ga/roll-calls-*.jsonl file');
  const ga = gaFiles.flatMap((f) => read<GaRollCallRow>(f, 'ga'));
  const statesText = readFileSync(join(dataDir, 'ga', 'states.csv'), 'utf8');

  mkdirSync(dirname(dbPath), { recursive: true });
  const tmp = `${dbPath}.building-${process.pid}-${Date.now()}`;
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA);
    const topicIds = new Map<string, number>();
    const insTopic = db.prepare('INSERT INTO topics (id, title) VALUES (?, ?)');
    const insFts = db.prepare('INSERT INTO topics_fts (rowid, title) VALUES (?, ?)');
    const topic = (title: string): number => {
      let id = topicIds.get(title);
      if (id === undefined) {
        id = topicIds.size + 1;
        topicIds.set(title, id);
        insTopic.run(id, title);
        const extra = TOPIC_EXPANSIONS.filter(([re]) => re.test(title)).map(([, full]) => full);
        insFts.run(id, [title, ...extra].join(' | '));
      }
      return id;
    };
    const fix = (f: string[] | undefined): string | null =>
      f && f.length > 0 ? f.join(' ') : null;
    const load = db.transaction(() => {
      progress(`loading ${meetings.length} meeting rows`);
      const insM = db.prepare(
        'INSERT INTO meetings (meeting, number, date, topic_id, closed, vtc, outcome, src, fix) VALUES (?,?,?,?,?,?,?,?,?)',
      );
      for (const m of meetings)
        insM.run(
          m.meeting,
          m.number,
          m.date,
          topic(m.topic),
          m.closed ? 1 : 0,
          m.vtc ? 1 : 0,
          m.outcome,
          m.src,
          fix(m.fix),
        );
      progress(`loading ${resolutions.length} resolutions`);
      const insR = db.prepare(
        'INSERT INTO resolutions (number, symbol, date, meeting, topic_id, yes, no, abstain, voting, src, fix) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
      );
      for (const r of resolutions)
        insR.run(
          r.number,
          r.symbol,
          r.date,
          r.meeting,
          topic(r.topic),
          r.tally?.[0] ?? null,
          r.tally?.[1] ?? null,
          r.tally?.[2] ?? null,
          r.voting,
          r.src,
          fix(r.fix),
        );
      const insS = db.prepare(
        'INSERT INTO statements (symbol, date, meeting, topic_id, src, fix) VALUES (?,?,?,?,?,?)',
      );
      for (const s of statements)
        insS.run(s.symbol, s.date, s.meeting, topic(s.topic), s.src, fix(s.fix));
      progress(`loading ${vetoes.length} vetoed drafts`);
      const insV = db.prepare(
        'INSERT INTO vetoes (date, draft, meeting, topic_id, vetoed_by, yes, no, abstain, src, sources, fix) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
      );
      const insVM = db.prepare(
        'INSERT OR IGNORE INTO veto_members (veto_id, member) VALUES (?, ?)',
      );
      for (const v of vetoes) {
        const info = insV.run(
          v.date,
          v.draft,
          v.meeting,
          topic(v.topic),
          v.vetoedBy.join(' '),
          v.tally?.[0] ?? null,
          v.tally?.[1] ?? null,
          v.tally?.[2] ?? null,
          v.src,
          v.sources ? JSON.stringify(v.sources) : null,
          fix(v.fix),
        );
        for (const m of v.vetoedBy) insVM.run(info.lastInsertRowid, m);
      }
      progress(`loading ${missiles.length} missile launches`);
      const insMi = db.prepare(
        'INSERT INTO missiles (date, time_utc, series, missile_id, missile, type, facility_id, facility, landing, apogee_km, distance_km, bearing_deg, outcome, src, fix) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
      );
      for (const m of missiles)
        insMi.run(
          m.date,
          m.timeUtc,
          m.series,
          m.missileId,
          m.missile,
          m.type,
          m.facilityId,
          m.facility,
          m.landing,
          m.apogeeKm,
          m.distanceKm,
          m.bearingDeg,
          m.outcome,
          m.src,
          fix(m.fix),
        );
      const insRc = db.prepare(
        'INSERT INTO ga_roll_calls (rcid, session, date, unres, important, amend, para, issues, yes, no, abstain, src) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
      );
      const insIss = db.prepare('INSERT INTO ga_issues (issue, rcid) VALUES (?, ?)');
      const insVote = db.prepare('INSERT INTO ga_votes (rcid, state, vote) VALUES (?, ?, ?)');
      let votes = 0;
      ga.forEach((rc, k) => {
        insRc.run(
          rc.rcid,
          rc.session,
          rc.date,
          rc.unres,
          rc.important ? 1 : 0,
          rc.amend ? 1 : 0,
          rc.para ? 1 : 0,
          rc.issues.join(' '),
          rc.yes,
          rc.no,
          rc.abstain,
          rc.src,
        );
        for (const issue of rc.issues) insIss.run(issue, rc.rcid);
        for (const vote of ['yes', 'no', 'abstain'] as const) {
          if (rc[vote] === '') continue;
          for (const state of rc[vote].split(' ')) {
            try {
              insVote.run(rc.rcid, state, vote);
            } catch {
              throw new RecordDataError(`${rc.src}: roll call ${rc.rcid} lists ${state} twice`);
            }
            votes += 1;
          }
        }
        if (k % 500 === 0)
          progress(`loading General Assembly roll calls ${k}/${ga.length} (${votes} votes)`);
      });
      const insState = db.prepare('INSERT INTO ga_states (code, source_name) VALUES (?, ?)');
      statesText
        .split('\n')
        .slice(1)
        .filter((l) => l !== '')
        .forEach((l) => {
          const at = l.indexOf(',');
          insState.run(l.slice(0, at), l.slice(at + 1).replace(/^"|"$/g, ''));
        });
      const insMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      insMeta.run('fingerprint', fingerprint);
      insMeta.run('schema', String(SCHEMA_VERSION));
      insMeta.run('coverage', JSON.stringify(manifest.coverage ?? {}));
      insMeta.run('ga_votes', String(votes));
    });
    load();
    // Secondary indexes are cheaper to build once the rows are in.
    db.exec('CREATE INDEX ga_votes_state ON ga_votes(state, rcid)');
    db.prepare("INSERT INTO meta (key, value) VALUES ('stats', ?)").run(
      JSON.stringify(computeStats(db)),
    );
    db.exec('ANALYZE');
    db.close();
    renameSync(tmp, dbPath);
  } catch (error) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw error;
  }
  return {
    dbPath,
    bytes: statSync(dbPath).size,
    ms: Math.round(performance.now() - started),
    counts: {
      meetings: meetings.length,
      resolutions: resolutions.length,
      statements: statements.length,
      vetoes: vetoes.length,
      missiles: missiles.length,
      gaRollCalls: ga.length,
    },
  };
}
