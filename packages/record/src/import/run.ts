/**
 * The importer: turns the raw sources (../shared/data) into the project's committed data files under
 * data/record/. Deterministic (same inputs → byte-identical files, no timestamps), so diffs show real changes.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { applyCorrections, CORRECTIONS_FILE, parseCorrections } from './corrections.ts';
import { resolutionsFromHtml } from './html.ts';
import { importGa, GA_ISSUES_FILE, GA_ROLL_CALLS_FILE, GA_VOTES_FILE } from './ga.ts';
import {
  FACILITIES_FILE,
  importMissiles,
  MISSILE_NAMES_FILE,
  MISSILE_TESTS_FILE,
} from './missiles.ts';
import {
  ImportError,
  resolutionsFromMeetings,
  importLaterWpdlVetoes,
  importMeetings,
  importOutcomes,
  importVetoes,
  MEETINGS_FILE,
  OUTCOMES_FILE,
  VETOES_FILE,
  WPDL_FILE,
} from './sc.ts';
import type { GaRollCallRow, VetoRow } from '../types.ts';

export const HTML_DIR = 'sc-meetings-dhl/html';
export const ADDED_VETOES_FILE = 'vetoes-added.json';
export const MANIFEST_FILE = 'manifest.json';
/** Files above this size are split: keeps every committed file well under 5 MB. */
const MAX_FILE_BYTES = 4_500_000;

export interface ImportOptions {
  /** Folder holding the raw sources (…/shared/data). */
  from: string;
  /** Folder of the committed record (data/record); also holds corrections.json and vetoes-added.json. */
  to: string;
  onProgress?: (message: string) => void;
}

export interface ImportSummary {
  files: { path: string; lines: number; bytes: number }[];
  counts: Record<string, number>;
}

function read(from: string, rel: string): Buffer {
  const path = join(from, rel);
  if (!existsSync(path)) throw new ImportError(`${rel}: source file not found under ${from}`);
  return readFileSync(path);
}

/** Reads hand-added vetoes (each with public sources). */
export function parseAddedVetoes(text: string): VetoRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      `${ADDED_VETOES_FILE}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const list = (data as { vetoes?: unknown }).vetoes;
  if (!Array.isArray(list))
    throw new ImportError(`${ADDED_VETOES_FILE}: expected {"vetoes": [...]}`);
  return list.map((raw, k) => {
    const v = raw as Partial<VetoRow>;
    const where = `${ADDED_VETOES_FILE}: entry #${k + 1}`;
    if (typeof v.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.date))
      throw new ImportError(`${where}: bad date`);
    if (typeof v.draft !== 'string' || !v.draft.startsWith('S/'))
      throw new ImportError(`${where}: bad draft symbol`);
    if (!Array.isArray(v.vetoedBy) || v.vetoedBy.length === 0)
      throw new ImportError(`${where}: no vetoing member`);
    if (!Array.isArray(v.sources) || v.sources.length === 0)
      throw new ImportError(`${where}: every added veto needs a public source`);
    const tally = v.tally ?? null;
    if (tally !== null && (!Array.isArray(tally) || tally.length !== 3))
      throw new ImportError(`${where}: tally must be [yes, no, abstain]`);
    return {
      date: v.date,
      draft: v.draft,
      meeting: v.meeting ?? '',
      topic: v.topic ?? '',
      vetoedBy: [...v.vetoedBy].sort(),
      tally,
      src: `data/record/${ADDED_VETOES_FILE}#${k + 1}`,
      sources: v.sources,
    };
  });
}

/** The DHL year pages (scactYYYY_table_en.html), when the HTML folder is present. */
function htmlPages(from: string): { file: string; year: string; html: string }[] {
  const dir = join(from, HTML_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^scact\d{4}_table_en\.html$/.test(f))
    .sort()
    .map((f) => ({ file: f, year: f.slice(5, 9), html: readFileSync(join(dir, f), 'utf8') }));
}

function jsonl(rows: readonly object[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : '');
}

/** Splits GA roll calls by session ranges so that each file stays below the size limit. */
function gaChunks(rows: GaRollCallRow[]): { name: string; text: string; lines: number }[] {
  const out: { name: string; text: string; lines: number }[] = [];
  let chunk: GaRollCallRow[] = [];
  let size = 0;
  const flush = (): void => {
    const first = chunk[0];
    const last = chunk[chunk.length - 1];
    if (!first || !last) return;
    const name = `ga/roll-calls-s${String(first.session).padStart(2, '0')}-s${String(last.session).padStart(2, '0')}.jsonl`;
    out.push({ name, text: jsonl(chunk), lines: chunk.length });
    chunk = [];
    size = 0;
  };
  // Group by session so that a session never straddles two files.
  const bySession = new Map<number, GaRollCallRow[]>();
  for (const r of rows) bySession.set(r.session, [...(bySession.get(r.session) ?? []), r]);
  for (const session of [...bySession.keys()].sort((a, b) => a - b)) {
    const list = bySession.get(session) ?? [];
    const bytes = Buffer.byteLength(jsonl(list));
    if (size + bytes > MAX_FILE_BYTES / 2 && chunk.length > 0) flush();
    chunk.push(...list);
    size += bytes;
  }
  flush();
  return out;
}

