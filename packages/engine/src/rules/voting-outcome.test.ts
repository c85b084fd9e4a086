import { describe, expect, it } from 'vitest';
import { adjudicate, adjudicateCounts, type Choice } from './voting-outcome.ts';
import type { CouncilMember } from './composition.ts';

const P5_2022 = ['CHN', 'FRA', 'RUS', 'GBR', 'USA'];
const E10_2022 = ['ALB', 'BRA', 'GAB', 'GHA', 'IND', 'IRL', 'KEN', 'MEX', 'NOR', 'ARE'];
const council2022: CouncilMember[] = [...P5_2022, ...E10_2022].map((code) => ({
  code,
  name: code,
  permanent: P5_2022.includes(code),
}));

function ballots(
  no: string[],
  abstain: string[] = [],
  absent: string[] = [],
): Record<string, Choice> {
  const b: Record<string, Choice> = {};
  for (const m of council2022)
    b[m.code] = no.includes(m.code)
      ? 'no'
      : abstain.includes(m.code)
        ? 'abstain'
        : absent.includes(m.code)
          ? 'absent'
          : 'yes';
  return b;
}

describe('Art. 27 outcomes on real votes', () => {
  it('S/2022/431 (26 May 2022), 13–2–0 with China and Russia against, is vetoed by both', () => {
    const r = adjudicate({
      date: '2022-05-26',
      members: council2022,
      ballots: ballots(['CHN', 'RUS']),
    });
    expect(r).toMatchObject({
      outcome: 'vetoed',
      yes: 13,
      no: 2,
      abstain: 0,
      required: 9,
      vetoedBy: ['CHN', 'RUS'],
      ruleId: 'veto',
    });
  });

  it('S/2022/155 (25 Feb 2022): the President (Russia) votes and vetoes, 11–1–3', () => {
    const r = adjudicate({
      date: '2022-02-25',
      members: council2022,
      ballots: ballots(['RUS'], ['CHN', 'IND', 'ARE']),
    });
    expect(r.outcome).toBe('vetoed');
    expect(r.vetoedBy).toEqual(['RUS']);
  });

  it('res 2623 (27 Feb 2022), a procedural decision, is adopted 11–1–3 despite Russia voting no', () => {
    const r = adjudicate({
      date: '2022-02-27',
      members: council2022,
      ballots: ballots(['RUS'], ['CHN', 'IND', 'ARE']),
      procedural: true,
    });
    expect(r).toMatchObject({
      outcome: 'adopted',
      yes: 11,
      no: 1,
      abstain: 3,
      vetoedBy: [],
      permanentAgainst: ['RUS'],
    });
  });

  it('a draft with too few votes fails, and negative votes of permanent members are not vetoes (S/2020/658 pattern, 4–7–4)', () => {
    const r = adjudicateCounts({
      date: '2020-07-08',
      yes: 4,
      no: 7,
      abstain: 4,
      permanentAgainst: ['FRA', 'GBR', 'USA'],
    });
    expect(r).toMatchObject({
      outcome: 'failed',
      vetoedBy: [],
      permanentAgainst: ['FRA', 'GBR', 'USA'],
      ruleId: 'required-majority',
    });
  });

  it('an abstaining permanent member does not block adoption (res 2334 (2016), 14–0–1)', () => {
    const r = adjudicateCounts({ date: '2016-12-23', yes: 14, no: 0, abstain: 1 });
    expect(r.outcome).toBe('adopted');
  });

  it('an absent permanent member does not block adoption (res 83 (1950): 7 votes of 11 sufficed)', () => {
    const council1950: CouncilMember[] = [
      'CHN',
      'FRA',
      'SUN',
      'GBR',
      'USA',
      'CUB',
      'ECU',
      'EGY',
      'IND',
      'NOR',
      'YUG',
    ].map((code) => ({
      code,
      name: code,
      permanent: ['CHN', 'FRA', 'SUN', 'GBR', 'USA'].includes(code),
    }));
    const b: Record<string, Choice> = {
      CHN: 'yes',
      FRA: 'yes',
      GBR: 'yes',
      USA: 'yes',
      CUB: 'yes',
      ECU: 'yes',
      NOR: 'yes',
      YUG: 'no',
      EGY: 'not_participating',
      IND: 'not_participating',
    };
    const r = adjudicate({ date: '1950-06-27', members: council1950, ballots: b });
    expect(r).toMatchObject({ outcome: 'adopted', yes: 7, no: 1, absent: 3, required: 7 });
  });

  it('nine votes are required from 1 Jan 1966, seven before', () => {
    expect(adjudicateCounts({ date: '1965-12-31', yes: 7, no: 0, abstain: 4 }).outcome).toBe(
      'adopted',
    );
    expect(adjudicateCounts({ date: '1966-01-01', yes: 8, no: 0, abstain: 7 }).outcome).toBe(
      'failed',
    );
  });

  it('a member flagged for obligatory abstention (Art. 27(3)) cannot veto: its ballot counts as an abstention', () => {
    const r = adjudicate({
      date: '2022-05-26',
      members: council2022,
      ballots: ballots(['GBR']),
      obligatoryAbstainers: ['GBR'],
    });
    expect(r).toMatchObject({ outcome: 'adopted', yes: 14, no: 0, abstain: 1 });
  });

  it('the Russian oral amendment of 25 Mar 2024 (3–1–11) fails for want of votes, not by veto', () => {
    expect(
      adjudicateCounts({
        date: '2024-03-25',
        yes: 3,
        no: 1,
        abstain: 11,
        permanentAgainst: ['USA'],
      }).outcome,
    ).toBe('failed');
  });
});
