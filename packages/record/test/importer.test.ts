import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importRecord } from '../src/import/run.ts';
import { parseCsv } from '../src/import/csv.ts';
import { firstDayOf, parseMeetingRecord, repairMojibake, tallyAfter } from '../src/import/sc.ts';
import { gaStateCode } from '../src/import/ga.ts';
import { makeFixture, MEETINGS_CSV, VOTES_CSV } from './fixture.ts';

const lines = (path: string): Record<string, unknown>[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('CSV reader', () => {
  it('reads quoted fields with commas, quotes and line breaks, and remembers start lines', () => {
    const rows = parseCsv('a,b\n"x, ""y""","multi\nline"\n3,4\n', 'f.csv');
    expect(rows).toEqual([
      { line: 2, values: { a: 'x, "y"', b: 'multi\nline' } },
      { line: 4, values: { a: '3', b: '4' } },
    ]);
  });
  it('fails on a truncated quoted field, naming file and line', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\n', 'cut.csv')).toThrow(
      /cut\.csv:3: unterminated quoted field/,
    );
  });
  it('fails on a short row, naming file and line', () => {
    expect(() => parseCsv('a,b,c\n1,2,3\n4,5\n', 'short.csv')).toThrow(
      /short\.csv:3: expected 3 fields, found 2/,
    );
  });
});

describe('source readers', () => {
  it('reads meeting records with resumptions and closed meetings', () => {
    expect(parseMeetingRecord('S/PV.4950 (Resumption 1) + Corr.1')).toEqual({
      number: 4950,
      key: 'S/PV.4950 (Resumption 1)',
      closed: false,
    });
    expect(parseMeetingRecord('S/PV.8947 | (closed)')).toEqual({
      number: 8947,
      key: 'S/PV.8947',
      closed: true,
    });
    expect(parseMeetingRecord('--')).toBeNull();
  });
  it('takes the first day of a date range', () => {
    expect(firstDayOf('14-15 October', '1966')).toBe('1966-10-14');
    expect(firstDayOf('29 + 30 March', '2002')).toBe('2002-03-29');
    expect(firstDayOf('15 Sep.', '2004')).toBe('2004-09-15');
  });
  it('prefers the tally after a "vetoed" mention when a draft symbol repeats', () => {
    const cell =
      'Draft resolution S/PV.206 not adopted | 5-0-6 | Draft resolution S/PV.206 vetoed by USSR | 9-2-0';
    expect(tallyAfter(cell, 'S/PV.206')).toEqual([9, 2, 0]);
    expect(tallyAfter('S/RES/1 (1946) | 10-0-1', 'S/2000/1')).toBeNull();
  });
  it('repairs UTF-8 read as Latin-1 and leaves correct text alone', () => {
    expect(repairMojibake('People\u00e2\u0080\u0099s')).toBe('People\u2019s');
    expect(repairMojibake("Côte d'Ivoire")).toBe("Côte d'Ivoire");
  });
  it('codes GA States by date (USSR/Russia, China seat, Yugoslavia)', () => {
    expect(gaStateCode('RU', 'Russia', '1991-12-23')).toBe('SUN');
    expect(gaStateCode('RU', 'Russia', '1992-01-10')).toBe('RUS');
    expect(gaStateCode('TW', 'Taiwan', '1960-01-01')).toBe('CHN');
    expect(gaStateCode('YU', 'Yugoslavia', '2010-01-01')).toBe('SRB');
    expect(gaStateCode('ZZ', 'Nowhere', '2010-01-01')).toBeNull();
  });
});

