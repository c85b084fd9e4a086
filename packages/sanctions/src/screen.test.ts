import { describe, expect, it } from 'vitest';
import { Screener, compareNames } from './screen.ts';
import { skeleton, tokenize } from './names.ts';
import { evaluateScreening } from './evaluate.ts';
import { readStore } from './store.ts';

const screener = new Screener(readStore());
const top = (q: string, dobYear?: number) =>
  screener.screen(q, dobYear !== undefined ? { dobYear } : {})[0];

describe('name screening on the shipped list', () => {
  it('matches Korean romanisation variants and joined given names', () => {
    expect(top('Lee Won-ho')?.referenceNumber).toBe('KPi.033');
    expect(top('Ri Wonho')?.referenceNumber).toBe('KPi.033');
    expect(top('Jang Chang Ha')?.referenceNumber).toBe('KPi.037');
    expect(skeleton('choe')).toBe(skeleton('choi'));
    expect(skeleton('jeong')).toBe(skeleton('chong'));
  });

  it('matches Arabic transliterations, word order, initials and missing middle names', () => {
    expect(top('Aiman Zawahri')?.referenceNumber).toBe('QDi.006');
    expect(top('Zawahiri, Ayman al-')?.referenceNumber).toBe('QDi.006');
    expect(top('M. Taher Anwari')?.referenceNumber).toBe('TAi.005');
    expect(top('Muhammad Anwari')?.referenceNumber).toBe('TAi.005');
    expect(top('Muhammad Anwari')!.words.map((w) => w.how)).toEqual(['exact', 'exact']);
  });

  it('ignores diacritics and case', () => {
    expect(top('ÁYMAN AL-ZAWÂHIRI')?.referenceNumber).toBe('QDi.006');
  });

  it('matches names written in the original script, with Arabic spelling variants folded', () => {
    expect(top('محمد طاهر أنوري')?.referenceNumber).toBe('TAi.005');
    expect(top('مُحَمَّد طاهر انوري')?.referenceNumber).toBe('TAi.005');
  });

  it('explains the match', () => {
    const hit = top('Lee Won-ho')!;
    expect(hit.matchedAs).toBe('primary name');
    expect(hit.words).toContainEqual({
      query: 'lee',
      listed: 'ri',
      how: 'transliteration',
      score: 0.95,
    });
    expect(hit.reason).toMatch(/lee→ri transliteration/);
  });

  it('lowers the score when the year of birth differs, and says so', () => {
    const same = top('Lee Won-ho', 1964)!;
    const other = screener.screen('Lee Won-ho', { dobYear: 1990, threshold: 0.5 })[0]!;
    expect(same.dob).toBe('match');
    expect(other.dob).toBe('mismatch');
    expect(other.score).toBeLessThan(same.score);
  });

  it('returns nothing for names that are not listed', () => {
    expect(screener.screen('Greta Johansson')).toEqual([]);
    expect(screener.screen('Kim')).toEqual([]);
  });

  it('scores a missing listed word below a full match', () => {
    const full = compareNames(tokenize('a b c'), tokenize('a b c'));
    const missing = compareNames(tokenize('a c'), tokenize('a b c'));
    expect(full.score).toBe(1);
    expect(missing.score).toBeLessThan(1);
  });
});

describe('screening evaluation', () => {
  it('reaches recall ≥ 0.95 on at least 500 variant queries with ≥ 0.9 of the negatives passing', () => {
    const r = evaluateScreening(readStore());
    expect(r.variants.queries).toBeGreaterThanOrEqual(500);
    expect(r.negatives.queries).toBeGreaterThanOrEqual(500);
    expect(r.variants.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.negatives.passRate).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });
});
