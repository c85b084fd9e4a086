import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importRecord } from '../src/import/run.ts';
import { buildDatabase, RecordDataError } from '../src/build.ts';
import { RecordDb } from '../src/queries.ts';
import { checkRecord } from '../src/check.ts';
import { makeFixture } from './fixture.ts';

function built(corrections?: unknown) {
  const fx = makeFixture({}, corrections);
  importRecord({ from: fx.shared, to: fx.record });
  const dbPath = join(fx.root, 'db', 'record.db');
  return { ...fx, dbPath, db: RecordDb.open({ dataDir: fx.record, dbPath }) };
}

describe('database build and queries (fixtures)', () => {
  it('finds "Korea" in agenda titles through the topic index, including the DPRK abbreviation', () => {
    const { db } = built();
    const titles = db.meetings({ topic: 'Korea' }).map((m) => m.topic);
    expect(titles).toContain("Non-proliferation - Democratic People's Republic of Korea");
    expect(titles).toContain('Complaint of aggression upon the Republic of Korea');
    expect(titles).not.toContain('The situation in Cyprus');
    expect(
      db.meetings({ topic: 'korea', from: '2022-01-01', to: '2022-12-31' }).map((m) => m.meeting),
    ).toEqual(['S/PV.9004', 'S/PV.9048']);
    const plan = db.db
      .prepare('EXPLAIN QUERY PLAN SELECT rowid FROM topics_fts WHERE topics_fts MATCH \'"Korea"\'')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/);
  });

  it('filters resolutions by year, range and topic', () => {
    const { db } = built();
    expect(db.resolutions({ year: 2022 }).map((r) => r.symbol)).toEqual([
      'S/RES/2618 (2022)',
      'S/RES/2627 (2022)',
    ]);
    expect(db.resolutions({ from: '1946-12-17', to: '1970-12-31' }).map((r) => r.number)).toEqual([
      15, 289,
    ]);
    expect(db.resolutions({ topic: 'Korea' }).map((r) => r.number)).toEqual([2397, 2627]);
    expect(db.resolutions({ year: 1946 })[0]).toMatchObject({
      symbol: 'S/RES/14 (1946)',
      tally: { yes: 9, no: 0, abstain: 2 },
    });
  });

  it('filters vetoes by member (USSR and Russia apart) and counts them in stats', () => {
    const { db } = built();
    expect(db.vetoes({ member: 'SUN' }).map((v) => v.draft)).toEqual(['S/1653']);
    expect(db.vetoes({ member: 'RUS' }).map((v) => v.draft)).toEqual(['S/2022/431', 'S/2022/538']);
    expect(db.vetoes({ member: 'CHN', topic: 'Korea' })[0]).toMatchObject({
      draft: 'S/2022/431',
      tally: { yes: 13, no: 2, abstain: 0 },
      corrections: ['C001'],
    });
    const s = db.stats();
    expect(s).toMatchObject({
      resolutions: 6,
      presidentialStatements: 1,
      meetings: 8,
      vetoedDrafts: 3,
      vetoesByMember: { SUN: 1, RUS: 2, CHN: 1 },
    });
    expect(s.coverage).toEqual({ from: '1946-12-16', to: '2022-05-26' });
  });

  it('answers missile questions: by month, and the last launch at least as powerful', () => {
    const { db } = built();
    expect(db.missiles({ from: '2022-01-01', to: '2022-01-31' }).map((m) => m.type)).toEqual([
      'MRBM',
      'IRBM',
    ]);
    const before = db.missiles({ to: '2022-01-28', minClass: 'IRBM', last: 1 });
    expect(before.map((m) => [m.date, m.missile])).toEqual([['2017-11-28', 'Hwasong-15']]);
  });

  it('returns GA roll calls with votes by ISO3 code, filtered by date and issue', () => {
    const { db } = built();
    const all = db.gaRollCalls();
    expect(all.map((r) => r.rcid)).toEqual([3, 9001]);
    expect(all[0]?.votes).toEqual({ USA: 'yes', SUN: 'no', CHN: 'abstain' });
    expect(db.gaRollCalls({ issue: 'hr' }).map((r) => r.rcid)).toEqual([9001]);
    expect(db.gaRollCalls({ from: '2018-01-01' })[0]?.votes).toEqual({
      USA: 'no',
      RUS: 'yes',
      CHN: 'yes',
      SRB: 'abstain',
    });
    expect(db.db.prepare('SELECT COUNT(*) AS n FROM ga_votes').get()).toEqual({ n: 7 });
  });

  it('is rebuilt when the committed files change', () => {
    const fx = built();
    fx.db.close();
    const path = join(fx.record, 'vetoes.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"S/1653"', '"S/1653/X"'));
    const db = RecordDb.open({ dataDir: fx.record, dbPath: fx.dbPath });
    expect(db.vetoes({ member: 'SUN' })[0]?.draft).toBe('S/1653/X');
  });

  it('fails on a corrupt or truncated data file with file, line and reason, and keeps the old database', () => {
    const fx = built();
    fx.db.close();
    const before = statSync(fx.dbPath).mtimeMs;
    const path = join(fx.record, 'resolutions.jsonl');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('"date":"2022-01-27"', '"date":"27/01/2022"'));
    expect(() => buildDatabase({ dataDir: fx.record, dbPath: fx.dbPath })).toThrow(
      /resolutions\.jsonl:\d+: field 'date' must be a date/,
    );
    writeFileSync(path, good.slice(0, good.length - 20));
    expect(() => RecordDb.open({ dataDir: fx.record, dbPath: fx.dbPath })).toThrow(RecordDataError);
    expect(() => buildDatabase({ dataDir: fx.record, dbPath: fx.dbPath })).toThrow(
      /resolutions\.jsonl:6: file ends in the middle of a line \(truncated\)/,
    );
    // Cut at a line boundary: the manifest's line count catches it.
    writeFileSync(path, good.split('\n').slice(0, 3).join('\n') + '\n');
    expect(() => buildDatabase({ dataDir: fx.record, dbPath: fx.dbPath })).toThrow(
      /resolutions\.jsonl:4: 3 lines, the manifest lists 6/,
    );
    expect(statSync(fx.dbPath).mtimeMs).toBe(before);
    writeFileSync(path, good);
    expect(RecordDb.open({ dataDir: fx.record, dbPath: fx.dbPath }).resolutions()).toHaveLength(6);
  });
});

