/**
 * Importer: DPPA's Security Council membership export (one row per member and year) → the project's
 * membership table (data/council/membership.json), with ISO codes, terms, historical names and provenance.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MembershipTable, MembershipTerm, NamePeriod } from '@council/engine';
import { DPPA_NAME_TO_CODE, HISTORICAL_NAMES } from './state-names.ts';

/** A problem in the source, named by file, line and reason. */
export class MembershipImportError extends Error {
  override readonly name = 'MembershipImportError';
}

const FILES = [
  'DPPA-SCMEMBERSHIP_2023-06-06.csv',
  'DPPA-SCMembership_2026-07-02_rows_2025-2027.csv',
] as const;
const FIXES = 'blank_name_fixes.csv';
const PERMANENT = new Set(['CHN', 'FRA', 'GBR', 'USA', 'SUN', 'RUS']);
const FIRST_YEAR = 1946;
const LAST_YEAR = 2027;

/** A membership term with where it came from. */
export interface SourcedTerm extends MembershipTerm {
  readonly sources: readonly string[];
  readonly corrections?: readonly string[];
}

/** The table as stored, with provenance. */
export interface StoredMembershipTable extends MembershipTable {
  readonly source: string;
  readonly terms: readonly SourcedTerm[];
}

interface Row {
  file: string;
  line: number;
  id: string;
  year: number;
  code: string;
  correction?: string;
}

function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  return text.split(/\r?\n/).map((line) => line.split(','));
}

/** Reads the DPPA files in `dir` (../shared/data/sc-membership-dppa) and builds the stored table. */
export function importMembership(dir: string): StoredMembershipTable {
  for (const f of [...FILES, FIXES]) {
    if (!existsSync(join(dir, f)))
      throw new MembershipImportError(`${join(dir, f)}: file not found`);
  }
  const fixes = new Map<string, { name: string; basis: string }>();
  readCsv(join(dir, FIXES)).forEach((cells, i) => {
    if (i === 0 || cells.length < 2) return;
    const [file, id, , name, ...basis] = cells;
    if (!file || !id || !name)
      throw new MembershipImportError(`${FIXES}:${i + 1}: incomplete fix row`);
    fixes.set(`${file}#${id}`, { name, basis: basis.join(',') });
  });

  const rows: Row[] = [];
  for (const file of FILES) {
    readCsv(join(dir, file)).forEach((cells, i) => {
      const line = i + 1;
      if (i === 0) {
        if (cells.join(',') !== 'id,year,security_council_member,last_update')
          throw new MembershipImportError(
            `${file}:${line}: unexpected header '${cells.join(',')}'`,
          );
        return;
      }
      if (cells.length === 1 && cells[0] === '') return;
      if (cells.length !== 4)
        throw new MembershipImportError(
          `${file}:${line}: expected 4 fields, found ${cells.length}`,
        );
      const [id = '', yearText = '', rawName = ''] = cells;
      const year = Number(yearText);
      if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
        throw new MembershipImportError(
          `${file}:${line}: year '${yearText}' outside ${FIRST_YEAR}–${LAST_YEAR}`,
        );
      let name = rawName.trim();
      let correction: string | undefined;
      if (name === '') {
        const fix = fixes.get(`${file}#${id}`);
        if (!fix)
          throw new MembershipImportError(
            `${file}:${line}: blank member name and no fix in ${FIXES}`,
          );
        name = fix.name;
        correction = `blank name filled as ${fix.name} (${FIXES}: ${fix.basis})`;
      }
      const code = DPPA_NAME_TO_CODE[name];
      if (!code) throw new MembershipImportError(`${file}:${line}: unknown State name '${name}'`);
      rows.push({ file, line, id, year, code, ...(correction ? { correction } : {}) });
    });
  }

  const byYear = new Map<number, Row[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y += 1) {
    const list = byYear.get(y) ?? [];
    const expected = y < 1966 ? 11 : 15;
    if (list.length !== expected)
      throw new MembershipImportError(`year ${y}: ${list.length} members, expected ${expected}`);
    if (new Set(list.map((r) => r.code)).size !== list.length)
      throw new MembershipImportError(`year ${y}: a State appears twice`);
  }

  const terms: SourcedTerm[] = [];
  const byCode = new Map<string, Row[]>();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  for (const [code, list] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => a.year - b.year);
    let run: Row[] = [];
    const flush = () => {
      const first = run[0];
      const last = run[run.length - 1];
      if (!first || !last) return;
      let from = `${first.year}-01-01`;
      let to = `${last.year}-12-31`;
      // The Soviet seat passed to the Russian Federation on 24 Dec 1991 (letter of that date).
      if (code === 'SUN') to = '1991-12-23';
      if (code === 'RUS' && first.year === 1992) from = '1991-12-24';
      const corrections = run.flatMap((r) => (r.correction ? [r.correction] : []));
      terms.push({
        code,
        from,
        to,
        permanent: PERMANENT.has(code),
        sources: run.map((r) => `${r.file}:${r.line}`),
        ...(corrections.length ? { corrections } : {}),
      });
      run = [];
    };
    for (const r of list) {
      const prev = run[run.length - 1];
      if (prev && r.year !== prev.year + 1) flush();
      run.push(r);
    }
    flush();
  }

  const names: Record<string, NamePeriod[]> = {};
  const dppaName = new Map(Object.entries(DPPA_NAME_TO_CODE).map(([n, c]) => [c, n]));
  for (const code of byCode.keys()) {
    const historical = HISTORICAL_NAMES[code];
    names[code] = historical
      ? historical.map((p) => ({ ...p }))
      : [{ name: dppaName.get(code) ?? code, from: '1945-01-01', to: '9999-12-31' }];
  }
  // The Russian Federation's name begins with the seat it took over.
  names['RUS'] = [{ name: 'Russian Federation', from: '1991-12-24', to: '9999-12-31' }];

  return {
    source:
      'UN DPPA, Peace and Security Data Hub, DPPA-SCMEMBERSHIP (exports of 2023-06-06 and 2026-07-02); blank names filled per blank_name_fixes.csv; historical names and codes by Council',
    coverage: { from: `${FIRST_YEAR}-01-01`, to: `${LAST_YEAR}-12-31` },
    terms,
    names,
    governments: [
      {
        seat: 'China',
        code: 'CHN',
        government: 'Republic of China',
        from: '1946-01-01',
        to: '1971-10-24',
      },
      {
        seat: 'China',
        code: 'CHN',
        government: "People's Republic of China",
        from: '1971-10-25',
        to: '9999-12-31',
      },
    ],
    presidencyAnchors: [],
  };
}
