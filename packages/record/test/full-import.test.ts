/**
 * The full record: re-imports ../shared/data (when present) and compares with the committed files; checks the
 * committed record against the engine (always: a fresh clone has data/record but no ../shared).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRecord } from '../src/import/run.ts';
import { RecordDb } from '../src/queries.ts';
import { checkRecord, loadExplanations } from '../src/check.ts';
import { recordDataDir, sharedDataDir } from '../src/paths.ts';

const SHARED = sharedDataDir();
const hasShared = existsSync(join(SHARED, 'sc-meetings-dhl'));
if (!hasShared)
  console.warn(
    `skipping the full re-import: ${SHARED} is absent (the committed data/record is still tested)`,
  );

describe('committed record (data/record)', () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'council-record-full-')), 'record.db');
  const db = RecordDb.open({ dbPath });

  it('replays through the engine with zero unexplained mismatches', () => {
    const report = checkRecord(db, loadExplanations());
    expect(report.resolutions.checked).toBeGreaterThan(2500);
    expect(report.vetoes.checked).toBeGreaterThan(190);
    expect(report.unexplained).toEqual([]);
    // Stale explanations (e.g. once the engine gets presidency anchors) are printed by the CLI, not fatal here.
    expect(report.presidencies.checked).toBeGreaterThan(10);
  });

  it('has the expected size and keeps the USSR and the Russian Federation apart', () => {
    const s = db.stats();
    expect(s.resolutions).toBe(2640);
    expect(s.presidentialStatements).toBeGreaterThan(1200);
    expect(s.meetings).toBeGreaterThan(9000);
    expect(s.gaVotes).toBe(870109);
    expect(s.vetoesByMember['SUN']).toBe(90);
    expect(s.vetoesByMember['RUS']).toBeGreaterThanOrEqual(31);
    expect(s.coverage.from).toBe('1946-01-17');
  });

  it('keeps what the HTML pages say where the CSVs lost it', () => {
    const r = db.resolutions({ year: 1961 }).find((x) => x.number === 165);
    expect(r).toMatchObject({ voting: 'unanimous', corrections: ['voting-from-html'] });
    expect(db.resolutions({ year: 2016 }).find((x) => x.number === 2303)).toMatchObject({
      tally: { yes: 11, no: 0, abstain: 4 },
      corrections: ['from-html'],
    });
  });

  it('answers the article questions', () => {
    expect(
      db.vetoes({ member: 'CHN', topic: 'Korea', from: '1991-12-25' }).map((v) => v.draft),
    ).toEqual(['S/2022/431']);
    expect(db.missiles({ from: '2022-01-01', to: '2022-01-31' })).toHaveLength(9);
    expect(db.missiles({ to: '2022-01-28', minClass: 'IRBM', last: 1 })[0]).toMatchObject({
      date: '2017-11-28',
      missile: 'Hwasong-15',
    });
  });
});

describe.skipIf(!hasShared)('full import from ../shared/data', () => {
  it('reproduces the committed files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'council-record-import-'));
    for (const f of ['corrections.json', 'vetoes-added.json'])
      copyFileSync(join(recordDataDir(), f), join(out, f));
    const summary = importRecord({ from: SHARED, to: out });
    expect(summary.counts).toMatchObject({
      meetingRows: 9460,
      resolutions: 2640,
      presidentialStatements: 1243,
      gaRollCalls: 6203,
      gaVotes: 870109,
      missileLaunches: 339,
    });
    for (const f of summary.files) expect(f.bytes).toBeLessThan(5_000_000);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(recordDataDir(), 'manifest.json'), 'utf8'),
    );
  });
});
