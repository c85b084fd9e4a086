import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';
import { ar, es, ru, zh } from './partial.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it.each([
    ['fr', fr],
    ['ar', ar],
    ['es', es],
    ['ru', ru],
    ['zh', zh],
  ] as const)(
    '%s uses the same placeholders as English for every key it translates',
    (_lang, catalogue) => {
      for (const [key, text] of Object.entries(catalogue) as [MessageKey, string][]) {
        expect(en[key], `unknown key ${key}`).toBeDefined();
        expect(placeholders(text), key).toEqual(placeholders(en[key]));
      }
    },
  );

  it('French is complete and actually translated (most messages differ from English)', () => {
    const keys = Object.keys(en) as MessageKey[];
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
    const same = keys.filter((k) => fr[k] === en[k]);
    expect(same.length).toBeLessThan(keys.length / 10);
  });

  it('every partial language covers the delegation phone view', () => {
    for (const catalogue of [ar, es, ru, zh]) {
      for (const key of [
        'live.delegationOf',
        'live.voteOpen',
        'choice.ariaSelf',
        'choice.yes',
        'choice.no',
        'choice.abstain',
        'app.offline',
      ] as const) {
        expect(catalogue[key], key).toBeTruthy();
      }
    }
  });
});