/** Runs the import and writes data/record/*. Nothing is written unless every source parses. */
export function importRecord(options: ImportOptions): ImportSummary {
  const { from, to } = options;
  const progress = options.onProgress ?? ((): void => {});
  const corrections = existsSync(join(to, CORRECTIONS_FILE))
    ? parseCorrections(readFileSync(join(to, CORRECTIONS_FILE), 'utf8'))
    : [];
  const added = existsSync(join(to, ADDED_VETOES_FILE))
    ? parseAddedVetoes(readFileSync(join(to, ADDED_VETOES_FILE), 'utf8'))
    : [];

  progress('reading Security Council meetings');
  let meetings = importMeetings(read(from, MEETINGS_FILE).toString('utf8'));
  const outcomes = importOutcomes(read(from, OUTCOMES_FILE).toString('utf8'), meetings);
  progress('reading the veto list');
  const dhlVetoes = importVetoes(read(from, VETOES_FILE).toString('utf8'), meetings);
  const newest = dhlVetoes.reduce((a, v) => (v.date > a ? v.date : a), '0000');
  const later = existsSync(join(from, WPDL_FILE))
    ? importLaterWpdlVetoes(read(from, WPDL_FILE).toString('utf8'), newest)
    : [];
  meetings = applyCorrections('meetings', meetings, corrections);
  const corrected = applyCorrections('resolutions', outcomes.resolutions, corrections);
  const fromMeetings = resolutionsFromMeetings(meetings, new Set(corrected.map((r) => r.number)));
  progress('recovering resolutions the CSVs lost from the HTML pages');
  const pages = htmlPages(from);
  const fromHtml = resolutionsFromHtml(
    pages,
    new Set([...corrected, ...fromMeetings].map((r) => r.number)),
  );
  // Where the CSV states no tally, the page may still say "adopted unanimously" or "without a vote".
  const unstated = new Map(
    corrected.filter((r) => r.voting === 'not_stated').map((r) => [r.number, r]),
  );
  const knownElse = new Set(corrected.filter((r) => !unstated.has(r.number)).map((r) => r.number));
  for (const h of resolutionsFromHtml(pages, knownElse)) {
    const r = unstated.get(h.number);
    if (!r || h.voting === 'not_stated') continue;
    r.voting = h.voting;
    r.tally = h.tally;
    r.fix = [...(r.fix ?? []), 'voting-from-html'];
  }
  const resolutions = [...corrected, ...fromMeetings, ...fromHtml].sort(
    (a, b) => a.number - b.number || a.date.localeCompare(b.date),
  );
  const maxNumber = resolutions.reduce((a, r) => Math.max(a, r.number), 0);
  const present = new Set(resolutions.map((r) => r.number));
  const missing = Array.from({ length: maxNumber }, (_, k) => k + 1).filter((n) => !present.has(n));
  const statements = applyCorrections('statements', outcomes.statements, corrections).sort(
    (a, b) => a.date.localeCompare(b.date) || a.symbol.localeCompare(b.symbol),
  );
  const vetoes = applyCorrections('vetoes', [...dhlVetoes, ...later, ...added], corrections).sort(
    (a, b) => a.date.localeCompare(b.date) || a.draft.localeCompare(b.draft),
  );
  const lastFromLists = [...dhlVetoes, ...later].reduce(
    (a, v) => (v.date > a ? v.date : a),
    '0000',
  );
  for (const v of added) {
    if (v.date <= lastFromLists)
      throw new ImportError(
        `${ADDED_VETOES_FILE}: ${v.draft} (${v.date}) is not after the source lists' end ${lastFromLists}`,
      );
  }
  meetings.sort(
    (a, b) =>
      (a.date ?? '').localeCompare(b.date ?? '') ||
      (a.number ?? 0) - (b.number ?? 0) ||
      a.src.localeCompare(b.src, 'en', { numeric: true }),
  );

  progress('reading DPRK missile tests');
  const missiles = applyCorrections(
    'missiles',
    importMissiles(
      read(from, MISSILE_TESTS_FILE).toString('utf8'),
      read(from, MISSILE_NAMES_FILE).toString('utf8'),
      read(from, FACILITIES_FILE).toString('utf8'),
    ),
    corrections,
  );

  progress('reading General Assembly roll calls (870,109 votes)');
  const ga = importGa(
    read(from, GA_VOTES_FILE),
    read(from, GA_ROLL_CALLS_FILE),
    read(from, GA_ISSUES_FILE).toString('utf8'),
  );

  const files: { name: string; text: string; lines: number }[] = [
    { name: 'meetings.jsonl', text: jsonl(meetings), lines: meetings.length },
    { name: 'resolutions.jsonl', text: jsonl(resolutions), lines: resolutions.length },
    { name: 'presidential-statements.jsonl', text: jsonl(statements), lines: statements.length },
    { name: 'vetoes.jsonl', text: jsonl(vetoes), lines: vetoes.length },
    { name: 'dprk-missile-tests.jsonl', text: jsonl(missiles), lines: missiles.length },
    ...gaChunks(ga.rollCalls),
  ];
  const stateLines = [...ga.states.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(
      ([code, names]) =>
        `${code},${[...names]
          .sort()
          .map((n) => (/[",]/.test(n) ? `"${n.replace(/"/g, '""')}"` : n))
          .join(' / ')}`,
    );
  files.push({
    name: 'ga/states.csv',
    text: `code,source_name\n${stateLines.join('\n')}\n`,
    lines: stateLines.length,
  });

  for (const f of files) {
    const bytes = Buffer.byteLength(f.text);
    if (bytes > 5_000_000)
      throw new ImportError(`${f.name}: would be ${bytes} bytes, above the 5 MB limit`);
  }
  const dates = (xs: (string | null)[]): { from: string; to: string } => {
    const ds = xs.filter((d): d is string => d !== null).sort();
    return { from: ds[0] ?? '', to: ds[ds.length - 1] ?? '' };
  };
  const manifest = {
    about:
      'The Council record, imported from ../shared/data by `council record import`. Do not edit by hand: edit corrections.json or vetoes-added.json and re-import.',
    sources: {
      'sc-meetings-dhl':
        'UN Dag Hammarskjöld Library, "Meetings conducted by the Security Council" tables (via intreleng-research/unsc-dataset @1d338a6)',
      'sc-veto-list':
        'UN Dag Hammarskjöld Library veto list (via intreleng-research/unsc-dataset @1d338a6) and world-politics-datalab/vetoes-un-security-council @f389b3f',
      'dprk-missile-tests':
        'CNS North Korea Missile Test Database (James Martin Center for Nonproliferation Studies / NTI), as adapted by nagix/nk-missile-tests @a0cc658',
      'ga-votes-unvotes':
        'Erik Voeten, United Nations General Assembly Voting Data, hdl:1902.1/12379 (CC0), via dgrtwo/unvotes @7eb7034',
    },
    coverage: {
      meetings: { ...dates(meetings.map((m) => m.date)), note: 'DHL tables end on 30 June 2022' },
      resolutions: {
        ...dates(resolutions.map((r) => r.date)),
        note:
          missing.length === 0
            ? `every number 1–${maxNumber} is present (${fromHtml.length} recovered from the HTML pages and ${fromMeetings.length} from meeting outcome cells, where the derived CSV lost them)`
            : `${missing.length} resolution numbers of 1–${maxNumber} are missing from the sources: ${missing.join(', ')}`,
      },
      presidentialStatements: dates(statements.map((s) => s.date)),
      vetoes: {
        ...dates(vetoes.map((v) => v.date)),
        completeTo: lastFromLists,
        note: `Complete to ${lastFromLists} (DHL and WPDL lists). Later vetoes were added by hand from public sources (vetoes-added.json) and may be incomplete.`,
      },
      missiles: dates(missiles.map((m) => m.date)),
      gaRollCalls: {
        ...dates(ga.rollCalls.map((r) => r.date)),
        note: 'sessions 1–74; session 1 dates are placeholders in the source',
      },
    },
    counts: {
      meetingRows: meetings.length,
      resolutions: resolutions.length,
      presidentialStatements: statements.length,
      vetoedDrafts: vetoes.length,
      missileLaunches: missiles.length,
      gaRollCalls: ga.rollCalls.length,
      gaVotes: ga.votes,
      corrections: corrections.length,
    },
    files: files.map((f) => ({
      path: f.name,
      lines: f.lines,
      sha256: createHash('sha256').update(f.text).digest('hex'),
    })),
  };
  // Write every file next to its target, then rename: a failure leaves the previous files in place.
  progress('writing data/record');
  const staging = join(to, '.import-tmp');
  rmSync(staging, { recursive: true, force: true });
  const all = [
    ...files,
    { name: MANIFEST_FILE, text: `${JSON.stringify(manifest, null, 2)}\n`, lines: 0 },
  ];
  for (const f of all) {
    mkdirSync(dirname(join(staging, f.name)), { recursive: true });
    writeFileSync(join(staging, f.name), f.text);
  }
  rmSync(join(to, 'ga'), { recursive: true, force: true });
  for (const f of all) {
    mkdirSync(dirname(join(to, f.name)), { recursive: true });
    renameSync(join(staging, f.name), join(to, f.name));
  }
  rmSync(staging, { recursive: true, force: true });
  return {
    files: all.map((f) => ({ path: f.name, lines: f.lines, bytes: Buffer.byteLength(f.text) })),
    counts: manifest.counts,
  };
}
