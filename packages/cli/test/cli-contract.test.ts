import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/council.js', import.meta.url));
function council(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the council command-line contract', () => {
  it('members --date 2022-02-04 --json', () => {
    const r = council('members', '--date', '2022-02-04', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      date: string;
      size: number;
      president: string;
      members: { code: string; name: string; permanent: boolean }[];
    };
    expect(Object.keys(out)).toEqual(['date', 'size', 'president', 'members']);
    expect(out).toMatchObject({ date: '2022-02-04', size: 15, president: 'RUS' });
    expect(out.members[0]).toEqual({ code: 'ALB', name: 'Albania', permanent: false });
    expect(out.members).toHaveLength(15);
  });

  it('presidency --year 2022 --json', () => {
    const r = council('presidency', '--year', '2022', '--json');
    const out = JSON.parse(r.stdout) as {
      year: number;
      months: { month: number; president: string }[];
    };
    expect(out.year).toBe(2022);
    expect(out.months).toHaveLength(12);
    expect(out.months[0]).toEqual({ month: 1, president: 'NOR' });
  });

  it('vote --date 2022-05-26 --yes rest --no CHN,RUS --json, and its human line', () => {
    const r = council('vote', '--date', '2022-05-26', '--yes', 'rest', '--no', 'CHN,RUS', '--json');
    expect(r.stdout.trim()).toBe(
      '{"outcome":"vetoed","yes":13,"no":2,"abstain":0,"absent":0,"required":9,"vetoedBy":["CHN","RUS"],"permanentAgainst":["CHN","RUS"]}',
    );
    const h = council('vote', '--date', '2022-05-26', '--yes', 'rest', '--no', 'CHN,RUS');
    expect(h.stdout.trim()).toBe(
      'Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation',
    );
  });

  it('a procedural vote cannot be vetoed; members named nowhere are absent', () => {
    const r = council(
      'vote',
      '--date',
      '2022-02-27',
      '--yes',
      'ALB,BRA,FRA,GAB,GHA,IRL,KEN,MEX,NOR,GBR,USA',
      '--no',
      'RUS',
      '--abstain',
      'CHN,IND,ARE',
      '--procedural',
      '--json',
    );
    expect(JSON.parse(r.stdout)).toMatchObject({
      outcome: 'adopted',
      yes: 11,
      no: 1,
      abstain: 3,
      absent: 0,
    });
    const a = council('vote', '--date', '2022-05-26', '--yes', 'USA,GBR', '--json');
    expect(JSON.parse(a.stdout)).toMatchObject({ outcome: 'failed', yes: 2, absent: 13 });
  });

  it.each([
    [['vote', '--date', '2022-05-26', '--yes', 'rest', '--no', 'XYZ'], /unknown State code 'XYZ'/],
    [
      ['vote', '--date', '2022-05-26', '--yes', 'JPN'],
      /JPN is not a member of the Council on 2022-05-26/,
    ],
    [['vote', '--date', '1945-01-01', '--yes', 'rest'], /outside 1946–2027/],
    [
      ['vote', '--date', '2022-05-26', '--yes', 'USA', '--no', 'USA'],
      /USA appears in both --yes and --no/,
    ],
    [['members', '--date', '2022-02-30'], /not a date/],
    [['members', '--date', '2022-02-04', '--bogus'], /unknown option/i],
    [['presidency', '--year', '3000'], /must be a year from 1946 to 2027/],
    [['nonsense'], /unknown command 'nonsense'/],
  ])('exits 2 with one line naming the problem: %j', (args, message) => {
    const r = council(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('replay prints the timeline with each decision, its rule and every conflict', () => {
    const r = council(
      'replay',
      fileURLToPath(new URL('../../../data/scenarios/2022-dprk', import.meta.url)),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /S\/2022\/431: Vetoed 13–2–0 \(for–against–abstaining\); vetoed by China, Russian Federation {2}\[rule: veto/,
    );
    expect(r.stdout).toMatch(/CONFLICT \(signatories of the 20 Jan 2022 joint statement\)/);
    expect(r.stdout).toMatch(/Never put to a vote: Easing of measures/);
    const j = council(
      'replay',
      fileURLToPath(new URL('../../../data/scenarios/2022-dprk', import.meta.url)),
      '--json',
    );
    const out = JSON.parse(j.stdout) as { conflicts: unknown[]; timeline: { kind: string }[] };
    expect(out.conflicts.length).toBe(4);
    expect(out.timeline.some((e) => e.kind === 'decision')).toBe(true);
  });

  it('replay of a missing folder exits 2', () => {
    const r = council('replay', '/nonexistent/scenario');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/scenario\.json: not found/);
  });
});

describe('council rules', () => {
  it('lists every rule with its source, and one rule by id', () => {
    const all = JSON.parse(council('rules', '--json').stdout) as { id: string; source: string }[];
    expect(all.map((r) => r.id)).toEqual(
      expect.arrayContaining(['veto', 'presidency-rotation', 'holds']),
    );
    for (const r of all) expect(r.source.length).toBeGreaterThan(0);
    expect(council('rules', 'veto').stdout).toMatch(/Art\. 27\(3\)/);
    expect(council('rules', 'nope').status).toBe(2);
  });
});
