import { councilOn, type CouncilMember } from '@council/engine';
import { loadMembership } from '@council/record';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, formatFraction, fraction, GameError } from '../src/index.ts';

const council = councilOn(loadMembership() as never, '2022-05-26');

describe('the draft of 26 May 2022 (S/2022/431): thirteen in favour, China and Russia against', () => {
  const positions = Object.fromEntries(
    council.members.map(
      (m) => [m.code, m.code === 'CHN' || m.code === 'RUS' ? 'no' : 'yes'] as const,
    ),
  );
  const r = analyzeDraft({ date: council.date, members: council.members, positions });

  it('is vetoed, by China and Russia, with certainty', () => {
    expect(r.ifVotedNow.outcome).toBe('vetoed');
    expect(r.ifVotedNow.vetoedBy).toEqual(['CHN', 'RUS']);
    expect(formatFraction(r.probability.vetoed)).toBe('1');
    expect(formatFraction(r.probability.adopted)).toBe('0');
  });
  it('China or Russia alone voting no suffices to block it', () => {
    expect(r.blockingAlone).toEqual(['CHN', 'RUS']);
  });
  it('a change by both is the smallest set that would have adopted it', () => {
    const adopt = r.whatItTakes.find((w) => w.outcome === 'adopted');
    expect(adopt?.size).toBe(2);
    expect(adopt?.count).toBe(1);
    expect(adopt?.sets[0]?.members).toEqual(['CHN', 'RUS']);
  });
  it('making it fail instead takes five of the thirteen to stop voting yes', () => {
    const fail = r.whatItTakes.find((w) => w.outcome === 'failed');
    expect(fail?.size).toBe(5);
    expect(fail?.count).toBe(1287); // C(13, 5)
    expect(fail?.sets[0]?.members).toHaveLength(5);
  });
});

describe('probabilities', () => {
  const members: CouncilMember[] = council.members;
  it('all undecided (a third each): exact probabilities that sum to 1 and match a direct count', () => {
    const r = analyzeDraft({ date: council.date, members, positions: {} });
    const { adopted, vetoed, failed } = r.probability;
    expect(
      adopted.num * vetoed.den * failed.den +
        vetoed.num * adopted.den * failed.den +
        failed.num * adopted.den * vetoed.den,
    ).toBe(adopted.den * vetoed.den * failed.den);
    // Adoption: no permanent member votes no (each 2/3), and at least 9 of 15 yes.
    // Count directly over (permanent yes j of 5, elected yes e of 10) with the rest abstaining or (elected) voting no.
    const c = (n: number, k: number): bigint => {
      let x = 1n;
      for (let i = 1; i <= k; i++) x = (x * BigInt(n - k + i)) / BigInt(i);
      return x;
    };
    let favourable = 0n;
    for (let j = 0; j <= 5; j++) {
      for (let e = 0; e <= 10; e++) {
        if (j + e >= 9) favourable += c(5, j) * c(10, e) * 2n ** BigInt(10 - e); // P5 non-yes: abstain only
      }
    }
    expect(formatFraction(adopted)).toBe(formatFraction(fraction(favourable, 3n ** 15n)));
  });
  it('a member at 50 % yes / 50 % no decides between adoption and veto', () => {
    const positions = Object.fromEntries(members.map((m) => [m.code, 'yes' as const]));
    const r = analyzeDraft({
      date: council.date,
      members,
      positions: { ...positions, RUS: { yes: fraction(1n, 2n), no: fraction(1n, 2n) } },
    });
    expect(formatFraction(r.probability.adopted)).toBe('1/2');
    expect(formatFraction(r.probability.vetoed)).toBe('1/2');
  });
  it('rejects probabilities that do not sum to 1 and codes that are not members', () => {
    expect(() =>
      analyzeDraft({ date: council.date, members, positions: { RUS: { yes: fraction(1n, 2n) } } }),
    ).toThrow(GameError);
    expect(() => analyzeDraft({ date: council.date, members, positions: { DEU: 'yes' } })).toThrow(
      /not a member/,
    );
  });
});