describe('importRecord on fixtures', () => {
  it('writes our own files with provenance and applies the sourced correction', () => {
    const fx = makeFixture();
    const summary = importRecord({ from: fx.shared, to: fx.record });
    expect(summary.counts).toMatchObject({
      resolutions: 6,
      presidentialStatements: 1,
      vetoedDrafts: 3,
      missileLaunches: 4,
      gaRollCalls: 2,
      gaVotes: 7,
    });
    const vetoes = lines(join(fx.record, 'vetoes.jsonl'));
    const dprk = vetoes.find((v) => v['draft'] === 'S/2022/431');
    expect(dprk).toMatchObject({
      tally: [13, 2, 0],
      vetoedBy: ['CHN', 'RUS'],
      fix: ['C001'],
      src: 'sc-veto-list/vetoes_dhl_1946-2022-05-26.csv#2',
    });
    // The WPDL list contributes the one veto after the DHL list's end.
    expect(vetoes.map((v) => v['draft'])).toContain('S/2022/538');
    // Tallies of vetoed drafts come from the meeting table; USSR becomes SUN.
    expect(vetoes.find((v) => v['draft'] === 'S/1653')).toMatchObject({
      tally: [9, 1, 1],
      vetoedBy: ['SUN'],
    });
    const res = lines(join(fx.record, 'resolutions.jsonl'));
    expect(res.find((r) => r['number'] === 289)).toMatchObject({
      date: '1970-11-22',
      fix: ['date-from-meeting-row'],
    });
    expect(res.find((r) => r['number'] === 15)).toMatchObject({ tally: null, voting: 'unanimous' });
    const missiles = readFileSync(join(fx.record, 'dprk-missile-tests.jsonl'), 'utf8');
    expect(missiles).not.toContain('not kept');
    const ga = readFileSync(join(fx.record, 'ga', 'roll-calls-s01-s73.jsonl'), 'utf8');
    expect(ga).not.toContain('LONG TEXT');
    expect(JSON.parse(ga.split('\n')[0] ?? '')).toMatchObject({
      rcid: 3,
      yes: 'USA',
      no: 'SUN',
      abstain: 'CHN',
    });
    const meetings = readFileSync(join(fx.record, 'meetings.jsonl'), 'utf8');
    expect(meetings).toContain("Non-proliferation/Democratic People's Republic of Korea");
  });

  it('is deterministic: a second import writes identical files', () => {
    const fx = makeFixture();
    importRecord({ from: fx.shared, to: fx.record });
    const first = readFileSync(join(fx.record, 'manifest.json'), 'utf8');
    importRecord({ from: fx.shared, to: fx.record });
    expect(readFileSync(join(fx.record, 'manifest.json'), 'utf8')).toBe(first);
  });

  it('fails on a corrupt source naming file and line, and leaves earlier files in place', () => {
    const fx = makeFixture();
    importRecord({ from: fx.shared, to: fx.record });
    const before = readFileSync(join(fx.record, 'meetings.jsonl'), 'utf8');
    const broken = MEETINGS_CSV.replace('2022-01-27,27 January', '2022-13-xx,27 January');
    writeFileSync(join(fx.shared, 'sc-meetings-dhl/meetings_1946-2022-06.csv'), broken);
    expect(() => importRecord({ from: fx.shared, to: fx.record })).toThrow(
      /meetings_1946-2022-06\.csv:4: date '2022-13-xx'/,
    );
    expect(readFileSync(join(fx.record, 'meetings.jsonl'), 'utf8')).toBe(before);
  });

  it('fails on a truncated gzip and on an unknown GA country', () => {
    const gz = gzipSync(VOTES_CSV);
    const fx = makeFixture({ 'ga-votes-unvotes/un_votes.csv.gz': gz.subarray(0, gz.length - 10) });
    expect(() => importRecord({ from: fx.shared, to: fx.record })).toThrow(
      /un_votes\.csv\.gz: cannot decompress/,
    );
    const fx2 = makeFixture({
      'ga-votes-unvotes/un_votes.csv.gz': gzipSync(`${VOTES_CSV}9001,"Atlantis","QQ","yes"\n`),
    });
    expect(() => importRecord({ from: fx2.shared, to: fx2.record })).toThrow(
      /un_votes\.csv\.gz:9: no State code for 'Atlantis'/,
    );
  });

  it('rejects a correction that matches nothing or has no source', () => {
    const base = {
      id: 'C9',
      dataset: 'vetoes',
      match: { draft: 'S/1999/1' },
      set: { tally: [1, 1, 1] },
      reason: 'a reason long enough',
    };
    const fx = makeFixture(
      {},
      { corrections: [{ ...base, sources: ['https://undocs.org/S/1999/1'] }] },
    );
    expect(() => importRecord({ from: fx.shared, to: fx.record })).toThrow(
      /correction C9 matches 0 vetoes records/,
    );
    const fx2 = makeFixture({}, { corrections: [{ ...base, sources: [] }] });
    expect(() => importRecord({ from: fx2.shared, to: fx2.record })).toThrow(
      /needs a public source/,
    );
    expect(existsSync(join(fx2.record, 'vetoes.jsonl'))).toBe(false);
  });
});

describe('HTML recovery of resolutions the CSVs lost', () => {
  it('reads rowspan continuation rows and rows without </tr>, keeping page and line', async () => {
    const { resolutionsFromHtml } = await import('../src/import/html.ts');
    const html = `<table>
<tr>
  <th rowspan="2"><a href="x">S/PV.137</a></th>
  <th rowspan="2">22 May</th>
  <td>The Greek question</td>
  <td>Draft resolution S/PV.137 not adopted<br>2-6-3</td>
</tr>
<tr>
  <td>Admission of new Members (Italy) </td>
  <td><a href="y">S/RES/25 (1947)</a><br>10-0-1</td>
</tr>
<tr>
  <td>S/PV.7752</td><td>29 July</td><td>SC/12469</td><td>The situation in Burundi </td>
  <td><a href="z">S/RES/2303 (2016) </a><br>
      11-0-4</td>
<tr>
  <td>S/PV.9</td><td>1 May</td><td>Known</td><td>S/RES/1 (1946)<br>11-0-0</td>
</tr>
</table>`;
    const rows = resolutionsFromHtml(
      [{ file: 'scact1947_table_en.html', year: '1947', html }],
      new Set([1]),
    );
    expect(rows.map((r) => [r.symbol, r.date, r.meeting, r.topic, r.tally, r.src])).toEqual([
      [
        'S/RES/25 (1947)',
        '1947-05-22',
        'S/PV.137',
        'Admission of new Members (Italy)',
        [10, 0, 1],
        'sc-meetings-dhl/html/scact1947_table_en.html#10',
      ],
      [
        'S/RES/2303 (2016)',
        '1947-07-29',
        'S/PV.7752',
        'The situation in Burundi',
        [11, 0, 4],
        'sc-meetings-dhl/html/scact1947_table_en.html#14',
      ],
    ]);
  });
});