describe('engine check (fixtures)', () => {
  it('finds no mismatch when the sourced correction is applied', () => {
    const report = checkRecord(built().db, [], []);
    expect(report.resolutions.checked).toBe(6);
    expect(report.vetoes.checked).toBe(2);
    expect(report.unexplained).toEqual([]);
    expect(report.lines.join('\n')).toMatch(
      /presidencies: the meeting tables .* name no Council presidents; 0 monthly/,
    );
  });

  it('reports the S/2022/431 tally as a mismatch without the correction, and accepts an explanation', () => {
    const { db } = built({ corrections: [] });
    const report = checkRecord(db, [], []);
    expect(report.unexplained).toHaveLength(1);
    expect(report.unexplained[0]).toMatchObject({
      key: 'veto S/2022/431@2022-05-26',
      tally: '13–0–2',
      expected: 'vetoed',
      got: 'adopted',
    });
    const explained = checkRecord(
      db,
      [{ key: 'veto S/2022/431@2022-05-26', reason: 'test', sources: ['x'] }],
      [],
    );
    expect(explained.unexplained).toEqual([]);
    expect(explained.mismatches).toHaveLength(1);
  });

  it('applies the 11-member rules before 1966: 9–0–2 adopts in 1946, an impossible tally is flagged', () => {
    const fx = makeFixture({
      'sc-meetings-dhl/outcomes_res_prst_1946-2022-06.csv': `year,date,meeting_record,topic,kind,symbol,resolution_number,tally_raw,yes,no,abstain
1946,1946-12-16,S/PV.84,Greek complaint,resolution,S/RES/14 (1946),14,9-0-2,9,0,2
1950,1950-06-27,S/PV.474,Complaint,resolution,S/RES/83 (1950),83,14-0-0,14,0,0
1960,1960-01-01,S/PV.900,Complaint,resolution,S/RES/140 (1960),140,6-0-5,6,0,5
`,
    });
    importRecord({ from: fx.shared, to: fx.record });
    const db = RecordDb.open({ dataDir: fx.record, dbPath: join(fx.root, 'x.db') });
    const report = checkRecord(db, [], []);
    expect(report.unexplained.map((m) => [m.key, m.got])).toEqual([
      ['resolution S/RES/83 (1950)', 'impossible'],
      ['resolution S/RES/140 (1960)', 'failed'],
    ]);
  });
});

describe('presidency check against sourced months', () => {
  it('agrees where the engine gives the sourced President and reports a disagreement otherwise', () => {
    const { db } = built();
    const ok = checkRecord(
      db,
      [],
      [{ month: '2022-02', president: 'RUS', sources: ['https://tass.com/world/1396309'] }],
    );
    expect(ok.presidencies).toMatchObject({ checked: 1, agree: 1 });
    expect(ok.unexplained).toEqual([]);
    const bad = checkRecord(db, [], [{ month: '2022-02', president: 'FRA', sources: ['a test'] }]);
    expect(bad.unexplained).toMatchObject([
      { key: 'presidency 2022-02', expected: 'FRA', got: 'RUS' },
    ]);
  });
});
