import { describe, expect, it } from 'vitest';
import { adjudicateCounts } from '@council/engine';
import { translate, type Translate } from '../i18n/index.tsx';
import { describeOutcome, describeRule } from './tally.ts';

const en: Translate = (k, v) => translate('en', k, v);
const fr: Translate = (k, v) => translate('fr', k, v);
const names: Record<string, string> = { CHN: 'China', RUS: 'Russian Federation' };
const nameOf = (c: string) => names[c] ?? c;

describe('describeOutcome words the engine result', () => {
  it('a double veto, with the UN order of the tally', () => {
    const result = adjudicateCounts({
      date: '2022-05-26',
      yes: 13,
      no: 2,
      abstain: 0,
      permanentAgainst: ['CHN', 'RUS'],
    });
    expect(describeOutcome(result, nameOf, en)).toBe(
      'Vetoed 13–2–0 (for–against–abstaining); vetoed by China, Russian Federation',
    );
    expect(describeOutcome(result, nameOf, fr)).toBe(
      'Rejeté par veto 13–2–0 (pour–contre–abstentions) ; veto de : China, Russian Federation',
    );
  });

  it('an adoption with abstentions and a failure for lack of votes', () => {
    expect(
      describeOutcome(
        adjudicateCounts({ date: '2022-06-29', yes: 13, no: 0, abstain: 2 }),
        nameOf,
        en,
      ),
    ).toBe('Adopted 13–0–2 (for–against–abstaining)');
    const failed = adjudicateCounts({
      date: '2020-08-31',
      yes: 4,
      no: 7,
      abstain: 4,
      permanentAgainst: ['RUS'],
    });
    expect(failed.outcome).toBe('failed');
    expect(describeOutcome(failed, nameOf, en)).toBe(
      'Not adopted 4–7–4 (for–against–abstaining): fewer than 9 votes in favour',
    );
  });

  it('names the rule: our wording when translated, else the engine catalogue, else the id', () => {
    expect(describeRule('veto', en)).toContain('Art. 27(3)');
    expect(describeRule('veto', fr)).toContain('Veto');
    expect(describeRule('ga-veto-debate', en)).toContain('76/262');
    expect(describeRule('no-such-rule', en)).toBe('no-such-rule');
  });
});

describe('translate', () => {
  it('falls back to English key by key for partial catalogues and fills placeholders', () => {
    expect(translate('ar', 'nav.history', undefined)).toBe('السجل');
    expect(translate('ar', 'calc.title', undefined)).toBe('Vote calculator');
    expect(translate('en', 'replay.step', { n: 3, total: 58 })).toBe('Step 3 of 58');
  });
});
